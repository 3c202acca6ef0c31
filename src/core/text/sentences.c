/*
 * sentences.c — group tokens into sentences.
 *
 * A sentence ends at a line break, or at . ! ? … (or 。！？؟۔) followed (after
 * any closing quotation marks and brackets) by a token that can start a
 * sentence: a capitalised word or one of a script without case (Arabic,
 * Hebrew, CJK), a number, an opening quotation mark. Abbreviations,
 * initials and ordinals carry their period inside the word token (tokens.c),
 * so "am 11. Januar", "z. B." and "Dr. Müller" never reach this rule.
 */
#include "text/text.h"

#include <string.h>

/* Is the token … or a full stop of another script (。 ！ ？ ؟ ۔)? */
static bool
is_wide_terminator(const gt_doc *doc, const gt_token *t)
{
	size_t		i = t->span.byte_start;
	int32_t		cp = gt_utf8_next(doc->text, t->span.byte_end, &i);

	return i == t->span.byte_end &&
		(cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
		 cp == 0xFF0E || cp == 0x061F || cp == 0x06D4);
}

/* Is the token a sentence-final punctuation mark (. ! ? … ?! ...)? */
static bool
is_terminator(const gt_doc *doc, const gt_token *t)
{
	const char *s = doc->text + t->span.byte_start;
	size_t		n = t->span.byte_end - t->span.byte_start;

	if (t->kind != GT_TOK_PUNCT)
		return false;
	if (n == 1)
		return *s == '.' || *s == '!' || *s == '?';
	if (*s == '.')
		return true;			/* a run of periods */
	return is_wide_terminator(doc, t);
}

/* Is the token a closing bracket? */
static bool
is_closing_bracket(const gt_doc *doc, const gt_token *t)
{
	char		ch = doc->text[t->span.byte_start];

	return t->kind == GT_TOK_PUNCT &&
		t->span.byte_end - t->span.byte_start == 1 &&
		(ch == ')' || ch == ']' || ch == '}');
}

/* Does the word start with a letter without case (Arabic, Hebrew, CJK)? */
static bool
caseless_initial(const gt_doc *doc, const gt_token *t)
{
	size_t		i = t->span.byte_start;
	int32_t		cp = gt_utf8_next(doc->text, t->span.byte_end, &i);

	return gt_classify(cp) == GT_CC_LETTER && !gt_is_upper(cp) &&
		!gt_is_lower(cp);
}

/* May the token after a terminator start a new sentence? */
static bool
can_start_sentence(const gt_doc *doc, const gt_token *t)
{
	switch (t->kind)
	{
		case GT_TOK_WORD:
			return (t->flags & GT_TF_UPPER_INITIAL) != 0 || caseless_initial(doc, t);
		case GT_TOK_NUMBER:
		case GT_TOK_QUOTE_OPEN:
		case GT_TOK_QUOTE:
		case GT_TOK_URL:
		case GT_TOK_EMAIL:
		case GT_TOK_SYMBOL:
			return true;
		case GT_TOK_PUNCT:
			{
				char		ch = doc->text[t->span.byte_start];

				return ch == '(' || ch == '[' || ch == '-' ||
					(uint8_t) ch == 0xE2;	/* dashes and bullets */
			}
		default:
			return false;
	}
}

/* Does the word token (an abbreviation) often end a sentence too? */
static bool
abbreviation_ends(const gt_doc *doc, const gt_token *t)
{
	return (t->flags & GT_TF_ABBREV) &&
		gt_abbreviation_may_end_sentence(doc->text + t->span.byte_start,
										 t->span.byte_end - t->span.byte_start);
}

/* Index one past the last token of the sentence that a terminator at k ends. */
static size_t
absorb_closers(const gt_doc *doc, size_t k)
{
	size_t		j = k + 1;

	while (j < doc->ntokens)
	{
		const gt_token *t = &doc->tokens[j];

		if (t->flags & GT_TF_LINE_START)
			break;
		if (t->kind == GT_TOK_QUOTE_CLOSE || is_closing_bracket(doc, t) ||
			is_terminator(doc, t) ||
			(t->kind == GT_TOK_QUOTE && !(t->flags & GT_TF_SPACE_BEFORE)))
			j++;
		else
			break;
	}
	return j;
}

/* Close the sentence [first, end) and record it. */
static bool
add_sentence(gt_doc *doc, size_t *cap, size_t first, size_t end)
{
	gt_sentence *s;
	gt_sentence *grown;

	if (end <= first)
		return true;
	grown = gt_grow(doc->env, doc->sentences, cap, sizeof(gt_sentence),
					doc->nsentences + 1);
	if (!grown)
		return false;
	doc->sentences = grown;
	s = &doc->sentences[doc->nsentences];
	s->first_token = (uint32_t) first;
	s->end_token = (uint32_t) end;
	s->span.byte_start = doc->tokens[first].span.byte_start;
	s->span.char_start = doc->tokens[first].span.char_start;
	s->span.byte_end = doc->tokens[end - 1].span.byte_end;
	s->span.char_end = doc->tokens[end - 1].span.char_end;
	for (size_t k = first; k < end; k++)
		doc->tokens[k].sentence = (uint32_t) doc->nsentences;
	doc->tokens[first].flags |= GT_TF_SENT_START;
	doc->nsentences++;
	return true;
}

/* Assign sentences to the tokens of doc. */
gt_status
gt_split_sentences(gt_doc *doc)
{
	size_t		cap = 0;
	size_t		first = 0;
	size_t		k = 0;

	while (k < doc->ntokens)
	{
		const gt_token *t = &doc->tokens[k];

		gt_tick(doc->env, k + 1);
		if (k > first && (t->flags & GT_TF_LINE_START))
		{
			if (!add_sentence(doc, &cap, first, k))
				return GT_ENOMEM;
			first = k;
		}
		if (is_terminator(doc, t) || abbreviation_ends(doc, t))
		{
			size_t		end = absorb_closers(doc, k);

			if (end >= doc->ntokens ||
				(doc->tokens[end].flags & GT_TF_LINE_START) ||
				can_start_sentence(doc, &doc->tokens[end]))
			{
				if (!add_sentence(doc, &cap, first, end))
					return GT_ENOMEM;
				first = end;
			}
			k = end;
			continue;
		}
		k++;
	}
	if (!add_sentence(doc, &cap, first, doc->ntokens))
		return GT_ENOMEM;
	return GT_OK;
}
