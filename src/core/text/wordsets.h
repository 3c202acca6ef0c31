/*
 * wordsets.h — closed word classes (data/wordsets.tsv, classes listed in
 * wordset_list.h) as a table built into the library, and the questions
 * the rules ask of it: is this token a determiner, a place preposition …?
 *
 * Every word token of a document is looked up once (gt_doc_mark_wordsets);
 * a rule's question is then a bit test. Names and case rules are in
 * wordset_names.c, the table in wordsets.c.
 */
#ifndef GT_WORDSETS_H
#define GT_WORDSETS_H

#include "base/base.h"

/* The word classes, in the order of wordset_list.h. */
typedef enum gt_wordset
{
#define GT_WORDSET(id, name, fold, what) GT_WS_##id,
#include "text/wordset_list.h"
#undef GT_WORDSET
	GT_WS__COUNT
} gt_wordset;

/* Words of a class mask: room for 128 classes (64 were not enough). */
#define GT_WS_MASK_WORDS 2

_Static_assert(GT_WS__COUNT <= 64 * GT_WS_MASK_WORDS, "word classes must fit a mask");

/* How a class matches a token: as written, or with either case of its ASCII initial. */
typedef enum gt_wordset_case
{
	GT_WS_EXACT = 0,
	GT_WS_FOLD
} gt_wordset_case;

/* The classes a word belongs to, one bit per gt_wordset. */
typedef struct gt_wordset_mask
{
	uint64_t	bits[GT_WS_MASK_WORDS];
} gt_wordset_mask;

/* Is the class in the mask? */
static inline bool
gt_mask_has(gt_wordset_mask m, gt_wordset set)
{
	return ((m.bits[(unsigned) set / 64] >> ((unsigned) set % 64)) & 1) != 0;
}

/* The mask of one class. */
static inline gt_wordset_mask
gt_mask_of(gt_wordset set)
{
	gt_wordset_mask m = {{0}};

	m.bits[(unsigned) set / 64] = (uint64_t) 1 << ((unsigned) set % 64);
	return m;
}

/* The union of two masks. */
static inline gt_wordset_mask
gt_mask_or(gt_wordset_mask a, gt_wordset_mask b)
{
	for (int i = 0; i < GT_WS_MASK_WORDS; i++)
		a.bits[i] |= b.bits[i];
	return a;
}

/* Order of two masks (the highest word first): -1, 0 or 1. */
static inline int
gt_mask_cmp(gt_wordset_mask a, gt_wordset_mask b)
{
	for (int i = GT_WS_MASK_WORDS - 1; i >= 0; i--)
		if (a.bits[i] != b.bits[i])
			return a.bits[i] < b.bits[i] ? -1 : 1;
	return 0;
}

/* Records of the built table (tools/tables writes them, wordsets.c reads them). */
typedef struct gt_wordset_rec
{
	uint32_t	word;			/* offset of the NUL-terminated word in the pool */
	uint16_t	len;			/* its length in bytes */
	uint16_t	mask;			/* index into the mask section */
} gt_wordset_rec;

/* A word of a class in file order: offset and length in the pool. */
typedef struct gt_wordset_item
{
	uint32_t	word;
	uint32_t	len;
} gt_wordset_item;

/* Sections of the word-set blob. */
enum
{
	GT_WS_SECTION_POOL = 1,		/* words, NUL-terminated */
	GT_WS_SECTION_RECS,			/* gt_wordset_rec per distinct word */
	GT_WS_SECTION_SLOTS,		/* uint32 per slot: 1 + record index, 0 = empty */
	GT_WS_SECTION_MASKS,		/* gt_wordset_mask per distinct mask (0 first) */
	GT_WS_SECTION_LISTS,		/* uint32 pair per class: first item, count */
	GT_WS_SECTION_ITEMS			/* gt_wordset_item per (class, word) in file order */
};

/* The name of a class in data/wordsets.tsv, or NULL. */
extern const char *gt_wordset_name(gt_wordset set);

/* How a class matches (EXACT or FOLD). */
extern gt_wordset_case gt_wordset_case_of(gt_wordset set);

/* The class a data file names; false when it names none. */
extern bool gt_wordset_by_name(const char *name, gt_wordset *set);

/* The classes of a word as written (exact bytes). */
extern gt_wordset_mask gt_word_classes(const char *word, size_t len);

/* Is the word as written in the class? */
extern bool gt_word_in(const char *word, size_t len, gt_wordset set);

/* How many words a class lists. */
extern size_t gt_wordset_size(gt_wordset set);

/* The i-th word of a class in file order (its length in *len). */
extern const char *gt_wordset_word(gt_wordset set, size_t i, size_t *len);

/* A test of a word w[0..n) against one word of a class, item[0..m). */
typedef bool (*gt_word_test) (const char *w, size_t n, const char *item, size_t m);

/* Does w[0..n) end in the class's word item[0..m) (a gt_word_test: s_nominative, defined_name_head)? */
extern bool gt_word_ends_in(const char *w, size_t n, const char *item, size_t m);

/* The length of the first word of a class that passes the test against w, or 0. */
extern size_t gt_wordset_first_match(gt_wordset set, const char *w, size_t n,
									 gt_word_test test);

/* Look every word token of doc up once (gt_doc_prepare_keys calls it). */
extern gt_status gt_doc_mark_wordsets(gt_doc *doc);

/* Is token k (after gt_doc_mark_wordsets) a word of the class? */
static inline bool
gt_tok_in(const gt_doc *doc, uint32_t k, gt_wordset set)
{
	extern const gt_wordset_mask *gt_wordset_masks;

	return k < doc->ntokens && doc->word_sets &&
		gt_mask_has(gt_wordset_masks[doc->word_sets[k]], set);
}

/* Is the word (ending in its period) a known abbreviation? */
extern bool gt_is_abbreviation(const char *word, size_t len);

/* Does an abbreviation (with its period) usually stand at a sentence end? */
extern bool gt_abbreviation_may_end_sentence(const char *word, size_t len);

/* The word-set table linked into the library (wordsets_blob.c). */
extern const unsigned char gt_wordsets_blob[];

#endif							/* GT_WORDSETS_H */
