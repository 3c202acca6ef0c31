/*
 * utf8.c — UTF-8 decoding and character classification.
 *
 * ICU answers every question about a character (general category, case);
 * the ASCII range is answered from a table first because it is most of the
 * text and the answer never changes.
 */
#include "base/base.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

/* Decode one code point at s[*i] (advancing *i); invalid bytes give U+FFFD. */
int32_t
gt_utf8_next(const char *s, size_t len, size_t *i)
{
	int32_t		cp;
	int32_t		pos = 0;
	int32_t		avail;
	const uint8_t *p = (const uint8_t *) s + *i;

	if (p[0] < 0x80)
	{
		(*i)++;
		return p[0];
	}
	avail = (len - *i) > 4 ? 4 : (int32_t) (len - *i);
	U8_NEXT(p, pos, avail, cp);
	*i += pos;
	return cp < 0 ? 0xFFFD : cp;
}

/*
 * The class of every ASCII character, as a table so that the tokenizer's
 * inner loop classifies the common case with one load (base.h,
 * gt_classify_ascii): controls are ignorable except the white space and
 * line breaks, letters and digits are themselves, the rest is punctuation
 * but for the few marks that mean something to the tokenizer and the
 * symbols.
 */
#define SP GT_CC_SPACE
#define NL GT_CC_NEWLINE
#define LE GT_CC_LETTER
#define DI GT_CC_DIGIT
#define HY GT_CC_HYPHEN
#define AP GT_CC_APOSTROPHE
#define QU GT_CC_QUOTE
#define PE GT_CC_PERIOD
#define PU GT_CC_PUNCT
#define SY GT_CC_SYMBOL
#define IG GT_CC_IGNORABLE
const uint8_t gt_ascii_class[128] = {
	/* 0x00 */ IG, IG, IG, IG, IG, IG, IG, IG, IG, SP, NL, NL, NL, NL, IG, IG,
	/* 0x10 */ IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG,
	/* 0x20 */ SP, PU, QU, PU, SY, PU, PU, AP, PU, PU, PU, SY, PU, HY, PE, PU,
	/* 0x30 */ DI, DI, DI, DI, DI, DI, DI, DI, DI, DI, PU, PU, SY, SY, SY, PU,
	/* 0x40 */ PU, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE,
	/* 0x50 */ LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, PU, PU, PU, SY, PU,
	/* 0x60 */ SY, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE,
	/* 0x70 */ LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, PU, SY, PU, SY, IG,
};
#undef SP
#undef NL
#undef LE
#undef DI
#undef HY
#undef AP
#undef QU
#undef PE
#undef PU
#undef SY
#undef IG

/* Classify the quotation marks, hyphens and emoji helpers ICU lumps in with others. */
static bool
classify_special(int32_t cp, gt_char_class *cls)
{
	switch (cp)
	{
		case 0x2019:			/* ’ right single quotation mark / apostrophe */
			*cls = GT_CC_APOSTROPHE;
			return true;
		case 0x201E:			/* „ */
		case 0x201C:			/* “ */
		case 0x201D:			/* ” */
		case 0x201F:			/* ‟ */
		case 0x201A:			/* ‚ */
		case 0x2018:			/* ‘ */
		case 0x201B:			/* ‛ */
		case 0x00AB:			/* « */
		case 0x00BB:			/* » */
		case 0x2039:			/* ‹ */
		case 0x203A:			/* › */
		case 0x300C:			/* 「 */
		case 0x300D:			/* 」 */
		case 0x300E:			/* 『 */
		case 0x300F:			/* 』 */
		case 0xFF02:			/* ＂ */
			*cls = GT_CC_QUOTE;
			return true;
		case 0x2010:			/* ‐ hyphen */
		case 0x2011:			/* ‑ non-breaking hyphen */
			*cls = GT_CC_HYPHEN;
			return true;
		case 0x00AD:
			*cls = GT_CC_SOFT_HYPHEN;
			return true;
		case 0x2028:
		case 0x2029:
		case 0x0085:
			*cls = GT_CC_NEWLINE;
			return true;
		case 0x200D:			/* zero width joiner */
		case 0x20E3:			/* combining enclosing keycap */
			*cls = GT_CC_EXTEND;
			return true;
		default:
			break;
	}
	if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) ||
		(cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F))
	{
		*cls = GT_CC_EXTEND;
		return true;
	}
	if (cp >= 0x1F1E6 && cp <= 0x1F1FF)
	{
		*cls = GT_CC_REGIONAL;
		return true;
	}
	return false;
}

/* Classify a code point. */
gt_char_class
gt_classify(int32_t cp)
{
	gt_char_class cls;

	if (cp < 0x80)
		return gt_classify_ascii((uint8_t) cp);
	if (classify_special(cp, &cls))
		return cls;

	switch (u_charType(cp))
	{
		case U_UPPERCASE_LETTER:
		case U_LOWERCASE_LETTER:
		case U_TITLECASE_LETTER:
		case U_MODIFIER_LETTER:
		case U_OTHER_LETTER:
			return GT_CC_LETTER;
		case U_NON_SPACING_MARK:
		case U_COMBINING_SPACING_MARK:
		case U_ENCLOSING_MARK:
			return GT_CC_MARK;
		case U_DECIMAL_DIGIT_NUMBER:
			return GT_CC_DIGIT;
		case U_LETTER_NUMBER:
		case U_OTHER_NUMBER:
			return GT_CC_SYMBOL;
		case U_SPACE_SEPARATOR:
			return GT_CC_SPACE;
		case U_LINE_SEPARATOR:
		case U_PARAGRAPH_SEPARATOR:
			return GT_CC_NEWLINE;
		case U_CONTROL_CHAR:
		case U_FORMAT_CHAR:
		case U_UNASSIGNED:
		case U_PRIVATE_USE_CHAR:
		case U_SURROGATE:
			return GT_CC_IGNORABLE;
		case U_INITIAL_PUNCTUATION:
		case U_FINAL_PUNCTUATION:
			return GT_CC_QUOTE;
		case U_MATH_SYMBOL:
		case U_CURRENCY_SYMBOL:
		case U_MODIFIER_SYMBOL:
		case U_OTHER_SYMBOL:
			return GT_CC_SYMBOL;
		default:
			return GT_CC_PUNCT;
	}
}

/* Is the code point an upper-case (or title-case) letter? */
bool
gt_is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return u_isupper(cp) || u_istitle(cp);
}

/* Is the code point a lower-case letter? */
bool
gt_is_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return u_islower(cp);
}

/* Has the code point the Unicode Uppercase property (Lu and Other_Uppercase)? */
bool
gt_is_upper_case(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return u_hasBinaryProperty(cp, UCHAR_UPPERCASE);
}

/* Byte length of a hyphen (ASCII or U+2010/2011) at s, or 0. */
size_t
gt_hyphen_len(const char *s, size_t avail)
{
	if (avail >= 1 && s[0] == '-')
		return 1;
	if (avail >= 3 && (unsigned char) s[0] == 0xE2 &&
		(unsigned char) s[1] == 0x80 &&
		((unsigned char) s[2] == 0x90 || (unsigned char) s[2] == 0x91))
		return 3;
	return 0;
}

/* Number of UTF-8 characters in s[0..len) (continuation bytes not counted). */
uint32_t
gt_utf8_count(const char *s, size_t len)
{
	uint32_t	n = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}
