/*
 * entity_rules.c — names the lexicon does not know, found by rule:
 * first name + surname, role noun + name ("Sprecher Pat Ryder"), name +
 * ", der Sprecher …", organisation patterns ("Universität Hamburg",
 * "Siemens AG"), and places after a place preposition ("in Kandahar").
 */
#include "entities/entities_internal.h"

#include <string.h>

/* The longest organisation from a head word ("Institut für Weltwirtschaft Kiel"), in tokens. */
#define ORG_HEAD_MAX_TOKENS 6
/* Capitalised words before an organisation tail ("Deutsche Bank", "Red Bull GmbH"). */
#define ORG_TAIL_MAX_WORDS 4
/* Words of an unknown name after a noun that introduces an organisation. */
#define INTRODUCED_NAME_MAX_WORDS 4
/* Capitalised words no dictionary knows that make one unknown name. */
#define UNKNOWN_NAME_MAX_WORDS 3
/* Characters of an initial with its period (W.), the one abbreviation inside a name. */
#define INITIAL_CHARS 2
/* Letters of a word in capitals above which it is shouted, not an acronym. */
#define ACRONYM_MAX_SHOUT 3

/*
 * Can token k continue a person's name? Right after a first name any
 * capitalised word but a function word or role noun may be the surname
 * (Fischer, Jung); later parts must look like names themselves.
 */
static bool
continues_name(gt_recognizer *r, uint32_t k, bool right_after_first_name)
{
	const gt_token *t;

	if (k >= r->doc->ntokens || r->owner[k] >= 0 || !gt_tok_cap_word(r->doc, k))
		return false;
	t = &r->doc->tokens[k];
	if (!(t->flags & GT_TF_SPACE_BEFORE))
		return false;
	if (gt_is_function_word(r, k))		/* but Stefan Sommer, Lisa Winter */
		return right_after_first_name && gt_is_time_surname(r, k);
	if (t->flags & GT_TF_ABBREV)		/* an initial: George W. Bush */
		return right_after_first_name &&
			t->span.char_end - t->span.char_start == INITIAL_CHARS;
	if (right_after_first_name)
		return !gt_role_at(r, k).is_role;
	return gt_is_name_candidate(r, k) || gt_is_first_name(r, k, NULL);
}

/* Are tokens [first, end) all first names ("Johann Wolfgang")? */
static bool
only_first_names(gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
		if (!gt_is_first_name(r, k, NULL))
			return false;
	return end > first;
}

/*
 * Extend a name from token `end` over surnames and particles; new end.
 * A particle follows first names only ("Ursula von der Leyen"): after a
 * surname, "von" begins something else ("Olaf Kramm von Fanuc").
 */
static uint32_t
extend_name(gt_recognizer *r, uint32_t first, uint32_t end, bool after_first)
{
	const gt_doc *doc = r->doc;

	while (end < doc->ntokens && end - first < GT_MAX_NAME_TOKENS &&
		   gt_tok_same_sentence(doc, first, end))
	{
		uint32_t	p = gt_name_particle_len(doc, end);
		bool		first_part = after_first && end == first + 1;

		if (continues_name(r, end, first_part))
			end++;
		else if (p && only_first_names(r, first, end) &&
				 continues_name(r, end + p, false))
			end += p + 1;
		else
			break;
	}
	return end;
}

/*
 * Record a name found by rule over tokens [first, end): its text is its
 * canonical name; the tokens are claimed. NULL on ENOMEM.
 */
static gt_mention *
add_named(gt_recognizer *r, uint32_t first, uint32_t end, gt_kind kind,
		  gt_evidence evidence)
{
	gt_span		span = gt_tokens_span(r->doc, first, end);
	const char *canonical = gt_span_name(r, span);
	gt_mention *m;

	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return NULL;
	}
	m = gt_add_mention(r, first, end, span, kind, GT_FORM_NAME, canonical, "",
					   evidence);
	if (m)
		gt_claim(r, first, end, (int32_t) (r->nmentions - 1));
	return m;
}

/* Record a person found by rule over tokens [first, end). */
static gt_mention *
add_person(gt_recognizer *r, uint32_t first, uint32_t end, uint8_t gender,
		   gt_evidence evidence)
{
	gt_mention *m = add_named(r, first, end, GT_KIND_PERSON, evidence);

	if (m)
		m->gender = gender;
	return m;
}

