/*
 * text.h — the text layer: tokens, sentences, the closed word classes a
 * token belongs to, and the questions every rule asks of a token. Above
 * base, below the lexicon.
 */
#ifndef GT_TEXT_H
#define GT_TEXT_H

#include "base/base.h"
#include "text/wordsets.h"

/* ------------------------------------------------------------ tokens.c */

/* Split text into tokens (sentence fields left at 0). */
extern gt_status gt_tokenize(gt_doc *doc);

/* --------------------------------------------------------- sentences.c */

/* Assign sentences to the tokens of doc. */
extern gt_status gt_split_sentences(gt_doc *doc);

/* ----------------------------------------------- abbreviation_letters.c */

/* Is token k a word that can be an abbreviation: capitalised, short, two capitals at least (AMS, EuGH)? */
extern bool gt_tok_abbreviation_like(const gt_doc *doc, uint32_t k);

/* Does token k abbreviate the text's bytes [start, end): its letters in order among theirs, the first the first? */
extern bool gt_tok_abbreviates(const gt_doc *doc, uint32_t k, size_t start, size_t end);

/* -------------------------------------------------------- token_view.c */

/* The text of token k (not NUL-terminated), its length in *len. */
static inline const char *
gt_tok_text(const gt_doc *doc, uint32_t k, size_t *len)
{
	const gt_token *t = &doc->tokens[k];

	*len = t->span.byte_end - t->span.byte_start;
	return doc->text + t->span.byte_start;
}

/* Byte length of token k. */
static inline size_t
gt_tok_len(const gt_doc *doc, uint32_t k)
{
	return doc->tokens[k].span.byte_end - doc->tokens[k].span.byte_start;
}

/* Is token k's text exactly the NUL-terminated string s (a word from data)? */
extern bool gt_tok_text_is(const gt_doc *doc, uint32_t k, const char *s);

/* Is token k a word with an upper-case initial? */
extern bool gt_tok_cap_word(const gt_doc *doc, uint32_t k);

/* Is token k a word with a lower-case (or no cased) initial? */
extern bool gt_tok_lower_word(const gt_doc *doc, uint32_t k);

/* Is token k the one-character punctuation mark c? */
extern bool gt_tok_punct(const gt_doc *doc, uint32_t k, char c);

/* forms[k] = the first token with the same bytes as word token k (others: k); GT_ENOMEM on failure. */
extern gt_status gt_word_forms(const gt_doc *doc, uint32_t *forms);

/* Do tokens a and b hold the same bytes? */
extern bool gt_tok_same_bytes(const gt_doc *doc, uint32_t a, uint32_t b);

/* The hash a token's word form is filed under (its key's once the doc is prepared, else its bytes'). */
extern uint32_t gt_tok_form_hash(const gt_doc *doc, uint32_t k);

/* Is token k the mark of a handle or hashtag (@DB_Bahn, #BVG), glued to the word after it? */
extern bool gt_tok_handle_mark(const gt_doc *doc, uint32_t k);

/* One past the last token of the handle or hashtag whose mark is token `mark`. */
extern uint32_t gt_tok_handle_end(const gt_doc *doc, uint32_t mark);

/* Is token k a sentence-final mark (. ! ? … or a run of periods)? */
extern bool gt_tok_terminal(const gt_doc *doc, uint32_t k);

/* Is token k a quotation mark of any kind? */
extern bool gt_tok_quote_mark(const gt_doc *doc, uint32_t k);

/* Are tokens a and b in the same sentence (false past the end)? */
extern bool gt_tok_same_sentence(const gt_doc *doc, uint32_t a, uint32_t b);

/* The character and byte span of tokens [first, end). */
extern gt_span gt_tokens_span(const gt_doc *doc, uint32_t first, uint32_t end);

/* The token range of sentence s. */
extern void gt_sentence_range(const gt_doc *doc, uint32_t s, uint32_t *first,
							  uint32_t *end);

#endif							/* GT_TEXT_H */
