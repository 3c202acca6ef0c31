/*
 * entity_genitive.c — an organisation's name the text found in the
 * genitive gets its name in the nominative: "des Bundeskriminalamtes" is
 * the Bundeskriminalamt, "des Instituts für Nationales Gedenken" the
 * Institut für Nationales Gedenken, "des Deutschen Archäologischen
 * Instituts" the Deutsche Archäologische Institut (the adjectives as after
 * "das", the form a nominative mention of the same name has). Canonical
 * names carry no genitive, and the document's mentions of one organisation
 * in different cases become one entity.
 *
 * Only after a genitive determiner (des, eines, seines: data/wordsets.tsv),
 * only for names the tagger or a rule found whose canonical name is their
 * text (a lexicon's or the user's name has its own), and only when the head
 * noun's bare form is an ordinary noun the lexicon knows, as a word or as
 * a compound's tail (Tierschutzvereins: Verein). The head is the last
 * capitalised word before the name's first lower-case word (für, der, von)
 * or its end; the capitalised words before it that end in -en and are
 * adjectives in lower case are weak adjectives (Deutschen -> Deutsche; not
 * Raiffeisen). Runs after the tagger and before propagation, so that a
 * repeat of the name takes the nominative too.
 *
 * The same adjectives in the other oblique cases lose their -n too: after
 * an article of the dative, of the feminine genitive or of the accusative
 * (dem, der, den, vom, zur: data oblique_name_article) "der Technischen
 * Universität Wien" is the Technische Universität Wien, "vom
 * Niederösterreichischen Jagdverband" the Niederösterreichische
 * Jagdverband; the head noun keeps its form. Not when the head noun is
 * plural, as the morphology tagger (syntax.h) reads it there: a plural's
 * adjectives end in -en in the nominative too (den Olympischen Spielen).
 */
#include "entities/entities_internal.h"
#include "syntax/syntax.h"

#include <string.h>

/* The shortest bare head noun (bytes) whose genitive ending is taken off: "Amtes" -> "Amt", not "Es" -> "". */
#define BARE_HEAD_MIN_BYTES 3

/* Does the lexicon know w[0..len) as an ordinary noun or an organisation word (Institut, Verlag)? */
static bool
known_noun(gt_recognizer *r, const char *w, size_t len)
{
	return gt_lexicons_have(r->lex, w, len, GT_LEX_COMMON_WORD) ||
		gt_lexicons_have(r->lex, w, len, GT_LEX_ORG_PATTERN) || gt_word_tails(w, len).noun;
}

/*
 * How many bytes of token k's genitive ending to take off (2 for -es, 1
 * for -s, 0 for none): the one whose bare form is a known noun; none for a
 * word whose -s is its nominative's (data: s_nominative; der Fonds).
 */
static size_t
genitive_ending(gt_recognizer *r, uint32_t k)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);

	if (gt_wordset_first_match(GT_WS_S_NOMINATIVE, w, len, gt_word_ends_in) > 0)
		return 0;
	if (len >= BARE_HEAD_MIN_BYTES + 2 && w[len - 1] == 's' && w[len - 2] == 'e' && known_noun(r, w, len - 2))
		return 2;
	if (len >= BARE_HEAD_MIN_BYTES + 1 && w[len - 1] == 's' && w[len - 2] != 's' && known_noun(r, w, len - 1))
		return 1;
	return 0;
}

/*
 * Is the capitalised word w[0..len) a weak adjective's genitive form inside
 * a name (Deutschen, Obersten, Burgenländischen): ending in -en, and in
 * lower case an ordinary word or a place's adjective the lexicon knows (a
 * lower-case name of the lexicon is an adjective; not Raiffeisen, not
 * Flughafen, whose -en is no ending)?
 */
static bool
weak_adjective(gt_recognizer *r, const char *w, size_t len)
{
	char		low[GT_KEY_MAX];
	size_t		n = len > 3 && w[len - 1] == 'n' && w[len - 2] == 'e' ?
		gt_lower_all(w, len, low, sizeof(low)) : (size_t) -1;

	return n != (size_t) -1 &&
		(gt_lexicons_have(r->lex, low, n, GT_LEX_COMMON_WORD) || gt_lexicons_have(r->lex, low, n, GT_LEX_ENTITY));
}

/* The head noun of mention m: the last capitalised word before its first lower-case word; -1 if none. */
static int64_t
head_token(const gt_doc *doc, const gt_mention *m)
{
	int64_t		head = -1;

	for (uint32_t k = m->first_token; k < m->end_token; k++)
	{
		if (doc->tokens[k].kind != GT_TOK_WORD || !gt_tok_cap_word(doc, k))
			break;
		head = k;
	}
	return head;
}

