/*
 * entity_rules.c — names the lexicon does not know, found by rule:
 * first name + surname, role noun + name ("Sprecher Pat Ryder"), name +
 * ", der Sprecher …", organisation patterns ("Universität Hamburg",
 * "Siemens AG"), and places after a place preposition ("in Kandahar").
 */
#include "entities_internal.h"

#include <string.h>

/* Are tokens a and b in the same sentence? */
static bool
same_sentence(const gt_doc *doc, uint32_t a, uint32_t b)
{
	return a < doc->ntokens && b < doc->ntokens &&
		doc->tokens[a].sentence == doc->tokens[b].sentence;
}

/* Can token k continue a person's name (surname or middle part)? */
static bool
continues_name(gt_recognizer *r, uint32_t k, bool after_first_name)
{
	const gt_token *t;

	if (k >= r->doc->ntokens || r->owner[k] >= 0 || !gt_tok_is_cap_word(r->doc, k))
		return false;
	t = &r->doc->tokens[k];
	if (!(t->flags & GT_TF_SPACE_BEFORE))
		return false;
	if (gt_token_is_function_word(r->doc, r->lex, k))
		return false;
	if (t->flags & GT_TF_ABBREV)		/* an initial: George W. Bush */
		return after_first_name &&
			t->span.char_end - t->span.char_start == 2;
	if (after_first_name)
		return !gt_role_at(r, k).is_role;
	return gt_is_name_candidate(r, k);
}

/* Extend a name from token `end` over surnames and particles; new end. */
static uint32_t
extend_name(gt_recognizer *r, uint32_t first, uint32_t end, bool after_first)
{
	const gt_doc *doc = r->doc;

	while (end < doc->ntokens && end - first < GT_MAX_NAME_TOKENS &&
		   same_sentence(doc, first, end))
	{
		if (continues_name(r, end, after_first))
			end++;
		else if (gt_is_name_particle(doc, end) && end + 1 < doc->ntokens &&
				 continues_name(r, end + 1, true) && end > first)
			end += 2;
		else
			break;
	}
	return end;
}

/* Record a person found by rule over tokens [first, end). */
static gt_mention *
add_person(gt_recognizer *r, uint32_t first, uint32_t end, uint8_t gender,
		   const char *evidence)
{
	gt_span		span = gt_tokens_span(r->doc, first, end);
	const char *canonical = gt_arena_strndup(r->arena, r->doc->text + span.byte_start,
											 span.byte_end - span.byte_start);
	gt_mention *m;

	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return NULL;
	}
	m = gt_add_mention(r, first, end, span, GT_KIND_PERSON, GT_FORM_NAME,
					   canonical, "", evidence);
	if (m)
	{
		m->gender = gender;
		gt_claim(r, first, end, (int32_t) (r->nmentions - 1));
	}
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
	return add_person(r, k, end, gender, "rule:firstname+surname") != NULL;
}

/* Rule: a role noun followed by a name ("Botschafter Nebensja"). */
static bool
rule_role_before(gt_recognizer *r, uint32_t k)
{
	gt_role_info role;
	uint32_t	end;

	if (k + 1 >= r->doc->ntokens || r->owner[k + 1] >= 0 ||
		!same_sentence(r->doc, k, k + 1))
		return false;
	role = gt_role_at(r, k);
	if (!role.is_role)
		return false;
	end = extend_name(r, k + 1, k + 1, false);
	if (end == k + 1)
		return false;
	return add_person(r, k + 1, end, role.gender == GT_GENDER_PLURAL ? 0 : role.gender,
					  "rule:role-apposition") != NULL;
}

/* Rule: a name followed by ", der Sprecher …" or ", Sprecherin des …". */
static bool
rule_role_after(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = extend_name(r, k, k, false);
	uint32_t	j;
	gt_role_info role;

	if (end == k || end >= doc->ntokens || !gt_tok_is(doc, end, ","))
		return false;
	j = end + 1;
	if (gt_tok_is(doc, j, "der") || gt_tok_is(doc, j, "die"))
		j++;
	if (!same_sentence(doc, k, j))
		return false;
	role = gt_role_at(r, j);
	if (!role.is_role)
		return false;
	return add_person(r, k, end, role.gender == GT_GENDER_PLURAL ? 0 : role.gender,
					  "rule:role-postposition") != NULL;
}

/* Record an organisation found by pattern over tokens [first, end). */
static void
add_org(gt_recognizer *r, uint32_t first, uint32_t end)
{
	gt_span		span = gt_tokens_span(r->doc, first, end);
	const char *canonical = gt_arena_strndup(r->arena, r->doc->text + span.byte_start,
											 span.byte_end - span.byte_start);

	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return;
	}
	if (gt_add_mention(r, first, end, span, GT_KIND_ORGANIZATION, GT_FORM_NAME,
					   canonical, "", "rule:org-pattern"))
		gt_claim(r, first, end, (int32_t) (r->nmentions - 1));
}

