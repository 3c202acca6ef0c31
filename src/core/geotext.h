/*
 * geotext.h — the public interface of the geotext core library.
 *
 * The core turns German news text (UTF-8) into tokens, sentences, entity
 * mentions and quotes. It is plain C11 plus ICU and knows nothing about
 * PostgreSQL: memory and interrupt checks come in through a gt_env, so the
 * same code runs inside a backend, in unit tests and under a fuzzer.
 *
 * Offsets: every span is given twice, in bytes (for slicing the UTF-8 input)
 * and in characters (Unicode code points, 0-based, half-open), which is what
 * SQL's substr() counts.
 */
#ifndef GEOTEXT_H
#define GEOTEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* The library's version, from geotext.control (the build passes it: one source). */
#ifndef GEOTEXT_VERSION
#error "GEOTEXT_VERSION is set by the Makefile from default_version in geotext.control"
#endif

/* Result codes of core functions. */
typedef enum gt_status
{
	GT_OK = 0,
	GT_ENOMEM,					/* an allocation failed */
	GT_ETOOBIG					/* input larger than the core can index */
} gt_status;

/* How the core allocates memory and lets its host interrupt long loops. */
typedef struct gt_env
{
	void	   *(*alloc) (void *ctx, size_t size);
	void	   *(*realloc) (void *ctx, void *ptr, size_t size);
	void		(*free) (void *ctx, void *ptr);
	/* called every few thousand items of work; may not return (longjmp) */
	void		(*check_interrupts) (void *ctx);
	void	   *ctx;
} gt_env;

/* An environment on top of malloc/free, for tests and tools. */
extern const gt_env gt_env_malloc;

/* A span of the input, in bytes and in characters (0-based, half-open). */
typedef struct gt_span
{
	uint32_t	byte_start;
	uint32_t	byte_end;
	uint32_t	char_start;
	uint32_t	char_end;
} gt_span;

/* What a token is. */
typedef enum gt_token_kind
{
	GT_TOK_WORD = 0,
	GT_TOK_NUMBER,
	GT_TOK_PUNCT,
	GT_TOK_QUOTE,				/* a quotation mark whose role is unclear */
	GT_TOK_QUOTE_OPEN,
	GT_TOK_QUOTE_CLOSE,
	GT_TOK_SYMBOL,
	GT_TOK_URL,
	GT_TOK_EMAIL,
	GT_TOK__COUNT
} gt_token_kind;

/* Token flags: facts about a token's shape and position. */
#define GT_TF_UPPER_INITIAL	0x0001	/* first letter is upper case */
#define GT_TF_ALL_UPPER		0x0002	/* every letter is upper case (and >1) */
#define GT_TF_HAS_DIGIT		0x0004
#define GT_TF_HYPHENATED	0x0008	/* word with an inner hyphen */
#define GT_TF_ABBREV		0x0010	/* ends in a period that belongs to it */
#define GT_TF_SPACE_BEFORE	0x0020	/* white space (or start) precedes it */
#define GT_TF_LINE_START	0x0040	/* first token after a line break */
#define GT_TF_SENT_START	0x0080	/* first token of its sentence */
#define GT_TF_ORDINAL		0x0100	/* number with its ordinal period: "11." */

typedef struct gt_token
{
	gt_span		span;
	uint32_t	sentence;		/* 0-based sentence index */
	uint16_t	flags;
	uint8_t		kind;			/* gt_token_kind */
	uint8_t		quote_char;		/* for quotes: which mark, see gt_quote_mark */
} gt_token;

/* A sentence: a run of tokens. */
typedef struct gt_sentence
{
	gt_span		span;
	uint32_t	first_token;
	uint32_t	end_token;		/* one past the last token */
} gt_sentence;

/* An analysed document: the input text with its tokens and sentences. */
typedef struct gt_doc
{
	const char *text;			/* not owned */
	size_t		len;
	gt_token   *tokens;
	size_t		ntokens;
	gt_sentence *sentences;
	size_t		nsentences;
	const gt_env *env;
	/* internal: every token's lookup key, made once by the recognisers */
	char	   *keys;
	uint32_t   *key_start;		/* per token: offset into keys */
	uint16_t   *key_len;		/* per token: length, or GT_KEY_TOO_LONG */
	uint32_t   *key_hash;		/* per token: gt_hash of its key (0 when too long) */
	/* internal: per token, its closed word classes (text/wordsets.h) */
	uint8_t    *word_sets;
} gt_doc;

#define GT_KEY_TOO_LONG 0xFFFF

