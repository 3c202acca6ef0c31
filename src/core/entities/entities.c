/*
 * entities.c — the entity recogniser's pipeline (it only orchestrates: the
 * passes live in entity_*.c, the mention store in mentions.c).
 *
 * Passes, in order: lexicon names (longest match), hyphenated compounds,
 * names by rule (first name + surname, role apposition, organisation
 * patterns, places after prepositions), propagation inside the document
 * (a surname alone, a name found once), then roles and attributes. Finally
 * mentions are sorted and grouped into one entity per canonical name.
 */
#include "entities/entities_internal.h"

#include <string.h>

/* Find persons, organisations, countries and places in an analysed doc. */
gt_status
gt_find_entities(gt_doc *doc, const gt_lexicons *lex, gt_entities *out)
{
	gt_recognizer r = {0};

	memset(out, 0, sizeof(*out));
	out->env = doc->env;
	if (gt_doc_prepare_keys(doc) != GT_OK)
		return GT_ENOMEM;
	r.doc = doc;
	r.lex = lex;
	r.env = doc->env;
	r.arena = gt_arena_new(doc->env);
	r.owner = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(int32_t));
	r.modifier = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(int32_t));
	r.facts = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(uint32_t));
	if (!r.arena || !r.owner || !r.modifier || !r.facts)
	{
		gt_arena_free(r.arena);
		gt_free(doc->env, r.owner);
		gt_free(doc->env, r.modifier);
		gt_free(doc->env, r.facts);
		return GT_ENOMEM;
	}
	memset(r.facts, 0, (doc->ntokens + 1) * sizeof(uint32_t));
	memset(r.owner, 0xFF, (doc->ntokens + 1) * sizeof(int32_t));
	memset(r.modifier, 0xFF, (doc->ntokens + 1) * sizeof(int32_t));

	gt_pass_lexicon(&r);
	gt_pass_compounds(&r);
	gt_pass_name_rules(&r);
	gt_pass_propagate(&r);
	gt_pass_roles(&r);

	gt_free(doc->env, r.owner);
	gt_free(doc->env, r.modifier);
	gt_free(doc->env, r.facts);
	gt_compact_mentions(&r);
	out->mentions = r.mentions;
	out->nmentions = r.nmentions;
	out->arena = r.arena;
	if (r.status == GT_OK)
		r.status = gt_group_entities(&r, out);
	if (r.status != GT_OK)
		gt_entities_free(out);
	return r.status;
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
