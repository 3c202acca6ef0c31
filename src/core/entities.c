/*
 * entities.c — the entity recogniser's pipeline and shared helpers.
 *
 * Passes, in order: lexicon names (longest match), hyphenated compounds,
 * names by rule (first name + surname, role apposition, organisation
 * patterns, places after prepositions), propagation inside the document
 * (a surname alone, a name found once), then roles and attributes. Finally
 * mentions are sorted and grouped into one entity per canonical name.
 */
#include "entities_internal.h"

#include <stdlib.h>
#include <string.h>

/* The text of token k (not NUL-terminated). */
const char *
gt_tok_text(const gt_doc *doc, uint32_t k, size_t *len)
{
	const gt_token *t = &doc->tokens[k];

	*len = t->span.byte_end - t->span.byte_start;
	return doc->text + t->span.byte_start;
}

/* Is token k exactly this word? */
bool
gt_tok_is(const gt_doc *doc, uint32_t k, const char *word)
{
	size_t		len;
	const char *s;

	if (k >= doc->ntokens)
		return false;
	s = gt_tok_text(doc, k, &len);
	return s[0] == word[0] && len == strlen(word) && memcmp(s, word, len) == 0;
}

/* Is token k a word with an upper-case initial? */
bool
gt_tok_is_cap_word(const gt_doc *doc, uint32_t k)
{
	return k < doc->ntokens && doc->tokens[k].kind == GT_TOK_WORD &&
		(doc->tokens[k].flags & GT_TF_UPPER_INITIAL);
}

/* The character/byte span of tokens [first, end). */
gt_span
gt_tokens_span(const gt_doc *doc, uint32_t first, uint32_t end)
{
	gt_span		s = doc->tokens[first].span;

	s.byte_end = doc->tokens[end - 1].span.byte_end;
	s.char_end = doc->tokens[end - 1].span.char_end;
	return s;
}

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

/* Remove dropped mentions (kind NONE), keeping order. */
static void
compact_mentions(gt_recognizer *r)
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
			   const char *country, const char *evidence)
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

/* Group mentions into entities (one per canonical name and kind). */
static gt_status
group_entities(gt_recognizer *r, gt_entities *out)
{
	size_t		cap = 0;

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

/*
 * Entity lookup over a whole document would be quadratic if every mention
 * scanned all entities; documents have few distinct entities, but a hostile
 * text may have many, so find_entity scans from the newest and grouping is
 * bounded by GT_MAX_ENTITIES distinct names per document.
 */

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
	compact_mentions(&r);
	out->mentions = r.mentions;
	out->nmentions = r.nmentions;
	out->arena = r.arena;
	if (r.status == GT_OK)
	{
		if (out->nmentions > 1)
			qsort(out->mentions, out->nmentions, sizeof(gt_mention), cmp_mentions);
		r.status = group_entities(&r, out);
	}
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