/* The largest input the core indexes (offsets are 32-bit). */
#define GT_MAX_INPUT_BYTES ((size_t) 0x7FFFFFFF)

/* Tokenise text and split it into sentences; on failure doc is left empty. */
extern gt_status gt_doc_analyze(gt_doc *doc, const gt_env *env,
								const char *text, size_t len);

/* Release what gt_doc_analyze allocated. */
extern void gt_doc_free(gt_doc *doc);

/* The SQL name of a token kind ("word", "quote_open", …). */
extern const char *gt_token_kind_name(gt_token_kind kind);


/* ---------------------------------------------------------------- lexicon */

/* What a lexicon entry says about its key. */
typedef enum gt_lex_type
{
	GT_LEX_ENTITY = 1,			/* a name, adjective, demonym or modifier */
	GT_LEX_FIRSTNAME,			/* a given name with its gender */
	GT_LEX_ROLE,				/* a role noun (Sprecher, Präsidentin) */
	GT_LEX_CUE,					/* a reporting verb form or marker */
	GT_LEX_FUNCTION_WORD,		/* a closed-class word (Diese, Insgesamt) */
	GT_LEX_COMMON_WORD,			/* an ordinary word: never a name by itself */
	GT_LEX_ORG_PATTERN,			/* a word that makes a phrase an organisation */
	GT_LEX_ABBREVIATION,		/* an abbreviation with its period */
	GT_LEX_PREFIX,				/* the key is the start of a longer key */
	GT_LEX_SURNAME,				/* a surname (a feature of the tagger, not a name by itself) */
	GT_LEX_OFFICE,				/* a state office (Bundeskanzler) and a country that has it ("" any) */
	GT_LEX_HIDE,				/* a user key whose entities in later user lexicons are void */
	GT_LEX__COUNT
} gt_lex_type;

/* What a cue entry is (the kind byte of a GT_LEX_CUE entry). */
typedef enum gt_cue_type
{
	GT_CUE_NONE = 0,
	GT_CUE_VERB,				/* a reporting verb form: sagte, teilte … mit */
	GT_CUE_MARKER,				/* a marker: laut, zufolge, nach Angaben */
	GT_CUE_NOUN,				/* a reporting noun: Aussage, Erklärung */
	GT_CUE__COUNT
} gt_cue_type;

/* What a function word is (the sub byte of a GT_LEX_FUNCTION_WORD entry). */
typedef enum gt_word_class
{
	GT_WC_NONE = 0,
	GT_WC_ARTICLE,
	GT_WC_PRONOUN,
	GT_WC_PREPOSITION,
	GT_WC_CONJUNCTION,
	GT_WC_ADVERB,
	GT_WC_PARTICLE,
	GT_WC_NUMERAL,
	GT_WC_TIME,					/* weekdays, months, seasons, date nouns */
	GT_WC_OTHER,
	GT_WC__COUNT
} gt_word_class;

/* Where an organisation pattern stands (the sub byte of a GT_LEX_ORG_PATTERN entry). */
typedef enum gt_org_position
{
	GT_ORG_NONE = 0,
	GT_ORG_SUFFIX,				/* the end of a compound: Verteidigungsministerium */
	GT_ORG_TAIL,				/* the last word of a name: Siemens AG */
	GT_ORG_HEAD,				/* the first word of a name: Universität Hamburg */
	GT_ORG_BEFORE,				/* a noun before a name: der Konzern Bombardier */
	GT_ORG__COUNT
} gt_org_position;

/* Why an entity entry is one candidate of several (the sub byte of a GT_LEX_ENTITY entry with GT_LF_CANDIDATE). */
typedef enum gt_link_sense
{
	GT_SENSE_NONE = 0,
	GT_SENSE_PARTY_WORD,		/* a party named by an ordinary word: Grüne, Linke */
	GT_SENSE_INSTITUTION,		/* a body many states have under this name: Bundesregierung */
	GT_SENSE_NAME,				/* a name several entities share: SVP */
	GT_SENSE__COUNT
} gt_link_sense;

/* How an abbreviation behaves (the sub byte of a GT_LEX_ABBREVIATION entry). */
typedef enum gt_abbrev_class
{
	GT_ABBR_NONE = 0,
	GT_ABBR_TITLE,				/* before a name or number, never a sentence end: Dr. */
	GT_ABBR_INNER,				/* inside a sentence, never its end: z.B. */
	GT_ABBR_FINAL,				/* may also end a sentence: usw. */
	GT_ABBR__COUNT
} gt_abbrev_class;

