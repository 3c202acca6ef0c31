/*
 * pos_tagger.c — tagging a sentence: left to right, each token's tag is
 * the best-scoring one given its features and the tags before it (greedy,
 * as it was trained); then, with all tags known, each token's morphology
 * label the same way. A punctuation token's tag is given by the token.
 * Words of no nominal tag get no case, non-finite words no verb number.
 */
#include "model/pos.h"
#include "model/weight_rows.h"

#include <string.h>

/* The best of the first n scores (the lowest index on a tie). */
uint8_t
gt_pos_argmax(const int32_t *scores, uint32_t n)
{
	uint8_t		best = 0;

	for (uint32_t y = 1; y < n; y++)
		if (scores[y] > scores[best])
			best = (uint8_t) y;
	return best;
}

/* Is a morphology label possible for a word of this tag? */
static bool
morph_fits(uint8_t tag, uint8_t morph)
{
	if (morph == GT_MORPH_NONE)
		return true;
	if (morph == GT_MORPH_VERB_SG || morph == GT_MORPH_VERB_PL)
		return gt_pos_finite_verb(tag);
	return gt_pos_nominal(tag);
}

/* Tag tokens [first, end) of a sentence: tags, then morphology labels. */
void
gt_pos_tag_range(const gt_pos_model *m, const gt_pos_word *words, uint32_t first,
				 uint32_t end, uint8_t *tags, uint8_t *morph)
{
	uint32_t	feats[GT_POS_MAX_FEATURES];
	int32_t		scores[GT_POS_STRIDE];

	for (uint32_t k = first; k < end; k++)
	{
		size_t		n;

		if (words[k].forced < GT_POS__COUNT)
		{
			tags[k] = words[k].forced;
			continue;
		}
		n = gt_pos_features(words, tags, first, end, k, feats);
		gt_weight_row_sums(&m->pos_weights, GT_POS_STRIDE, feats, n, scores);
		tags[k] = gt_pos_argmax(scores, GT_POS_SCORED);
	}
	for (uint32_t k = first; k < end; k++)
	{
		size_t		n;
		uint8_t		best = GT_MORPH_NONE;

		morph[k] = GT_MORPH_NONE;
		if (!gt_pos_nominal(tags[k]) && !gt_pos_finite_verb(tags[k]))
			continue;
		n = gt_morph_features(words, tags, morph, first, end, k, feats);
		gt_weight_row_sums(&m->morph_weights, GT_MORPH_STRIDE, feats, n, scores);
		for (uint8_t y = 1; y < GT_MORPH__COUNT; y++)
			if (morph_fits(tags[k], y) && (best == GT_MORPH_NONE || scores[y] > scores[best]))
				best = y;
		morph[k] = best;
	}
}
