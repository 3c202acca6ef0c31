/*
 * learn.c — the averaged perceptron of both taggers, greedy as they tag:
 * each token, left to right, is tagged with the current weights given the
 * tags already chosen; where the guess is not the treebank's, the weights
 * of its features move towards the treebank's label. The morphology tagger
 * learns over the treebank's tags (the tags it sees are mostly right) and
 * its own labels to the left. The shipped weights are the averages over
 * all steps, exact in integers, quantised to int16 on one scale per table.
 */
#include "train_pos.h"
#include "../tables/tables.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The largest quantised weight: int16's range. */
#define QUANT_MAX 32767

/* The weights of one table being trained and their step-weighted sums. */
typedef struct table
{
	uint32_t	nbuckets;
	uint32_t	stride;
	int32_t    *w;
	int64_t    *u;
} table;

/* A deterministic 64-bit linear congruential generator (Knuth's MMIX constants). */
static uint64_t
next_random(uint64_t *state)
{
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return *state >> 33;
}

/* A table of zero weights. */
static void
table_init(table *t, uint32_t nbuckets, uint32_t stride)
{
	size_t		n = (size_t) nbuckets * stride;

	t->nbuckets = nbuckets;
	t->stride = stride;
	t->w = xmalloc(n * sizeof(int32_t));
	t->u = xmalloc(n * sizeof(int64_t));
	memset(t->w, 0, n * sizeof(int32_t));
	memset(t->u, 0, n * sizeof(int64_t));
}

/* The current scores of n features for the first nlabels labels. */
static void
scores_of(const table *t, const uint32_t *feats, size_t n, int64_t *scores, uint32_t nlabels)
{
	memset(scores, 0, nlabels * sizeof(int64_t));
	for (size_t f = 0; f < n; f++)
	{
		const int32_t *row = t->w + (size_t) (feats[f] & (t->nbuckets - 1)) * t->stride;

		for (uint32_t y = 0; y < nlabels; y++)
			scores[y] += row[y];
	}
}

/* Move the weights of n features: +1 for gold, -1 for the guess. */
static void
update(table *t, const uint32_t *feats, size_t n, uint8_t gold, uint8_t guess, int64_t step)
{
	for (size_t f = 0; f < n; f++)
	{
		size_t		row = (size_t) (feats[f] & (t->nbuckets - 1)) * t->stride;

		t->w[row + gold] += 1;
		t->u[row + gold] += step;
		t->w[row + guess] -= 1;
		t->u[row + guess] -= step;
	}
}

/* The best of the labels allowed by allowed(y) (all when NULL); the lowest index on a tie. */
static uint8_t
best_label(const int64_t *scores, uint32_t nlabels, uint8_t tag,
		   bool (*allowed) (uint8_t tag, uint8_t y))
{
	int			best = -1;

	for (uint32_t y = 0; y < nlabels; y++)
		if ((!allowed || allowed(tag, (uint8_t) y)) && (best < 0 || scores[y] > scores[best]))
			best = (int) y;
	return (uint8_t) (best < 0 ? 0 : best);
}

/* Is morphology label y possible for a word of this tag (as the tagger restricts it)? */
static bool
morph_allowed(uint8_t tag, uint8_t y)
{
	if (y == GT_MORPH_VERB_SG || y == GT_MORPH_VERB_PL)
		return gt_pos_finite_verb(tag);
	if (y == GT_MORPH_NONE)
		return false;
	return gt_pos_nominal(tag);
}

/* One epoch over a sentence for the part-of-speech table; tags receives the guesses. */
static void
learn_tags(table *t, const pos_sentence *s, uint8_t *tags, int64_t *step)
{
	const gt_doc *doc = &s->doc;
	uint32_t	feats[GT_POS_MAX_FEATURES];
	int64_t		scores[GT_POS_STRIDE];

	for (size_t si = 0; si < doc->nsentences; si++)
	{
		uint32_t	first = doc->sentences[si].first_token,
					end = doc->sentences[si].end_token;

		for (uint32_t k = first; k < end; k++)
		{
			size_t		n;
			uint8_t		guess;

			if (s->words[k].forced < GT_POS__COUNT)
			{
				tags[k] = s->words[k].forced;
				continue;
			}
			n = gt_pos_features(s->words, tags, first, end, k, feats);
			scores_of(t, feats, n, scores, GT_POS_SCORED);
			guess = best_label(scores, GT_POS_SCORED, 0, NULL);
			if (s->gold_tag[k] < GT_POS_SCORED && guess != s->gold_tag[k])
				update(t, feats, n, s->gold_tag[k], guess, *step);
			tags[k] = guess;
			(*step)++;
		}
	}
}

/* One epoch over a sentence for the morphology table, over the treebank's tags where known. */
static void
learn_morph(table *t, const pos_sentence *s, uint8_t *tags, uint8_t *morph, int64_t *step)
{
	const gt_doc *doc = &s->doc;
	uint32_t	feats[GT_POS_MAX_FEATURES];
	int64_t		scores[GT_MORPH_STRIDE];

	for (uint32_t k = 0; k < doc->ntokens; k++)
		if (s->gold_tag[k] != NO_LABEL)
			tags[k] = s->gold_tag[k];
	for (size_t si = 0; si < doc->nsentences; si++)
	{
		uint32_t	first = doc->sentences[si].first_token,
					end = doc->sentences[si].end_token;

		for (uint32_t k = first; k < end; k++)
		{
			size_t		n;
			uint8_t		guess;
			uint8_t		gold = s->gold_morph[k];

			morph[k] = GT_MORPH_NONE;
			if (!gt_pos_nominal(tags[k]) && !gt_pos_finite_verb(tags[k]))
				continue;
			n = gt_morph_features(s->words, tags, morph, first, end, k, feats);
			scores_of(t, feats, n, scores, GT_MORPH__COUNT);
			guess = best_label(scores, GT_MORPH__COUNT, tags[k], morph_allowed);
			if (gold != NO_LABEL && gold != GT_MORPH_NONE && morph_allowed(tags[k], gold) &&
				guess != gold)
				update(t, feats, n, gold, guess, *step);
			morph[k] = guess;
			(*step)++;
		}
	}
}

