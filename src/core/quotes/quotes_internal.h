/*
 * quotes_internal.h — what the quote finder's files share: the per-document
 * context, quotation-mark pairs, cues and speakers.
 *
 * quote_marks.c pairs quotation marks, cues.c recognises reporting verbs and
 * markers, konjunktiv.c marks the verbs of reported speech, quote_speakers.c
 * finds and resolves the speaker of a cue, quote_direct.c makes quotes of
 * the pairs of marks, quote_clauses.c finds indirect and reported speech,
 * quote_output.c appends the rows, and quotes.c only orchestrates.
 */
#ifndef GT_QUOTES_INTERNAL_H
#define GT_QUOTES_INTERNAL_H

#include "lexicon/lexicon.h"
#include "syntax/syntax.h"

/* How far any search may look (tokens): every window is bounded. */
#define QT_WINDOW			60
/* The longest quotation (tokens) a pair of marks may enclose. */
#define QT_MAX_QUOTE_TOKENS 1500
/* How many unclosed quotation marks are remembered at once. */
#define QT_MAX_DEPTH		16
/* How many mentions back a pronoun may look for its antecedent. */
#define QT_PRONOUN_WINDOW	200
#define QT_NONE				UINT32_MAX

/* Per-token marks the finder sets. */
#define QT_TF_IN_QUOTE		0x01	/* inside a direct or partial quote */
#define QT_TF_CUE_USED		0x02	/* a cue already attributed a quote */
#define QT_TF_IN_TERM		0x04	/* inside scare quotes or a title */
#define QT_TF_CUE_PARTIAL	0x08	/* a cue that attributed a partial quote */
#define QT_TF_KONJ_STRICT	0x10	/* a Konjunktiv I verb (sei, habe …) */
#define QT_TF_KONJ_WEAK		0x20	/* a Konjunktiv II stand-in (wäre, würde …) */
#define QT_TF_IN_MARKS		0x40	/* between a pair of quotation marks (whatever the pair turns out to be) */

/* A pair of quotation marks: token indexes of the opening and closing mark. */
typedef struct qt_pair
{
	uint32_t	open;
	uint32_t	close;
} qt_pair;

/* A reporting cue found at a token. */
typedef struct qt_cue
{
	uint32_t	tok;			/* the verb or the marker's first token */
	uint32_t	end;			/* one past the marker's last token */
	uint32_t	particle;		/* token of a separated particle, or QT_NONE */
	uint8_t		type;			/* gt_cue_type: GT_CUE_VERB or GT_CUE_MARKER */
	const char *lemma;
} qt_cue;

/* A speaker: the words that attribute a quote and what they resolve to. */
typedef struct qt_speaker
{
	bool		found;
	uint32_t	first;			/* token range of the attributing words */
	uint32_t	end;
	uint8_t		kind;			/* gt_kind, NONE for a role phrase */
	int32_t		entity;
	const char *text;			/* canonical name or the phrase itself */
	bool		agent;			/* a person, group or role: someone who speaks */
	uint8_t		how;			/* gt_speaker_evidence */
} qt_speaker;

/* Everything one run of the finder works with. */
typedef struct qt_ctx
{
	const gt_doc *doc;
	const gt_entities *ents;
	const gt_lexicons *lex;
	const gt_env *env;
	gt_arena   *arena;
	int32_t    *mention_at;		/* per token: index of the mention there, or -1 */
	uint8_t    *names;			/* per token: 1 inside a name mention (for the clause analysis) */
	gt_syntax	syn;			/* word classes, noun phrases, clauses (syntax/) */
	uint8_t    *marks;			/* per token: QT_TF_* */
	uint8_t    *cue_probe;		/* per token: what the cue filters say of its key (cues.c), 0 not asked yet */
	gt_quotes  *out;
	size_t		cap;
	size_t		ticks;
	struct qt_phrase_term *phrase_terms;	/* the phrase terms emitted (quote_phrases.c) */
	size_t		nphrase_terms;
	size_t		phrase_cap;
	qt_speaker	last;			/* the last speaker attributed */
	uint32_t	last_sentence;	/* its sentence */
	gt_status	status;
} qt_ctx;

/* ---- phrases in marks inside speech (quote_phrases.c) */

/* A term that may be a speaker's wording: its quote (index into out) and its tokens. */
typedef struct qt_phrase_term
{
	uint32_t	item;
	uint32_t	first;
	uint32_t	end;
} qt_phrase_term;

/* Note the quote just emitted as a phrase term (tokens [first, end)): speech around it may claim it. */
extern void qt_note_phrase_term(qt_ctx *cx, const gt_quote *q, uint32_t first, uint32_t end);

/* A phrase term inside a quote with a speaker becomes that speaker's partial quote. */
extern void qt_claim_phrase_terms(qt_ctx *cx);

/* ---- Konjunktiv (konjunktiv.c) */

/* Mark every Konjunktiv verb of the document in cx->marks, once. */
extern void qt_mark_konjunktiv(qt_ctx *cx);