/* Rule: a first name followed by a surname ("Pat Ryder"). */
static bool
rule_first_name(gt_recognizer *r, uint32_t k)
{
	uint8_t		gender = 0;
	uint32_t	end;

	if (!gt_is_first_name(r, k, &gender))
		return false;
	end = extend_name(r, k, k + 1, true);
	if (end == k + 1)
		return false;
	return add_person(r, k, end, gender, GT_EV_RULE_FIRSTNAME_SURNAME) != NULL;
}

/* Rule: a role noun followed by a name ("Botschafter Nebensja"). */
static bool
rule_role_before(gt_recognizer *r, uint32_t k)
{
	gt_role_info role;
	uint32_t	end;

	if (k + 1 >= r->doc->ntokens || r->owner[k + 1] >= 0 ||
		!gt_tok_same_sentence(r->doc, k, k + 1) || !gt_tok_cap_word(r->doc, k + 1))
		return false;
	role = gt_role_at(r, k);
	if (!role.is_role)
		return false;
	if (rule_first_name(r, k + 1))
		return true;
	end = extend_name(r, k + 1, k + 1, false);
	if (end == k + 1)
		return false;
	return add_person(r, k + 1, end, role.gender == GT_GENDER_PLURAL ? 0 : role.gender,
					  GT_EV_RULE_ROLE_APPOSITION) != NULL;
}

/* Rule: a name followed by ", der Sprecher …" or ", Sprecherin des …". */
static bool
rule_role_after(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = extend_name(r, k, k, false);
	uint32_t	j;
	gt_role_info role;

	if (end == k || end >= doc->ntokens || !gt_tok_punct(doc, end, ','))
		return false;
	j = end + 1;
	if (gt_tok_in(doc, j, GT_WS_APPOSITION_ARTICLE))
		j++;
	if (!gt_tok_same_sentence(doc, k, j))
		return false;
	role = gt_role_at(r, j);
	if (!role.is_role)
		return false;
	return add_person(r, k, end, role.gender == GT_GENDER_PLURAL ? 0 : role.gender,
					  GT_EV_RULE_ROLE_POSTPOSITION) != NULL;
}

/* Record an organisation found by pattern over tokens [first, end). */
static void
add_org(gt_recognizer *r, uint32_t first, uint32_t end)
{
	add_named(r, first, end, GT_KIND_ORGANIZATION, GT_EV_RULE_ORG_PATTERN);
}

/* May token k continue an organisation name (a place or a name-like word)? */
static bool
continues_org(gt_recognizer *r, uint32_t k)
{
	int32_t		mi;

	if (k >= r->doc->ntokens || !gt_tok_cap_word(r->doc, k) ||
		gt_is_function_word(r, k))
		return false;
	mi = r->owner[k];
	if (mi >= 0)
		return r->mentions[mi].kind == GT_KIND_PLACE ||
			r->mentions[mi].kind == GT_KIND_COUNTRY;
	return gt_is_name_candidate(r, k) || gt_is_first_name(r, k, NULL);
}

/* Is token k a short acronym no lexicon knows (THW, MSV, AS)? */
static bool
is_unknown_acronym(gt_recognizer *r, uint32_t k)
{
	return r->owner[k] < 0 && (r->doc->tokens[k].flags & GT_TF_ALL_UPPER) &&
		gt_is_plausible_acronym(r, k) && !gt_is_function_word(r, k);
}

/*
 * Rule: an organisation head and its name: "Universität Hamburg",
 * "Institut für Weltwirtschaft", "FC Chelsea London", "THW Kiel".
 */
static bool
rule_org_head(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = k + 1;
	bool		acronym = is_unknown_acronym(r, k);

	if (!acronym && !gt_is_org_word(r, k, true))
		return false;
	if (!acronym && gt_tok_in(doc, end, GT_WS_ORG_HEAD_LINK))
		end++;
	while (end < doc->ntokens && end - k < ORG_HEAD_MAX_TOKENS && gt_tok_same_sentence(doc, k, end) &&
		   continues_org(r, end))
	{
		end++;
		if (gt_tok_in(doc, end, GT_WS_AND) && continues_org(r, end + 1))
			end++;
	}
	if (end == k + 1 || !gt_tok_cap_word(doc, end - 1))
		return false;
	for (uint32_t j = k; j < end; j++)
		if (r->owner[j] >= 0 && r->mentions[r->owner[j]].kind != GT_KIND_PLACE &&
			r->mentions[r->owner[j]].kind != GT_KIND_COUNTRY)
			return false;
	if (gt_span_has_user(r, k, end))
		return false;
	gt_drop_mentions(r, k, end);
	add_org(r, k, end);
	return true;
}

