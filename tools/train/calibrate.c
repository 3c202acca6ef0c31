/*
 * calibrate.c — what the cross-validation's held-out documents say about
 * the confidence: each name the tagger finds has a margin (how much worse
 * the best sequence without it is); a logistic curve fitted to margin and
 * rightness turns a margin into a probability. Rows the tagger did not
 * decide (countries, adjectives, compounds, surnames relinked …) get the
 * precision their evidence had on those documents.
 */
#include "train.h"
#include "../tables/tables.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Rows an evidence needs on the held-out documents for a precision of its own. */
#define EVIDENCE_MIN_ROWS 30
/* Newton steps of the logistic fit (it converges in far fewer). */
#define FIT_STEPS 50

/* Remember one tagged name's margin and whether it was right. */
static void
add_margin(calibration *cal, int64_t margin, bool right)
{
	if (cal->n == cal->cap)
	{
		cal->cap = cal->cap ? 2 * cal->cap : 4096;
		cal->margins = xrealloc(cal->margins, cal->cap * sizeof(int64_t));
		cal->right = xrealloc(cal->right, cal->cap * sizeof(bool));
	}
	cal->margins[cal->n] = margin;
	cal->right[cal->n] = right;
	cal->n++;
}

/* Is there a gold name of this type over exactly these characters? */
static bool
gold_has(const train_doc *d, uint32_t start, uint32_t end, gt_ner_type type)
{
	for (size_t g = 0; g < d->ngold; g++)
		if (d->gold[g].start == start && d->gold[g].end == end && d->gold[g].type == type)
			return true;
	return false;
}

/* The tagger's names of one document with their margins, scored against gold. */
static void
tag_margins(const train_doc *d, gt_doc *doc, const gt_lexicons *lex, const gt_ner_model *m,
			calibration *cal)
{
	gt_recognizer r;
	gt_ner_view v;
	uint32_t	feats[GT_NER_MAX_FEATURES];

	if (!gt_recognizer_init(&r, doc, lex))
		die("out of memory");
	gt_recognize_before_model(&r);
	if (!gt_ner_view_build(&r, &v))
		die("out of memory");
	for (size_t s = 0; s < v.nsegments; s++)
	{
		uint32_t	first = v.segments[2 * s];
		uint32_t	n = v.segments[2 * s + 1] - first;
		int32_t    *emit = xmalloc(n * GT_NER_STRIDE * sizeof(int32_t));
		uint8_t    *labels = xmalloc(n);
		int64_t    *margins = xmalloc(n * sizeof(int64_t));
		void	   *work = xmalloc(gt_ner_work_size(n));

		for (uint32_t i = 0; i < n; i++)
		{
			gt_ner_emissions(m, feats, gt_ner_features(doc, v.words, v.hints, first + i, feats),
							 emit + i * GT_NER_STRIDE);
			gt_ner_apply_limits(gt_ner_limits(doc, v.hints, first + i), emit + i * GT_NER_STRIDE);
		}
		gt_ner_viterbi(m, emit, n, labels, margins, work);
		for (uint32_t i = 0; i < n; i++)
		{
			uint32_t	j = i;
			int64_t		margin = margins[i];

			if (labels[i] == GT_NER_O)
				continue;
			while (gt_ner_label_pos(labels[j]) != GT_NER_U &&
				   gt_ner_label_pos(labels[j]) != GT_NER_L && j + 1 < n)
			{
				j++;
				if (margins[j] < margin)
					margin = margins[j];
			}
			if (margin != INT64_MAX)
				add_margin(cal, margin,
						   gold_has(d, doc->tokens[first + i].span.char_start,
									doc->tokens[first + j].span.char_end,
									gt_ner_label_type(labels[i])));
			i = j;
		}
		free(emit);
		free(labels);
		free(margins);
		free(work);
	}
	gt_ner_view_free(&v);
	gt_recognizer_free(&r);
}

/* The tagger type a name-form mention of this kind is scored as, or -1 (not scored). */
static int
scored_type(const gt_mention *m)
{
	if (m->form != GT_FORM_NAME)
		return -1;
	switch (m->kind)
	{
		case GT_KIND_PERSON:
			return GT_NER_PER;
		case GT_KIND_ORGANIZATION:
			return GT_NER_ORG;
		case GT_KIND_COUNTRY:
		case GT_KIND_PLACE:
			return GT_NER_LOC;
		default:
			return -1;
	}
}

