/*
 * base.h — the lowest layer of the core: memory over a gt_env, UTF-8 and
 * character classes, case mapping, key normalisation, inflection and the
 * hash every table uses. It knows nothing of tokens, lexicons or entities.
 *
 * Layers (each includes only the headers below it):
 *   base → text (tokens, sentences, word sets) → lexicon → entities → quotes
 * and the PostgreSQL glue (src/pg) on top. `make check-structure` checks it.
 */
#ifndef GT_BASE_H
#define GT_BASE_H

#include "geotext.h"

/* ------------------------------------------------------------ memory.c */

/* Allocation helpers over a gt_env; the two that allocate return NULL on failure. */
extern void *gt_alloc(const gt_env *env, size_t size);
extern void *gt_grow(const gt_env *env, void *ptr, size_t *cap, size_t elem,
					 size_t needed);
extern void gt_free(const gt_env *env, void *ptr);

/* Zero size bytes in 1 MB steps with an interrupt check between (per-token arrays of a large text). */
extern void gt_zero(const gt_env *env, void *ptr, size_t size);

/* Keep a function out of line (a rare case that should not grow its callers). */
#define GT_OUT_OF_LINE __attribute__((noinline))

/* How many items of work pass between two interrupt checks (a power of two). */
#define GT_TICK_INTERVAL 1024

/* Let the host check for interrupts (cheap to call often). */
static inline void
gt_tick(const gt_env *env, size_t counter)
{
	if ((counter & (GT_TICK_INTERVAL - 1)) == 0 && env->check_interrupts)
		env->check_interrupts(env->ctx);
}

/* ------------------------------------------------------------- arena.c */

/* A bump allocator for strings owned by a document's results. */
typedef struct gt_arena gt_arena;
extern gt_arena *gt_arena_new(const gt_env *env);
extern void *gt_arena_alloc(gt_arena *a, size_t size);
extern char *gt_arena_strndup(gt_arena *a, const char *s, size_t len);
extern void gt_arena_free(gt_arena *a);

/* -------------------------------------------------------------- utf8.c */

/* Character classes the tokenizer distinguishes. */
typedef enum gt_char_class
{
	GT_CC_SPACE = 0,			/* white space other than line breaks */
	GT_CC_NEWLINE,				/* line and paragraph separators */
	GT_CC_LETTER,
	GT_CC_DIGIT,
	GT_CC_MARK,					/* combining marks */
	GT_CC_HYPHEN,				/* - and Unicode hyphens inside compounds */
	GT_CC_APOSTROPHE,			/* ' and ’ (also quotation marks) */
	GT_CC_QUOTE,				/* quotation marks other than apostrophes */
	GT_CC_PERIOD,				/* . */
	GT_CC_PUNCT,
	GT_CC_SYMBOL,
	GT_CC_EXTEND,				/* ZWJ, variation selectors, skin tones, tags */
	GT_CC_REGIONAL,				/* regional indicator (flag halves) */
	GT_CC_IGNORABLE,			/* controls, BOM and other format characters */
	GT_CC_SOFT_HYPHEN			/* U+00AD: invisible inside words */
} gt_char_class;

/* Decode one code point at s[*i] (advancing *i); invalid bytes give U+FFFD. */
extern int32_t gt_utf8_next(const char *s, size_t len, size_t *i);

/* Classify a code point. */
extern gt_char_class gt_classify(int32_t cp);

/* Copy s[0..len) to out with each run of white space as one space; out holds len + 1 bytes, may be s (spaces.c). */
extern size_t gt_collapse_spaces(const char *s, size_t len, char *out);

/* Is name s[0..len) with each run of white space as one space? */
extern bool gt_equals_collapsed(const char *name, const char *s, size_t len);

/* The class of each ASCII character (utf8.c). */
extern const uint8_t gt_ascii_class[128];

/* The class of an ASCII character (c < 0x80): gt_classify's common case, inline. */
static inline gt_char_class
gt_classify_ascii(uint8_t c)
{
	return (gt_char_class) gt_ascii_class[c & 0x7F];
}

/* Is the code point an upper-case (or title-case) letter? */
extern bool gt_is_upper(int32_t cp);

/* Is the code point a lower-case letter? */
extern bool gt_is_lower(int32_t cp);

/* Has the code point the Unicode Uppercase property (Lu and Other_Uppercase)? */
extern bool gt_is_upper_case(int32_t cp);

/* Byte length of a hyphen (ASCII or U+2010/2011) at s, or 0. */
extern size_t gt_hyphen_len(const char *s, size_t avail);

/* Number of UTF-8 characters in s[0..len). */
extern uint32_t gt_utf8_count(const char *s, size_t len);

