/*
 * builtin.c — the built-in lexicon: the table file tools/tables built from
 * data/ (lexicon_blob.c links it in), mapped once into a gt_lexicon whose
 * arrays point into the read-only bytes.
 */
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_table.h"
#include "base/blob.h"

/* The mapped lexicon, and the names of its sources. */
static gt_lexicon builtin;
static const char *builtin_sources[GT_LEX_MAX_SOURCES];
static bool builtin_open;

/* A section of the lexicon blob (NULL if missing), its item count in *count. */
static const void *
section(uint32_t id, uint32_t *count)
{
	return gt_blob_find(gt_lexicon_blob, sizeof(gt_lex_rec), id, count);
}

/* Point the lexicon's arrays at the sections of the blob. */
static void
open_builtin(void)
{
	uint32_t	n = 0;
	const uint32_t *sources = section(GT_LEX_SECTION_SOURCES, &n);
	const char *names = section(GT_LEX_SECTION_SOURCE_NAMES, NULL);
	const gt_lex_rec *shared = section(GT_LEX_SECTION_SHARED_REC, NULL);

	builtin.pool = section(GT_LEX_SECTION_POOL, &builtin.pool_len);
	section(GT_LEX_SECTION_RECS, &builtin.nrecs);
	builtin.blocks = section(GT_LEX_SECTION_BLOCKS, &builtin.blocks_len);
	builtin.slots = section(GT_LEX_SECTION_SLOTS, &builtin.nslots);
	builtin.entity_bloom = section(GT_LEX_SECTION_ENTITY_BLOOM, &builtin.bloom_bits);
	builtin.noun_bloom = section(GT_LEX_SECTION_NOUN_BLOOM, &builtin.noun_bloom_bits);
	builtin.cue_bloom = section(GT_LEX_SECTION_CUE_BLOOM, &builtin.cue_bloom_bits);
	builtin.key_bloom = section(GT_LEX_SECTION_KEY_BLOOM, &builtin.key_bloom_bits);
	section(GT_LEX_SECTION_KEYS, &builtin.nkeys);
	if (shared)
		builtin.shared = *shared;
	if (!builtin.pool || !builtin.blocks || !builtin.slots || !builtin.key_bloom || !sources || !names ||
		!shared || n > GT_LEX_MAX_SOURCES)
	{
		/* a table of another layout (a stale build): an empty lexicon */
		static const gt_lexicon empty;

		builtin = empty;
		n = 0;
	}
	for (uint32_t i = 0; i < n; i++)
		builtin_sources[i] = names + sources[i];
	builtin.sources = builtin_sources;
	builtin.nsources = n;
	builtin_open = true;
}

/* The lexicon compiled into the library from data/ (never NULL). */
const gt_lexicon *
gt_lexicon_builtin(void)
{
	if (!builtin_open)
		open_builtin();
	return &builtin;
}

/* What went into the built-in lexicon: one line per item (item, version, records, sha256). */
const char *
gt_lexicon_build_info(void)
{
	const char *info = section(GT_LEX_SECTION_BUILD_INFO, NULL);

	return info ? info : "";
}
