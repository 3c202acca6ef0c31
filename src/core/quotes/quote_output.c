/*
 * quote_output.c — the rows of the quote finder: a quote over a token range
 * with its speaker and cue, appended to the document's result, and the
 * speaker remembered for the sentences that continue it.
 */
#include "quotes/quotes_internal.h"

#include <string.h>

/* Append a quote over tokens [first, end) with speaker and cue; NULL on ENOMEM. */
gt_quote *
qt_emit(qt_ctx *cx, uint32_t first, uint32_t end, gt_quote_kind kind,
		const qt_speaker *sp, const qt_cue *cue, gt_evidence evidence)
{
	const gt_doc *doc = cx->doc;
	gt_quotes  *out = cx->out;
	gt_quote   *q;
	gt_quote   *grown;

	if (end <= first || cx->status != GT_OK)
		return NULL;
	grown = gt_grow(cx->env, out->items, &cx->cap, sizeof(gt_quote), out->n + 1);
	if (!grown)
	{
		cx->status = GT_ENOMEM;
		return NULL;
	}
	out->items = grown;
	q = &out->items[out->n++];
	memset(q, 0, sizeof(*q));
	q->span = gt_tokens_span(doc, first, end);
	q->sentence = doc->tokens[first].sentence;
	q->kind = (uint8_t) kind;
	q->speaker_entity = -1;
	q->evidence = evidence;
	if (sp && sp->found && sp->text && kind != GT_QUOTE_TERM)
	{
		q->has_speaker = true;
		q->speaker = sp->text;
		q->speaker_kind = sp->kind;
		q->speaker_entity = sp->entity;
		q->speaker_span = gt_tokens_span(doc, sp->first, sp->end);
		q->speaker_evidence = sp->how ? sp->how : GT_SPK_WINDOW;
	}
	q->confidence = qt_confidence(q->evidence, q->speaker_evidence);
	if (cue && cue->tok != QT_NONE && kind != GT_QUOTE_TERM)
	{
		uint32_t	last = cue->end > cue->tok ? cue->end - 1 : cue->tok;

		q->has_cue = true;
		q->cue_lemma = cue->lemma;
		q->cue_span = gt_tokens_span(doc, cue->tok, last + 1);
	}
	return q;
}

/* Remember the speaker of a quote for later continuations. */
void
qt_remember(qt_ctx *cx, const qt_speaker *sp, uint32_t sentence)
{
	if (!sp->found)
		return;
	cx->last = *sp;
	cx->last_sentence = sentence;
}

