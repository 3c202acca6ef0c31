/*
 * ner.h — the model layer: a linear-chain tagger (averaged structured
 * perceptron, BILOU labels for PER/ORG/LOC, Viterbi decoding) over the
 * tokens of a sentence that can be part of a name. Above the lexicon, below
 * the entities: the recogniser fills the per-token hints (what the lexicon
 * and the rules found, gt_ner_hints), this layer turns them and the words
 * into hashed features and decodes.
 *
 * One feature function (gt_ner_features) serves the trainer (tools/train)
 * and the pipeline, so the model always sees what it was trained on.
 */
#ifndef GT_NER_H
#define GT_NER_H

#include "lexicon/lexicon.h"
#include "model/weight_rows.h"

/* The entity types the tagger knows. */
typedef enum gt_ner_type
{
	GT_NER_PER = 0,
	GT_NER_ORG,
	GT_NER_LOC,
	GT_NER_TYPES
} gt_ner_type;

/* Positions in a name (BILOU): begin, inside, last, unit (one token). */
typedef enum gt_ner_pos
{
	GT_NER_B = 0,
	GT_NER_I,
	GT_NER_L,
	GT_NER_U,
	GT_NER_POSITIONS
} gt_ner_pos;

/* Labels: 0 is O (outside), then position-major per type: 1 + type * 4 + pos. */
#define GT_NER_O 0
#define GT_NER_LABELS (1 + GT_NER_TYPES * GT_NER_POSITIONS)
/* A weight row holds one weight per label, padded to 16 for aligned rows. */
#define GT_NER_STRIDE 16
_Static_assert(GT_NER_LABELS <= GT_NER_STRIDE, "labels fit a weight row");
_Static_assert(GT_NER_STRIDE <= GT_WEIGHT_STRIDE_MAX && GT_NER_STRIDE % 8 == 0, "a row gt_weight_row_sums can add");

/* The label of a type at a position, and back. */
static inline uint8_t
gt_ner_label(gt_ner_type type, gt_ner_pos pos)
{
	return (uint8_t) (1 + (int) type * GT_NER_POSITIONS + (int) pos);
}

static inline gt_ner_type
gt_ner_label_type(uint8_t label)
{
	return (gt_ner_type) ((label - 1) / GT_NER_POSITIONS);
}

static inline gt_ner_pos
gt_ner_label_pos(uint8_t label)
{
	return (gt_ner_pos) ((label - 1) % GT_NER_POSITIONS);
}

/* May label b follow label a in a well-formed BILOU sequence? */
extern bool gt_ner_transition_ok(uint8_t a, uint8_t b);

/* May a name start (after O) or end (before O) with this label? */
extern bool gt_ner_start_ok(uint8_t label);
extern bool gt_ner_end_ok(uint8_t label);

/* ------------------------------------------------------------ hints */

/* Where a token stands in a mention the lexicon or a rule found (BILOU + 1; 0 none). */
enum
{
	GT_HINT_NONE = 0,
	GT_HINT_B,
	GT_HINT_I,
	GT_HINT_L,
	GT_HINT_U
};

/* What the word itself is, by the lexicon and the rules' word evidence (bits). */
enum
{
	GT_HINT_FIRSTNAME = 1 << 0,
	GT_HINT_SURNAME = 1 << 1,
	GT_HINT_COMMON = 1 << 2,		/* an ordinary word as written */
	GT_HINT_COMMON_LOWER = 1 << 3,	/* its lower-case form is an ordinary word */
	GT_HINT_FUNCTION = 1 << 4,		/* a function word (either case) */
	GT_HINT_ROLE = 1 << 5,			/* a role noun or a compound ending in one */
	GT_HINT_ORG_HEAD = 1 << 6,
	GT_HINT_ORG_TAIL = 1 << 7,
	GT_HINT_ORG_BEFORE = 1 << 8,	/* introduces an organisation (also as a compound's tail) */
	GT_HINT_NOUN_TAIL = 1 << 9,		/* a compound of ordinary nouns */
	GT_HINT_CUE = 1 << 10,			/* a reporting verb or marker */
	GT_HINT_ACRONYM = 1 << 11,		/* a plausible acronym (BVG, THW) */
	GT_HINT_USER = 1 << 12,			/* inside a user gazetteer mention */
	GT_HINT_LOWER_ELSEWHERE = 1 << 13,	/* written in lower case elsewhere in the document */
	GT_HINT_TAIL_WORD = 1 << 14,	/* the part after its last hyphen is an ordinary word (Graz-Coach) */
	GT_HINT_TAIL_NAME = 1 << 15		/* the part after its last hyphen is a name (Köln-Bonn) */
};

