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

	for (uint32_t k = m->first_token; k < m->end_token; k++)
	{
		if (r->owner[k] == mi)
			r->owner[k] = -1;
		if (r->modifier[k] == mi)
			r->modifier[k] = -1;
	}
	m->kind = GT_KIND_NONE;
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

/* Find the entity with this canonical name and kind, or -1. */
static int64_t
find_entity(const gt_entities *out, const char *canonical, uint8_t kind)
{
	for (size_t i = out->nentities; i-- > 0;)
		if (out->entities[i].kind == kind &&
			strcmp(out->entities[i].canonical, canonical) == 0)
			return (int64_t) i;
	return -1;
}

/* Sort the mentions and group them into one entity per canonical name and kind. */
gt_status
gt_group_entities(gt_recognizer *r, gt_entities *out)
{
	size_t		cap = 0;

	if (out->nmentions > 1)
		qsort(out->mentions, out->nmentions, sizeof(gt_mention), cmp_mentions);

	for (size_t i = 0; i < out->nmentions; i++)
	{
		gt_mention *m = &out->mentions[i];
		int64_t		e = find_entity(out, m->canonical, m->kind);
		gt_entity  *ent;

		gt_tick(r->env, i + 1);
		if (e < 0)
		{
			gt_entity  *grown = gt_grow(r->env, out->entities, &cap,
										sizeof(gt_entity), out->nentities + 1);

			if (!grown)
				return GT_ENOMEM;
			out->entities = grown;
			e = (int64_t) out->nentities++;
			ent = &out->entities[e];
			memset(ent, 0, sizeof(*ent));
			ent->canonical = m->canonical;
			ent->kind = m->kind;
			ent->first_mention = (uint32_t) i;
		}
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

