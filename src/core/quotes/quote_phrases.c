/*
 * quote_phrases.c — a phrase in quotation marks inside attributed speech is
 * the speaker's own wording: "Claudia Mo urteilte, dass Hongkong in einen
 * „Bunker“ verwandelt würde" quotes Mo's word, not a title. The pairs of
 * marks are classified before the clauses around them are found, so such a
 * phrase is first emitted as a term and noted here; once the document's
 * clauses are known, a noted term inside a quote with a speaker becomes a
 * partial quote of that speaker, with its cue. Terms by their context (a
 * title noun before them, a scare word, an abbreviation after them) are
 * never noted: they stay titles whatever surrounds them.
 */
#include "quotes/quotes_internal.h"

#include <string.h>

/* Note the quote just emitted as a phrase term (tokens [first, end)): speech around it may claim it. */
void
qt_note_phrase_term(qt_ctx *cx, const gt_quote *q, uint32_t first, uint32_t end)
{
	uint32_t   *grown;

	if (!q || cx->status != GT_OK)
		return;
	grown = gt_grow(cx->env, cx->phrase_terms, &cx->phrase_cap, 3 * sizeof(uint32_t),
					cx->nphrase_terms + 1);
	if (!grown)
	{
		cx->status = GT_ENOMEM;
		return;
	}
	cx->phrase_terms = grown;
	cx->phrase_terms[3 * cx->nphrase_terms] = (uint32_t) (q - cx->out->items);
	cx->phrase_terms[3 * cx->nphrase_terms + 1] = first;
	cx->phrase_terms[3 * cx->nphrase_terms + 2] = end;
	cx->nphrase_terms++;
}

/* Does quote outer cover the characters of quote inner (and more)? */
static bool
covers(const gt_quote *outer, const gt_quote *inner)
{
	return outer->span.char_start <= inner->span.char_start &&
		inner->span.char_end <= outer->span.char_end &&
		outer->span.char_end - outer->span.char_start > inner->span.char_end - inner->span.char_start;
}

/*
 * Was the quote's speaker found in its own sentence (a subject, an
 * apposition, a named source, a pronoun or role resolved)? A speaker carried
 * over from earlier speech or guessed from a window is too weak to hand on:
 * a wrong one would then be wrong twice.
 */
static bool
own_speaker(const gt_quote *q)
{
	return q->speaker_evidence != GT_SPK_CHAIN && q->speaker_evidence != GT_SPK_WINDOW &&
		q->speaker_evidence != GT_SPK_PREVIOUS_SUBJECT;
}

/* The quote with a speaker of its own sentence (not a term) that covers quote i, or NULL. */
static const gt_quote *
speech_around(qt_ctx *cx, size_t i)
{
	const gt_quotes *out = cx->out;

	for (size_t j = 0; j < out->n; j++)
	{
		const gt_quote *o = &out->items[j];

		gt_tick(cx->env, ++cx->ticks);
		if (j != i && o->kind != GT_QUOTE_TERM && o->has_speaker && covers(o, &out->items[i]))
			return own_speaker(o) ? o : NULL;
	}
	return NULL;
}

/*
 * May the words [first, end) be a speaker's wording rather than a name? Not
 * when they hold a name the recogniser found (die „Financial Times“), a
 * number or an abbreviation („Hvalur 9“, „IG Bau“), or are several words
 * all capitalised, as names are (German wording has its articles and
 * adjectives in lower case: „Totengräber der Demokratie“).
 */
static bool
wording_like(const qt_ctx *cx, uint32_t first, uint32_t end)
{
	const gt_doc *doc = cx->doc;
	uint32_t	words = 0;
	bool		lower = false;

	for (uint32_t k = first; k < end; k++)
	{
		const gt_token *t = &doc->tokens[k];

		if (cx->mention_at[k] >= 0 || t->kind == GT_TOK_NUMBER ||
			(t->flags & (GT_TF_ALL_UPPER | GT_TF_HAS_DIGIT)))
			return false;
		if (t->kind != GT_TOK_WORD)
			continue;
		words++;
		if (!(t->flags & GT_TF_UPPER_INITIAL))
			lower = true;
	}
	return words == 1 || lower;
}

/* A phrase term inside a quote with a speaker becomes that speaker's partial quote. */
void
qt_claim_phrase_terms(qt_ctx *cx)
{
	gt_quotes  *out = cx->out;

	for (size_t t = 0; t < cx->nphrase_terms; t++)
	{
		const uint32_t *note = &cx->phrase_terms[3 * t];
		gt_quote   *q = &out->items[note[0]];
		const gt_quote *o = speech_around(cx, note[0]);

		if (!o || !wording_like(cx, note[1], note[2]))
			continue;
		q->kind = GT_QUOTE_PARTIAL;
		q->evidence = GT_EV_QUOTE_IN_SPEECH;
		q->has_speaker = true;
		q->speaker = o->speaker;
		q->speaker_kind = o->speaker_kind;
		q->speaker_entity = o->speaker_entity;
		q->speaker_span = o->speaker_span;
		q->speaker_evidence = o->speaker_evidence;
		q->has_cue = o->has_cue;
		q->cue_span = o->cue_span;
		q->cue_lemma = o->cue_lemma;
		q->confidence = qt_confidence(q->evidence, q->speaker_evidence);
	}
}
