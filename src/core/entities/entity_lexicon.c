/*
 * entity_lexicon.c — the first pass: names the lexicons know, longest
 * match first (Vereinigte Staaten von Amerika before Vereinigte Staaten);
 * after the tagger, the same names with weak adjectives (das Weiße Haus).
 */
#include "entities/entities_internal.h"

#include <string.h>

/* The evidence of a lexicon entry: its kind, from the user gazetteer or not. */
static gt_evidence
lexicon_evidence(const gt_lex_entry *e)
{
	bool		user = (e->flags & GT_LF_USER) != 0;

	switch (e->kind)
	{
		case GT_KIND_NONE:
			return GT_EV_LEXICON_OTHER;
		case GT_KIND_PERSON:
			return user ? GT_EV_USER_PERSON : GT_EV_LEXICON_PERSON;
		case GT_KIND_ORGANIZATION:
			return user ? GT_EV_USER_ORGANIZATION : GT_EV_LEXICON_ORGANIZATION;
		case GT_KIND_COUNTRY:
			return user ? GT_EV_USER_COUNTRY : GT_EV_LEXICON_COUNTRY;
		default:
			return user ? GT_EV_USER_PLACE : GT_EV_LEXICON_PLACE;
	}
}

/*
 * Pick the entity entry a match stands for, or NULL if none fits here. A
 * name as written wins over another name's inflected form (the
 * organisation Hamas over the genitive of the city Hama).
 */
static const gt_lex_entry *
choose_entry(gt_recognizer *r, const gt_match *m)
{
	const gt_doc *doc = r->doc;
	bool		after_prep = m->first > 0 &&
		doc->tokens[m->first - 1].sentence == doc->tokens[m->first].sentence &&
		gt_tok_in(doc, m->first - 1, GT_WS_PLACE_CONTEXT);

	for (int inflected = 0; inflected <= 1; inflected++)
		for (size_t i = 0; i < m->n; i++)
		{
			const gt_lex_entry *e = &m->entries[i];

			if (e->type != GT_LEX_ENTITY || e->form == GT_FORM_COMPOUND ||
				((e->flags & GT_LF_INFLECTED) != 0) != (inflected != 0))
				continue;
			if ((e->flags & GT_LF_AMBIGUOUS) && !after_prep)
				continue;
			/* a famous surname after another first name: "Peter Lindner" */
			if ((e->flags & GT_LF_SHORT_FORM) && m->first > 0 &&
				gt_is_first_name(r, m->first - 1, NULL))
				continue;
			return e;
		}
	return NULL;
}

/* Is a one-token match a capitalised ordinary word at a sentence start? */
static bool
is_sentence_initial_word(gt_recognizer *r, const gt_match *m,
						 const gt_lex_entry *e)
{
	const gt_token *t = &r->doc->tokens[m->first];

	if (m->end - m->first != 1 || !(t->flags & GT_TF_SENT_START))
		return false;
	if (e->form != GT_FORM_NAME || (e->flags & GT_LF_USER))
		return false;
	return gt_is_function_word(r, m->first);
}

/* Record a lexicon match as a mention and claim its tokens. */
static void
add_lexicon_mention(gt_recognizer *r, const gt_match *m, const gt_lex_entry *e)
{
	gt_mention *mention;

	mention = gt_add_mention(r, m->first, m->end,
							 gt_tokens_span(r->doc, m->first, m->end),
							 (gt_kind) e->kind, (gt_form) e->form,
							 e->canonical, e->country, lexicon_evidence(e));
	if (!mention)
		return;
	mention->gender = e->gender;
	mention->sense = (e->flags & GT_LF_CANDIDATE) ? e->sub : GT_SENSE_NONE;
	gt_claim(r, m->first, m->end, (int32_t) (r->nmentions - 1));
}

/* The first pass: names the lexicons know. */
void
gt_pass_lexicon(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;
	uint32_t	k = 0;

	while (k < doc->ntokens && r->status == GT_OK)
	{
		gt_match	m;
		const gt_lex_entry *e;
		gt_lex_entry own[GT_MAX_ENTRIES];
		size_t		own_n = 0;
		bool		found;

		gt_tick(r->env, k + 1);
		if ((doc->tokens[k].kind != GT_TOK_WORD && doc->tokens[k].kind != GT_TOK_NUMBER) ||
			r->owner[k] >= 0)
		{
			k++;
			continue;
		}
		found = gt_longest_entity_match(doc, r->lex, k, &m, own, &own_n);
		if (own_n != GT_NOT_LOOKED_UP && doc->tokens[k].kind == GT_TOK_WORD)
			gt_note_token_entries(r, k, own, own_n);
		/* a number starts a name of several words only (1. FC Köln), never is one */
		if (found && doc->tokens[k].kind == GT_TOK_NUMBER && m.end - m.first < 2)
			found = false;
		if (!found)
		{
			k++;
			continue;
		}
		e = choose_entry(r, &m);
		if (!e || is_sentence_initial_word(r, &m, e))
		{
			k++;
			continue;
		}
		add_lexicon_mention(r, &m, e);
		k = m.end;
	}
}

