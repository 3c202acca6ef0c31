/*
 * entity_docwords.c — what the whole document says about a word, for the
 * tagger: is it part of a name the lexicon or a rule found elsewhere in the
 * document (and of which kinds: "StarCapital AG" … "von StarCapital"), and
 * is it written in lower case elsewhere (an ordinary word that a sentence
 * start capitalised)? A table of word hashes over the document, built once.
 */
#include "entities/entities_internal.h"

#include <string.h>

/* One word of the document's table: its lower-case hash and what is known of it. */
typedef struct doc_word
{
	uint32_t	hash;			/* 0: an empty slot */
	uint16_t	in_names;		/* how many tokens of lexicon or rule names it is */
	uint8_t		kinds;			/* bit 1 << gt_kind of each such name */
	uint8_t		lower;			/* written in lower case somewhere */
} doc_word;

/* The document's word table: open addressing, a power of two slots. */
typedef struct doc_words
{
	doc_word   *slots;
	size_t		mask;
} doc_words;

/* The slot of a hash (found or empty); the table never fills (twice the tokens). */
static doc_word *
slot_of(doc_words *t, uint32_t hash)
{
	size_t		i = hash & t->mask;

	while (t->slots[i].hash != 0 && t->slots[i].hash != hash)
		i = (i + 1) & t->mask;
	t->slots[i].hash = hash;
	return &t->slots[i];
}

/* The lower-case hash of token k's text (never 0), or 0 if it is too long to look at. */
static uint32_t
lower_hash(const gt_doc *doc, uint32_t k)
{
	size_t		len;
	const char *s = gt_tok_text(doc, k, &len);
	char		low[GT_KEY_MAX];
	size_t		n = gt_lower_all(s, len, low, sizeof(low));

	return n == (size_t) -1 ? 0 : gt_hash(low, n) | 1u;
}

/* Is the mention one the table learns from: a name of a kind, a whole token or more? */
static bool
counts_as_name(const gt_doc *doc, const gt_mention *m)
{
	return m->kind != GT_KIND_NONE && m->form == GT_FORM_NAME &&
		m->span.byte_start == doc->tokens[m->first_token].span.byte_start &&
		m->span.byte_end == doc->tokens[m->end_token - 1].span.byte_end;
}

/* Fill the table: the lower-case words, then every capitalised word of a name. */
static void
fill_table(gt_recognizer *r, doc_words *t, uint32_t *hashes)
{
	const gt_doc *doc = r->doc;

	for (uint32_t k = 0; k < doc->ntokens; k++)
	{
		/* a token whose word form came earlier has that token's bytes: its hash too */
		hashes[k] = doc->tokens[k].kind != GT_TOK_WORD ? 0 :
			r->form[k] < k ? hashes[r->form[k]] : lower_hash(doc, k);
		gt_tick(r->env, k + 1);
		if (hashes[k] && !(doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
			slot_of(t, hashes[k])->lower = 1;
	}
	for (size_t i = 0; i < r->nmentions; i++)
	{
		const gt_mention *m = &r->mentions[i];

		if (!counts_as_name(doc, m))
			continue;
		for (uint32_t k = m->first_token; k < m->end_token; k++)
			if (hashes[k] && (doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
			{
				doc_word   *w = slot_of(t, hashes[k]);

				if (w->in_names < UINT16_MAX)
					w->in_names++;
				w->kinds |= (uint8_t) (1u << m->kind);
			}
	}
}

/*
 * Add what the document says of each candidate word to its hints: the kinds
 * of the names it is part of elsewhere (doc_kinds) and whether it is written
 * in lower case elsewhere (GT_HINT_LOWER_ELSEWHERE). False on ENOMEM.
 */
bool
gt_doc_word_hints(gt_recognizer *r, gt_ner_hints *h)
{
	const gt_doc *doc = r->doc;
	size_t		nslots = 16;
	doc_words	t;
	uint32_t   *hashes;

	while (nslots < 2 * (doc->ntokens + 1))
		nslots *= 2;
	t.slots = gt_alloc(r->env, nslots * sizeof(doc_word));
	t.mask = nslots - 1;
	hashes = gt_alloc(r->env, (doc->ntokens + 1) * sizeof(uint32_t));
	if (!t.slots || !hashes)
	{
		gt_free(r->env, t.slots);
		gt_free(r->env, hashes);
		return false;
	}
	gt_zero(r->env, t.slots, nslots * sizeof(doc_word));
	fill_table(r, &t, hashes);
	for (uint32_t k = 0; k < doc->ntokens; k++)
	{
		doc_word   *w;
		int32_t		mi = r->owner[k];
		uint32_t	self;

		if (!h[k].candidate || !hashes[k] || !(doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
			continue;
		w = slot_of(&t, hashes[k]);
		if (w->lower)
			h[k].words |= GT_HINT_LOWER_ELSEWHERE;
		/* the name this token is part of does not count: elsewhere only */
		self = mi >= 0 && counts_as_name(doc, &r->mentions[mi]) ? 1 : 0;
		if (w->in_names > self)
			h[k].doc_kinds = w->kinds;
	}
	gt_free(r->env, t.slots);
	gt_free(r->env, hashes);
	return true;
}
