/*
 * normalize.c — turn a surface form into the key the lexicon is indexed by.
 *
 * Keys are case-sensitive (NATO is not Nato) but blind to typography:
 * typographic apostrophes and hyphens become ASCII, soft hyphens vanish,
 * ß becomes ss (Swiss spelling), white space runs become one blank, and
 * decomposed letters are composed (NFC, by ICU, only when a combining mark
 * is present — the common case stays a byte copy).
 */
#include "base/base.h"

#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

/* Append bytes to out; false when they do not fit. */
static bool
put(char *out, size_t cap, size_t *n, const char *s, size_t len)
{
	if (*n + len > cap)
		return false;
	memcpy(out + *n, s, len);
	*n += len;
	return true;
}

/*
 * The longest text compose_nfc() takes, in bytes: more than any caller's
 * key buffer (GT_ENTRY_KEY_MAX, a gazetteer name), so that a key that fits
 * its buffer is composed too, and normalising a key again gives the same key.
 */
#define NFC_MAX_BYTES 1100
_Static_assert(NFC_MAX_BYTES > GT_ENTRY_KEY_MAX, "NFC buffer below the longest key");

/* Compose out[0..n) to NFC in place; returns the new length or -1. */
static size_t
compose_nfc(char *out, size_t cap, size_t n)
{
	UChar		u16[NFC_MAX_BYTES];		/* UTF-8 bytes >= UTF-16 units */
	UChar		nfc[3 * NFC_MAX_BYTES]; /* NFC expands at most threefold */
	int32_t		u16len = 0;
	int32_t		nfclen;
	int32_t		outlen = 0;
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *norm = unorm2_getNFCInstance(&err);

	if (U_FAILURE(err) || n > NFC_MAX_BYTES)
		return (size_t) -1;
	u_strFromUTF8(u16, NFC_MAX_BYTES, &u16len, out, (int32_t) n, &err);
	if (U_FAILURE(err))
		return (size_t) -1;
	nfclen = unorm2_normalize(norm, u16, u16len, nfc, 3 * NFC_MAX_BYTES, &err);
	if (U_FAILURE(err))
		return (size_t) -1;
	u_strToUTF8(out, (int32_t) cap, &outlen, nfc, nfclen, &err);
	if (U_FAILURE(err) || err == U_STRING_NOT_TERMINATED_WARNING)
		return (size_t) -1;
	return (size_t) outlen;
}

/*
 * Is the text already a key: printable ASCII (no `) and two-byte Latin-1
 * letters other than ß (C3 9F)? The common case, copied as it is.
 */
bool
gt_key_is_plain(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *) text;

	for (size_t i = 0; i < len; i++)
	{
		if (p[i] > 0x20 && p[i] < 0x7F && p[i] != '`')
			continue;
		if (p[i] == 0xC3 && i + 1 < len && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF &&
			p[i + 1] != 0x9F)
		{
			i++;
			continue;
		}
		return false;
	}
	return true;
}

/* Normalise a surface form into a lookup key; (size_t) -1 if it does not fit. */
size_t
gt_normalize_key(const char *text, size_t len, char *out, size_t cap)
{
	size_t		n = 0;
	size_t		i = 0;
	bool		pending_space = false;
	bool		has_mark = false;

	if (gt_key_is_plain(text, len))
	{
		if (len > cap)
			return (size_t) -1;
		memcpy(out, text, len);
		return len;
	}
	while (i < len)
	{
		size_t		start = i;
		int32_t		cp = gt_utf8_next(text, len, &i);
		gt_char_class cls = gt_classify(cp);
		bool		ok = true;

		if (cls == GT_CC_SPACE || cls == GT_CC_NEWLINE)
		{
			pending_space = n > 0;
			continue;
		}
		if (cls == GT_CC_SOFT_HYPHEN)
			continue;
		if (pending_space && !put(out, cap, &n, " ", 1))
			return (size_t) -1;
		pending_space = false;
		if (cls == GT_CC_MARK)
			has_mark = true;
		switch (cp)
		{
			case 0x2019:		/* ’ */
			case 0x2018:		/* ‘ */
			case 0x02BC:		/* ʼ */
			case 0x00B4:		/* ´ */
			case 0x0060:		/* ` */
				ok = put(out, cap, &n, "'", 1);
				break;
			case 0x2010:
			case 0x2011:
				ok = put(out, cap, &n, "-", 1);
				break;
			case 0x00DF:		/* ß */
				ok = put(out, cap, &n, "ss", 2);
				break;
			case 0x1E9E:		/* ẞ */
				ok = put(out, cap, &n, "SS", 2);
				break;
			case 0xFFFD:		/* also invalid bytes: never copy them */
				ok = put(out, cap, &n, "\xEF\xBF\xBD", 3);
				break;
			default:
				ok = put(out, cap, &n, text + start, i - start);
				break;
		}
		if (!ok)
			return (size_t) -1;
	}
	if (has_mark)
		return compose_nfc(out, cap, n);
	return n;
}
