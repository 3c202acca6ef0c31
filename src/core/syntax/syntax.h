/*
 * syntax.h — the clause layer: above the taggers (model/pos.h), below the
 * entities and the quote finder. For each sentence it gives every token a
 * word class and morphology (the tagger), groups the tokens into noun
 * phrases with a head, a case and a number (chunks.c), cuts the sentence
 * into clauses at commas, colons, quotation marks and subordinators, finds
 * each clause's finite verb and its subject: the nominative phrase that
 * agrees with the verb, before it or after it (clauses.c).
 *
 * The analysis is lazy: a sentence is analysed when first asked about, so
 * that a caller pays only for the sentences it looks at (syntax.c).
 */
#ifndef GT_SYNTAX_H
#define GT_SYNTAX_H

#include "model/pos.h"

#define GT_SYN_NONE UINT32_MAX

/* What a noun phrase is (gt_chunk.flags). */
enum
{
	GT_CH_PLURAL = 1 << 0,		/* plural by its head or a coordination (X und Y) */
	GT_CH_PRONOUN = 1 << 1,		/* a pronoun standing alone (er, sie, dieser, man) */
	GT_CH_NAME = 1 << 2,		/* its head is a name (a proper noun or a name the caller marked) */
	GT_CH_OBLIQUE = 1 << 3,		/* governed by a preposition or postposition: never a subject */
	GT_CH_DETERMINED = 1 << 4,	/* it has an article or determiner */
	GT_CH_DEFINITE = 1 << 5		/* … and it is definite (der, die, das, dieser) */
};

/* A noun phrase: tokens [first, end), its head, its case. */
typedef struct gt_chunk
{
	uint32_t	first;
	uint32_t	end;
	uint32_t	head;			/* the last noun or name of its core, or the pronoun */
	uint32_t	core_end;		/* one past its core (before a genitive attribute) */
	uint32_t	prep;			/* the preposition that governs it, or GT_SYN_NONE */
	uint8_t		gcase;			/* gt_case, GT_CASE_NONE when unknown */
	uint8_t		flags;			/* GT_CH_* */
} gt_chunk;

/* What a clause is. */
typedef enum gt_clause_type
{
	GT_CL_MAIN = 0,
	GT_CL_SUBORDINATE,			/* opened by a subordinating conjunction (dass, weil, wie) */
	GT_CL_RELATIVE,				/* opened by a relative pronoun (der, die, dessen) */
	GT_CL_INTERROGATIVE,		/* an indirect question (ob, wer, warum) */
	GT_CL_INFINITIVE			/* a zu-infinitive without a finite verb (um … zu) */
} gt_clause_type;

/* Where the finite verb stands. */
typedef enum gt_verb_position
{
	GT_VP_NONE = 0,
	GT_VP_FIRST,				/* Sagte er …; …“, sagte er */
	GT_VP_SECOND,				/* Er sagte …; Am Montag sagte er */
	GT_VP_LAST					/* …, wie er sagte */
} gt_verb_position;

/* A clause: the tokens from first to end that are its own (clause_at), its verb and subject. */
typedef struct gt_clause
{
	uint32_t	first;
	uint32_t	end;
	uint32_t	sentence;
	uint32_t	introducer;		/* the subordinator or relative pronoun, or GT_SYN_NONE */
	uint32_t	verb;			/* the finite verb, or GT_SYN_NONE */
	uint32_t	subject;		/* index of the subject chunk, or GT_SYN_NONE */
	uint32_t	parent;			/* the clause it is embedded in, or GT_SYN_NONE */
	uint8_t		type;			/* gt_clause_type */
	uint8_t		verb_position;	/* gt_verb_position */
	bool		passive;		/* a form of werden with a participle: the subject is no agent */
} gt_clause;

