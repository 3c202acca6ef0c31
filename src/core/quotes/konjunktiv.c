/*
 * konjunktiv.c — the verbs of reported speech: Konjunktiv I (sei, habe,
 * könne) and the Konjunktiv II forms news use in its place (wäre, würde),
 * from data/wordsets.tsv, marked once per document.
 */
#include "quotes/quotes_internal.h"

/* The longest Konjunktiv search from a clause start, in tokens. */
#define KONJUNKTIV_CLAUSE_WINDOW QT_WINDOW

/* The Konjunktiv class of token k: QT_TF_KONJ_STRICT, QT_TF_KONJ_WEAK or 0. */
static uint8_t
konjunktiv_class(const gt_doc *doc, uint32_t k)
{
	if (!gt_tok_lower_word(doc, k))
		return 0;
	if (gt_tok_in(doc, k, GT_WS_KONJUNKTIV_I))
		return QT_TF_KONJ_STRICT;
	if (gt_tok_in(doc, k, GT_WS_KONJUNKTIV_II))
		return QT_TF_KONJ_WEAK;
	return 0;
}

/* Mark every Konjunktiv verb of the document in cx->marks, once. */
void
qt_mark_konjunktiv(qt_ctx *cx)
{
	for (uint32_t k = 0; k < cx->doc->ntokens; k++)
	{
		gt_tick(cx->env, k + 1);
		cx->marks[k] |= konjunktiv_class(cx->doc, k);
	}
}

/* Is token k a finite verb in Konjunktiv I (or a Konjunktiv II stand-in)? */
bool
qt_konjunktiv(const qt_ctx *cx, uint32_t k, bool strict)
{
	uint8_t		want = strict ? QT_TF_KONJ_STRICT : QT_TF_KONJ_STRICT | QT_TF_KONJ_WEAK;

	return k < cx->doc->ntokens && (cx->marks[k] & want) != 0;
}

/* Does a clause [first, end) hold a Konjunktiv verb? */
bool
qt_clause_konjunktiv(const qt_ctx *cx, uint32_t first, uint32_t end,
					 bool strict)
{
	uint32_t	limit = end < first + KONJUNKTIV_CLAUSE_WINDOW ? end : first + KONJUNKTIV_CLAUSE_WINDOW;

	for (uint32_t k = first; k < limit; k++)
		if (qt_konjunktiv(cx, k, strict))
			return true;
	return false;
}
