/*
 * quote_speakers.c — who is speaking: the noun phrase that is the subject
 * of a reporting verb (before it, or after it in an inverted clause), the
 * name after laut / so or before zufolge, resolved to an entity: a name
 * mention gives its canonical name, er / sie go back to the nearest person
 * of that gender (or to a group for plural sie), anything else stays the
 * role phrase as written. Every search is bounded by QT_WINDOW tokens.
 */
#include "quotes/quotes_internal.h"

#include <string.h>

/* A first-person subject continues the speech attributed up to this many sentences before (a paragraph's reach). */
#define FIRST_PERSON_CHAIN_SENTENCES 2
/* Adjectives a simple noun phrase may have before its noun. */
#define NP_MAX_ADJECTIVES 3
/* Nouns (or name words) a simple noun phrase may run over (Bundeskanzler Olaf Scholz). */
#define NP_MAX_NOUNS 6
/* Genitive or prepositional attributes a noun phrase may take (des Weißen Hauses). */
#define NP_MAX_ATTRIBUTES 2
/* Bytes of the shortest lower-case word read as an attributive adjective. */
#define ADJECTIVE_MIN_BYTES 4
/* Sentences back a pronoun may look for its antecedent. */
#define PRONOUN_MAX_SENTENCES 8
/* Adverbs skipped between a verb and the subject after it (sagte auch X). */
#define SUBJECT_MAX_ADVERBS 3
/* Tokens back from a comma to the name of an apposition (X, der Sprecher des …,). */
#define APPOSITION_LOOKBACK 8
/* Attributes between a role phrase and the comma of its name (der Leiter im Amt der Landesregierung in Wien, X): more are a clause of their own. */
#define APPOSITION_MAX_ATTRIBUTES 3
/* Tokens back from zufolge to the start of its source (der Meldung des Senders zufolge). */
#define POSTPOSITION_LOOKBACK 12
/* Tokens a parenthesis after a subject may hold ((SPD), (58)). */
#define PARENTHESIS_MAX_TOKENS 8
/* Sentence-initial joiners skipped before a subject (Und auch …). */
#define MAX_CLAUSE_JOINERS 2
/* Tokens after a clause start in which a verb-second verb is looked for. */
#define VERB_SECOND_WINDOW 16
/* The ending of an adverbial participle at a sentence start (Abschließend), and its shortest word. */
#define PARTICIPLE_SUFFIX "end"
#define PARTICIPLE_MIN_BYTES 6

/* Is the phrase at k a possible subject (not dative/genitive, not in a PP)? */
static bool
subject_start(qt_ctx *cx, uint32_t k)
{
	const gt_doc *doc = cx->doc;

	if (gt_tok_in(doc, k, GT_WS_OBLIQUE_DETERMINER))
		return false;
	return k == 0 || !gt_tok_lower_word(doc, k - 1) || !gt_token_is_function_word(doc, k - 1) ||
		gt_tok_in(doc, k - 1, GT_WS_SUBORDINATOR);
}

/* Is token k a personal pronoun that can speak (er, sie)? */
static bool
is_pronoun(const gt_doc *doc, uint32_t k)
{
	return gt_tok_in(doc, k, GT_WS_PRONOUN_HE) || gt_tok_in(doc, k, GT_WS_PRONOUN_SHE_THEY);
}

/*
 * Is token k a first-person subject pronoun (ich, wir) outside quotation
 * marks that stands in the speech attributed just before (so it names that
 * speaker)? Without such a speech it names nobody the text gives; inside
 * marks it is the quoted voice, and the frame outside names the speaker.
 */
static bool
first_person_in_chain(const qt_ctx *cx, uint32_t k)
{
	return gt_tok_in(cx->doc, k, GT_WS_FIRST_PERSON_PRONOUN) && !(cx->marks[k] & QT_TF_IN_MARKS) && cx->last.found &&
		cx->doc->tokens[k].sentence <= cx->last_sentence + FIRST_PERSON_CHAIN_SENTENCES;
}

/* Does a lower-case word look like an attributive adjective (-e, -en …)? */
static bool
looks_adjective(const gt_doc *doc, uint32_t k)
{
	size_t		n;
	const char *s;

	if (!gt_tok_lower_word(doc, k))
		return false;
	s = gt_tok_text(doc, k, &n);
	if (n < ADJECTIVE_MIN_BYTES)
		return false;
	return s[n - 1] == 'e' ||
		(s[n - 2] == 'e' && (s[n - 1] == 'n' || s[n - 1] == 'r' ||
							 s[n - 1] == 's' || s[n - 1] == 'm'));
}

/* Is token k a noun-like word: capitalised, not a function word, or a name? */
static bool
is_nounish(qt_ctx *cx, uint32_t k)
{
	const gt_doc *doc = cx->doc;

	if (cx->mention_at[k] >= 0)
		return true;
	if (doc->tokens[k].kind == GT_TOK_NUMBER)
		return false;
	return gt_tok_cap_word(doc, k) && !gt_token_is_function_word(doc, k);
}

/* One past a simple phrase: determiner? adjective* noun+; k when none. */
static uint32_t
simple_np_end(qt_ctx *cx, uint32_t k, uint32_t limit)
{
	const gt_doc *doc = cx->doc;
	uint32_t	j = k;
	uint32_t	nouns = 0;

	if (j < limit && gt_tok_in(doc, j, GT_WS_DETERMINER))
		j++;
	for (int a = 0; a < NP_MAX_ADJECTIVES && j < limit && looks_adjective(doc, j); a++)
		j++;
	while (j < limit && is_nounish(cx, j) && nouns < NP_MAX_NOUNS)
	{
		j++;
		nouns++;
	}
	return nouns ? j : k;
}

/*
 * One past the genitive and prepositional attributes (an attribute link
 * and a simple phrase, up to max of them) that follow a phrase ending at
 * end: "des Weißen Hauses", "im Amt der Landesregierung"; end when none.
 */
static uint32_t
attributes_end(qt_ctx *cx, uint32_t end, uint32_t limit, int max)
{
	const gt_doc *doc = cx->doc;

	for (int g = 0; g < max && end < limit; g++)
	{
		uint32_t	next;

		if (!gt_tok_in(doc, end, GT_WS_ATTRIBUTE_LINK) ||
			(!gt_tok_lower_word(doc, end) && !gt_tok_in(doc, end, GT_WS_CAPITAL_ATTRIBUTE_LINK)))
			break;
		next = simple_np_end(cx, end + 1, limit);
		if (next == end + 1)
			break;
		end = next;
	}
	return end;
}

