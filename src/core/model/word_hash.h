/*
 * word_hash.h — what the taggers' feature functions share: mixing a
 * template number into a feature id, a word's collapsed shape, its first
 * and last characters, and where a token stands in its sentence.
 */
#ifndef GT_WORD_HASH_H
#define GT_WORD_HASH_H

#include "lexicon/lexicon.h"

/* Where a token stands (gt_word_position). */
enum
{
	GT_WP_INSIDE = 0,
	GT_WP_SENTENCE_START,
	GT_WP_AFTER_COLON,
	GT_WP_AFTER_QUOTE,
	GT_WP_AFTER_BRACKET,
	GT_WP_LINE_START
};

/* The most characters of a collapsed shape. */
#define GT_SHAPE_MAX 8

/* Mix a template number and a value hash into a feature id (murmur3's finaliser). */
static inline uint32_t
gt_feature_id(uint32_t tmpl, uint32_t value)
{
	uint32_t	h = value ^ (tmpl * 0x9E3779B1u);

	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	h *= 0xC2B2AE35u;
	h ^= h >> 16;
	return h;
}

/* The hash of a word's collapsed shape (runs of one class as one character). */
extern uint32_t gt_word_shape_hash(const char *s, size_t len);

/* The byte offset where the last `chars` characters of s[0..len) start. */
extern size_t gt_tail_start(const char *s, size_t len, size_t chars);

/* The hash (gt_hash) of the last `chars` characters of s[0..len): a suffix feature. */
extern uint32_t gt_tail_hash(const char *s, size_t len, size_t chars);

/* The byte length of the first `chars` characters of s[0..len). */
extern size_t gt_head_length(const char *s, size_t len, size_t chars);

/* Where token k stands: at a sentence or line start, after a colon, a quotation mark … */
extern uint8_t gt_word_position(const gt_doc *doc, uint32_t k);

/* Length buckets of a token (characters): 1, 2, 3, 4–5, 6–9, 10 and more. */
#define GT_LENGTH_BUCKETS 6

/* The length bucket of token k. */
extern uint8_t gt_word_length_bucket(const gt_doc *doc, uint32_t k);

#endif							/* GT_WORD_HASH_H */