/* What the recogniser knew of one token before the tagger ran. */
typedef struct gt_ner_hints
{
	uint8_t		lex_kind;		/* gt_kind of the lexicon mention covering it, or 0 */
	uint8_t		lex_pos;		/* its position there (GT_HINT_B …) */
	uint8_t		lex_form;		/* gt_form of that mention */
	uint8_t		rule_kind;		/* gt_kind of the rule mention covering it, or 0 */
	uint8_t		rule_pos;		/* its position there */
	uint8_t		rule_evidence;	/* gt_evidence of that mention */
	uint8_t		modifier_kind;	/* gt_kind of a compound modifier inside it, or 0 */
	uint8_t		candidate;		/* may be part of a name: the tagger looks at it */
	uint8_t		head;			/* where its compound's head noun starts (bytes), or 0 */
	uint8_t		doc_kinds;		/* bit 1 << gt_kind of the names it is part of elsewhere in the document */
	uint16_t	words;			/* GT_HINT_FIRSTNAME … */
} gt_ner_hints;

/* ---------------------------------------------------- ner_features.c */

/* The most features one token has: 40 single templates and 3 × 16 word-fact bits, rounded up. */
#define GT_NER_MAX_FEATURES 96

/* Hash values of one token's word that its features are made of. */
typedef struct gt_ner_word
{
	uint32_t	word;			/* the text as written */
	uint32_t	lower;			/* lower-cased */
	uint32_t	shape;			/* Xx, XX, x-Xx, dd …, collapsed */
	uint32_t	prefix3;		/* first three characters, lower-cased */
	uint32_t	suffix2;
	uint32_t	suffix3;
	uint32_t	suffix4;
	uint32_t	first_part;		/* of a hyphenated word, lower-cased (0 if none) */
	uint32_t	last_part;
	uint32_t	head;			/* its compound's head noun, lower-cased (0 if none) */
	uint8_t		position;		/* sentence start, after a colon, after a quotation mark … */
} gt_ner_word;

/* Compute the word hashes of token k, whose compound head starts at byte head (0: none). */
extern void gt_ner_word_of(const gt_doc *doc, uint32_t k, uint8_t head, gt_ner_word *w);

/* The word hashes of token k when token `src` has the same bytes and compound head: src's, with k's position. */
extern void gt_ner_word_copy(const gt_doc *doc, uint32_t k, const gt_ner_word *src, gt_ner_word *w);

/*
 * The hashed features of token k (ids, not yet reduced to a model's
 * buckets) into out (room for GT_NER_MAX_FEATURES); returns how many.
 * words[] and hints[] cover the whole document.
 */
extern size_t gt_ner_features(const gt_doc *doc, const gt_ner_word *words,
							  const gt_ner_hints *hints, uint32_t k, uint32_t *out);

/*
 * The first features of every token are the word's identity (the word, its
 * lower case, the two word bigrams): the trainer leaves them out at random
 * at times, so that the model also learns to judge a word it has never seen.
 */
#define GT_NER_IDENTITY_FEATURES 4

/* The feature every token has: its weights are each label's prior. */
extern uint32_t gt_ner_bias_feature(void);

/* ------------------------------------------------------ ner_decode.c */

/*
 * Steps into a label, in a well-formed BILOU sequence: O, B-* and U-* follow
 * one of the labels that close a name or stand outside one (O, L-*, U-*);
 * I-t and L-t follow B-t or I-t. The same counts hold for the steps out
 * of a label. Fixed trip counts let the decoder's inner loops unroll.
 */
#define GT_NER_WIDE_STEPS (1 + 2 * GT_NER_TYPES)
#define GT_NER_NARROW_STEPS 2

/* Which labels may follow which (BILOU) as lists, with the model's weight of each step. */
typedef struct gt_ner_lattice
{
	/* the labels with GT_NER_WIDE_STEPS predecessors and those with GT_NER_NARROW_STEPS, in label order */
	uint8_t		wide_in[GT_NER_LABELS];
	uint8_t		nwide_in;
	uint8_t		narrow_in[GT_NER_LABELS];
	uint8_t		nnarrow_in;
	/* the same by successors */
	uint8_t		wide_out[GT_NER_LABELS];
	uint8_t		nwide_out;
	uint8_t		narrow_out[GT_NER_LABELS];
	uint8_t		nnarrow_out;
	uint8_t		npred[GT_NER_LABELS];
	uint8_t		pred[GT_NER_LABELS][GT_NER_LABELS];
	uint8_t		nsucc[GT_NER_LABELS];
	uint8_t		succ[GT_NER_LABELS][GT_NER_LABELS];
	int64_t		trans[GT_NER_LABELS][GT_NER_LABELS];	/* allowed steps only */
	int64_t		start[GT_NER_LABELS];	/* from the start; a huge negative where no name begins */
	int64_t		end[GT_NER_LABELS];		/* to the end; a huge negative where no name ends */
} gt_ner_lattice;