/* Is token k an organisation-pattern word of a position? */
static bool
token_is_org_pattern(gt_recognizer *r, uint32_t k, const char *position)
{
	char		key[GT_KEY_MAX];
	size_t		klen = gt_tokens_key(r->doc, k, k + 1, key, sizeof(key));

	return klen != (size_t) -1 && klen > 0 &&
		gt_is_org_pattern(r, key, klen, position);
}

/* Rule: "Universität Hamburg", "Institut für Weltwirtschaft", "FC Bayern". */
static bool
rule_org_head(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = k + 1;

	if (!token_is_org_pattern(r, k, "head"))
		return false;
	if (gt_tok_is(doc, end, "für") || gt_tok_is(doc, end, "der") ||
		gt_tok_is(doc, end, "des"))
		end++;
	while (end < doc->ntokens && end - k < 6 && same_sentence(doc, k, end) &&
		   gt_tok_is_cap_word(doc, end) &&
		   !gt_token_is_function_word(doc, r->lex, end))
	{
		end++;
		if (gt_tok_is(doc, end, "und") && gt_tok_is_cap_word(doc, end + 1))
			end++;
	}
	if (!gt_tok_is_cap_word(doc, end - 1) || end == k + 1)
		return false;
	for (uint32_t j = k; j < end; j++)
		if (r->owner[j] >= 0 && doc->tokens[j].kind == GT_TOK_WORD &&
			r->mentions[r->owner[j]].kind != GT_KIND_PLACE)
			return false;
	gt_drop_mentions(r, k, end);
	add_org(r, k, end);
	return true;
}

/* Rule: capitalised words ending in AG, GmbH, Bank, Partei … */
static bool
rule_org_tail(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	first = k;
	bool		evidence = false;

	if (!token_is_org_pattern(r, k, "tail"))
		return false;
	while (first > 0 && k - first < 4 && same_sentence(doc, first - 1, k) &&
		   gt_tok_is_cap_word(doc, first - 1) &&
		   !gt_token_is_function_word(doc, r->lex, first - 1) &&
		   !(doc->tokens[first - 1].flags & GT_TF_SENT_START && r->owner[first - 1] < 0 &&
			 gt_token_is_common(doc, r->lex, first - 1, true)))
	{
		first--;
		if (r->owner[first] >= 0 || gt_is_name_candidate(r, first))
			evidence = true;
	}
	if (first == k || !evidence)
		return false;
	gt_drop_mentions(r, first, k + 1);
	add_org(r, first, k + 1);
	return true;
}

/* Prepositions that introduce a place. */
static bool
is_place_preposition(const gt_doc *doc, uint32_t k)
{
	return gt_tok_is(doc, k, "in") || gt_tok_is(doc, k, "aus") ||
		gt_tok_is(doc, k, "nach") || gt_tok_is(doc, k, "bei") ||
		gt_tok_is(doc, k, "nahe") || gt_tok_is(doc, k, "In") ||
		gt_tok_is(doc, k, "Aus");
}

/* Rule: an unknown name right after in/aus/nach/bei ("in Kandahar"). */
static bool
rule_place_after_preposition(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	end = k + 1;
	gt_span		span;
	const char *canonical;

	if (k == 0 || !is_place_preposition(doc, k - 1) || !same_sentence(doc, k - 1, k) ||
		!gt_is_name_candidate(r, k) || gt_is_first_name(r, k, NULL))
		return false;
	if (end < doc->ntokens && r->owner[end] < 0 && same_sentence(doc, k, end) &&
		gt_is_name_candidate(r, end))
		end++;
	span = gt_tokens_span(doc, k, end);
	canonical = gt_arena_strndup(r->arena, doc->text + span.byte_start,
								 span.byte_end - span.byte_start);
	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return false;
	}
	if (gt_add_mention(r, k, end, span, GT_KIND_PLACE, GT_FORM_NAME, canonical,
					   "", "rule:place-preposition"))
		gt_claim(r, k, end, (int32_t) (r->nmentions - 1));
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
		if (r->owner[k] < 0 && rule_first_name(r, k))
			continue;
		if (rule_role_before(r, k))
			continue;
		if (rule_org_head(r, k) || rule_org_tail(r, k))
			continue;
		if (r->owner[k] >= 0)
			continue;
		if (rule_role_after(r, k))
			continue;
		rule_place_after_preposition(r, k);
	}
}