/* Entity kinds. */
typedef enum gt_kind
{
	GT_KIND_NONE = 0,
	GT_KIND_PERSON,
	GT_KIND_ORGANIZATION,
	GT_KIND_COUNTRY,
	GT_KIND_PLACE,
	GT_KIND__COUNT
} gt_kind;

/* The grammatical form of an entity mention. */
typedef enum gt_form
{
	GT_FORM_NAME = 0,
	GT_FORM_ADJECTIVE,
	GT_FORM_DEMONYM,
	GT_FORM_COMPOUND,			/* a compound modifier: US- in US-Präsident */
	GT_FORM__COUNT
} gt_form;

/* Grammatical gender / number of a person, role or first name. */
typedef enum gt_gender
{
	GT_GENDER_UNKNOWN = 0,
	GT_GENDER_MALE,
	GT_GENDER_FEMALE,
	GT_GENDER_PLURAL
} gt_gender;

/* Entry flags. */
#define GT_LF_AMBIGUOUS	0x01	/* also an ordinary word: needs context */
#define GT_LF_SHORT_FORM 0x02	/* a partial name (surname alone) */
#define GT_LF_SUPPRESS	0x04	/* a user row hiding built-in entries */
#define GT_LF_USER		0x08	/* an entry of a user gazetteer */
#define GT_LF_INFLECTED	0x10	/* an inflected form the builder made (a genitive -s) */
#define GT_LF_CANDIDATE	0x20	/* one of several entities of a name: linking chooses (data/candidates.tsv) */

/* One lexicon entry; strings are NUL-terminated and owned by the lexicon. */
typedef struct gt_lex_entry
{
	const char *key;			/* normalised surface form */
	const char *canonical;		/* canonical name, lemma or class */
	const char *extra;			/* role, particle or type; "" if none */
	const char *source;			/* where it comes from (file or table) */
	uint8_t		type;			/* gt_lex_type */
	uint8_t		kind;			/* gt_kind */
	uint8_t		form;			/* gt_form */
	uint8_t		gender;			/* gt_gender */
	uint8_t		flags;			/* GT_LF_* */
	uint8_t		sub;			/* by type: gt_word_class, gt_org_position, gt_abbrev_class, gt_link_sense */
	char		country[3];		/* ISO 3166-1 alpha-2 or "" */
} gt_lex_entry;

/* A read-only lookup table from normalised keys to entries. */
typedef struct gt_lexicon gt_lexicon;

/* The lexicon compiled into the library from data/ (never NULL). */
extern const gt_lexicon *gt_lexicon_builtin(void);

/* Number of entries and distinct keys of a lexicon. */
extern size_t gt_lexicon_size(const gt_lexicon *lex);

/*
 * Entries whose key is exactly key[0..len) (already normalised): copies up
 * to max of them into out and returns how many there are in all.
 */
extern size_t gt_lexicon_find(const gt_lexicon *lex, const char *key,
							  size_t len, gt_lex_entry *out, size_t max);

/* Does any entry of type `type` have exactly this key? */
extern bool gt_lexicon_has(const gt_lexicon *lex, const char *key,
						   size_t len, gt_lex_type type);

/* Build a lexicon from loose entries (the user gazetteer); NULL on ENOMEM. */
extern gt_lexicon *gt_lexicon_build(const gt_env *env,
									const gt_lex_entry *entries, size_t n);

/* Free a lexicon made by gt_lexicon_build. */
extern void gt_lexicon_free(const gt_env *env, gt_lexicon *lex);

/*
 * Normalise a surface form into a lookup key: NFC, typographic apostrophes
 * and hyphens to ASCII, soft hyphens dropped, ß to ss, white space runs to
 * one blank. Writes at most cap bytes to out; returns the key length, or
 * (size_t) -1 when it does not fit.
 */
/* The longest ASCII form gt_ascii_form gives, in bytes with its NUL. */
#define GT_ASCII_FORM_MAX 16

/*
 * The ASCII form of code point cp by ICU's Latin-ASCII rules (ğ → g, ß → ss)
 * into out (NUL-terminated, at most cap bytes with the NUL): its length, or
 * 0 when it has none. For output in a database encoding without the character.
 */
extern size_t gt_ascii_form(int32_t cp, char *out, size_t cap);

extern size_t gt_normalize_key(const char *text, size_t len, char *out,
							   size_t cap);

/* SQL names of kinds, forms, entry types, cue types and genders. */
extern const char *gt_kind_name(gt_kind kind);
extern const char *gt_cue_type_name(gt_cue_type type);
extern const char *gt_gender_name(gt_gender gender);

