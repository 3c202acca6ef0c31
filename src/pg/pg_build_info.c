/*
 * pg_build_info.c — geotext_build_info(): what went into this build of the
 * library, from the build info the table builder embedded in the lexicon
 * (one line per item: item, version, records, sha256), plus the word classes.
 */
#include "pg_glue.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "text/wordsets.h"
#include "model/ner.h"
#include "model/pos.h"

PG_FUNCTION_INFO_V1(geotext_build_info);

#define BUILD_INFO_COLUMNS 4

/* Emit one row: item, version (NULL if empty), records (NULL if empty), sha256 (NULL if empty). */
static void
put_row(ReturnSetInfo *rsinfo, const char *item, const char *version,
		const char *records, const char *sha256)
{
	Datum		values[BUILD_INFO_COLUMNS];
	bool		nulls[BUILD_INFO_COLUMNS] = {false};

	values[0] = CStringGetTextDatum(item);
	nulls[1] = version[0] == '\0';
	values[1] = nulls[1] ? (Datum) 0 : CStringGetTextDatum(version);
	nulls[2] = records[0] == '\0';
	values[2] = nulls[2] ? (Datum) 0 : Int64GetDatum(strtoll(records, NULL, 10));
	nulls[3] = sha256[0] == '\0';
	values[3] = nulls[3] ? (Datum) 0 : CStringGetTextDatum(sha256);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/* Split embedded build info into rows (tab-separated lines). */
static void
put_embedded(ReturnSetInfo *rsinfo, const char *embedded)
{
	char	   *info = pstrdup(embedded);
	char	   *line = info;

	while (line && *line)
	{
		char	   *next = strchr(line, '\n');
		char	   *cells[BUILD_INFO_COLUMNS] = {"", "", "", ""};
		int			n = 0;
		char	   *p = line;

		CHECK_FOR_INTERRUPTS();
		if (next)
			*next++ = '\0';
		while (n < BUILD_INFO_COLUMNS)
		{
			char	   *tab = strchr(p, '\t');

			cells[n++] = p;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		if (cells[0][0])
			put_row(rsinfo, cells[0], cells[1], cells[2], cells[3]);
		line = next;
	}
}

/* geotext_build_info(): what went into the installed library. */
Datum
geotext_build_info(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		words = 0;
	char		count[32];

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	put_embedded(rsinfo, gt_lexicon_build_info());
	put_embedded(rsinfo, gt_ner_build_info());
	put_embedded(rsinfo, gt_pos_build_info());
	for (int s = 0; s < GT_WS__COUNT; s++)
		words += gt_wordset_size((gt_wordset) s);
	snprintf(count, sizeof(count), "%zu", words);
	put_row(rsinfo, "word classes", "", count, "");
	return (Datum) 0;
}
