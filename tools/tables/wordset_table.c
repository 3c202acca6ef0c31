/*
 * wordset_table.c — the table of closed word classes (text/wordsets.h):
 * every word of data/wordsets.tsv with the set of classes it is in (FOLD
 * classes also under the other case of an ASCII initial), the abbreviations
 * of data/abbreviations.tsv under their normalised keys, and each class's
 * words in file order for the rules that walk them.
 */
#include "tables.h"
#include "text/wordsets.h"

#include <stdlib.h>
#include <string.h>

/* Distinct masks a token can carry: gt_doc.word_sets holds one byte per token. */
#define MAX_DISTINCT_MASKS 256

/* One word with one of its classes, before words are merged. */
typedef struct pair
{
	char	   *word;
	size_t		len;
	gt_wordset_mask mask;
} pair;

/* Everything being collected. */
typedef struct collect
{
	pair	   *pairs;
	size_t		npairs;
	size_t		cap;
	/* per class: its words in file order */
	char	  **items[GT_WS__COUNT];
	size_t		nitems[GT_WS__COUNT];
	size_t		capitems[GT_WS__COUNT];
} collect;

/* The class of a name in the data file, or exits. */
static gt_wordset
class_of(const char *name, const char *path, int line)
{
	gt_wordset	set;

	if (!gt_wordset_by_name(name, &set))
		die("%s:%d: unknown word class '%s' (the classes are listed in src/core/text/wordset_list.h)",
			path, line, name);
	return set;
}

/* Record that word[0..len) is in class set (for the hash only, or also as an item). */
static void
add_pair(collect *c, const char *word, size_t len, gt_wordset set)
{
	if (c->npairs == c->cap)
		c->pairs = xrealloc(c->pairs, (c->cap = c->cap ? 2 * c->cap : 1024) * sizeof(pair));
	c->pairs[c->npairs].word = xstrndup(word, len);
	c->pairs[c->npairs].len = len;
	c->pairs[c->npairs].mask = gt_mask_of(set);
	c->npairs++;
}

/* Add a word of a class as listed (exits when the class lists it twice). */
static void
add_word(collect *c, const char *word, gt_wordset set, const char *path, int line)
{
	size_t		len = strlen(word);

	if (len == 0 || len > UINT16_MAX)
		die("%s:%d: empty or overlong word", path, line);
	for (size_t i = 0; i < c->nitems[set]; i++)
		if (strcmp(c->items[set][i], word) == 0)
			die("%s:%d: '%s' is listed twice in class %s", path, line, word, gt_wordset_name(set));
	if (c->nitems[set] == c->capitems[set])
		c->items[set] = xrealloc(c->items[set],
								 (c->capitems[set] = c->capitems[set] ? 2 * c->capitems[set] : 16) *
								 sizeof(char *));
	c->items[set][c->nitems[set]++] = xstrndup(word, len);
	add_pair(c, word, len, set);
	/* a FOLD class also holds the word with its ASCII initial in the other case */
	if (gt_wordset_case_of(set) == GT_WS_FOLD &&
		((word[0] >= 'a' && word[0] <= 'z') || (word[0] >= 'A' && word[0] <= 'Z')))
	{
		char	   *other = xstrndup(word, len);

		other[0] = (char) (other[0] ^ 0x20);
		add_pair(c, other, len, set);
		free(other);
	}
}

/* Read data/wordsets.tsv. */
static void
read_wordsets(collect *c, const char *path)
{
	tsv_file	f;
	size_t		word_col,
				set_col;

	tsv_read(&f, path);
	word_col = tsv_column(&f, "word");
	set_col = tsv_column(&f, "set");
	for (size_t i = 0; i < f.nrows; i++)
	{
		const tsv_row *r = &f.rows[i];

		add_word(c, tsv_cell(r, word_col), class_of(tsv_cell(r, set_col), path, r->line),
				 path, r->line);
	}
	tsv_free(&f);
}

