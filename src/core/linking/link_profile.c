/*
 * link_profile.c — the country a document is about, from what it says for
 * certain: countries (in any form: Österreich, österreichische, Österreicher,
 * the US of US-Präsident), places with their country, organisations and
 * persons whose country the lexicon knows, the user gazetteer's names.
 * Names that several entities share do not count: they are what the
 * profile decides.
 */
#include "linking/linking.h"

#include <string.h>

/* A document is about a country it names at least this often (one city in passing is no topic) ... */
#define PROFILE_MIN_MENTIONS 2
/* ... or at least once when it names no other country (a short text: "Die Grünen in Wien"). */
#define PROFILE_MIN_ALONE 1

/* Does the mention say for certain which country it belongs to? */
static bool
counts_for_profile(const gt_mention *m)
{
	return m->kind != GT_KIND_NONE && m->country[0] && m->sense == GT_SENSE_NONE;
}

/* Count one more mention of a country. */
static void
profile_add(gt_country_profile *p, const char *code)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->codes[i][0] == code[0] && p->codes[i][1] == code[1])
		{
			p->counts[i]++;
			return;
		}
	if (p->n == GT_PROFILE_MAX)
		return;
	p->codes[p->n][0] = code[0];
	p->codes[p->n][1] = code[1];
	p->codes[p->n][2] = '\0';
	p->counts[p->n++] = 1;
}

/* Count the countries of the mentions that are certain of theirs. */
void
gt_profile_build(const gt_recognizer *r, gt_country_profile *p)
{
	memset(p, 0, sizeof(*p));
	for (size_t i = 0; i < r->nmentions; i++)
		if (counts_for_profile(&r->mentions[i]))
			profile_add(p, r->mentions[i].country);
}

/* How many of the document's unambiguous mentions name this country. */
uint32_t
gt_profile_count(const gt_country_profile *p, const char *code)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->codes[i][0] == code[0] && p->codes[i][1] == code[1])
			return p->counts[i];
	return 0;
}

/* The country the document is about: named most, more than any other, often enough (or alone); "" if none. */
const char *
gt_profile_main(const gt_country_profile *p)
{
	size_t		best = 0;
	bool		tie = false;

	if (p->n == 0)
		return "";
	for (size_t i = 1; i < p->n; i++)
	{
		if (p->counts[i] > p->counts[best])
		{
			best = i;
			tie = false;
		}
		else if (p->counts[i] == p->counts[best])
			tie = true;
	}
	if (tie)
		return "";
	if (p->counts[best] >= PROFILE_MIN_MENTIONS || (p->n == 1 && p->counts[best] >= PROFILE_MIN_ALONE))
		return p->codes[best];
	return "";
}
