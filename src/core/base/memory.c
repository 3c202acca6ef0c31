/*
 * memory.c — allocation through a gt_env: the host (a backend, a test, the
 * fuzzer) decides where memory comes from; the core only asks.
 */
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

/*
 * Bytes gt_zero clears between two interrupt checks: a few hundred
 * microseconds of page faults and stores, so that clearing the per-token
 * arrays of a 60 MB text (a gigabyte) can still be cancelled at once.
 */
#define ZERO_CHUNK_BYTES (1u << 20)

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

/* Zero size bytes at ptr, letting the host interrupt between chunks (large per-token arrays). */
void
gt_zero(const gt_env *env, void *ptr, size_t size)
{
	char	   *p = ptr;

	while (size > ZERO_CHUNK_BYTES)
	{
		memset(p, 0, ZERO_CHUNK_BYTES);
		p += ZERO_CHUNK_BYTES;
		size -= ZERO_CHUNK_BYTES;
		if (env->check_interrupts)
			env->check_interrupts(env->ctx);
	}
	memset(p, 0, size);
}

/* The capacity an empty growing array starts with. */
#define GROW_FIRST_CAPACITY 16

/* Grow an array to hold at least needed elements, doubling; NULL on failure. */
void *
gt_grow(const gt_env *env, void *ptr, size_t *cap, size_t elem, size_t needed)
{
	size_t		newcap = *cap ? *cap : GROW_FIRST_CAPACITY;
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