/* Tag a fold's held-out documents: margins, rows per evidence, and every row to pred. */
void
evaluate_fold(train_doc *docs, size_t ndocs, int fold, const gt_lexicons *lex,
			  const trained_model *m, calibration *cal, FILE *pred)
{
	for (size_t i = 0; i < ndocs; i++)
	{
		train_doc  *d = &docs[i];
		gt_doc		doc;
		gt_entities ents;

		if (!d->eval || d->fold != fold)
			continue;
		if (gt_doc_analyze(&doc, &gt_env_malloc, d->text, d->len) != GT_OK)
			die("out of memory");
		tag_margins(d, &doc, lex, &m->model, cal);
		if (gt_find_entities_with(&doc, lex, &m->model, &ents) != GT_OK)
			die("out of memory");
		for (size_t k = 0; k < ents.nmentions; k++)
		{
			const gt_mention *mn = &ents.mentions[k];
			int			type = scored_type(mn);

			if (pred)
				fprintf(pred, "%d\t%u\t%u\t%u\t%s\t%s\t%s\t%.3f\n", fold, d->id,
						mn->span.char_start, mn->span.char_end, gt_kind_name((gt_kind) mn->kind),
						gt_form_name((gt_form) mn->form), gt_evidence_name((gt_evidence) mn->evidence),
						(double) mn->confidence);
			if (type < 0)
				continue;
			cal->rows[mn->evidence]++;
			if (gold_has(d, mn->span.char_start, mn->span.char_end, (gt_ner_type) type))
				cal->right_rows[mn->evidence]++;
		}
		gt_entities_free(&ents);
		gt_doc_free(&doc);
	}
}

/* The root mean square of the margins: the unit the fit works in, so that its numbers stay near 1. */
static double
margin_scale(const calibration *cal)
{
	double		sum = 0;

	for (size_t i = 0; i < cal->n; i++)
		sum += (double) cal->margins[i] * (double) cal->margins[i];
	return cal->n && sum > 0 ? sqrt(sum / (double) cal->n) : 1.0;
}

/*
 * Fit P(right) = 1 / (1 + exp(-(a x + b))) to the margins x: Newton's method
 * on the log-likelihood from a = b = 0 (where it is well-conditioned), in
 * units of margin_scale; a is returned per margin unit.
 */
static void
fit_logistic(const calibration *cal, double *a, double *b)
{
	double		scale = margin_scale(cal);

	*a = 0.0;
	*b = 0.0;
	for (int step = 0; step < FIT_STEPS; step++)
	{
		double		ga = 0,
					gb = 0,
					haa = 0,
					hab = 0,
					hbb = 0,
					det;

		for (size_t i = 0; i < cal->n; i++)
		{
			double		x = (double) cal->margins[i] / scale;
			double		p = 1.0 / (1.0 + exp(-(*a * x + *b)));
			double		r = p - (cal->right[i] ? 1.0 : 0.0);
			double		w = p * (1 - p);

			ga += r * x;
			gb += r;
			haa += w * x * x;
			hab += w * x;
			hbb += w;
		}
		det = haa * hbb - hab * hab;
		if (fabs(det) < 1e-12)
			break;
		*a -= (hbb * ga - hab * gb) / det;
		*b -= (haa * gb - hab * ga) / det;
	}
	*a /= scale;
}

/* Fit the confidence's logistic curve and the per-evidence precision into m. */
void
calibrate(const calibration *cal, trained_model *m)
{
	double		a,
				b;
	uint32_t	all_rows = 0,
				all_right = 0;
	int32_t		prior;

	fit_logistic(cal, &a, &b);
	m->model.calib_a = (int32_t) lround(a * GT_NER_CALIB_A_SCALE);
	m->model.calib_b = (int32_t) lround(b * GT_NER_CALIB_B_SCALE);
	for (int e = 0; e < GT_EV__COUNT; e++)
		if (e != GT_EV_MODEL_NER)
		{
			all_rows += cal->rows[e];
			all_right += cal->right_rows[e];
		}
	prior = all_rows ? (int32_t) ((uint64_t) all_right * 1000 / all_rows) : 800;
	for (int e = 0; e < GT_EV__COUNT; e++)
		m->evidence[e] = cal->rows[e] >= EVIDENCE_MIN_ROWS ?
			(int32_t) ((uint64_t) cal->right_rows[e] * 1000 / cal->rows[e]) : prior;
}
