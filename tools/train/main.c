/*
 * main.c — the entry point of the trainer, run by `make model`:
 *
 *   train_ner --data build/model/train.tsv --out build/ner.model (make model then compresses it into data/model/ner.model.gz)
 *             [--provenance FILE] [--cv-predictions FILE]
 *             [--buckets N] [--epochs N] [--seed N] [--word-dropout PERMILLE] [--runs N]
 *
 * For each GermEval fold it trains on every other fold and SmartData,
 * tags the fold's held-out documents (their rows go to --cv-predictions,
 * which eval/ner_cv.py scores) and collects the confidence calibration;
 * then it trains on everything and writes the model.
 */
#include "train.h"
#include "../tables/tables.h"

#include <stdlib.h>
#include <string.h>

/* Defaults: a weight table of 2^18 rows (8 MB), 10 epochs, a fixed seed. */
#define DEFAULT_BUCKETS (1u << 18)
#define DEFAULT_EPOCHS 10
#define DEFAULT_SEED 20261201u
/* A word seen as unknown in one of ten steps: the model learns to judge unseen names by their context. */
#define DEFAULT_WORD_DROPOUT 100
/*
 * Eight runs with consecutive seeds, summed: the seed alone moves one run's
 * F1 by about half a point, and a sum of three still moved SmartData's F1
 * by 0.8 points from seed to seed (71.39 / 72.23 / 71.96); a sum of eight
 * by 0.01 (71.73 / 71.72), so that a retrain after a change of data/
 * shows the change, not the seed.
 */
#define DEFAULT_RUNS 8
/* The longest header a model file gets. */
#define HEADER_MAX 16384

/* Print how the trainer is called and exit. */
static void
usage(void)
{
	die("usage: train_ner --data TRAIN.tsv --out MODEL [--provenance FILE] "
		"[--cv-predictions FILE] [--buckets N] [--epochs N] [--seed N] [--word-dropout PERMILLE] [--runs N]");
}

/* Read a small text file whole (the provenance lines), or "" without one. */
static char *
read_text(const char *path)
{
	FILE	   *f;
	char	   *buf = xmalloc(HEADER_MAX);
	size_t		n;

	buf[0] = '\0';
	if (!path)
		return buf;
	f = fopen(path, "rb");
	if (!f)
		die("cannot open %s", path);
	n = fread(buf, 1, HEADER_MAX / 2, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Parse the options, cross-validate, train and write the model. */
int
main(int argc, char **argv)
{
	const char *data = NULL,
			   *out = NULL,
			   *provenance = NULL,
			   *cv_path = NULL;
	train_opts	opts = {DEFAULT_BUCKETS, DEFAULT_EPOCHS, DEFAULT_SEED, DEFAULT_WORD_DROPOUT, DEFAULT_RUNS};
	size_t		ndocs;
	train_doc  *docs;
	gt_lexicons lex = gt_lexicons_default(NULL);
	align_stats stats;
	calibration cal;
	trained_model final;
	int			folds = 0;
	FILE	   *pred = NULL;
	char	   *header;
	char	   *prov;

	for (int i = 1; i < argc; i++)
	{
		if (i + 1 >= argc)
			usage();
		if (strcmp(argv[i], "--data") == 0)
			data = argv[++i];
		else if (strcmp(argv[i], "--out") == 0)
			out = argv[++i];
		else if (strcmp(argv[i], "--provenance") == 0)
			provenance = argv[++i];
		else if (strcmp(argv[i], "--cv-predictions") == 0)
			cv_path = argv[++i];
		else if (strcmp(argv[i], "--buckets") == 0)
			opts.nbuckets = (uint32_t) strtoul(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--epochs") == 0)
			opts.epochs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--seed") == 0)
			opts.seed = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--word-dropout") == 0)
			opts.word_dropout = (uint32_t) strtoul(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--runs") == 0)
			opts.runs = atoi(argv[++i]);
		else
			usage();
	}
	if (!data || !out || opts.nbuckets == 0 || (opts.nbuckets & (opts.nbuckets - 1)) ||
		opts.epochs < 1 || opts.runs < 1)
		usage();

	docs = read_docs(data, &ndocs);
	prepare_docs(docs, ndocs, &lex, &stats);
	for (size_t i = 0; i < ndocs; i++)
		if (docs[i].fold + 1 > folds)
			folds = docs[i].fold + 1;
	printf("train_ner: %zu documents, %d folds; gold names %zu: %zu inside a word, %zu over "
		   "tokens the tagger skips, %zu country adjectives or demonyms (the lexicon's), %zu "
		   "out of the tagger's limits (a lower-case word at an edge, a compound)\n", ndocs,
		   folds, stats.gold, stats.unaligned, stats.not_candidate, stats.adjective, stats.limited);

	memset(&cal, 0, sizeof(cal));
	if (cv_path && !(pred = fopen(cv_path, "w")))
		die("cannot create %s", cv_path);
	for (int f = 0; f < folds; f++)
	{
		trained_model m;

		train_model(docs, ndocs, f, &opts, &m);
		evaluate_fold(docs, ndocs, f, &lex, &m, &cal, pred);
		free_model(&m);
		printf("train_ner: fold %d done\n", f);
		fflush(stdout);
	}
	if (pred)
		fclose(pred);
	train_model(docs, ndocs, -1, &opts, &final);
	calibrate(&cal, &final);

	prov = read_text(provenance);
	header = xmalloc(HEADER_MAX);
	snprintf(header, HEADER_MAX,
			 "# geotext NER model: averaged structured perceptron, BILOU labels for PER, ORG, LOC\n"
			 "# trained by `make model` (tools/train), deterministically: the same data and commit give these bytes\n"
			 "# licence: CC BY 4.0, as the data it was trained on (attribution: NOTICE, data/SOURCES.md)\n"
			 "# weights: %u rows of %d int16, features version %d, %d epochs, %d runs from seed %llu summed\n"
			 "# confidence: logistic of the margin, a = %d / 1e9, b = %d / 1e3 (fitted on the %zu names of the held-out folds)\n"
			 "%s",
			 opts.nbuckets, GT_NER_STRIDE, GT_NER_FEATURES_VERSION, opts.epochs, opts.runs,
			 (unsigned long long) opts.seed, final.model.calib_a, final.model.calib_b, cal.n, prov);
	write_model(out, &final, header);
	printf("train_ner: wrote %s (calibration a=%d b=%d from %zu held-out names)\n", out,
		   final.model.calib_a, final.model.calib_b, cal.n);
	return 0;
}
