/*
 * model_table.c — the taggers' models for the build: data/model/ner.model.gz
 * and data/model/pos.model.gz, decompressed into build/ (a text header, NUL
 * padding, the table; written by `make model`), are checked — a table of this layout, a model of this
 * feature version — and each table copied to build/, which the library
 * links in. A missing or stale model stops the build: the library never
 * falls back to another analysis.
 */
#include "tables.h"
#include "model/ner.h"
#include "model/pos.h"

#include <stdlib.h>
#include <string.h>

/* Read a whole file into memory aligned for its table; exits on error. */
static unsigned char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	unsigned char *buf;
	long		size;

	if (!f)
		die("%s: cannot open the tagger's model; it is committed data — restore it "
			"(git checkout %s) or retrain it with `make model`", path, path);
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		die("%s: cannot read", path);
	buf = aligned_alloc(GT_BLOB_ALIGN, ((size_t) size / GT_BLOB_ALIGN + 1) * GT_BLOB_ALIGN);
	if (!buf)
		die("out of memory");
	if (fread(buf, 1, (size_t) size, f) != (size_t) size)
		die("%s: cannot read", path);
	fclose(f);
	*len = (size_t) size;
	return buf;
}

/* Check a NER model table; its weight rows into *rows, its features version into *version. */
static void
check_ner(const char *model_path, const unsigned char *table, uint32_t *rows, uint32_t *version)
{
	gt_ner_model m;

	if (!gt_ner_model_open(table, &m))
	{
		if (m.features_version != GT_NER_FEATURES_VERSION && m.nbuckets != 0)
			die("%s: trained with features version %u, the code computes version %d: "
				"retrain with `make model`", model_path, m.features_version,
				GT_NER_FEATURES_VERSION);
		die("%s: not a model table of this layout (format %u, %d labels): retrain with `make model`",
			model_path, GT_BLOB_FORMAT, GT_NER_LABELS);
	}
	*rows = m.nbuckets;
	*version = m.features_version;
}

/* Check a part-of-speech model table; its weight rows (both tables) and features version. */
static void
check_pos(const char *model_path, const unsigned char *table, uint32_t *rows, uint32_t *version)
{
	gt_pos_model m;

	if (!gt_pos_model_open(table, &m))
	{
		if (m.features_version != GT_POS_FEATURES_VERSION && m.pos_buckets != 0)
			die("%s: trained with features version %u, the code computes version %d: "
				"retrain with `make model`", model_path, m.features_version,
				GT_POS_FEATURES_VERSION);
		die("%s: not a part-of-speech model table of this layout (format %u, %d tags): "
			"retrain with `make model`", model_path, GT_BLOB_FORMAT, GT_POS_SCORED);
	}
	*rows = m.pos_buckets + m.morph_buckets;
	*version = m.features_version;
}

/*
 * Check the model file of a tagger (kind "ner" or "pos") and copy its
 * table to out_path; its build-info line (the model as name, with sha256)
 * to info_path.
 */
int
build_model(const char *kind, const char *model_path, const char *sha256, const char *out_path,
			const char *info_path, const char *name)
{
	size_t		len;
	unsigned char *file = read_file(model_path, &len);
	size_t		header = 0;
	uint32_t	rows = 0,
				version = 0;
	FILE	   *out;

	/* the header ends at the first NUL; the table starts at the next alignment boundary */
	while (header < len && file[header] != '\0')
		header++;
	header = (header / GT_BLOB_ALIGN + 1) * GT_BLOB_ALIGN;
	if (header + sizeof(gt_blob_header) > len)
		die("%s: no model table after the header", model_path);
	if (strcmp(kind, "ner") == 0)
		check_ner(model_path, file + header, &rows, &version);
	else if (strcmp(kind, "pos") == 0)
		check_pos(model_path, file + header, &rows, &version);
	else
		die("build_tables model: unknown kind %s (ner or pos)", kind);
	out = fopen(out_path, "wb");
	if (!out || fwrite(file + header, 1, len - header, out) != len - header || fclose(out) != 0)
		die("cannot write %s", out_path);
	/* one line for geotext_build_info(), NUL-terminated: the library links it in as a string */
	out = fopen(info_path, "wb");
	if (!out || fprintf(out, "%s\taveraged perceptron, features version %u\t%u\t%s\n", name,
						version, rows, sha256) < 0 ||
		fputc('\0', out) == EOF || fclose(out) != 0)
		die("cannot write %s", info_path);
	printf("build_tables: model %s: %u weight rows, features version %u\n", model_path, rows, version);
	free(file);
	return 0;
}
