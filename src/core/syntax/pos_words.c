/*
 * pos_words.c — the taggers' words of the tokens of a sentence, once per
 * word form of the document: a word token whose bytes an analysed token
 * had before takes that token's words (gt_pos_word_copy) instead of
 * hashing its affixes and looking it up in the lexicon again (two lookups
 * a word, 1,700 instructions). In the sentences the quotes of 300 10kGNAD
 * articles need, 11,428 of 49,381 tokens are such repeats (articles,
 * prepositions, the names and verbs of the story). The words are the same
 * either way.
 */
#include "syntax/syntax.h"

#include <string.h>

/* The first size of the form table (a power of two); it doubles when half full. */
#define FORM_SLOTS_MIN 256
/* An empty slot of the form table. */
#define FORM_SLOT_EMPTY UINT32_MAX

/* Put token k, whose bytes hash to h, into a form table of nslots (a power of two). */
static void
put_form(uint32_t *slots, uint32_t nslots, uint32_t k, uint32_t h)
{
	uint32_t	i;

	for (i = h & (nslots - 1); slots[i] != FORM_SLOT_EMPTY; i = (i + 1) & (nslots - 1))
		;
	slots[i] = k;
}

/* Make room for one more form (double the table when half full); false on ENOMEM. */
static bool
reserve_form(gt_syntax *syn)
{
	uint32_t	nslots = syn->form_nslots ? 2 * syn->form_nslots : FORM_SLOTS_MIN;
	uint32_t   *slots;

	if (2 * (syn->form_used + 1) <= syn->form_nslots)
		return true;
	slots = gt_alloc(syn->env, (size_t) nslots * sizeof(uint32_t));
	if (!slots)
		return false;
	memset(slots, 0xFF, (size_t) nslots * sizeof(uint32_t));
	for (uint32_t i = 0; i < syn->form_nslots; i++)
		if (syn->form_slots[i] != FORM_SLOT_EMPTY)
			put_form(slots, nslots, syn->form_slots[i], gt_tok_form_hash(syn->doc, syn->form_slots[i]));
	gt_free(syn->env, syn->form_slots);
	syn->form_slots = slots;
	syn->form_nslots = nslots;
	return true;
}

/*
 * The earlier analysed token with the bytes of word token k, or k itself
 * when there is none (k is remembered then). Without memory for the table
 * every token is its own: the words are computed, not shared.
 */
static uint32_t
earlier_form(gt_syntax *syn, uint32_t k)
{
	uint32_t	i;

	if (!reserve_form(syn))
		return k;
	for (i = gt_tok_form_hash(syn->doc, k) & (syn->form_nslots - 1); syn->form_slots[i] != FORM_SLOT_EMPTY;
		 i = (i + 1) & (syn->form_nslots - 1))
		if (gt_tok_same_bytes(syn->doc, syn->form_slots[i], k))
			return syn->form_slots[i];
	syn->form_slots[i] = k;
	syn->form_used++;
	return k;
}

/* The taggers' words of tokens [first, end), a sentence being analysed. */
void
gt_syntax_words(gt_syntax *syn, uint32_t first, uint32_t end)
{
	const gt_doc *doc = syn->doc;

	for (uint32_t k = first; k < end; k++)
	{
		uint32_t	src = doc->tokens[k].kind == GT_TOK_WORD ? earlier_form(syn, k) : k;

		gt_tick(syn->env, ++syn->ticks);
		if (src != k)
			gt_pos_word_copy(doc, k, &syn->words[src], &syn->words[k]);
		else
			gt_pos_word_of(doc, syn->lex, k, &syn->words[k]);
	}
}

/* Free the form table. */
void
gt_syntax_words_free(gt_syntax *syn)
{
	gt_free(syn->env, syn->form_slots);
	syn->form_slots = NULL;
	syn->form_nslots = syn->form_used = 0;
}
