/*
 * link_candidates.c — names that several entities share (data/
 * candidates.tsv): "die Grünen" are Austria's, Germany's or Switzerland's
 * Greens, "die Bundesregierung" each country's government. The recogniser
 * took the first candidate for the time being (mention.sense tells); here
 * each such mention takes
 *   - the candidate of a country named right before it ("die österreichischen
 *     Grünen", "Österreichs Bundesregierung"): evidence link:explicit;
 *   - else the candidate of the country the document is about (the one it
 *     names most, gt_profile_main): link:context (shown as link:context-AT);
 *   - else the generic candidate (canonical without a country, no
 *     country): link:generic; without one a party word is no mention ("die
 *     Linke" in a text about Austria is the political left), any other name
 *     the name as written, with no country.
 * A party named by an ordinary word is no party after a preposition fused
 * with the article ("im Grünen", "zur Linken").
 */
#include "linking/linking.h"

#include <string.h>

/* The candidates of a mention's name (its text's lexicon entries flagged GT_LF_CANDIDATE, of its kind). */
static size_t
candidates_of(const gt_recognizer *r, const gt_mention *m, gt_lex_entry *out)
{
	char		key[GT_KEY_MAX];
	size_t		klen = gt_normalize_key(r->doc->text + m->span.byte_start,
										m->span.byte_end - m->span.byte_start, key, sizeof(key));
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n;
	size_t		found = 0;

	if (klen == (size_t) -1 || klen == 0)
		return 0;
	n = gt_lex_lookup(r->lex, key, klen, e, GT_MAX_ENTRIES);
	/* the user's candidates of a name, if it has any, are the only ones */
	for (int user = 1; user >= 0 && found == 0; user--)
		for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
			if (e[i].type == GT_LEX_ENTITY && (e[i].flags & GT_LF_CANDIDATE) && e[i].kind == m->kind &&
				((e[i].flags & GT_LF_USER) != 0) == (user != 0))
				out[found++] = e[i];
	return found;
}

/*
 * The country named right before a mention (a country's adjective or name,
 * or a place's adjective, in the same sentence: "die österreichischen
 * Grünen", "Österreichs Regierung", "der Wiener Kongress"), or "". A
 * compound's modifier has none of its own.
 */
static const char *
explicit_country(const gt_recognizer *r, const gt_mention *m)
{
	uint32_t	k = m->first_token;
	const gt_mention *c;

	if (m->form == GT_FORM_COMPOUND || k == 0 ||
		r->doc->tokens[k - 1].sentence != r->doc->tokens[k].sentence || r->owner[k - 1] < 0)
		return "";
	c = &r->mentions[r->owner[k - 1]];
	if (!c->country[0] || (c->kind != GT_KIND_COUNTRY && !(c->kind == GT_KIND_PLACE && c->form == GT_FORM_ADJECTIVE)))
		return "";
	return c->country;
}

/* The candidate of a country, or NULL. */
static const gt_lex_entry *
candidate_of_country(const gt_lex_entry *c, size_t n, const char *country)
{
	for (size_t i = 0; i < n; i++)
		if (c[i].country[0] && c[i].country[0] == country[0] && c[i].country[1] == country[1])
			return &c[i];
	return NULL;
}

/* The candidate of the country the document is about (gt_profile_main), or NULL. */
static const gt_lex_entry *
candidate_by_profile(const gt_lex_entry *c, size_t n, const gt_country_profile *p)
{
	const char *main_country = gt_profile_main(p);

	return main_country[0] ? candidate_of_country(c, n, main_country) : NULL;
}

/* The generic candidate (no country), or NULL. */
static const gt_lex_entry *
generic_candidate(const gt_lex_entry *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!c[i].country[0])
			return &c[i];
	return NULL;
}

