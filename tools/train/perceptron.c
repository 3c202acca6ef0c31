/*
 * perceptron.c — the averaged structured perceptron: decode each training
 * segment with the current weights (the core's Viterbi), and where the
 * best sequence is not the gold one, move the weights of the features of
 * the wrong tokens and of the transitions towards gold. The weights that
 * ship are the average over all steps (Collins 2002), computed exactly in
 * integers and quantised to int16, so the same data gives the same bytes.
 */
#include "train.h"
#include "../tables/tables.h"

#include <stdlib.h>
#include <string.h>

/* The largest quantised weight: int16's range. */
#define QUANT_MAX 32767

/* One training instance: a segment of a document. */
typedef struct instance
{
	const segment *seg;
} instance;

/* The weights being trained and their running sums for the average. */
typedef struct trainer
{
	uint32_t	nbuckets;
	int32_t    *w;				/* nbuckets * GT_NER_STRIDE */
	int64_t    *u;				/* step-weighted sums of the updates */
	int32_t    *tw;				/* transitions */
	int64_t    *tu;
	int64_t		step;
} trainer;

/* A deterministic 64-bit linear congruential generator (Knuth's MMIX constants). */
static uint64_t
next_random(uint64_t *state)
{
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return *state >> 33;
}

/* Add d to the weight of feature f for label y. */
static inline void
update_weight(trainer *t, uint32_t f, uint8_t y, int d)
{
	size_t		i = (size_t) (f & (t->nbuckets - 1)) * GT_NER_STRIDE + y;

	t->w[i] += d;
	t->u[i] += t->step * d;
}

/* Add d to the transition weight from a to b. */
static inline void
update_transition(trainer *t, int a, int b, int d)
{
	t->tw[GT_NER_TRANS(a, b)] += d;
	t->tu[GT_NER_TRANS(a, b)] += t->step * d;
}

/* Add d along a label sequence's transitions, from the start to the end. */
static void
update_path(trainer *t, const uint8_t *labels, uint32_t n, int d)
{
	update_transition(t, GT_NER_EDGE, labels[0], d);
	for (uint32_t i = 1; i < n; i++)
		update_transition(t, labels[i - 1], labels[i], d);
	update_transition(t, labels[n - 1], GT_NER_EDGE, d);
}

/* One perceptron step on a segment; tokens with drop[i] set are seen without their identity features. */
static void
learn(trainer *t, const segment *seg, const bool *drop, int32_t *emit, uint8_t *pred, void *work)
{
	gt_ner_model m = {.weights = {.nbuckets = t->nbuckets}, .transitions = t->tw};
	const uint32_t *f = seg->feats;
	bool		wrong = false;

	for (uint32_t i = 0; i < seg->ntokens; i++)
	{
		int32_t    *e = emit + i * GT_NER_STRIDE;

		memset(e, 0, GT_NER_STRIDE * sizeof(int32_t));
		for (uint32_t j = drop[i] ? GT_NER_IDENTITY_FEATURES : 0; j < seg->nfeats[i]; j++)
		{
			const int32_t *row = t->w + (size_t) (f[j] & (t->nbuckets - 1)) * GT_NER_STRIDE;

			for (int y = 0; y < GT_NER_LABELS; y++)
				e[y] += row[y];
		}
		gt_ner_apply_limits(seg->limits[i], e);
		f += seg->nfeats[i];
	}
	gt_ner_model_prepare(&m);
	gt_ner_viterbi(&m, emit, seg->ntokens, pred, NULL, work);
	for (uint32_t i = 0; i < seg->ntokens; i++)
		wrong = wrong || pred[i] != seg->gold[i];
	if (wrong)
	{
		f = seg->feats;
		for (uint32_t i = 0; i < seg->ntokens; i++)
		{
			if (pred[i] != seg->gold[i])
				for (uint32_t j = drop[i] ? GT_NER_IDENTITY_FEATURES : 0; j < seg->nfeats[i]; j++)
				{
					update_weight(t, f[j], seg->gold[i], 1);
					update_weight(t, f[j], pred[i], -1);
				}
			f += seg->nfeats[i];
		}
		update_path(t, seg->gold, seg->ntokens, 1);
		update_path(t, pred, seg->ntokens, -1);
	}
	t->step++;
}

/* The averaged weight of i times the step count: w * step - u (exact). */
static inline int64_t
averaged(int32_t w, int64_t u, int64_t step)
{
	return (int64_t) w * step - u;
}

/* Quantise summed averaged weights (numerators over a common step count) into out (one scale for both). */
static void
quantise(const int64_t *sw, const int64_t *st, uint32_t nbuckets, trained_model *out)
{
	size_t		nw = (size_t) nbuckets * GT_NER_STRIDE;
	size_t		nt = (GT_NER_LABELS + 1) * (GT_NER_LABELS + 1);
	int64_t		maxabs = 1;

	for (size_t i = 0; i < nw; i++)
		if (llabs(sw[i]) > maxabs)
			maxabs = llabs(sw[i]);
	for (size_t i = 0; i < nt; i++)
		if (llabs(st[i]) > maxabs)
			maxabs = llabs(st[i]);
	out->weights = xmalloc(nw * sizeof(int16_t));
	out->transitions = xmalloc(nt * sizeof(int32_t));
	for (size_t i = 0; i < nw; i++)
		out->weights[i] = (int16_t) ((__int128) sw[i] * QUANT_MAX / maxabs);
	for (size_t i = 0; i < nt; i++)
		out->transitions[i] = (int32_t) ((__int128) st[i] * QUANT_MAX / maxabs);
	memset(&out->model, 0, sizeof(out->model));
	out->model.weights.nbuckets = nbuckets;
	out->model.weights.rows = out->weights;
	out->model.transitions = out->transitions;
	out->model.features_version = GT_NER_FEATURES_VERSION;
	gt_ner_model_prepare(&out->model);
}