/* Read data/abbreviations.tsv: every abbreviation by its normalised key. */
static void
read_abbreviations(collect *c, const char *path)
{
	tsv_file	f;
	size_t		abbr_col,
				class_col;

	tsv_read(&f, path);
	abbr_col = tsv_column(&f, "abbreviation");
	class_col = tsv_column(&f, "class");
	for (size_t i = 0; i < f.nrows; i++)
	{
		const tsv_row *r = &f.rows[i];
		const char *abbr = tsv_cell(r, abbr_col);
		const char *cls = tsv_cell(r, class_col);
		char		key[GT_KEY_MAX];
		size_t		klen = gt_normalize_key(abbr, strlen(abbr), key, sizeof(key) - 1);

		if (klen == (size_t) -1 || klen == 0)
			die("%s:%d: no key for '%s'", path, r->line, abbr);
		key[klen] = '\0';
		if (strcmp(cls, "title") != 0 && strcmp(cls, "inner") != 0 && strcmp(cls, "final") != 0)
			die("%s:%d: class '%s' is none of title, inner, final", path, r->line, cls);
		add_word(c, key, GT_WS_ABBREVIATION, path, r->line);
		if (strcmp(cls, "final") == 0)
			add_word(c, key, GT_WS_ABBREVIATION_FINAL, path, r->line);
	}
	tsv_free(&f);
}

