/*
 * pos_blob.c — the part-of-speech model (data/model/pos.model.gz, trained by
 * `make model`, checked and copied into build/ by tools/tables), linked in
 * as bytes and opened once. Outside the core library, like the other
 * tables, so that the trainer can link the core without a model.
 */
#include "model/pos.h"
#include "base/blob.h"

#if !defined(GT_POS_BLOB) || !defined(GT_POS_INFO)
#error "GT_POS_BLOB and GT_POS_INFO, the checked model table and its build-info line, are set by the Makefile"
#endif

GT_BLOB_EMBED(gt_pos_blob, GT_POS_BLOB);
GT_BLOB_EMBED(gt_pos_info, GT_POS_INFO);

/* The linked model's build-info line (item, version, rows, sha256; tab-separated). */
const char *
gt_pos_build_info(void)
{
	return (const char *) gt_pos_info;
}

/* The model trained by `make model` and linked in; NULL if the linked table is none. */
const gt_pos_model *
gt_pos_model_builtin(void)
{
	static gt_pos_model model;
	static int	state;			/* 0 not opened, 1 opened, -1 not a model */

	if (state == 0)
		state = gt_pos_model_open(gt_pos_blob, &model) ? 1 : -1;
	return state > 0 ? &model : NULL;
}
