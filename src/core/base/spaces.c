/*
 * spaces.c — a name as one line: the white space inside a span of text
 * (two spaces, a line break, a no-break space) as one space, so that a
 * name written across a line or with a doubled space is the same name.
 */
#include "base/base.h"

/* Is the code point at s[*i] white space (a space or a line break)? Advances *i past it. */
static bool
next_is_space(const char *s, size_t len, size_t *i)
{
	unsigned char b = (unsigned char) s[*i];
	gt_char_class cls;

	if (b < 0x80)
	{
		(*i)++;
		cls = gt_classify_ascii(b);
	}
	else
		cls = gt_classify(gt_utf8_next(s, len, i));
	return cls == GT_CC_SPACE || cls == GT_CC_NEWLINE;
}

/*
 * One piece of s from *i as a name writes it: a run of white space (true:
 * one space stands for it) or one code point (false: its bytes, from the
 * old *i to the new). Advances *i past the piece.
 */
static bool
next_piece(const char *s, size_t len, size_t *i)
{
	size_t		j = *i;

	if (!next_is_space(s, len, &j))
	{
		*i = j;
		return false;
	}
	do
		*i = j;
	while (j < len && next_is_space(s, len, &j));
	return true;
}

/* Copy s[0..len) to out with each run of white space as one space; out holds len + 1 bytes and may be s itself. Returns the length. */
size_t
gt_collapse_spaces(const char *s, size_t len, char *out)
{
	size_t		n = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		from = i;

		if (next_piece(s, len, &i))
			out[n++] = ' ';
		else
			while (from < i)
				out[n++] = s[from++];
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
		size_t		from = i;

		if (next_piece(s, len, &i))
		{
			if (name[n++] != ' ')
				return false;
		}
		else
			while (from < i)
				if (name[n++] != s[from++])
					return false;
	}
	return name[n] == '\0';
}
