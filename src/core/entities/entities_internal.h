/*
 * entities_internal.h — what the entity recogniser's files share.
 */
#ifndef GT_ENTITIES_INTERNAL_H
#define GT_ENTITIES_INTERNAL_H

#include "model/ner.h"

/* The longest name found by rules, in tokens (Hans Jörg Schelling, Kim Jong Un). */
#define GT_MAX_NAME_TOKENS 4

/* A mention's confidence before the tagger or the confidence pass set it. */
#define GT_CONFIDENCE_UNSET (-1.0f)

/* The recogniser's working state for one document. */
typedef struct gt_recognizer
{
	const gt_doc *doc;
	const gt_lexicons *lex;
	const gt_env *env;
	gt_arena   *arena;
	gt_mention *mentions;
	size_t		nmentions;
	size_t		cap;
	int32_t    *owner;			/* per token: mention index covering it, or -1 */
	int32_t    *modifier;		/* per token: its compound modifier mention, or -1 */
	uint32_t   *facts;			/* per token: cached lexicon facts (entity_words.c) */
	uint8_t    *heads;			/* per token: where its compound's head noun starts (bytes), or 0 */
	uint32_t   *form;			/* per token: the first token of the same word form (gt_word_forms) */
	const gt_ner_model *model;	/* the tagger's model, or NULL (rules only) */
	gt_status	status;
} gt_recognizer;

/* Role noun facts of a token. */
typedef struct gt_role_info
{
	bool		is_role;
	uint8_t		gender;
	int32_t		modifier_mention;	/* compound modifier's mention, or -1 */
} gt_role_info;

/* ---- the mention store (mentions.c) */

/* Add a mention over tokens [first, end) with the char span given. */
extern gt_mention *gt_add_mention(gt_recognizer *r, uint32_t first,
								  uint32_t end, gt_span span, gt_kind kind,
								  gt_form form, const char *canonical,
								  const char *country, gt_evidence evidence);

/* Claim tokens [first, end) for mention m (-1 releases). */
extern void gt_claim(gt_recognizer *r, uint32_t first, uint32_t end, int32_t m);

/* Drop one mention: no kind, its tokens released. */
extern void gt_drop_mention(gt_recognizer *r, int32_t mi);

/* Did the user gazetteer find this mention (it then wins over every rule and the tagger)? */
extern bool gt_mention_is_user(const gt_mention *m);

/* Was the mention found in the text by a rule or the tagger (not by a lexicon, the user or another mention)? */
extern bool gt_mention_found_in_text(const gt_mention *m);

/* Is the mention's canonical name its text exactly (no lexicon's or other mention's name)? */
extern bool gt_mention_canonical_is_text(const gt_recognizer *r, const gt_mention *m);

/* The text of a span as a name, in the arena: each run of white space one space. NULL on ENOMEM. */
extern const char *gt_span_name(gt_recognizer *r, gt_span span);

/* Does a user-gazetteer mention own one of the tokens [first, end)? */
extern bool gt_span_has_user(const gt_recognizer *r, uint32_t first, uint32_t end);

/* Drop the mentions that own tokens in [first, end) and free the tokens. */
extern void gt_drop_mentions(gt_recognizer *r, uint32_t first, uint32_t end);

/* Remove dropped mentions (kind NONE), keeping order. */
extern void gt_compact_mentions(gt_recognizer *r);

/* Sort the mentions and group them into one entity per canonical name and kind. */
extern gt_status gt_group_entities(gt_recognizer *r, gt_entities *out);

/* ---- the recogniser (entities.c) */

/* Set up the recogniser's state for a document; false on ENOMEM (then nothing to free). */
extern bool gt_recognizer_init(gt_recognizer *r, gt_doc *doc, const gt_lexicons *lex);

/* Release the recogniser's working state (its mentions and arena too, unless handed over). */
extern void gt_recognizer_free(gt_recognizer *r);

/* The passes before the tagger: what the lexicon and the rules find. */
extern void gt_recognize_before_model(gt_recognizer *r);

/* Every recognition pass: lexicon, compounds, rules, the tagger (unless model is NULL), propagation, roles. */
extern void gt_recognize(gt_recognizer *r, const gt_ner_model *model);

