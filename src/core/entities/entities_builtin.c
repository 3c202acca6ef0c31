/*
 * entities_builtin.c — the recogniser as the library offers it: with the
 * model linked in (its own file, so that the trainer, which brings its own
 * models, links the pipeline without one).
 */
#include "entities/entities_internal.h"

/* Find persons, organisations, countries and places in an analysed doc. */
gt_status
gt_find_entities(gt_doc *doc, const gt_lexicons *lex, gt_entities *out)
{
	return gt_find_entities_with(doc, lex, gt_ner_model_builtin(), out);
}
