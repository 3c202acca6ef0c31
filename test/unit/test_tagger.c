/*
 * test_tagger.c — unit tests of the tagger (src/core/model): the BILOU
 * labels and which may follow which, the feature function (deterministic,
 * bounded, the word's identity first, context and lexicon hints seen),
 * Viterbi decoding and its margins against brute force over every label
 * sequence, the confidence curve, the limits on lower-case words, the
 * built-in model, and a tiny model trained here with the core's own
 * features and decoder that learns a context it was shown. Every sentence
 * was written for the test, with invented names.
 */
#include "unit.h"
#include "entities/entities_internal.h"
#include "model/pos.h"
#include "model/word_hash.h"

/* Tokens of the brute-force decoding check (13^5 sequences). */
#define BRUTE_TOKENS 5
/* Random emission scores of the brute-force check lie in [-RANGE, RANGE). */
#define BRUTE_RANGE 2000
/* Weight rows of the tiny models built here (a power of two). */
#define TINY_BUCKETS 4096
/* Perceptron epochs of the tiny trained model. */
#define TINY_EPOCHS 8

/* A deterministic pseudo-random number (the tests give the same numbers on every machine). */
static uint32_t
next_random(uint64_t *state)
{
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t) (*state >> 33);
}

/* The labels, their parts, and which may follow which. */
static void
test_labels(void)
{
	uint8_t		b_per = gt_ner_label(GT_NER_PER, GT_NER_B);
	uint8_t		i_per = gt_ner_label(GT_NER_PER, GT_NER_I);
	uint8_t		l_per = gt_ner_label(GT_NER_PER, GT_NER_L);
	uint8_t		u_org = gt_ner_label(GT_NER_ORG, GT_NER_U);
	uint8_t		i_org = gt_ner_label(GT_NER_ORG, GT_NER_I);

	for (int t = 0; t < GT_NER_TYPES; t++)
		for (int p = 0; p < GT_NER_POSITIONS; p++)
		{
			uint8_t		y = gt_ner_label((gt_ner_type) t, (gt_ner_pos) p);

			CHECK(y > GT_NER_O && y < GT_NER_LABELS);
			CHECK_INT(gt_ner_label_type(y), t);
			CHECK_INT(gt_ner_label_pos(y), p);
		}
	CHECK(gt_ner_transition_ok(b_per, i_per));
	CHECK(gt_ner_transition_ok(i_per, l_per));
	CHECK(!gt_ner_transition_ok(b_per, i_org));		/* a name keeps its type */
	CHECK(!gt_ner_transition_ok(GT_NER_O, i_per));	/* no name starts inside */
	CHECK(!gt_ner_transition_ok(b_per, GT_NER_O));	/* an open name does not stop */
	CHECK(gt_ner_transition_ok(u_org, b_per));		/* two names in a row */
	CHECK(gt_ner_transition_ok(l_per, GT_NER_O));
	CHECK(gt_ner_start_ok(b_per) && gt_ner_start_ok(u_org) && !gt_ner_start_ok(i_org));
	CHECK(gt_ner_end_ok(l_per) && gt_ner_end_ok(u_org) && !gt_ner_end_ok(b_per));
}

/* A document analysed as the pipeline sees it before the tagger, with its tagger view. */
typedef struct view_run
{
	unit_doc	u;
	gt_lexicons lex;
	gt_recognizer r;
	gt_ner_view v;
} view_run;

/* Analyse text up to the tagger's view. */
static void
view_open(view_run *w, const char *text)
{
	w->u = unit_analyze(text);
	w->lex = gt_lexicons_default(NULL);
	CHECK_INT(w->u.status, GT_OK);
	CHECK(gt_recognizer_init(&w->r, &w->u.doc, &w->lex));
	gt_recognize_before_model(&w->r);
	CHECK(gt_ner_view_build(&w->r, &w->v));
}

/* Free a view run. */
static void
view_close(view_run *w)
{
	gt_ner_view_free(&w->v);
	gt_recognizer_free(&w->r);
	unit_free(&w->u);
}

/* The first token whose text is word, or UINT32_MAX. */
static uint32_t
token_of(const view_run *w, const char *word)
{
	for (uint32_t k = 0; k < w->u.doc.ntokens; k++)
		if (strcmp(unit_token_text(&w->u, k), word) == 0)
			return k;
	return UINT32_MAX;
}

