/*
 * lexicon_build.c — build a lexicon from loose entries in the layout of
 * lexicon_table.h. One implementation for both lexicons: the user gazetteer
 * at run time (pg_gazetteer.c), and the built-in one at build time (the
 * table builder, tools/tables, writes what this code builds).
 *
 * Records are sorted by key (bytes), then type, then input order, so that
 * the entries of a key keep the order in which they were given; every
 * word-boundary prefix of a multi-word key gets one prefix record (after
 * the key's entries, if it has any), which lets the matcher extend a match
 * only where a longer key exists.
 */
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_table.h"

#include <stdlib.h>
#include <string.h>

/* The most distinct source names a lexicon holds (the built-in one has 16). */
#define MAX_SOURCES 64
/* Bloom bits per key of a filter sized from the key count, and its bounds. */
#define BLOOM_BITS_PER_KEY 16
#define BLOOM_MIN_BITS 1024
#define BLOOM_MAX_BITS (1u << 24)

/* A record being built: its normalised key and the entry it came from. */
typedef struct build_item
{
	char	   *key;
	const gt_lex_entry *entry;	/* NULL for a prefix record */
	size_t		order;			/* input position, for a stable sort */
} build_item;

/* The type a build item's record will have. */
static uint8_t
item_type(const build_item *it)
{
	return it->entry ? it->entry->type : GT_LEX_PREFIX;
}

/* Order build items by key, type, then input order. */
static int
cmp_items(const void *a, const void *b)
{
	const build_item *x = a;
	const build_item *y = b;
	int			c = strcmp(x->key, y->key);

	if (c)
		return c;
	if (item_type(x) != item_type(y))
		return item_type(x) < item_type(y) ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

/* A growing byte pool whose strings are stored once each. */
typedef struct pool_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	uint32_t   *slots;			/* 1 + offset of a stored string, 0 = empty */
	size_t		nslots;			/* a power of two */
	size_t		used;
} pool_buf;

/* Append a NUL-terminated string to the pool (no lookup); its offset or -1. */
static int64_t
pool_append(const gt_env *env, pool_buf *pool, const char *s, size_t n)
{
	char	   *grown = gt_grow(env, pool->data, &pool->cap, 1, pool->len + n + 1);
	int64_t		off = (int64_t) pool->len;

	if (!grown || pool->len + n + 1 > UINT32_MAX)
		return -1;
	pool->data = grown;
	memcpy(pool->data + pool->len, s, n);
	pool->data[pool->len + n] = '\0';
	pool->len += n + 1;
	return off;
}

/* Double the pool's string index; false on ENOMEM. */
static bool
pool_rehash(const gt_env *env, pool_buf *pool)
{
	size_t		nslots = pool->nslots ? 2 * pool->nslots : 1024;
	uint32_t   *slots = gt_alloc(env, nslots * sizeof(uint32_t));

	if (!slots)
		return false;
	memset(slots, 0, nslots * sizeof(uint32_t));
	for (size_t i = 0; i < pool->nslots; i++)
	{
		uint32_t	v = pool->slots[i];
		const char *s;
		size_t		idx;

		if (!v)
			continue;
		s = pool->data + v - 1;
		for (idx = gt_hash(s, strlen(s)) & (nslots - 1); slots[idx]; idx = (idx + 1) & (nslots - 1))
			;
		slots[idx] = v;
	}
	gt_free(env, pool->slots);
	pool->slots = slots;
	pool->nslots = nslots;
	return true;
}

/* The offset of a string in the pool, stored on first use; -1 on ENOMEM. */
static int64_t
pool_add(const gt_env *env, pool_buf *pool, const char *s)
{
	size_t		n = strlen(s);
	size_t		idx;
	int64_t		off;

	if (2 * (pool->used + 1) > pool->nslots && !pool_rehash(env, pool))
		return -1;
	for (idx = gt_hash(s, n) & (pool->nslots - 1); pool->slots[idx];
		 idx = (idx + 1) & (pool->nslots - 1))
	{
		const char *t = pool->data + pool->slots[idx] - 1;

		if (strncmp(t, s, n) == 0 && t[n] == '\0')
			return (int64_t) pool->slots[idx] - 1;
	}
	off = pool_append(env, pool, s, n);
	if (off < 0 || off + 1 > UINT32_MAX)
		return -1;
	pool->slots[idx] = (uint32_t) off + 1;
	pool->used++;
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
	char		buf[GT_ENTRY_KEY_MAX];

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
			items[count].order = count;
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
	if (lex->nsources >= MAX_SOURCES)
		return 0;
	sources[lex->nsources] = source;
	return (int) lex->nsources++;
}

/* The source name of prefix records. */
#define PREFIX_SOURCE "prefix"

