/*
 * link_abbreviations.c — an abbreviation the text defines: an
 * organisation's name followed by a short capitalised word in brackets
 * ("der International Council on Security and Development (ICOS)", "das
 * Arbeitsmarktservice (AMS)") makes that word the organisation throughout
 * the document, wherever it stands alone; a word no lexicon knows becomes
 * a name at all. The word must abbreviate the name: its letters, in order,
 * among the name's, the first the name's first ("HansNiessl (SPÖ)", a
 * person the tagger took for an organisation, defines nothing). Only
 * organisations define: a person's bracket holds a party or an age, a
 * place's a region. What a lexicon says a word is stays unless the name is
 * the lexicon's too (a tagger's name "Islamischen Staates" does not
 * replace the lexicon's Islamischer Staat for IS); the user gazetteer and
 * countries stay what they are. Runs last among the linking passes, so the
 * word takes the organisation's final identity; evidence link:abbreviation.
 */
#include "linking/linking.h"

#include <string.h>

/* The most abbreviations one document defines that this pass keeps. */
#define DEFINITIONS_MAX 32

/* One definition: the bracketed word's token and the organisation's mention. */
typedef struct definition
{
	uint32_t	token;
	int32_t		mention;
} definition;

_Static_assert(GT_EV_LEXICON_PERSON == 0, "the built-in lexicon's evidence values come first");

/* Did a lexicon give the mention its identity (built-in names, and linking's choice among them)? */
static bool
identity_from_lexicon(const gt_mention *m)
{
	return m->evidence <= GT_EV_LEXICON_OTHER ||
		(m->evidence >= GT_EV_LINK_EXPLICIT && m->evidence <= GT_EV_LINK_OFFICE);
}

/* May mention m define an abbreviation: an organisation's name, not a modifier inside a word? */
static bool
may_define(const gt_recognizer *r, const gt_mention *m)
{
	return m->kind == GT_KIND_ORGANIZATION && m->form == GT_FORM_NAME &&
		m->end_token > m->first_token && m->end_token + 2 < r->doc->ntokens &&
		r->owner[m->first_token] >= 0 && &r->mentions[r->owner[m->first_token]] == m;
}

/* The abbreviation token mention mi defines ("Name ( ABBR )" in one sentence), or -1. */
static int64_t
defined_token(const gt_recognizer *r, int32_t mi)
{
	const gt_doc *doc = r->doc;
	const gt_mention *m = &r->mentions[mi];
	uint32_t	open = m->end_token;

	if (!may_define(r, m) || !gt_tok_punct(doc, open, '(') || !gt_tok_punct(doc, open + 2, ')') ||
		!gt_tok_same_sentence(doc, m->first_token, open + 2) || !gt_tok_abbreviation_like(doc, open + 1))
		return -1;
	/* the bracket repeats the name itself ("Nato (NATO)"): nothing is defined */
	if (m->end_token == m->first_token + 1 && gt_tok_same_bytes(doc, m->first_token, open + 1))
		return -1;
	return gt_tok_abbreviates(doc, open + 1, m->span.byte_start, m->span.byte_end) ? (int64_t) open + 1 : -1;
}

/* Does mention m already say what the organisation says (its kind, name and country)? */
static bool
same_identity(const gt_mention *m, const gt_mention *org)
{
	return m->kind == org->kind && strcmp(m->canonical, org->canonical) == 0 &&
		strcmp(m->country, org->country) == 0;
}

/* May the one-token mention m become the organisation (not the user's, not a country)? */
static bool
may_relink(const gt_mention *m)
{
	return m->kind != GT_KIND_NONE && m->kind != GT_KIND_COUNTRY && m->form == GT_FORM_NAME &&
		!gt_mention_is_user(m);
}

/* Make token k, the abbreviation of the organisation mention org, that organisation. */
static void
link_token(gt_recognizer *r, uint32_t k, int32_t org)
{
	int32_t		oi = r->owner[k];
	gt_mention	o = r->mentions[org];
	gt_mention *m;

	if (oi >= 0)
	{
		m = &r->mentions[oi];
		/* only a mention of this one word: a longer name holding it is a name of its own */
		if (m->first_token != k || m->end_token != k + 1 || !may_relink(m) || same_identity(m, &o) ||
			(identity_from_lexicon(m) && !identity_from_lexicon(&o)))
			return;
		m->kind = o.kind;
		m->canonical = o.canonical;
		memcpy(m->country, o.country, sizeof(m->country));
		m->sense = 0;
		m->evidence = GT_EV_LINK_ABBREVIATION;
		return;
	}
	if (r->modifier[k] >= 0)
		return;					/* the word is a compound's modifier (a mention of its own inside it) */
	m = gt_add_mention(r, k, k + 1, gt_tokens_span(r->doc, k, k + 1), (gt_kind) o.kind,
					   GT_FORM_NAME, o.canonical, o.country, GT_EV_LINK_ABBREVIATION);
	if (!m)
		return;
	m->confidence = GT_CONFIDENCE_UNSET;
	gt_claim(r, k, k + 1, (int32_t) (r->nmentions - 1));
}

/* Link every abbreviation the document defines, wherever it stands alone. */
void
gt_link_abbreviations(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;
	definition	defs[DEFINITIONS_MAX];
	size_t		ndefs = 0;
	size_t		before = r->nmentions;

	for (size_t i = 0; i < before && ndefs < DEFINITIONS_MAX; i++)
	{
		int64_t		k = defined_token(r, (int32_t) i);

		gt_tick(r->env, i + 1);
		if (k >= 0)
		{
			defs[ndefs].token = (uint32_t) k;
			defs[ndefs].mention = (int32_t) i;
			ndefs++;
		}
	}
	if (ndefs == 0)
		return;
	for (uint32_t k = 0; k < doc->ntokens && r->status == GT_OK; k++)
	{
		gt_tick(r->env, k + 1);
		if (doc->tokens[k].kind != GT_TOK_WORD || !(doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
			continue;
		/* the first definition of a word holds (a text defines an abbreviation once) */
		for (size_t d = 0; d < ndefs; d++)
			if (gt_tok_same_bytes(doc, k, defs[d].token))
			{
				link_token(r, k, defs[d].mention);
				break;
			}
	}
}