/* Does the feature list a[0..na) hold feature f? */
static bool
has_feature(const uint32_t *a, size_t na, uint32_t f)
{
	for (size_t i = 0; i < na; i++)
		if (a[i] == f)
			return true;
	return false;
}

/* The feature function: bounded, deterministic, identity first, context and lexicon seen. */
static void
test_features(void)
{
	view_run	a,
				b;
	uint32_t	fa[GT_NER_MAX_FEATURES],
				fb[GT_NER_MAX_FEATURES],
				fc[GT_NER_MAX_FEATURES];
	size_t		na,
				nb,
				nc;
	uint32_t	ka,
				kb;
	size_t		shared = 0;

	view_open(&a, "Gestern sagte Zoravex Brinkmann in Mainz, die Lage sei ernst.");
	view_open(&b, "Gestern sagte Quandrix Brinkmann in Mainz, die Lage sei ernst.");
	ka = token_of(&a, "Zoravex");
	kb = token_of(&b, "Quandrix");
	CHECK(ka != UINT32_MAX && kb == ka);
	if (ka == UINT32_MAX || kb != ka)
	{
		view_close(&a);
		view_close(&b);
		return;
	}
	CHECK(a.v.hints[ka].candidate);
	na = gt_ner_features(&a.u.doc, a.v.words, a.v.hints, ka, fa);
	nc = gt_ner_features(&a.u.doc, a.v.words, a.v.hints, ka, fc);
	nb = gt_ner_features(&b.u.doc, b.v.words, b.v.hints, kb, fb);
	CHECK(na > GT_NER_IDENTITY_FEATURES && na <= GT_NER_MAX_FEATURES);
	/* the same token gives the same features */
	CHECK_INT(nc, na);
	CHECK(memcmp(fa, fc, na * sizeof(uint32_t)) == 0);
	/* another word in the same context: other identity features, mostly the same context */
	CHECK(fa[0] != fb[0] && fa[1] != fb[1]);
	for (size_t i = GT_NER_IDENTITY_FEATURES; i < na; i++)
		shared += has_feature(fb, nb, fa[i]);
	CHECK(shared >= (na - GT_NER_IDENTITY_FEATURES) / 2);
	/* the bias is every token's */
	CHECK(has_feature(fa, na, gt_ner_bias_feature()));
	/* a lexicon place is a hint the feature function sees */
	{
		uint32_t	km = token_of(&a, "Mainz");
		uint32_t	fm[GT_NER_MAX_FEATURES];
		size_t		nm;
		gt_ner_hints saved;

		CHECK(km != UINT32_MAX && a.v.hints[km].lex_kind == GT_KIND_PLACE);
		if (km != UINT32_MAX)
		{
			nm = gt_ner_features(&a.u.doc, a.v.words, a.v.hints, km, fm);
			saved = a.v.hints[km];
			a.v.hints[km].lex_kind = 0;
			a.v.hints[km].lex_pos = 0;
			nc = gt_ner_features(&a.u.doc, a.v.words, a.v.hints, km, fc);
			a.v.hints[km] = saved;
			CHECK(nc == nm && memcmp(fc, fm, nm * sizeof(uint32_t)) != 0);
		}
	}
	/* lower-case words may stand inside a name only, a capital anywhere makes it free */
	CHECK_INT(gt_ner_limits(&a.u.doc, a.v.hints, token_of(&a, "in")), GT_NER_INSIDE_ONLY);
	CHECK_INT(gt_ner_limits(&a.u.doc, a.v.hints, ka), GT_NER_ANYWHERE);
	view_close(&a);
	view_close(&b);
	{
		view_run	c;

		view_open(&c, "Das neue iPhone kam an.");
		CHECK_INT(gt_ner_limits(&c.u.doc, c.v.hints, token_of(&c, "iPhone")), GT_NER_ANYWHERE);
		view_close(&c);
	}
}

