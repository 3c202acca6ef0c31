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

/* How many tokens ahead of its turn a token's word features are made (gt_pos_tag_range). */
#define WORD_FEATURE_LEAD 2
/* How many tokens ahead of its turn their weight rows are asked for (less than WORD_FEATURE_LEAD). */
#define WORD_ROW_LEAD 1

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
	uint32_t	ahead[WORD_FEATURE_LEAD + 1][GT_POS_MAX_FEATURES];
	size_t		nahead[WORD_FEATURE_LEAD + 1];
	int32_t		scores[GT_POS_STRIDE];

	/*
	 * a token's features that the tags before it do not change are made
	 * WORD_FEATURE_LEAD tokens before its turn (their index entries asked
	 * for then), their rows asked for WORD_ROW_LEAD tokens before; at its
	 * turn the features of the tags chosen are added and all summed: the
	 * features and sums of gt_pos_features, with the cache misses of
	 * several tokens in flight
	 */
	for (uint32_t i = first; i < end + WORD_FEATURE_LEAD; i++)
	{
		uint32_t	r = i + WORD_ROW_LEAD - WORD_FEATURE_LEAD;
		uint32_t	k = i - WORD_FEATURE_LEAD;

		if (i < end && words[i].forced >= GT_POS__COUNT)
		{
			size_t		slot = (i - first) % (WORD_FEATURE_LEAD + 1);

			nahead[slot] = gt_pos_word_features(words, first, end, i, ahead[slot]);
			gt_weight_prefetch_index(&m->pos_weights, ahead[slot], nahead[slot]);
		}
		if (i >= first + WORD_FEATURE_LEAD - WORD_ROW_LEAD && r < end && words[r].forced >= GT_POS__COUNT)
		{
			size_t		slot = (r - first) % (WORD_FEATURE_LEAD + 1);

			gt_weight_prefetch_rows(&m->pos_weights, ahead[slot], nahead[slot], GT_POS_STRIDE);
		}
		if (i < first + WORD_FEATURE_LEAD)
			continue;
		if (words[k].forced < GT_POS__COUNT)
			tags[k] = words[k].forced;
		else
		{
			size_t		slot = (k - first) % (WORD_FEATURE_LEAD + 1);
			size_t		n = gt_pos_tag_features(words, tags, first, end, k, ahead[slot], nahead[slot]);

			gt_weight_row_sums(&m->pos_weights, GT_POS_STRIDE, ahead[slot], n, scores);
			tags[k] = gt_pos_argmax(scores, GT_POS_SCORED);
		}
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
