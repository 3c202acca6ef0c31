/*
 * linking.c — the entity pipeline as the library offers it: recognition
 * (src/core/entities), then linking, in this order: first names before
 * words, the document's country profile, the names several entities share,
 * the persons' countries, the abbreviations the text defines; then the confidence of every row and the
 * grouping into entities.
 */
#include "linking/linking.h"

#include <string.h>

/* The linking passes over a recognised document. */
static void
link_document(gt_recognizer *r)
{
	gt_country_profile profile;

	if (r->status != GT_OK)
		return;
	gt_link_first_names(r);
	gt_profile_build(r, &profile);
	gt_link_candidates(r, &profile);
	gt_link_persons(r, &profile);
	gt_link_abbreviations(r);
}

/* Find the entities of an analysed doc with the given tagger model (NULL: rules only), linked. */
gt_status
gt_find_entities_with(gt_doc *doc, const gt_lexicons *lex, const gt_ner_model *model,
					  gt_entities *out)
{
	gt_recognizer r;

	memset(out, 0, sizeof(*out));
	out->env = doc->env;
	if (!gt_recognizer_init(&r, doc, lex))
		return GT_ENOMEM;
	gt_recognize(&r, model);
	link_document(&r);
	return gt_recognizer_finish(&r, out);
}
