/*
 * linking_builtin.c — the entity pipeline with the model linked in (its own
 * file, so that the trainer, which brings its own models, links the
 * pipeline without one).
 */
#include "linking/linking.h"

/* Find persons, organisations, countries and places in an analysed doc. */
gt_status
gt_find_entities(gt_doc *doc, const gt_lexicons *lex, gt_entities *out)
{
	return gt_find_entities_with(doc, lex, gt_ner_model_builtin(), out);
}