/* The syntax of a document, filled sentence by sentence. */
typedef struct gt_syntax
{
	const gt_doc *doc;
	const gt_lexicons *lex;
	const gt_pos_model *model;
	const gt_env *env;
	const uint8_t *names;		/* per token: non-zero inside a name the caller found (or NULL) */
	gt_pos_word *words;			/* per token, computed with its sentence */
	uint8_t    *tags;			/* per token: gt_pos */
	uint8_t    *morph;			/* per token: gt_morph */
	uint8_t    *done;			/* per sentence: analysed */
	int32_t    *chunk_at;		/* per token: its chunk, or -1 */
	int32_t    *clause_at;		/* per token: its clause, or -1 */
	gt_chunk   *chunks;
	size_t		nchunks;
	size_t		chunk_cap;
	gt_clause  *clauses;
	size_t		nclauses;
	size_t		clause_cap;
	size_t		ticks;
	uint32_t   *form_slots;		/* the analysed word tokens by their bytes (pos_words.c) */
	uint32_t	form_nslots;	/* a power of two, or 0 before the first */
	uint32_t	form_used;
	gt_status	status;
} gt_syntax;

/* ------------------------------------------------------------ syntax.c */

/*
 * Prepare the syntax of doc (prepared with gt_doc_prepare_keys); names, if
 * not NULL, marks the tokens of names (kept in one phrase, tagged as names).
 * model NULL: the built-in one. Nothing is analysed yet.
 */
extern gt_status gt_syntax_init(gt_syntax *syn, const gt_doc *doc, const gt_lexicons *lex,
								const gt_pos_model *model, const uint8_t *names);

/* Release what the syntax allocated. */
extern void gt_syntax_free(gt_syntax *syn);

/* Analyse sentence s (once); false on ENOMEM (syn->status says so). */
extern bool gt_syntax_sentence(gt_syntax *syn, uint32_t s);

/* The tag and the morphology label of token k (its sentence analysed on demand). */
extern uint8_t gt_syntax_tag(gt_syntax *syn, uint32_t k);
extern uint8_t gt_syntax_morph(gt_syntax *syn, uint32_t k);

/* The chunk and the clause of token k, or NULL (its sentence analysed on demand). */
extern const gt_chunk *gt_syntax_chunk_at(gt_syntax *syn, uint32_t k);
extern const gt_clause *gt_syntax_clause_at(gt_syntax *syn, uint32_t k);

/* The subject chunk of a clause, or NULL. */
extern const gt_chunk *gt_syntax_subject(const gt_syntax *syn, const gt_clause *c);

/* --------------------------------------------------------- pos_words.c */

/* The taggers' words of tokens [first, end), once per word form of the document. */
extern void gt_syntax_words(gt_syntax *syn, uint32_t first, uint32_t end);

/* Free what gt_syntax_words keeps for the document. */
extern void gt_syntax_words_free(gt_syntax *syn);

/* ------------------------------------------------------------ chunks.c */

/* Group the tokens of [first, end) into noun phrases (appended to syn->chunks). */
extern void gt_chunk_sentence(gt_syntax *syn, uint32_t first, uint32_t end);

/* May the chunk be a subject (nominative, or of unknown case, and not governed)? */
extern bool gt_chunk_may_be_subject(const gt_syntax *syn, const gt_chunk *ch);

/* ----------------------------------------------------------- clauses.c */

/* Cut [first, end) of sentence s into clauses with their verbs and subjects. */
extern void gt_clause_sentence(gt_syntax *syn, uint32_t s, uint32_t first, uint32_t end);

/* The most subject candidates gt_clause_subjects ranks. */
#define GT_MAX_SUBJECTS 8

/* The chunks that may be the clause's subject, best first (at most max); returns how many. */
extern size_t gt_clause_subjects(const gt_syntax *syn, const gt_clause *c, uint32_t *out,
								 size_t max);

/* Does the clause's finite verb agree in number with the chunk? */
extern bool gt_clause_agrees(const gt_syntax *syn, const gt_clause *c, const gt_chunk *ch);

#endif							/* GT_SYNTAX_H */
