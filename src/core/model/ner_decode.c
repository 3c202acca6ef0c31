/*
 * ner_decode.c — scoring and decoding: a token's emission scores are the
 * sum of its features' weight rows; Viterbi finds the best well-formed
 * BILOU sequence (ill-formed transitions are not allowed at all), and a
 * backward pass gives each token's max-marginals, whose margin is the
 * confidence of a name.
 */
#include "model/ner.h"

#include "model/weight_rows.h"

#include <math.h>
#include <string.h>

/* A score no path reaches: below any sum of weights. */
#define NO_PATH (INT64_MIN / 4)

/* May label b follow label a in a well-formed BILOU sequence? */
bool
gt_ner_transition_ok(uint8_t a, uint8_t b)
{
	bool		a_open = a != GT_NER_O && (gt_ner_label_pos(a) == GT_NER_B ||
										   gt_ner_label_pos(a) == GT_NER_I);
	bool		b_inner = b != GT_NER_O && (gt_ner_label_pos(b) == GT_NER_I ||
											gt_ner_label_pos(b) == GT_NER_L);

	if (a_open)
		return b_inner && gt_ner_label_type(a) == gt_ner_label_type(b);
	return !b_inner;
}

/* May a sequence start with this label (after O)? */
bool
gt_ner_start_ok(uint8_t label)
{
	return gt_ner_transition_ok(GT_NER_O, label);
}

/* May a sequence end with this label (before O)? */
bool
gt_ner_end_ok(uint8_t label)
{
	return gt_ner_transition_ok(label, GT_NER_O);
}

/* Is token k a word written in lower case only (no capital anywhere)? */
static bool
lower_case_word(const gt_doc *doc, uint32_t k)
{
	const gt_token *t = &doc->tokens[k];
	size_t		len;
	const char *s;
	size_t		i = 0;

	if (t->kind != GT_TOK_WORD || (t->flags & GT_TF_UPPER_INITIAL))
		return false;
	s = gt_tok_text(doc, k, &len);
	while (i < len)
		if (gt_is_upper(gt_utf8_next(s, len, &i)))
			return false;
	return true;
}

/* Where token k may stand in a name (GT_NER_ANYWHERE …). */
uint8_t
gt_ner_limits(const gt_doc *doc, const gt_ner_hints *hints, uint32_t k)
{
	if (hints[k].modifier_kind && (hints[k].words & (GT_HINT_TAIL_WORD | GT_HINT_TAIL_NAME)))
		return GT_NER_OUTSIDE_ONLY;
	return lower_case_word(doc, k) ? GT_NER_INSIDE_ONLY : GT_NER_ANYWHERE;
}

/* Forbid in a token's emission scores the labels its limits rule out. */
void
gt_ner_apply_limits(uint8_t limits, int32_t *scores)
{
	if (limits == GT_NER_ANYWHERE)
		return;
	for (int type = 0; type < GT_NER_TYPES; type++)
	{
		scores[gt_ner_label((gt_ner_type) type, GT_NER_B)] = GT_NER_FORBIDDEN;
		scores[gt_ner_label((gt_ner_type) type, GT_NER_L)] = GT_NER_FORBIDDEN;
		scores[gt_ner_label((gt_ner_type) type, GT_NER_U)] = GT_NER_FORBIDDEN;
		if (limits == GT_NER_OUTSIDE_ONLY)
			scores[gt_ner_label((gt_ner_type) type, GT_NER_I)] = GT_NER_FORBIDDEN;
	}
}

/* Emission scores of a token: the sum of its features' weight rows. */
void
gt_ner_emissions(const gt_ner_model *m, const uint32_t *feats, size_t n, int32_t *scores)
{
	gt_weight_row_sums(&m->weights, GT_NER_STRIDE, feats, n, scores);
}

/* Bytes of work memory gt_ner_viterbi needs for n tokens. */
size_t
gt_ner_work_size(size_t n)
{
	return n * GT_NER_LABELS * (2 * sizeof(int64_t) + 1);
}

/* Derive the decoder's lattice from the model's transitions: once, and again whenever they change. */
void
gt_ner_model_prepare(gt_ner_model *m)
{
	gt_ner_lattice *l = &m->lattice;

	memset(l, 0, sizeof(*l));
	for (int a = 0; a < GT_NER_LABELS; a++)
	{
		l->start[a] = gt_ner_start_ok((uint8_t) a) ? m->transitions[GT_NER_TRANS(GT_NER_EDGE, a)] : NO_PATH;
		l->end[a] = gt_ner_end_ok((uint8_t) a) ? m->transitions[GT_NER_TRANS(a, GT_NER_EDGE)] : NO_PATH;
		for (int b = 0; b < GT_NER_LABELS; b++)
			if (gt_ner_transition_ok((uint8_t) a, (uint8_t) b))
			{
				l->trans[a][b] = m->transitions[GT_NER_TRANS(a, b)];
				l->pred[b][l->npred[b]++] = (uint8_t) a;
				l->succ[a][l->nsucc[a]++] = (uint8_t) b;
			}
	}
	for (int y = 0; y < GT_NER_LABELS; y++)
	{
		if (l->npred[y] == GT_NER_WIDE_STEPS)
			l->wide_in[l->nwide_in++] = (uint8_t) y;
		else if (l->npred[y] == GT_NER_NARROW_STEPS)
			l->narrow_in[l->nnarrow_in++] = (uint8_t) y;
		if (l->nsucc[y] == GT_NER_WIDE_STEPS)
			l->wide_out[l->nwide_out++] = (uint8_t) y;
		else if (l->nsucc[y] == GT_NER_NARROW_STEPS)
			l->narrow_out[l->nnarrow_out++] = (uint8_t) y;
	}
}