/* The data-file name of an entry's sub-class for its type ("time", "before", "final"), or NULL. */
extern const char *gt_lex_sub_name(gt_lex_type type, uint8_t sub);

/* The value an SQL name stands for (the inverse of the *_name functions); false if none. */
extern bool gt_kind_from_name(const char *name, gt_kind *kind);
extern bool gt_form_from_name(const char *name, gt_form *form);
extern bool gt_gender_from_name(const char *name, gt_gender *gender);
extern bool gt_lex_type_from_name(const char *name, gt_lex_type *type);
extern bool gt_cue_type_from_name(const char *name, gt_cue_type *type);

/* The entry flag (GT_LF_*) a data file names ("ambiguous", "short_form"), or 0. */
extern uint8_t gt_lex_flag_by_name(const char *name, size_t len);

/* What went into the built-in lexicon: lines of item, version, records, sha256 (tabs). */
extern const char *gt_lexicon_build_info(void);
extern const char *gt_form_name(gt_form form);
extern const char *gt_lex_type_name(gt_lex_type type);

/* --------------------------------------------------------------- evidence */

/* Why a mention or quote was found (evidence_list.h), and its SQL name. */
typedef enum gt_evidence
{
#define GT_EVIDENCE(id, name) GT_EV_##id,
#include "evidence_list.h"
#undef GT_EVIDENCE
	GT_EV__COUNT
} gt_evidence;

/* The first and last evidence of a name found by rule. */
#define GT_EV_FIRST_RULE GT_EV_RULE_FIRSTNAME_SURNAME
#define GT_EV_LAST_RULE GT_EV_RULE_UNKNOWN_NAME

/* The SQL name of an evidence value ("lexicon:country", "rule:quote-cue-after"). */
extern const char *gt_evidence_name(gt_evidence evidence);

/* Did the user gazetteer decide (user:person … user:place)? Such a row always wins. */
extern bool gt_evidence_is_user(unsigned evidence);

/* --------------------------------------------------------------- entities */

/* Lexicons consulted in order: the first that knows a key wins. */
/* User lexicons a lexicon list holds at most (in front of the built-in one). */
#define GT_MAX_USER_LEXICONS 3

typedef struct gt_lexicons
{
	const gt_lexicon *items[GT_MAX_USER_LEXICONS + 1];
	size_t		n;
} gt_lexicons;

/* The built-in lexicon alone, or a user gazetteer in front of it. */
extern gt_lexicons gt_lexicons_default(const gt_lexicon *user);

/*
 * The built-in lexicon behind user lexicons (at most GT_MAX_USER_LEXICONS,
 * NULLs skipped), the first first: a GT_LEX_HIDE record of a key voids the
 * key's entities in the user lexicons after it (an incremental gazetteer:
 * the changed keys in front of the last full build).
 */
extern gt_lexicons gt_lexicons_with_users(const gt_lexicon *const *users, size_t n);

/* One entity mention found in a document. */
typedef struct gt_mention
{
	gt_span		span;			/* the name as written, nothing else */
	uint32_t	first_token;	/* token range of the mention (for compounds: */
	uint32_t	end_token;		/* the one token the modifier sits in) */
	uint32_t	sentence;
	uint32_t	entity;			/* index of its entity in gt_entities.entities */
	uint8_t		kind;			/* gt_kind */
	uint8_t		form;			/* gt_form */
	uint8_t		gender;			/* gt_gender, for persons */
	char		country[3];		/* ISO 3166-1 alpha-2 or "" */
	const char *canonical;		/* one name per real-world entity */
	const char *role;			/* title or function, or NULL */
	uint8_t		evidence;		/* gt_evidence: lexicon:country … */
	uint8_t		sense;			/* gt_link_sense of a name several entities share (linking decides), or 0 */
	int32_t		role_token;		/* the role noun of role (its first token), or -1 */
	float		confidence;		/* 0–1: how likely the row is right (see docs/entities.md) */
} gt_mention;

/*
 * Every confidence the core gives (entities and quotes) is a multiple of
 * 1 / GT_CONFIDENCE_STEPS, thousandths: a row says the same number on every
 * machine and in every output (SQL real, jsonb number).
 */
#define GT_CONFIDENCE_STEPS 1000

/* One real-world entity of a document (mentions grouped by canonical). */
typedef struct gt_entity
{
	const char *canonical;
	uint8_t		kind;
	uint8_t		gender;
	char		country[3];
	const char *role;			/* the first role seen, or NULL */
	uint32_t	mentions;
	uint32_t	first_mention;	/* index into gt_entities.mentions */
} gt_entity;

