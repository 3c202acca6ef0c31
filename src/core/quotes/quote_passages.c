/*
 * quote_passages.c — sentences that only continue a chain of reported
 * speech, one after the other with the same speaker, are one passage:
 * one row ("Die Steuer soll steigen. Die Einnahmen sollen der Bildung
 * dienen."), as a direct quote over several sentences is one row.
 */
#include "quotes/quotes_internal.h"

#include <stdint.h>
#include <string.h>

/* What may lie between two sentences of one passage: spaces and sentence ends, no line break. */
#define PASSAGE_GAP_BYTES " .!?;:"

/* Does a quote only continue a chain (a Konjunktiv sentence, hearsay with sollen)? */
static bool
continues_chain(const gt_quote *q)
{
	return q->kind == GT_QUOTE_INDIRECT &&
		(q->evidence == GT_EV_KONJUNKTIV_CONTINUES || q->evidence == GT_EV_REPORTIVE_MODAL);
}

/* Do quotes a and b (b after a) have the same speaker, or both none? */
static bool
same_speaker(const gt_quote *a, const gt_quote *b)
{
	if (a->has_speaker != b->has_speaker)
		return false;
	return !a->has_speaker || (a->speaker_entity == b->speaker_entity &&
							   a->speaker_span.byte_start == b->speaker_span.byte_start &&
							   a->speaker_span.byte_end == b->speaker_span.byte_end);
}

/* Is nothing but spaces and sentence punctuation between quote a and quote b? */
static bool
adjacent(const gt_doc *doc, const gt_quote *a, const gt_quote *b)
{
	if (a->span.byte_end > b->span.byte_start)
		return false;
	for (size_t i = a->span.byte_end; i < b->span.byte_start; i++)
		if (!memchr(PASSAGE_GAP_BYTES, doc->text[i], sizeof(PASSAGE_GAP_BYTES) - 1))
			return false;
	return true;
}

/* Join consecutive continuation rows of the same speaker into one row each (terms and partial quotes inside stay rows). */
void
qt_join_passages(qt_ctx *cx)
{
	gt_quotes  *out = cx->out;
	size_t		n = 0;
	size_t		open = SIZE_MAX;	/* the passage being built: its index in the kept rows */

	for (size_t i = 0; i < out->n; i++)
	{
		gt_quote   *q = &out->items[i];
		gt_quote   *passage = open != SIZE_MAX ? &out->items[open] : NULL;

		gt_tick(cx->env, ++cx->ticks);
		if (passage && continues_chain(q) && same_speaker(passage, q) && adjacent(cx->doc, passage, q))
		{
			passage->span.byte_end = q->span.byte_end;
			passage->span.char_end = q->span.char_end;
			continue;
		}
		if (n != i)
			out->items[n] = *q;
		/* a row inside the passage (a term, a partial quote) does not end it */
		if (continues_chain(&out->items[n]))
			open = n;
		else if (!passage || out->items[n].span.byte_start >= passage->span.byte_end)
			open = SIZE_MAX;
		n++;
	}
	out->n = n;
}
