/*
 * model_table.c — the taggers' models for the build: data/model/ner.model.gz
 * and data/model/pos.model.gz, decompressed into build/ (a text header, NUL
 * padding, the table; written by `make model`), are checked — a table of this layout, a model of this
 * feature version — and each table written to build/, which the library
 * links in, with its weight tables packed (only the rows that are not all
 * zero and an index of them, model/weight_rows.h; every bucket's row is
 * checked against the dense one before the table is written). A missing or stale model stops
 * the build: the library never falls back to another analysis.
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
		if (m.features_version != GT_NER_FEATURES_VERSION && m.weights.nbuckets != 0)
			die("%s: trained with features version %u, the code computes version %d: "
				"retrain with `make model`", model_path, m.features_version,
				GT_NER_FEATURES_VERSION);
		die("%s: not a model table of this layout (format %u, %d labels): retrain with `make model`",
			model_path, GT_BLOB_FORMAT, GT_NER_LABELS);
	}
	*rows = m.weights.nbuckets;
	*version = m.features_version;
}

/* Check a part-of-speech model table; its weight rows (both tables) and features version. */
static void
check_pos(const char *model_path, const unsigned char *table, uint32_t *rows, uint32_t *version)
{
	gt_pos_model m;

	if (!gt_pos_model_open(table, &m))
	{
		if (m.features_version != GT_POS_FEATURES_VERSION && m.pos_weights.nbuckets != 0)
			die("%s: trained with features version %u, the code computes version %d: "
				"retrain with `make model`", model_path, m.features_version,
				GT_POS_FEATURES_VERSION);
		die("%s: not a part-of-speech model table of this layout (format %u, %d tags): "
			"retrain with `make model`", model_path, GT_BLOB_FORMAT, GT_POS_SCORED);
	}
	*rows = m.pos_weights.nbuckets + m.morph_weights.nbuckets;
	*version = m.features_version;
}

/* One dense weight table of a model table and the sections its packed form goes to. */
typedef struct packed_table
{
	uint32_t	rows_id;
	uint32_t	index_id;
	uint32_t	stride;
	gt_weight_table dense;
	int16_t    *rows;			/* the zero row, the packed rows, and their index (malloc'd) */
	uint32_t   *index;
	uint32_t	nrows;			/* non-zero rows (the zero row not counted) */
} packed_table;

/* Is a row of stride weights all zero? */
static bool
zero_row(const int16_t *row, uint32_t stride)
{
	for (uint32_t y = 0; y < stride; y++)
		if (row[y] != 0)
			return false;
	return true;
}

/*
 * Pack a dense table: a zero row, then its non-zero rows in bucket order,
 * and per bucket the number of its row in that order (0: the zero row).
 */
static void
pack_table(packed_table *p)
{
	uint32_t	nbuckets = p->dense.nbuckets;

	p->index = xmalloc((size_t) nbuckets * sizeof(uint32_t));
	p->rows = xmalloc((size_t) (nbuckets + 1) * p->stride * sizeof(int16_t));
	memset(p->rows, 0, p->stride * sizeof(int16_t));
	p->nrows = 0;
	for (uint32_t b = 0; b < nbuckets; b++)
	{
		const int16_t *row = p->dense.rows + (size_t) b * p->stride;

		p->index[b] = 0;
		if (zero_row(row, p->stride))
			continue;
		p->index[b] = ++p->nrows;
		memcpy(p->rows + (size_t) p->nrows * p->stride, row, p->stride * sizeof(int16_t));
	}
}

/* Check that the packed table gives every bucket the dense table's row. */
static void
check_packed(const packed_table *p, const char *model_path)
{
	gt_weight_table t = {p->dense.nbuckets, p->rows, p->index, false};

	for (uint32_t b = 0; b < p->dense.nbuckets; b++)
	{
		const int16_t *dense = gt_weight_row(&p->dense, b, p->stride);
		const int16_t *packed = gt_weight_row(&t, b, p->stride);

		if (memcmp(packed, dense, p->stride * sizeof(int16_t)) != 0)
			die("%s: the packed weight table differs from the dense one at bucket %u", model_path, b);
	}
}

/*
 * Write the model table with its dense weight tables packed: every other
 * section as it is, in the same order.
 */
static void
write_packed(const unsigned char *table, packed_table *packed, size_t npacked,
			 const char *model_path, const char *out_path)
{
	const gt_blob_header *h = (const gt_blob_header *) table;
	const gt_blob_section *dir = (const gt_blob_section *) (h + 1);
	blob_writer w = {.record_size = h->record_size};

	for (uint32_t i = 0; i < h->nsections; i++)
	{
		packed_table *p = NULL;

		for (size_t j = 0; j < npacked; j++)
			if (packed[j].rows_id == dir[i].id)
				p = &packed[j];
		if (!p)
		{
			blob_add(&w, dir[i].id, dir[i].count, table + dir[i].offset, dir[i].size);
			continue;
		}
		pack_table(p);
		check_packed(p, model_path);
		blob_add(&w, p->rows_id, p->nrows + 1, p->rows, (size_t) (p->nrows + 1) * p->stride * sizeof(int16_t));
		blob_add(&w, p->index_id, p->dense.nbuckets, p->index, p->dense.nbuckets * sizeof(uint32_t));
	}
	blob_write(&w, out_path);
	for (size_t j = 0; j < npacked; j++)
	{
		printf("build_tables: %s: weight table %u: %u of %u rows are not zero (%.1f%%), packed\n",
			   model_path, packed[j].rows_id, packed[j].nrows, packed[j].dense.nbuckets,
			   100.0 * packed[j].nrows / packed[j].dense.nbuckets);
		free(packed[j].rows);
		free(packed[j].index);
	}
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
	{
		gt_ner_model m;
		packed_table p = {.rows_id = GT_NER_SECTION_WEIGHTS, .index_id = GT_NER_SECTION_INDEX,
		.stride = GT_NER_STRIDE};

		check_ner(model_path, file + header, &rows, &version);
		(void) gt_ner_model_open(file + header, &m);
		p.dense = m.weights;
		write_packed(file + header, &p, 1, model_path, out_path);
	}
	else if (strcmp(kind, "pos") == 0)
	{
		gt_pos_model m;
		packed_table p[2] = {
			{.rows_id = GT_POS_SECTION_POS_WEIGHTS, .index_id = GT_POS_SECTION_POS_INDEX,
			.stride = GT_POS_STRIDE},
			{.rows_id = GT_POS_SECTION_MORPH_WEIGHTS, .index_id = GT_POS_SECTION_MORPH_INDEX,
			.stride = GT_MORPH_STRIDE}
		};

		check_pos(model_path, file + header, &rows, &version);
		(void) gt_pos_model_open(file + header, &m);
		p[0].dense = m.pos_weights;
		p[1].dense = m.morph_weights;
		write_packed(file + header, p, 2, model_path, out_path);
	}
	else
		die("build_tables model: unknown kind %s (ner or pos)", kind);
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