/* A trained model: hashed feature weights, transitions, calibration. */
typedef struct gt_ner_model
{
	gt_weight_table weights;	/* rows of GT_NER_STRIDE */
	const int32_t *transitions; /* (GT_NER_LABELS + 1)^2: from label or start to label or end */
	int32_t		calib_a;		/* confidence = 1 / (1 + exp(-(a / A_SCALE * margin + b / B_SCALE))) */
	int32_t		calib_b;
	uint32_t	features_version;	/* GT_NER_FEATURES_VERSION it was trained with */
	const int32_t *evidence_confidence;	/* per gt_evidence: its measured precision × 1000 */
	uint32_t	nevidence;		/* how many evidence values it has (every entity one, at least) */
	gt_ner_lattice lattice;		/* the decoder's view of the transitions (gt_ner_model_prepare) */
} gt_ner_model;

/* Derive the decoder's lattice from the model's transitions: once, and again whenever they change. */
extern void gt_ner_model_prepare(gt_ner_model *m);

/* Fixed-point scales of the calibration: a margin is in weight units (thousands), a per unit is tiny. */
#define GT_NER_CALIB_A_SCALE 1e9
#define GT_NER_CALIB_B_SCALE 1e3

/* Bumped whenever gt_ner_features changes what it emits: a model must be retrained. */
#define GT_NER_FEATURES_VERSION 5

/* Index of the start (as "from") and end (as "to") pseudo-label in transitions. */
#define GT_NER_EDGE GT_NER_LABELS
#define GT_NER_TRANS(from, to) ((from) * (GT_NER_LABELS + 1) + (to))

/* Where a token may stand in a name of the tagger (gt_ner_limits). */
enum
{
	GT_NER_ANYWHERE = 0,
	GT_NER_INSIDE_ONLY,			/* a word in lower case: inside a name (von der Leyen), never at its edge */
	GT_NER_OUTSIDE_ONLY			/* a compound of a name and a word or of two names: Graz-Coach, Köln-Bonn */
};

/*
 * Where token k may stand in a name: a word written in lower case only
 * inside one (nordkoreanische Zeitung is no name), a word with a capital
 * anywhere (iPhone, dpa-AFX) anywhere; a hyphenated word whose first part
 * is a name the compounds pass found (its modifier) and whose last part is
 * an ordinary word or another name is a compound and in none. (Whether
 * Hamburg-Altona or Hamburg-Besuch is one name is the tagger's to judge.)
 */
extern uint8_t gt_ner_limits(const gt_doc *doc, const gt_ner_hints *hints, uint32_t k);

/* An emission score no sequence takes: far below any sum of weights, far above overflow. */
#define GT_NER_FORBIDDEN (-(1 << 28))

/* Forbid in a token's emission scores the labels its limits rule out. */
extern void gt_ner_apply_limits(uint8_t limits, int32_t *scores);

/* Emission scores of a token: the sum of its features' weight rows (GT_NER_STRIDE). */
extern void gt_ner_emissions(const gt_ner_model *m, const uint32_t *feats, size_t n,
							 int32_t *scores);

/*
 * The best well-formed label sequence for n tokens whose emission scores
 * are emit[i * GT_NER_STRIDE + label]; labels into out. With margins, also
 * each token's margin: how much lower the best sequence is that gives that
 * token another label (max-marginals), for the confidence of a name; when
 * every label is O (no name), margins is left as it is.
 * work needs gt_ner_work_size(n) bytes. Returns the best path's score.
 */
extern int64_t gt_ner_viterbi(const gt_ner_model *m, const int32_t *emit, size_t n,
							  uint8_t *out, int64_t *margins, void *work);

/* Bytes of work memory gt_ner_viterbi needs for n tokens. */
extern size_t gt_ner_work_size(size_t n);

/* The confidence (0–1) of a name whose smallest token margin is margin. */
extern double gt_ner_confidence(const gt_ner_model *m, int64_t margin);

/* ------------------------------------------------------- ner_model.c */

/* The model trained by `make model` and linked in (data/model/ner.model.gz); NULL if none. */
extern const gt_ner_model *gt_ner_model_builtin(void);

/* A model over the sections of a model table file in memory; false if it is not one. */
extern bool gt_ner_model_open(const unsigned char *blob, gt_ner_model *m);

/* Sections of the model's table file (base/blob.h). */
enum
{
	GT_NER_SECTION_WEIGHTS = 1, /* int16 rows, count = buckets (dense) or rows (packed) */
	GT_NER_SECTION_TRANSITIONS, /* int32, (labels + 1)^2 */
	GT_NER_SECTION_META,		/* int32: features version, calibration a, b */
	GT_NER_SECTION_EVIDENCE,	/* int32 per gt_evidence: its precision × 1000 */
	GT_NER_SECTION_INDEX		/* packed only: uint32 per bucket, 1 + its row or 0 (weight_rows.h) */
};

/* The model table linked into the library (ner_blob.c), and its build-info line. */
extern const unsigned char gt_ner_blob[];
extern const unsigned char gt_ner_info[];

/* The linked model's build-info line: item, version, rows, sha256 (tab-separated, one line). */
extern const char *gt_ner_build_info(void);

#endif							/* GT_NER_H */