/* Give every mention its confidence and hand mentions and entities over to out; frees r. */
extern gt_status gt_recognizer_finish(gt_recognizer *r, gt_entities *out);

/* ---- the tagger's view of a document (entity_model.c) */

/* What the tagger sees: per-token hints and words, and the runs of candidate tokens. */
typedef struct gt_ner_view
{
	const gt_env *env;
	gt_ner_hints *hints;		/* per token */
	gt_ner_word *words;			/* per token (filled for segment tokens and their neighbours) */
	uint32_t   *segments;		/* first and end token of each run of candidates */
	size_t		nsegments;
	size_t		longest;		/* tokens of the longest segment */
} gt_ner_view;

/* Build the tagger's view of the recogniser's document as it stands; false on ENOMEM. */
extern bool gt_ner_view_build(gt_recognizer *r, gt_ner_view *v);

/* Free a view. */
extern void gt_ner_view_free(gt_ner_view *v);

/* Add what the whole document says of each candidate word to its hints; false on ENOMEM (entity_docwords.c). */
extern bool gt_doc_word_hints(gt_recognizer *r, gt_ner_hints *h);

/* ---- the passes (one file each) */
extern void gt_pass_lexicon(gt_recognizer *r);		/* entity_lexicon.c */
extern void gt_pass_suppress(gt_recognizer *r);	/* entity_lexicon.c: after linking, the last */
extern void gt_pass_compounds(gt_recognizer *r);	/* entity_compounds.c */
extern void gt_pass_name_rules(gt_recognizer *r);	/* entity_rules.c */
extern void gt_pass_weak_lexicon_names(gt_recognizer *r);	/* entity_lexicon.c: after the tagger */
extern void gt_pass_defined_names(gt_recognizer *r);	/* entity_defined.c */
extern void gt_pass_genitive_names(gt_recognizer *r);	/* entity_genitive.c */
extern void gt_pass_propagate(gt_recognizer *r);	/* entity_coref.c */
extern void gt_pass_roles(gt_recognizer *r);		/* entity_roles.c */
extern void gt_pass_model(gt_recognizer *r, const gt_ner_model *model);	/* entity_model.c */
extern void gt_pass_confidence(gt_recognizer *r);	/* entity_confidence.c */
extern void gt_pass_handles(gt_recognizer *r);		/* entity_handles.c: after linking */

/* Is token k a role noun (Sprecher, NATO-Generalsekretär, Regierungssprecher)? */
extern gt_role_info gt_role_at(gt_recognizer *r, uint32_t k);

/* Word evidence (entity_words.c), cached per token. */
extern bool gt_is_function_word(gt_recognizer *r, uint32_t k);
extern bool gt_is_common_word(gt_recognizer *r, uint32_t k, bool try_lower);
extern bool gt_is_org_word(gt_recognizer *r, uint32_t k, bool head);
extern bool gt_introduces_org(gt_recognizer *r, uint32_t k);
extern bool gt_is_time_surname(gt_recognizer *r, uint32_t k);
extern bool gt_word_has_noun_tail(const char *w, size_t len);
extern void gt_note_token_entries(gt_recognizer *r, uint32_t k,
								  const gt_lex_entry *e, size_t n);
extern bool gt_is_first_name(gt_recognizer *r, uint32_t k, uint8_t *gender);
extern bool gt_is_name_candidate(gt_recognizer *r, uint32_t k);
extern bool gt_is_plausible_acronym(gt_recognizer *r, uint32_t k);
extern uint32_t gt_name_particle_len(const gt_doc *doc, uint32_t k);

/* What the word of token k is, as the tagger's word hints (GT_HINT_FIRSTNAME …). */
extern uint16_t gt_word_hints(gt_recognizer *r, uint32_t k);

/* Where the head noun of token k's compound starts (Bundes|ministerium: 6), or 0 if it is none. */
extern uint8_t gt_word_head(gt_recognizer *r, uint32_t k);

/* Is the key an organisation-pattern word of the given position? */
extern bool gt_is_org_pattern(const gt_recognizer *r, const char *key,
							  size_t len, gt_org_position position);

#endif							/* GT_ENTITIES_INTERNAL_H */
