/*
 * lexicon.h — the lexicon layer: lookups of normalised keys in the built-in
 * lexicon and the user gazetteer, and the matching of tokens and token
 * runs against them. Above the text layer, below entities and quotes.
 */
#ifndef GT_LEXICON_H
#define GT_LEXICON_H

#include "text/text.h"

/* Entries considered per key (a key with more records keeps its first ones). */
#define GT_MAX_ENTRIES 16
/* The longest multi-token lexicon key, in tokens. */
#define GT_MAX_MATCH_TOKENS 8

/* ----------------------------------------------------------- lexicon.c */

/* May the key have entity or prefix records in lex (false: certainly not)? */
extern bool gt_lexicon_may_start_entity(const gt_lexicon *lex, const char *key,
										size_t len);

/* May the key have cue or prefix records (false: certainly not)? */
extern bool gt_lexicon_may_be_cue(const gt_lexicon *lex, const char *key,
								  size_t len);

/*
 * The same questions and gt_lexicon_find / gt_lexicon_has for a key whose
 * gt_hash the caller already has: a prepared doc's token keys are hashed
 * once (gt_doc_prepare_keys, doc->key_hash), not at every question.
 */
extern bool gt_lexicon_may_start_entity_hashed(const gt_lexicon *lex, uint32_t hash);
extern bool gt_lexicon_may_be_cue_hashed(const gt_lexicon *lex, uint32_t hash);
extern size_t gt_lexicon_find_hashed(const gt_lexicon *lex, const char *key, size_t len,
									 uint32_t hash, gt_lex_entry *out, size_t max);
extern bool gt_lexicon_has_hashed(const gt_lexicon *lex, const char *key, size_t len,
								  uint32_t hash, gt_lex_type type);

/*
 * May the capitalised key be a common word, role noun or org pattern
 * (false: certainly not)? The filter takes the key's gt_hash_backward.
 */
extern bool gt_lexicon_may_be_noun(const gt_lexicon *lex, uint32_t hash);

/* ----------------------------------------------------- lexicon_build.c */

/* The Bloom filters a built lexicon gets (bits, powers of two; 0: see each). */
typedef struct gt_lexicon_options
{
	uint32_t	entity_bloom_bits;	/* 0: sized from the number of keys */
	uint32_t	noun_bloom_bits;	/* 0: none (the user gazetteer adds no nouns) */
	uint32_t	cue_bloom_bits; /* 0: none (the user gazetteer adds no cues) */
	uint32_t	key_bloom_bits; /* 0: sized from the number of keys */
} gt_lexicon_options;

/*
 * Flag as candidates (GT_LF_CANDIDATE, sense GT_SENSE_NAME) the entity
 * names of a user gazetteer that share a key and kind with another of a
 * different canonical name; linking chooses among them. False on ENOMEM.
 */
extern bool gt_lexicon_mark_shared_names(const gt_env *env, gt_lex_entry *entries, size_t n);

/* Build a lexicon from loose entries with the given filters; NULL on ENOMEM. */
extern gt_lexicon *gt_lexicon_build_with(const gt_env *env,
										 const gt_lex_entry *entries, size_t n,
										 const gt_lexicon_options *opt);

/* ---------------------------------------------------------- lexmatch.c */

/* A lexicon match over tokens [first, end). */
typedef struct gt_match
{
	uint32_t	first;
	uint32_t	end;
	size_t		n;
	gt_lex_entry entries[GT_MAX_ENTRIES];
} gt_match;

/* Prepare a document for lookups once: its tokens' keys and word classes. */
extern gt_status gt_doc_prepare_keys(gt_doc *doc);

/* Bring the lexicon lines of a prepared doc's token keys into the cache (reads only). */
extern void gt_lexicon_warm(const gt_lexicon *lex, const gt_doc *doc);

/* The same for the token keys of [first, end) only (reads only). */
extern void gt_lexicon_warm_tokens(const gt_lexicon *lex, const gt_doc *doc, uint32_t first,
								   uint32_t end);

