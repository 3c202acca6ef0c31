/*
 * quotes.c — gt_find_quotes, the quote finder's pipeline: quotation marks
 * become direct, partial or term quotes with their speaker and cue
 * (quote_direct.c); sentences with reporting cues or Konjunktiv I become
 * indirect or reported speech (quote_clauses.c).
 *
 * The document is walked once, sentence by sentence; the pairs of marks
 * (quote_marks.c) are consumed in the same order, so a speaker seen earlier
 * can carry over to a continuation. Every search window is bounded.
 */
#include "quotes/quotes_internal.h"

#include <stdlib.h>
#include <string.h>

/* Index the mentions by token: a person or full name wins over a modifier. */
static void
index_mentions(qt_ctx *cx)
{
	const gt_entities *ents = cx->ents;

	for (size_t k = 0; k < cx->doc->ntokens; k++)
		cx->mention_at[k] = -1;
	if (!ents)
		return;
	for (size_t i = 0; i < ents->nmentions; i++)
	{
		const gt_mention *m = &ents->mentions[i];
		uint32_t	end = m->end_token > m->first_token ? m->end_token : m->first_token + 1;

		gt_tick(cx->env, ++cx->ticks);
		for (uint32_t k = m->first_token; k < end && k < cx->doc->ntokens &&
			 k < m->first_token + 16; k++)
		{
			int32_t		old = cx->mention_at[k];

			if (old < 0 || (ents->mentions[old].form == GT_FORM_COMPOUND &&
							m->form != GT_FORM_COMPOUND) ||
				(m->kind == GT_KIND_PERSON &&
				 ents->mentions[old].kind != GT_KIND_PERSON))
				cx->mention_at[k] = (int32_t) i;
		}
	}
}

/* Mark the tokens of name mentions, which the clause analysis keeps in one phrase. */
static void
mark_names(qt_ctx *cx)
{
	const gt_entities *ents = cx->ents;

	memset(cx->names, 0, cx->doc->ntokens + 1);
	for (size_t i = 0; i < ents->nmentions; i++)
	{
		const gt_mention *m = &ents->mentions[i];

		if (m->form != GT_FORM_NAME || m->kind == GT_KIND_NONE)
			continue;
		for (uint32_t k = m->first_token; k < m->end_token && k < cx->doc->ntokens; k++)
			cx->names[k] = 1;
	}
}

/* Order quotes by start, longer first. */
static int
cmp_quotes(const void *a, const void *b)
{
	const gt_quote *x = a;
	const gt_quote *y = b;

	if (x->span.char_start != y->span.char_start)
		return x->span.char_start < y->span.char_start ? -1 : 1;
	if (x->span.char_end != y->span.char_end)
		return x->span.char_end > y->span.char_end ? -1 : 1;
	return (int) x->kind - (int) y->kind;
}

/* Walk sentences in order: their quotation marks, then their clauses. */
static void
walk(qt_ctx *cx, const qt_pair *pairs, size_t npairs)
{
	const gt_doc *doc = cx->doc;
	size_t		next = 0;

	for (uint32_t s = 0; s < doc->nsentences && cx->status == GT_OK; s++)
	{
		gt_tick(cx->env, ++cx->ticks);
		while (next < npairs && doc->tokens[pairs[next].open].sentence <= s)
			qt_handle_pair(cx, pairs, next++);
		qt_find_clauses(cx, s);
	}
}

/* Find quotes and attribute them to speakers. */
gt_status
gt_find_quotes(gt_doc *doc, const gt_entities *ents,
			   const gt_lexicons *lex, gt_quotes *out)
{
	static const gt_entities no_entities = {0};
	qt_ctx		cx;
	qt_pair    *pairs = NULL;
	size_t		npairs = 0;
	gt_lexicons builtin = gt_lexicons_default(NULL);

	memset(out, 0, sizeof(*out));
	memset(&cx, 0, sizeof(cx));
	out->env = doc->env;
	if (gt_doc_prepare_keys(doc) != GT_OK)
		return GT_ENOMEM;
	cx.doc = doc;
	cx.ents = ents ? ents : &no_entities;
	cx.lex = lex ? lex : &builtin;
	cx.env = doc->env;
	cx.out = out;
	cx.arena = gt_arena_new(doc->env);
	out->arena = cx.arena;
	cx.mention_at = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(int32_t));
	cx.marks = gt_alloc(doc->env, doc->ntokens + 1);
	cx.names = gt_alloc(doc->env, doc->ntokens + 1);
	cx.cue_probe = gt_alloc(doc->env, doc->ntokens + 1);
	if (!cx.arena || !cx.mention_at || !cx.marks || !cx.names || !cx.cue_probe)
		cx.status = GT_ENOMEM;
	else
	{
		memset(cx.marks, 0, doc->ntokens + 1);
		memset(cx.cue_probe, 0, doc->ntokens + 1);
		qt_mark_konjunktiv(&cx);
		index_mentions(&cx);
		mark_names(&cx);
		cx.status = gt_syntax_init(&cx.syn, doc, cx.lex, NULL, cx.names);
		if (cx.status == GT_OK)
			cx.status = qt_pair_marks(&cx, &pairs, &npairs);
	}
	if (cx.status == GT_OK)
		walk(&cx, pairs, npairs);
	if (cx.status == GT_OK)
		qt_claim_phrase_terms(&cx);
	if (cx.status == GT_OK && cx.syn.status != GT_OK)
		cx.status = cx.syn.status;
	gt_syntax_free(&cx.syn);
	gt_free(doc->env, pairs);
	gt_free(doc->env, cx.mention_at);
	gt_free(doc->env, cx.marks);
	gt_free(doc->env, cx.names);
	gt_free(doc->env, cx.cue_probe);
	gt_free(doc->env, cx.phrase_terms);
	if (cx.status != GT_OK)
	{
		gt_quotes_free(out);
		return cx.status;
	}
	if (out->n > 1)
		qsort(out->items, out->n, sizeof(gt_quote), cmp_quotes);
	qt_join_passages(&cx);		/* in text order */
	return GT_OK;
}

/* Release what gt_find_quotes allocated. */
void
gt_quotes_free(gt_quotes *quotes)
{
	if (!quotes || !quotes->env)
		return;
	gt_free(quotes->env, quotes->items);
	if (quotes->arena)
		gt_arena_free(quotes->arena);
	quotes->items = NULL;
	quotes->n = 0;
	quotes->arena = NULL;
}

/* SQL name of a quote kind. */
const char *
gt_quote_kind_name(gt_quote_kind kind)
{
	static const char *const names[GT_QUOTE__COUNT] = {
		"direct", "partial", "indirect", "reported", "term"
	};

	return (unsigned) kind < GT_QUOTE__COUNT ? names[kind] : "";
}
