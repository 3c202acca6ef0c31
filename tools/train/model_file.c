/*
 * model_file.c — the model file (build/ner.model, committed as data/model/ner.model.gz): a text header (what
 * it was trained on, its licence, its figures; readable with `head`), NUL
 * bytes up to a GT_BLOB_ALIGN boundary, then the model's table file
 * (base/blob.h). tools/tables checks it and copies the table into build/.
 */
#include "train.h"
#include "../tables/tables.h"

#include <string.h>

/* Items of the meta section: features version, calibration a, calibration b. */
#define META_ITEMS 3

/* Write the model file: a text header, then the table. */
void
write_model(const char *path, const trained_model *m, const char *header)
{
	blob_writer w = {.record_size = GT_NER_STRIDE * sizeof(int16_t)};
	int32_t		meta[META_ITEMS] = {
		(int32_t) m->model.features_version, m->model.calib_a, m->model.calib_b
	};

	blob_add(&w, GT_NER_SECTION_WEIGHTS, m->model.weights.nbuckets, m->weights,
			 (size_t) m->model.weights.nbuckets * GT_NER_STRIDE * sizeof(int16_t));
	blob_add(&w, GT_NER_SECTION_TRANSITIONS, (GT_NER_LABELS + 1) * (GT_NER_LABELS + 1),
			 m->transitions, (GT_NER_LABELS + 1) * (GT_NER_LABELS + 1) * sizeof(int32_t));
	blob_add(&w, GT_NER_SECTION_META, META_ITEMS, meta, sizeof(meta));
	blob_add(&w, GT_NER_SECTION_EVIDENCE, GT_EV__COUNT, m->evidence, GT_EV__COUNT * sizeof(int32_t));
	blob_write_model(&w, header, path);
}