/* The nominative of mention m, whose head token is head with an ending of cut bytes, in the arena; NULL on ENOMEM. */
static const char *
nominative(gt_recognizer *r, const gt_mention *m, uint32_t head, size_t cut)
{
	const gt_doc *doc = r->doc;
	size_t		len = m->span.byte_end - m->span.byte_start;
	char	   *out = gt_arena_alloc(r->arena, len + 1);
	size_t		n = 0;
	size_t		from = m->span.byte_start;

	if (!out)
		return NULL;
	for (uint32_t k = m->first_token; k < m->end_token; k++)
	{
		size_t		end = doc->tokens[k].span.byte_end;
		size_t		wlen;
		const char *w = gt_tok_text(doc, k, &wlen);
		bool		adjective = k < head && gt_tok_cap_word(doc, k) && weak_adjective(r, w, wlen);
		size_t		drop = k == head ? cut : (adjective ? 1 : 0);

		/* the bytes up to this token's end (the space before it too), less what its ending loses */
		memcpy(out + n, doc->text + from, end - drop - from);
		n += end - drop - from;
		from = end;
	}
	memcpy(out + n, doc->text + from, m->span.byte_end - from);
	n += m->span.byte_end - from;
	/* as every name from the text: its white space one space (gt_span_name) */
	gt_collapse_spaces(out, n, out);
	return out;
}

/*
 * The first word of mention m after its leading capitalised weak
 * adjectives (Universität of Technischen Universität Wien), or -1 when it
 * has no such adjective or nothing after them.
 */
static int64_t
after_adjectives(gt_recognizer *r, const gt_mention *m)
{
	const gt_doc *doc = r->doc;
	uint32_t	k = m->first_token;

	while (k < m->end_token && gt_tok_cap_word(doc, k))
	{
		size_t		len;
		const char *w = gt_tok_text(doc, k, &len);

		if (!weak_adjective(r, w, len))
			break;
		k++;
	}
	return k > m->first_token && k < m->end_token && gt_tok_cap_word(doc, k) ? (int64_t) k : -1;
}

/*
 * Is the noun at token k plural, as the morphology tagger reads its
 * sentence? The syntax is set up on the first question (*ready), so that a
 * document with no such name pays nothing for it.
 */
static bool
plural_noun(gt_recognizer *r, gt_syntax *syn, bool *ready, uint32_t k)
{
	if (!*ready)
	{
		if (gt_syntax_init(syn, r->doc, r->lex, NULL, NULL) != GT_OK)
		{
			r->status = GT_ENOMEM;
			return true;
		}
		*ready = true;
	}
	return gt_morph_plural(gt_syntax_morph(syn, k)) || syn->status != GT_OK;
}

/* May mention m be declined here: a text-found organisation whose canonical name is its text, after a word of set? */
static bool
declined_after(gt_recognizer *r, const gt_mention *m, gt_wordset set)
{
	const gt_doc *doc = r->doc;
	uint32_t	first = m->first_token;

	return m->kind == GT_KIND_ORGANIZATION && m->form == GT_FORM_NAME && gt_mention_found_in_text(m) &&
		first > 0 && gt_tok_same_sentence(doc, first - 1, first) && gt_tok_in(doc, first - 1, set) &&
		gt_mention_canonical_is_text(r, m);
}

/* Give the organisations the text names in an oblique case their nominative names. */
void
gt_pass_genitive_names(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;
	gt_syntax	syn;
	bool		syntax_ready = false;

	for (size_t i = 0; i < r->nmentions && r->status == GT_OK; i++)
	{
		gt_mention *m = &r->mentions[i];
		int64_t		head = -1;
		size_t		cut = 0;
		const char *name;

		gt_tick(r->env, i + 1);
		if (declined_after(r, m, GT_WS_GENITIVE_DETERMINER))
		{
			head = head_token(doc, m);
			if (head < 0 || (cut = genitive_ending(r, (uint32_t) head)) == 0)
				continue;
		}
		else if (declined_after(r, m, GT_WS_OBLIQUE_NAME_ARTICLE))
		{
			int64_t		noun = after_adjectives(r, m);

			if (noun < 0 || plural_noun(r, &syn, &syntax_ready, (uint32_t) noun))
				continue;
			head = noun;		/* the adjectives before it lose their -n; it keeps its form */
		}
		else
			continue;
		name = nominative(r, m, (uint32_t) head, cut);
		if (!name)
			r->status = GT_ENOMEM;
		else
			m->canonical = name;
	}
	if (syntax_ready)
		gt_syntax_free(&syn);
}
