/*
 * ner_blob.c — the tagger's model (data/model/ner.model.gz, trained by `make
 * model`, checked and copied into build/ by tools/tables), linked in as
 * bytes, and opened once. Outside the core library, like the other tables,
 * so that the trainer can link the core without a model.
 */
#include "model/ner.h"
#include "base/blob.h"

#if !defined(GT_NER_BLOB) || !defined(GT_NER_INFO)
#error "GT_NER_BLOB and GT_NER_INFO, the checked model table and its build-info line, are set by the Makefile"
#endif

GT_BLOB_EMBED(gt_ner_blob, GT_NER_BLOB);
GT_BLOB_EMBED(gt_ner_info, GT_NER_INFO);

/* The linked model's build-info line (item, version, rows, sha256; tab-separated). */
const char *
gt_ner_build_info(void)
{
	return (const char *) gt_ner_info;
}

/* The model trained by `make model` and linked in; NULL if the linked table is none. */
const gt_ner_model *
gt_ner_model_builtin(void)
{
	static gt_ner_model model;
	static int	state;			/* 0 not opened, 1 opened, -1 not a model */

	if (state == 0)
		state = gt_ner_model_open(gt_ner_blob, &model) ? 1 : -1;
	return state > 0 ? &model : NULL;
}
