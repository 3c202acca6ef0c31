/*
 * pg_entities.c — geotext_entities(): one row per entity mention.
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(geotext_entities);

/*
 * The row shapes this C function fills: 0.2.0's geotext_entities (with
 * confidence) and 0.1.0's (without), which views built over 0.1.0 keep
 * calling as geotext_entities_v01 after ALTER EXTENSION geotext UPDATE.
 */
#define ENTITY_COLUMNS_V01 10
#define ENTITY_COLUMNS 11

/* Emit one row per mention, in the row shape of the calling function (natts columns). */
static void
put_mentions(ReturnSetInfo *rsinfo, gt_pg_call *call, const gt_doc *doc,
			 const gt_entities *ents, int natts)
{
	for (size_t i = 0; i < ents->nmentions; i++)
	{
		const gt_mention *m = &ents->mentions[i];
		Datum		values[ENTITY_COLUMNS];
		bool		nulls[ENTITY_COLUMNS] = {false};
		char		evidence[GT_EVIDENCE_LABEL_MAX];
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();

		old = gt_pg_row_begin(call);
		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = gt_pg_text_datum(call, doc->text + m->span.byte_start,
									 m->span.byte_end - m->span.byte_start);
		values[2] = gt_pg_cstring_datum(call, m->canonical);
		values[3] = CStringGetTextDatum(gt_kind_name(m->kind));
		values[4] = CStringGetTextDatum(gt_form_name(m->form));
		values[5] = gt_pg_text_or_null(call, m->country, &nulls[5]);
		values[6] = gt_pg_text_or_null(call, m->role, &nulls[6]);
		values[7] = Int32GetDatum((int32) m->sentence + 1);
		values[8] = gt_pg_span_datum(call, m->span.char_start, m->span.char_end);
		values[9] = CStringGetTextDatum(gt_mention_evidence(m, evidence));
		if (natts == ENTITY_COLUMNS)
			values[10] = Float4GetDatum(m->confidence);
		gt_pg_row_end(rsinfo, call, old, values, nulls);
	}
}

/* geotext_entities(body text): persons, organisations, countries, places. */
Datum
geotext_entities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gt_pg_call	call;
	gt_doc		doc;
	gt_entities ents;

	int			natts;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	natts = rsinfo->setDesc->natts;
	if (natts != ENTITY_COLUMNS && natts != ENTITY_COLUMNS_V01)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("geotext_entities is declared with %d result columns, the library fills %d or %d",
						natts, ENTITY_COLUMNS, ENTITY_COLUMNS_V01),
				 errhint("Run ALTER EXTENSION geotext UPDATE so that the SQL definitions match the installed library.")));
	gt_pg_call_begin(&call, PG_GETARG_TEXT_PP(0));
	gt_pg_extract(&call, &doc, &ents, NULL, true);
	put_mentions(rsinfo, &call, &doc, &ents, natts);
	gt_pg_call_end(&call);
	return (Datum) 0;
}
