/*
 * train.h — the tagger's trainer (make model; users never train): reads the
 * documents tools/model_data.py wrote, runs the recogniser's passes before
 * the tagger and the tagger's own feature function on them (the very code
 * the pipeline runs), and trains an averaged structured perceptron with the
 * core's Viterbi, deterministically: the same data and commit give the same
 * bytes. It cross-validates on GermEval's folds (the calibration of the
 * confidence comes from those held-out documents) and writes the model.
 */
#ifndef GT_TRAIN_H
#define GT_TRAIN_H

#include "linking/linking.h"

#include <stdio.h>

/* ------------------------------------------------------------ data.c */

/* One gold name: characters [start, end) and its type. */
typedef struct gold_span
{
	uint32_t	start;
	uint32_t	end;
	gt_ner_type type;
} gold_span;

/* One run of candidate tokens with its features and gold labels (a training instance). */
typedef struct segment
{
	uint32_t	ntokens;
	uint32_t   *feats;			/* the tokens' features, one after the other */
	uint32_t   *nfeats;			/* per token: how many */
	uint8_t    *gold;			/* per token: the gold label */
	uint8_t    *limits;			/* per token: where it may stand in a name (gt_ner_limits) */
} segment;

/* One document of the training file. */
typedef struct train_doc
{
	uint32_t	id;
	bool		eval;			/* an evaluation document (else training) */
	int			fold;			/* -1: every fold trains on it */
	char		source[32];
	char	   *text;			/* unescaped */
	size_t		len;
	gold_span  *gold;
	size_t		ngold;
	segment    *segments;		/* training documents only */
	size_t		nsegments;
} train_doc;

/* Counts of how the gold names met the tokens and the candidates. */
typedef struct align_stats
{
	size_t		gold;			/* gold names of training documents */
	size_t		unaligned;		/* not on token boundaries (inside a word: the word is O, a compound) */
	size_t		not_candidate;	/* on token boundaries, but over a token the tagger skips */
	size_t		adjective;		/* exactly a country adjective or demonym of the lexicon: its row, not the tagger's */
	size_t		limited;		/* no name of the tagger: a lower-case word at an edge, a compound (gt_ner_limits) */
} align_stats;

/* Read the documents of the training file (exits with a message on error). */
extern train_doc *read_docs(const char *path, size_t *ndocs);

/* Analyse the training documents and keep their segments' features and gold labels. */
extern void prepare_docs(train_doc *docs, size_t ndocs, const gt_lexicons *lex,
						 align_stats *stats);

/* ------------------------------------------------------ perceptron.c */

/* Training settings. */
typedef struct train_opts
{
	uint32_t	nbuckets;		/* weight rows, a power of two */
	int			epochs;
	uint64_t	seed;			/* of the deterministic shuffle and word dropout */
	uint32_t	word_dropout;	/* per mille of tokens seen without their identity features */
	int			runs;			/* perceptrons with consecutive seeds whose averages are summed */
} train_opts;

/* A quantised model and the memory behind it. */
typedef struct trained_model
{
	gt_ner_model model;
	int16_t    *weights;
	int32_t    *transitions;
	int32_t    *evidence;		/* per gt_evidence: precision × 1000 */
} trained_model;

/*
 * Train on the training documents for which use(doc) holds; the averaged
 * weights quantised into out (calibration left neutral).
 */
extern void train_model(train_doc *docs, size_t ndocs, int heldout_fold,
						const train_opts *opts, trained_model *out);

/* Free a trained model's memory. */
extern void free_model(trained_model *m);

/* ------------------------------------------------------- calibrate.c */

/* What the held-out documents of the cross-validation tell about the confidence. */
typedef struct calibration
{
	/* the tagger's names: margin and whether the name was right */
	int64_t    *margins;
	bool	   *right;
	size_t		n;
	size_t		cap;
	/* rows of the whole pipeline per evidence: how many, how many right */
	uint32_t	rows[GT_EV__COUNT];
	uint32_t	right_rows[GT_EV__COUNT];
} calibration;

/*
 * Tag the held-out documents of a fold with its model: collect the tagger's
 * margins and the pipeline's rows per evidence into cal, and write every
 * row (fold, doc, start, end, kind, form, evidence, confidence) to pred.
 */
extern void evaluate_fold(train_doc *docs, size_t ndocs, int fold, const gt_lexicons *lex,
						  const trained_model *m, calibration *cal, FILE *pred);

/* Fit the confidence's logistic curve and the per-evidence precision into m. */
extern void calibrate(const calibration *cal, trained_model *m);

/* ----------------------------------------------------- model_file.c */

/* Write the model file: a text header (provenance, licence, figures), then the table. */
extern void write_model(const char *path, const trained_model *m, const char *header);

#endif							/* GT_TRAIN_H */
