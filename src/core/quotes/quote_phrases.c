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
 *
 * The speech around a term is found by a binary search over the speech
 * quotes sorted by start, with the farthest end reached so far: n log n for
 * a document of many quoted phrases, never terms times quotes.
 */
#include "quotes/quotes_internal.h"

#include <stdlib.h>
#include <string.h>

/* Note the quote just emitted as a phrase term (tokens [first, end)): speech around it may claim it. */
void
qt_note_phrase_term(qt_ctx *cx, const gt_quote *q, uint32_t first, uint32_t end)
{
	qt_phrase_term *grown;

	if (!q || cx->status != GT_OK)
		return;
	grown = gt_grow(cx->env, cx->phrase_terms, &cx->phrase_cap, sizeof(qt_phrase_term),
					cx->nphrase_terms + 1);
	if (!grown)
	{
		cx->status = GT_ENOMEM;
		return;
	}
	cx->phrase_terms = grown;
	grown[cx->nphrase_terms].item = (uint32_t) (q - cx->out->items);
	grown[cx->nphrase_terms].first = first;
	grown[cx->nphrase_terms].end = end;
	cx->nphrase_terms++;
}

/* A speech quote by its start, and the quote reaching farthest among those starting no later. */
typedef struct speech_reach
{
	uint32_t	start;			/* char_start of the quote */
	uint32_t	item;			/* the quote (index into out) */
	uint32_t	farthest;		/* of this and the ones before in start order: the one ending last */
} speech_reach;

/* Order speech quotes by start, then by emission (qsort). */
static int
cmp_reach(const void *a, const void *b)
{
	const speech_reach *x = a;
	const speech_reach *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->item < y->item ? -1 : (x->item > y->item);
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

/*
 * The speech quotes (not terms, with a speaker) sorted by start, each with
 * the farthest-reaching one up to it; *n gets their number. NULL with *n = 0
 * when there are none; NULL with cx->status set on ENOMEM.
 */
static speech_reach *
speech_by_start(qt_ctx *cx, size_t *n)
{
	const gt_quotes *out = cx->out;
	speech_reach *r;
	size_t		m = 0;

	*n = 0;
	r = gt_alloc(cx->env, (out->n + 1) * sizeof(speech_reach));
	if (!r)
	{
		cx->status = GT_ENOMEM;
		return NULL;
	}
	for (size_t j = 0; j < out->n; j++)
		if (out->items[j].kind != GT_QUOTE_TERM && out->items[j].has_speaker)
		{
			r[m].start = out->items[j].span.char_start;
			r[m].item = (uint32_t) j;
			m++;
		}
	if (m > 1)
		qsort(r, m, sizeof(speech_reach), cmp_reach);
	for (size_t j = 0; j < m; j++)
	{
		uint32_t	prev = j > 0 ? r[j - 1].farthest : r[j].item;

		r[j].farthest = j > 0 && out->items[prev].span.char_end >= out->items[r[j].item].span.char_end
			? prev : r[j].item;
	}
	*n = m;
	return r;
}

/* The speech quote reaching farthest among those starting at or before quote q's start, or NULL. */
static const gt_quote *
speech_around(const qt_ctx *cx, const speech_reach *r, size_t n, const gt_quote *q)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (r[mid].start <= q->span.char_start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 ? &cx->out->items[r[lo - 1].farthest] : NULL;
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

/* A phrase term inside a quote with a speaker of its own sentence becomes that speaker's partial quote. */
void
qt_claim_phrase_terms(qt_ctx *cx)
{
	gt_quotes  *out = cx->out;
	size_t		nspeech;
	speech_reach *reach;

	if (cx->nphrase_terms == 0)
		return;
	reach = speech_by_start(cx, &nspeech);
	for (size_t t = 0; t < cx->nphrase_terms && reach; t++)
	{
		const qt_phrase_term *note = &cx->phrase_terms[t];
		gt_quote   *q = &out->items[note->item];
		const gt_quote *o = speech_around(cx, reach, nspeech, q);

		gt_tick(cx->env, ++cx->ticks);
		if (!o || !covers(o, q) || !own_speaker(o) || !wording_like(cx, note->first, note->end))
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
	gt_free(cx->env, reach);
}