/* One past the noun phrase starting at k (k itself when there is none). */
uint32_t
qt_np_end(qt_ctx *cx, uint32_t k, uint32_t limit)
{
	const gt_doc *doc = cx->doc;
	uint32_t	end;

	if (k >= limit)
		return k;
	if (is_pronoun(doc, k))
		return k + 1;
	/* "Dieser bestätigte": a demonstrative standing alone */
	if (gt_tok_in(doc, k, GT_WS_DEMONSTRATIVE) && k + 1 < limit && gt_tok_lower_word(doc, k + 1) &&
		!looks_adjective(doc, k + 1))
		return k + 1;
	end = simple_np_end(cx, k, limit);
	if (end == k)
		return k;
	/* genitive and prepositional attributes: des Weißen Hauses, von X */
	return attributes_end(cx, end, limit, NP_MAX_ATTRIBUTES);
}

/* Is the mention a speaker kind (person, organisation, country, place)? */
static bool
speaking_kind(const gt_mention *m)
{
	return m->kind != GT_KIND_NONE && m->form != GT_FORM_ADJECTIVE;
}

/* The best mention inside [first, end): a person first, else any speaker. */
static int32_t
best_mention(qt_ctx *cx, uint32_t first, uint32_t end)
{
	int32_t		any = -1;

	for (uint32_t k = first; k < end; k++)
	{
		int32_t		mi = cx->mention_at[k];
		const gt_mention *m;

		if (mi < 0)
			continue;
		m = &cx->ents->mentions[mi];
		if (!speaking_kind(m))
			continue;
		if (m->kind == GT_KIND_PERSON)
			return mi;
		if (any < 0)
			any = mi;
	}
	return any;
}

/* The gender of a mention, from the mention or its entity. */
static uint8_t
mention_gender(const qt_ctx *cx, const gt_mention *m)
{
	if (m->gender != GT_GENDER_UNKNOWN)
		return m->gender;
	if (m->entity < cx->ents->nentities)
		return cx->ents->entities[m->entity].gender;
	return GT_GENDER_UNKNOWN;
}

/* Is the verb form at v plural (sagten, betonen, haben)? */
static bool
plural_verb(const gt_doc *doc, uint32_t v)
{
	const char *s;
	size_t		n;

	if (v >= doc->ntokens || !gt_tok_lower_word(doc, v))
		return false;
	s = gt_tok_text(doc, v, &n);
	return n > 2 && s[n - 1] == 'n' && s[n - 2] == 'e';
}

/* Index of the last mention starting before token k, or -1 (binary search). */
static int64_t
mention_before(const qt_ctx *cx, uint32_t k)
{
	size_t		lo = 0,
				hi = cx->ents->nmentions;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (cx->ents->mentions[mid].first_token < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (int64_t) lo - 1;
}

/* Does mention m fit a pronoun (female / plural) at all? 2 = by gender. */
static int
pronoun_fit(const qt_ctx *cx, const gt_mention *m, bool female, bool plural)
{
	uint8_t		g;

	if (!speaking_kind(m) || m->form != GT_FORM_NAME)
		return 0;
	if (plural)
		return (m->kind == GT_KIND_ORGANIZATION || m->kind == GT_KIND_COUNTRY) ? 2 : 0;
	if (m->kind != GT_KIND_PERSON)
		return female && m->kind == GT_KIND_ORGANIZATION ? 1 : 0;
	g = mention_gender(cx, m);
	if ((female && g == GT_GENDER_FEMALE) || (!female && g == GT_GENDER_MALE))
		return 2;
	return g == GT_GENDER_UNKNOWN ? 1 : 0;
}

/*
 * The antecedent of er / sie at k: in the nearest sentence that has a
 * fitting mention, the leftmost one (the subject, as a rule) — so "Er" after
 * "Stoltenberg wies auf den Besuch von Putin hin" is Stoltenberg.
 */
static int32_t
resolve_pronoun(qt_ctx *cx, uint32_t k, uint32_t verb)
{
	const gt_doc *doc = cx->doc;
	bool		female = gt_tok_in(doc, k, GT_WS_PRONOUN_SHE_THEY);
	bool		plural = female && plural_verb(doc, verb != QT_NONE ? verb : k + 1);
	int64_t		i = mention_before(cx, k);
	int32_t		best = -1,
				weak = -1;
	uint32_t	best_sentence = 0;

	for (int n = 0; i >= 0 && n < QT_PRONOUN_WINDOW; i--, n++)
	{
		const gt_mention *m = &cx->ents->mentions[i];
		int			fit;

		gt_tick(cx->env, ++cx->ticks);
		if (doc->tokens[k].sentence - m->sentence > PRONOUN_MAX_SENTENCES)
			break;
		if (best >= 0 && m->sentence != best_sentence)
			break;
		fit = pronoun_fit(cx, m, female, plural);
		if (fit == 2)
		{
			best = (int32_t) i;
			best_sentence = m->sentence;
		}
		else if (fit == 1 && weak < 0)
			weak = (int32_t) i;
	}
	return best >= 0 ? best : weak;
}

/* Copy the text of tokens [first, end) into the arena, each run of white space one space (NULL on ENOMEM). */
static const char *
phrase_text(qt_ctx *cx, uint32_t first, uint32_t end)
{
	const gt_doc *doc = cx->doc;
	size_t		b0 = doc->tokens[first].span.byte_start;
	size_t		b1 = doc->tokens[end - 1].span.byte_end;
	char	   *s = gt_arena_alloc(cx->arena, b1 - b0 + 1);

	if (!s)
		cx->status = GT_ENOMEM;
	else
		gt_collapse_spaces(doc->text + b0, b1 - b0, s);
	return s;
}

/* Fill sp from a mention (its canonical name and entity). */
static void
speaker_from_mention(qt_ctx *cx, int32_t mi, qt_speaker *sp)
{
	const gt_mention *m = &cx->ents->mentions[mi];

	sp->kind = m->kind;
	sp->entity = (int32_t) m->entity;
	sp->text = m->canonical ? m->canonical : phrase_text(cx, m->first_token,
														 m->end_token);
}

/* An institution head of fewer bytes ends a compound only after a hyphen (EU-Rat, not Heirat). */
#define INSTITUTION_HEAD_MIN_TAIL 5

/*
 * Is s[0..n) a compound ending in the institution head[0..m) (a short head
 * only after a hyphen or one letter: EU-Rat, not Heirat), or the head with
 * its initial in any case?
 */
static bool
ends_in_institution(const char *s, size_t n, const char *head, size_t m)
{
	return (n > m && memcmp(s + n - m, head, m) == 0 &&
			(m >= INSTITUTION_HEAD_MIN_TAIL || n == m + 1 || s[n - m - 1] == '-')) ||
		(n == m && memcmp(s + 1, head + 1, m - 1) == 0);
}

/*
 * Does token k end in an institution noun (data: institution_head,
 * lower-case): a compound (Staatsanwaltschaft, EU-Rat) or the capitalised
 * noun itself (Polizei)?
 */
static bool
institution_noun(const gt_doc *doc, uint32_t k)
{
	return qt_cap_word_matches(doc, k, GT_WS_INSTITUTION_HEAD, ends_in_institution);
}

/*
 * Is the capitalised word w[0..n) a role noun of the lexicons, or a
 * compound that ends in one (Ex-Mitarbeiter, US-Experten, Atomexperte),
 * as the recogniser reads compounds (gt_word_tails)?
 */
static bool
role_word(qt_ctx *cx, const char *w, size_t n)
{
	char		buf[GT_KEY_MAX];
	size_t		len = gt_normalize_key(w, n, buf, sizeof(buf));

	if (len == (size_t) -1 || len == 0)
		return false;
	return gt_lexicons_have(cx->lex, buf, len, GT_LEX_ROLE) || gt_word_tails(w, n).role;
}

/* Is the head of the phrase at k a role noun (Sprecher, Ministerin)? */
static bool
role_head(qt_ctx *cx, uint32_t k, uint32_t end)
{
	const gt_doc *doc = cx->doc;

	if (k < end && gt_tok_in(doc, k, GT_WS_DETERMINER))
		k++;
	while (k < end && looks_adjective(doc, k))
		k++;
	if (k >= end)
		return false;
	if (cx->mention_at[k] >= 0)
		return true;
	if (gt_tok_cap_word(doc, k))
	{
		size_t		wlen;
		const char *w = gt_tok_text(doc, k, &wlen);

		if (role_word(cx, w, wlen))
			return true;
	}
	return institution_noun(doc, k);
}

/* Does the phrase [first, end) end in a capitalised role word (a compound of one: SPD-Politiker)? */
static bool
role_compound_head(qt_ctx *cx, uint32_t first, uint32_t end)
{
	size_t		n;
	const char *w;

	if (end <= first || !gt_tok_cap_word(cx->doc, end - 1))
		return false;
	w = gt_tok_text(cx->doc, end - 1, &n);
	return role_word(cx, w, n);
}

/* The lemma of the role noun at token k (data/roles.tsv), or NULL. */
static const char *
role_lemma(qt_ctx *cx, uint32_t k)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n;

	if (k >= cx->doc->ntokens || !gt_tok_cap_word(cx->doc, k))
		return NULL;
	n = gt_token_entries(cx->doc, cx->lex, k, e, GT_MAX_ENTRIES);
	for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		if (e[i].type == GT_LEX_ROLE)
			return e[i].canonical;
	return NULL;
}