/*
 * Does a mention over some token of [first, end) reach outside it? A name
 * by rule over those tokens would cut it: "Sozialdemokratische Partei"
 * out of the lexicon's "Sozialdemokratische Partei Österreichs".
 */
static bool
cuts_mention(gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t j = first; j < end; j++)
	{
		int32_t		mi = r->owner[j];

		if (mi >= 0 && (r->mentions[mi].first_token < first || r->mentions[mi].end_token > end))
			return true;
	}
	return false;
}

/* Rule: capitalised words ending in AG, GmbH, Bank, Partei … */
static bool
rule_org_tail(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	first = k;
	bool		evidence = false;

	if (!gt_is_org_word(r, k, false))
		return false;
	while (first > 0 && k - first < ORG_TAIL_MAX_WORDS && gt_tok_same_sentence(doc, first - 1, k) &&
		   gt_tok_cap_word(doc, first - 1) &&
		   !gt_is_function_word(r, first - 1) &&
		   !(doc->tokens[first - 1].flags & GT_TF_SENT_START && r->owner[first - 1] < 0 &&
			 gt_is_common_word(r, first - 1, true)))
	{
		first--;
		if (r->owner[first] >= 0 || gt_is_name_candidate(r, first))
			evidence = true;
	}
	if (first == k || !evidence || gt_span_has_user(r, first, k + 1) || cuts_mention(r, first, k + 1))
		return false;
	gt_drop_mentions(r, first, k + 1);
	add_org(r, first, k + 1);
	return true;
}

/* Can token k begin or continue a name after an introducing noun? */
static bool
is_introduced_name_word(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;

	return k < doc->ntokens && r->owner[k] < 0 &&
		(doc->tokens[k].flags & GT_TF_SPACE_BEFORE) &&
		!(doc->tokens[k].flags & (GT_TF_SENT_START | GT_TF_LINE_START)) &&
		(gt_is_name_candidate(r, k) || gt_is_first_name(r, k, NULL) ||
		 is_unknown_acronym(r, k));
}

/*
 * Rule: a noun that introduces an organisation, then its unknown name:
 * "die Digitalagentur Brandkraft", "der Versicherungskonzern Talanx". Not
 * a role noun (the Unterhändler is no Händler), and not before a first
 * name: "überließ die Volkspartei Heinz Fischer das Feld" is a person.
 */
static bool
rule_org_after_introducer(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = k + 1;

	/* the name first: most words have none after them, and it is cheaper */
	if (!gt_tok_same_sentence(doc, k, end) || !is_introduced_name_word(r, end) ||
		gt_is_first_name(r, end, NULL) || !gt_introduces_org(r, k) ||
		gt_role_at(r, k).is_role)
		return false;
	while (end < doc->ntokens && end - k <= INTRODUCED_NAME_MAX_WORDS && gt_tok_same_sentence(doc, k, end) &&
		   is_introduced_name_word(r, end))
		end++;
	add_named(r, k + 1, end, GT_KIND_ORGANIZATION, GT_EV_RULE_ORG_INTRODUCER);
	return true;
}

/* Rule: an unknown name right after in/aus/nach/bei ("in Kandahar"). */
static bool
rule_place_after_preposition(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = k + 1;

	if (k == 0 || !gt_tok_in(doc, k - 1, GT_WS_PLACE_PREPOSITION) || !gt_tok_same_sentence(doc, k - 1, k) ||
		!gt_is_name_candidate(r, k) || gt_is_first_name(r, k, NULL))
		return false;
	if (end < doc->ntokens && r->owner[end] < 0 && gt_tok_same_sentence(doc, k, end) &&
		gt_is_name_candidate(r, end))
		end++;
	add_named(r, k, end, GT_KIND_PLACE, GT_EV_RULE_PLACE_PREPOSITION);
	return true;
}

/* An ending makes a place only of a name at least this much longer (bytes). */
#define PLACE_ENDING_MIN_STEM 3

/* Does w[0..len) end in ending[0..n) after a stem of PLACE_ENDING_MIN_STEM bytes? */
static bool
ends_in_place_ending(const char *w, size_t len, const char *ending, size_t n)
{
	return len >= n + PLACE_ENDING_MIN_STEM && memcmp(w + len - n, ending, n) == 0;
}

/* Does an unknown name end like a place (data: place_ending; Hatfield, not Mittweida)? */
static bool
has_place_ending(const gt_doc *doc, uint32_t k)
{
	size_t		len;
	const char *w = gt_tok_text(doc, k, &len);

	return gt_wordset_first_match(GT_WS_PLACE_ENDING, w, len, ends_in_place_ending) > 0;
}