/* Order pairs by their bytes. */
static int
cmp_pairs(const void *a, const void *b)
{
	const pair *x = a;
	const pair *y = b;
	size_t		n = x->len < y->len ? x->len : y->len;
	int			c = memcmp(x->word, y->word, n);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Order masks ascending. */
static int
cmp_masks(const void *a, const void *b)
{
	return gt_mask_cmp(*(const gt_wordset_mask *) a, *(const gt_wordset_mask *) b);
}

/* The index of a mask in the sorted distinct masks. */
static uint16_t
mask_index(const gt_wordset_mask *masks, size_t n, gt_wordset_mask m)
{
	const gt_wordset_mask *hit = bsearch(&m, masks, n, sizeof(m), cmp_masks);

	return (uint16_t) (hit - masks);
}

/* The record of a word among the merged, sorted pairs (it is there). */
static size_t
record_of(const pair *recs, size_t n, const char *word)
{
	pair		key = {(char *) word, strlen(word), {{0}}};
	const pair *hit = bsearch(&key, recs, n, sizeof(pair), cmp_pairs);

	if (!hit)
		die("internal error: item '%s' has no record", word);
	return (size_t) (hit - recs);
}

/* Build the word-set table from data/wordsets.tsv and data/abbreviations.tsv. */
int
build_wordsets(const char *data_dir, const char *out_path)
{
	collect		c;
	char		path[4096];
	size_t		nrecs = 0;
	gt_wordset_mask *masks;
	size_t		nmasks = 1;
	gt_wordset_rec *recs;
	uint32_t   *offsets;
	char	   *pool;
	size_t		pool_len = 0;
	uint32_t	nslots = 16;
	uint32_t   *slots;
	uint32_t	lists[2 * GT_WS__COUNT];
	gt_wordset_item *items;
	size_t		nitems = 0;
	blob_writer w = {.record_size = sizeof(gt_wordset_rec)};

	memset(&c, 0, sizeof(c));
	snprintf(path, sizeof(path), "%s/wordsets.tsv", data_dir);
	read_wordsets(&c, path);
	snprintf(path, sizeof(path), "%s/abbreviations.tsv", data_dir);
	read_abbreviations(&c, path);
	for (int s = 0; s < GT_WS__COUNT; s++)
		if (c.nitems[s] == 0)
			die("word class %s has no words in %s/wordsets.tsv", gt_wordset_name((gt_wordset) s), data_dir);

	/* merge the pairs of each word into one record with its mask */
	qsort(c.pairs, c.npairs, sizeof(pair), cmp_pairs);
	for (size_t i = 0; i < c.npairs; i++)
	{
		if (nrecs > 0 && cmp_pairs(&c.pairs[nrecs - 1], &c.pairs[i]) == 0)
		{
			c.pairs[nrecs - 1].mask = gt_mask_or(c.pairs[nrecs - 1].mask, c.pairs[i].mask);
			free(c.pairs[i].word);
			continue;
		}
		c.pairs[nrecs++] = c.pairs[i];
	}

	/* the distinct masks, the empty one first */
	masks = xmalloc((nrecs + 1) * sizeof(gt_wordset_mask));
	memset(&masks[0], 0, sizeof(masks[0]));
	for (size_t i = 0; i < nrecs; i++)
		masks[nmasks++] = c.pairs[i].mask;
	qsort(masks, nmasks, sizeof(gt_wordset_mask), cmp_masks);
	{
		size_t		n = 0;

		for (size_t i = 0; i < nmasks; i++)
			if (n == 0 || gt_mask_cmp(masks[n - 1], masks[i]) != 0)
				masks[n++] = masks[i];
		nmasks = n;
	}
	if (nmasks > MAX_DISTINCT_MASKS)
		die("%zu distinct combinations of word classes; gt_doc.word_sets holds %d",
			nmasks, MAX_DISTINCT_MASKS);

	/* records, pool and hash slots */
	recs = xmalloc(nrecs * sizeof(gt_wordset_rec));
	offsets = xmalloc(nrecs * sizeof(uint32_t));
	for (size_t i = 0; i < nrecs; i++)
		pool_len += c.pairs[i].len + 1;
	pool = xmalloc(pool_len);
	pool_len = 0;
	while (nslots < 2 * nrecs)
		nslots *= 2;
	slots = xmalloc(nslots * sizeof(uint32_t));
	memset(slots, 0, nslots * sizeof(uint32_t));
	for (size_t i = 0; i < nrecs; i++)
	{
		uint32_t	idx;

		offsets[i] = (uint32_t) pool_len;
		memcpy(pool + pool_len, c.pairs[i].word, c.pairs[i].len + 1);
		pool_len += c.pairs[i].len + 1;
		recs[i].word = offsets[i];
		recs[i].len = (uint16_t) c.pairs[i].len;
		recs[i].mask = mask_index(masks, nmasks, c.pairs[i].mask);
		for (idx = gt_hash(c.pairs[i].word, c.pairs[i].len) & (nslots - 1); slots[idx];
			 idx = (idx + 1) & (nslots - 1))
			;
		slots[idx] = (uint32_t) i + 1;
	}

	/* each class's words in file order, pointing at their records' words */
	for (int s = 0; s < GT_WS__COUNT; s++)
		nitems += c.nitems[s];
	items = xmalloc(nitems * sizeof(gt_wordset_item));
	nitems = 0;
	for (int s = 0; s < GT_WS__COUNT; s++)
	{
		lists[2 * s] = (uint32_t) nitems;
		lists[2 * s + 1] = (uint32_t) c.nitems[s];
		for (size_t i = 0; i < c.nitems[s]; i++)
		{
			size_t		r = record_of(c.pairs, nrecs, c.items[s][i]);

			items[nitems].word = offsets[r];
			items[nitems].len = (uint32_t) c.pairs[r].len;
			nitems++;
		}
	}

	blob_add(&w, GT_WS_SECTION_POOL, (uint32_t) pool_len, pool, pool_len);
	blob_add(&w, GT_WS_SECTION_RECS, (uint32_t) nrecs, recs, nrecs * sizeof(gt_wordset_rec));
	blob_add(&w, GT_WS_SECTION_SLOTS, nslots, slots, nslots * sizeof(uint32_t));
	blob_add(&w, GT_WS_SECTION_MASKS, (uint32_t) nmasks, masks, nmasks * sizeof(gt_wordset_mask));
	blob_add(&w, GT_WS_SECTION_LISTS, GT_WS__COUNT, lists, sizeof(lists));
	blob_add(&w, GT_WS_SECTION_ITEMS, (uint32_t) nitems, items, nitems * sizeof(gt_wordset_item));
	blob_write(&w, out_path);
	printf("build_tables: %zu words in %d classes (%zu distinct combinations) -> %s\n",
		   nrecs, GT_WS__COUNT, nmasks, out_path);
	return 0;
}