/*
 * Does the word at k end in the word at w, its initial in either case (a
 * compound of it: Gewerkschaftssprecher ends in Sprecher)?
 */
static bool
ends_in_word(const gt_doc *doc, uint32_t k, uint32_t w)
{
	size_t		n,
				m;
	const char *a = gt_tok_text(doc, k, &n);
	const char *b = gt_tok_text(doc, w, &m);

	if (!gt_tok_cap_word(doc, k) || m < 2 || n <= m)
		return false;
	return memcmp(a + n - m + 1, b + 1, m - 1) == 0 && (a[n - m] == b[0] || a[n - m] == b[0] + ('a' - 'A'));
}

/* Are the words at k and w the same word as written? */
static bool
same_word(const gt_doc *doc, uint32_t k, uint32_t w)
{
	size_t		n,
				m;
	const char *a = gt_tok_text(doc, k, &n);
	const char *b = gt_tok_text(doc, w, &m);

	return n == m && memcmp(a, b, n) == 0;
}

/* Tokens from a person's role_token in which its role noun is looked for (die neue Ministerin …). */
#define ROLE_NOUN_SCAN 4

/*
 * The person the document introduced earlier with the role of a definite
 * role phrase ("der Verhandler" after "Der Verhandler der Gewerkschaft,
 * Peter Maier, …"): the nearest person mention before it whose role has
 * the same role noun; -1 if none.
 */
static int32_t
role_antecedent(qt_ctx *cx, uint32_t first, uint32_t end)
{
	const gt_doc *doc = cx->doc;
	uint32_t	head = first;
	const char *lemma = NULL;
	int64_t		i;

	if (!gt_tok_in(doc, first, GT_WS_DEFINITE_ARTICLE))
		return -1;
	for (uint32_t k = first + 1; k < end && head == first; k++)
	{
		size_t		n;
		const char *w = gt_tok_text(doc, k, &n);

		/* a role noun of the lexicon, or a compound ending in one (Psychotherapeutin) */
		if ((lemma = role_lemma(cx, k)) != NULL || (gt_tok_cap_word(doc, k) && role_word(cx, w, n)))
			head = k;
	}
	if (head == first)
		return -1;
	for (i = mention_before(cx, first); i >= 0 && first - cx->ents->mentions[i].first_token <
		 QT_PRONOUN_WINDOW * 4; i--)
	{
		const gt_mention *m = &cx->ents->mentions[i];

		gt_tick(cx->env, ++cx->ticks);
		if (m->kind != GT_KIND_PERSON || m->role_token < 0)
			continue;
		for (uint32_t k = (uint32_t) m->role_token; k < (uint32_t) m->role_token + ROLE_NOUN_SCAN &&
			 k < doc->ntokens && k != head; k++)
		{
			const char *other = role_lemma(cx, k);

			if ((other && lemma && strcmp(other, lemma) == 0) || same_word(doc, k, head) ||
				ends_in_word(doc, k, head))
				return (int32_t) i;
		}
	}
	return -1;
}

/*
 * A person's name the recogniser cut short: the name words the tagger
 * reads right after the mention in the same phrase belong to the speaker
 * ("Filep Karma" when only "Filep" was found).
 */