/*
 * The records of a lexicon being built, before they go into the blocks:
 * each record and its key (the sorted item's key string; the records of
 * one key share one pointer). The pool holds no keys: a built lexicon
 * reads its keys from the blocks.
 */
typedef struct build_recs
{
	gt_lex_rec *recs;
	const char **keys;
	uint32_t	n;
} build_recs;

/* Free a build's record array. */
static void
free_build_recs(const gt_env *env, build_recs *br)
{
	gt_free(env, br->recs);
	gt_free(env, (void *) br->keys);
	br->recs = NULL;
	br->keys = NULL;
}

/* Fill the records of a build from sorted items (strings into the pool); false on ENOMEM. */
static bool
fill_records(const gt_env *env, gt_lexicon *lex, build_item *items,
			 size_t count, pool_buf *pool, build_recs *br)
{
	const char *key = NULL;

	br->recs = gt_alloc(env, (count ? count : 1) * sizeof(gt_lex_rec));
	br->keys = gt_alloc(env, (count ? count : 1) * sizeof(char *));
	br->n = 0;
	if (!br->recs || !br->keys)
		return false;
	for (size_t i = 0; i < count; i++)
	{
		const gt_lex_entry *e = items[i].entry;
		gt_lex_rec *r;
		bool		same_key = i > 0 && strcmp(items[i].key, items[i - 1].key) == 0;

		/* one prefix record per key: the sort put it after the key's entries */
		if (!e && same_key && !items[i - 1].entry)
			continue;
		if (!same_key)
		{
			key = items[i].key;
			lex->nkeys++;
		}
		br->keys[br->n] = key;
		r = &br->recs[br->n++];
		memset(r, 0, sizeof(*r));
		if (e)
		{
			int64_t		c = pool_add(env, pool, e->canonical ? e->canonical : "");
			int64_t		x = pool_add(env, pool, e->extra ? e->extra : "");

			if (c < 0 || x < 0)
				return false;
			r->canonical = (uint32_t) c;
			r->extra = (uint32_t) x;
			r->source = (uint16_t) intern_source(lex, e->source ? e->source : "");
			r->type = e->type;
			r->kind = e->kind;
			r->form = e->form;
			r->gender = e->gender;
			r->flags = e->flags;
			r->sub = e->sub;
			r->country[0] = e->country[0];
			r->country[1] = e->country[0] ? e->country[1] : '\0';
		}
		else
		{
			r->source = (uint16_t) intern_source(lex, PREFIX_SOURCE);
			r->type = GT_LEX_PREFIX;
		}
	}
	lex->nrecs = br->n;
	return true;
}

/* The number of records of the key whose first record is br->recs[first]. */
static uint32_t
key_run(const build_recs *br, uint32_t first)
{
	uint32_t	end = first + 1;

	while (end < br->n && br->keys[end] == br->keys[first])
		end++;
	return end - first;
}

/* Order records by their bytes (every record is zeroed before it is filled: no stray padding). */
static int
cmp_recs(const void *a, const void *b)
{
	return memcmp(a, b, sizeof(gt_lex_rec));
}

/*
 * The record that most keys with a single record have (the first in byte
 * order of equally many), into lex->shared; false on ENOMEM. A lexicon
 * without single-record keys keeps a zeroed one, which no block uses.
 */
static bool
choose_shared(const gt_env *env, gt_lexicon *lex, const build_recs *br)
{
	gt_lex_rec *single = gt_alloc(env, (br->n ? br->n : 1) * sizeof(gt_lex_rec));
	uint32_t	n = 0;
	uint32_t	best = 0;

	if (!single)
		return false;
	for (uint32_t i = 0; i < br->n;)
	{
		uint32_t	run = key_run(br, i);

		if (run == 1)
			single[n++] = br->recs[i];
		i += run;
	}
	qsort(single, n, sizeof(gt_lex_rec), cmp_recs);
	memset(&lex->shared, 0, sizeof(lex->shared));
	for (uint32_t i = 0; i < n;)
	{
		uint32_t	end = i + 1;

		while (end < n && cmp_recs(&single[end], &single[i]) == 0)
			end++;
		if (end - i > best)
		{
			best = end - i;
			lex->shared = single[i];
		}
		i = end;
	}
	gt_free(env, single);
	return true;
}

/* Does the key run of `run` records from br->recs[i] stand for the shared record (a block of none)? */
static bool
is_shared(const gt_lexicon *lex, const build_recs *br, uint32_t i, uint32_t run)
{
	return run == 1 && cmp_recs(&br->recs[i], &lex->shared) == 0;
}

/* Bytes of the block of the key run of `run` records from br->recs[i]. */
static size_t
block_size(const gt_lexicon *lex, const build_recs *br, uint32_t i, uint32_t run)
{
	return gt_lex_block_head_size(strlen(br->keys[i])) +
		(is_shared(lex, br, i, run) ? 0 : run * sizeof(gt_lex_rec));
}

