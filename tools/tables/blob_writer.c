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

/* Write the table file (exits with a message on error). */
void
blob_write(const blob_writer *w, const char *path)
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