static void
extend_name(qt_ctx *cx, const gt_mention *m, uint32_t end, qt_speaker *sp)
{
	uint32_t	k = sp->end;

	if (m->kind != GT_KIND_PERSON)
		return;
	while (k < end && k < sp->end + NP_MAX_NOUNS && cx->mention_at[k] < 0 &&
		   gt_tok_cap_word(cx->doc, k) && gt_syntax_tag(&cx->syn, k) == GT_POS_NE &&
		   gt_syntax_chunk_at(&cx->syn, k) == gt_syntax_chunk_at(&cx->syn, sp->first))
		k++;
	if (k == sp->end)
		return;
	sp->end = k;
	sp->text = phrase_text(cx, sp->first, k);
}

/* Turn the noun phrase [first, end) into a resolved speaker. */
bool
qt_speaker_from_np(qt_ctx *cx, uint32_t first, uint32_t end, uint32_t verb,
				   qt_speaker *sp)
{
	int32_t		mi;

	memset(sp, 0, sizeof(*sp));
	sp->entity = -1;
	if (end <= first)
		return false;
	sp->found = true;
	sp->first = first;
	sp->end = end;
	sp->how = GT_SPK_WINDOW;
	/* "Da habe ich gemeint, …" in speech without marks: the speaker of that speech */
	if (end == first + 1 && first_person_in_chain(cx, first))
	{
		sp->agent = true;
		sp->text = cx->last.text;
		sp->kind = cx->last.kind;
		sp->entity = cx->last.entity;
		sp->how = GT_SPK_CHAIN;
		return true;
	}
	if (end == first + 1 && is_pronoun(cx->doc, first))
	{
		int32_t		ante = resolve_pronoun(cx, first, verb);

		sp->agent = true;
		sp->how = GT_SPK_PRONOUN;
		if (ante >= 0)
			speaker_from_mention(cx, ante, sp);
		else
			sp->text = phrase_text(cx, first, end);
		return true;
	}
	sp->agent = role_head(cx, first, end);
	mi = best_mention(cx, first, end);
	/* "der SPD-Politiker": a person of the party speaks, not the party its compound names */
	if (mi >= 0 && cx->ents->mentions[mi].form == GT_FORM_COMPOUND &&
		cx->ents->mentions[mi].kind != GT_KIND_PERSON && role_compound_head(cx, first, end))
		mi = -1;
	if (mi >= 0)
	{
		const gt_mention *m = &cx->ents->mentions[mi];

		sp->first = m->first_token;
		sp->end = m->end_token > m->first_token ? m->end_token : m->first_token + 1;
		/*
		 * a person or an organisation that ends a phrase without an article
		 * can speak, whatever the word before its name ("ICANN-Chef Paul
		 * Twomey"); not a genitive after a noun ("Der Besuch Putins zeigt")
		 */
		if ((m->kind == GT_KIND_PERSON || m->kind == GT_KIND_ORGANIZATION) && m->end_token == end &&
			!gt_tok_in(cx->doc, first, GT_WS_DETERMINER))
			sp->agent = true;
		speaker_from_mention(cx, mi, sp);
		extend_name(cx, m, end, sp);
		return true;
	}
	/* "der Verhandler": the person introduced with this role, named by the phrase */
	if (sp->agent && (mi = role_antecedent(cx, first, end)) >= 0)
	{
		speaker_from_mention(cx, mi, sp);
		sp->how = GT_SPK_ROLE;
		return true;
	}
	sp->kind = GT_KIND_NONE;
	sp->text = phrase_text(cx, first, end);
	return true;
}

/* The start of the clause that holds token v (after a comma, colon, quote). */
static uint32_t
clause_start(qt_ctx *cx, uint32_t v, uint32_t sfirst)
{
	const gt_doc *doc = cx->doc;
	uint32_t	lo = v > sfirst + QT_WINDOW ? v - QT_WINDOW : sfirst;

	for (uint32_t k = v; k > lo; k--)
	{
		const gt_token *t = &doc->tokens[k - 1];

		if (gt_tok_punct(doc, k - 1, ',') || gt_tok_punct(doc, k - 1, ':') ||
			gt_tok_punct(doc, k - 1, ';') || t->kind == GT_TOK_QUOTE_CLOSE ||
			t->kind == GT_TOK_QUOTE || t->kind == GT_TOK_QUOTE_OPEN ||
			(cx->marks[k - 1] & QT_TF_IN_QUOTE))
			return k;
	}
	return lo;
}

/* A noun phrase right after token k, skipping a few adverbs. */
static uint32_t
np_after(qt_ctx *cx, uint32_t k, uint32_t send, uint32_t *end)
{
	const gt_doc *doc = cx->doc;

	for (int skip = 0; skip < SUBJECT_MAX_ADVERBS && k < send; skip++, k++)
	{
		*end = qt_np_end(cx, k, send);
		if (*end > k && !gt_tok_in(doc, k, GT_WS_OBLIQUE_DETERMINER))
			return k;
		if (!gt_tok_in(doc, k, GT_WS_ADVERB_AFTER_VERB))
			break;
	}
	*end = k;
	return k;
}

/* Prefer the name before an apposition: "Pat Ryder, der Sprecher des …". */
static bool
apposition_name(qt_ctx *cx, uint32_t np_first, uint32_t sfirst,
				qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;
	uint32_t	lo = np_first > sfirst + APPOSITION_LOOKBACK ? np_first - APPOSITION_LOOKBACK : sfirst;

	if (np_first < sfirst + 2 || !gt_tok_punct(doc, np_first - 1, ','))
		return false;
	for (uint32_t k = np_first - 1; k > lo; k--)
	{
		int32_t		mi = cx->mention_at[k - 1];

		if (mi >= 0 && cx->ents->mentions[mi].kind == GT_KIND_PERSON)
		{
			bool		ok = qt_speaker_from_np(cx, cx->ents->mentions[mi].first_token,
											cx->ents->mentions[mi].end_token, QT_NONE, sp);

			sp->how = GT_SPK_APPOSITION;
			return ok;
		}
		if (gt_tok_punct(doc, k - 1, '.') || gt_tok_terminal(doc, k - 1))
			break;
	}
	return false;
}

