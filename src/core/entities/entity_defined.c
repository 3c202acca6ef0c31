/*
 * entity_defined.c — an organisation's name that the text defines by its
 * abbreviation: "der Verein für Konsumenteninformation (VKI)", "das
 * Arbeitsmarktservice (AMS)", "des Obersten Gerichtshofs (OGH)". German news
 * gives an organisation's full name once, with the abbreviation in
 * brackets, and the abbreviation alone after that; the tagger often finds
 * the short word (an organisation) and misses the long name. When the
 * bracketed word is an organisation's mention and the capitalised words
 * right before the bracket abbreviate to it (its letters in order among
 * theirs, the first the first: gt_tok_abbreviates), those words are that
 * organisation: the shortest such run, which may hold lower-case words
 * that join a name (für, der, und: data defined_name_link). A name the
 * lexicon gives the abbreviation is the long name's too (der Internationale
 * Währungsfonds (IWF) is the Internationaler Währungsfonds); otherwise the
 * name is its text, put in the nominative by the genitive pass after this
 * one. Nothing is taken from a person's name, a user's name or a mention
 * that reaches further left; a place's or country's word inside the name
 * (Deutschen, Wiener) becomes part of it. Runs after the tagger, so that
 * its features never see this pass; evidence rule:abbreviation-name.
 * Linking (link_abbreviations.c) then makes every later abbreviation the
 * name.
 */
#include "entities/entities_internal.h"

#include <string.h>

/* The most tokens a defined name has (Organisation für das Verbot von Chemiewaffen: 7). */
#define DEFINED_NAME_MAX_TOKENS 10

/*
 * Is token k a word that makes a name an organisation's: an organisation
 * word of the lexicon (AG, GmbH, Universität; not a noun that only
 * introduces one, as Unternehmen: Einpersonen-Unternehmen (EPU)), or
 * a word that ends, in lower case and with or without a genitive -s or
 * -es, in a noun of data defined_name_head (Verein, Bundesamts,
 * Naturschutzbund, Association)?
 */
static bool
organisation_word(gt_recognizer *r, uint32_t k)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);
	char		low[GT_KEY_MAX];
	size_t		n = gt_lower_all(w, len, low, sizeof(low));

	if (gt_is_org_word(r, k, true) || gt_is_org_word(r, k, false))
		return true;
	if (n == (size_t) -1)
		return false;
	/* the word as it is, without a genitive -s, without a genitive -es */
	for (size_t cut = 0; cut <= 2 && cut < n; cut++)
	{
		if ((cut >= 1 && low[n - 1] != 's') || (cut == 2 && low[n - 2] != 'e'))
			break;
		if (gt_wordset_first_match(GT_WS_DEFINED_NAME_HEAD, low, n - cut, gt_word_ends_in) > 0)
			return true;
	}
	return false;
}

/*
 * The head of the name [first, end): its last capitalised word before the
 * first word that joins an attribute to it (für, der, of: data
 * defined_name_link; "und" joins parts of the head, data defined_name_join:
 * Rundfunk und Telekom Regulierungs-GmbH), or its last.
 */
static uint32_t
name_head(const gt_doc *doc, uint32_t first, uint32_t end)
{
	uint32_t	head = first;

	for (uint32_t k = first; k < end; k++)
	{
		if (gt_tok_in(doc, k, GT_WS_DEFINED_NAME_LINK))
			break;
		if (gt_tok_cap_word(doc, k))
			head = k;
	}
	return head;
}

/* Is the mention at the bracketed token k a one-word organisation name? */
static const gt_mention *
bracketed_organisation(const gt_recognizer *r, uint32_t k)
{
	const gt_mention *m = r->owner[k] >= 0 ? &r->mentions[r->owner[k]] : NULL;

	return m && m->kind == GT_KIND_ORGANIZATION && m->form == GT_FORM_NAME &&
		m->first_token == k && m->end_token == k + 1 ? m : NULL;
}

/* May token k stand inside a defined name: a capitalised word, or a word that joins one (für, und)? */
static bool
name_word(const gt_doc *doc, uint32_t k)
{
	return doc->tokens[k].kind == GT_TOK_WORD &&
		(gt_tok_cap_word(doc, k) || gt_tok_in(doc, k, GT_WS_DEFINED_NAME_LINK) ||
		 gt_tok_in(doc, k, GT_WS_DEFINED_NAME_JOIN));
}

/*
 * The first token of the shortest name before the bracket at token open
 * that abbreviation token open + 1 abbreviates, or -1: it starts with a
 * capitalised word that is no function word (Der, Laut), and every token
 * from it to the bracket is a name word of the same sentence.
 */