/* ----------------------------------------------------------- casemap.c */

/* Lower-case the first letter of a key in place (*len updated, at most cap); false if none. */
extern bool gt_lower_initial(char *buf, size_t *len, size_t cap);

/* Upper-case the first letter of a key in place (*len updated, at most cap). */
extern void gt_upper_initial(char *buf, size_t *len, size_t cap);

/* Does the text begin with an upper-case (or title-case) letter? */
extern bool gt_starts_upper(const char *w, size_t len);

/* Lower-case every letter of text[0..len) into out (ICU); the length, or -1 if it does not fit cap. */
extern size_t gt_lower_all(const char *text, size_t len, char *out, size_t cap);

/* Lower-case all letters of a key but the first, in place (ICU); new length. */
extern size_t gt_titlecase_key(char *buf, size_t len, size_t cap);

/* --------------------------------------------------------- normalize.c */

/* The longest key of one token or token run the analysis builds, in bytes. */
#define GT_KEY_MAX 256

/* The longest key of a loose entry (a user gazetteer name), in bytes. */
#define GT_ENTRY_KEY_MAX 1024

/* gt_ascii_form (declared in geotext.h) lives in translit.c. */

/* gt_normalize_key (declared in geotext.h) lives in normalize.c. */

/*
 * Is the text already a key (printable ASCII but `, and two-byte Latin-1
 * letters but ß)? gt_normalize_key copies it as it is, and so every suffix
 * of it that starts at a character.
 */
extern bool gt_key_is_plain(const char *text, size_t len);

/* ----------------------------------------------------------- inflect.c */

/* The genitive -s form of a name into out; 0 when it has none. */
extern size_t gt_genitive(const char *name, size_t len, bool multiword,
						  char *out, size_t cap);

/* -------------------------------------------------------------- hash.h */

/* FNV-1a's start value and its step: one byte into a hash. */
#define GT_HASH_START 2166136261u

static inline uint32_t
gt_hash_step(uint32_t h, uint8_t byte)
{
	return (h ^ byte) * 16777619u;
}

/* FNV-1a over bytes: the hash of every key table of the core. */
static inline uint32_t
gt_hash(const char *key, size_t len)
{
	uint32_t	h = GT_HASH_START;

	for (size_t i = 0; i < len; i++)
		h = gt_hash_step(h, (uint8_t) key[i]);
	return h;
}

/*
 * FNV-1a over bytes from the last to the first: the hash of the compound
 * tail filter, because the hash of a word's tail from byte i is then one
 * step from that of the tail from i + 1, and one pass from a word's end
 * gives the hashes of all its tails (lexwords.c).
 */
static inline uint32_t
gt_hash_backward(const char *key, size_t len)
{
	uint32_t	h = GT_HASH_START;

	for (size_t i = len; i > 0; i--)
		h = gt_hash_step(h, (uint8_t) key[i - 1]);
	return h;
}

/* Where the second bit of a key's pair comes from: the hash's top six bits, above any filter's word index. */
#define GT_BLOOM_SECOND_SHIFT 26

/*
 * The two Bloom-filter bit positions of a key hash (nbits a power of two,
 * at most 2^26): both in the same 64-bit word, so that a test is one load
 * and at most one cache miss (a filter only says "certainly not"; where its
 * bits lie changes no result).
 */
static inline void
gt_bloom_bits(uint32_t hash, uint32_t nbits, uint32_t *a, uint32_t *b)
{
	*a = hash & (nbits - 1);
	*b = (*a & ~63u) | (hash >> GT_BLOOM_SECOND_SHIFT);
}

/* Set a key's two bits in a Bloom filter. */
static inline void
gt_bloom_add(uint64_t *bloom, uint32_t nbits, uint32_t hash)
{
	uint32_t	a,
				b;

	gt_bloom_bits(hash, nbits, &a, &b);
	bloom[a >> 6] |= (uint64_t) 1 << (a & 63);
	bloom[b >> 6] |= (uint64_t) 1 << (b & 63);
}

/* Are both of a key's bits set (true without a filter)? One word holds both: one test of it, no branch. */
static inline bool
gt_bloom_test(const uint64_t *bloom, uint32_t nbits, uint32_t hash)
{
	uint32_t	a,
				b;
	uint64_t	want;

	if (!bloom)
		return true;
	gt_bloom_bits(hash, nbits, &a, &b);
	want = ((uint64_t) 1 << (a & 63)) | ((uint64_t) 1 << (b & 63));
	return (bloom[a >> 6] & want) == want;
}

#endif							/* GT_BASE_H */