/* Extend a subject phrase by a following name apposition: "der Sprecher, X,", "der Leiter im Amt, X". */
static void
prefer_name(qt_ctx *cx, uint32_t np_end, uint32_t send, qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;
	const gt_chunk *ch;
	qt_speaker	named;
	int32_t		mi;

	if (sp->kind != GT_KIND_NONE || np_end + 1 >= send)
		return;
	/* "der Leiter der Abteilung im Amt der Landesregierung, X": past the role phrase's attributes */
	np_end = attributes_end(cx, np_end, send, APPOSITION_MAX_ATTRIBUTES);
	if (np_end + 1 >= send || !gt_tok_punct(doc, np_end, ','))
		return;
	ch = gt_syntax_chunk_at(&cx->syn, np_end + 1);
	/* the person named in the phrase after the comma: "…, General George Casey" */
	for (uint32_t k = np_end + 1; k < (ch ? ch->core_end : np_end + 2) && k < send; k++)
	{
		mi = cx->mention_at[k];
		if (mi >= 0 && cx->ents->mentions[mi].kind == GT_KIND_PERSON &&
			qt_speaker_from_np(cx, cx->ents->mentions[mi].first_token,
							   ch && ch->core_end > cx->ents->mentions[mi].end_token ? ch->core_end :
							   cx->ents->mentions[mi].end_token, QT_NONE, &named))
		{
			*sp = named;
			sp->how = GT_SPK_APPOSITION;
			return;
		}
	}
	/* a name the recogniser missed, set off after a role: "der Direktor des Amtes, Smith Dharmmasaroj," */
	if (sp->agent && ch && ch->first == np_end + 1 && (ch->flags & GT_CH_NAME) &&
		!(ch->flags & GT_CH_DETERMINED) && ch->core_end < send &&
		(gt_tok_punct(doc, ch->core_end, ',') || gt_tok_terminal(doc, ch->core_end)))
	{
		memset(&named, 0, sizeof(named));
		named.found = named.agent = true;
		named.first = ch->first;
		named.end = ch->core_end;
		named.kind = GT_KIND_PERSON;
		named.entity = -1;
		named.how = GT_SPK_APPOSITION;
		named.text = phrase_text(cx, ch->first, ch->core_end);
		*sp = named;
	}
}

/* Can the phrase [first, end) speak: a pronoun, a name of a speaker kind, a role or an institution? */
static bool
phrase_agent(qt_ctx *cx, uint32_t first, uint32_t end)
{
	if (end == first + 1 && (is_pronoun(cx->doc, first) || first_person_in_chain(cx, first)))
		return true;
	return best_mention(cx, first, end) >= 0 || role_head(cx, first, end);
}

/* Can the phrase be a passive's agent: a person, an organisation, a role or an institution (von Frankreich is a place)? */
static bool
passive_agent(qt_ctx *cx, const gt_chunk *ch)
{
	int32_t		mi = best_mention(cx, ch->first, ch->end);

	if (mi >= 0)
		return cx->ents->mentions[mi].kind == GT_KIND_PERSON ||
			cx->ents->mentions[mi].kind == GT_KIND_ORGANIZATION;
	return role_head(cx, ch->first, ch->end);
}

/*
 * "In einer Erklärung des Präsidenten heißt es", "so heißt es im Bericht",
 * "Wie aus Militärkreisen verlautete": with an impersonal subject or none,
 * the document or circle the clause names (in/aus + data: statement_origin)
 * is the source; for a passive cue (agents) also its agent (von den Behörden).
 */
static bool
origin_source(qt_ctx *cx, const gt_clause *c, bool agents, qt_speaker *sp)
{
	for (uint32_t k = c->first; k < c->end; k++)
	{
		const gt_chunk *ch = gt_syntax_chunk_at(&cx->syn, k);

		if (!ch || ch->first != k)
			continue;
		if (ch->prep != GT_SYN_NONE && gt_tok_in(cx->doc, ch->prep, GT_WS_STATEMENT_ORIGIN_PREPOSITION) &&
			(qt_statement_origin(cx->doc, ch->head) || (agents && passive_agent(cx, ch))))
		{
			if (!qt_speaker_from_np(cx, ch->first, ch->end, c->verb, sp))
				return false;
			sp->how = GT_SPK_SOURCE;
			return true;
		}
		k = ch->end - 1;
	}
	return false;
}

/*
 * The main clause of the same sentence that a main clause without a
 * subject is joined to by und/oder ("X erläutert es so: „…“, und fügt
 * hinzu: „…“"): the main clause before it outside quotes, if it has a
 * subject of its own; NULL otherwise.
 */
static const gt_clause *
coordinated_with(qt_ctx *cx, const gt_clause *c)
{
	size_t		ci = (size_t) (c - cx->syn.clauses);
	uint32_t	k = c->first;

	if (c->type != GT_CL_MAIN || ci == 0 || gt_syntax_tag(&cx->syn, k) != GT_POS_KON ||
		c->verb != k + 1)
		return NULL;
	for (size_t i = ci; i > 0; i--)
	{
		const gt_clause *p = &cx->syn.clauses[i - 1];

		if (p->sentence != c->sentence)
			return NULL;
		if (p->verb != GT_SYN_NONE && (cx->marks[p->verb] & QT_TF_IN_QUOTE))
			continue;			/* a clause of a quote in between */
		if (p->type == GT_CL_MAIN && p->verb != GT_SYN_NONE)
			return gt_syntax_subject(&cx->syn, p) ? p : NULL;
	}
	return NULL;
}

/*
 * Is the cue at tok, of the given lemma, a participle with a finite werden
 * although the tagger read it otherwise ("wird … vorgeworfen" tagged as an
 * infinitive)? Not the clause's finite verb, not the lemma itself (wird …
 * erklären is a future), in a clause whose finite verb is a form of werden.
 */
static bool
passive_by_form(qt_ctx *cx, const gt_clause *c, uint32_t tok, const char *lemma)
{
	size_t		n;
	const char *w;

	if (!lemma || c->verb == GT_SYN_NONE || c->verb == tok ||
		!gt_tok_in(cx->doc, c->verb, GT_WS_PASSIVE_AUXILIARY) ||
		gt_pos_finite_verb(gt_syntax_tag(&cx->syn, tok)))
		return false;
	w = gt_tok_text(cx->doc, tok, &n);
	return !(strlen(lemma) == n && memcmp(w, lemma, n) == 0);
}

/*
 * The speaker of the clause holding token tok by the clause analysis: the
 * best subject candidate that can speak, else the best one. 1: found; 0:
 * the clause is passive and the cue its participle (its subject is spoken
 * about); -1: the analysis has no answer (no verb, no candidate).
 */
