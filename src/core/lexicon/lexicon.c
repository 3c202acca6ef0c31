/*
 * lexicon.c — look up normalised keys in a lexicon, and build small
 * lexicons (the user gazetteer) at run time in the same layout as the
 * compiled-in one (see lexicon_table.h for why a hash of whole keys).
 */
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_table.h"

#include <stdlib.h>
#include <string.h>

/* Number of entries of a lexicon. */
size_t
gt_lexicon_size(const gt_lexicon *lex)
{
	return lex ? lex->nrecs : 0;
}

/* The block of key, whose gt_hash is h (its records), or NULL. */
static const gt_lex_block *
find_block(const gt_lexicon *lex, const char *key, size_t len, uint32_t h)
{
	uint32_t	mask;
	uint32_t	idx;

	if (!lex || lex->nslots == 0 || !gt_bloom_test(lex->key_bloom, lex->key_bloom_bits, h))
		return NULL;
	mask = lex->nslots - 1;
	for (idx = h & mask;; idx = (idx + 1) & mask)
	{
		const gt_lex_slot *slot = &lex->slots[idx];
		const gt_lex_block *b;

		if (slot->block == 0)
			return NULL;
		if (slot->hash != h)
			continue;
		b = (const gt_lex_block *) (lex->blocks + slot->block - 1);
		if (b->keylen == len && memcmp(b->key, key, len) == 0)
			return b;
	}
}

/* Turn a stored record of a block into the public entry form. */
static void
rec_to_entry(const gt_lexicon *lex, const gt_lex_block *b, const gt_lex_rec *r, gt_lex_entry *e)
{
	e->key = b->key;
	e->canonical = lex->pool + r->canonical;
	e->extra = lex->pool + r->extra;
	e->source = r->source < lex->nsources ? lex->sources[r->source] : "";
	e->type = r->type;
	e->kind = r->kind;
	e->form = r->form;
	e->gender = r->gender;
	e->flags = r->flags;
	e->sub = r->sub;
	e->country[0] = r->country[0];
	e->country[1] = r->country[1];
	e->country[2] = '\0';
}

/* Entries whose key is exactly key[0..len); copies up to max into out. */
size_t
gt_lexicon_find(const gt_lexicon *lex, const char *key, size_t len,
				gt_lex_entry *out, size_t max)
{
	return gt_lexicon_find_hashed(lex, key, len, gt_hash(key, len), out, max);
}

/* gt_lexicon_find of a key whose gt_hash the caller has (a prepared doc's token keys). */
size_t
gt_lexicon_find_hashed(const gt_lexicon *lex, const char *key, size_t len, uint32_t hash,
					   gt_lex_entry *out, size_t max)
{
	const gt_lex_block *b = find_block(lex, key, len, hash);
	const gt_lex_rec *recs;
	uint32_t	n;

	if (!b)
		return 0;
	recs = gt_lex_block_records(lex, b, &n);
	for (size_t i = 0; i < n && i < max; i++)
		rec_to_entry(lex, b, &recs[i], &out[i]);
	return n;
}

/* May the key have entity or prefix records (false: certainly not)? */
bool
gt_lexicon_may_start_entity(const gt_lexicon *lex, const char *key, size_t len)
{
	return gt_bloom_test(lex->entity_bloom, lex->bloom_bits, gt_hash(key, len));
}

/* The same for a key whose gt_hash is hash. */
bool
gt_lexicon_may_start_entity_hashed(const gt_lexicon *lex, uint32_t hash)
{
	return gt_bloom_test(lex->entity_bloom, lex->bloom_bits, hash);
}

/* May the key have cue or prefix records (false: certainly not)? */
bool
gt_lexicon_may_be_cue(const gt_lexicon *lex, const char *key, size_t len)
{
	return gt_bloom_test(lex->cue_bloom, lex->cue_bloom_bits, gt_hash(key, len));
}

/* The same for a key whose gt_hash is hash. */
bool
gt_lexicon_may_be_cue_hashed(const gt_lexicon *lex, uint32_t hash)
{
	return gt_bloom_test(lex->cue_bloom, lex->cue_bloom_bits, hash);
}

/* May the capitalised key whose gt_hash_backward is hash be a common word, role noun or org pattern (false: certainly not)? */
bool
gt_lexicon_may_be_noun(const gt_lexicon *lex, uint32_t hash)
{
	return gt_bloom_test(lex->noun_bloom, lex->noun_bloom_bits, hash);
}

/* Does any entry of type `type` have exactly this key? */
bool
gt_lexicon_has(const gt_lexicon *lex, const char *key, size_t len,
			   gt_lex_type type)
{
	return gt_lexicon_has_hashed(lex, key, len, gt_hash(key, len), type);
}

/* gt_lexicon_has of a key whose gt_hash the caller has. */
bool
gt_lexicon_has_hashed(const gt_lexicon *lex, const char *key, size_t len, uint32_t hash,
					  gt_lex_type type)
{
	const gt_lex_block *b = find_block(lex, key, len, hash);
	const gt_lex_rec *recs;
	uint32_t	n;

	if (!b)
		return false;
	recs = gt_lex_block_records(lex, b, &n);
	for (size_t i = 0; i < n; i++)
		if (recs[i].type == type)
			return true;
	return false;
}