/* The score of one label sequence under a model with emission scores emit; false if ill-formed. */
static bool
sequence_score(const gt_ner_model *m, const int32_t *emit, const uint8_t *y, size_t n, int64_t *score)
{
	int64_t		s;

	if (!gt_ner_start_ok(y[0]) || !gt_ner_end_ok(y[n - 1]))
		return false;
	s = m->transitions[GT_NER_TRANS(GT_NER_EDGE, y[0])] + emit[y[0]];
	for (size_t i = 1; i < n; i++)
	{
		if (!gt_ner_transition_ok(y[i - 1], y[i]))
			return false;
		s += m->transitions[GT_NER_TRANS(y[i - 1], y[i])] + emit[i * GT_NER_STRIDE + y[i]];
	}
	*score = s + m->transitions[GT_NER_TRANS(y[n - 1], GT_NER_EDGE)];
	return true;
}

/*
 * The decoder's unrolled steps cover the lattice: every label has either
 * GT_NER_WIDE_STEPS or GT_NER_NARROW_STEPS predecessors and successors,
 * and is in exactly one group of each.
 */
static void
test_lattice_groups(void)
{
	int32_t		trans[(GT_NER_LABELS + 1) * (GT_NER_LABELS + 1)] = {0};
	gt_ner_model m;
	int			in_seen[GT_NER_LABELS] = {0};
	int			out_seen[GT_NER_LABELS] = {0};
	const gt_ner_lattice *l = &m.lattice;

	memset(&m, 0, sizeof(m));
	m.transitions = trans;
	gt_ner_model_prepare(&m);
	CHECK_INT(l->nwide_in + l->nnarrow_in, GT_NER_LABELS);
	CHECK_INT(l->nwide_out + l->nnarrow_out, GT_NER_LABELS);
	CHECK_INT(l->nwide_in, GT_NER_WIDE_STEPS);
	for (int g = 0; g < l->nwide_in; g++)
		in_seen[l->wide_in[g]]++;
	for (int g = 0; g < l->nnarrow_in; g++)
		in_seen[l->narrow_in[g]]++;
	for (int g = 0; g < l->nwide_out; g++)
		out_seen[l->wide_out[g]]++;
	for (int g = 0; g < l->nnarrow_out; g++)
		out_seen[l->narrow_out[g]]++;
	for (int y = 0; y < GT_NER_LABELS; y++)
	{
		CHECK_INT(in_seen[y], 1);
		CHECK_INT(out_seen[y], 1);
	}
	/* O follows the closing labels; I-PER only B-PER and I-PER */
	CHECK_INT(l->npred[GT_NER_O], GT_NER_WIDE_STEPS);
	CHECK_INT(l->npred[gt_ner_label(GT_NER_PER, GT_NER_I)], GT_NER_NARROW_STEPS);
	CHECK_INT(l->nsucc[gt_ner_label(GT_NER_ORG, GT_NER_B)], GT_NER_NARROW_STEPS);
	CHECK_INT(l->nsucc[gt_ner_label(GT_NER_LOC, GT_NER_U)], GT_NER_WIDE_STEPS);
}

/* Buckets and features of the row-sum test: enough for every kind of row, few enough to run fast. */
#define SUM_BUCKETS 256
#define SUM_FEATURES 60

/* The row sums of one table of the given stride agree with a plain loop, with SSE2 and (where the CPU has it) AVX2. */
static void
check_row_sums(uint32_t stride, uint64_t *rng)
{
	int16_t    *rows = malloc(SUM_BUCKETS * stride * sizeof(int16_t));
	uint32_t	feats[SUM_FEATURES];
	int32_t		want[GT_WEIGHT_STRIDE_MAX];
	int32_t		got[GT_WEIGHT_STRIDE_MAX];
	gt_weight_table t = {SUM_BUCKETS, rows, NULL, false};

	for (size_t i = 0; i < SUM_BUCKETS * stride; i++)
		/* the whole int16 range, extremes included */
		rows[i] = i % 97 == 0 ? INT16_MIN : i % 89 == 0 ? INT16_MAX : (int16_t) (next_random(rng) & 0xFFFF);
	for (size_t f = 0; f < SUM_FEATURES; f++)
		feats[f] = (uint32_t) next_random(rng);
	memset(want, 0, sizeof(want));
	for (size_t f = 0; f < SUM_FEATURES; f++)
		for (uint32_t y = 0; y < stride; y++)
			want[y] += rows[(feats[f] % SUM_BUCKETS) * stride + y];
	gt_weight_row_sums(&t, stride, feats, SUM_FEATURES, got);
	CHECK(memcmp(got, want, stride * sizeof(int32_t)) == 0);
	if (gt_weight_rows_cpu_avx2())
	{
		t.avx2 = true;
		memset(got, 0, sizeof(got));
		gt_weight_row_sums(&t, stride, feats, SUM_FEATURES, got);
		CHECK(memcmp(got, want, stride * sizeof(int32_t)) == 0);
	}
	/* no features: all zero */
	gt_weight_row_sums(&t, stride, feats, 0, got);
	for (uint32_t y = 0; y < stride; y++)
		CHECK_INT(got[y], 0);
	free(rows);
}

