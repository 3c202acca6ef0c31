/*
 * doc.c — the document life cycle (analyse, free) and memory helpers.
 */
#include "core_internal.h"

#include <stdlib.h>

/* malloc-backed allocation for gt_env_malloc. */
static void *
malloc_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

/* realloc-backed growth for gt_env_malloc. */
static void *
malloc_realloc(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return realloc(ptr, size);
}

/* free-backed release for gt_env_malloc. */
static void
malloc_free(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

const gt_env gt_env_malloc = {
	malloc_alloc, malloc_realloc, malloc_free, NULL, NULL
};

/* Allocate size bytes through env; NULL on failure. */
void *
gt_alloc(const gt_env *env, size_t size)
{
	return env->alloc(env->ctx, size ? size : 1);
}

/* Grow an array to hold at least needed elements, doubling; NULL on failure. */
void *
gt_grow(const gt_env *env, void *ptr, size_t *cap, size_t elem, size_t needed)
{
	size_t		newcap = *cap ? *cap : 16;
	void	   *p;

	if (needed <= *cap && ptr)
		return ptr;
	while (newcap < needed)
	{
		if (newcap > SIZE_MAX / 2 / elem)
			return NULL;
		newcap *= 2;
	}
	p = ptr ? env->realloc(env->ctx, ptr, newcap * elem)
		: env->alloc(env->ctx, newcap * elem);
	if (p)
		*cap = newcap;
	return p;
}

/* Release memory obtained from gt_alloc / gt_grow (NULL is fine). */
void
gt_free(const gt_env *env, void *ptr)
{
	if (ptr)
		env->free(env->ctx, ptr);
}

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
	doc->tokens = NULL;
	doc->sentences = NULL;
	doc->keys = NULL;
	doc->key_start = NULL;
	doc->key_len = NULL;
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
