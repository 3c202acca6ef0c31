/*
 * lexwords.c — word questions the built-in lexicon answers for a token of
 * a document, for callers that keep no cache of their own (the quote
 * finder; the entity recogniser caches its facts in entity_words.c).
 */
#include "lexicon/lexicon.h"

/* Is token k a function word of the built-in lexicon (as written, or lower-cased)? */
bool
gt_token_is_function_word(const gt_doc *doc, uint32_t k)
{
	char		buf[GT_KEY_MAX];
	size_t		len = gt_tokens_key(doc, k, k + 1, buf, sizeof(buf));
	const gt_lexicon *b = gt_lexicon_builtin();

	if (len == (size_t) -1 || len == 0)
		return false;
	if (gt_lexicon_has(b, buf, len, GT_LEX_FUNCTION_WORD))
		return true;
	return gt_lower_initial(buf, &len, sizeof(buf)) &&
		gt_lexicon_has(b, buf, len, GT_LEX_FUNCTION_WORD);
}
