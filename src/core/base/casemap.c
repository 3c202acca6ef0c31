/*
 * casemap.c — the case changes lookup keys need: the initial of a German
 * word lowered (a capitalised sentence start looked up as the ordinary
 * word) or raised (a compound's tail looked up as a noun), and a headline
 * word in capitals turned into its title form (MÜNCHEN → München, by ICU).
 *
 * Initials change case for ASCII letters and Ä/Ö/Ü only: those are the
 * initials of the German words the lexicon's ordinary-word lists hold in
 * both cases. A name with another initial (Émile, Łódź) is never an
 * ordinary German word, so it is looked up as written.
 */
#include "base/base.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

/* UTF-8 lead byte of Ä Ö Ü ä ö ü; the second byte differs by 0x20 between cases. */
#define UMLAUT_LEAD 0xC3
#define UMLAUT_CASE_OFFSET 0x20

/* Is the second byte that of an upper-case Ä, Ö or Ü (C3 84 / 96 / 9C)? */
static bool
is_upper_umlaut(unsigned char second)
{
	return second == 0x84 || second == 0x96 || second == 0x9C;
}

/* Is the second byte that of a lower-case ä, ö or ü (C3 A4 / B6 / BC)? */
static bool
is_lower_umlaut(unsigned char second)
{
	return second == 0xA4 || second == 0xB6 || second == 0xBC;
}

/* Lower-case the first letter of a key in place; false if it has none to lower. */
bool
gt_lower_initial(char *buf, size_t len)
{
	unsigned char c = (unsigned char) buf[0];

	if (c >= 'A' && c <= 'Z')
	{
		buf[0] = (char) (c - 'A' + 'a');
		return true;
	}
	if (len >= 2 && c == UMLAUT_LEAD && is_upper_umlaut((unsigned char) buf[1]))
	{
		buf[1] = (char) (buf[1] + UMLAUT_CASE_OFFSET);
		return true;
	}
	return false;
}

/* Upper-case the first letter of a key in place (no change if it has none). */
void
gt_upper_initial(char *buf, size_t len)
{
	unsigned char c = (unsigned char) buf[0];

	if (c >= 'a' && c <= 'z')
		buf[0] = (char) (c - 'a' + 'A');
	else if (len >= 2 && c == UMLAUT_LEAD && is_lower_umlaut((unsigned char) buf[1]))
		buf[1] = (char) (buf[1] - UMLAUT_CASE_OFFSET);
}

/* Does the text begin with an upper-case initial (A–Z, Ä, Ö, Ü)? */
bool
gt_starts_upper(const char *w, size_t len)
{
	unsigned char c = (unsigned char) w[0];

	if (len >= 1 && c >= 'A' && c <= 'Z')
		return true;
	return len >= 2 && c == UMLAUT_LEAD && is_upper_umlaut((unsigned char) w[1]);
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
