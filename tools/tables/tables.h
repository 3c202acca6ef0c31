/*
 * tables.h — the build-time table builder: reads the data files of data/
 * and writes the read-only tables the library links in (base/blob.h), with
 * the core's own code for keys, hashing and the lexicon's layout, so that
 * what is built and what is read are one implementation.
 */
#ifndef GT_TABLES_H
#define GT_TABLES_H

#include "base/base.h"
#include "base/blob.h"

#include <stdio.h>

/* ------------------------------------------------------------- tsv.c */

/* One data row of a TSV file: its cells (NUL-terminated) and where it stands. */
typedef struct tsv_row
{
	char	  **cells;
	size_t		ncells;
	int			line;
} tsv_row;

/* A TSV file read whole: its header cells and rows. */
typedef struct tsv_file
{
	const char *path;
	char	   *text;
	char	  **header;
	size_t		nheader;
	tsv_row    *rows;
	size_t		nrows;
} tsv_file;

/* Read a commented TSV file with a header line (exits with a message on error). */
extern void tsv_read(tsv_file *f, const char *path);

/* The index of a header column, or exits naming the file when it is missing. */
extern size_t tsv_column(const tsv_file *f, const char *name);

/* The cell of a row in column col ("" when the row is short). */
extern const char *tsv_cell(const tsv_row *r, size_t col);

/* Free what tsv_read allocated. */
extern void tsv_free(tsv_file *f);

/* ------------------------------------------------------ blob_writer.c */

/* A table file being assembled: sections in memory until written. */
typedef struct blob_writer
{
	uint32_t	record_size;
	size_t		nsections;
	struct
	{
		uint32_t	id;
		uint32_t	count;
		const void *data;
		size_t		size;
	}			sections[16];
} blob_writer;

/* Add a section (the data stays the caller's until blob_write). */
extern void blob_add(blob_writer *w, uint32_t id, uint32_t count,
					 const void *data, size_t size);

/* Write the table file (exits with a message on error). */
extern void blob_write(const blob_writer *w, const char *path);

/* Write a model file: the text header, NUL bytes to the table's alignment, the table. */
extern void blob_write_model(const blob_writer *w, const char *header, const char *path);

/* ------------------------------------------------------------ util.c */

/* Print a message about a data file and exit with status 1. */
extern void die(const char *fmt,...) __attribute__((format(printf, 1, 2), noreturn));

/* malloc that exits on failure. */
extern void *xmalloc(size_t size);

/* realloc that exits on failure. */
extern void *xrealloc(void *ptr, size_t size);

/* A copy of s[0..len) with a NUL, exiting on failure. */
extern char *xstrndup(const char *s, size_t len);

/* ----------------------------------------------------- wordset_table.c */

/* Build the word-set table from data/wordsets.tsv and data/abbreviations.tsv. */
extern int build_wordsets(const char *data_dir, const char *out_path);

/* ----------------------------------------------------- lexicon_table.c */

/* Build the lexicon table from the entries of tools/lexicon_entries.py. */
extern int build_lexicon(const char *entries_path, const char *info_path, const char *out_path);

/* ------------------------------------------------------- model_table.c */

/* Check a tagger's model file (kind ner or pos; make model) and copy its table and build-info line. */
extern int build_model(const char *kind, const char *model_path, const char *sha256,
					   const char *out_path, const char *info_path, const char *name);

#endif							/* GT_TABLES_H */