/* Is token k a finite verb in Konjunktiv I (or a Konjunktiv II stand-in)? */
extern bool qt_konjunktiv(const qt_ctx *cx, uint32_t k, bool strict);

/* Does a clause [first, end) hold a Konjunktiv verb? */
extern bool qt_clause_konjunktiv(const qt_ctx *cx, uint32_t first,
								 uint32_t end, bool strict);

/* ---- cues (cues.c) */

/* A reporting cue at token k (of a sentence ending at send); fills cue. */
extern bool qt_cue_at(qt_ctx *cx, uint32_t k, uint32_t send, qt_cue *cue);

/* A verb, marker or noun cue at token k (of a sentence ending at send); fills cue. */
extern bool qt_clause_cue_at(qt_ctx *cx, uint32_t k, uint32_t send, qt_cue *cue);

/* A source in quotation marks at token k, or after von: one past its closing mark (first: its first word), or QT_NONE. */
extern uint32_t qt_quoted_source_end(const gt_doc *doc, uint32_t k, uint32_t end, uint32_t *first);

/* Is token k a capitalised word that a word of the class matches (by match: a compound's head …)? */
extern bool qt_cap_word_matches(const gt_doc *doc, uint32_t k, gt_wordset set,
								gt_word_test match);

/* Does token k end in the head of a statement's origin (data: statement_origin): Erklärung, Regierungskreisen? */
extern bool qt_statement_origin(const gt_doc *doc, uint32_t k);

/* Does token k end in a source noun (Angaben, Polizeiangaben: data source_noun)? */
extern bool qt_source_noun(const gt_doc *doc, uint32_t k);

/* Is token k a source noun itself (Angaben), not a compound that names its source (Polizeiangaben)? */
extern bool qt_bare_source_noun(const gt_doc *doc, uint32_t k);

/* Does the one-word marker at k attribute a quote on its own (so, laut, zufolge)? */
extern bool qt_marker_stands_alone(const gt_doc *doc, uint32_t k);

/* ---- quotation marks (quote_marks.c) */

/* Pair the quotation marks of the document; *pairs in opening order. */
extern gt_status qt_pair_marks(qt_ctx *cx, qt_pair **pairs, size_t *npairs);

/* ---- speakers (quote_speakers.c) */

/* One past the noun phrase starting at k (k itself when there is none). */
extern uint32_t qt_np_end(qt_ctx *cx, uint32_t k, uint32_t limit);

/* The speaker of a verb cue, searched in its clause and sentence. */
extern bool qt_verb_subject(qt_ctx *cx, const qt_cue *cue, uint32_t sfirst,
							uint32_t send, qt_speaker *sp);

/* The speaker named by a marker cue (laut X, X zufolge, so X). */
extern bool qt_marker_subject(qt_ctx *cx, const qt_cue *cue, uint32_t sfirst,
							  uint32_t send, qt_speaker *sp);

/* Does a one-word marker name nobody ("laut Gesetz": a bare noun that is no source)? */
extern bool qt_marker_names_nothing(qt_ctx *cx, const qt_cue *cue, const qt_speaker *sp);

/* The subject of the main clause of [first, end) (before or after the verb). */
extern bool qt_clause_subject(qt_ctx *cx, uint32_t first, uint32_t end,
							  qt_speaker *sp);

/* The speaker of the attributed speech a sentence from token at continues, at its nearest mention. */
extern void qt_continue_speaker(qt_ctx *cx, uint32_t at, qt_speaker *sp);

/* Turn the noun phrase [first, end) into a resolved speaker. */
extern bool qt_speaker_from_np(qt_ctx *cx, uint32_t first, uint32_t end,
							   uint32_t verb, qt_speaker *sp);

/* ---- confidence (quote_confidence.c) */

/* The confidence of a quote found by a rule with a speaker found some way (0–1). */
extern float qt_confidence(uint8_t evidence, uint8_t speaker_how);

/* ---- output (quote_output.c) */

/* Append a quote over tokens [first, end) with speaker and cue; NULL on ENOMEM. */
extern gt_quote *qt_emit(qt_ctx *cx, uint32_t first, uint32_t end,
						 gt_quote_kind kind, const qt_speaker *sp,
						 const qt_cue *cue, gt_evidence evidence);

/* Remember the speaker of a quote for later continuations. */
extern void qt_remember(qt_ctx *cx, const qt_speaker *sp, uint32_t sentence);

/* ---- direct, partial and term quotes (quote_direct.c) */

/* Classify and attribute pair i of the document's pairs of marks, and emit it. */
extern void qt_handle_pair(qt_ctx *cx, const qt_pair *pairs, size_t i);

/* ---- indirect and reported speech (quote_clauses.c) */

/* Find indirect and reported speech in sentence s. */
extern void qt_find_clauses(qt_ctx *cx, uint32_t s);

/* ---- passages of continued speech (quote_passages.c) */

/* Join consecutive rows that only continue the same speaker's chain into one passage each. */
extern void qt_join_passages(qt_ctx *cx);

#endif							/* GT_QUOTES_INTERNAL_H */