static int64_t
defined_start(gt_recognizer *r, uint32_t open)
{
	const gt_doc *doc = r->doc;
	size_t		end = doc->tokens[open - 1].span.byte_end;

	if (!gt_tok_cap_word(doc, open - 1))
		return -1;
	for (uint32_t k = open; k-- > 0 && open - k <= DEFINED_NAME_MAX_TOKENS;)
	{
		if (!name_word(doc, k) || !gt_tok_same_sentence(doc, k, open))
			return -1;
		if (gt_tok_cap_word(doc, k) && !gt_tok_in(doc, k, GT_WS_DEFINED_NAME_LINK) &&
			!gt_tok_in(doc, k, GT_WS_DEFINED_NAME_JOIN) &&
			!gt_is_function_word(r, k) &&
			gt_tok_abbreviates(doc, open + 1, doc->tokens[k].span.byte_start, end))
			return k;
	}
	return -1;
}

/*
 * May tokens [first, end) become one organisation: none is a person's or
 * the user's, no mention there reaches past them, and they are not one
 * organisation already?
 */
static bool
may_take(const gt_recognizer *r, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
	{
		const gt_mention *m = r->owner[k] >= 0 ? &r->mentions[r->owner[k]] : NULL;

		if (!m)
			continue;
		if (m->kind == GT_KIND_PERSON || gt_mention_is_user(m) || m->first_token < first || m->end_token > end)
			return false;
		if (m->kind == GT_KIND_ORGANIZATION && m->first_token == first && m->end_token == end)
			return false;
	}
	return true;
}

/* How many first letters two words share at least to be one word declined (Internationale, Internationaler). */
#define DECLINED_PREFIX_BYTES 4

/*
 * Is the text a[0..alen) the name b, declined: as many words, each pair
 * alike in its first DECLINED_PREFIX_BYTES letters in lower case (der
 * Internationale Währungsfonds is the lexicon's Internationaler
 * Währungsfonds; the Internet Watch Foundation is not, though both are IWF)?
 */
static bool
same_name_declined(const char *a, size_t alen, const char *b)
{
	char		la[GT_KEY_MAX];
	char		lb[GT_KEY_MAX];
	size_t		na = gt_lower_all(a, alen, la, sizeof(la));
	size_t		nb = gt_lower_all(b, strlen(b), lb, sizeof(lb));
	size_t		i = 0,
				j = 0;

	if (na == (size_t) -1 || nb == (size_t) -1)
		return false;
	while (i < na && j < nb)
	{
		size_t		wa = i,
					wb = j;

		while (wa < na && la[wa] != ' ')
			wa++;
		while (wb < nb && lb[wb] != ' ')
			wb++;
		if (wa - i < DECLINED_PREFIX_BYTES || wb - j < DECLINED_PREFIX_BYTES ?
			wa - i != wb - j || memcmp(la + i, lb + j, wa - i) != 0 :
			memcmp(la + i, lb + j, DECLINED_PREFIX_BYTES) != 0)
			return false;
		i = wa + (wa < na);
		j = wb + (wb < nb);
	}
	return i >= na && j >= nb;
}

/* Make tokens [first, end) the organisation the abbreviation mention abbr names. */
static void
define_name(gt_recognizer *r, uint32_t first, uint32_t end, const gt_mention *abbr)
{
	gt_span		span = gt_tokens_span(r->doc, first, end);
	const char *text = r->doc->text + span.byte_start;
	bool		lexicon = abbr->evidence <= GT_EV_LEXICON_OTHER &&
		same_name_declined(text, span.byte_end - span.byte_start, abbr->canonical);
	const char *canonical = lexicon ? abbr->canonical : gt_span_name(r, span);
	char		country[3];

	memcpy(country, lexicon ? abbr->country : "", lexicon ? sizeof(country) : 1);
	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return;
	}
	gt_drop_mentions(r, first, end);
	if (gt_add_mention(r, first, end, span, GT_KIND_ORGANIZATION, GT_FORM_NAME, canonical, country,
					   GT_EV_RULE_ABBREVIATION_NAME))
		gt_claim(r, first, end, (int32_t) (r->nmentions - 1));
}

_Static_assert(GT_EV_LEXICON_PERSON == 0, "the built-in lexicon's evidence values come first");

/* Find the organisations' names the document defines by an abbreviation in brackets. */
void
gt_pass_defined_names(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;

	for (uint32_t open = 1; open + 2 < doc->ntokens && r->status == GT_OK; open++)
	{
		const gt_mention *abbr;
		int64_t		first;

		gt_tick(r->env, open);
		if (doc->tokens[open].kind != GT_TOK_PUNCT || !gt_tok_punct(doc, open, '(') || !gt_tok_punct(doc, open + 2, ')') ||
			!gt_tok_same_sentence(doc, open, open + 2) || !gt_tok_abbreviation_like(doc, open + 1) ||
			(abbr = bracketed_organisation(r, open + 1)) == NULL)
			continue;
		first = defined_start(r, open);
		/* the name is an organisation's by its head (Verein für …), or the lexicon or tagger says the word is one */
		if (first >= 0 && may_take(r, (uint32_t) first, open) &&
			(abbr->evidence != GT_EV_RULE_UNKNOWN_NAME || organisation_word(r, name_head(doc, (uint32_t) first, open))))
			define_name(r, (uint32_t) first, open, abbr);
	}
}
