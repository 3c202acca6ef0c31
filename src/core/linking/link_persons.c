/*
 * link_persons.c — the country of a person the lexicon does not know,
 * from the text: an apposition that names it ("der Österreicher Dominic
 * Thiem", "Thiem, der Österreicher", "Werner Faymann (SPÖ)"): evidence
 * link:apposition; or a state office the document's country has
 * ("Bundeskanzler Faymann", "Innenministerin Mikl-Leitner" in a text about
 * Austria; data/offices.tsv): link:office (shown as link:office-AT). A
 * person's other mentions take the country too. Persons with no such
 * evidence keep none.
 */
#include "linking/linking.h"

#include <string.h>

/* The shortest tail of a role noun that is looked up as an office (Minister in Innenminister). */
#define OFFICE_TAIL_MIN_BYTES 5

/* Does any office entry of key[0..len) belong to this country, or to every state? */
static bool
office_key_has(const gt_recognizer *r, const char *key, size_t len, const char *country)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n = gt_lex_lookup(r->lex, key, len, e, GT_MAX_ENTRIES);

	for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		if (e[i].type == GT_LEX_OFFICE &&
			(!e[i].country[0] || (e[i].country[0] == country[0] && e[i].country[1] == country[1])))
			return true;
	return false;
}

/*
 * Is the role noun at token k a state office of this country? The word
 * itself, its part after a hyphen (SPÖ-Sozialminister), or a tail of it
 * (Innen|ministerin), capitalised.
 */
static bool
is_office_of(const gt_recognizer *r, uint32_t k, const char *country)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);

	for (size_t i = 0; i + OFFICE_TAIL_MIN_BYTES <= len; i++)
	{
		char		key[GT_KEY_MAX];
		size_t		klen;

		if (i > 0 && (((unsigned char) w[i] & 0xC0) == 0x80 || w[i] == '-'))
			continue;
		klen = gt_normalize_key(w + i, len - i, key, sizeof(key));
		if (klen == (size_t) -1 || klen == 0)
			continue;
		if (i > 0)
			gt_upper_initial(key, &klen, sizeof(key));
		if (office_key_has(r, key, klen, country))
			return true;
	}
	return false;
}

/* The country of a mention at token k if it is a country's (name, adjective, demonym); or "". */
static const char *
country_at(const gt_recognizer *r, uint32_t k)
{
	int32_t		ci = r->owner[k];

	if (ci < 0 || r->mentions[ci].kind != GT_KIND_COUNTRY || r->mentions[ci].form == GT_FORM_COMPOUND)
		return "";
	return r->mentions[ci].country;
}

/* The country of an organisation mention at token k (a party in parentheses); or "". */
static const char *
organisation_at(const gt_recognizer *r, uint32_t k)
{
	int32_t		oi = r->owner[k];

	if (oi < 0 || r->mentions[oi].kind != GT_KIND_ORGANIZATION || r->mentions[oi].form != GT_FORM_NAME)
		return "";
	return r->mentions[oi].country;
}

/*
 * The country an apposition gives person mention m: a demonym or country
 * right before it ("der Österreicher Thiem"), a country's adjective and a
 * noun before it ("der serbische Tennisspieler Jovanović"), ", der
 * Österreicher" after it, or an organisation in parentheses after it
 * ("Faymann (SPÖ)"); or "".
 */
static const char *
apposition_country(const gt_recognizer *r, const gt_mention *m)
{
	const gt_doc *doc = r->doc;
	uint32_t	f = m->first_token;
	uint32_t	e = m->end_token;
	uint32_t	s = m->sentence;
	const char *c;

	if (f > 0 && doc->tokens[f - 1].sentence == s && (c = country_at(r, f - 1))[0])
		return c;
	/* a country's adjective and a noun before the name: "der serbische Tennisspieler Jovanović" */
	if (f > 1 && doc->tokens[f - 2].sentence == s && r->owner[f - 1] < 0 &&
		gt_tok_cap_word(doc, f - 1) && (c = country_at(r, f - 2))[0] &&
		r->mentions[r->owner[f - 2]].form == GT_FORM_ADJECTIVE)
		return c;
	if (e + 2 < doc->ntokens && doc->tokens[e + 2].sentence == s && gt_tok_punct(doc, e, ','))
	{
		uint32_t	j = e + 1;

		if (gt_tok_in(doc, j, GT_WS_APPOSITION_ARTICLE))
			j++;
		if (j < doc->ntokens && doc->tokens[j].sentence == s && (c = country_at(r, j))[0])
			return c;
	}
	if (e + 2 < doc->ntokens && gt_tok_punct(doc, e, '(') && gt_tok_punct(doc, e + 2, ')'))
		return organisation_at(r, e + 1);
	return "";
}

