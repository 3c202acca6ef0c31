/*
 * main.c — the entry point of the part-of-speech trainer, run by `make model`:
 *
 *   train_pos --treebank FILE.conllu [--treebank …] --out build/pos.model (make model then compresses it into data/model/pos.model.gz)
 *             [--provenance FILE] [--folds N] [--epochs N] [--seed N] [--pos-buckets N]
 *             [--morph-buckets N]
 *
 * It cross-validates over the sentences (sentence i is in fold i mod N),
 * prints the held-out figures, trains on every sentence and writes the
 * model: a text header (provenance, licence, figures), then the table.
 */
#include "train_pos.h"
#include "../tables/tables.h"

#include <stdlib.h>
#include <string.h>

/* Defaults: 2^16 rows of part-of-speech weights (4 MB), 2^15 of morphology (1 MB), 12 epochs. */
#define DEFAULT_POS_BUCKETS (1u << 16)
#define DEFAULT_MORPH_BUCKETS (1u << 15)
#define DEFAULT_EPOCHS 12
#define DEFAULT_SEED 20261202u
/* Ten folds: each held-out part is about 180 sentences, 3,000 tokens. */
#define DEFAULT_FOLDS 10
/* The most treebank files and the longest header. */
#define MAX_TREEBANKS 8
#define HEADER_MAX 8192
/* Items of the meta section: the features version. */
#define META_ITEMS 1

/* Print how the trainer is called and exit. */
static void
usage(void)
{
	die("usage: train_pos --treebank FILE.conllu [--treebank …] --out MODEL [--provenance FILE] "
		"[--folds N] [--epochs N] [--seed N] [--pos-buckets N] [--morph-buckets N]");
}

/* A share in per cent, 0 for none. */
static double
percent(size_t a, size_t b)
{
	return b ? 100.0 * (double) a / (double) b : 0.0;
}

/* Write the model file: the text header, NUL bytes to the table's alignment, the table. */
static void
write_pos_model(const char *path, const pos_trained *m, const char *header)
{
	blob_writer w = {.record_size = GT_POS_STRIDE * sizeof(int16_t)};
	int32_t		meta[META_ITEMS] = {(int32_t) m->model.features_version};

	blob_add(&w, GT_POS_SECTION_POS_WEIGHTS, m->model.pos_weights.nbuckets, m->pos_weights,
			 (size_t) m->model.pos_weights.nbuckets * GT_POS_STRIDE * sizeof(int16_t));
	blob_add(&w, GT_POS_SECTION_MORPH_WEIGHTS, m->model.morph_weights.nbuckets, m->morph_weights,
			 (size_t) m->model.morph_weights.nbuckets * GT_MORPH_STRIDE * sizeof(int16_t));
	blob_add(&w, GT_POS_SECTION_META, META_ITEMS, meta, sizeof(meta));
	blob_write_model(&w, header, path);
}