/*
 * Write every key's block (lexicon_table.h) into a fresh byte array; false
 * on ENOMEM or when a key does not fit a block's length (never: keys are at
 * most GT_ENTRY_KEY_MAX bytes) or the blocks a uint32 offset.
 */
static bool
fill_blocks(const gt_env *env, gt_lexicon *lex, const build_recs *br)
{
	size_t		len = 0;
	unsigned char *blocks;

	if (!choose_shared(env, lex, br))
		return false;
	for (uint32_t i = 0; i < br->n;)
	{
		uint32_t	run = key_run(br, i);

		if (strlen(br->keys[i]) > UINT16_MAX)
			return false;
		len += block_size(lex, br, i, run);
		i += run;
	}
	if (len >= UINT32_MAX)
		return false;
	blocks = gt_alloc(env, len ? len : 1);
	if (!blocks)
		return false;
	memset(blocks, 0, len ? len : 1);
	len = 0;
	for (uint32_t i = 0; i < br->n;)
	{
		uint32_t	run = key_run(br, i);
		const char *k = br->keys[i];
		size_t		klen = strlen(k);
		gt_lex_block *b = (gt_lex_block *) (blocks + len);

		b->keylen = (uint16_t) klen;
		memcpy(b->key, k, klen);
		if (!is_shared(lex, br, i, run))
		{
			b->nrecs = run;
			memcpy((gt_lex_rec *) gt_lex_block_recs(b), &br->recs[i], run * sizeof(gt_lex_rec));
		}
		len += block_size(lex, br, i, run);
		i += run;
	}
	lex->blocks = blocks;
	lex->blocks_len = (uint32_t) len;
	return true;
}

/* The offset of the block that follows block b (at offset off) in a lexicon's blocks. */
static uint32_t
next_block(const gt_lex_block *b, uint32_t off)
{
	return off + (uint32_t) (gt_lex_block_head_size(b->keylen) + b->nrecs * sizeof(gt_lex_rec));
}

/* Hash every key's block of lex into a fresh slot table; false on ENOMEM. */
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
	for (uint32_t off = 0; off < lex->blocks_len;)
	{
		const gt_lex_block *b = (const gt_lex_block *) (lex->blocks + off);
		uint32_t	h = gt_hash(b->key, b->keylen);
		uint32_t	idx;

		for (idx = h & (nslots - 1); slots[idx].block;
			 idx = (idx + 1) & (nslots - 1))
			;
		slots[idx].hash = h;
		slots[idx].block = off + 1;
		off = next_block(b, off);
	}
	lex->slots = slots;
	lex->nslots = nslots;
	return true;
}

/* Which keys a Bloom filter holds: those with a record of a wanted type. */
typedef bool (*bloom_wants) (const char *key, uint8_t type);

/* The hash a Bloom filter is tested with (gt_hash, or gt_hash_backward for the tail filter). */
typedef uint32_t (*bloom_hash) (const char *key, size_t len);

/* Keys with entity or prefix records (the matcher's first question). */
static bool
wants_entity(const char *key, uint8_t type)
{
	(void) key;
	return type == GT_LEX_ENTITY || type == GT_LEX_PREFIX;
}

/* Capitalised keys with common-word, role or org-pattern records (compound tails). */
static bool
wants_noun(const char *key, uint8_t type)
{
	size_t		i = 0;

	return (type == GT_LEX_COMMON_WORD || type == GT_LEX_ROLE || type == GT_LEX_ORG_PATTERN) &&
		gt_is_upper_case(gt_utf8_next(key, strlen(key), &i));
}

/* Every key (the lookup's first question). */
static bool
wants_any(const char *key, uint8_t type)
{
	(void) key;
	(void) type;
	return true;
}

/* Keys with cue or prefix records (the cue finder's first question). */
static bool
wants_cue(const char *key, uint8_t type)
{
	(void) key;
	return type == GT_LEX_CUE || type == GT_LEX_PREFIX;
}

/* The bits of a filter sized from the key count. */
static uint32_t
bloom_size_for(uint32_t nkeys)
{
	uint32_t	nbits = BLOOM_MIN_BITS;

	while (nbits < nkeys * BLOOM_BITS_PER_KEY && nbits < BLOOM_MAX_BITS)
		nbits *= 2;
	return nbits;
}

/* The forward hash of a key, as a bloom_hash. */
static uint32_t
forward_hash(const char *key, size_t len)
{
	return gt_hash(key, len);
}

/* The backward hash of a key, as a bloom_hash. */
static uint32_t
backward_hash(const char *key, size_t len)
{
	return gt_hash_backward(key, len);
}

