/*
 * lexicon_build.c — build a lexicon from loose entries, in the layout of
 * the built-in one (lexicon_table.h): the user gazetteer at run time.
 */
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_table.h"

#include <stdlib.h>
#include <string.h>

/* A record being built: its normalised key and the entry it came from. */
typedef struct build_item
{
	char	   *key;
	const gt_lex_entry *entry;	/* NULL for a prefix record */
} build_item;

/* Order build items by key, entries before prefixes. */
static int
cmp_items(const void *a, const void *b)
{
	const build_item *x = a;
	const build_item *y = b;
	int			c = strcmp(x->key, y->key);

	if (c)
		return c;
	return (x->entry == NULL) - (y->entry == NULL);
}

/* A growing byte pool. */
typedef struct pool_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} pool_buf;

/* Append a NUL-terminated string to the pool; returns its offset or -1. */
static int64_t
pool_add(const gt_env *env, pool_buf *pool, const char *s)
{
	size_t		n = strlen(s) + 1;
	char	   *grown = gt_grow(env, pool->data, &pool->cap, 1, pool->len + n);
	int64_t		off = (int64_t) pool->len;

	if (!grown || pool->len + n > UINT32_MAX)
		return -1;
	pool->data = grown;
	memcpy(pool->data + pool->len, s, n);
	pool->len += n;
	return off;
}

/* Collect normalised keys and their multi-word prefixes; -1 on ENOMEM. */
static int64_t
collect_items(const gt_env *env, const gt_lex_entry *entries, size_t n,
			  build_item **items_out)
{
	build_item *items = NULL;
	size_t		cap = 0;
	size_t		count = 0;
	char		buf[1024];

	for (size_t i = 0; i < n; i++)
	{
		size_t		klen = gt_normalize_key(entries[i].key,
											strlen(entries[i].key),
											buf, sizeof(buf));

		if (klen == (size_t) -1 || klen == 0)
			continue;
		for (size_t pos = 0; pos <= klen; pos++)
		{
			char	   *key;
			build_item *grown;

			if (pos < klen && buf[pos] != ' ')
				continue;
			grown = gt_grow(env, items, &cap, sizeof(build_item), count + 1);
			key = gt_alloc(env, pos + 1);
			if (!grown || !key)
			{
				if (grown)
					items = grown;
				gt_free(env, key);
				*items_out = items;
				return -(int64_t) count - 1;
			}
			items = grown;
			memcpy(key, buf, pos);
			key[pos] = '\0';
			items[count].key = key;
			items[count].entry = pos == klen ? &entries[i] : NULL;
			count++;
		}
	}
	*items_out = items;
	return (int64_t) count;
}

/* Free collected build items. */
static void
free_items(const gt_env *env, build_item *items, size_t count)
{
	for (size_t i = 0; i < count; i++)
		gt_free(env, items[i].key);
	gt_free(env, items);
}

/* Index of a source name in the lexicon's table, adding it if new. */
static int
intern_source(gt_lexicon *lex, const char *source)
{
	const char **sources = (const char **) lex->sources;

	for (uint32_t i = 0; i < lex->nsources; i++)
		if (strcmp(sources[i], source) == 0)
			return (int) i;
	if (lex->nsources >= 64)
		return 0;
	sources[lex->nsources] = source;
	return (int) lex->nsources++;
}

/* Fill the records of lex from sorted items; false on ENOMEM. */
static bool
fill_records(const gt_env *env, gt_lexicon *lex, build_item *items,
			 size_t count, pool_buf *pool)
{
	gt_lex_rec *recs = gt_alloc(env, count * sizeof(gt_lex_rec));
	uint32_t	nrecs = 0;
	int64_t		key_off = -1;

	if (!recs)
		return false;
	lex->recs = recs;
	for (size_t i = 0; i < count; i++)
	{
		const gt_lex_entry *e = items[i].entry;
		gt_lex_rec *r;
		bool		same_key = i > 0 && strcmp(items[i].key, items[i - 1].key) == 0;

		/* one prefix record per key, and none where an entry exists */
		if (!e && same_key)
			continue;
		if (!same_key)
		{
			key_off = pool_add(env, pool, items[i].key);
			lex->nkeys++;
		}
		r = &recs[nrecs++];
		memset(r, 0, sizeof(*r));
		r->key = (uint32_t) key_off;
		if (e)
		{
			int64_t		c = pool_add(env, pool, e->canonical ? e->canonical : "");
			int64_t		x = pool_add(env, pool, e->extra ? e->extra : "");

			if (key_off < 0 || c < 0 || x < 0)
				return false;
			r->canonical = (uint32_t) c;
			r->extra = (uint32_t) x;
			r->source = (uint16_t) intern_source(lex, e->source ? e->source : "");
			r->type = e->type;
			r->kind = e->kind;
			r->form = e->form;
			r->gender = e->gender;
			r->flags = e->flags;
			r->country[0] = e->country[0];
			r->country[1] = e->country[0] ? e->country[1] : '\0';
		}
		else
		{
			if (key_off < 0)
				return false;
			r->type = GT_LEX_PREFIX;
		}
	}
	lex->nrecs = nrecs;
	return true;
}

