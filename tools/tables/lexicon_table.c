/*
 * lexicon_table.c — the built-in lexicon: the entries that
 * tools/lexicon_entries.py expanded from data/ (and the pinned word lists),
 * normalised and inflected with the core's own rules, stripped of
 * duplicates, built with the code that builds the user gazetteer
 * (gt_lexicon_build_with) and written as the table file lexicon_blob.c
 * links in (lexicon/lexicon_table.h).
 */
#include "tables.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_table.h"

#include <stdlib.h>
#include <string.h>

/* The built-in lexicon's Bloom filters (bits): sized for its 640,000 keys. */
#define ENTITY_BLOOM_BITS (1u << 20)	/* 128 kB: cache-resident, asked for every word */
#define NOUN_BLOOM_BITS (1u << 22)	/* 512 kB: compound tails of capitalised words */
#define CUE_BLOOM_BITS (1u << 18)	/* 32 kB: reporting verbs and markers */
#define KEY_BLOOM_BITS (1u << 22)	/* 512 kB, about 5.6 bits a key: it turns away some 90% of the keys not held */

/* The longest key the lexicon stores, in bytes (GT_KEY_MAX with its NUL). */
#define LEXICON_KEY_MAX (GT_KEY_MAX - 1)

/* Exit naming the file, line and what a cell should have named. */
static void
unknown(const char *what, const char *name, const tsv_file *f, const tsv_row *r)
{
	die("%s:%d: unknown %s '%s'", f->path, r->line, what, name);
}

/* The flags a |-separated cell names, or exits. */
static uint8_t
flags_of(const char *cell, const tsv_file *f, const tsv_row *r)
{
	uint8_t		flags = 0;

	while (*cell)
	{
		size_t		n = strcspn(cell, "|");
		uint8_t		flag = gt_lex_flag_by_name(cell, n);

		if (!flag)
			die("%s:%d: unknown flag '%.*s'", f->path, r->line, (int) n, cell);
		flags |= flag;
		cell += n + (cell[n] == '|');
	}
	return flags;
}

/* The sub-class value a data file names for an entry type (gt_lex_sub_name), or exits. */
static uint8_t
sub_of(uint8_t type, const char *name, const tsv_file *f, const tsv_row *r)
{
	if (name[0] == '\0')
		return 0;
	for (int i = 1; i <= UINT8_MAX; i++)
	{
		const char *n = gt_lex_sub_name((gt_lex_type) type, (uint8_t) i);

		if (n == NULL)
			break;
		if (strcmp(n, name) == 0)
			return (uint8_t) i;
	}
	die("%s:%d: '%s' is no sub-class of type %s", f->path, r->line, name,
		gt_lex_type_name((gt_lex_type) type));
}

/* A set of entry identities (key, type, canonical, form, kind, extra) seen so far. */
typedef struct ident_set
{
	char	  **slots;
	size_t		nslots;
	size_t		used;
} ident_set;

/* Add an identity; false when it was there already (a duplicate entry). */
static bool
ident_add(ident_set *set, const char *ident)
{
	size_t		idx;

	if (2 * (set->used + 1) > set->nslots)
	{
		size_t		nslots = set->nslots ? 2 * set->nslots : 1 << 16;
		char	  **slots = xmalloc(nslots * sizeof(char *));

		memset(slots, 0, nslots * sizeof(char *));
		for (size_t i = 0; i < set->nslots; i++)
			if (set->slots[i])
			{
				for (idx = gt_hash(set->slots[i], strlen(set->slots[i])) & (nslots - 1); slots[idx];
					 idx = (idx + 1) & (nslots - 1))
					;
				slots[idx] = set->slots[i];
			}
		free(set->slots);
		set->slots = slots;
		set->nslots = nslots;
	}
	for (idx = gt_hash(ident, strlen(ident)) & (set->nslots - 1); set->slots[idx];
		 idx = (idx + 1) & (set->nslots - 1))
		if (strcmp(set->slots[idx], ident) == 0)
			return false;
	set->slots[idx] = xstrndup(ident, strlen(ident));
	set->used++;
	return true;
}

/* The entries being collected. */
typedef struct entry_list
{
	gt_lex_entry *items;
	size_t		n;
	size_t		cap;
	ident_set	seen;
} entry_list;