static int
syntax_subject(qt_ctx *cx, uint32_t tok, const char *lemma, uint32_t sfirst, uint32_t send,
			   qt_speaker *sp)
{
	const gt_clause *c = gt_syntax_clause_at(&cx->syn, tok);
	uint32_t	cand[GT_MAX_SUBJECTS];
	size_t		n;
	const gt_chunk *ch = NULL;
	const gt_clause *prev;

	memset(sp, 0, sizeof(*sp));
	if (!c || c->verb == GT_SYN_NONE)
		return -1;
	/* a passive cue: its subject is spoken about; the agent (von X) or an origin speaks */
	if ((c->passive && gt_syntax_tag(&cx->syn, tok) == GT_POS_VPP) || passive_by_form(cx, c, tok, lemma))
		return origin_source(cx, c, true, sp) ? 1 : 0;
	n = gt_clause_subjects(&cx->syn, c, cand, GT_MAX_SUBJECTS);
	if (n == 0 && (prev = coordinated_with(cx, c)) != NULL)
		return syntax_subject(cx, prev->verb, NULL, sfirst, send, sp);
	if (n == 0)
		return origin_source(cx, c, false, sp) ? 1 : -1;
	for (size_t i = 0; i < n && !ch; i++)
		if (phrase_agent(cx, cx->syn.chunks[cand[i]].first, cx->syn.chunks[cand[i]].end))
			ch = &cx->syn.chunks[cand[i]];
	if (!ch)
		ch = &cx->syn.chunks[cand[0]];
	/* a name in a genitive attribute is not the speaker: "die Sprecherin des Weißen Hauses" */
	/* "man sagt", "es heißt": nobody in particular, unless a document is named */
	if (ch->end == ch->first + 1 && gt_tok_in(cx->doc, ch->first, GT_WS_IMPERSONAL_PRONOUN))
		return origin_source(cx, c, false, sp) ? 1 : 0;
	if (!qt_speaker_from_np(cx, ch->first, ch->core_end, c->verb, sp))
		return -1;
	if (sp->how == GT_SPK_WINDOW)
		sp->how = GT_SPK_SUBJECT;
	if (sp->kind == GT_KIND_NONE && ch->end > ch->core_end)
	{
		sp->end = ch->end;
		sp->text = phrase_text(cx, ch->first, ch->end);
	}
	/* a role phrase set off by commas names the person before or after it */
	if (sp->kind == GT_KIND_NONE && !(ch->flags & GT_CH_PRONOUN) &&
		!apposition_name(cx, ch->first, sfirst, sp))
		prefer_name(cx, ch->end, send, sp);
	return 1;
}

/* The speaker of a verb cue, searched in its clause and sentence. */
bool
qt_verb_subject(qt_ctx *cx, const qt_cue *cue, uint32_t sfirst, uint32_t send,
				qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;
	uint32_t	v = cue->tok;
	uint32_t	c = clause_start(cx, v, sfirst);
	uint32_t	first,
				end;
	int			by_syntax = syntax_subject(cx, v, cue->lemma, sfirst, send, sp);

	if (by_syntax >= 0)
		return by_syntax == 1;
	memset(sp, 0, sizeof(*sp));
	while (c < v && gt_tok_in(doc, c, GT_WS_SUBORDINATOR) && gt_tok_lower_word(doc, c))
		c++;
	if (c == v && gt_tok_in(doc, c, GT_WS_SUBORDINATOR))
		c++;
	/* subject right before the verb: "Sie betonte", "Der Minister sagte" */
	if (c < v)
	{
		end = qt_np_end(cx, c, v);
		if (end == v || (end > c && end + 1 == v && gt_tok_lower_word(doc, end)))
		{
			bool		ok = qt_speaker_from_np(cx, c, end, v, sp);

			if (ok && !apposition_name(cx, c, sfirst, sp))
				prefer_name(cx, end, send, sp);
			return ok;
		}
	}
	/* inverted: "…“, sagte Pat Ryder" / "Am Montag sagte der Minister" */
	first = np_after(cx, v + 1, send, &end);
	if (end > first)
	{
		bool		ok = qt_speaker_from_np(cx, first, end, v, sp);

		prefer_name(cx, end, send, sp);
		return ok;
	}
	/* verb-final clause: "Am Rande hat der Minister bekanntgegeben" */
	if (c < v && qt_clause_subject(cx, c, v + 1, sp) && sp->first < v)
		return true;
	/* "…, wie die Polizei mitteilte" / "hat er gesagt" */
	for (uint32_t k = c; k < v; k++)
	{
		end = qt_np_end(cx, k, v);
		if (end > k && subject_start(cx, k) &&
			(is_pronoun(doc, k) || cx->mention_at[k] >= 0 ||
			 gt_tok_in(doc, k, GT_WS_DETERMINER)))
			return qt_speaker_from_np(cx, k, end, v, sp);
		gt_tick(cx->env, ++cx->ticks);
	}
	/* "X, die Sprecherin des …, äußerte sich": a name earlier in the sentence */
	if (c == v && v > sfirst && gt_tok_punct(doc, v - 1, ','))
	{
		uint32_t	lo = v > sfirst + QT_WINDOW ? v - QT_WINDOW : sfirst;

		for (uint32_t k = lo; k < v; k++)
		{
			int32_t		mi = cx->mention_at[k];

			if (mi >= 0 && cx->ents->mentions[mi].kind == GT_KIND_PERSON)
				return qt_speaker_from_np(cx, cx->ents->mentions[mi].first_token,
										  cx->ents->mentions[mi].end_token, v, sp);
		}
	}
	return false;
}

static bool marker_source(qt_ctx *cx, const qt_cue *cue, uint32_t sfirst, uint32_t send,
						  qt_speaker *sp);

/* "Demnach …": the marker stands for the source just named, like a pronoun. */
static bool
pronominal_marker(qt_ctx *cx, uint32_t k, qt_speaker *sp)
{
	uint32_t	s = cx->doc->tokens[k].sentence;

	/* without a source just named, "Demnach" is a sentence adverb, nobody speaking */
	if (!cx->last.found || s > cx->last_sentence + 1)
		return false;
	if (!qt_speaker_from_np(cx, k, k + 1, QT_NONE, sp))
		return false;
	sp->text = cx->last.text;
	sp->kind = cx->last.kind;
	sp->entity = cx->last.entity;
	sp->agent = cx->last.agent;
	sp->how = GT_SPK_CHAIN;
	return true;
}

/*
 * Does a one-word marker before its source name nobody: "laut Gesetz",
 * "laut Plan" — a bare noun (no article) that names a rule or a plan
 * (data: normative_noun), not a source (laut Statistik, laut Polizei)?
 */
bool
qt_marker_names_nothing(qt_ctx *cx, const qt_cue *cue, const qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;

	return sp->found && sp->kind == GT_KIND_NONE && !sp->agent && sp->end == sp->first + 1 &&
		gt_tok_in(doc, cue->tok, GT_WS_SOURCE_PREPOSITION) && cue->end == cue->tok + 1 &&
		gt_tok_in(doc, sp->first, GT_WS_NORMATIVE_NOUN);
}