/* SQL name of an entity kind. */
const char *
gt_kind_name(gt_kind kind)
{
	static const char *const names[GT_KIND__COUNT] = {
		"", "person", "organization", "country", "place"
	};

	return (unsigned) kind < GT_KIND__COUNT ? names[kind] : "";
}

/* SQL name of a mention form. */
const char *
gt_form_name(gt_form form)
{
	static const char *const names[GT_FORM__COUNT] = {
		"name", "adjective", "demonym", "compound"
	};

	return (unsigned) form < GT_FORM__COUNT ? names[form] : "";
}

/* SQL name of a lexicon entry type. */
const char *
gt_lex_type_name(gt_lex_type type)
{
	static const char *const names[GT_LEX__COUNT] = {
		"", "entity", "firstname", "role", "cue", "function_word",
		"common_word", "org_pattern", "abbreviation", "prefix", "surname", "office", "hide"
	};

	return (unsigned) type < GT_LEX__COUNT ? names[type] : "";
}

/* SQL name of a cue type ("verb", "marker", "noun"), or NULL. */
const char *
gt_cue_type_name(gt_cue_type type)
{
	static const char *const names[GT_CUE__COUNT] = {
		NULL, "verb", "marker", "noun"
	};

	return (unsigned) type < GT_CUE__COUNT ? names[type] : NULL;
}

/* SQL name of a gender ("m", "f", "pl"), or NULL when unknown. */
const char *
gt_gender_name(gt_gender gender)
{
	switch (gender)
	{
		case GT_GENDER_MALE:
			return "m";
		case GT_GENDER_FEMALE:
			return "f";
		case GT_GENDER_PLURAL:
			return "pl";
		default:
			return NULL;
	}
}

/* The data-file name of an entry's sub-class for its type ("time", "before", "final"), or NULL. */
const char *
gt_lex_sub_name(gt_lex_type type, uint8_t sub)
{
	static const char *const word_classes[GT_WC__COUNT] = {
		NULL, "article", "pronoun", "preposition", "conjunction", "adverb",
		"particle", "numeral", "time", "other"
	};
	static const char *const org_positions[GT_ORG__COUNT] = {
		NULL, "suffix", "tail", "head", "before"
	};
	static const char *const abbrev_classes[GT_ABBR__COUNT] = {
		NULL, "title", "inner", "final"
	};
	static const char *const senses[GT_SENSE__COUNT] = {
		NULL, "party-word", "institution", "name"
	};

	switch (type)
	{
		case GT_LEX_FUNCTION_WORD:
			return sub < GT_WC__COUNT ? word_classes[sub] : NULL;
		case GT_LEX_ORG_PATTERN:
			return sub < GT_ORG__COUNT ? org_positions[sub] : NULL;
		case GT_LEX_ABBREVIATION:
			return sub < GT_ABBR__COUNT ? abbrev_classes[sub] : NULL;
		case GT_LEX_ENTITY:
			return sub < GT_SENSE__COUNT ? senses[sub] : NULL;
		default:
			return NULL;
	}
}

/* The data-file names of the entry flags, one per bit (GT_LF_*). */
static const struct
{
	uint8_t		flag;
	const char *name;
}			flag_names[] = {
	{GT_LF_AMBIGUOUS, "ambiguous"},
	{GT_LF_SHORT_FORM, "short_form"},
	{GT_LF_SUPPRESS, "suppress"},
	{GT_LF_USER, "user"},
	{GT_LF_INFLECTED, "inflected"},
	{GT_LF_CANDIDATE, "candidate"},
};

/* The entry flag (GT_LF_*) a data file names, or 0. */
uint8_t
gt_lex_flag_by_name(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++)
		if (strlen(flag_names[i].name) == len && memcmp(flag_names[i].name, name, len) == 0)
			return flag_names[i].flag;
	return 0;
}

/* The kind an SQL name stands for ("person" …); false when it names none. */
bool
gt_kind_from_name(const char *name, gt_kind *kind)
{
	for (int i = GT_KIND_NONE + 1; i < GT_KIND__COUNT; i++)
		if (strcmp(gt_kind_name((gt_kind) i), name) == 0)
		{
			*kind = (gt_kind) i;
			return true;
		}
	return false;
}

/* The form an SQL name stands for ("name", "adjective" …); false when it names none. */
bool
gt_form_from_name(const char *name, gt_form *form)
{
	for (int i = 0; i < GT_FORM__COUNT; i++)
		if (strcmp(gt_form_name((gt_form) i), name) == 0)
		{
			*form = (gt_form) i;
			return true;
		}
	return false;
}

