/*
 * arena.c — a bump allocator for the strings a document's results own
 * (canonical names built from the text, role phrases). Freed in one go.
 */
#include "base/base.h"

#include <string.h>

/* Bytes of one arena block: most documents need one or two. */
#define ARENA_BLOCK 8192

typedef struct arena_block
{
	struct arena_block *next;
	size_t		used;
	size_t		size;
	char		data[];
} arena_block;

struct gt_arena
{
	const gt_env *env;
	arena_block *head;
};

/* A new empty arena; NULL on ENOMEM. */
gt_arena *
gt_arena_new(const gt_env *env)
{
	gt_arena   *a = gt_alloc(env, sizeof(gt_arena));

	if (a)
	{
		a->env = env;
		a->head = NULL;
	}
	return a;
}

/* size bytes from the arena (8-byte aligned); NULL on ENOMEM. */
void *
gt_arena_alloc(gt_arena *a, size_t size)
{
	arena_block *b = a->head;
	void	   *p;

	size = (size + 7) & ~(size_t) 7;
	if (!b || b->size - b->used < size)
	{
		size_t		bsize = size > ARENA_BLOCK ? size : ARENA_BLOCK;

		b = gt_alloc(a->env, sizeof(arena_block) + bsize);
		if (!b)
			return NULL;
		b->next = a->head;
		b->used = 0;
		b->size = bsize;
		a->head = b;
	}
	p = b->data + b->used;
	b->used += size;
	return p;
}

/* A NUL-terminated copy of s[0..len) in the arena; NULL on ENOMEM. */
char *
gt_arena_strndup(gt_arena *a, const char *s, size_t len)
{
	char	   *p = gt_arena_alloc(a, len + 1);

	if (p)
	{
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

/* Free the arena and everything allocated from it (NULL is fine). */
void
gt_arena_free(gt_arena *a)
{
	arena_block *b;

	if (!a)
		return;
	b = a->head;
	while (b)
	{
		arena_block *next = b->next;

		gt_free(a->env, b);
		b = next;
	}
	gt_free(a->env, a);
}