/*
 * One forward step into label y from its `steps` predecessors: the best
 * score and which predecessor gave it (the first of equal ones, in label
 * order). Inline with a constant steps, the loop unrolls without branches.
 */
static inline void
best_step_in(const gt_ner_lattice *l, const int64_t *prev, int y, int steps,
			 int64_t *top_out, uint8_t *arg_out)
{
	int64_t		top = NO_PATH;
	uint8_t		arg = GT_NER_O;

	for (int j = 0; j < steps; j++)
	{
		uint8_t		p = l->pred[y][j];
		int64_t		s = prev[p] + l->trans[p][y];
		bool		better = s > top;

		top = better ? s : top;
		arg = better ? p : arg;
	}
	*top_out = top;
	*arg_out = arg;
}

/* One backward step out of label y to its `steps` successors: the best completion. */
static inline int64_t
best_step_out(const gt_ner_lattice *l, const int64_t *next, const int32_t *emit, int y, int steps)
{
	int64_t		top = NO_PATH;

	for (int j = 0; j < steps; j++)
	{
		uint8_t		q = l->succ[y][j];
		int64_t		s = next[q] + l->trans[y][q] + emit[q];

		top = s > top ? s : top;
	}
	return top;
}

/* Does a label sequence name anything (a label other than O)? */
static bool
names_any(const uint8_t *labels, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (labels[i] != GT_NER_O)
			return true;
	return false;
}

/*
 * The best well-formed label sequence, its score, and each token's margin
 * when the sequence names something (a confidence is only ever asked for a
 * name's tokens: most runs of capitalised words are ordinary nouns, all O).
 * A score below NO_PATH / 2 is no path: no sum of weights gets there, and
 * adding weights to it never overflows.
 */
int64_t
gt_ner_viterbi(const gt_ner_model *m, const int32_t *emit, size_t n,
			   uint8_t *out, int64_t *margins, void *work)
{
	int64_t    *alpha = work;
	int64_t    *beta = alpha + n * GT_NER_LABELS;
	uint8_t    *back = (uint8_t *) (beta + n * GT_NER_LABELS);
	int64_t		best = NO_PATH;
	int			best_y = GT_NER_O;
	const gt_ner_lattice *l = &m->lattice;

	if (n == 0)
		return 0;
	for (int y = 0; y < GT_NER_LABELS; y++)
		alpha[y] = l->start[y] + emit[y];
	for (size_t i = 1; i < n; i++)
	{
		const int64_t *prev = alpha + (i - 1) * GT_NER_LABELS;
		int64_t		top;
		uint8_t		arg;

		for (int g = 0; g < l->nwide_in; g++)
		{
			int			y = l->wide_in[g];

			best_step_in(l, prev, y, GT_NER_WIDE_STEPS, &top, &arg);
			alpha[i * GT_NER_LABELS + y] = top + emit[i * GT_NER_STRIDE + y];
			back[i * GT_NER_LABELS + y] = arg;
		}
		for (int g = 0; g < l->nnarrow_in; g++)
		{
			int			y = l->narrow_in[g];

			best_step_in(l, prev, y, GT_NER_NARROW_STEPS, &top, &arg);
			alpha[i * GT_NER_LABELS + y] = top + emit[i * GT_NER_STRIDE + y];
			back[i * GT_NER_LABELS + y] = arg;
		}
	}
	for (int y = 0; y < GT_NER_LABELS; y++)
	{
		int64_t		s = alpha[(n - 1) * GT_NER_LABELS + y] + l->end[y];

		if (s > best)
		{
			best = s;
			best_y = y;
		}
	}
	out[n - 1] = (uint8_t) best_y;
	for (size_t i = n - 1; i > 0; i--)
		out[i - 1] = back[i * GT_NER_LABELS + out[i]];
	if (!margins || !names_any(out, n))
		return best;

	/* backward: the best completion of each (token, label) */
	for (int y = 0; y < GT_NER_LABELS; y++)
		beta[(n - 1) * GT_NER_LABELS + y] = l->end[y];
	for (size_t i = n - 1; i > 0; i--)
	{
		const int64_t *next = beta + i * GT_NER_LABELS;
		const int32_t *e = emit + i * GT_NER_STRIDE;

		for (int g = 0; g < l->nwide_out; g++)
		{
			int			y = l->wide_out[g];

			beta[(i - 1) * GT_NER_LABELS + y] = best_step_out(l, next, e, y, GT_NER_WIDE_STEPS);
		}
		for (int g = 0; g < l->nnarrow_out; g++)
		{
			int			y = l->narrow_out[g];

			beta[(i - 1) * GT_NER_LABELS + y] = best_step_out(l, next, e, y, GT_NER_NARROW_STEPS);
		}
	}
	/* a token's margin: the best path minus the best path with another label there */
	for (size_t i = 0; i < n; i++)
	{
		int64_t		other = NO_PATH;

		for (int y = 0; y < GT_NER_LABELS; y++)
		{
			int64_t		s = alpha[i * GT_NER_LABELS + y] + beta[i * GT_NER_LABELS + y];

			if (y != out[i] && s > other)
				other = s;
		}
		margins[i] = other < NO_PATH / 2 ? INT64_MAX : best - other;
	}
	return best;
}

/* The confidence (0–1) of a name whose smallest token margin is margin. */
double
gt_ner_confidence(const gt_ner_model *m, int64_t margin)
{
	double		z;

	if (margin == INT64_MAX)
		return 1.0;
	z = m->calib_a / GT_NER_CALIB_A_SCALE * (double) margin + m->calib_b / GT_NER_CALIB_B_SCALE;
	return 1.0 / (1.0 + exp(-z));
}