/* Both taggers' strides. */
static void
test_row_sums(void)
{
	uint64_t	rng = 20261204;

	check_row_sums(GT_NER_STRIDE, &rng);
	check_row_sums(GT_POS_STRIDE, &rng);
	check_row_sums(GT_MORPH_STRIDE, &rng);
}

/* Viterbi and its margins agree with brute force over every sequence of BRUTE_TOKENS labels. */
static void
test_viterbi(void)
{
	int32_t		trans[(GT_NER_LABELS + 1) * (GT_NER_LABELS + 1)];
	int32_t		emit[BRUTE_TOKENS * GT_NER_STRIDE];
	gt_ner_model m;
	uint64_t	rng = 20261201;
	uint8_t		out[BRUTE_TOKENS];
	int64_t		margins[BRUTE_TOKENS];
	void	   *work = malloc(gt_ner_work_size(BRUTE_TOKENS));

	memset(&m, 0, sizeof(m));
	for (size_t i = 0; i < sizeof(trans) / sizeof(trans[0]); i++)
		trans[i] = (int32_t) (next_random(&rng) % (2 * BRUTE_RANGE)) - BRUTE_RANGE;
	m.transitions = trans;
	gt_ner_model_prepare(&m);
	/* rounds of random scores, and a last one in which O wins everywhere: no name, no margins */
	for (int round = 0; round < 4; round++)
	{
		uint8_t		y[BRUTE_TOKENS] = {0};
		int64_t		best = INT64_MIN;
		int64_t		best_with[BRUTE_TOKENS][GT_NER_LABELS];
		int64_t		got;
		size_t		total = 1;
		bool		named;

		for (size_t i = 0; i < sizeof(emit) / sizeof(emit[0]); i++)
			emit[i] = (int32_t) (next_random(&rng) % (2 * BRUTE_RANGE)) - BRUTE_RANGE;
		if (round == 3)
			for (size_t i = 0; i < BRUTE_TOKENS; i++)
				emit[i * GT_NER_STRIDE + GT_NER_O] += 100 * BRUTE_RANGE;
		for (size_t i = 0; i < BRUTE_TOKENS; i++)
			for (int l = 0; l < GT_NER_LABELS; l++)
				best_with[i][l] = INT64_MIN;
		for (size_t i = 0; i < BRUTE_TOKENS; i++)
			total *= GT_NER_LABELS;
		for (size_t code = 0; code < total; code++)
		{
			size_t		c = code;
			int64_t		s;

			for (size_t i = 0; i < BRUTE_TOKENS; i++, c /= GT_NER_LABELS)
				y[i] = (uint8_t) (c % GT_NER_LABELS);
			if (!sequence_score(&m, emit, y, BRUTE_TOKENS, &s))
				continue;
			if (s > best)
				best = s;
			for (size_t i = 0; i < BRUTE_TOKENS; i++)
				if (s > best_with[i][y[i]])
					best_with[i][y[i]] = s;
		}
		for (size_t i = 0; i < BRUTE_TOKENS; i++)
			margins[i] = -1;	/* a sentinel: margins are only made when the sequence names something */
		got = gt_ner_viterbi(&m, emit, BRUTE_TOKENS, out, margins, work);
		CHECK_INT(got, best);
		CHECK(sequence_score(&m, emit, out, BRUTE_TOKENS, &got) && got == best);
		named = false;
		for (size_t i = 0; i < BRUTE_TOKENS; i++)
			named = named || out[i] != GT_NER_O;
		CHECK(named == (round < 3));
		for (size_t i = 0; i < BRUTE_TOKENS; i++)
		{
			if (!named)
			{
				CHECK_INT(margins[i], -1);
				continue;
			}
			int64_t		other = INT64_MIN;

			for (int l = 0; l < GT_NER_LABELS; l++)
				if (l != out[i] && best_with[i][l] > other)
					other = best_with[i][l];
			CHECK_INT(margins[i], best - other);
		}
	}
	/* one token: a lower-case word's limits forbid every name label but inside ones */
	{
		int32_t		one[GT_NER_STRIDE] = {0};

		one[gt_ner_label(GT_NER_PER, GT_NER_U)] = 1000;
		gt_ner_apply_limits(GT_NER_INSIDE_ONLY, one);
		gt_ner_viterbi(&m, one, 1, out, NULL, work);
		CHECK_INT(out[0], GT_NER_O);
	}
	free(work);
}

