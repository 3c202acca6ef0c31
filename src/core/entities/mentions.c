/*
 * mentions.c — the recogniser's mention store: mentions are added and claim
 * their tokens, a stronger rule drops what it overrides, and at the end the
 * mentions are sorted and grouped into one entity per canonical name.
 *
 * Grouping scans the entities from the newest: documents have few distinct
 * entities, and a hostile text with many still costs only the scan.
 */
#include "entities/entities_internal.h"

#include <stdlib.h>
#include <string.h>

/* Claim tokens [first, end) for mention m (-1 releases). */
void
gt_claim(gt_recognizer *r, uint32_t first, uint32_t end, int32_t m)
{
	for (uint32_t k = first; k < end; k++)
		r->owner[k] = m;
}

/* Drop the mentions that own tokens in [first, end) and free the tokens. */
void
gt_drop_mentions(gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
	{
		if (r->owner[k] >= 0 && gt_mention_is_user(&r->mentions[r->owner[k]]))
			continue;			/* the user gazetteer's names stay */
		if (r->owner[k] >= 0)
			r->mentions[r->owner[k]].kind = GT_KIND_NONE;
		r->owner[k] = -1;
	}
}

/* Drop one mention: no kind, its tokens released (a compound modifier owns none). */
void
gt_drop_mention(gt_recognizer *r, int32_t mi)
{
	gt_mention *m = &r->mentions[mi];

	if (gt_mention_is_user(m))
		return;					/* the user gazetteer's names stay */
	for (uint32_t k = m->first_token; k < m->end_token; k++)
	{
		if (r->owner[k] == mi)
			r->owner[k] = -1;
		if (r->modifier[k] == mi)
			r->modifier[k] = -1;
	}
	m->kind = GT_KIND_NONE;
}

/* Did the user gazetteer find this mention (it then wins over every rule and the tagger)? */
bool
gt_mention_is_user(const gt_mention *m)
{
	return gt_evidence_is_user(m->evidence);
}

/* Was the mention found in the text by a rule or the tagger (not by a lexicon, the user or another mention)? */
bool
gt_mention_found_in_text(const gt_mention *m)
{
	return (m->evidence >= GT_EV_FIRST_RULE && m->evidence <= GT_EV_LAST_RULE) ||
		m->evidence == GT_EV_MODEL_NER || m->evidence == GT_EV_RULE_ABBREVIATION_NAME;
}

/* Is the mention's canonical name its text (gt_span_name: no lexicon's or other mention's name)? */
bool
gt_mention_canonical_is_text(const gt_recognizer *r, const gt_mention *m)
{
	return gt_equals_collapsed(m->canonical, r->doc->text + m->span.byte_start,
							   m->span.byte_end - m->span.byte_start);
}

/* The text of a span as a name, in the arena: each run of white space one space (a name across a line break). NULL on ENOMEM. */
const char *
gt_span_name(gt_recognizer *r, gt_span span)
{
	size_t		len = span.byte_end - span.byte_start;
	char	   *out = gt_arena_alloc(r->arena, len + 1);

	if (out)
		gt_collapse_spaces(r->doc->text + span.byte_start, len, out);
	return out;
}

/* Does a user-gazetteer mention own one of the tokens [first, end)? */
bool
gt_span_has_user(const gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end && k < r->doc->ntokens; k++)
		if (r->owner[k] >= 0 && gt_mention_is_user(&r->mentions[r->owner[k]]))
			return true;
	return false;
}

/* Remove dropped mentions (kind NONE), keeping order. */
void
gt_compact_mentions(gt_recognizer *r)
{
	size_t		n = 0;

	for (size_t i = 0; i < r->nmentions; i++)
		if (r->mentions[i].kind != GT_KIND_NONE)
			r->mentions[n++] = r->mentions[i];
	r->nmentions = n;
}

/* Add a mention over tokens [first, end) with the char span given. */
gt_mention *
gt_add_mention(gt_recognizer *r, uint32_t first, uint32_t end, gt_span span,
			   gt_kind kind, gt_form form, const char *canonical,
			   const char *country, gt_evidence evidence)
{
	gt_mention *m;
	gt_mention *grown;

	if (r->status != GT_OK)
		return NULL;
	/* the user gazetteer wins for every span it covers: no other finding there */
	if (!gt_evidence_is_user(evidence) && gt_span_has_user(r, first, end))
		return NULL;
	grown = gt_grow(r->env, r->mentions, &r->cap, sizeof(gt_mention),
					r->nmentions + 1);
	if (!grown)
	{
		r->status = GT_ENOMEM;
		return NULL;
	}
	r->mentions = grown;
	m = &r->mentions[r->nmentions++];
	memset(m, 0, sizeof(*m));
	m->span = span;
	m->first_token = first;
	m->end_token = end;
	m->sentence = r->doc->tokens[first].sentence;
	m->kind = (uint8_t) kind;
	m->form = (uint8_t) form;
	m->canonical = canonical;
	m->evidence = evidence;
	m->role_token = -1;
	m->confidence = GT_CONFIDENCE_UNSET;
	if (country && country[0] && country[1])
	{
		m->country[0] = country[0];
		m->country[1] = country[1];
	}
	return m;
}

