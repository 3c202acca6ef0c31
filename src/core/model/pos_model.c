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

/* A model over the sections of a model table file in memory; false if it is not one. */
bool
gt_pos_model_open(const unsigned char *blob, gt_pos_model *m)
{
	uint32_t	nmeta = 0;
	const int32_t *meta = gt_blob_find(blob, MODEL_RECORD_SIZE, GT_POS_SECTION_META, &nmeta);

	memset(m, 0, sizeof(*m));
	if (!meta || nmeta != META_ITEMS ||
		!gt_weight_table_open(blob, MODEL_RECORD_SIZE, GT_POS_SECTION_POS_WEIGHTS,
							  GT_POS_SECTION_POS_INDEX, GT_POS_STRIDE, &m->pos_weights) ||
		!gt_weight_table_open(blob, MODEL_RECORD_SIZE, GT_POS_SECTION_MORPH_WEIGHTS,
							  GT_POS_SECTION_MORPH_INDEX, GT_MORPH_STRIDE, &m->morph_weights))
		return false;
	m->features_version = (uint32_t) meta[0];
	return m->features_version == GT_POS_FEATURES_VERSION;
}