/* The same for the other case of the initials of the word tokens of [first, end) (reads only). */
extern void gt_lexicon_warm_other_case(const gt_lexicon *lex, const gt_doc *doc, uint32_t first,
									   uint32_t end, bool upper_too);

/*
 * Token k's stored key without a copy (after gt_doc_prepare_keys), or NULL
 * (not prepared, or too long). Inline: asked for every token by every pass.
 */
static inline const char *
gt_token_key_ref(const gt_doc *doc, uint32_t k, size_t *len)
{
	if (!doc->key_start || doc->key_len[k] == GT_KEY_TOO_LONG)
		return NULL;
	*len = doc->key_len[k];
	return doc->keys + doc->key_start[k];
}

/* Token k's stored key and its gt_hash (after gt_doc_prepare_keys), or NULL. */
static inline const char *
gt_token_key_hashed(const gt_doc *doc, uint32_t k, size_t *len, uint32_t *hash)
{
	const char *key = gt_token_key_ref(doc, k, len);

	if (key)
		*hash = doc->key_hash[k];
	return key;
}

/* Normalised key of tokens [first, end), joined as the text joins them; -1 if too long. */
extern size_t gt_tokens_key(const gt_doc *doc, uint32_t first, uint32_t end,
							char *buf, size_t cap);

/* All entries for a key, user entity rows overriding built-in ones. */
extern size_t gt_lex_lookup(const gt_lexicons *lex, const char *key,
							size_t len, gt_lex_entry *out, size_t max);

/* gt_lex_lookup of a key whose gt_hash the caller has. */
extern size_t gt_lex_lookup_hashed(const gt_lexicons *lex, const char *key, size_t len,
								   uint32_t hash, gt_lex_entry *out, size_t max);

/* The first entry of a type in a set, or NULL. */
extern const gt_lex_entry *gt_entries_find_type(const gt_lex_entry *e,
												size_t n, gt_lex_type type);

/* Entries of one token. */
extern size_t gt_token_entries(const gt_doc *doc, const gt_lexicons *lex,
							   uint32_t k, gt_lex_entry *out, size_t max);

/* Does any lexicon of the list hold an entry of the type for this key? */
extern bool gt_lexicons_have(const gt_lexicons *lex, const char *key,
							 size_t len, gt_lex_type type);

/*
 * The longest token sequence from k with entity entries. The entries of
 * token k alone are copied to first/first_n (if not NULL) for reuse;
 * *first_n is GT_NOT_LOOKED_UP when the Bloom filter made the lookup moot.
 */
#define GT_NOT_LOOKED_UP ((size_t) -1)
extern bool gt_longest_entity_match(const gt_doc *doc, const gt_lexicons *lex,
									uint32_t k, gt_match *m,
									gt_lex_entry *first, size_t *first_n);

/*
 * The longest lexicon name from token k written with weak adjectives after
 * an article: token k and the capitalised words ending in -e after it are
 * looked up with the strong ending `ending` ('r', 's') appended (das Weiße
 * Haus: Weißes Haus); fills m and returns true if there is one.
 */
extern bool gt_weak_entity_match(const gt_doc *doc, const gt_lexicons *lex, uint32_t k, char ending,
								 gt_match *m);

/* ---------------------------------------------------------- lexwords.c */

/* Is token k a function word of the built-in lexicon (as written, or lower-cased)? */
extern bool gt_token_is_function_word(const gt_doc *doc, uint32_t k);

/* What the tails of a word are: the compound analysis of the built-in lexicon. */
typedef struct gt_tail_hits
{
	bool		role;			/* a role noun: Regierungssprecher */
	uint8_t		role_gender;	/* its gender */
	bool		noun;			/* an ordinary noun: Waffenlieferungen */
	bool		org_before;		/* a noun that introduces an organisation: Digitalagentur */
	size_t		head;			/* where the longest such tail starts (bytes), or 0 */
} gt_tail_hits;

/* The tails of the word w[0..len) that are role nouns, ordinary nouns or organisation introducers. */
extern gt_tail_hits gt_word_tails(const char *w, size_t len);

#endif							/* GT_LEXICON_H */