/* Give person mention m a country, with the evidence that decided it. */
static void
set_country(gt_mention *m, const char *country, gt_evidence evidence)
{
	m->country[0] = country[0];
	m->country[1] = country[1];
	m->evidence = (uint8_t) evidence;
}

/* Is the mention a person of the text (not of the user's gazetteer) without a country? */
static bool
needs_country(const gt_mention *m)
{
	return m->kind == GT_KIND_PERSON && m->form == GT_FORM_NAME && !m->country[0] &&
		!gt_mention_is_user(m);
}

/* One person's country, by canonical name, in share_countries' table. */
typedef struct person_country
{
	const char *canonical;		/* NULL: an empty slot */
	uint32_t	hash;
	char		country[3];
} person_country;

/* The slot of a canonical name (found or empty); the table has room for every mention twice. */
static person_country *
person_slot(person_country *t, size_t mask, const char *canonical)
{
	size_t		len = strlen(canonical);
	uint32_t	h = gt_hash(canonical, len);
	size_t		i = h & mask;

	while (t[i].canonical &&
		   (t[i].hash != h || strlen(t[i].canonical) != len || memcmp(t[i].canonical, canonical, len) != 0))
		i = (i + 1) & mask;
	t[i].hash = h;
	return &t[i];
}

/* A person's other mentions (the same canonical name) take the country the first of them has. */
static void
share_countries(gt_recognizer *r)
{
	size_t		nslots = 16;
	person_country *t;

	while (nslots < 2 * (r->nmentions + 1))
		nslots *= 2;
	t = gt_alloc(r->env, nslots * sizeof(person_country));
	if (!t)
	{
		r->status = GT_ENOMEM;
		return;
	}
	memset(t, 0, nslots * sizeof(person_country));
	for (size_t i = 0; i < r->nmentions; i++)
	{
		const gt_mention *m = &r->mentions[i];
		person_country *slot;

		if (m->kind != GT_KIND_PERSON || !m->country[0])
			continue;
		gt_tick(r->env, i + 1);
		slot = person_slot(t, nslots - 1, m->canonical);
		if (!slot->canonical)
		{
			slot->canonical = m->canonical;
			memcpy(slot->country, m->country, sizeof(slot->country));
		}
	}
	for (size_t i = 0; i < r->nmentions; i++)
	{
		gt_mention *m = &r->mentions[i];
		person_country *slot;

		if (!needs_country(m))
			continue;
		gt_tick(r->env, i + 1);
		slot = person_slot(t, nslots - 1, m->canonical);
		if (slot->canonical)
			memcpy(m->country, slot->country, sizeof(m->country));
	}
	gt_free(r->env, t);
}

/* Give persons without a country the one an apposition or a state office of the document names. */
void
gt_link_persons(gt_recognizer *r, const gt_country_profile *p)
{
	const char *main_country = gt_profile_main(p);

	for (size_t i = 0; i < r->nmentions && r->status == GT_OK; i++)
	{
		gt_mention *m = &r->mentions[i];
		const char *c;

		gt_tick(r->env, i + 1);
		if (!needs_country(m))
			continue;
		if ((c = apposition_country(r, m))[0])
			set_country(m, c, GT_EV_LINK_APPOSITION);
		else if (main_country[0] && m->role_token >= 0 &&
				 is_office_of(r, (uint32_t) m->role_token, main_country))
			set_country(m, main_country, GT_EV_LINK_OFFICE);
	}
	share_countries(r);
}