/* The confidence grows with the margin and is 1 where nothing else was possible. */
static void
test_confidence(void)
{
	gt_ner_model m;

	memset(&m, 0, sizeof(m));
	m.calib_a = 50000;			/* 5e-5 per weight unit */
	m.calib_b = -500;
	CHECK(gt_ner_confidence(&m, 0) < gt_ner_confidence(&m, 10000));
	CHECK(gt_ner_confidence(&m, 10000) < gt_ner_confidence(&m, 100000));
	CHECK(gt_ner_confidence(&m, 100000) <= 1.0 && gt_ner_confidence(&m, 0) > 0.0);
	CHECK(gt_ner_confidence(&m, INT64_MAX) == 1.0);
}

/* The model linked in opens, has this revision's features, and a garbage table does not. */
static void
test_builtin_model(void)
{
	const gt_ner_model *m = gt_ner_model_builtin();
	static const unsigned char garbage[256] = {1, 2, 3};
	gt_ner_model g;

	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT(m->features_version, GT_NER_FEATURES_VERSION);
		CHECK(m->weights.nbuckets > 0 && (m->weights.nbuckets & (m->weights.nbuckets - 1)) == 0);
		CHECK(m->calib_a > 0);	/* a larger margin, a higher confidence */
	}
	CHECK(!gt_ner_model_open(garbage, &g));
	CHECK(strncmp(gt_ner_build_info(), "data/model/ner.model.gz\t", 24) == 0);
}

/* One training sentence: its text and the word that is a name of the given type. */
typedef struct tiny_example
{
	const char *text;
	const char *name;
	gt_ner_type type;
} tiny_example;

/* The gold labels of a view's segment [first, end): U of type on the name's token, O elsewhere. */
static void
tiny_gold(const view_run *w, uint32_t first, uint32_t end, const tiny_example *ex, uint8_t *gold)
{
	for (uint32_t k = first; k < end; k++)
		gold[k - first] = strcmp(unit_token_text(&w->u, k), ex->name) == 0 ?
			gt_ner_label(ex->type, GT_NER_U) : GT_NER_O;
}

/* The emission scores of a view's segment under a model (as the pipeline computes them). */
static void
tiny_emissions(const view_run *w, const gt_ner_model *m, uint32_t first, uint32_t end, int32_t *emit)
{
	uint32_t	f[GT_NER_MAX_FEATURES];

	for (uint32_t k = first; k < end; k++)
	{
		size_t		nf = gt_ner_features(&w->u.doc, w->v.words, w->v.hints, k, f);

		gt_ner_emissions(m, f, nf, emit + (k - first) * GT_NER_STRIDE);
		gt_ner_apply_limits(gt_ner_limits(&w->u.doc, w->v.hints, k), emit + (k - first) * GT_NER_STRIDE);
	}
}

/*
 * A tiny model trained here (plain perceptron, int16 weights) with the
 * core's features and decoder: after a few sentences with organisations
 * after "Konzern" and persons after "Minister", it tags new invented names
 * in those contexts by type.
 */
