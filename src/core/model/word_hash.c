/*
 * word_hash.c — the word hashes both taggers build their features of: a
 * collapsed shape (Xx, XX, x-Xx, dd), the first and last characters of a
 * word, where a token stands in its sentence.
 */
#include "model/word_hash.h"

/*
 * The shape character of an ASCII character: letters, digits and the three
 * marks that shape a word (as their classes in utf8.c: hyphen, period,
 * apostrophe), the rest 'o'. Without the class lookup: most of a German word.
 */
static inline char
ascii_shape_char(unsigned char b)
{
	if (b >= 'a' && b <= 'z')
		return 'x';
	if (b >= 'A' && b <= 'Z')
		return 'X';
	if (b >= '0' && b <= '9')
		return 'd';
	if (b == '-' || b == '.' || b == '\'')
		return (char) b;
	return 'o';
}

/* The shape character of a code point. */
static char
shape_char(int32_t cp)
{
	gt_char_class cls;

	if (cp < 0x80)
		return ascii_shape_char((unsigned char) cp);
	cls = gt_classify(cp);
	if (cls == GT_CC_LETTER)
		return gt_is_upper(cp) ? 'X' : 'x';
	if (cls == GT_CC_DIGIT)
		return 'd';
	if (cls == GT_CC_HYPHEN)
		return '-';
	if (cls == GT_CC_PERIOD)
		return '.';
	if (cls == GT_CC_APOSTROPHE)
		return '\'';
	return 'o';
}

/* The hash of a word's collapsed shape (runs of one class as one character). */
uint32_t
gt_word_shape_hash(const char *s, size_t len)
{
	char		shape[GT_SHAPE_MAX + 2];
	size_t		n = 0;
	size_t		i = 0;
	size_t		chars = 0;

	while (i < len && n < GT_SHAPE_MAX)
	{
		/* ASCII, most of a German word, without decoding */
		int32_t		cp = (unsigned char) s[i] < 0x80 ? (unsigned char) s[i++] : gt_utf8_next(s, len, &i);
		char		c = shape_char(cp);

		chars++;
		if (n == 0 || shape[n - 1] != c)
			shape[n++] = c;
		/* the rest of a run of lower-case ASCII letters adds nothing to the shape: count it only */
		if (c == 'x')
			while (i < len && (unsigned char) s[i] >= 'a' && (unsigned char) s[i] <= 'z')
			{
				i++;
				chars++;
			}
	}
	if (chars == 1)
		shape[n++] = '1';		/* a single character: an initial, not a word */
	return gt_hash(shape, n);
}

/* The byte offset where the last `chars` characters of s[0..len) start. */
size_t
gt_tail_start(const char *s, size_t len, size_t chars)
{
	size_t		i = len;

	while (i > 0 && chars > 0)
	{
		i--;
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			chars--;
	}
	return i;
}

/* The hash (gt_hash) of the last `chars` characters of s[0..len): a suffix feature. */
uint32_t
gt_tail_hash(const char *s, size_t len, size_t chars)
{
	size_t		start = gt_tail_start(s, len, chars);

	return gt_hash(s + start, len - start);
}

/* The byte length of the first `chars` characters of s[0..len). */
size_t
gt_head_length(const char *s, size_t len, size_t chars)
{
	size_t		i = 0;

	while (i < len && chars > 0)
	{
		gt_utf8_next(s, len, &i);
		chars--;
	}
	return i;
}

/* Where token k stands: at a sentence or line start, after a colon, a quotation mark … */
uint8_t
gt_word_position(const gt_doc *doc, uint32_t k)
{
	const gt_token *t = &doc->tokens[k];

	if (t->flags & GT_TF_LINE_START)
		return GT_WP_LINE_START;
	if (t->flags & GT_TF_SENT_START)
		return GT_WP_SENTENCE_START;
	if (k == 0)
		return GT_WP_INSIDE;
	if (gt_tok_punct(doc, k - 1, ':'))
		return GT_WP_AFTER_COLON;
	if (gt_tok_quote_mark(doc, k - 1))
		return GT_WP_AFTER_QUOTE;
	if (gt_tok_punct(doc, k - 1, '(') || gt_tok_punct(doc, k - 1, '-'))
		return GT_WP_AFTER_BRACKET;
	return GT_WP_INSIDE;
}

/* The length bucket of token k (characters): 1, 2, 3, 4–5, 6–9, 10 and more. */
uint8_t
gt_word_length_bucket(const gt_doc *doc, uint32_t k)
{
	uint32_t	chars = doc->tokens[k].span.char_end - doc->tokens[k].span.char_start;
	static const uint32_t bounds[GT_LENGTH_BUCKETS - 1] = {1, 2, 3, 5, 9};

	for (uint8_t b = 0; b < GT_LENGTH_BUCKETS - 1; b++)
		if (chars <= bounds[b])
			return b;
	return GT_LENGTH_BUCKETS - 1;
}