/* The averaged weights of a table quantised to int16 on one scale. */
static int16_t *
quantise(const table *t, int64_t step)
{
	size_t		n = (size_t) t->nbuckets * t->stride;
	int16_t    *q = xmalloc(n * sizeof(int16_t));
	double		max = 0;
	double		scale;

	for (size_t i = 0; i < n; i++)
	{
		double		a = fabs((double) t->w[i] - (double) t->u[i] / (double) step);

		if (a > max)
			max = a;
	}
	scale = max > 0 ? QUANT_MAX / max : 1;
	for (size_t i = 0; i < n; i++)
		q[i] = (int16_t) lround(((double) t->w[i] - (double) t->u[i] / (double) step) * scale);
	return q;
}

/* Is sentence i held out in this fold? */
static bool
held_out(size_t i, int heldout, int folds)
{
	return heldout >= 0 && (int) (i % (size_t) folds) == heldout;
}

/* Train on the sentences outside fold heldout (-1: all). */
void
train_pos(const pos_sentence *s, size_t n, int heldout, const pos_opts *opts, pos_trained *out)
{
	table		tt,
				mt;
	size_t	   *order = xmalloc(n * sizeof(size_t));
	size_t		m = 0;
	uint64_t	rng = opts->seed;
	int64_t		tstep = 1,
				mstep = 1;
	size_t		maxtok = 0;
	uint8_t    *tags;
	uint8_t    *morph;

	table_init(&tt, opts->pos_buckets, GT_POS_STRIDE);
	table_init(&mt, opts->morph_buckets, GT_MORPH_STRIDE);
	for (size_t i = 0; i < n; i++)
	{
		if (!held_out(i, heldout, opts->folds))
			order[m++] = i;
		if (s[i].doc.ntokens > maxtok)
			maxtok = s[i].doc.ntokens;
	}
	tags = xmalloc(maxtok + 1);
	morph = xmalloc(maxtok + 1);
	for (int e = 0; e < opts->epochs; e++)
	{
		/* a deterministic Fisher–Yates shuffle per epoch */
		for (size_t i = m; i > 1; i--)
		{
			size_t		j = (size_t) (next_random(&rng) % i);
			size_t		x = order[i - 1];

			order[i - 1] = order[j];
			order[j] = x;
		}
		for (size_t i = 0; i < m; i++)
		{
			learn_tags(&tt, &s[order[i]], tags, &tstep);
			learn_morph(&mt, &s[order[i]], tags, morph, &mstep);
		}
	}
	memset(out, 0, sizeof(*out));
	out->pos_weights = quantise(&tt, tstep);
	out->morph_weights = quantise(&mt, mstep);
	out->model.pos_weights.nbuckets = opts->pos_buckets;
	out->model.pos_weights.rows = out->pos_weights;
	out->model.morph_weights.nbuckets = opts->morph_buckets;
	out->model.morph_weights.rows = out->morph_weights;
	out->model.features_version = GT_POS_FEATURES_VERSION;
	free(tt.w);
	free(tt.u);
	free(mt.w);
	free(mt.u);
	free(order);
	free(tags);
	free(morph);
}

/* Free a trained model's memory. */
void
free_pos(pos_trained *m)
{
	free(m->pos_weights);
	free(m->morph_weights);
	memset(m, 0, sizeof(*m));
}

/* Tag the sentences of fold heldout with the core's tagger and count what is right. */
void
score_fold(const pos_sentence *s, size_t n, int heldout, int folds, const gt_pos_model *m,
		   pos_score *sc)
{
	for (size_t i = 0; i < n; i++)
	{
		const gt_doc *doc = &s[i].doc;
		uint8_t    *tags,
				   *morph;

		if (!held_out(i, heldout, folds))
			continue;
		tags = xmalloc(doc->ntokens + 1);
		morph = xmalloc(doc->ntokens + 1);
		for (size_t si = 0; si < doc->nsentences; si++)
			gt_pos_tag_range(m, s[i].words, doc->sentences[si].first_token,
							 doc->sentences[si].end_token, tags, morph);
		for (uint32_t k = 0; k < doc->ntokens; k++)
		{
			uint8_t		gt = s[i].gold_tag[k],
						gm = s[i].gold_morph[k];

			if (gt >= GT_POS_SCORED)
				continue;
			sc->tags++;
			sc->tags_right += tags[k] == gt;
			sc->finite += gt_pos_finite_verb(gt);
			sc->finite_found += gt_pos_finite_verb(gt) && gt_pos_finite_verb(tags[k]);
			sc->finite_tagged += gt_pos_finite_verb(tags[k]);
			sc->finite_tagged_right += gt_pos_finite_verb(tags[k]) && gt_pos_finite_verb(gt);
			if (tags[k] != gt || gm == NO_LABEL || gm == GT_MORPH_NONE)
				continue;
			if (gm == GT_MORPH_VERB_SG || gm == GT_MORPH_VERB_PL)
			{
				sc->verbs++;
				sc->verbs_right += morph[k] == gm;
			}
			else
			{
				sc->cases++;
				sc->cases_right += gt_morph_case(morph[k]) == gt_morph_case(gm);
				sc->numbers_right += morph[k] == gm;
			}
		}
		free(tags);
		free(morph);
	}
}
