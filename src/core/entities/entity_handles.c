/*
 * entity_handles.c — a name written as a social-media handle or hashtag
 * (@SPIEGELONLINE, @DB_Bahn, #BVG) is mentioned by the whole handle: its
 * span takes in the mark and the handle's glued rest. The lexicon and the
 * tagger name the word after the mark (a gold handle starts at the mark,
 * which the tagger never labels, so the trainer leaves it out as a span
 * beyond the tagger's limits); the canonical name stays the name's.
 */
#include "entities/entities_internal.h"

/* Is no mention on tokens [first, end)? */
static bool
tokens_free(const gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
		if (r->owner[k] >= 0)
			return false;
	return true;
}

/* Widen every name right after a handle's mark to the whole handle. */
void
gt_pass_handles(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;

	for (size_t i = 0; i < r->nmentions; i++)
	{
		gt_mention *m = &r->mentions[i];
		uint32_t	mark = m->first_token - 1;
		uint32_t	end;
		gt_span		whole;

		gt_tick(r->env, i + 1);
		if (m->kind == GT_KIND_NONE || m->form != GT_FORM_NAME || m->first_token == 0 ||
			!gt_tok_handle_mark(doc, mark))
			continue;
		end = gt_tok_handle_end(doc, mark);
		whole = gt_tokens_span(doc, mark, end);
		m->span.byte_start = whole.byte_start;
		m->span.char_start = whole.char_start;
		if (end > m->end_token && tokens_free(r, m->end_token, end))
		{
			m->span.byte_end = whole.byte_end;
			m->span.char_end = whole.char_end;
		}
	}
}
