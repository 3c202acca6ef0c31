/*
 * word_forms.c — which tokens of a document are the same word form: for
 * every token, the first token with the very same bytes. News repeat their
 * words (articles, names, the topic's nouns); what the recogniser learns of
 * a word from its text alone (its lexicon facts, its hashed features) is
 * then worked out once per form instead of once per token.
 */
#include "text/text.h"

#include <string.h>

/* Slots of the form table per token, at least: it stays at most half full. */
#define FORM_SLOTS_PER_TOKEN 2
/* An empty slot of the form table. */
#define FORM_SLOT_EMPTY UINT32_MAX

/* The smallest power of two that is at least n (n >= 1). */
static size_t
power_of_two_above(size_t n)
{
	size_t		p = 1;

	while (p < n)
		p <<= 1;
	return p;
}

/* Do tokens a and b hold the same bytes? */
bool
gt_tok_same_bytes(const gt_doc *doc, uint32_t a, uint32_t b)
{
	size_t		la,
				lb;
	const char *sa = gt_tok_text(doc, a, &la);
	const char *sb = gt_tok_text(doc, b, &lb);

	return la == lb && memcmp(sa, sb, la) == 0;
}

/*
 * The hash a token's form is filed under: its lookup key's, when the
 * document has them (gt_doc_prepare_keys hashed every key once; equal
 * bytes make equal keys), else its bytes' (and for a key too long to keep).
 */
uint32_t
gt_tok_form_hash(const gt_doc *doc, uint32_t k)
{
	size_t		len;
	const char *s;

	if (doc->key_hash && doc->key_len[k] != GT_KEY_TOO_LONG)
		return doc->key_hash[k];
	s = gt_tok_text(doc, k, &len);
	return gt_hash(s, len);
}

/*
 * forms[k] = the first token with the same bytes as token k, for every
 * word token (every other token is its own form). forms has room for
 * doc->ntokens entries. GT_ENOMEM if the table cannot be allocated.
 */
gt_status
gt_word_forms(const gt_doc *doc, uint32_t *forms)
{
	size_t		nslots = power_of_two_above(doc->ntokens * FORM_SLOTS_PER_TOKEN + 1);
	uint32_t   *slots = gt_alloc(doc->env, nslots * sizeof(uint32_t));

	if (!slots)
		return GT_ENOMEM;
	memset(slots, 0xFF, nslots * sizeof(uint32_t));
	for (uint32_t k = 0; k < doc->ntokens; k++)
	{
		size_t		i;

		gt_tick(doc->env, k + 1);
		forms[k] = k;
		if (doc->tokens[k].kind != GT_TOK_WORD)
			continue;
		for (i = gt_tok_form_hash(doc, k) & (nslots - 1); slots[i] != FORM_SLOT_EMPTY; i = (i + 1) & (nslots - 1))
			if (gt_tok_same_bytes(doc, slots[i], k))
			{
				forms[k] = slots[i];
				break;
			}
		if (slots[i] == FORM_SLOT_EMPTY)
			slots[i] = k;
	}
	gt_free(doc->env, slots);
	return GT_OK;
}