/* The speaker named by a marker cue (laut X, X zufolge, so X). */
bool
qt_marker_subject(qt_ctx *cx, const qt_cue *cue, uint32_t sfirst,
				  uint32_t send, qt_speaker *sp)
{
	bool		found = marker_source(cx, cue, sfirst, send, sp);

	if (found && qt_marker_names_nothing(cx, cue, sp))
	{
		memset(sp, 0, sizeof(*sp));
		return false;
	}
	if (found && sp->how == GT_SPK_WINDOW)
		sp->how = GT_SPK_SOURCE;
	return found;
}

/* The phrase a marker cue names as its source. */
static bool
marker_source(qt_ctx *cx, const qt_cue *cue, uint32_t sfirst,
			  uint32_t send, qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;
	uint32_t	end;

	memset(sp, 0, sizeof(*sp));
	if (gt_tok_in(doc, cue->tok, GT_WS_SOURCE_PRONOMINAL))
		return pronominal_marker(cx, cue->tok, sp);
	if (gt_tok_in(doc, cue->tok, GT_WS_SOURCE_CITING) && cue->end > cue->tok + 1)
	{
		/* "X berichtet unter Berufung auf Y": X speaks */
		return cue->tok > sfirst && qt_clause_subject(cx, sfirst, cue->tok + 1, sp);
	}
	if (gt_tok_in(doc, cue->tok, GT_WS_SOURCE_RELATIVE))
	{
		/* "Berichte, wonach …", "die Studie, wonach …": the phrase the relative hangs on, not the content's subject */
		uint32_t	comma = cue->tok > sfirst ? cue->tok - 1 : sfirst;
		uint32_t	lo = comma > sfirst + POSTPOSITION_LOOKBACK ? comma - POSTPOSITION_LOOKBACK : sfirst;
		const gt_chunk *ch;

		if (comma <= sfirst || !gt_tok_punct(doc, comma, ','))
			return false;
		/* the clause analysis's noun phrase before the comma ("am Freitag Berichte": Berichte) */
		ch = gt_syntax_chunk_at(&cx->syn, comma - 1);
		if (ch && ch->end == comma)
		{
			/* from its head back over the words of the same case: a dative noun before is no part of it */
			uint32_t	start = ch->head;
			gt_case		c = gt_morph_case(gt_syntax_morph(&cx->syn, ch->head));

			while (start > ch->first && gt_morph_case(gt_syntax_morph(&cx->syn, start - 1)) == c)
				start--;
			return qt_speaker_from_np(cx, start, ch->end, QT_NONE, sp);
		}
		for (uint32_t j = clause_start(cx, comma, lo); j < comma; j++)
			if (qt_np_end(cx, j, comma) == comma && !gt_tok_punct(doc, j, ','))
				return qt_speaker_from_np(cx, j, comma, QT_NONE, sp);
		return false;
	}
	if (gt_tok_in(doc, cue->tok, GT_WS_SOURCE_POSTPOSITION) ||
		(gt_tok_in(doc, cue->end - 1, GT_WS_SOURCE_POSTPOSITION) && gt_tok_lower_word(doc, cue->end - 1)))
	{
		/* "X zufolge" / "Angaben X zufolge": the phrase before the marker */
		uint32_t	lo = cue->tok > sfirst + POSTPOSITION_LOOKBACK ? cue->tok - POSTPOSITION_LOOKBACK : sfirst;
		uint32_t	start = clause_start(cx, cue->tok, lo);

		end = cue->end - cue->tok > 1 ? cue->end - 1 : cue->tok;
		/* the longest phrase ending right at the marker: "der Meldung zufolge" */
		for (uint32_t j = start; j < end; j++)
			if (qt_np_end(cx, j, end) == end && !gt_tok_punct(doc, j, ','))
			{
				start = j;
				break;
			}
		if (start < end)
			return qt_speaker_from_np(cx, start, end, QT_NONE, sp);
		return false;
	}
	{
		uint32_t	first = cue->end;
		uint32_t	name;
		uint32_t	quoted = qt_quoted_source_end(doc, cue->end, send, &name);

		/* "laut „BBC News“", "nach Angaben von „Reuters“": the name between the marks */
		if (quoted != QT_NONE)
			return qt_speaker_from_np(cx, name, quoted - 1, QT_NONE, sp);
		/*
		 * "nach Angaben der Polizei", "nach Ansicht von Experten": the
		 * phrase after the marker's noun names the source (der Polizei,
		 * Experten); with none after it ("nach eigenen Angaben starben"),
		 * the noun and what attaches to it
		 */
		if (cue->end - cue->tok > 1 && qt_bare_source_noun(doc, cue->end - 1))
		{
			uint32_t	after = cue->end;
			bool		linked = after < send && gt_tok_in(doc, after, GT_WS_SOURCE_ATTRIBUTE_LINK);

			if (linked)
				after++;
			end = qt_np_end(cx, after, send);
			/* a phrase in the genitive or after von is the noun's attribute; "nach Zeugenaussagen der Ehemann" is the clause's subject */
			if (end > after && (linked || gt_morph_case(gt_syntax_morph(&cx->syn, end - 1)) == GT_CASE_GEN))
			{
				bool		ok = qt_speaker_from_np(cx, after, end, QT_NONE, sp);

				/* a phrase, not a name: its words name the source, the marker's noun with them attributes */
				if (ok && sp->first == after && sp->end == end)
					sp->first = cue->end - 1;
				prefer_name(cx, end, send, sp);
				return ok;
			}
		}
		if (cue->end - cue->tok > 1)
			first = cue->end - 1;
		end = qt_np_end(cx, first, send);
		if (end > first)
		{
			bool		ok = qt_speaker_from_np(cx, first, end, QT_NONE, sp);

			prefer_name(cx, end, send, sp);
			return ok;
		}
		/* "laut ndr.de" / "laut „tagesschau.de“": a source written as is */
		if (first + 1 < send && (doc->tokens[first].kind == GT_TOK_QUOTE_OPEN ||
								 doc->tokens[first].kind == GT_TOK_QUOTE))
			first++;
		if (first < send && doc->tokens[first].kind == GT_TOK_WORD &&
			memchr(doc->text + doc->tokens[first].span.byte_start, '.', gt_tok_len(doc, first)))
			return qt_speaker_from_np(cx, first, first + 1, QT_NONE, sp);
	}
	/* "In Regierungskreisen hieß es, …": a marker without a source of its own, an origin in its clause */
	{
		const gt_clause *c = gt_syntax_clause_at(&cx->syn, cue->tok);

		return c && origin_source(cx, c, false, sp);
	}
}