/* The gender an SQL name stands for ("m", "f", "pl"); false when it names none. */
bool
gt_gender_from_name(const char *name, gt_gender *gender)
{
	for (int i = GT_GENDER_MALE; i <= GT_GENDER_PLURAL; i++)
		if (strcmp(gt_gender_name((gt_gender) i), name) == 0)
		{
			*gender = (gt_gender) i;
			return true;
		}
	return false;
}

/* The entry type an SQL name stands for ("entity", "cue" …); false when it names none. */
bool
gt_lex_type_from_name(const char *name, gt_lex_type *type)
{
	for (int i = GT_LEX_ENTITY; i < GT_LEX__COUNT; i++)
		if (strcmp(gt_lex_type_name((gt_lex_type) i), name) == 0)
		{
			*type = (gt_lex_type) i;
			return true;
		}
	return false;
}

/* The cue type an SQL name stands for ("verb", "marker", "noun"); false when it names none. */
bool
gt_cue_type_from_name(const char *name, gt_cue_type *type)
{
	for (int i = GT_CUE_VERB; i < GT_CUE__COUNT; i++)
		if (strcmp(gt_cue_type_name((gt_cue_type) i), name) == 0)
		{
			*type = (gt_cue_type) i;
			return true;
		}
	return false;
}

/*
 * How many keys the warm-up keeps in flight: a key's slot is prefetched at
 * step i and its block at i + WARM_LAG, so up to 2 * WARM_LAG cache misses
 * overlap instead of waiting one after another (the lexicon is far larger
 * than the cache; a lookup is two dependent loads).
 */
#define WARM_LAG 8
/* Keys whose other-case hashes the warm-up collects before it prefetches them. */
#define WARM_CHUNK 256

/* Bring the slots and blocks of n keys, given by their gt_hash, into the cache, many at a time. */
static void
warm_hashes(const gt_lexicon *lex, const gt_env *env, const uint32_t *hashes, size_t n)
{
	uint32_t	mask = lex->nslots - 1;

	for (size_t i = 0; i < n + WARM_LAG; i++)
	{
		/* a key the filter rejects has no slot to bring in: find_block will not read one */
		if (i < n)
		{
			gt_tick(env, i + 1);
			if (gt_bloom_test(lex->key_bloom, lex->key_bloom_bits, hashes[i]))
				__builtin_prefetch(&lex->slots[hashes[i] & mask]);
		}
		if (i >= WARM_LAG && i - WARM_LAG < n)
		{
			uint32_t	h = hashes[i - WARM_LAG];
			const gt_lex_slot *slot = &lex->slots[h & mask];

			if (gt_bloom_test(lex->key_bloom, lex->key_bloom_bits, h) && slot->hash == h && slot->block)
				__builtin_prefetch(lex->blocks + slot->block - 1);
		}
	}
}

/*
 * Bring the lexicon lines of every token key of a prepared doc into the
 * cache, many at a time, so that the recogniser's lookups that follow find
 * them there (a lookup is two dependent loads from a table far larger
 * than the cache). Changes no result: it only reads.
 */
void
gt_lexicon_warm(const gt_lexicon *lex, const gt_doc *doc)
{
	gt_lexicon_warm_tokens(lex, doc, 0, (uint32_t) doc->ntokens);
}

/* The same for the token keys of [first, end) only (a sentence about to be tagged). */
void
gt_lexicon_warm_tokens(const gt_lexicon *lex, const gt_doc *doc, uint32_t first, uint32_t end)
{
	if (!lex || lex->nslots == 0 || !doc->key_start || first >= end)
		return;
	warm_hashes(lex, doc->env, doc->key_hash + first, end - first);
}

/*
 * The same for the other case of the initial of the word tokens of [first,
 * end): the lower-case form of a capitalised word (Die → die, asked by the
 * recogniser's word facts and the part-of-speech tagger), and with
 * upper_too the capitalised form of a lower-case word (the tagger's).
 */
void
gt_lexicon_warm_other_case(const gt_lexicon *lex, const gt_doc *doc, uint32_t first, uint32_t end,
						   bool upper_too)
{
	uint32_t	hashes[WARM_CHUNK];
	size_t		n = 0;

	if (!lex || lex->nslots == 0 || !doc->key_start)
		return;
	for (uint32_t k = first; k < end; k++)
	{
		char		buf[GT_KEY_MAX];
		size_t		len;
		const char *key = gt_token_key_ref(doc, k, &len);
		bool		capital = (doc->tokens[k].flags & GT_TF_UPPER_INITIAL) != 0;

		if (!key || len == 0 || doc->tokens[k].kind != GT_TOK_WORD || (!capital && !upper_too))
			continue;
		memcpy(buf, key, len);
		if (capital)
		{
			if (!gt_lower_initial(buf, &len, sizeof(buf)))
				continue;
		}
		else
			gt_upper_initial(buf, &len, sizeof(buf));
		hashes[n++] = gt_hash(buf, len);
		if (n == WARM_CHUNK)
		{
			warm_hashes(lex, doc->env, hashes, n);
			n = 0;
		}
	}
	warm_hashes(lex, doc->env, hashes, n);
}
