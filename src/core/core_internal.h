/*
 * core_internal.h — declarations shared between the core's own files.
 * Not part of the public interface (geotext.h).
 */
#ifndef GT_CORE_INTERNAL_H
#define GT_CORE_INTERNAL_H

#include "geotext.h"

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

/* Is the code point an upper-case (or title-case) letter? */
extern bool gt_is_upper(int32_t cp);

/* Is the code point a lower-case letter? */
extern bool gt_is_lower(int32_t cp);

/* Lower-case the first letter of a key in place (ASCII, Ä/Ö/Ü); false if none. */
extern bool gt_lower_initial(char *buf, size_t len);

/* Lower-case all letters of a key but the first, in place; new length. */
extern size_t gt_titlecase_key(char *buf, size_t len, size_t cap);

#define GT_KEY_MAX 256			/* longest lookup key, bytes */

/* Normalise every token's lookup key once (lexmatch.c). */
extern gt_status gt_doc_prepare_keys(gt_doc *doc);

/* Token k's stored key without a copy (after gt_doc_prepare_keys), or NULL. */
extern const char *gt_token_key_ref(const gt_doc *doc, uint32_t k, size_t *len);

/* Normalised key of tokens [first, end), joined as the text joins them; -1 if too long. */
extern size_t gt_tokens_key(const gt_doc *doc, uint32_t first, uint32_t end,
							char *buf, size_t cap);

/* May the key have entity or prefix records in lex (false: certainly not)? */
extern bool gt_lexicon_may_start_entity(const gt_lexicon *lex, const char *key,
										size_t len);

/* May the key have cue or prefix records (false: certainly not)? */
extern bool gt_lexicon_may_be_cue(const gt_lexicon *lex, const char *key,
								  size_t len);

/* May the capitalised key be a common word or role noun (false: certainly not)? */
extern bool gt_lexicon_may_be_noun(const gt_lexicon *lex, const char *key,
								   size_t len);

/* Allocation helpers over a gt_env; each returns NULL on failure. */
extern void *gt_alloc(const gt_env *env, size_t size);
extern void *gt_grow(const gt_env *env, void *ptr, size_t *cap, size_t elem,
					 size_t needed);
extern void gt_free(const gt_env *env, void *ptr);

/* Let the host check for interrupts (cheap to call often). */
static inline void
gt_tick(const gt_env *env, size_t counter)
{
	if ((counter & 0x3FF) == 0 && env->check_interrupts)
		env->check_interrupts(env->ctx);
}

/* A bump allocator for strings owned by a document's results (arena.c). */
typedef struct gt_arena gt_arena;
extern gt_arena *gt_arena_new(const gt_env *env);
extern void *gt_arena_alloc(gt_arena *a, size_t size);
extern char *gt_arena_strndup(gt_arena *a, const char *s, size_t len);
extern void gt_arena_free(gt_arena *a);

/* The genitive -s form of a name into out (inflect.c); 0 when it has none. */
extern size_t gt_genitive(const char *name, size_t len, bool multiword,
						  char *out, size_t cap);

/* Split text into tokens (sentence fields left at 0). */
extern gt_status gt_tokenize(gt_doc *doc);

/* Assign sentences to the tokens of doc. */
extern gt_status gt_split_sentences(gt_doc *doc);

/* Is the word (ending in its period) a known abbreviation? */
extern bool gt_is_abbreviation(const char *word, size_t len);

/* Does an abbreviation (with its period) usually stand at a sentence end? */
extern bool gt_abbreviation_may_end_sentence(const char *word, size_t len);

#endif							/* GT_CORE_INTERNAL_H */
