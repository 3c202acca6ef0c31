/*
 * wordsets.c — membership in the closed word classes of data/wordsets.tsv:
 * a small hash table of words (as written; FOLD classes also hold the other
 * case of the ASCII initial) to the set of classes each belongs to, built
 * by tools/tables and linked in as a blob (wordsets_blob.c).
 */
#include "text/text.h"
#include "base/blob.h"

#include <string.h>

/* The opened table: pointers into the blob. */
static struct
{
	bool		open;
	const char *pool;
	const gt_wordset_rec *recs;
	const uint32_t *slots;
	uint32_t	nslots;			/* a power of two */
	const uint32_t *lists;		/* per class: first item, count */
	const gt_wordset_item *items;
	size_t		longest;		/* bytes of the longest word: longer tokens are in no class */
} table;

/* The masks of the table, indexed by gt_doc.word_sets (set by open_table). */
const gt_wordset_mask *gt_wordset_masks;

/* A mask array with only the empty mask, for a table that is not there. */
static const gt_wordset_mask no_masks[1] = {{{0}}};

/* Map the blob's sections once. */
static void
open_table(void)
{
	const unsigned char *b = gt_wordsets_blob;
	uint32_t	nlists = 0;

	if (table.open)
		return;
	table.pool = gt_blob_find(b, sizeof(gt_wordset_rec), GT_WS_SECTION_POOL, NULL);
	table.recs = gt_blob_find(b, sizeof(gt_wordset_rec), GT_WS_SECTION_RECS, NULL);
	table.slots = gt_blob_find(b, sizeof(gt_wordset_rec), GT_WS_SECTION_SLOTS, &table.nslots);
	gt_wordset_masks = gt_blob_find(b, sizeof(gt_wordset_rec), GT_WS_SECTION_MASKS, NULL);
	table.lists = gt_blob_find(b, sizeof(gt_wordset_rec), GT_WS_SECTION_LISTS, &nlists);
	table.items = gt_blob_find(b, sizeof(gt_wordset_rec), GT_WS_SECTION_ITEMS, NULL);
	if (!table.pool || !table.recs || !table.slots || !gt_wordset_masks ||
		!table.lists || !table.items || nlists != GT_WS__COUNT || table.nslots == 0)
	{
		/* a table of another layout: no word is in any class */
		table.nslots = 0;
		gt_wordset_masks = no_masks;
	}
	for (uint32_t i = 0; i < table.nslots; i++)
		if (table.slots[i] && table.recs[table.slots[i] - 1].len > table.longest)
			table.longest = table.recs[table.slots[i] - 1].len;
	table.open = true;
}

/* Index into the mask section of a word as written (0: in no class). */
static uint16_t
mask_index(const char *word, size_t len)
{
	uint32_t	mask;
	uint32_t	idx;

	open_table();
	if (table.nslots == 0 || len == 0 || len > table.longest)
		return 0;
	mask = table.nslots - 1;
	for (idx = gt_hash(word, len) & mask;; idx = (idx + 1) & mask)
	{
		uint32_t	slot = table.slots[idx];
		const gt_wordset_rec *r;

		if (slot == 0)
			return 0;
		r = &table.recs[slot - 1];
		if (r->len == len && memcmp(table.pool + r->word, word, len) == 0)
			return r->mask;
	}
}

/* The classes of a word as written (exact bytes). */
gt_wordset_mask
gt_word_classes(const char *word, size_t len)
{
	uint16_t	i = mask_index(word, len);

	return gt_wordset_masks[i];
}

/* Is the word as written in the class? */
bool
gt_word_in(const char *word, size_t len, gt_wordset set)
{
	return gt_mask_has(gt_word_classes(word, len), set);
}

/* How many words a class lists. */
size_t
gt_wordset_size(gt_wordset set)
{
	open_table();
	if (table.nslots == 0 || (unsigned) set >= GT_WS__COUNT)
		return 0;
	return table.lists[2 * set + 1];
}

/* The i-th word of a class in file order (its length in *len). */
const char *
gt_wordset_word(gt_wordset set, size_t i, size_t *len)
{
	const gt_wordset_item *it;

	open_table();
	it = &table.items[table.lists[2 * set] + i];
	*len = it->len;
	return table.pool + it->word;
}

/* Look every word token of doc up once (gt_doc_prepare_keys calls it). */
gt_status
gt_doc_mark_wordsets(gt_doc *doc)
{
	doc->word_sets = gt_alloc(doc->env, doc->ntokens + 1);
	if (!doc->word_sets)
		return GT_ENOMEM;
	open_table();
	for (size_t k = 0; k < doc->ntokens; k++)
	{
		const gt_token *t = &doc->tokens[k];

		gt_tick(doc->env, k + 1);
		doc->word_sets[k] = t->kind == GT_TOK_WORD ?
			(uint8_t) mask_index(doc->text + t->span.byte_start,
								 t->span.byte_end - t->span.byte_start) : 0;
	}
	return GT_OK;
}

/* The classes of a word's normalised key (abbreviations are stored by key). */
static gt_wordset_mask
key_classes(const char *word, size_t len)
{
	char		key[GT_KEY_MAX];
	size_t		klen;

	if (len >= sizeof(key))
		return no_masks[0];
	klen = gt_normalize_key(word, len, key, sizeof(key));
	if (klen == (size_t) -1)
		return no_masks[0];
	return gt_word_classes(key, klen);
}

/* Is the word (ending in its period) a known abbreviation? */
bool
gt_is_abbreviation(const char *word, size_t len)
{
	return gt_mask_has(key_classes(word, len), GT_WS_ABBREVIATION);
}

/* Does an abbreviation (with its period) usually stand at a sentence end? */
bool
gt_abbreviation_may_end_sentence(const char *word, size_t len)
{
	return gt_mask_has(key_classes(word, len), GT_WS_ABBREVIATION_FINAL);
}

/* Does w[0..n) end in item[0..m) (a gt_word_test)? */
bool
gt_word_ends_in(const char *w, size_t n, const char *item, size_t m)
{
	return n >= m && memcmp(w + n - m, item, m) == 0;
}

/*
 * The length of the first word of a class (in file order) that passes the
 * test against w[0..n) — a start, an end, a part — or 0 when none does.
 */
size_t
gt_wordset_first_match(gt_wordset set, const char *w, size_t n, gt_word_test test)
{
	size_t		count = gt_wordset_size(set);	/* opens the table */
	const gt_wordset_item *items;

	if (count == 0)
		return 0;
	items = &table.items[table.lists[2 * set]];
	for (size_t i = 0; i < count; i++)
		if (test(w, n, table.pool + items[i].word, items[i].len))
			return items[i].len;
	return 0;
}
