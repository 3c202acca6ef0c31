/*
 * pos.h — word classes and morphology: a part-of-speech tagger (a reduced
 * STTS, model/pos_list.h) and a morphology tagger (case and number of the
 * words of a noun phrase, number of a finite verb), both greedy averaged
 * perceptrons that read a sentence left to right, trained on the UD German
 * GSD treebank (tools/train_pos, `make model`; CC BY-SA 4.0 weights).
 *
 * The quote finder's clause analysis (syntax/) asks them which word is the
 * finite verb, which phrase is nominative, whether "Meine" is a possessive
 * or a verb. One feature function (pos_features.c) serves the trainer and
 * the tagger, so the model always sees what it was trained on.
 */
#ifndef GT_POS_H
#define GT_POS_H

#include "lexicon/lexicon.h"
#include "model/weight_rows.h"

/* The word classes, in the order of pos_list.h. */
typedef enum gt_pos
{
#define GT_POS_TAG(id, stts, what) GT_POS_##id,
#include "model/pos_list.h"
#undef GT_POS_TAG
	GT_POS__COUNT
} gt_pos;

/* The tags the tagger chooses among (the punctuation tags follow from the token). */
#define GT_POS_SCORED GT_POS_COMMA
/* A weight row of the part-of-speech model: one int16 per scored tag. */
#define GT_POS_STRIDE 32
_Static_assert(GT_POS_SCORED <= GT_POS_STRIDE, "scored tags fit a weight row");
_Static_assert(GT_POS_STRIDE <= GT_WEIGHT_STRIDE_MAX && GT_POS_STRIDE % 8 == 0, "a row gt_weight_row_sums can add");

/* Morphology labels: case and number of a nominal word, number of a finite verb. */
typedef enum gt_morph
{
	GT_MORPH_NONE = 0,
	GT_MORPH_NOM_SG,
	GT_MORPH_NOM_PL,
	GT_MORPH_ACC_SG,
	GT_MORPH_ACC_PL,
	GT_MORPH_DAT_SG,
	GT_MORPH_DAT_PL,
	GT_MORPH_GEN_SG,
	GT_MORPH_GEN_PL,
	GT_MORPH_VERB_SG,
	GT_MORPH_VERB_PL,
	GT_MORPH__COUNT
} gt_morph;

/* A weight row of the morphology model. */
#define GT_MORPH_STRIDE 16
_Static_assert(GT_MORPH__COUNT <= GT_MORPH_STRIDE, "morphology labels fit a weight row");
_Static_assert(GT_MORPH_STRIDE <= GT_WEIGHT_STRIDE_MAX && GT_MORPH_STRIDE % 8 == 0, "a row gt_weight_row_sums can add");

/* Grammatical case of a morphology label (GT_CASE_NONE for a verb or none). */
typedef enum gt_case
{
	GT_CASE_NONE = 0,
	GT_CASE_NOM,
	GT_CASE_ACC,
	GT_CASE_DAT,
	GT_CASE_GEN
} gt_case;

/* The case of a nominal label; its number (true: plural) for nominal and verbal labels. */
static inline gt_case
gt_morph_case(uint8_t m)
{
	return m >= GT_MORPH_NOM_SG && m <= GT_MORPH_GEN_PL ? (gt_case) (1 + (m - 1) / 2) : GT_CASE_NONE;
}

static inline bool
gt_morph_plural(uint8_t m)
{
	return m == GT_MORPH_NOM_PL || m == GT_MORPH_ACC_PL || m == GT_MORPH_DAT_PL ||
		m == GT_MORPH_GEN_PL || m == GT_MORPH_VERB_PL;
}

/* The nominal label of a case and number. */
static inline uint8_t
gt_morph_nominal(gt_case c, bool plural)
{
	return c == GT_CASE_NONE ? GT_MORPH_NONE : (uint8_t) (1 + 2 * ((int) c - 1) + (plural ? 1 : 0));
}

/* The name of a tag (its STTS-like short name: NN, VVFIN …), of a morphology label (Nom.Sg …). */
extern const char *gt_pos_name(uint8_t tag);
extern const char *gt_morph_name(uint8_t morph);

/* The STTS tags a tag stands for, space-separated (the trainer's mapping). */
extern const char *gt_pos_stts(uint8_t tag);

/* Classes of tags the clause analysis asks about. */
extern bool gt_pos_finite_verb(uint8_t tag);
extern bool gt_pos_verb(uint8_t tag);
extern bool gt_pos_nominal(uint8_t tag);	/* may carry case: nouns, names, pronouns, articles, adjectives */
extern bool gt_pos_preposition(uint8_t tag);	/* für, zur */

/* ------------------------------------------------------ pos_features.c */

/* Bits of what the lexicon knows of a word (gt_pos_word.facts). */
enum
{
	GT_PF_KNOWN = 1 << 0,		/* an ordinary word as written */
	GT_PF_KNOWN_LOWER = 1 << 1, /* capitalised, and its lower-case form is an ordinary or function word */
	GT_PF_KNOWN_UPPER = 1 << 2, /* lower case, and its capitalised form is an ordinary word (a noun) */
	GT_PF_FIRSTNAME = 1 << 3,
	GT_PF_SURNAME = 1 << 4,
	GT_PF_NAME = 1 << 5,		/* a name of the lexicon (person, place, organisation) */
	GT_PF_ROLE = 1 << 6,		/* a role noun */
	GT_PF_CUE_VERB = 1 << 7,	/* a reporting verb form */
	GT_PF_CUE_MARKER = 1 << 8,	/* a reporting marker (laut, zufolge) */
	GT_PF_FUNCTION = 1 << 9,	/* a function word (as written or lower-cased) */
	GT_PF_FACTS = 10
};

