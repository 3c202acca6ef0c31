/*
 * ner_model.c — the tagger's model: a table file (base/blob.h) with the
 * weight rows, the transitions and the features version and calibration,
 * opened over the table linked into the library (ner_blob.c) or over one
 * in memory (the trainer's, the unit tests').
 */
#include "model/ner.h"
#include "base/blob.h"

#include <string.h>

/* The record size a model table file is written with (its weight rows). */
#define MODEL_RECORD_SIZE (GT_NER_STRIDE * sizeof(int16_t))
/* Items of the meta section: features version, calibration a, calibration b. */
#define META_ITEMS 3

/* A model over the sections of a model table file in memory; false if it is not one. */
bool
gt_ner_model_open(const unsigned char *blob, gt_ner_model *m)
{
	uint32_t	ntrans = 0;
	uint32_t	nmeta = 0;
	const int32_t *transitions = gt_blob_find(blob, MODEL_RECORD_SIZE, GT_NER_SECTION_TRANSITIONS, &ntrans);
	const int32_t *meta = gt_blob_find(blob, MODEL_RECORD_SIZE, GT_NER_SECTION_META, &nmeta);
	uint32_t	nevidence = 0;
	const int32_t *evidence = gt_blob_find(blob, MODEL_RECORD_SIZE, GT_NER_SECTION_EVIDENCE, &nevidence);

	memset(m, 0, sizeof(*m));
	/* every entity evidence has its precision; quote evidence appended later needs none */
	if (!gt_weight_table_open(blob, MODEL_RECORD_SIZE, GT_NER_SECTION_WEIGHTS, GT_NER_SECTION_INDEX,
							  GT_NER_STRIDE, &m->weights) ||
		!transitions || !meta || !evidence || nevidence < GT_EV_QUOTE_TERM ||
		nevidence > GT_EV__COUNT ||
		ntrans != (GT_NER_LABELS + 1) * (GT_NER_LABELS + 1) || nmeta != META_ITEMS)
		return false;
	m->transitions = transitions;
	m->features_version = (uint32_t) meta[0];
	m->calib_a = meta[1];
	m->calib_b = meta[2];
	m->evidence_confidence = evidence;
	m->nevidence = nevidence;
	gt_ner_model_prepare(m);
	return m->features_version == GT_NER_FEATURES_VERSION;
}
