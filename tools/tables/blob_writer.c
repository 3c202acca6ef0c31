/*
 * blob_writer.c — write a table file in the layout of base/blob.h: the
 * header, the section directory, then each section on a GT_BLOB_ALIGN
 * boundary (zero padding, so the same input gives the same bytes).
 */
#include "tables.h"

#include <string.h>

/* Add a section (the data stays the caller's until blob_write). */
void
blob_add(blob_writer *w, uint32_t id, uint32_t count, const void *data, size_t size)
{
	if (w->nsections == sizeof(w->sections) / sizeof(w->sections[0]))
		die("too many sections in one table");
	w->sections[w->nsections].id = id;
	w->sections[w->nsections].count = count;
	w->sections[w->nsections].data = data;
	w->sections[w->nsections].size = size;
	w->nsections++;
}

/* Round n up to the section alignment. */
static uint64_t
aligned(uint64_t n)
{
	return (n + GT_BLOB_ALIGN - 1) & ~(uint64_t) (GT_BLOB_ALIGN - 1);
}

/* Write zero bytes up to offset `to`. */
static void
pad_to(FILE *fp, uint64_t *at, uint64_t to, const char *path)
{
	static const char zeros[GT_BLOB_ALIGN] = {0};

	while (*at < to)
	{
		size_t		n = to - *at < sizeof(zeros) ? (size_t) (to - *at) : sizeof(zeros);

		if (fwrite(zeros, 1, n, fp) != n)
			die("cannot write %s", path);
		*at += n;
	}
}

/*
 * Write the table file, after a text header when there is one: the
 * header, at least one NUL byte up to a GT_BLOB_ALIGN boundary, then the
 * table (the model files of the taggers, readable with `head`).
 */
static void
write_file(const blob_writer *w, const char *header, const char *path)
{
	gt_blob_header h = {GT_BLOB_MAGIC, GT_BLOB_FORMAT, (uint32_t) w->nsections, w->record_size};
	gt_blob_section dir[sizeof(w->sections) / sizeof(w->sections[0])];
	uint64_t	at = aligned(sizeof(h) + w->nsections * sizeof(gt_blob_section));
	FILE	   *fp;

	memset(dir, 0, sizeof(dir));
	for (size_t i = 0; i < w->nsections; i++)
	{
		dir[i].id = w->sections[i].id;
		dir[i].count = w->sections[i].count;
		dir[i].offset = at;
		dir[i].size = w->sections[i].size;
		at = aligned(at + w->sections[i].size);
	}
	fp = fopen(path, "wb");
	if (!fp)
		die("cannot create %s", path);
	if (header)
	{
		static const char zeros[GT_BLOB_ALIGN] = {0};
		size_t		hlen = strlen(header);
		size_t		pad = GT_BLOB_ALIGN - hlen % GT_BLOB_ALIGN;

		if (fwrite(header, 1, hlen, fp) != hlen || fwrite(zeros, 1, pad, fp) != pad)
			die("cannot write %s", path);
	}
	at = 0;
	if (fwrite(&h, sizeof(h), 1, fp) != 1 ||
		fwrite(dir, sizeof(gt_blob_section), w->nsections, fp) != w->nsections)
		die("cannot write %s", path);
	at = sizeof(h) + w->nsections * sizeof(gt_blob_section);
	for (size_t i = 0; i < w->nsections; i++)
	{
		pad_to(fp, &at, dir[i].offset, path);
		if (w->sections[i].size &&
			fwrite(w->sections[i].data, 1, w->sections[i].size, fp) != w->sections[i].size)
			die("cannot write %s", path);
		at += w->sections[i].size;
	}
	pad_to(fp, &at, aligned(at), path);
	if (fclose(fp) != 0)
		die("cannot write %s", path);
}

/* Write the table file (exits with a message on error). */
void
blob_write(const blob_writer *w, const char *path)
{
	write_file(w, NULL, path);
}

/* Write a model file: the text header, NUL bytes to the table's alignment, the table. */
void
blob_write_model(const blob_writer *w, const char *header, const char *path)
{
	write_file(w, header, path);
}