/* Is the mention a party word used as an ordinary word (im Grünen, zur Linken, in lower case)? */
static bool
is_plain_word(const gt_recognizer *r, const gt_mention *m)
{
	uint32_t	k = m->first_token;

	if (!(r->doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
		return true;
	return m->form != GT_FORM_COMPOUND && k > 0 &&
		r->doc->tokens[k - 1].sentence == r->doc->tokens[k].sentence &&
		gt_tok_in(r->doc, k - 1, GT_WS_FUSED_ARTICLE);
}

/* The compound organisation a modifier mention sits in (Grünen-Klub), or -1. */
static int32_t
compound_of(const gt_recognizer *r, int32_t mi)
{
	const gt_mention *m = &r->mentions[mi];
	int32_t		oi = r->owner[m->first_token];

	if (m->form != GT_FORM_COMPOUND || oi < 0 || oi == mi || r->mentions[oi].form != GT_FORM_COMPOUND)
		return -1;
	return oi;
}

/* Make mention mi the chosen candidate (country, canonical, evidence); also its compound's country. */
static void
take_candidate(gt_recognizer *r, int32_t mi, const gt_lex_entry *e, gt_evidence evidence)
{
	gt_mention *m = &r->mentions[mi];
	int32_t		ci = compound_of(r, mi);

	m->canonical = e->canonical;
	memset(m->country, 0, sizeof(m->country));
	memcpy(m->country, e->country, strlen(e->country));
	m->evidence = (uint8_t) evidence;
	m->sense = GT_SENSE_NONE;
	if (ci >= 0)
		memcpy(r->mentions[ci].country, m->country, sizeof(m->country));
}

/*
 * A name nothing decides and no generic candidate stands for (two user
 * rows with countries): the name as written, no country: evidence
 * link:generic.
 */
static void
keep_as_written(gt_recognizer *r, int32_t mi)
{
	gt_mention *m = &r->mentions[mi];
	const char *name = gt_span_name(r, m->span);
	int32_t		ci = compound_of(r, mi);

	if (!name)
	{
		r->status = GT_ENOMEM;
		return;
	}
	m->canonical = name;
	memset(m->country, 0, sizeof(m->country));
	m->evidence = GT_EV_LINK_GENERIC;
	m->sense = GT_SENSE_NONE;
	if (ci >= 0)
		memset(r->mentions[ci].country, 0, sizeof(r->mentions[ci].country));
}

/* Decide one mention of a name several entities share. */
static void
link_mention(gt_recognizer *r, int32_t mi, const gt_country_profile *p)
{
	gt_mention *m = &r->mentions[mi];
	gt_lex_entry c[GT_MAX_ENTRIES];
	size_t		n;
	const char *country;
	const gt_lex_entry *e;

	if (m->sense == GT_SENSE_PARTY_WORD && is_plain_word(r, m))
	{
		gt_drop_mention(r, mi);
		return;
	}
	n = candidates_of(r, m, c);
	if (n == 0)
		return;
	country = explicit_country(r, m);
	if (country[0] && (e = candidate_of_country(c, n, country)) != NULL)
		take_candidate(r, mi, e, GT_EV_LINK_EXPLICIT);
	else if (country[0] && (e = generic_candidate(c, n)) != NULL)
	{
		/* another state's body of that name (der mexikanische Kongress): generic, with its country */
		take_candidate(r, mi, e, GT_EV_LINK_EXPLICIT);
		memcpy(r->mentions[mi].country, country, 2);
	}
	else if ((e = candidate_by_profile(c, n, p)) != NULL)
		take_candidate(r, mi, e, GT_EV_LINK_CONTEXT);
	else if ((e = generic_candidate(c, n)) != NULL)
		take_candidate(r, mi, e, GT_EV_LINK_GENERIC);
	else if (m->sense != GT_SENSE_PARTY_WORD)
		keep_as_written(r, mi);
	else
	{
		int32_t		ci = compound_of(r, mi);

		if (ci >= 0)
			memset(r->mentions[ci].country, 0, sizeof(r->mentions[ci].country));
		gt_drop_mention(r, mi);
	}
}

/* Decide every name several entities share (mentions with a sense). */
void
gt_link_candidates(gt_recognizer *r, const gt_country_profile *p)
{
	for (size_t i = 0; i < r->nmentions && r->status == GT_OK; i++)
	{
		gt_tick(r->env, i + 1);
		if (r->mentions[i].kind != GT_KIND_NONE && r->mentions[i].sense != GT_SENSE_NONE)
			link_mention(r, (int32_t) i, p);
	}
}
