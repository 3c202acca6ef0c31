/*
 * pos_model.c — the part-of-speech model: a table file (base/blob.h) with
 * the two weight tables and the features version, opened over the table
 * linked into the library (pos_blob.c) or over one in memory.
 */
#include "model/pos.h"
#include "base/blob.h"

#include <string.h>

/* The record size a model table file is written with (a part-of-speech weight row). */
#define MODEL_RECORD_SIZE (GT_POS_STRIDE * sizeof(int16_t))
/* Items of the meta section: the features version. */
#define META_ITEMS 1

/* Is n a power of two (and not 0)? */
static bool
power_of_two(uint32_t n)
{
	return n != 0 && (n & (n - 1)) == 0;
}

/* A model over the sections of a model table file in memory; false if it is not one. */
bool
gt_pos_model_open(const unsigned char *blob, gt_pos_model *m)
{
	uint32_t	npos = 0,
				nmorph = 0,
				nmeta = 0;
	const int16_t *pos = gt_blob_find(blob, MODEL_RECORD_SIZE, GT_POS_SECTION_POS_WEIGHTS, &npos);
	const int16_t *morph = gt_blob_find(blob, MODEL_RECORD_SIZE, GT_POS_SECTION_MORPH_WEIGHTS, &nmorph);
	const int32_t *meta = gt_blob_find(blob, MODEL_RECORD_SIZE, GT_POS_SECTION_META, &nmeta);

	memset(m, 0, sizeof(*m));
	if (!pos || !morph || !meta || nmeta != META_ITEMS || !power_of_two(npos) || !power_of_two(nmorph))
		return false;
	m->pos_buckets = npos;
	m->pos_weights = pos;
	m->morph_buckets = nmorph;
	m->morph_weights = morph;
	m->features_version = (uint32_t) meta[0];
	return m->features_version == GT_POS_FEATURES_VERSION;
}