/* Append a copy of e under key (normalised already) unless it is a duplicate. */
static void
append_entry(entry_list *l, const gt_lex_entry *e, const char *key, size_t klen)
{
	char		ident[4 * GT_KEY_MAX + 64];
	int			n = snprintf(ident, sizeof(ident), "%.*s\x1f%u\x1f%s\x1f%u\x1f%u\x1f%s",
							 (int) klen, key, e->type, e->canonical, e->form, e->kind, e->extra);

	if (n < 0 || (size_t) n >= sizeof(ident))
		die("entry too long: %.*s", (int) klen, key);
	if (!ident_add(&l->seen, ident))
		return;
	if (l->n == l->cap)
		l->items = xrealloc(l->items, (l->cap = l->cap ? 2 * l->cap : 1 << 16) * sizeof(gt_lex_entry));
	l->items[l->n] = *e;
	l->items[l->n].key = xstrndup(key, klen);
	l->n++;
}

/* The type, strings, kind, form and gender of an entry from their names, or exits. */
static void
set_values(gt_lex_entry *e, const tsv_row *r, const size_t *col, const tsv_file *f)
{
	const char *type = tsv_cell(r, col[1]);
	const char *kind = tsv_cell(r, col[5]);
	const char *form = tsv_cell(r, col[6]);
	const char *gender = tsv_cell(r, col[7]);
	gt_lex_type t;
	gt_cue_type c = GT_CUE_NONE;
	gt_kind k = GT_KIND_NONE;
	gt_form fo = GT_FORM_NAME;
	gt_gender g = GT_GENDER_UNKNOWN;

	if (!gt_lex_type_from_name(type, &t))
		unknown("type", type, f, r);
	if (kind[0] && t == GT_LEX_CUE && !gt_cue_type_from_name(kind, &c))
		unknown("cue type", kind, f, r);
	if (kind[0] && t != GT_LEX_CUE && !gt_kind_from_name(kind, &k))
		unknown("kind", kind, f, r);
	if (form[0] && !gt_form_from_name(form, &fo))
		unknown("form", form, f, r);
	if (gender[0] && !gt_gender_from_name(gender, &g))
		unknown("gender", gender, f, r);
	e->type = (uint8_t) t;
	e->source = tsv_cell(r, col[2]);
	e->canonical = tsv_cell(r, col[3]);
	e->extra = tsv_cell(r, col[4]);
	e->kind = (uint8_t) (t == GT_LEX_CUE ? (int) c : (int) k);
	e->form = (uint8_t) fo;
	e->gender = (uint8_t) g;
}

/* Turn one row of the entries file into entries (the form itself and its genitive). */
static void
add_row(entry_list *l, const tsv_file *f, const tsv_row *r, const size_t *col)
{
	gt_lex_entry e;
	const char *raw = tsv_cell(r, col[0]);
	const char *country = tsv_cell(r, col[9]);
	const char *inflect = tsv_cell(r, col[10]);
	char		key[GT_KEY_MAX];
	size_t		klen = gt_normalize_key(raw, strlen(raw), key, LEXICON_KEY_MAX);

	if (klen == (size_t) -1 || klen == 0)
		return;					/* longer than any key of a text, or blank */
	memset(&e, 0, sizeof(e));
	set_values(&e, r, col, f);
	e.flags = flags_of(tsv_cell(r, col[8]), f, r);
	e.sub = sub_of(e.type, tsv_cell(r, col[11]), f, r);
	if (country[0] && strlen(country) != 2)
		die("%s:%d: country '%s' is no ISO 3166-1 alpha-2 code", f->path, r->line, country);
	memcpy(e.country, country, strlen(country));
	append_entry(l, &e, key, klen);
	if (inflect[0])
	{
		char		gen[GT_KEY_MAX + 2];
		size_t		glen = gt_genitive(key, klen, strcmp(inflect, "person") == 0, gen, sizeof(gen));

		if (strcmp(inflect, "person") != 0 && strcmp(inflect, "name") != 0)
			die("%s:%d: inflect is '%s', not name or person", f->path, r->line, inflect);
		e.flags |= GT_LF_INFLECTED;
		if (glen > 0 && glen <= LEXICON_KEY_MAX)
			append_entry(l, &e, gen, glen);
	}
}

/* The build-info text: the geotext version, the lexicon's size, then what went in. */
static char *
build_info(const char *info_path, const gt_lexicon *lex)
{
	FILE	   *fp = fopen(info_path, "rb");
	size_t		cap = 1 << 16;
	char	   *text = xmalloc(cap);
	size_t		n = (size_t) snprintf(text, cap,
									  "geotext\t%s\t\t\nlexicon records\t\t%u\t\nlexicon keys\t\t%u\t\n",
									  GEOTEXT_VERSION, lex->nrecs, lex->nkeys);
	size_t		got;

	if (!fp)
		die("cannot open %s", info_path);
	while ((got = fread(text + n, 1, cap - n - 1, fp)) > 0)
	{
		n += got;
		if (n + 1 == cap)
			text = xrealloc(text, cap *= 2);
	}
	fclose(fp);
	text[n] = '\0';
	return text;
}

