/*
 * util.c — what every part of the table builder needs: messages that stop
 * the build, and allocation that never returns NULL.
 */
#include "tables.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Print a message about a data file and exit with status 1. */
void
die(const char *fmt,...)
{
	va_list		ap;

	fputs("build_tables: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* malloc that exits on failure. */
void *
xmalloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

/* realloc that exits on failure. */
void *
xrealloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

/* A copy of s[0..len) with a NUL, exiting on failure. */
char *
xstrndup(const char *s, size_t len)
{
	char	   *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