/* The entity mentions of a document, in text order, and their entities. */
typedef struct gt_entities
{
	gt_mention *mentions;
	size_t		nmentions;
	gt_entity  *entities;
	size_t		nentities;
	const gt_env *env;
	void	   *arena;			/* strings made for this document */
} gt_entities;

/*
 * Find persons, organisations, countries and places in an analysed doc
 * (which it extends with its tokens' lookup keys, kept for gt_find_quotes).
 */
extern gt_status gt_find_entities(gt_doc *doc, const gt_lexicons *lex,
								  gt_entities *out);

/* Release what gt_find_entities allocated. */
extern void gt_entities_free(gt_entities *ents);

/* Room for a mention's evidence label: the longest evidence name, a dash and a country code. */
#define GT_EVIDENCE_LABEL_MAX 48

/* The evidence of a mention as SQL shows it: a static name, or name-country (link:context-AT) written into buf. */
extern const char *gt_mention_evidence(const gt_mention *m, char *buf);

/* ----------------------------------------------------------------- quotes */

/* What kind of quotation a quote is. */
typedef enum gt_quote_kind
{
	GT_QUOTE_DIRECT = 0,		/* an utterance in quotation marks */
	GT_QUOTE_PARTIAL,			/* a quoted phrase inside the author's sentence */
	GT_QUOTE_INDIRECT,			/* dass-clause, Konjunktiv I, wie … sei */
	GT_QUOTE_REPORTED,			/* reported speech act without content clause */
	GT_QUOTE_TERM,				/* scare quotes or a title: not speech */
	GT_QUOTE__COUNT
} gt_quote_kind;

/* One quotation with its speaker and cue. */
typedef struct gt_quote
{
	gt_span		span;			/* the quoted words, without quotation marks */
	uint32_t	sentence;		/* sentence of the quote's start */
	uint8_t		kind;			/* gt_quote_kind */
	bool		has_speaker;
	bool		has_cue;
	uint8_t		speaker_kind;	/* gt_kind, or GT_KIND_NONE for a role phrase */
	gt_span		speaker_span;	/* the words that attribute it (Sie; Pat Ryder) */
	const char *speaker;		/* resolved canonical name, or role phrase */
	int32_t		speaker_entity; /* index into gt_entities.entities, or -1 */
	gt_span		cue_span;
	const char *cue_lemma;		/* sagen, betonen, laut … */
	uint8_t		evidence;		/* gt_evidence: rule:quote-cue-after … */
	uint8_t		speaker_evidence;	/* gt_speaker_evidence: how the speaker was found */
	float		confidence;		/* 0–1: the prior of the rule that found it and of its speaker's */
} gt_quote;

/* How a quote's speaker was found (gt_quote.speaker_evidence). */
typedef enum gt_speaker_evidence
{
	GT_SPK_NONE = 0,			/* no speaker */
	GT_SPK_SUBJECT,				/* the subject of the cue's clause (syntax) */
	GT_SPK_APPOSITION,			/* the name set off next to a role phrase: "der Sprecher, X," */
	GT_SPK_SOURCE,				/* the source a marker names: laut X, X zufolge, so X */
	GT_SPK_PRONOUN,				/* a pronoun, resolved to the person or group it stands for */
	GT_SPK_ROLE,				/* a definite role phrase, resolved to the person introduced with it */
	GT_SPK_CHAIN,				/* the speaker of the attributed speech this continues */
	GT_SPK_PREVIOUS_SUBJECT,	/* the subject of the sentence before */
	GT_SPK_WINDOW,				/* a phrase next to the cue (no clause analysis answered) */
	GT_SPK__COUNT
} gt_speaker_evidence;

/* SQL name of a speaker evidence ("syntax:subject", …), or NULL for none. */
extern const char *gt_speaker_evidence_name(gt_speaker_evidence how);

/* The quotes of a document, in text order. */
typedef struct gt_quotes
{
	gt_quote   *items;
	size_t		n;
	const gt_env *env;
	void	   *arena;
} gt_quotes;

/* Find quotes and attribute them to speakers (doc gets its lookup keys, as for entities). */
extern gt_status gt_find_quotes(gt_doc *doc, const gt_entities *ents,
								const gt_lexicons *lex, gt_quotes *out);

/* Release what gt_find_quotes allocated. */
extern void gt_quotes_free(gt_quotes *quotes);

/* SQL name of a quote kind. */
extern const char *gt_quote_kind_name(gt_quote_kind kind);

#endif							/* GEOTEXT_H */