static void
test_tiny_model(void)
{
	static const tiny_example train[] = {
		{"Der Konzern Zoravex meldete am Montag Gewinne.", "Zoravex", GT_NER_ORG},
		{"Der Konzern Brelium meldete am Montag Verluste.", "Brelium", GT_NER_ORG},
		{"Der Konzern Tarvona meldete am Freitag Gewinne.", "Tarvona", GT_NER_ORG},
		{"Der Minister Kolbeck sagte am Montag nichts.", "Kolbeck", GT_NER_PER},
		{"Der Minister Hasselt sagte am Freitag wenig.", "Hasselt", GT_NER_PER},
		{"Der Minister Ortlieb sagte am Montag viel.", "Ortlieb", GT_NER_PER},
	};
	static const tiny_example test[] = {
		{"Der Konzern Quandrix meldete am Dienstag Gewinne.", "Quandrix", GT_NER_ORG},
		{"Der Minister Wendholt sagte am Dienstag nichts.", "Wendholt", GT_NER_PER},
	};
	int16_t    *weights = calloc((size_t) TINY_BUCKETS * GT_NER_STRIDE, sizeof(int16_t));
	int32_t		trans[(GT_NER_LABELS + 1) * (GT_NER_LABELS + 1)] = {0};
	gt_ner_model m;
	int32_t		emit[16 * GT_NER_STRIDE];
	uint8_t		gold[16],
				pred[16];
	void	   *work = malloc(gt_ner_work_size(16));

	memset(&m, 0, sizeof(m));
	m.weights.nbuckets = TINY_BUCKETS;
	m.weights.rows = weights;
	m.transitions = trans;
	for (int epoch = 0; epoch < TINY_EPOCHS; epoch++)
		for (size_t e = 0; e < sizeof(train) / sizeof(train[0]); e++)
		{
			view_run	w;

			view_open(&w, train[e].text);
			for (size_t s = 0; s < w.v.nsegments; s++)
			{
				uint32_t	first = w.v.segments[2 * s];
				uint32_t	end = w.v.segments[2 * s + 1];
				uint32_t	f[GT_NER_MAX_FEATURES];

				if (end - first > 16)
					continue;
				gt_ner_model_prepare(&m);
				tiny_emissions(&w, &m, first, end, emit);
				gt_ner_viterbi(&m, emit, end - first, pred, NULL, work);
				tiny_gold(&w, first, end, &train[e], gold);
				for (uint32_t k = first; k < end; k++)
				{
					size_t		nf;

					if (pred[k - first] == gold[k - first])
						continue;
					nf = gt_ner_features(&w.u.doc, w.v.words, w.v.hints, k, f);
					for (size_t j = 0; j < nf; j++)
					{
						int16_t    *row = weights + (size_t) (f[j] & (TINY_BUCKETS - 1)) * GT_NER_STRIDE;

						row[gold[k - first]]++;
						row[pred[k - first]]--;
					}
				}
			}
			view_close(&w);
		}
	gt_ner_model_prepare(&m);
	for (size_t e = 0; e < sizeof(test) / sizeof(test[0]); e++)
	{
		view_run	w;
		uint32_t	k;
		bool		found = false;

		view_open(&w, test[e].text);
		k = token_of(&w, test[e].name);
		for (size_t s = 0; s < w.v.nsegments; s++)
		{
			uint32_t	first = w.v.segments[2 * s];
			uint32_t	end = w.v.segments[2 * s + 1];

			if (k < first || k >= end || end - first > 16)
				continue;
			tiny_emissions(&w, &m, first, end, emit);
			gt_ner_viterbi(&m, emit, end - first, pred, NULL, work);
			found = pred[k - first] == gt_ner_label(test[e].type, GT_NER_U);
		}
		unit_check(found, __FILE__, __LINE__, "the tiny model tags %s as type %d", test[e].name,
				   (int) test[e].type);
		view_close(&w);
	}
	free(work);
	free(weights);
}

/* The collapsed shape of words: one character per run of a class, a single character marked. */
static void
test_word_shapes(void)
{
	static const char *const cases[][2] = {
		{"Haus", "Xx"}, {"a", "x1"}, {"A", "X1"}, {"EU-Kommission", "X-Xx"},
		{"über", "x"}, {"Über", "Xx"}, {"straße", "x"}, {"iPhone", "xXx"}, {"B2B", "XdX"},
		{"abcdefghij", "x"}, {"aBcDeFgHiJkL", "xXxXxXxX"}, {"3,5", "dod"}, {"O'Neill", "X'Xx"},
		{"ÖVP", "X"}, {"Müller-Lüdenscheidt", "Xx-Xx"}, {"zweiundzwanzigjährigen", "x"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_INT(gt_word_shape_hash(cases[i][0], strlen(cases[i][0])),
				  gt_hash(cases[i][1], strlen(cases[i][1])));
}

/* Run every test. */
int
main(void)
{
	test_word_shapes();
	test_labels();
	test_features();
	test_row_sums();
	test_lattice_groups();
	test_viterbi();
	test_confidence();
	test_builtin_model();
	test_tiny_model();
	return unit_report();
}
