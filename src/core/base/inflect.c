/*
 * inflect.c — German inflection rules the lexicon applies to names at run
 * time (the user gazetteer). The same rules run at build time in
 * tools/compile_lexicon.py (genitive()); keep the two in step.
 */
#include "base/base.h"

#include <string.h>

/* Is every cased letter of s[0..len) upper case, with at least one? */
static bool
all_upper(const char *s, size_t len)
{
	size_t		i = 0;
	bool		cased = false;

	while (i < len)
	{
		int32_t		cp = gt_utf8_next(s, len, &i);

		if (gt_is_lower(cp))
			return false;
		if (gt_is_upper(cp))
			cased = true;
	}
	return cased;
}

/* The last code point of s[0..len) (len > 0). */
static int32_t
last_code_point(const char *s, size_t len)
{
	size_t		start = len - 1;
	size_t		i;

	while (start > 0 && ((unsigned char) s[start] & 0xC0) == 0x80)
		start--;
	i = start;
	return gt_utf8_next(s, len, &i);
}

/*
 * The genitive -s form of a proper name (Russland → Russlands, Kreml →
 * Kremls): name + "s", written to out (NUL-terminated). Returns its length,
 * or 0 when the name takes no -s: a multi-word name (unless multiword, as
 * for persons, where the last word inflects: Kim Jong Uns), an all-capital
 * last word (USA, NATO), a last letter s, ß, x or z (the apostrophe or
 * "von" is used instead), a last character that is not a letter, or when
 * out (cap bytes) is too small.
 */
size_t
gt_genitive(const char *name, size_t len, bool multiword, char *out, size_t cap)
{
	const char *last = name;
	size_t		last_len;
	int32_t		cp;

	if (len == 0 || len + 2 > cap)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (name[i] == ' ')
		{
			if (!multiword)
				return 0;
			last = name + i + 1;
		}
	last_len = (size_t) (name + len - last);
	if (last_len == 0 || all_upper(last, last_len))
		return 0;
	cp = last_code_point(last, last_len);
	if (cp < 0x80 && strchr("sxzSXZ", (int) cp) != NULL)
		return 0;
	if (cp == 0x00DF || cp == 0x1E9E || gt_classify(cp) != GT_CC_LETTER)
		return 0;
	memcpy(out, name, len);
	out[len] = 's';
	out[len + 1] = '\0';
	return len + 1;
}
