/*
 * wordclass.c — questions about single words that the built-in lexicon
 * answers: is it an abbreviation, a function word, an ordinary word?
 */
#include "core_internal.h"

#include <string.h>

/* Normalise a word into buf; false when it is too long to be a key. */
static bool
word_key(const char *word, size_t len, char *buf, size_t cap, size_t *klen)
{
	if (len >= cap)
		return false;
	*klen = gt_normalize_key(word, len, buf, cap);
	return *klen != (size_t) -1;
}

/* Is the word (ending in its period) a known abbreviation? */
bool
gt_is_abbreviation(const char *word, size_t len)
{
	char		buf[64];
	size_t		klen;

	return word_key(word, len, buf, sizeof(buf), &klen) &&
		gt_lexicon_has(gt_lexicon_builtin(), buf, klen, GT_LEX_ABBREVIATION);
}

/* Does an abbreviation (with its period) usually stand at a sentence end? */
bool
gt_abbreviation_may_end_sentence(const char *word, size_t len)
{
	char		buf[64];
	size_t		klen;
	gt_lex_entry e[4];
	size_t		n;

	if (!word_key(word, len, buf, sizeof(buf), &klen))
		return false;
	n = gt_lexicon_find(gt_lexicon_builtin(), buf, klen, e, 4);
	for (size_t i = 0; i < n && i < 4; i++)
		if (e[i].type == GT_LEX_ABBREVIATION && strcmp(e[i].canonical, "final") == 0)
			return true;
	return false;
}