/* Build the lexicon table from the entries file and the build info. */
int
build_lexicon(const char *entries_path, const char *info_path, const char *out_path)
{
	static const char *const columns[] = {
		"key", "type", "source", "canonical", "extra", "kind", "form", "gender",
		"flags", "country", "inflect", "sub"
	};
	static const gt_lexicon_options opt = {ENTITY_BLOOM_BITS, NOUN_BLOOM_BITS, CUE_BLOOM_BITS, KEY_BLOOM_BITS};
	tsv_file	f;
	size_t		col[sizeof(columns) / sizeof(columns[0])];
	entry_list	l;
	gt_lexicon *lex;
	uint32_t   *sources;
	char	   *names;
	size_t		names_len = 0;
	char	   *info;
	blob_writer w = {.record_size = sizeof(gt_lex_rec)};

	memset(&l, 0, sizeof(l));
	tsv_read(&f, entries_path);
	for (size_t i = 0; i < sizeof(columns) / sizeof(columns[0]); i++)
		col[i] = tsv_column(&f, columns[i]);
	for (size_t i = 0; i < f.nrows; i++)
		add_row(&l, &f, &f.rows[i], col);
	lex = gt_lexicon_build_with(&gt_env_malloc, l.items, l.n, &opt);
	if (!lex)
		die("out of memory building the lexicon");

	/* the source names, one after the other */
	sources = xmalloc((lex->nsources + 1) * sizeof(uint32_t));
	for (uint32_t i = 0; i < lex->nsources; i++)
		names_len += strlen(lex->sources[i]) + 1;
	names = xmalloc(names_len + 1);
	names_len = 0;
	for (uint32_t i = 0; i < lex->nsources; i++)
	{
		size_t		len = strlen(lex->sources[i]) + 1;

		sources[i] = (uint32_t) names_len;
		memcpy(names + names_len, lex->sources[i], len);
		names_len += len;
	}
	info = build_info(info_path, lex);
	blob_add(&w, GT_LEX_SECTION_POOL, lex->pool_len, lex->pool, lex->pool_len);
	blob_add(&w, GT_LEX_SECTION_RECS, lex->nrecs, NULL, 0);
	blob_add(&w, GT_LEX_SECTION_BLOCKS, lex->blocks_len, lex->blocks, lex->blocks_len);
	blob_add(&w, GT_LEX_SECTION_SHARED_REC, 1, &lex->shared, sizeof(gt_lex_rec));
	blob_add(&w, GT_LEX_SECTION_SLOTS, lex->nslots, lex->slots, lex->nslots * sizeof(gt_lex_slot));
	blob_add(&w, GT_LEX_SECTION_SOURCES, lex->nsources, sources, lex->nsources * sizeof(uint32_t));
	blob_add(&w, GT_LEX_SECTION_SOURCE_NAMES, (uint32_t) names_len, names, names_len);
	blob_add(&w, GT_LEX_SECTION_ENTITY_BLOOM, lex->bloom_bits, lex->entity_bloom, lex->bloom_bits / 8);
	blob_add(&w, GT_LEX_SECTION_NOUN_BLOOM, lex->noun_bloom_bits, lex->noun_bloom,
			 lex->noun_bloom_bits / 8);
	blob_add(&w, GT_LEX_SECTION_CUE_BLOOM, lex->cue_bloom_bits, lex->cue_bloom, lex->cue_bloom_bits / 8);
	blob_add(&w, GT_LEX_SECTION_KEY_BLOOM, lex->key_bloom_bits, lex->key_bloom, lex->key_bloom_bits / 8);
	blob_add(&w, GT_LEX_SECTION_KEYS, lex->nkeys, NULL, 0);
	blob_add(&w, GT_LEX_SECTION_BUILD_INFO, (uint32_t) strlen(info), info, strlen(info) + 1);
	blob_write(&w, out_path);
	printf("build_tables: %u records, %u keys, %u pool bytes, %u block bytes, %u sources -> %s\n",
		   lex->nrecs, lex->nkeys, lex->pool_len, lex->blocks_len, lex->nsources, out_path);
	return 0;
}
