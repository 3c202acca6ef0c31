/*
 * chunks.c — noun phrases: a determiner or two, modifiers (adjectives,
 * numbers, an adverb before an adjective), then one or more nouns or names
 * (Bundeskanzler Olaf Scholz), and up to two genitive attributes (der
 * Sprecher des Ministeriums); or a pronoun alone. Each phrase gets its
 * head (the last noun of its core), its case and number (from the head's
 * morphology, else its determiner's), and whether a preposition governs it.
 */
#include "syntax/syntax.h"

/* Determiners one phrase may have (alle diese). */
#define MAX_DETERMINERS 2
/* Modifiers before the nouns (die drei neuen großen …). */
#define MAX_MODIFIERS 4
/* Nouns and name words of one core (Bundeskanzler Olaf Scholz, US-Präsident George W. Bush). */
#define MAX_NOUNS 6
/* Genitive attributes after the core (der Sprecher des Ministeriums des Landes). */
#define MAX_ATTRIBUTES 2

/* Is the tag a determiner of a phrase? */
static bool
determiner_tag(uint8_t tag)
{
	return tag == GT_POS_ART || tag == GT_POS_PAT || tag == GT_POS_PPOSAT;
}

/* Is the tag a noun or name of a phrase's core? */
static bool
noun_tag(uint8_t tag)
{
	return tag == GT_POS_NN || tag == GT_POS_NE || tag == GT_POS_FM;
}

/* Is the tag a pronoun that forms a phrase alone? */
static bool
pronoun_tag(uint8_t tag)
{
	return tag == GT_POS_PPER || tag == GT_POS_PS || tag == GT_POS_PREL || tag == GT_POS_PW;
}

/* Is token k part of a name the caller marked? */
static bool
in_name(const gt_syntax *syn, uint32_t k)
{
	return syn->names && syn->names[k];
}

/* One past the core of a phrase from k (determiners, modifiers, nouns); k when none. */
static uint32_t
core_end(const gt_syntax *syn, uint32_t k, uint32_t end, uint32_t *head, bool *determined)
{
	const uint8_t *t = syn->tags;
	uint32_t	j = k;
	int			nouns = 0;

	*determined = false;
	for (int d = 0; d < MAX_DETERMINERS && j < end && determiner_tag(t[j]); d++, j++)
		*determined = true;
	for (int m = 0; m < MAX_MODIFIERS && j < end; m++)
	{
		if (t[j] == GT_POS_ADJA || t[j] == GT_POS_CARD)
			j++;
		else if ((t[j] == GT_POS_ADV || t[j] == GT_POS_ADJD) && j + 1 < end &&
				 (t[j + 1] == GT_POS_ADJA || t[j + 1] == GT_POS_CARD))
			j++;
		else if (t[j] == GT_POS_TRUNC && j + 1 < end && t[j + 1] == GT_POS_KON)
			j += 2;				/* Kinder- und Jugendärzte */
		else
			break;
	}
	while (j < end && nouns < MAX_NOUNS && (noun_tag(t[j]) || (in_name(syn, j) && j > k &&
																 in_name(syn, j - 1))))
	{
		*head = j++;
		nouns++;
	}
	return nouns ? j : k;
}

/*
 * The case of a phrase: the case most of its core's words are read in
 * (the tagger reads each word on its own, so "der englischsprachigen
 * Zeitung" may get a nominative article before two dative words), unknown
 * on a tie ("die Bauern": a nominative article, an accusative noun).
 */
static uint8_t
phrase_case(const gt_syntax *syn, uint32_t first, uint32_t end)
{
	int			votes[GT_CASE_GEN + 1] = {0};
	int			best = GT_CASE_NONE;
	bool		tie = false;

	for (uint32_t k = first; k < end; k++)
	{
		gt_case		c = gt_morph_case(syn->morph[k]);

		if (c != GT_CASE_NONE)
			votes[c]++;
	}
	for (int c = GT_CASE_NOM; c <= GT_CASE_GEN; c++)
	{
		if (votes[c] == 0)
			continue;
		if (best == GT_CASE_NONE || votes[c] > votes[best])
		{
			best = c;
			tie = false;
		}
		else if (votes[c] == votes[best])
			tie = true;
	}
	return tie ? GT_CASE_NONE : (uint8_t) best;
}

/* Append a chunk and point its tokens at it; false on ENOMEM. */
static bool
add_chunk(gt_syntax *syn, const gt_chunk *ch)
{
	if (syn->nchunks == syn->chunk_cap &&
		!(syn->chunks = gt_grow(syn->env, syn->chunks, &syn->chunk_cap, sizeof(gt_chunk),
								syn->nchunks + 1)))
	{
		syn->status = GT_ENOMEM;
		return false;
	}
	syn->chunks[syn->nchunks] = *ch;
	for (uint32_t k = ch->first; k < ch->end; k++)
		syn->chunk_at[k] = (int32_t) syn->nchunks;
	syn->nchunks++;
	return true;
}

