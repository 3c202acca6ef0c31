/*
 * lexmatch.c — look tokens and token sequences up in the lexicons.
 *
 * Keys are built from the token texts joined the way the text joins them
 * (a blank where there was white space, nothing where there was none), so
 * "Bündnis 90/Die Grünen" matches across its five tokens. A longer match is
 * tried only while a prefix record says a longer key exists.
 */
#include "lexicon/lexicon.h"

#include <string.h>

/* An ALL-CAPS word longer than this (bytes) may be a headline form of a name (MÜNCHEN). */
#define HEADLINE_MIN_BYTES 3

/* The built-in lexicon alone, or a user gazetteer in front of it. */
gt_lexicons
gt_lexicons_default(const gt_lexicon *user)
{
	gt_lexicons l = {{NULL}, 0};

	if (user)
		l.items[l.n++] = user;
	l.items[l.n++] = gt_lexicon_builtin();
	return l;
}

/* The built-in lexicon behind user lexicons, the first first (see geotext.h). */
gt_lexicons
gt_lexicons_with_users(const gt_lexicon *const *users, size_t n)
{
	gt_lexicons l = {{NULL}, 0};

	for (size_t i = 0; i < n && l.n < GT_MAX_USER_LEXICONS; i++)
		if (users[i])
			l.items[l.n++] = users[i];
	l.items[l.n++] = gt_lexicon_builtin();
	return l;
}

/* The shortest weak adjective's key in bytes, an -e after two letters at least (Rote, Weiße). */
#define WEAK_ADJECTIVE_MIN_BYTES 3

/* Normalise one token's text into buf; (size_t) -1 if it does not fit. */
static size_t
token_key(const gt_doc *doc, uint32_t k, char *buf, size_t cap)
{
	const gt_token *t = &doc->tokens[k];

	if (doc->key_start)
	{
		size_t		len = doc->key_len[k];

		if (len == GT_KEY_TOO_LONG || len > cap)
			return (size_t) -1;
		memcpy(buf, doc->keys + doc->key_start[k], len);
		return len;
	}
	return gt_normalize_key(doc->text + t->span.byte_start,
							t->span.byte_end - t->span.byte_start, buf, cap);
}

/* Token k's key appended to buf at *n (a space first where the text has one); false if it does not fit. */
static bool
append_token_key(const gt_doc *doc, uint32_t k, bool first, char *buf, size_t cap, size_t *n)
{
	size_t		len;

	if (!first && (doc->tokens[k].flags & GT_TF_SPACE_BEFORE))
	{
		if (*n + 1 >= cap)
			return false;
		buf[(*n)++] = ' ';
	}
	len = token_key(doc, k, buf + *n, cap - *n);
	if (len == (size_t) -1)
		return false;
	*n += len;
	return true;
}

/* Normalised key of tokens [first, end); (size_t) -1 if too long. */
size_t
gt_tokens_key(const gt_doc *doc, uint32_t first, uint32_t end, char *buf,
			  size_t cap)
{
	size_t		n = 0;

	for (uint32_t k = first; k < end; k++)
		if (!append_token_key(doc, k, k == first, buf, cap, &n))
			return (size_t) -1;
	return n;
}

/*
 * Prepare a document for the recognisers, once: every token's normalised
 * key (they look most words up several times; without it gt_tokens_key
 * normalises on every call) and its closed word classes.
 */
