/*
 * lexwords.c — word questions the built-in lexicon answers for a token of
 * a document, for callers that keep no cache of their own (the quote
 * finder; the entity recogniser caches its facts in entity_words.c): a
 * function word, and what the tails of a compound are.
 */
#include "lexicon/lexicon.h"

#include <string.h>

/* Longest tail of a word that the tail scan looks at, in bytes. */
#define SUFFIX_WINDOW 24
/* Bytes before a compound tail that is a role noun (EU-Kommissar: at least "EU"). */
#define ROLE_TAIL_MIN_PREFIX 2
/* Bytes before a tail that is an ordinary noun or an org introducer (at least a short stem). */
#define NOUN_TAIL_MIN_PREFIX 3
/* The shortest tail looked up, in bytes. */
#define TAIL_MIN_BYTES 3


/* Is token k a function word of the built-in lexicon (as written, or lower-cased)? */
bool
gt_token_is_function_word(const gt_doc *doc, uint32_t k)
{
	char		buf[GT_KEY_MAX];
	size_t		len = gt_tokens_key(doc, k, k + 1, buf, sizeof(buf));
	const gt_lexicon *b = gt_lexicon_builtin();

	if (len == (size_t) -1 || len == 0)
		return false;
	if (gt_lexicon_has(b, buf, len, GT_LEX_FUNCTION_WORD))
		return true;
	return gt_lower_initial(buf, &len, sizeof(buf)) &&
		gt_lexicon_has(b, buf, len, GT_LEX_FUNCTION_WORD);
}

/*
 * The backward hashes of the tails of a plain word from byte `start` on:
 * back[j] is gt_hash_backward of w[start + j .. len), back[len - start]
 * that of the empty tail. One pass from the word's end.
 */
static void
tail_hashes(const char *w, size_t len, size_t start, uint32_t *back)
{
	uint32_t	h = GT_HASH_START;

	back[len - start] = h;
	for (size_t i = len; i > start; i--)
	{
		h = gt_hash_step(h, (uint8_t) w[i - 1]);
		back[i - 1 - start] = h;
	}
}

/*
 * The capitalised key of the tail of w from byte i into key (a plain word:
 * the tail as it is; else normalised), its length, or 0 when it has none.
 */
static size_t
tail_key(const char *w, size_t len, size_t i, bool plain, char *key, size_t cap)
{
	size_t		klen;

	if (plain)
	{
		klen = len - i;
		if (klen > cap)
			return 0;
		memcpy(key, w + i, klen);
	}
	else
		klen = gt_normalize_key(w + i, len - i, key, cap);
	if (klen == (size_t) -1 || klen == 0)
		return 0;
	gt_upper_initial(key, &klen, cap);
	return klen;
}

/*
 * The tails of a word, capitalised, as built-in facts (which a user
 * gazetteer never adds; entity_words.c caches them per token): a role noun after at least 2 bytes, an
 * ordinary noun or an organisation introducer after at least 3. The first
 * hit of each, the longest tail, counts. A Bloom filter of capitalised
 * nouns answers most tails without a table lookup; for a plain word whose
 * tail starts with an ASCII letter its hash comes from the tail hashes of
 * one pass (the capital is one byte in place of one), and the key is only
 * written for a tail the filter lets through.
 */
gt_tail_hits
gt_word_tails(const char *w, size_t len)
{
	gt_tail_hits hits = {false, 0, false, false, 0};
	size_t		start = len > SUFFIX_WINDOW ? len - SUFFIX_WINDOW : ROLE_TAIL_MIN_PREFIX;
	bool		plain = gt_key_is_plain(w, len);	/* then every tail is its own key */
	uint32_t	back[SUFFIX_WINDOW + 1];

	if (start < ROLE_TAIL_MIN_PREFIX)
		start = ROLE_TAIL_MIN_PREFIX;
	if (plain && start < len)
		tail_hashes(w, len, start, back);
	for (size_t i = start; i + TAIL_MIN_BYTES <= len; i++)
	{
		char		key[GT_KEY_MAX];
		size_t		klen = 0;
		uint32_t	hash;
		gt_lex_entry e[GT_MAX_ENTRIES];
		size_t		n;
		unsigned char first = (unsigned char) w[i];

		if ((first & 0xC0) == 0x80 || first == '-')
			continue;
		if (plain && first < 0x80)
		{
			uint8_t		capital = first >= 'a' && first <= 'z' ? (uint8_t) (first - ('a' - 'A')) : first;

			hash = gt_hash_step(back[i + 1 - start], capital);
		}
		else
		{
			klen = tail_key(w, len, i, plain, key, sizeof(key));
			if (klen == 0)
				continue;
			hash = gt_hash_backward(key, klen);
		}
		if (!gt_lexicon_may_be_noun(gt_lexicon_builtin(), hash))
			continue;
		if (klen == 0 && (klen = tail_key(w, len, i, plain, key, sizeof(key))) == 0)
			continue;
		n = gt_lexicon_find(gt_lexicon_builtin(), key, klen, e, GT_MAX_ENTRIES);
		for (size_t j = 0; j < n && j < GT_MAX_ENTRIES; j++)
		{
			if (e[j].type == GT_LEX_ROLE && !hits.role)
			{
				hits.role = true;
				hits.role_gender = e[j].gender;
			}
			else if (i >= NOUN_TAIL_MIN_PREFIX && e[j].type == GT_LEX_COMMON_WORD)
				hits.noun = true;
			else if (i >= NOUN_TAIL_MIN_PREFIX && e[j].type == GT_LEX_ORG_PATTERN &&
					 e[j].sub == GT_ORG_BEFORE)
				hits.org_before = true;
		}
		if (!hits.head && (hits.role || hits.noun || hits.org_before))
			hits.head = i;
		if (hits.role && hits.noun && hits.org_before)
			break;
	}
	return hits;
}