/* Hash values and lexicon facts of one token that its features are made of. */
typedef struct gt_pos_word
{
	uint32_t	word;			/* as written */
	uint32_t	lower;
	uint32_t	prefix2;
	uint32_t	prefix3;
	uint32_t	suffix1;
	uint32_t	suffix2;
	uint32_t	suffix3;
	uint32_t	suffix4;
	uint32_t	shape;			/* Xx, xx, dd, X-Xx … collapsed */
	uint16_t	facts;			/* GT_PF_* */
	uint8_t		word_class;		/* gt_word_class of a function word, or 0 */
	uint8_t		position;		/* sentence start, after a colon or quotation mark … */
	uint8_t		length;			/* a bucket of its length in characters */
	uint8_t		forced;			/* the tag the token gives by itself (punctuation), or GT_POS__COUNT */
} gt_pos_word;

/* Compute the hashes and lexicon facts of token k (doc prepared with gt_doc_prepare_keys). */
extern void gt_pos_word_of(const gt_doc *doc, const gt_lexicons *lex, uint32_t k,
						   gt_pos_word *w);

/*
 * The words of token k when token `src` has the same bytes: every hash, the
 * lexicon facts and the length come from the bytes alone and are src's; the
 * forced tag and the position come from k's place in the text.
 */
extern void gt_pos_word_copy(const gt_doc *doc, uint32_t k, const gt_pos_word *src, gt_pos_word *w);

/* The most features one token has in either tagger. */
#define GT_POS_MAX_FEATURES 64

/*
 * The two parts of gt_pos_features, in its order: the features the tags
 * before token k do not change (the tagger makes them ahead, to fetch their
 * weights early), and those that they do, appended at n (returns the count).
 */
extern size_t gt_pos_word_features(const gt_pos_word *words, uint32_t first, uint32_t end,
								   uint32_t k, uint32_t *out);
extern size_t gt_pos_tag_features(const gt_pos_word *words, const uint8_t *tags, uint32_t first,
								  uint32_t end, uint32_t k, uint32_t *out, size_t n);

/*
 * The features of token k for the part-of-speech tagger, given the tags
 * chosen for the tokens before it (tags[k - 1], tags[k - 2]; only tokens
 * of [first, end), the sentence, are looked at); returns how many.
 */
extern size_t gt_pos_features(const gt_pos_word *words, const uint8_t *tags, uint32_t first,
							  uint32_t end, uint32_t k, uint32_t *out);

/*
 * The features of token k for the morphology tagger, given every tag of
 * the sentence and the morphology labels before k; returns how many.
 */
extern size_t gt_morph_features(const gt_pos_word *words, const uint8_t *tags,
								const uint8_t *morph, uint32_t first, uint32_t end,
								uint32_t k, uint32_t *out);

/* Bumped whenever either feature function changes what it emits: the model must be retrained. */
#define GT_POS_FEATURES_VERSION 1

/* ------------------------------------------------------- pos_tagger.c */

/* A trained model: the two weight tables (hashed features). */
typedef struct gt_pos_model
{
	gt_weight_table pos_weights;	/* rows of GT_POS_STRIDE */
	gt_weight_table morph_weights;	/* rows of GT_MORPH_STRIDE */
	uint32_t	features_version;
} gt_pos_model;


/* The best of the first n scores (the lowest index on a tie). */
extern uint8_t gt_pos_argmax(const int32_t *scores, uint32_t n);

/*
 * Tag tokens [first, end) (a sentence) of doc: words[] covers them, tags[]
 * and morph[] receive one label per token (indexed by token).
 */
extern void gt_pos_tag_range(const gt_pos_model *m, const gt_pos_word *words, uint32_t first,
							 uint32_t end, uint8_t *tags, uint8_t *morph);

/* ------------------------------------------------------- pos_model.c */

/* The model trained by `make model` and linked in (data/model/pos.model.gz); NULL if none. */
extern const gt_pos_model *gt_pos_model_builtin(void);

/* A model over the sections of a model table file in memory; false if it is not one. */
extern bool gt_pos_model_open(const unsigned char *blob, gt_pos_model *m);

/* Sections of the model's table file (base/blob.h); the record is a part-of-speech weight row. */
enum
{
	GT_POS_SECTION_POS_WEIGHTS = 1, /* int16 rows of GT_POS_STRIDE, count = buckets (dense) or rows */
	GT_POS_SECTION_MORPH_WEIGHTS,	/* int16 rows of GT_MORPH_STRIDE, count = buckets (dense) or rows */
	GT_POS_SECTION_META,		/* int32: features version */
	GT_POS_SECTION_POS_INDEX,	/* packed only: the two tables' bucket indexes (weight_rows.h) */
	GT_POS_SECTION_MORPH_INDEX
};

/* The model table linked into the library (pos_blob.c), and its build-info line. */
extern const unsigned char gt_pos_blob[];
extern const unsigned char gt_pos_info[];

/* The linked model's build-info line: item, version, rows, sha256 (tab-separated, one line). */
extern const char *gt_pos_build_info(void);

#endif							/* GT_POS_H */