gt_status
gt_doc_prepare_keys(gt_doc *doc)
{
	size_t		cap = doc->len + 16;
	size_t		used = 0;

	if (doc->key_start)
		return GT_OK;
	if (gt_doc_mark_wordsets(doc) != GT_OK)
		return GT_ENOMEM;
	doc->keys = gt_alloc(doc->env, cap);
	doc->key_start = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(uint32_t));
	doc->key_len = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(uint16_t));
	doc->key_hash = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(uint32_t));
	if (!doc->keys || !doc->key_start || !doc->key_len || !doc->key_hash)
		return GT_ENOMEM;
	for (size_t k = 0; k < doc->ntokens; k++)
	{
		const gt_token *t = &doc->tokens[k];
		size_t		len;

		gt_tick(doc->env, k + 1);
		/* room for the longest key (keys above GT_KEY_MAX are not stored) */
		if (used + GT_KEY_MAX > cap)
		{
			char	   *grown = gt_grow(doc->env, doc->keys, &cap, 1, used + GT_KEY_MAX);

			if (!grown)
				return GT_ENOMEM;
			doc->keys = grown;
		}
		len = gt_normalize_key(doc->text + t->span.byte_start,
							   t->span.byte_end - t->span.byte_start,
							   doc->keys + used, GT_KEY_MAX);
		doc->key_start[k] = (uint32_t) used;
		doc->key_len[k] = (uint16_t) (len == (size_t) -1 ? GT_KEY_TOO_LONG : len);
		doc->key_hash[k] = len == (size_t) -1 ? 0 : gt_hash(doc->keys + used, len);
		if (len != (size_t) -1)
			used += len;
	}
	return GT_OK;
}

/* Is an entry a user row that hides built-in entries (suppress)? */
static bool
is_suppress(const gt_lex_entry *e)
{
	return (e->flags & GT_LF_SUPPRESS) != 0;
}

/*
 * All entries for a key: user entity rows replace built-in entity rows of
 * the same key; other built-in facts (common word, first name…) remain. A
 * user lexicon's hide record voids the key's entities in the user lexicons
 * after it (they are older than its rows).
 */
size_t
gt_lex_lookup(const gt_lexicons *lex, const char *key, size_t len,
			  gt_lex_entry *out, size_t max)
{
	return gt_lex_lookup_hashed(lex, key, len, gt_hash(key, len), out, max);
}

/* gt_lex_lookup of a key whose gt_hash the caller has. */
size_t
gt_lex_lookup_hashed(const gt_lexicons *lex, const char *key, size_t len, uint32_t hash,
					 gt_lex_entry *out, size_t max)
{
	size_t		n = 0;
	bool		user_entities = false;
	bool		hidden = false;

	for (size_t li = 0; li < lex->n; li++)
	{
		gt_lex_entry tmp[GT_MAX_ENTRIES];
		size_t		found = gt_lexicon_find_hashed(lex->items[li], key, len, hash, tmp,
												   GT_MAX_ENTRIES);
		bool		is_user = li + 1 < lex->n;
		bool		hides = false;

		if (found > GT_MAX_ENTRIES)
			found = GT_MAX_ENTRIES;
		for (size_t i = 0; i < found && n < max; i++)
		{
			if (tmp[i].type == GT_LEX_HIDE)
			{
				hides = is_user;
				continue;
			}
			if (tmp[i].type == GT_LEX_ENTITY && is_user && hidden)
				continue;
			if (tmp[i].type == GT_LEX_ENTITY && !is_user && user_entities)
				continue;
			if (is_user && tmp[i].type == GT_LEX_ENTITY)
				user_entities = true;
			if (is_suppress(&tmp[i]))
				continue;
			out[n++] = tmp[i];
		}
		hidden |= hides;
	}
	return n;
}

/* Does a set of entries hold one of the given type? */
const gt_lex_entry *
gt_entries_find_type(const gt_lex_entry *e, size_t n, gt_lex_type type)
{
	for (size_t i = 0; i < n; i++)
		if (e[i].type == type)
			return &e[i];
	return NULL;
}

/* Entries of one token (with case fallbacks for ALL-CAPS words). */
size_t
gt_token_entries(const gt_doc *doc, const gt_lexicons *lex, uint32_t k,
				 gt_lex_entry *out, size_t max)
{
	char		buf[GT_KEY_MAX];
	size_t		len;
	uint32_t	hash;
	const char *key = gt_token_key_hashed(doc, k, &len, &hash);

	if (key)
		return len == 0 ? 0 : gt_lex_lookup_hashed(lex, key, len, hash, out, max);
	len = gt_tokens_key(doc, k, k + 1, buf, sizeof(buf));
	if (len == (size_t) -1 || len == 0)
		return 0;
	return gt_lex_lookup(lex, buf, len, out, max);
}