/* Is token k an adverbial participle at a sentence start (Abschließend)? */
static bool
participle_adverb(const gt_doc *doc, uint32_t k)
{
	size_t		n;
	const char *s = gt_tok_text(doc, k, &n);
	size_t		m = strlen(PARTICIPLE_SUFFIX);

	return n >= PARTICIPLE_MIN_BYTES && memcmp(s + n - m, PARTICIPLE_SUFFIX, m) == 0;
}

/* One past a parenthesis or an apposition after a subject phrase ending at e. */
static uint32_t
skip_apposition(qt_ctx *cx, uint32_t e, uint32_t limit)
{
	const gt_doc *doc = cx->doc;

	if (e < limit && gt_tok_punct(doc, e, '('))
	{
		for (uint32_t j = e + 1; j < limit && j < e + PARENTHESIS_MAX_TOKENS; j++)
			if (gt_tok_punct(doc, j, ')'))
				return j + 1;
		return e;
	}
	if (e + 2 < limit && gt_tok_punct(doc, e, ','))
	{
		/* "X, der Sprecher des Ministeriums, sagte" / "Der Sprecher, X, sagte" */
		uint32_t	a = qt_np_end(cx, e + 1, limit);

		if (a > e + 1 && a < limit && gt_tok_punct(doc, a, ',') &&
			!gt_tok_in(doc, e + 1, GT_WS_OBLIQUE_DETERMINER))
			return a + 1;
	}
	return e;
}

/* Is token k a finite-verb candidate: lower case, not a function word? */
static bool
verb_candidate(qt_ctx *cx, uint32_t k)
{
	return gt_tok_lower_word(cx->doc, k) && !gt_token_is_function_word(cx->doc, k) &&
		cx->mention_at[k] < 0;
}

/*
 * The subject of the main clause of [first, end): a phrase before the
 * finite verb ("Zypries sieht …", "Der Text lautete:", "X, der Sprecher,
 * sagte"), or right after it when something else stands first ("In einer
 * Nachricht würdigte er …", "Hier sparte der Bundespräsident …").
 */
bool
qt_clause_subject(qt_ctx *cx, uint32_t first, uint32_t end, qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;
	uint32_t	limit = end < first + QT_WINDOW ? end : first + QT_WINDOW;
	uint32_t	k = first;
	uint32_t	e;

	/* the clause analysis first: the subject of the first main clause with a verb */
	for (uint32_t j = first; j < limit; j++)
	{
		const gt_clause *c = gt_syntax_clause_at(&cx->syn, j);
		int			r;

		if (!c || c->type != GT_CL_MAIN || c->verb == GT_SYN_NONE || c->verb >= end)
			continue;
		r = syntax_subject(cx, c->verb, NULL, first, end, sp);
		if (r == 1 && sp->first < end)
			return true;
		if (r == 0)
			return false;
		break;
	}
	memset(sp, 0, sizeof(*sp));
	while (k < limit && (doc->tokens[k].kind == GT_TOK_QUOTE_OPEN ||
						 doc->tokens[k].kind == GT_TOK_QUOTE ||
						 gt_tok_punct(doc, k, '-')))
		k++;
	for (int j = 0; j < MAX_CLAUSE_JOINERS && k + 1 < limit && gt_tok_in(doc, k, GT_WS_CLAUSE_JOINER); j++)
		k++;
	if (k >= limit)
		return false;
	e = qt_np_end(cx, k, limit);
	if (e > k && !gt_tok_in(doc, k, GT_WS_OBLIQUE_DETERMINER) &&
		!(e == k + 1 && cx->mention_at[k] < 0 && participle_adverb(doc, k)))
	{
		uint32_t	j = skip_apposition(cx, e, limit);

		if (j < limit && (verb_candidate(cx, j) || gt_tok_punct(doc, j, ':') ||
						  (j == e && gt_tok_lower_word(doc, j))))
		{
			bool		ok = qt_speaker_from_np(cx, k, e, j, sp);

			if (ok && j > e && sp->kind == GT_KIND_NONE)
				prefer_name(cx, e, limit, sp);
			return ok;
		}
	}
	/* the verb second: the subject follows it */
	for (uint32_t v = k + 1; v < limit && v < k + VERB_SECOND_WINDOW; v++)
	{
		uint32_t	f;

		gt_tick(cx->env, ++cx->ticks);
		if (gt_tok_punct(doc, v, ':') || gt_tok_terminal(doc, v) ||
			doc->tokens[v].kind == GT_TOK_QUOTE_OPEN)
			break;
		if (!verb_candidate(cx, v) || gt_tok_in(doc, v - 1, GT_WS_DETERMINER) ||
			(gt_tok_lower_word(doc, v - 1) && !gt_tok_punct(doc, v - 1, ',') &&
			 looks_adjective(doc, v - 1)))
			continue;
		f = np_after(cx, v + 1, limit, &e);
		if (e > f && (is_pronoun(doc, f) || cx->mention_at[f] >= 0 ||
					  gt_tok_in(doc, f, GT_WS_DETERMINER)))
		{
			bool		ok = qt_speaker_from_np(cx, f, e, v, sp);

			if (ok)
				prefer_name(cx, e, limit, sp);
			return ok;
		}
	}
	return false;
}

/* The most mentions back the continued speaker's nearest mention is looked for. */
#define CONTINUE_MENTION_LOOKBACK 64

/*
 * The speaker of the attributed speech a sentence continues (the last one),
 * with its words moved to the nearest mention of the same entity before
 * token at: the name the reader last saw ("Die SPD" in the sentence before,
 * not the first "SPD" of the chain).
 */
void
qt_continue_speaker(qt_ctx *cx, uint32_t at, qt_speaker *sp)
{
	int64_t		i = mention_before(cx, at);

	*sp = cx->last;
	sp->how = GT_SPK_CHAIN;
	if (sp->entity < 0)
		return;
	for (int n = 0; i >= 0 && n < CONTINUE_MENTION_LOOKBACK; i--, n++)
	{
		const gt_mention *m = &cx->ents->mentions[i];

		if (m->first_token < sp->first)
			return;
		if ((int32_t) m->entity == sp->entity && m->form == GT_FORM_NAME)
		{
			sp->first = m->first_token;
			sp->end = m->end_token > m->first_token ? m->end_token : m->first_token + 1;
			return;
		}
	}
}