/* The base name of a path (for the header: no machine's directories in shipped data). */
static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Read the provenance lines (a small text file) whole, or "" without one. */
static char *
read_provenance(const char *path)
{
	char	   *buf = xmalloc(HEADER_MAX / 2);
	FILE	   *f;
	size_t		n;

	buf[0] = '\0';
	if (!path)
		return buf;
	if (!(f = fopen(path, "rb")))
		die("cannot open %s", path);
	n = fread(buf, 1, HEADER_MAX / 2 - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Parse the options, cross-validate, train and write the model. */
int
main(int argc, char **argv)
{
	const char *treebanks[MAX_TREEBANKS];
	int			ntreebanks = 0;
	const char *out = NULL;
	const char *provenance = NULL;
	pos_opts	opts = {DEFAULT_POS_BUCKETS, DEFAULT_MORPH_BUCKETS, DEFAULT_EPOCHS, DEFAULT_SEED,
	DEFAULT_FOLDS};
	gt_lexicons lex = gt_lexicons_default(NULL);
	pos_sentence *s = NULL;
	size_t		n = 0,
				cap = 0;
	read_stats	rs = {0};
	pos_score	sc = {0};
	pos_trained final;
	char	   *header = xmalloc(HEADER_MAX);
	char		sources[1024] = "";

	for (int i = 1; i < argc; i++)
	{
		if (i + 1 >= argc)
			usage();
		if (strcmp(argv[i], "--treebank") == 0 && ntreebanks < MAX_TREEBANKS)
			treebanks[ntreebanks++] = argv[++i];
		else if (strcmp(argv[i], "--out") == 0)
			out = argv[++i];
		else if (strcmp(argv[i], "--provenance") == 0)
			provenance = argv[++i];
		else if (strcmp(argv[i], "--folds") == 0)
			opts.folds = atoi(argv[++i]);
		else if (strcmp(argv[i], "--epochs") == 0)
			opts.epochs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--seed") == 0)
			opts.seed = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--pos-buckets") == 0)
			opts.pos_buckets = (uint32_t) strtoul(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--morph-buckets") == 0)
			opts.morph_buckets = (uint32_t) strtoul(argv[++i], NULL, 10);
		else
			usage();
	}
	if (!ntreebanks || !out || opts.folds < 2 || opts.epochs < 1 || opts.pos_buckets == 0 ||
		(opts.pos_buckets & (opts.pos_buckets - 1)) || opts.morph_buckets == 0 ||
		(opts.morph_buckets & (opts.morph_buckets - 1)))
		usage();
	for (int t = 0; t < ntreebanks; t++)
	{
		read_conllu(treebanks[t], &lex, &s, &n, &cap, &rs);
		snprintf(sources + strlen(sources), sizeof(sources) - strlen(sources), "%s%s",
				 t ? ", " : "", base_name(treebanks[t]));
	}
	printf("train_pos: %zu sentences, %zu treebank tokens, %zu (%.1f%%) are tokens of the core's "
		   "tokenizer with a tag, %zu of an unmapped STTS tag\n", rs.sentences, rs.words, rs.aligned,
		   percent(rs.aligned, rs.words), rs.unknown_tag);
	for (int f = 0; f < opts.folds; f++)
	{
		pos_trained m;

		train_pos(s, n, f, &opts, &m);
		score_fold(s, n, f, opts.folds, &m.model, &sc);
		free_pos(&m);
	}
	printf("train_pos: %d-fold cross-validation: tags %.2f%% of %zu; finite verbs P %.2f%% R %.2f%%; "
		   "case %.2f%%, case and number %.2f%% of %zu nominal words; verb number %.2f%% of %zu\n",
		   opts.folds, percent(sc.tags_right, sc.tags), sc.tags,
		   percent(sc.finite_tagged_right, sc.finite_tagged), percent(sc.finite_found, sc.finite),
		   percent(sc.cases_right, sc.cases), percent(sc.numbers_right, sc.cases), sc.cases,
		   percent(sc.verbs_right, sc.verbs), sc.verbs);
	train_pos(s, n, -1, &opts, &final);
	snprintf(header, HEADER_MAX,
			 "# geotext part-of-speech and morphology model: two greedy averaged perceptrons (tags of "
			 "src/core/model/pos_list.h; case and number)\n"
			 "# trained by `make model` (tools/train_pos), deterministically: the same data and commit "
			 "give these bytes\n"
			 "# licence: CC BY-SA 4.0, as the treebank it was trained on: UD German GSD "
			 "(Universal Dependencies; attribution: NOTICE, data/SOURCES.md)\n"
			 "# trained on: %s (%zu sentences, %zu tokens with a tag)\n"
			 "# weights: %u + %u rows, features version %d, %d epochs, seed %llu\n"
			 "# %d-fold cross-validation: tags %.2f%%, finite verbs P %.2f%% R %.2f%%, case %.2f%%, "
			 "case and number %.2f%%, verb number %.2f%%\n%s",
			 sources, rs.sentences, rs.aligned, opts.pos_buckets, opts.morph_buckets,
			 GT_POS_FEATURES_VERSION, opts.epochs, (unsigned long long) opts.seed, opts.folds,
			 percent(sc.tags_right, sc.tags), percent(sc.finite_tagged_right, sc.finite_tagged),
			 percent(sc.finite_found, sc.finite), percent(sc.cases_right, sc.cases),
			 percent(sc.numbers_right, sc.cases), percent(sc.verbs_right, sc.verbs),
			 read_provenance(provenance));
	write_pos_model(out, &final, header);
	printf("train_pos: wrote %s\n", out);
	return 0;
}
