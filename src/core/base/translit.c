/*
 * translit.c — an ASCII form of a character, for output in a database
 * encoding that cannot hold it (Erdoğan in LATIN1): ICU's Latin-ASCII
 * transliteration (ğ → g, ł → l, ø → o, ß → ss, … → ...), the rules being
 * ICU's data, not a list here.
 */
#include "base/base.h"

#include <unicode/utrans.h>
#include <unicode/utf8.h>
#include <unicode/ustring.h>

/* UTF-16 units a transliterated character may take (Latin-ASCII gives a few letters at most). */
#define TRANSLIT_UNITS 16

/* The backend's Latin-ASCII transliterator (opened on first use, kept for the process; NULL: none). */
static UTransliterator *latin_ascii = NULL;
static bool latin_ascii_tried = false;

/* The Latin-ASCII transliterator, opened once; NULL when ICU has none. */
static UTransliterator *
transliterator(void)
{
	static const UChar id[] = {'L', 'a', 't', 'i', 'n', '-', 'A', 'S', 'C', 'I', 'I', 0};
	UErrorCode	err = U_ZERO_ERROR;

	if (!latin_ascii_tried)
	{
		latin_ascii_tried = true;
		latin_ascii = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
		if (U_FAILURE(err))
			latin_ascii = NULL;
	}
	return latin_ascii;
}

/*
 * The ASCII form of code point cp into out (NUL-terminated, at most cap
 * bytes with the NUL): its length, or 0 when it has none (a character the
 * rules leave as it is, or a form that does not fit).
 */
size_t
gt_ascii_form(int32_t cp, char *out, size_t cap)
{
	UTransliterator *t = transliterator();
	UChar		buf[TRANSLIT_UNITS];
	int32_t		len = 0;
	int32_t		limit;
	UErrorCode	err = U_ZERO_ERROR;
	UBool		bad = false;

	if (!t || cap == 0 || cp < 0 || cp > 0x10FFFF)
		return 0;
	U16_APPEND(buf, len, TRANSLIT_UNITS, cp, bad);
	if (bad)
		return 0;
	limit = len;
	utrans_transUChars(t, buf, &len, TRANSLIT_UNITS, 0, &limit, &err);
	if (U_FAILURE(err) || len <= 0 || (size_t) len >= cap)
		return 0;
	for (int32_t i = 0; i < len; i++)
	{
		if (buf[i] >= 0x80 || buf[i] < 0x20)
			return 0;
		out[i] = (char) buf[i];
	}
	out[len] = '\0';
	return (size_t) len;
}
