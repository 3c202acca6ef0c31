/*
 * entity_confidence.c — the last pass: every mention gets a confidence. A
 * name the tagger decided has the calibrated margin of its tokens (set by
 * entity_model.c); a user gazetteer name has 1; every other row has the
 * precision its evidence had where the model was measured (the trainer
 * stores it in the model, per evidence value), or without a model the
 * precision the rules had before there was one.
 */
#include "entities/entities_internal.h"

#include <math.h>

/* Without a model: the precision of the rules alone on GermEval 2014 and SmartData dev (0.83, 0.75). */
#define RULES_ONLY_CONFIDENCE 0.8f
/* Confidences are rounded to thousandths (GT_CONFIDENCE_STEPS, geotext.h). */
#define CONFIDENCE_STEPS ((float) GT_CONFIDENCE_STEPS)

/* The confidence of a row found by this evidence, without a margin of its own. */
static float
evidence_confidence(const gt_recognizer *r, uint8_t evidence)
{
	if (gt_evidence_is_user(evidence))
		return 1.0f;
	if (r->model && evidence < r->model->nevidence)
		return r->model->evidence_confidence[evidence] / 1000.0f;
	return RULES_ONLY_CONFIDENCE;
}

/* Give every mention without one its confidence. */
void
gt_pass_confidence(gt_recognizer *r)
{
	for (size_t i = 0; i < r->nmentions; i++)
	{
		gt_mention *m = &r->mentions[i];

		if (m->kind == GT_KIND_NONE)
			continue;
		if (gt_mention_is_user(m))
			m->confidence = 1.0f;
		else if (m->confidence == GT_CONFIDENCE_UNSET)
			m->confidence = evidence_confidence(r, m->evidence);
		m->confidence = roundf(m->confidence * CONFIDENCE_STEPS) / CONFIDENCE_STEPS;
	}
}