/* Build a Bloom filter of nbits over the keys `wants` selects, by `hash`; NULL on ENOMEM. */
static uint64_t *
fill_bloom(const gt_env *env, const gt_lexicon *lex, uint32_t nbits, bloom_wants wants, bloom_hash hash)
{
	uint64_t   *bloom = gt_alloc(env, nbits / 8);

	if (!bloom)
		return NULL;
	memset(bloom, 0, nbits / 8);
	for (uint32_t off = 0; off < lex->blocks_len;)
	{
		const gt_lex_block *b = (const gt_lex_block *) (lex->blocks + off);
		uint32_t	nrecs;
		const gt_lex_rec *recs = gt_lex_block_records(lex, b, &nrecs);

		for (uint32_t i = 0; i < nrecs; i++)
			if (wants(b->key, recs[i].type))
				gt_bloom_add(bloom, nbits, hash(b->key, b->keylen));
		off = next_block(b, off);
	}
	return bloom;
}

/* Build the Bloom filters the options ask for; false on ENOMEM. */
static bool
fill_blooms(const gt_env *env, gt_lexicon *lex, const gt_lexicon_options *opt)
{
	lex->bloom_bits = opt->entity_bloom_bits ? opt->entity_bloom_bits : bloom_size_for(lex->nkeys);
	lex->entity_bloom = fill_bloom(env, lex, lex->bloom_bits, wants_entity, forward_hash);
	if (!lex->entity_bloom)
		return false;
	lex->key_bloom_bits = opt->key_bloom_bits ? opt->key_bloom_bits : bloom_size_for(lex->nkeys);
	lex->key_bloom = fill_bloom(env, lex, lex->key_bloom_bits, wants_any, forward_hash);
	if (!lex->key_bloom)
		return false;
	if (opt->noun_bloom_bits)
	{
		lex->noun_bloom_bits = opt->noun_bloom_bits;
		lex->noun_bloom = fill_bloom(env, lex, lex->noun_bloom_bits, wants_noun, backward_hash);
		if (!lex->noun_bloom)
			return false;
	}
	if (opt->cue_bloom_bits)
	{
		lex->cue_bloom_bits = opt->cue_bloom_bits;
		lex->cue_bloom = fill_bloom(env, lex, lex->cue_bloom_bits, wants_cue, forward_hash);
		if (!lex->cue_bloom)
			return false;
	}
	return true;
}

/* Build a lexicon from loose entries with the given filters; NULL on ENOMEM. */
gt_lexicon *
gt_lexicon_build_with(const gt_env *env, const gt_lex_entry *entries, size_t n,
					  const gt_lexicon_options *opt)
{
	gt_lexicon *lex = gt_alloc(env, sizeof(gt_lexicon));
	build_item *items = NULL;
	int64_t		count = collect_items(env, entries, n, &items);
	pool_buf	pool = {0};
	build_recs	br = {0};
	bool		ok;

	if (!lex || count < 0)
	{
		free_items(env, items, count < 0 ? (size_t) (-count - 1) : (size_t) count);
		gt_free(env, lex);
		return NULL;
	}
	memset(lex, 0, sizeof(*lex));
	lex->sources = gt_alloc(env, MAX_SOURCES * sizeof(char *));
	if (count > 1)
		qsort(items, (size_t) count, sizeof(build_item), cmp_items);
	ok = lex->sources && pool_add(env, &pool, "") == 0 &&
		fill_records(env, lex, items, (size_t) count, &pool, &br);
	lex->pool = pool.data;
	lex->pool_len = (uint32_t) pool.len;
	gt_free(env, pool.slots);
	ok = ok && fill_blocks(env, lex, &br);
	/* the blocks hold the records and keys now: a user gazetteer keeps them once, not twice */
	free_build_recs(env, &br);
	free_items(env, items, (size_t) count);
	ok = ok && fill_slots(env, lex) && fill_blooms(env, lex, opt);
	if (!ok)
	{
		gt_lexicon_free(env, lex);
		return NULL;
	}
	return lex;
}

/* Build a lexicon from loose entries (the user gazetteer); NULL on ENOMEM. */
gt_lexicon *
gt_lexicon_build(const gt_env *env, const gt_lex_entry *entries, size_t n)
{
	static const gt_lexicon_options user_options = {0, 0, 0, 0};

	return gt_lexicon_build_with(env, entries, n, &user_options);
}

/* Free a lexicon made by gt_lexicon_build. */
void
gt_lexicon_free(const gt_env *env, gt_lexicon *lex)
{
	if (!lex)
		return;
	gt_free(env, (void *) lex->pool);
	gt_free(env, (void *) lex->blocks);
	gt_free(env, (void *) lex->slots);
	gt_free(env, (void *) lex->sources);
	gt_free(env, (void *) lex->entity_bloom);
	gt_free(env, (void *) lex->noun_bloom);
	gt_free(env, (void *) lex->cue_bloom);
	gt_free(env, (void *) lex->key_bloom);
	gt_free(env, lex);
}
