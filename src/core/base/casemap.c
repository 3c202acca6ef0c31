/*
 * casemap.c — the case changes lookup keys need, by ICU's case mapping:
 * the initial of a word lowered (a capitalised sentence start looked up as
 * the ordinary word) or raised (a compound's tail looked up as a noun), and
 * a headline word in capitals turned into its title form (MÜNCHEN →
 * München). A mapping may change the UTF-8 length of the initial (İ → i):
 * the functions give the key's new length.
 */
#include "base/base.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

/*
 * Replace the first code point of buf[0..*len) by its mapping (ICU's simple
 * case mapping), moving the rest when the mapping's UTF-8 is longer or
 * shorter; false when it has no other case or the result does not fit cap.
 */
static bool
map_initial(char *buf, size_t *len, size_t cap, int32_t (*map) (int32_t))
{
	size_t		i = 0;
	int32_t		cp;
	int32_t		mapped;
	uint8_t		enc[U8_MAX_LENGTH];
	int32_t		n = 0;
	UBool		err = false;

	if (*len == 0)
		return false;
	cp = gt_utf8_next(buf, *len, &i);
	mapped = map(cp);
	if (mapped == cp)
		return false;
	U8_APPEND(enc, n, (int32_t) sizeof(enc), mapped, err);
	if (err || *len - i + (size_t) n > cap)
		return false;
	memmove(buf + n, buf + i, *len - i);
	memcpy(buf, enc, (size_t) n);
	*len = *len - i + (size_t) n;
	return true;
}

/* The lower case of a code point (ICU), as map_initial wants it. */
static int32_t
lower_cp(int32_t cp)
{
	return cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp) : u_tolower(cp);
}

/* The upper case of a code point (ICU), as map_initial wants it. */
static int32_t
upper_cp(int32_t cp)
{
	return cp < 0x80 ? (cp >= 'a' && cp <= 'z' ? cp - ('a' - 'A') : cp) : u_toupper(cp);
}

/* Lower-case the first letter of a key in place; false if it has none to lower. */
bool
gt_lower_initial(char *buf, size_t *len, size_t cap)
{
	/* an ASCII first letter, the common case, in place (map_initial does the same, slower) */
	if (*len > 0 && (unsigned char) buf[0] < 0x80)
	{
		if (buf[0] < 'A' || buf[0] > 'Z')
			return false;
		buf[0] = (char) (buf[0] + ('a' - 'A'));
		return true;
	}
	return map_initial(buf, len, cap, lower_cp);
}

/* Upper-case the first letter of a key in place (no change if it has none). */
void
gt_upper_initial(char *buf, size_t *len, size_t cap)
{
	/* an ASCII first letter, the common case, in place (map_initial does the same, slower) */
	if (*len > 0 && (unsigned char) buf[0] < 0x80)
	{
		if (buf[0] >= 'a' && buf[0] <= 'z')
			buf[0] = (char) (buf[0] - ('a' - 'A'));
		return;
	}
	(void) map_initial(buf, len, cap, upper_cp);
}

/* Does the text begin with an upper-case (or title-case) letter? */
bool
gt_starts_upper(const char *w, size_t len)
{
	size_t		i = 0;

	return len > 0 && gt_is_upper(gt_utf8_next(w, len, &i));
}

/*
 * Lower-case every letter of a key but the first, in place ("MÜNCHEN" →
 * "München", for headlines and datelines); returns the new length, or the
 * old one (key unchanged) when the result would not fit.
 */
size_t
gt_titlecase_key(char *buf, size_t len, size_t cap)
{
	char		out[GT_KEY_MAX];
	size_t		n = 0;
	size_t		i = 0;
	bool		first = true;

	while (i < len)
	{
		int32_t		cp = gt_utf8_next(buf, len, &i);
		int32_t		lc = first ? cp : u_tolower(cp);
		UBool		err = false;
		int32_t		pos = (int32_t) n;

		first = false;
		if (n + U8_MAX_LENGTH >= sizeof(out))
			return len;
		U8_APPEND((uint8_t *) out, pos, (int32_t) sizeof(out), lc, err);
		if (err)
			return len;
		n = (size_t) pos;
	}
	if (n > cap)
		return len;
	memcpy(buf, out, n);
	return n;
}

/* A byte repeated in all eight bytes of a word. */
#define EVERY_BYTE(b) (0x0101010101010101ULL * (uint64_t) (b))

/*
 * Eight ASCII bytes lower-cased at once: a byte's top bit is set in ge_a
 * when it is 'A' or above and in gt_z when it is above 'Z' (no byte has its
 * top bit set already, so no sum carries into the next byte); the upper-case
 * ones get 0x20 added, as the byte loop does one at a time.
 */
static inline uint64_t
lower_ascii8(uint64_t x)
{
	uint64_t	ge_a = x + EVERY_BYTE(0x80 - 'A');
	uint64_t	gt_z = x + EVERY_BYTE(0x7F - 'Z');

	return x | ((ge_a & ~gt_z & EVERY_BYTE(0x80)) >> 2);
}

/* Lower-case every letter of text[0..len) into out (ICU); the length, or -1 if it does not fit cap. */
size_t
gt_lower_all(const char *text, size_t len, char *out, size_t cap)
{
	size_t		i = 0;
	int32_t		n = 0;

	while (i < len)
	{
		unsigned char b = (unsigned char) text[i];
		int32_t		cp;
		UBool		err = false;
		uint64_t	word;

		/* eight ASCII bytes at a time, the bulk of a German word */
		if (i + sizeof(word) <= len && (size_t) n + sizeof(word) <= cap)
		{
			memcpy(&word, text + i, sizeof(word));
			if ((word & EVERY_BYTE(0x80)) == 0)
			{
				word = lower_ascii8(word);
				memcpy(out + n, &word, sizeof(word));
				n += (int32_t) sizeof(word);
				i += sizeof(word);
				continue;
			}
		}

		/* ASCII, most of a German text: no decoding */
		if (b < 0x80)
		{
			if ((size_t) n + 1 > cap)
				return (size_t) -1;
			out[n++] = (char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
			i++;
			continue;
		}
		cp = u_tolower(gt_utf8_next(text, len, &i));
		if ((size_t) n + U8_MAX_LENGTH > cap)
			return (size_t) -1;
		U8_APPEND((uint8_t *) out, n, (int32_t) cap, cp, err);
		if (err)
			return (size_t) -1;
	}
	return (size_t) n;
}