/* Is the text of tokens [first, end) a name a user gazetteer suppresses? */
static bool
is_suppressed(gt_recognizer *r, uint32_t first, uint32_t end)
{
	char		key[GT_KEY_MAX];
	size_t		len = gt_tokens_key(r->doc, first, end, key, sizeof(key));

	if (len == (size_t) -1 || len == 0)
		return false;
	/*
	 * The user gazetteers come before the built-in lexicon, which is last;
	 * a hide record voids the key in the user gazetteers after its own.
	 */
	for (size_t li = 0; li + 1 < r->lex->n; li++)
	{
		gt_lex_entry e[GT_MAX_ENTRIES];
		size_t		n = gt_lexicon_find(r->lex->items[li], key, len, e, GT_MAX_ENTRIES);
		bool		hides = false;

		for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		{
			if (e[i].flags & GT_LF_SUPPRESS)
				return true;
			hides |= e[i].type == GT_LEX_HIDE;
		}
		if (hides)
			break;
	}
	return false;
}

/*
 * The last pass: a name a user gazetteer suppresses is no finding,
 * whichever pass found it (a rule, the tagger, propagation, linking).
 */
void
gt_pass_suppress(gt_recognizer *r)
{
	if (r->lex->n < 2)
		return;					/* no user gazetteer */
	for (size_t i = 0; i < r->nmentions; i++)
	{
		gt_mention *m = &r->mentions[i];

		gt_tick(r->env, i + 1);
		if (m->kind != GT_KIND_NONE && m->form != GT_FORM_COMPOUND && !gt_mention_is_user(m) &&
			is_suppressed(r, m->first_token, m->end_token))
			gt_drop_mention(r, (int32_t) i);
	}
}

/*
 * May a lexicon name take tokens [first, end): every mention there lies
 * inside them, none is the user's or a name the lexicon found as written
 * (a country's adjective inside, Österreichische, may go; so may the
 * tagger's name over the same words)?
 */
static bool
may_take_weak(const gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
	{
		const gt_mention *m = r->owner[k] >= 0 ? &r->mentions[r->owner[k]] : NULL;

		if (m && (gt_mention_is_user(m) || m->first_token < first || m->end_token > end ||
				  (m->evidence <= GT_EV_LEXICON_OTHER && m->form == GT_FORM_NAME)))
			return false;
	}
	return true;
}

_Static_assert(GT_EV_LEXICON_PERSON == 0, "the built-in lexicon's evidence values come first");

/* The strong endings a weak adjective's lexicon form may have: masculine -er, neuter -es (Europäischer, Weißes). */
static const char strong_endings[] = {'r', 's'};

/*
 * Names the lexicons know whose weak adjectives stand after a definite
 * article, or a preposition fused with one (ins Weiße Haus; after im or vom
 * the adjective ends in -en, a form the lexicon lists itself): "das Weiße
 * Haus" is the lexicon's Weißes Haus, "der Islamische Staat" its
 * Islamischer Staat, "der Österreichische Gewerkschaftsbund" its
 * Österreichischer Gewerkschaftsbund. The lexicon lists names in the
 * nominative without article (and their -en forms); this pass, after the
 * tagger (whose features it does not change), looks the weak form up with
 * the strong ending. The lexicon's name wins over the tagger's over the
 * same words and over a country adjective inside it.
 */
void
gt_pass_weak_lexicon_names(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;

	for (uint32_t k = 1; k < doc->ntokens && r->status == GT_OK; k++)
	{
		const gt_token *t = &doc->tokens[k];

		gt_tick(r->env, k);
		/* the cheap tests first: a word ending in -e (Weiße), after an article */
		if (t->kind != GT_TOK_WORD || doc->text[t->span.byte_end - 1] != 'e' || !gt_tok_cap_word(doc, k) ||
			!(gt_tok_in(doc, k - 1, GT_WS_DEFINITE_ARTICLE) || gt_tok_in(doc, k - 1, GT_WS_FUSED_ARTICLE)) ||
			!gt_tok_same_sentence(doc, k - 1, k))
			continue;
		for (size_t i = 0; i < sizeof(strong_endings); i++)
		{
			gt_match	m;
			const gt_lex_entry *e;

			if (!gt_weak_entity_match(doc, r->lex, k, strong_endings[i], &m) ||
				(e = choose_entry(r, &m)) == NULL || !may_take_weak(r, m.first, m.end))
				continue;
			gt_drop_mentions(r, m.first, m.end);
			add_lexicon_mention(r, &m, e);
			break;
		}
	}
}
