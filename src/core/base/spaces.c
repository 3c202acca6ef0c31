/*
 * spaces.c — a name as one line: the white space inside a span of text
 * (two spaces, a line break, a no-break space) as one space, so that a
 * name written across a line or with a doubled space is the same name.
 */
#include "base/base.h"

#include <string.h>

/* Bytes of white space (gt_classify: space or line break) at s[i], 0 if none. */
static size_t
space_run(const char *s, size_t len, size_t i)
{
	size_t		j = i;

	while (j < len)
	{
		size_t		next = j;
		int32_t		cp = gt_utf8_next(s, len, &next);
		gt_char_class cls = gt_classify(cp);

		if (cls != GT_CC_SPACE && cls != GT_CC_NEWLINE)
			break;
		j = next;
	}
	return j - i;
}

/* Copy s[0..len) to out with each run of white space as one space; out holds len + 1 bytes and may be s itself. Returns the length. */
size_t
gt_collapse_spaces(const char *s, size_t len, char *out)
{
	size_t		n = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		run = space_run(s, len, i);

		if (run > 0)
		{
			out[n++] = ' ';
			i += run;
		}
		else
			out[n++] = s[i++];
	}
	out[n] = '\0';
	return n;
}

/* Is name (NUL-terminated) s[0..len) with each run of white space as one space? */
bool
gt_equals_collapsed(const char *name, const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		run = space_run(s, len, i);

		if (run > 0)
		{
			if (name[n++] != ' ')
				return false;
			i += run;
		}
		else if (name[n++] != s[i++])
			return false;
	}
	return name[n] == '\0';
}