/* The chunk of a phrase from k whose core ends at e with head h. */
static uint32_t
build_chunk(gt_syntax *syn, uint32_t k, uint32_t e, uint32_t h, bool determined,
			uint32_t first, uint32_t end, gt_chunk *ch)
{
	const gt_doc *doc = syn->doc;
	const uint8_t *t = syn->tags;
	uint32_t	j = e;

	ch->first = k;
	ch->head = h;
	ch->core_end = e;
	ch->prep = GT_SYN_NONE;
	ch->flags = 0;
	ch->gcase = phrase_case(syn, k, e);
	if (determined)
	{
		ch->flags |= GT_CH_DETERMINED;
		if (gt_tok_in(doc, k, GT_WS_DEFINITE_ARTICLE) || gt_tok_in(doc, k, GT_WS_DEMONSTRATIVE))
			ch->flags |= GT_CH_DEFINITE;
	}
	if (t[h] == GT_POS_NE || in_name(syn, h))
		ch->flags |= GT_CH_NAME;
	/* a bare name shows neither case nor number: the tagger's guess for it is no evidence */
	if ((ch->flags & GT_CH_NAME) && !determined)
		ch->gcase = GT_CASE_NONE;
	else if (gt_morph_plural(syn->morph[h]))
		ch->flags |= GT_CH_PLURAL;
	/* genitive attributes: des Ministeriums, der Vereinten Nationen */
	for (int a = 0; a < MAX_ATTRIBUTES && j < end && determiner_tag(t[j]) &&
		 gt_morph_case(syn->morph[j]) == GT_CASE_GEN; a++)
	{
		uint32_t	ah;
		bool		ad;
		uint32_t	ae = core_end(syn, j, end, &ah, &ad);

		if (ae == j)
			break;
		j = ae;
	}
	ch->end = j;
	if (k > first && (t[k - 1] == GT_POS_APPR || t[k - 1] == GT_POS_APPRART))
	{
		ch->prep = k - 1;
		ch->flags |= GT_CH_OBLIQUE;
	}
	if (j < end && t[j] == GT_POS_APPO)
		ch->flags |= GT_CH_OBLIQUE;
	/*
	 * "in seiner Funktion als KP-Chef", "Als Chef der Partei sagte er": a
	 * phrase after als at the sentence's start or after a phrase governed
	 * by a preposition is what someone is, never the subject (but "mehr
	 * als 100 Menschen", "Politiker wie Ökonomen warnen" may be one)
	 */
	if (k > first && t[k - 1] == GT_POS_KOKOM &&
		(k - 1 == first || (syn->chunk_at[k - 2] >= 0 &&
							(syn->chunks[syn->chunk_at[k - 2]].flags & GT_CH_OBLIQUE))))
		ch->flags |= GT_CH_OBLIQUE;
	return j;
}

/* Group the tokens of [first, end) into noun phrases. */
void
gt_chunk_sentence(gt_syntax *syn, uint32_t first, uint32_t end)
{
	const uint8_t *t = syn->tags;
	uint32_t	k = first;

	while (k < end && syn->status == GT_OK)
	{
		gt_chunk	ch;
		uint32_t	h = k,
					e;
		bool		determined;

		gt_tick(syn->env, ++syn->ticks);
		if (pronoun_tag(t[k]))
		{
			ch.first = k;
			ch.end = ch.core_end = k + 1;
			ch.head = k;
			ch.prep = k > first && (t[k - 1] == GT_POS_APPR || t[k - 1] == GT_POS_APPRART) ? k - 1 :
				GT_SYN_NONE;
			ch.flags = GT_CH_PRONOUN | (ch.prep != GT_SYN_NONE ? GT_CH_OBLIQUE : 0) |
				(gt_morph_plural(syn->morph[k]) ? GT_CH_PLURAL : 0);
			ch.gcase = (uint8_t) gt_morph_case(syn->morph[k]);
			add_chunk(syn, &ch);
			k++;
			continue;
		}
		e = core_end(syn, k, end, &h, &determined);
		if (e == k)
		{
			k++;
			continue;
		}
		k = build_chunk(syn, k, e, h, determined, first, end, &ch);
		add_chunk(syn, &ch);
	}
}

/* May the chunk be a subject (nominative or of unknown case, not governed)? */
bool
gt_chunk_may_be_subject(const gt_syntax *syn, const gt_chunk *ch)
{
	if (ch->flags & GT_CH_OBLIQUE)
		return false;
	if (gt_tok_in(syn->doc, ch->first, GT_WS_OBLIQUE_DETERMINER))
		return false;
	return ch->gcase == GT_CASE_NOM || ch->gcase == GT_CASE_NONE;
}
