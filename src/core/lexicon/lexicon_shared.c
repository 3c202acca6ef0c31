/*
 * lexicon_shared.c — names a user gazetteer gives several entities: rows
 * with the same name and kind but different canonical names ("SVP" as the
 * Swiss and the South Tyrolean party) become candidates among which
 * linking chooses by the document (like data/candidates.tsv); one row for
 * a name stays what it says, always.
 */
#include "lexicon/lexicon.h"

#include <stdlib.h>
#include <string.h>

/* An entry's place in the sort: its key and kind, and where it stands. */
typedef struct shared_item
{
	const char *key;
	uint8_t		kind;
	size_t		index;
} shared_item;

/* Order items by key, then kind, then position. */
static int
cmp_items(const void *a, const void *b)
{
	const shared_item *x = a;
	const shared_item *y = b;
	int			c = strcmp(x->key, y->key);

	if (c != 0)
		return c;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return (x->index > y->index) - (x->index < y->index);
}

/* Is entry e a name that can be one of several (an entity's name, not a suppressing row)? */
static bool
may_share(const gt_lex_entry *e)
{
	return e->type == GT_LEX_ENTITY && e->form == GT_FORM_NAME && !(e->flags & GT_LF_SUPPRESS);
}

/*
 * Flag as candidates (GT_LF_CANDIDATE, sense GT_SENSE_NAME) the entity
 * names that share a key and kind with another of a different canonical
 * name. False on ENOMEM (then nothing is flagged).
 */
bool
gt_lexicon_mark_shared_names(const gt_env *env, gt_lex_entry *entries, size_t n)
{
	shared_item *items;
	size_t		start = 0;

	if (n < 2)
		return true;
	items = gt_alloc(env, n * sizeof(shared_item));
	if (!items)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		items[i].key = entries[i].key;
		items[i].kind = entries[i].kind;
		items[i].index = i;
	}
	qsort(items, n, sizeof(shared_item), cmp_items);
	while (start < n)
	{
		size_t		end = start + 1;
		bool		shared = false;
		const gt_lex_entry *first = &entries[items[start].index];

		while (end < n && strcmp(items[end].key, items[start].key) == 0 && items[end].kind == items[start].kind)
			end++;
		for (size_t i = start + 1; i < end && !shared; i++)
		{
			const gt_lex_entry *e = &entries[items[i].index];

			shared = may_share(e) && may_share(first) && strcmp(e->canonical, first->canonical) != 0;
		}
		for (size_t i = start; i < end && shared; i++)
			if (may_share(&entries[items[i].index]))
			{
				entries[items[i].index].flags |= GT_LF_CANDIDATE;
				entries[items[i].index].sub = GT_SENSE_NAME;
			}
		start = end;
	}
	gt_free(env, items);
	return true;
}
