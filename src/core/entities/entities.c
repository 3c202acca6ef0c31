/*
 * entities.c — the entity recogniser's pipeline (it only orchestrates: the
 * passes live in entity_*.c, the mention store in mentions.c).
 *
 * Passes, in order: lexicon names (longest match), hyphenated compounds,
 * names by rule (first name + surname, role apposition, organisation
 * patterns, places after prepositions); then the tagger, which decides the
 * spans and kinds of every name the lexicon does not know for certain
 * (entity_model.c); lexicon names with weak adjectives after an article
 * (das Weiße Haus: entity_lexicon.c); an organisation's name the text
 * defines by its abbreviation in brackets (entity_defined.c); an
 * organisation named in the genitive or dative gets its nominative name
 * (entity_genitive.c); propagation inside the document (a surname alone, a
 * name found once); roles and attributes. The linking stage above
 * (src/core/linking) then decides which entity each name is, and
 * gt_recognizer_finish gives every row its confidence and groups the
 * mentions into one entity per canonical name.
 */
#include "entities/entities_internal.h"

#include <string.h>

/* Set up the recogniser's state for a document; false on ENOMEM (then nothing to free). */
bool
gt_recognizer_init(gt_recognizer *r, gt_doc *doc, const gt_lexicons *lex)
{
	memset(r, 0, sizeof(*r));
	if (gt_doc_prepare_keys(doc) != GT_OK)
		return false;
	for (size_t li = 0; li < lex->n; li++)
	{
		gt_lexicon_warm(lex->items[li], doc);
		gt_lexicon_warm_other_case(lex->items[li], doc, 0, (uint32_t) doc->ntokens, false);
	}
	r->doc = doc;
	r->lex = lex;
	r->env = doc->env;
	r->arena = gt_arena_new(doc->env);
	r->owner = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(int32_t));
	r->modifier = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(int32_t));
	r->facts = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(uint32_t));
	r->heads = gt_alloc(doc->env, doc->ntokens + 1);
	r->form = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(uint32_t));
	if (!r->arena || !r->owner || !r->modifier || !r->facts || !r->heads || !r->form ||
		gt_word_forms(doc, r->form) != GT_OK)
	{
		gt_recognizer_free(r);
		return false;
	}
	memset(r->facts, 0, (doc->ntokens + 1) * sizeof(uint32_t));
	memset(r->heads, 0, doc->ntokens + 1);
	memset(r->owner, 0xFF, (doc->ntokens + 1) * sizeof(int32_t));
	memset(r->modifier, 0xFF, (doc->ntokens + 1) * sizeof(int32_t));
	return true;
}

/* Release the recogniser's working state (its mentions and arena too, unless handed over). */
void
gt_recognizer_free(gt_recognizer *r)
{
	gt_free(r->env, r->owner);
	gt_free(r->env, r->modifier);
	gt_free(r->env, r->facts);
	gt_free(r->env, r->heads);
	gt_free(r->env, r->form);
	gt_free(r->env, r->mentions);
	gt_arena_free(r->arena);
	r->owner = NULL;
	r->modifier = NULL;
	r->facts = NULL;
	r->heads = NULL;
	r->form = NULL;
	r->mentions = NULL;
	r->arena = NULL;
}

/* The passes before the tagger: what the lexicon and the rules find. */
void
gt_recognize_before_model(gt_recognizer *r)
{
	gt_pass_lexicon(r);
	gt_pass_compounds(r);
	gt_pass_name_rules(r);
}

/* Every recognition pass: lexicon, compounds, rules, the tagger (unless model is NULL), propagation, roles. */
void
gt_recognize(gt_recognizer *r, const gt_ner_model *model)
{
	r->model = model;
	gt_recognize_before_model(r);
	if (model)
		gt_pass_model(r, model);
	gt_pass_weak_lexicon_names(r);
	gt_pass_defined_names(r);
	gt_pass_genitive_names(r);
	gt_pass_propagate(r);
	gt_pass_roles(r);
}

/*
 * Drop the names a user gazetteer suppresses, widen names written as
 * handles to the whole handle, give every mention its confidence, then
 * hand the mentions and the arena over to out, grouped into entities; the
 * recogniser is freed.
 */
gt_status
gt_recognizer_finish(gt_recognizer *r, gt_entities *out)
{
	gt_status	status;

	gt_pass_suppress(r);
	gt_pass_handles(r);
	gt_pass_confidence(r);
	gt_compact_mentions(r);
	out->mentions = r->mentions;
	out->nmentions = r->nmentions;
	out->arena = r->arena;
	r->mentions = NULL;			/* handed over to out */
	r->arena = NULL;
	if (r->status == GT_OK)
		r->status = gt_group_entities(r, out);
	status = r->status;
	gt_recognizer_free(r);
	if (status != GT_OK)
		gt_entities_free(out);
	return status;
}

/* Release what gt_find_entities allocated. */
void
gt_entities_free(gt_entities *ents)
{
	if (!ents->env)
		return;
	gt_free(ents->env, ents->mentions);
	gt_free(ents->env, ents->entities);
	gt_arena_free(ents->arena);
	ents->mentions = NULL;
	ents->entities = NULL;
	ents->arena = NULL;
	ents->nmentions = 0;
	ents->nentities = 0;
}
