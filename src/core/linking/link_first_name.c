/*
 * link_first_name.c — names before words: a known first name followed by a
 * capitalised word makes a person even when that word is a place, a
 * country, a party word or an ordinary word ("Tilo Berlin", "Oskar Deutsch",
 * "Thomas Linke", "Karl Schnell"): the place's mention gives way to the
 * person (evidence link:first-name). Only two words, the second the last
 * capitalised one: longer names are the rules' and the tagger's. The surname
 * alone is then that person throughout the document ("Berlin sagte"),
 * unless a place preposition makes it the place ("in Berlin").
 */
#include "linking/linking.h"

#include <string.h>

/*
 * Is mention m one capitalised word that is a place, a country or a party
 * named by an ordinary word (Berlin, Deutsch, Linke), as the built-in
 * lexicon has it (the user's names stay)?
 */
static bool
is_place_word(const gt_recognizer *r, const gt_mention *m)
{
	return (m->kind == GT_KIND_PLACE || m->kind == GT_KIND_COUNTRY || m->sense == GT_SENSE_PARTY_WORD) &&
		m->form == GT_FORM_NAME && m->end_token == m->first_token + 1 &&
		m->evidence != GT_EV_USER_PLACE && m->evidence != GT_EV_USER_COUNTRY &&
		(r->doc->tokens[m->first_token].flags & GT_TF_UPPER_INITIAL);
}

/* Is token k a first name no mention holds, in the sentence of token k + 1? */
static bool
free_first_name(gt_recognizer *r, uint32_t k)
{
	return r->owner[k] < 0 && r->doc->tokens[k].sentence == r->doc->tokens[k + 1].sentence &&
		gt_is_first_name(r, k, NULL) && !gt_is_function_word(r, k);
}

/* Make the first name at k and the word after it (the place mention mi, or -1: no mention) one person. */
static void
make_person(gt_recognizer *r, uint32_t k, int32_t mi)
{
	gt_span		span = gt_tokens_span(r->doc, k, k + 2);
	const char *canonical = gt_span_name(r, span);
	gt_mention *m;
	uint8_t		gender = GT_GENDER_UNKNOWN;

	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return;
	}
	gt_is_first_name(r, k, &gender);
	if (mi >= 0)
		gt_drop_mention(r, mi);
	m = gt_add_mention(r, k, k + 2, span, GT_KIND_PERSON, GT_FORM_NAME, canonical, "",
					   GT_EV_LINK_FIRST_NAME);
	if (!m)
		return;
	m->gender = gender;
	m->confidence = GT_CONFIDENCE_UNSET;
	gt_claim(r, k, k + 2, (int32_t) (r->nmentions - 1));
}

/* A person's surname in the table of surnames that are also place words. */
typedef struct surname_slot
{
	const char *word;			/* NULL: an empty slot */
	size_t		len;
	uint32_t	hash;
	int32_t		person;
} surname_slot;

/* The slot of a word (found or empty); the table has room for every mention twice. */
static surname_slot *
surname_slot_of(surname_slot *t, size_t mask, const char *w, size_t len)
{
	uint32_t	h = gt_hash(w, len);
	size_t		i = h & mask;

	while (t[i].word && (t[i].hash != h || t[i].len != len || memcmp(t[i].word, w, len) != 0))
		i = (i + 1) & mask;
	t[i].hash = h;
	return &t[i];
}

/* Is mention p a person of at least two words whose first is a first name (Tilo Berlin)? */
static bool
is_first_name_person(gt_recognizer *r, const gt_mention *p)
{
	return p->kind == GT_KIND_PERSON && p->form == GT_FORM_NAME &&
		p->end_token >= p->first_token + 2 && gt_is_first_name(r, p->first_token, NULL);
}

/*
 * The surname alone, outside a place phrase, is the person found with it:
 * every one-token place word whose word is the last of such a person.
 */
static void
relink_surnames(gt_recognizer *r)
{
	size_t		nslots = 16;
	surname_slot *t;

	while (nslots < 2 * (r->nmentions + 1))
		nslots *= 2;
	t = gt_alloc(r->env, nslots * sizeof(surname_slot));
	if (!t)
	{
		r->status = GT_ENOMEM;
		return;
	}
	memset(t, 0, nslots * sizeof(surname_slot));
	for (size_t i = 0; i < r->nmentions; i++)
	{
		const gt_mention *p = &r->mentions[i];
		size_t		len;
		const char *w;
		surname_slot *slot;

		gt_tick(r->env, i + 1);
		if (!is_first_name_person(r, p))
			continue;
		w = gt_tok_text(r->doc, p->end_token - 1, &len);
		slot = surname_slot_of(t, nslots - 1, w, len);
		if (!slot->word)
		{
			slot->word = w;
			slot->len = len;
			slot->person = (int32_t) i;
		}
	}
	for (size_t i = 0; i < r->nmentions; i++)
	{
		gt_mention *m = &r->mentions[i];
		uint32_t	k = m->first_token;
		size_t		len;
		const char *w;
		surname_slot *slot;

		if (m->kind == GT_KIND_NONE || !is_place_word(r, m) ||
			(k > 0 && r->doc->tokens[k - 1].sentence == m->sentence &&
			 (gt_tok_in(r->doc, k - 1, GT_WS_PLACE_PREPOSITION) ||
			  gt_tok_in(r->doc, k - 1, GT_WS_PLACE_CONTEXT))))
			continue;
		gt_tick(r->env, i + 1);
		w = gt_tok_text(r->doc, k, &len);
		slot = surname_slot_of(t, nslots - 1, w, len);
		if (!slot->word)
			continue;
		m->kind = GT_KIND_PERSON;
		m->canonical = r->mentions[slot->person].canonical;
		m->gender = r->mentions[slot->person].gender;
		memset(m->country, 0, sizeof(m->country));
		m->evidence = GT_EV_COREF_SURNAME;
	}
	gt_free(r->env, t);
}

/* A first name before a place or country makes a person (Tilo Berlin), and so does its surname alone later. */
void
gt_link_first_names(gt_recognizer *r)
{
	size_t		before = r->nmentions;

	for (size_t i = 0; i < before && r->status == GT_OK; i++)
	{
		const gt_mention *m = &r->mentions[i];
		uint32_t	k = m->first_token;

		gt_tick(r->env, i + 1);
		if (m->kind != GT_KIND_NONE && is_place_word(r, m) && k > 0 && free_first_name(r, k - 1))
			make_person(r, k - 1, (int32_t) i);
	}
	/* a first name before an ordinary capitalised word no name holds: "Karl Schnell" */
	for (uint32_t k = 0; k + 1 < r->doc->ntokens && r->status == GT_OK; k++)
	{
		gt_tick(r->env, k + 1);
		if (r->owner[k + 1] < 0 && gt_tok_cap_word(r->doc, k + 1) && !gt_is_function_word(r, k + 1) &&
			!(r->doc->tokens[k + 1].flags & GT_TF_HYPHENATED) && free_first_name(r, k) &&
			(k + 2 >= r->doc->ntokens || !gt_tok_cap_word(r->doc, k + 2) ||
			 r->doc->tokens[k + 2].sentence != r->doc->tokens[k].sentence))
			make_person(r, k, -1);
	}
	if (r->status == GT_OK)
		relink_surnames(r);
}