/* Does any of tokens [first, end) stand in capitals (more than three letters)? */
static bool
has_shouted_word(const gt_doc *doc, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
		if ((doc->tokens[k].flags & GT_TF_ALL_UPPER) &&
			doc->tokens[k].span.char_end - doc->tokens[k].span.char_start > ACRONYM_MAX_SHOUT)
			return true;
	return false;
}

/*
 * Rule: a capitalised word inside a sentence that no dictionary knows and
 * that is no compound of ordinary nouns is a name: an acronym is an
 * organisation, as is a name after a noun that introduces one ("der
 * Konzern Bombardier"); a word with a place ending is a place, two or three
 * such words a person; a single other word is left alone.
 */
static bool
rule_unknown_name(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	const gt_token *t = &doc->tokens[k];
	uint32_t	end = k + 1;
	gt_kind		kind = GT_KIND_PERSON;

	if (t->flags & (GT_TF_SENT_START | GT_TF_LINE_START | GT_TF_HAS_DIGIT))
		return false;
	if (k > 0 && (doc->tokens[k - 1].kind == GT_TOK_QUOTE_OPEN ||
				  gt_tok_punct(doc, k - 1, ':')))
		return false;
	if (!gt_is_name_candidate(r, k))
		return false;
	while (end < doc->ntokens && end - k < UNKNOWN_NAME_MAX_WORDS && r->owner[end] < 0 &&
		   gt_tok_same_sentence(doc, k, end) && (doc->tokens[end].flags & GT_TF_SPACE_BEFORE) &&
		   gt_is_name_candidate(r, end))
		end++;
	if (k > 0 && gt_introduces_org(r, k - 1) && gt_tok_same_sentence(doc, k - 1, k))
		kind = GT_KIND_ORGANIZATION;	/* "der Konzern Bombardier" */
	else if (end == k + 1 && (t->flags & GT_TF_ALL_UPPER))
	{
		if (!gt_is_plausible_acronym(r, k))
			return false;
		kind = GT_KIND_ORGANIZATION;
	}
	else if (has_place_ending(doc, end - 1))
		kind = GT_KIND_PLACE;
	else if (end == k + 1 || has_shouted_word(doc, k, end))
		return false;			/* one unknown word alone, or a shouted headline */
	add_named(r, k, end, kind, GT_EV_RULE_UNKNOWN_NAME);
	return true;
}

/* Rule: a place head before a known place becomes part of it ("Kreis Gießen"). */
static bool
rule_place_head(gt_recognizer *r, uint32_t k)
{
	int32_t		mi;
	gt_mention *m;

	if (k + 1 >= r->doc->ntokens || r->owner[k] >= 0 || !gt_tok_in(r->doc, k, GT_WS_PLACE_HEAD) ||
		!gt_tok_same_sentence(r->doc, k, k + 1))
		return false;
	mi = r->owner[k + 1];
	if (mi < 0 || r->mentions[mi].kind != GT_KIND_PLACE ||
		r->mentions[mi].first_token != k + 1)
		return false;
	m = &r->mentions[mi];
	m->first_token = k;
	m->span = gt_tokens_span(r->doc, k, m->end_token);
	m->canonical = gt_span_name(r, m->span);
	if (!m->canonical)
		r->status = GT_ENOMEM;
	m->evidence = GT_EV_RULE_PLACE_HEAD;
	r->owner[k] = mi;
	return true;
}

/* The third pass: names by rule, in order of the strength of evidence. */
void
gt_pass_name_rules(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;

	for (uint32_t k = 0; k < doc->ntokens && r->status == GT_OK; k++)
	{
		gt_tick(r->env, k + 1);
		if (doc->tokens[k].kind != GT_TOK_WORD)
			continue;
		/* every rule but a lower-case org tail (plc, e.V.) needs a capital */
		if (!(doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
		{
			rule_org_tail(r, k);
			continue;
		}
		if (r->owner[k] < 0 && rule_first_name(r, k))
			continue;
		if (rule_org_after_introducer(r, k))
			continue;
		if (rule_place_head(r, k))
			continue;
		if (rule_role_before(r, k))
			continue;
		if (rule_org_head(r, k) || rule_org_tail(r, k))
			continue;
		if (r->owner[k] >= 0)
			continue;
		if (rule_role_after(r, k))
			continue;
		if (!rule_place_after_preposition(r, k))
			rule_unknown_name(r, k);
	}
}