/* Order mentions by start, longer first. */
static int
cmp_mentions(const void *a, const void *b)
{
	const gt_mention *x = a;
	const gt_mention *y = b;

	if (x->span.char_start != y->span.char_start)
		return x->span.char_start < y->span.char_start ? -1 : 1;
	if (x->span.char_end != y->span.char_end)
		return x->span.char_end > y->span.char_end ? -1 : 1;
	return 0;
}

/* Slots of the smallest entity index (a power of two). */
#define ENTITY_INDEX_MIN_SLOTS 16

/*
 * An index of the entities by canonical name and kind (open addressing,
 * slots hold 1 + entity number, 0 = empty): a document of a million
 * mentions found each mention's entity by scanning all entities before.
 */
typedef struct entity_index
{
	uint32_t   *slots;
	size_t		nslots;			/* a power of two, above twice the mentions */
} entity_index;

/* The slot of (canonical, kind) in the index: its entity's, or the empty one where it goes. */
static uint32_t *
entity_slot(const entity_index *ix, const gt_entities *out, const char *canonical, uint8_t kind)
{
	size_t		mask = ix->nslots - 1;
	size_t		i = (gt_hash(canonical, strlen(canonical)) ^ kind) & mask;

	for (;; i = (i + 1) & mask)
	{
		uint32_t   *slot = &ix->slots[i];
		const gt_entity *ent;

		if (*slot == 0)
			return slot;
		ent = &out->entities[*slot - 1];
		if (ent->kind == kind && strcmp(ent->canonical, canonical) == 0)
			return slot;
	}
}

/* Sort the mentions and group them into one entity per canonical name and kind. */
gt_status
gt_group_entities(gt_recognizer *r, gt_entities *out)
{
	size_t		cap = 0;
	entity_index ix = {NULL, ENTITY_INDEX_MIN_SLOTS};

	if (out->nmentions > 1)
		qsort(out->mentions, out->nmentions, sizeof(gt_mention), cmp_mentions);
	while (ix.nslots < 2 * out->nmentions)
		ix.nslots *= 2;
	ix.slots = gt_alloc(r->env, ix.nslots * sizeof(uint32_t));
	if (!ix.slots)
		return GT_ENOMEM;
	memset(ix.slots, 0, ix.nslots * sizeof(uint32_t));

	for (size_t i = 0; i < out->nmentions; i++)
	{
		gt_mention *m = &out->mentions[i];
		uint32_t   *slot = entity_slot(&ix, out, m->canonical, m->kind);
		size_t		e;
		gt_entity  *ent;

		gt_tick(r->env, i + 1);
		if (*slot == 0)
		{
			gt_entity  *grown = gt_grow(r->env, out->entities, &cap,
										sizeof(gt_entity), out->nentities + 1);

			if (!grown)
			{
				gt_free(r->env, ix.slots);
				return GT_ENOMEM;
			}
			out->entities = grown;
			e = out->nentities++;
			*slot = (uint32_t) e + 1;
			ent = &out->entities[e];
			memset(ent, 0, sizeof(*ent));
			ent->canonical = m->canonical;
			ent->kind = m->kind;
			ent->first_mention = (uint32_t) i;
		}
		e = *slot - 1;
		ent = &out->entities[e];
		ent->mentions++;
		if (!ent->country[0] && m->country[0])
			memcpy(ent->country, m->country, 3);
		if (!ent->gender && m->gender)
			ent->gender = m->gender;
		if (!ent->role && m->role)
			ent->role = m->role;
		m->entity = (uint32_t) e;
	}
	gt_free(r->env, ix.slots);
	/* every mention of an entity shares its country and gender */
	for (size_t i = 0; i < out->nmentions; i++)
	{
		gt_mention *m = &out->mentions[i];
		const gt_entity *ent = &out->entities[m->entity];

		if (!m->country[0])
			memcpy(m->country, ent->country, 3);
		if (!m->gender)
			m->gender = ent->gender;
	}
	return GT_OK;
}

