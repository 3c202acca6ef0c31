/*
 * entity_roles.c — the last pass: a person's role from apposition or
 * compound ("NATO-Generalsekretär Jens Stoltenberg"; "Pat Ryder, der
 * Sprecher des US-Verteidigungsministeriums"; "die Sprecherin des Weißen
 * Hauses, Karine Jean-Pierre"), and the gender and country it implies.
 */
#include "entities/entities_internal.h"

#include <string.h>

#define ROLE_PHRASE_TOKENS 6	/* role noun plus its genitive complement */

/* Is token k a punctuation mark that ends a role phrase? */
static bool
ends_phrase(const gt_doc *doc, uint32_t k)
{
	uint8_t		kind = doc->tokens[k].kind;

	return kind == GT_TOK_PUNCT || kind == GT_TOK_QUOTE ||
		kind == GT_TOK_QUOTE_OPEN || kind == GT_TOK_QUOTE_CLOSE;
}

/* The end of a role phrase that starts with the role noun at k. */
static uint32_t
role_phrase_end(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = k + 1;

	if (gt_tok_in(doc, end, GT_WS_ROLE_COMPLEMENT_LINK))
	{
		end++;
		while (end < doc->ntokens && end - k < ROLE_PHRASE_TOKENS &&
			   doc->tokens[end].sentence == doc->tokens[k].sentence &&
			   !ends_phrase(doc, end))
		{
			int32_t		mi = r->owner[end];

			/* a name ends it ("des Weißen Hauses"), as does a head noun */
			if (mi >= 0)
				return r->mentions[mi].end_token;
			if (gt_tok_cap_word(doc, end++))
				break;
		}
	}
	return end;
}

/*
 * Country of the first entity mention among tokens [first, end), or "":
 * a country, place or organisation named in the role phrase ("Sprecher des
 * US-Verteidigungsministeriums"), or the country a compound's modifier
 * names. A party or a city in a compound gives none: "Grünen-Abgeordneter"
 * and "Köln-Trainer" say where the party or the club is, not the person.
 */
static const char *
phrase_country(gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
	{
		int32_t		mi = r->owner[k] >= 0 ? r->owner[k] : r->modifier[k];

		if (mi >= 0 && r->mentions[mi].country[0] &&
			r->mentions[mi].kind != GT_KIND_PERSON && r->mentions[mi].form != GT_FORM_COMPOUND)
			return r->mentions[mi].country;
		/* a compound's modifier only when it names a country: US-Präsident, not Köln-Trainer */
		if (r->modifier[k] >= 0 && r->mentions[r->modifier[k]].country[0] &&
			r->mentions[r->modifier[k]].kind == GT_KIND_COUNTRY)
			return r->mentions[r->modifier[k]].country;
	}
	return "";
}

/* Give person mention mi the role in tokens [first, end). */
static void
set_role(gt_recognizer *r, int32_t mi, uint32_t first, uint32_t end,
		 uint8_t gender)
{
	gt_span		span = gt_tokens_span(r->doc, first, end);
	gt_mention *m = &r->mentions[mi];
	const char *country = phrase_country(r, first, end);

	m->role = gt_span_name(r, span);
	if (!m->role)
	{
		r->status = GT_ENOMEM;
		return;
	}
	m->role_token = (int32_t) first;
	if (!m->gender && gender != GT_GENDER_PLURAL)
		m->gender = gender;
	if (!m->country[0] && country[0])
	{
		m->country[0] = country[0];
		m->country[1] = country[1];
	}
}

/* Give person mi the country of a country mention at token k (a country adjective or genitive before its role). */
static void
country_before_role(gt_recognizer *r, int32_t mi, uint32_t k)
{
	int32_t		ci = r->owner[k];
	gt_mention *m = &r->mentions[mi];

	if (ci < 0 || r->mentions[ci].kind != GT_KIND_COUNTRY || !r->mentions[ci].country[0] ||
		r->doc->tokens[k].sentence != r->doc->tokens[m->first_token].sentence)
		return;
	m->country[0] = r->mentions[ci].country[0];
	m->country[1] = r->mentions[ci].country[1];
}

/* Role directly before the name, or before the comma that precedes it. */
static bool
role_before(gt_recognizer *r, int32_t mi)
{
	const gt_doc *doc = r->doc;
	uint32_t	f = r->mentions[mi].first_token;
	gt_role_info role;

	if (f == 0 || doc->tokens[f - 1].sentence != doc->tokens[f].sentence)
		return false;
	role = gt_role_at(r, f - 1);
	if (role.is_role && r->owner[f - 1] < 0)
	{
		set_role(r, mi, f - 1, f, role.gender);
		/* a country just before the role: "der österreichische Außenminister", "Österreichs Kanzler" */
		if (!r->mentions[mi].country[0] && f >= 2)
			country_before_role(r, mi, f - 2);
		return true;
	}
	if (!gt_tok_punct(doc, f - 1, ','))
		return false;
	/* "die Sprecherin des Weißen Hauses, Karine Jean-Pierre" */
	for (uint32_t j = f - 1; j-- > 0 && f - 1 - j <= ROLE_PHRASE_TOKENS;)
	{
		if (doc->tokens[j].sentence != doc->tokens[f].sentence || ends_phrase(doc, j))
			break;
		role = gt_role_at(r, j);
		if (role.is_role && r->owner[j] < 0 && role_phrase_end(r, j) >= f - 1)
		{
			set_role(r, mi, j, f - 1, role.gender);
			return true;
		}
	}
	return false;
}

/* Role after the name: "Pat Ryder, der Sprecher des …". */
static bool
role_after(gt_recognizer *r, int32_t mi)
{
	const gt_doc *doc = r->doc;
	uint32_t	e = r->mentions[mi].end_token;
	uint32_t	j = e + 1;
	gt_role_info role;

	if (!gt_tok_punct(doc, e, ',') || j >= doc->ntokens)
		return false;
	if (gt_tok_in(doc, j, GT_WS_APPOSITION_ARTICLE))
		j++;
	if (j >= doc->ntokens || doc->tokens[j].sentence != doc->tokens[e].sentence)
		return false;
	role = gt_role_at(r, j);
	if (!role.is_role || r->owner[j] >= 0)
		return false;
	set_role(r, mi, j, role_phrase_end(r, j), role.gender);
	return true;
}

/* The fifth pass: roles of persons, with the gender and country they give. */
void
gt_pass_roles(gt_recognizer *r)
{
	for (size_t i = 0; i < r->nmentions && r->status == GT_OK; i++)
	{
		gt_mention *m = &r->mentions[i];

		gt_tick(r->env, i + 1);
		if (m->kind != GT_KIND_PERSON || m->form != GT_FORM_NAME)
			continue;
		if (!role_before(r, (int32_t) i))
			role_after(r, (int32_t) i);
	}
}
