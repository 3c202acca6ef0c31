/*
 * abbreviation_letters.c — is a word an abbreviation, and does it
 * abbreviate a name: the questions of "Name (ABK)", where a text defines
 * an abbreviation in brackets after a name (das Arbeitsmarktservice (AMS)).
 * The entity pass that finds the name (entity_defined.c) and the linking
 * pass that makes every later ABK that name (link_abbreviations.c) ask
 * them the same way.
 */
#include "text/text.h"

/* The longest abbreviation in characters (BAMF, CONMEBOL): longer bracketed words are names of their own. */
#define ABBREVIATION_MAX_CHARS 8
/* The fewest capital letters an abbreviation has (EuGH, ÖGB; "Wien" is none). */
#define ABBREVIATION_MIN_CAPITALS 2

/* Is token k a word that can be an abbreviation: capitalised, short, two capitals at least? */
bool
gt_tok_abbreviation_like(const gt_doc *doc, uint32_t k)
{
	const gt_token *t = &doc->tokens[k];
	size_t		i = t->span.byte_start;
	uint32_t	capitals = 0;

	if (t->kind != GT_TOK_WORD || !(t->flags & GT_TF_UPPER_INITIAL) ||
		t->span.char_end - t->span.char_start > ABBREVIATION_MAX_CHARS)
		return false;
	while (i < t->span.byte_end)
		capitals += gt_is_upper_case(gt_utf8_next(doc->text, t->span.byte_end, &i));
	return capitals >= ABBREVIATION_MIN_CAPITALS;
}

/*
 * Does token k abbreviate the text's bytes [start, end): its letters,
 * lower-cased and in order, among the text's, the first the text's first
 * (BAG of Bundesamt für Gesundheit, EuGH of Europäischen Gerichtshofs)?
 */
bool
gt_tok_abbreviates(const gt_doc *doc, uint32_t k, size_t start, size_t end)
{
	char		abbr[GT_KEY_MAX];
	char		name[GT_KEY_MAX];
	size_t		alen = gt_lower_all(doc->text + doc->tokens[k].span.byte_start,
									doc->tokens[k].span.byte_end - doc->tokens[k].span.byte_start,
									abbr, sizeof(abbr));
	size_t		nlen = gt_lower_all(doc->text + start, end - start, name, sizeof(name));
	size_t		ai = 0,
				ni = 0;
	bool		first = true;

	if (alen == (size_t) -1 || nlen == (size_t) -1 || alen == 0)
		return false;
	while (ai < alen)
	{
		int32_t		want = gt_utf8_next(abbr, alen, &ai);
		bool		found = false;

		while (ni < nlen && !found)
		{
			found = gt_utf8_next(name, nlen, &ni) == want;
			if (first && !found)
				return false;	/* the first letter is the name's first */
		}
		if (!found)
			return false;
		first = false;
	}
	return true;
}