/* Hash every distinct key of lex into a fresh slot table; false on ENOMEM. */
static bool
fill_slots(const gt_env *env, gt_lexicon *lex)
{
	uint32_t	nslots = 16;
	gt_lex_slot *slots;

	while (nslots < lex->nkeys * 2)
		nslots *= 2;
	slots = gt_alloc(env, (size_t) nslots * sizeof(gt_lex_slot));
	if (!slots)
		return false;
	memset(slots, 0, (size_t) nslots * sizeof(gt_lex_slot));
	for (uint32_t i = 0; i < lex->nrecs; i++)
	{
		const char *k = lex->pool + lex->recs[i].key;
		uint32_t	h;
		uint32_t	idx;

		if (i > 0 && lex->recs[i].key == lex->recs[i - 1].key)
			continue;
		h = gt_hash(k, strlen(k));
		for (idx = h & (nslots - 1); slots[idx].first;
			 idx = (idx + 1) & (nslots - 1))
			;
		slots[idx].hash = h;
		slots[idx].first = i + 1;
	}
	lex->slots = slots;
	lex->nslots = nslots;
	return true;
}

/* Build the Bloom filter over the keys with entity or prefix records. */
static bool
fill_bloom(const gt_env *env, gt_lexicon *lex)
{
	uint32_t	nbits = 1024;
	uint64_t   *bloom;

	while (nbits < lex->nkeys * 16 && nbits < (1u << 24))
		nbits *= 2;
	bloom = gt_alloc(env, nbits / 8);
	if (!bloom)
		return false;
	memset(bloom, 0, nbits / 8);
	for (uint32_t i = 0; i < lex->nrecs; i++)
	{
		const char *k = lex->pool + lex->recs[i].key;
		uint32_t	a,
					b;

		if (lex->recs[i].type != GT_LEX_ENTITY && lex->recs[i].type != GT_LEX_PREFIX)
			continue;
		gt_bloom_bits(gt_hash(k, strlen(k)), nbits, &a, &b);
		bloom[a >> 6] |= (uint64_t) 1 << (a & 63);
		bloom[b >> 6] |= (uint64_t) 1 << (b & 63);
	}
	lex->entity_bloom = bloom;
	lex->bloom_bits = nbits;
	return true;
}

/* Build a lexicon from loose entries (the user gazetteer); NULL on ENOMEM. */
gt_lexicon *
gt_lexicon_build(const gt_env *env, const gt_lex_entry *entries, size_t n)
{
	gt_lexicon *lex = gt_alloc(env, sizeof(gt_lexicon));
	build_item *items = NULL;
	int64_t		count = collect_items(env, entries, n, &items);
	pool_buf	pool = {0};
	bool		ok;

	if (!lex || count < 0)
	{
		free_items(env, items, count < 0 ? (size_t) (-count - 1) : (size_t) count);
		gt_free(env, lex);
		return NULL;
	}
	memset(lex, 0, sizeof(*lex));
	lex->sources = gt_alloc(env, 64 * sizeof(char *));
	if (count > 1)
		qsort(items, (size_t) count, sizeof(build_item), cmp_items);
	ok = lex->sources && pool_add(env, &pool, "") == 0 &&
		fill_records(env, lex, items, (size_t) count, &pool);
	lex->pool = pool.data;
	ok = ok && fill_slots(env, lex) && fill_bloom(env, lex);
	free_items(env, items, (size_t) count);
	if (!ok)
	{
		gt_lexicon_free(env, lex);
		return NULL;
	}
	return lex;
}

/* Free a lexicon made by gt_lexicon_build. */
void
gt_lexicon_free(const gt_env *env, gt_lexicon *lex)
{
	if (!lex)
		return;
	gt_free(env, (void *) lex->pool);
	gt_free(env, (void *) lex->recs);
	gt_free(env, (void *) lex->slots);
	gt_free(env, (void *) lex->sources);
	gt_free(env, (void *) lex->entity_bloom);
	gt_free(env, lex);
}

