/*
 * doc.c — the document life cycle: analyse a text into tokens and
 * sentences; free it again (with what the lexicon layer added to it: its
 * tokens' keys and word classes, gt_doc_prepare_keys).
 */
#include "text/text.h"

/* Tokenise text and split it into sentences; on failure doc is left empty. */
gt_status
gt_doc_analyze(gt_doc *doc, const gt_env *env, const char *text, size_t len)
{
	gt_status	st;

	doc->text = text;
	doc->len = len;
	doc->tokens = NULL;
	doc->ntokens = 0;
	doc->sentences = NULL;
	doc->nsentences = 0;
	doc->env = env;
	doc->keys = NULL;
	doc->key_start = NULL;
	doc->key_len = NULL;
	doc->key_hash = NULL;
	doc->word_sets = NULL;
	if (len > GT_MAX_INPUT_BYTES)
		return GT_ETOOBIG;

	st = gt_tokenize(doc);
	if (st == GT_OK)
		st = gt_split_sentences(doc);
	if (st != GT_OK)
		gt_doc_free(doc);
	return st;
}

/* Release what gt_doc_analyze allocated. */
void
gt_doc_free(gt_doc *doc)
{
	gt_free(doc->env, doc->tokens);
	gt_free(doc->env, doc->sentences);
	gt_free(doc->env, doc->keys);
	gt_free(doc->env, doc->key_start);
	gt_free(doc->env, doc->key_len);
	gt_free(doc->env, doc->key_hash);
	gt_free(doc->env, doc->word_sets);
	doc->tokens = NULL;
	doc->sentences = NULL;
	doc->keys = NULL;
	doc->key_start = NULL;
	doc->key_len = NULL;
	doc->key_hash = NULL;
	doc->word_sets = NULL;
	doc->ntokens = 0;
	doc->nsentences = 0;
}

/* The SQL name of a token kind. */
const char *
gt_token_kind_name(gt_token_kind kind)
{
	static const char *const names[GT_TOK__COUNT] = {
		"word", "number", "punct", "quote", "quote_open", "quote_close",
		"symbol", "url", "email"
	};

	return (unsigned) kind < GT_TOK__COUNT ? names[kind] : "unknown";
}
