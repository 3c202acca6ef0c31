/*
 * train_pos.h — the part-of-speech and morphology tagger's trainer (make
 * model; users never train): reads the UD German GSD treebank (CoNLL-U),
 * tokenizes each sentence's text with the core's own tokenizer, gives each
 * of its tokens the treebank's tag and case/number where the token is a
 * treebank word (or a fused preposition and article), and trains the two
 * greedy averaged perceptrons with the core's own feature functions,
 * deterministically: the same data and commit give the same bytes.
 */
#ifndef GT_TRAIN_POS_H
#define GT_TRAIN_POS_H

#include "model/pos.h"

#include <stdio.h>

/* A label no token has: the treebank does not say (a token our tokenizer cut otherwise). */
#define NO_LABEL 0xFFu

/* One treebank sentence as the core sees it. */
typedef struct pos_sentence
{
	char	   *text;
	gt_doc		doc;
	gt_pos_word *words;			/* per token */
	uint8_t    *gold_tag;		/* per token: gt_pos or NO_LABEL */
	uint8_t    *gold_morph;		/* per token: gt_morph or NO_LABEL */
} pos_sentence;

/* What the reading found. */
typedef struct read_stats
{
	size_t		sentences;
	size_t		words;			/* treebank tokens (a fused word counts once) */
	size_t		aligned;		/* of them, a token of the core's tokenizer */
	size_t		unknown_tag;	/* an STTS tag no tag of pos_list.h stands for */
} read_stats;

/* ------------------------------------------------------------ conllu.c */

/* Read the sentences of a CoNLL-U file and append them (exits with a message on error). */
extern void read_conllu(const char *path, const gt_lexicons *lex, pos_sentence **out,
						size_t *n, size_t *cap, read_stats *stats);

/* ------------------------------------------------------------- learn.c */

/* Training settings. */
typedef struct pos_opts
{
	uint32_t	pos_buckets;	/* powers of two */
	uint32_t	morph_buckets;
	int			epochs;
	uint64_t	seed;			/* of the deterministic shuffle */
	int			folds;			/* cross-validation folds */
} pos_opts;

/* A quantised model and its memory. */
typedef struct pos_trained
{
	gt_pos_model model;
	int16_t    *pos_weights;
	int16_t    *morph_weights;
} pos_trained;

/* Train on the sentences whose index is not in fold heldout (-1: all) of opts->folds. */
extern void train_pos(const pos_sentence *s, size_t n, int heldout, const pos_opts *opts,
					  pos_trained *out);

/* Free a trained model's memory. */
extern void free_pos(pos_trained *m);

/* Counts of right labels on held-out sentences. */
typedef struct pos_score
{
	size_t		tags;			/* scored tokens with a gold tag */
	size_t		tags_right;
	size_t		finite;			/* gold finite verbs */
	size_t		finite_found;	/* of them, tagged as one */
	size_t		finite_tagged;	/* tokens tagged as finite verbs */
	size_t		finite_tagged_right;
	size_t		cases;			/* gold nominal labels on tokens tagged right */
	size_t		cases_right;	/* case right */
	size_t		numbers_right;	/* case and number right */
	size_t		verbs;			/* gold verb numbers on tokens tagged right */
	size_t		verbs_right;
} pos_score;

/* Tag the sentences of fold heldout with model m and count what is right into sc. */
extern void score_fold(const pos_sentence *s, size_t n, int heldout, int folds,
					   const gt_pos_model *m, pos_score *sc);

#endif							/* GT_TRAIN_POS_H */