/*
 * The longest sequence of tokens from k that has entity entries; fills m
 * and returns true if there is one. Token k's own entries go to first.
 */
bool
gt_longest_entity_match(const gt_doc *doc, const gt_lexicons *lex,
						uint32_t k, gt_match *m, gt_lex_entry *first,
						size_t *first_n)
{
	char		buf[GT_KEY_MAX];
	bool		found = false;
	uint32_t	end;
	uint32_t	limit = k + GT_MAX_MATCH_TOKENS;
	size_t		key_len = 0;
	uint32_t	key_hash = 0;
	const char *own_key;		/* token k's prepared key, read in place */
	bool		key_hashed;

	if (limit > doc->ntokens)
		limit = (uint32_t) doc->ntokens;
	if (first_n)
		*first_n = GT_NOT_LOOKED_UP;
	/* most lower-case words start no name: ask the Bloom filters first */
	own_key = gt_token_key_hashed(doc, k, &key_len, &key_hash);
	key_hashed = own_key != NULL;
	if (!(doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
	{
		size_t		len = key_len;
		bool		maybe = false;

		if (!key_hashed)
		{
			len = gt_tokens_key(doc, k, k + 1, buf, sizeof(buf));
			key_hash = len == (size_t) -1 ? 0 : gt_hash(buf, len);
		}
		for (size_t li = 0; li < lex->n && !maybe && len != (size_t) -1; li++)
			maybe = gt_lexicon_may_start_entity_hashed(lex->items[li], key_hash);
		if (!maybe)
			return false;
	}
	for (end = k + 1; end <= limit; end++)
	{
		size_t		len;
		const char *key = buf;
		gt_lex_entry e[GT_MAX_ENTRIES];
		size_t		n;

		if (end > k + 1 && doc->tokens[end - 1].sentence != doc->tokens[k].sentence)
			break;
		/* token k alone: its key as prepared (not copied), hashed once for the document */
		if (end == k + 1 && key_hashed)
		{
			key = own_key;
			len = key_len;
			n = gt_lex_lookup_hashed(lex, key, len, key_hash, e, GT_MAX_ENTRIES);
		}
		else
		{
			len = gt_tokens_key(doc, k, end, buf, sizeof(buf));
			if (len == (size_t) -1)
				break;
			n = gt_lex_lookup(lex, buf, len, e, GT_MAX_ENTRIES);
		}
		if (end == k + 1 && first)
		{
			*first_n = n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES;
			memcpy(first, e, *first_n * sizeof(gt_lex_entry));
		}
		if (gt_entries_find_type(e, n, GT_LEX_ENTITY))
		{
			m->first = k;
			m->end = end;
			m->n = n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES;
			memcpy(m->entries, e, m->n * sizeof(gt_lex_entry));
			found = true;
		}
		/* a single ALL-CAPS word may be a headline form: MÜNCHEN */
		if (!found && end == k + 1 && (doc->tokens[k].flags & GT_TF_ALL_UPPER) &&
			len > HEADLINE_MIN_BYTES)
		{
			char		tc[GT_KEY_MAX];
			size_t		tlen;

			memcpy(tc, key, len);
			tlen = gt_titlecase_key(tc, len, sizeof(tc));
			n = gt_lex_lookup(lex, tc, tlen, e, GT_MAX_ENTRIES);
			if (gt_entries_find_type(e, n, GT_LEX_ENTITY))
			{
				m->first = k;
				m->end = end;
				m->n = n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES;
				memcpy(m->entries, e, m->n * sizeof(gt_lex_entry));
				return true;
			}
		}
		/* go on only if a longer key may follow at the next white space */
		if (end < limit && (doc->tokens[end].flags & GT_TF_SPACE_BEFORE) &&
			!gt_entries_find_type(e, n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES,
								  GT_LEX_PREFIX))
			break;
	}
	return found;
}

/* Does the key of a capitalised token end in -e, as a weak adjective's does (Weiße, Internationale)? */
static bool
weak_adjective_key(const gt_doc *doc, uint32_t k, const char *key, size_t len)
{
	return gt_tok_cap_word(doc, k) && len > WEAK_ADJECTIVE_MIN_BYTES && key[len - 1] == 'e';
}

/*
 * The longest lexicon name from token k whose first `adjectives` tokens
 * take the ending (Internationales Olympisches Komitee for "Internationale
 * Olympische Komitee" with two); fills m and returns true if there is one.
 */
static bool
weak_match_with(const gt_doc *doc, const gt_lexicons *lex, uint32_t k, uint32_t adjectives, char ending,
				uint32_t limit, gt_match *m)
{
	char		buf[GT_KEY_MAX];
	size_t		n = 0;
	bool		found = false;

	for (uint32_t j = k; j < limit; j++)
	{
		gt_lex_entry e[GT_MAX_ENTRIES];
		size_t		found_n;

		if ((j > k && !gt_tok_same_sentence(doc, k, j)) ||
			!append_token_key(doc, j, j == k, buf, sizeof(buf), &n))
			break;
		if (j < k + adjectives)
		{
			if (n + 1 >= sizeof(buf))
				break;
			buf[n++] = ending;
			continue;
		}
		found_n = gt_lex_lookup(lex, buf, n, e, GT_MAX_ENTRIES);
		if (found_n > GT_MAX_ENTRIES)
			found_n = GT_MAX_ENTRIES;
		if (gt_entries_find_type(e, found_n, GT_LEX_ENTITY))
		{
			m->first = k;
			m->end = j + 1;
			m->n = found_n;
			memcpy(m->entries, e, found_n * sizeof(gt_lex_entry));
			found = true;
		}
		/* go on only while a longer name may start with these words */
		if (!gt_entries_find_type(e, found_n, GT_LEX_PREFIX))
			break;
	}
	return found;
}

/*
 * May a lexicon name start at token k with its weak adjective given the
 * ending: the token ends in -e, a capitalised word follows, and some
 * lexicon's entity filter lets the strong form through (most nouns after
 * an article end in -e too: die Woche)?
 */
static bool
may_start_weak_name(const gt_doc *doc, const gt_lexicons *lex, uint32_t k, char ending)
{
	char		key[GT_KEY_MAX];
	size_t		len;

	if (k + 1 >= doc->ntokens || !gt_tok_cap_word(doc, k + 1) || !gt_tok_same_sentence(doc, k, k + 1))
		return false;
	len = token_key(doc, k, key, sizeof(key));
	if (len == (size_t) -1 || len + 1 >= sizeof(key) || !weak_adjective_key(doc, k, key, len))
		return false;
	key[len++] = ending;
	for (size_t li = 0; li < lex->n; li++)
		if (gt_lexicon_may_start_entity(lex->items[li], key, len))
			return true;
	return false;
}

/* The longest lexicon name from token k written with weak adjectives (lexicon.h); the most adjectives first. */
bool
gt_weak_entity_match(const gt_doc *doc, const gt_lexicons *lex, uint32_t k, char ending, gt_match *m)
{
	uint32_t	limit = k + GT_MAX_MATCH_TOKENS;
	uint32_t	run = 0;

	if (limit > doc->ntokens)
		limit = (uint32_t) doc->ntokens;
	if (!may_start_weak_name(doc, lex, k, ending))
		return false;
	/* the capitalised words ending in -e from k on: the name's adjectives are some of them, its noun follows */
	while (k + run < limit && (run == 0 || gt_tok_same_sentence(doc, k, k + run)))
	{
		char		key[GT_KEY_MAX];
		size_t		len = token_key(doc, k + run, key, sizeof(key));

		if (len == (size_t) -1 || !weak_adjective_key(doc, k + run, key, len))
			break;
		run++;
	}
	for (uint32_t adjectives = run; adjectives > 0; adjectives--)
		if (weak_match_with(doc, lex, k, adjectives, ending, limit, m))
			return true;
	return false;
}

/* Does any lexicon of the list hold an entry of the type for this key? */
bool
gt_lexicons_have(const gt_lexicons *lex, const char *key, size_t len,
				 gt_lex_type type)
{
	for (size_t li = 0; li < lex->n; li++)
		if (gt_lexicon_has(lex->items[li], key, len, type))
			return true;
	return false;
}
