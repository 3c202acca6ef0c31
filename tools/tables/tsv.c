/*
 * tsv.c — read the data files of data/: UTF-8 text, tab-separated, lines
 * starting with # are comments, the first other line names the columns
 * (data/FORMAT.md).
 */
#include "tables.h"

#include <stdlib.h>
#include <string.h>

/* Read a whole file into a NUL-terminated buffer. */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *fp = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!fp)
		die("cannot open %s", path);
	if (fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0)
		die("cannot read %s", path);
	buf = xmalloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, fp) != (size_t) n)
		die("cannot read %s", path);
	fclose(fp);
	buf[n] = '\0';
	*len = (size_t) n;
	return buf;
}

/* Split a line in place at tabs; returns the cells. */
static char **
split_cells(char *line, size_t *n)
{
	size_t		cap = 8;
	char	  **cells = xmalloc(cap * sizeof(char *));

	*n = 0;
	for (;;)
	{
		char	   *tab = strchr(line, '\t');

		if (*n == cap)
			cells = xrealloc(cells, (cap *= 2) * sizeof(char *));
		cells[(*n)++] = line;
		if (!tab)
			break;
		*tab = '\0';
		line = tab + 1;
	}
	return cells;
}

/* Read a commented TSV file with a header line (exits with a message on error). */
void
tsv_read(tsv_file *f, const char *path)
{
	size_t		len;
	char	   *p;
	size_t		cap = 256;
	int			line = 0;

	memset(f, 0, sizeof(*f));
	f->path = path;
	f->text = read_file(path, &len);
	f->rows = xmalloc(cap * sizeof(tsv_row));
	for (p = f->text; *p;)
	{
		char	   *nl = strchr(p, '\n');
		char	   *next = nl ? nl + 1 : p + strlen(p);

		line++;
		if (nl)
			*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		if (*p != '#' && strspn(p, " \t") != strlen(p))
		{
			if (!f->header)
				f->header = split_cells(p, &f->nheader);
			else
			{
				if (f->nrows == cap)
					f->rows = xrealloc(f->rows, (cap *= 2) * sizeof(tsv_row));
				f->rows[f->nrows].cells = split_cells(p, &f->rows[f->nrows].ncells);
				f->rows[f->nrows].line = line;
				f->nrows++;
			}
		}
		p = next;
	}
	if (!f->header)
		die("%s: no header line", path);
}

/* The index of a header column, or exits naming the file when it is missing. */
size_t
tsv_column(const tsv_file *f, const char *name)
{
	for (size_t i = 0; i < f->nheader; i++)
		if (strcmp(f->header[i], name) == 0)
			return i;
	die("%s: no column %s", f->path, name);
}

/* The cell of a row in column col ("" when the row is short). */
const char *
tsv_cell(const tsv_row *r, size_t col)
{
	return col < r->ncells ? r->cells[col] : "";
}

/* Free what tsv_read allocated. */
void
tsv_free(tsv_file *f)
{
	for (size_t i = 0; i < f->nrows; i++)
		free(f->rows[i].cells);
	free(f->rows);
	free(f->header);
	free(f->text);
	memset(f, 0, sizeof(*f));
}