/* One perceptron run over the instances with its own seed; adds its averaged weights' numerators to sw, st. */
static void
run_perceptron(instance *inst, size_t n, size_t longest, const train_opts *opts, uint64_t seed,
			   int64_t *sw, int64_t *st)
{
	trainer		t = {.nbuckets = opts->nbuckets, .step = 1};
	size_t		nw = (size_t) opts->nbuckets * GT_NER_STRIDE;
	size_t		nt = (GT_NER_LABELS + 1) * (GT_NER_LABELS + 1);
	uint64_t	rng = seed;
	uint64_t	drop_rng = seed ^ 0x5DEECE66DULL;	/* its own stream: dropout does not change the order */
	int32_t    *emit = xmalloc(longest * GT_NER_STRIDE * sizeof(int32_t));
	uint8_t    *pred = xmalloc(longest);
	bool	   *drop = xmalloc(longest * sizeof(bool));
	void	   *work = xmalloc(gt_ner_work_size(longest));

	t.w = xmalloc(nw * sizeof(int32_t));
	t.u = xmalloc(nw * sizeof(int64_t));
	t.tw = xmalloc(nt * sizeof(int32_t));
	t.tu = xmalloc(nt * sizeof(int64_t));
	memset(t.w, 0, nw * sizeof(int32_t));
	memset(t.u, 0, nw * sizeof(int64_t));
	memset(t.tw, 0, nt * sizeof(int32_t));
	memset(t.tu, 0, nt * sizeof(int64_t));
	for (int epoch = 0; epoch < opts->epochs; epoch++)
	{
		for (size_t i = n; i > 1; i--)
		{
			size_t		j = next_random(&rng) % i;
			instance	tmp = inst[i - 1];

			inst[i - 1] = inst[j];
			inst[j] = tmp;
		}
		for (size_t i = 0; i < n; i++)
		{
			for (uint32_t k = 0; k < inst[i].seg->ntokens; k++)
				drop[k] = next_random(&drop_rng) % 1000 < opts->word_dropout;
			learn(&t, inst[i].seg, drop, emit, pred, work);
		}
	}
	/* every run has the same number of steps, so the numerators add up exactly */
	for (size_t i = 0; i < nw; i++)
		sw[i] += averaged(t.w[i], t.u[i], t.step);
	for (size_t i = 0; i < nt; i++)
		st[i] += averaged(t.tw[i], t.tu[i], t.step);
	free(t.w);
	free(t.u);
	free(t.tw);
	free(t.tu);
	free(emit);
	free(pred);
	free(drop);
	free(work);
}

/*
 * Train on every training segment outside the held-out fold (-1: none held
 * out): opts->runs perceptrons with consecutive seeds, their averaged
 * weights summed (an ensemble is steadier than any one run), quantised.
 */
void
train_model(train_doc *docs, size_t ndocs, int heldout_fold, const train_opts *opts,
			trained_model *out)
{
	size_t		nw = (size_t) opts->nbuckets * GT_NER_STRIDE;
	size_t		nt = (GT_NER_LABELS + 1) * (GT_NER_LABELS + 1);
	instance   *inst = NULL;
	size_t		n = 0,
				cap = 0,
				longest = 1;
	int64_t    *sw = xmalloc(nw * sizeof(int64_t));
	int64_t    *st = xmalloc(nt * sizeof(int64_t));

	for (size_t i = 0; i < ndocs; i++)
	{
		if (docs[i].eval || (heldout_fold >= 0 && docs[i].fold == heldout_fold))
			continue;
		for (size_t s = 0; s < docs[i].nsegments; s++)
		{
			if (n == cap)
				inst = xrealloc(inst, (cap = cap ? 2 * cap : 4096) * sizeof(instance));
			inst[n++].seg = &docs[i].segments[s];
			if (docs[i].segments[s].ntokens > longest)
				longest = docs[i].segments[s].ntokens;
		}
	}
	memset(sw, 0, nw * sizeof(int64_t));
	memset(st, 0, nt * sizeof(int64_t));
	for (int run = 0; run < opts->runs; run++)
	{
		/* each run starts from the same instance order: its seed alone makes it differ */
		instance   *order = xmalloc((n + 1) * sizeof(instance));

		memcpy(order, inst, n * sizeof(instance));
		run_perceptron(order, n, longest, opts, opts->seed + (uint64_t) run, sw, st);
		free(order);
	}
	quantise(sw, st, opts->nbuckets, out);
	out->evidence = xmalloc(GT_EV__COUNT * sizeof(int32_t));
	memset(out->evidence, 0, GT_EV__COUNT * sizeof(int32_t));
	out->model.evidence_confidence = out->evidence;
	out->model.nevidence = GT_EV__COUNT;
	out->model.calib_a = 1000000;	/* a plain logistic of the margin until calibrate() */
	free(sw);
	free(st);
	free(inst);
}

/* Free a trained model's memory. */
void
free_model(trained_model *m)
{
	free(m->weights);
	free(m->transitions);
	free(m->evidence);
	memset(m, 0, sizeof(*m));
}
