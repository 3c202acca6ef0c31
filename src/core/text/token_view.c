/*
 * token_view.c — the questions every rule asks of a token: its shape
 * (capitalised word, punctuation mark, quotation mark), where it stands
 * (sentence, span). Word classes are asked with gt_tok_in (wordsets.h).
 */
#include "text/text.h"

#include <string.h>

/* Is token k's text exactly the NUL-terminated string s (a word from data)? */
bool
gt_tok_text_is(const gt_doc *doc, uint32_t k, const char *s)
{
	size_t		len;
	const char *t;

	if (k >= doc->ntokens)
		return false;
	t = gt_tok_text(doc, k, &len);
	return t[0] == s[0] && strlen(s) == len && memcmp(t, s, len) == 0;
}

/* Is token k a word with an upper-case initial? */
bool
gt_tok_cap_word(const gt_doc *doc, uint32_t k)
{
	return k < doc->ntokens && doc->tokens[k].kind == GT_TOK_WORD &&
		(doc->tokens[k].flags & GT_TF_UPPER_INITIAL);
}

/* Is token k a word with a lower-case (or no cased) initial? */
bool
gt_tok_lower_word(const gt_doc *doc, uint32_t k)
{
	return k < doc->ntokens && doc->tokens[k].kind == GT_TOK_WORD &&
		!(doc->tokens[k].flags & GT_TF_UPPER_INITIAL);
}

/* Is token k the one-character punctuation mark c? */
bool
gt_tok_punct(const gt_doc *doc, uint32_t k, char c)
{
	return k < doc->ntokens && doc->tokens[k].kind == GT_TOK_PUNCT &&
		gt_tok_len(doc, k) == 1 && doc->text[doc->tokens[k].span.byte_start] == c;
}

/* The marks of a social-media handle (@DB_Bahn) and of a hashtag (#BVG). */
#define HANDLE_MARK '@'
#define HASHTAG_MARK '#'
/* The one mark glued inside a handle (@DB_Info): its words stay one name. */
#define HANDLE_JOINER '_'

/*
 * Is token k the mark of a handle or hashtag (@DB_Bahn, #BVG): an @ or #
 * that starts a word (white space, the text's start or a punctuation mark
 * before it) and is glued to the word or number that follows?
 */
bool
gt_tok_handle_mark(const gt_doc *doc, uint32_t k)
{
	if (!gt_tok_punct(doc, k, HANDLE_MARK) && !gt_tok_punct(doc, k, HASHTAG_MARK))
		return false;
	if (k > 0 && !(doc->tokens[k].flags & GT_TF_SPACE_BEFORE) &&
		doc->tokens[k - 1].kind != GT_TOK_PUNCT)
		return false;
	return k + 1 < doc->ntokens && !(doc->tokens[k + 1].flags & GT_TF_SPACE_BEFORE) &&
		(doc->tokens[k + 1].kind == GT_TOK_WORD || doc->tokens[k + 1].kind == GT_TOK_NUMBER);
}

/*
 * One past the last token of the handle or hashtag whose mark is token
 * `mark` (gt_tok_handle_mark): the glued run of words, numbers and
 * underscores that follows it, ending on a word or number.
 */
uint32_t
gt_tok_handle_end(const gt_doc *doc, uint32_t mark)
{
	uint32_t	end = mark + 2;

	for (uint32_t k = end; k < doc->ntokens && !(doc->tokens[k].flags & GT_TF_SPACE_BEFORE); k++)
	{
		uint8_t		kind = doc->tokens[k].kind;

		if (kind == GT_TOK_WORD || kind == GT_TOK_NUMBER)
			end = k + 1;
		else if (!gt_tok_punct(doc, k, HANDLE_JOINER))
			break;
	}
	return end;
}

/* UTF-8 of the horizontal ellipsis, a sentence end of its own. */
#define ELLIPSIS_UTF8 "\xE2\x80\xA6"

/* Is token k a sentence-final mark (. ! ? … or a run of periods)? */
bool
gt_tok_terminal(const gt_doc *doc, uint32_t k)
{
	const char *s;

	if (k >= doc->ntokens || doc->tokens[k].kind != GT_TOK_PUNCT)
		return false;
	s = doc->text + doc->tokens[k].span.byte_start;
	return s[0] == '.' || s[0] == '!' || s[0] == '?' ||
		(gt_tok_len(doc, k) == strlen(ELLIPSIS_UTF8) &&
		 memcmp(s, ELLIPSIS_UTF8, strlen(ELLIPSIS_UTF8)) == 0);
}

/* Is token k a quotation mark of any kind? */
bool
gt_tok_quote_mark(const gt_doc *doc, uint32_t k)
{
	uint8_t		kind;

	if (k >= doc->ntokens)
		return false;
	kind = doc->tokens[k].kind;
	return kind == GT_TOK_QUOTE || kind == GT_TOK_QUOTE_OPEN ||
		kind == GT_TOK_QUOTE_CLOSE;
}

/* Are tokens a and b in the same sentence (false past the end)? */
bool
gt_tok_same_sentence(const gt_doc *doc, uint32_t a, uint32_t b)
{
	return a < doc->ntokens && b < doc->ntokens &&
		doc->tokens[a].sentence == doc->tokens[b].sentence;
}

/* The character and byte span of tokens [first, end). */
gt_span
gt_tokens_span(const gt_doc *doc, uint32_t first, uint32_t end)
{
	gt_span		s = doc->tokens[first].span;

	s.byte_end = doc->tokens[end - 1].span.byte_end;
	s.char_end = doc->tokens[end - 1].span.char_end;
	return s;
}

/* The token range of sentence s. */
void
gt_sentence_range(const gt_doc *doc, uint32_t s, uint32_t *first, uint32_t *end)
{
	*first = doc->sentences[s].first_token;
	*end = doc->sentences[s].end_token;
}
