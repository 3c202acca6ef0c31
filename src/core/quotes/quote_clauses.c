/*
 * quote_clauses.c — indirect and reported speech in one sentence:
 *   a content clause after a reporting verb (sagte, dass …; betonte, wie
 *   wichtig es sei …; erklärte, er habe …), content before an inverted cue
 *   (Die Lage sei ernst, sagte X / …, wie die Polizei mitteilte / …, so X),
 *   a marker (laut X …, X zufolge …, nach Angaben X …), a Konjunktiv I
 *   sentence that continues the last speaker, and a reporting verb with
 *   its object but no content (Er wies auf die Folgen hin) as reported.
 */
#include "quotes/quotes_internal.h"

#include <string.h>

/* Tokens after a clause start in which a Konjunktiv verb makes it reported content. */
#define CONTENT_KONJUNKTIV_WINDOW 12
/* Tokens after a clause start in which a zu-infinitive makes it content (aufzuhören). */
#define ZU_INFINITIVE_WINDOW 40
/* Letters an infinitive with an infix zu has beyond its prefix (ein|zu|leiten). */
#define INFIX_ZU_MIN_TAIL 5
/* Bytes of the shortest word with an infix zu (abzuhen is none). */
#define INFIX_ZU_MIN_BYTES 7
/* Tokens back from a verb to the wie of ", wie X (, apposition,) mitteilte". */
#define WIE_LOOKBACK 16
/* Tokens after an inverted cue in which the comma that closes its clause must come. */
#define CUE_CLAUSE_MAX_TOKENS 4
/* Content on either side of a source phrase needs at least this many tokens. */
#define CONTENT_MIN_TOKENS 2

/* A Konjunktiv sentence continues the last speaker up to this many sentences later. */
#define KONJUNKTIV_CHAIN_SENTENCES 5

/*
 * The kind of content found without quotation marks in the indicative
 * before ", sagte X": indirect, as news corpora annotate it (the speaker's
 * words may have been direct, but without marks nothing says they are his
 * words as said); the evidence says that it was found without marks.
 */
#define UNMARKED_KIND GT_QUOTE_INDIRECT
/* Words a statement after „X sagte:“ without marks needs (shorter: a list or a title, no speech). */
#define COLON_STATEMENT_MIN_WORDS 4

/* The most sources a marker names, joined by und / sowie (laut X und Y). */
#define MARKER_MAX_SOURCES 3

/* Is token k the lower-case wie of an inverted cue clause (…, wie X mitteilte)? */
static bool
is_lower_wie(const gt_doc *doc, uint32_t k)
{
	return gt_tok_in(doc, k, GT_WS_AS_CONJUNCTION) && gt_tok_lower_word(doc, k);
}

/* Is token k the lower-case postposition of a marker (Berichten zufolge)? */
static bool
is_postposition(const gt_doc *doc, uint32_t k)
{
	return gt_tok_in(doc, k, GT_WS_SOURCE_POSTPOSITION) && gt_tok_lower_word(doc, k);
}

/* Is the lemma one that needs an agent to be speech (data: needs_agent_lemma)? */
static bool
weak_lemma(const char *lemma)
{
	return gt_word_in(lemma, strlen(lemma), GT_WS_NEEDS_AGENT_LEMMA);
}

/* Is the lemma one that reports speech without a content clause (data: reporting_lemma)? */
static bool
reporting_lemma(const char *lemma)
{
	return gt_word_in(lemma, strlen(lemma), GT_WS_REPORTING_LEMMA);
}

/* The longest "lemma preposition" entry of reporting_lemma, in bytes. */
#define COMPLEMENT_KEY_MAX 64

/*
 * Does the lemma report speech on its own here: listed alone in
 * reporting_lemma, or listed with a preposition ("sprechen von", "drohen
 * mit": "sprach ein Gebet", "droht eine Rezession" report nothing) that
 * stands in its sentence (tokens [from, end))?
 */
static bool
reports_here(const qt_ctx *cx, const char *lemma, uint32_t from, uint32_t end)
{
	size_t		m = strlen(lemma);

	if (reporting_lemma(lemma))
		return true;
	for (uint32_t k = from; k < end; k++)
	{
		char		key[COMPLEMENT_KEY_MAX];
		size_t		n;
		const char *w = gt_tok_text(cx->doc, k, &n);

		if (cx->doc->tokens[k].kind != GT_TOK_WORD || m + 1 + n > sizeof(key))
			continue;
		memcpy(key, lemma, m);
		key[m] = ' ';
		memcpy(key + m + 1, w, n);
		if (gt_word_in(key, m + 1 + n, GT_WS_REPORTING_LEMMA))
			return true;
	}
	return false;
}

/* Is token k the finite verb of a main clause (not of a relative or dass-clause)? */
static bool
main_verb(qt_ctx *cx, uint32_t k)
{
	const gt_clause *c = gt_syntax_clause_at(&cx->syn, k);

	return c && c->type == GT_CL_MAIN && c->verb == k;
}

/* How a sentence uses sollen: not at all, as a plan or duty (soll stattfinden), as hearsay (soll getötet haben). */
enum
{
	SOLLEN_NONE = 0,
	SOLLEN_PLAN,
	SOLLEN_HEARSAY
};

/*
 * Does [first, end) hold a present form of sollen as its finite verb, and
 * how: with a perfect infinitive (a participle, then haben or sein: "soll
 * Gelder veruntreut haben", "sollen verletzt worden sein") it reports what
 * a source says; with a plain or passive infinitive it may be a plan.
 */
static int
reportive_modal(qt_ctx *cx, uint32_t first, uint32_t end)
{
	int			use = SOLLEN_NONE;
	bool		participle = false;

	for (uint32_t k = first; k < end; k++)
	{
		bool		modal = gt_tok_in(cx->doc, k, GT_WS_REPORTIVE_MODAL);
		uint8_t		tag;

		/* the tagger runs only on a sentence that holds a form of sollen */
		if (!use && !modal)
			continue;
		tag = gt_syntax_tag(&cx->syn, k);
		if (modal && tag == GT_POS_VMFIN && main_verb(cx, k))
			use = SOLLEN_PLAN;
		else if (use && tag == GT_POS_VPP)
			participle = true;
		else if (use && participle && (tag == GT_POS_VINF || tag == GT_POS_VAFIN) &&
				 !gt_tok_in(cx->doc, k, GT_WS_PASSIVE_AUXILIARY))
			return SOLLEN_HEARSAY;	/* haben, sein: the tagger may read the infinitive as finite */
	}
	return use;
}

/* Is a quotation mark opened in tokens [first, end) and not closed there? */
static bool
mark_left_open(const gt_doc *doc, uint32_t first, uint32_t end)
{
	int			open = 0;
	bool		plain_odd = false;	/* " and ' open and close alike */

	for (uint32_t k = first; k < end; k++)
		if (doc->tokens[k].kind == GT_TOK_QUOTE_OPEN)
			open++;
		else if (doc->tokens[k].kind == GT_TOK_QUOTE_CLOSE && open > 0)
			open--;
		else if (doc->tokens[k].kind == GT_TOK_QUOTE)
			plain_odd = !plain_odd;
	return open > 0 || plain_odd;
}

/*
 * One past the last content token of [first, end): no final punctuation,
 * no final quotation mark unless it closes one the content opened (…
 * sprach von „Panikverkäufen“ keeps both marks).
 */
static uint32_t
trim_end(const gt_doc *doc, uint32_t first, uint32_t end)
{
	while (end > first)
	{
		const gt_token *t = &doc->tokens[end - 1];

		if ((t->kind == GT_TOK_QUOTE_CLOSE || t->kind == GT_TOK_QUOTE) &&
			mark_left_open(doc, first, end - 1))
			break;
		if (t->kind == GT_TOK_PUNCT || t->kind == GT_TOK_QUOTE_CLOSE ||
			t->kind == GT_TOK_QUOTE || t->kind == GT_TOK_QUOTE_OPEN)
			end--;
		else
			break;
	}
	return end;
}

/* Is most of a sentence inside direct quotes already? */
static bool
mostly_quoted(const qt_ctx *cx, uint32_t first, uint32_t end)
{
	uint32_t	quoted = 0;

	for (uint32_t k = first; k < end; k++)
		if (cx->marks[k] & QT_TF_IN_QUOTE)
			quoted++;
	return 2 * quoted >= end - first;
}

/* Does s[0..n) start with prefix[0..m), then zu, then an infinitive's letters? */
static bool
prefix_then_zu(const char *s, size_t n, const char *prefix, size_t m)
{
	return n > m + INFIX_ZU_MIN_TAIL && memcmp(s, prefix, m) == 0 &&
		s[m] == 'z' && s[m + 1] == 'u';
}

/*
 * Is token j one word with an infix zu: a separable prefix (data:
 * zu_prefix), zu, then an infinitive (einzuleiten, stattzugeben)?
 */
static bool
infix_zu(const gt_doc *doc, uint32_t j)
{
	size_t		n;
	const char *s;

	if (!gt_tok_lower_word(doc, j))
		return false;
	s = gt_tok_text(doc, j, &n);
	if (n < INFIX_ZU_MIN_BYTES || s[n - 1] != 'n')
		return false;
	return gt_wordset_first_match(GT_WS_ZU_PREFIX, s, n, prefix_then_zu) > 0;
}

/* Does a clause from k hold a zu-infinitive (aufzuhören, zu stärken)? */
static bool
zu_infinitive(const gt_doc *doc, uint32_t k, uint32_t end)
{
	uint32_t	limit = end < k + ZU_INFINITIVE_WINDOW ? end : k + ZU_INFINITIVE_WINDOW;

	for (uint32_t j = k; j < limit; j++)
	{
		if (gt_tok_in(doc, j, GT_WS_ZU) && j + 1 < limit && gt_tok_lower_word(doc, j + 1))
		{
			size_t		n;
			const char *s = gt_tok_text(doc, j + 1, &n);

			if (n > 2 && s[n - 1] == 'n')
				return true;
		}
		if (infix_zu(doc, j))
			return true;
		if (gt_tok_punct(doc, j, ','))
			break;
	}
	return false;
}

/*
 * Does a zu-infinitive content clause start at d ("…, die Befugnisse zu
 * erweitern")? Not one opened by um, ohne or statt (the tagger's
 * conjunction before an infinitive): that clause says why or how, not what
 * was said ("schickte Soldaten, um die Unruhen zu beenden").
 */
static bool
infinitive_content(qt_ctx *cx, uint32_t d, uint32_t end)
{
	return zu_infinitive(cx->doc, d, end) && gt_syntax_tag(&cx->syn, d) != GT_POS_KOUS;
}

/*
 * Is [d, end) a statement in the indicative after a colon with no
 * quotation marks, as archives that strip them print „X meinte: Wir sind
 * noch nicht am Ende.“: enough words and a finite verb of its own?
 */
static bool
unmarked_statement(qt_ctx *cx, uint32_t d, uint32_t end)
{
	const gt_doc *doc = cx->doc;
	uint32_t	words = 0;
	bool		finite = false;

	for (uint32_t k = d; k < end; k++)
	{
		gt_tick(cx->env, ++cx->ticks);
		if (gt_tok_quote_mark(doc, k))
			return false;
		if (doc->tokens[k].kind != GT_TOK_WORD)
			continue;
		words++;
		if (!finite && gt_pos_finite_verb(gt_syntax_tag(&cx->syn, k)))
			finite = true;
	}
	return words >= COLON_STATEMENT_MIN_WORDS && finite;
}

/* Is a finite verb among tokens [a, b) ("sagte X und ergänzte:" — the colon is the other verb's)? */
static bool
finite_verb_between(qt_ctx *cx, uint32_t a, uint32_t b)
{
	for (uint32_t k = a; k < b; k++)
		if (gt_pos_finite_verb(gt_syntax_tag(&cx->syn, k)))
			return true;
	return false;
}

/* The content clause after a verb cue: the token it starts at, or QT_NONE. */
static uint32_t
content_after(qt_ctx *cx, const qt_cue *cue, uint32_t end)
{
	const gt_doc *doc = cx->doc;
	uint32_t	from = cue->particle != QT_NONE ? cue->particle : cue->tok;
	uint32_t	limit = end < from + QT_WINDOW ? end : from + QT_WINDOW;

	for (uint32_t k = from + 1; k + 1 < limit; k++)
	{
		uint32_t	d = k + 1;

		if (cx->marks[k] & QT_TF_IN_QUOTE)
			continue;
		if (!gt_tok_punct(doc, k, ',') && !gt_tok_punct(doc, k, ':'))
			continue;
		if (gt_tok_in(doc, d, GT_WS_RELATIVE_PRONOUN) && !gt_tok_cap_word(doc, d + 1))
			continue;
		if (gt_tok_in(doc, d, GT_WS_CONTENT_OPENER) && gt_tok_lower_word(doc, d))
			return d;
		if (qt_clause_konjunktiv(cx, d, d + CONTENT_KONJUNKTIV_WINDOW < end ?
								 d + CONTENT_KONJUNKTIV_WINDOW : end, false))
			return d;
		if (infinitive_content(cx, d, end))
			return d;
		if (gt_tok_punct(doc, k, ':') && !finite_verb_between(cx, from + 1, k) && unmarked_statement(cx, d, end))
			return d;
	}
	return QT_NONE;
}

/* Does [first, end) hold a quotation mark? */
static bool
has_marks(const gt_doc *doc, uint32_t first, uint32_t end)
{
	for (uint32_t k = first; k < end; k++)
		if (gt_tok_quote_mark(doc, k))
			return true;
	return false;
}

/* Is a noun phrase no preposition governs, other than the speaker's, among tokens [a, b)? */
static bool
object_before(qt_ctx *cx, uint32_t a, uint32_t b, const qt_speaker *sp)
{
	for (uint32_t k = a; k < b; k++)
	{
		const gt_chunk *ch = gt_syntax_chunk_at(&cx->syn, k);

		if (!ch || ch->first != k)
			continue;
		if (ch->prep == GT_SYN_NONE && !(ch->first < sp->end && sp->first < ch->end))
			return true;
		k = ch->end - 1;
	}
	return false;
}

/* Is content clause [first, end) an indicative statement without marks after a colon? */
static bool
unmarked_after_colon(qt_ctx *cx, uint32_t first, uint32_t end)
{
	return first > 0 && gt_tok_punct(cx->doc, first - 1, ':') &&
		!qt_clause_konjunktiv(cx, first, end, false) && !has_marks(cx->doc, first, end);
}

/* Emit an indirect or reported quote over [first, end) and remember its speaker. */
static void
emit_clause(qt_ctx *cx, uint32_t first, uint32_t end, gt_quote_kind kind,
			qt_speaker *sp, const qt_cue *cue, gt_evidence why, uint32_t s)
{
	end = trim_end(cx->doc, first, end);
	if (end <= first + 1)
		return;
	/* content in the indicative before ", sagte X" / ", so X": a direct quote whose marks are gone */
	if ((why == GT_EV_CUE_AFTER_CONTENT || why == GT_EV_SO_MARKER) && kind == GT_QUOTE_INDIRECT &&
		!qt_clause_konjunktiv(cx, first, end, false) && !has_marks(cx->doc, first, end))
	{
		why = why == GT_EV_SO_MARKER ? GT_EV_UNMARKED_SO_MARKER : GT_EV_UNMARKED_CUE_AFTER;
		kind = UNMARKED_KIND;
	}
	if (cue && cue->tok != QT_NONE)
		cx->marks[cue->tok] |= QT_TF_CUE_USED;
	qt_emit(cx, first, end, kind, sp, cue, why);
	qt_remember(cx, sp, s);
}

static bool emit_around(qt_ctx *cx, uint32_t s, uint32_t first, uint32_t end,
						uint32_t ps, uint32_t pe, qt_speaker *sp,
						const qt_cue *cue, gt_evidence why);

/* Index of the comma right before token k (skipping nothing), or QT_NONE. */
static uint32_t
comma_before(const gt_doc *doc, uint32_t k, uint32_t first)
{
	if (k > first && gt_tok_punct(doc, k - 1, ','))
		return k - 1;
	if (k > first + 1 && is_lower_wie(doc, k - 1) && gt_tok_punct(doc, k - 2, ','))
		return k - 2;
	return QT_NONE;
}

/* The start of the clause that holds token k, looking back to a comma. */
static uint32_t
comma_clause_start(const gt_doc *doc, uint32_t k, uint32_t first)
{
	uint32_t	lo = k > first + QT_WINDOW ? k - QT_WINDOW : first;

	for (uint32_t j = k; j > lo; j--)
		if (gt_tok_punct(doc, j - 1, ','))
			return j;
	return lo;
}

/*
 * "Das bestätigte die Polizei." / "Dies berichtet X": the sentence before is
 * what is reported; a quote already made of it gets this speaker instead.
 */
static bool
anaphoric_cue(qt_ctx *cx, const qt_cue *cue, uint32_t s, uint32_t first,
			  uint32_t end)
{
	const gt_doc *doc = cx->doc;
	uint32_t	pf,
				pe;
	qt_speaker	sp;
	gt_quote   *q;

	if (s == 0 || cue->tok != first + 1 || cue->type != GT_CUE_VERB ||
		(doc->tokens[first].flags & GT_TF_LINE_START))
		return false;
	if (!gt_tok_in(doc, first, GT_WS_ANAPHORIC_PRONOUN) || !gt_tok_cap_word(doc, first))
		return false;
	if (!qt_verb_subject(cx, cue, first, end, &sp) || sp.first <= cue->tok)
		return false;
	if (weak_lemma(cue->lemma) && !sp.agent)
		return false;
	gt_sentence_range(doc, s - 1, &pf, &pe);
	if (mostly_quoted(cx, pf, pe))
		return false;
	q = cx->out->n ? &cx->out->items[cx->out->n - 1] : NULL;
	if (q && q->sentence == s - 1 &&
		(q->kind == GT_QUOTE_INDIRECT || q->kind == GT_QUOTE_REPORTED))
		cx->out->n--;
	cx->marks[cue->tok] |= QT_TF_CUE_USED;
	emit_clause(cx, pf, pe, GT_QUOTE_INDIRECT, &sp, cue, GT_EV_ANAPHORIC_CUE, s);
	return true;
}

/* The "wie" of ", wie X (, apposition,) mitteilte" before the verb v, or QT_NONE. */
static uint32_t
wie_before(const gt_doc *doc, uint32_t v, uint32_t first)
{
	uint32_t	lo = v > first + WIE_LOOKBACK ? v - WIE_LOOKBACK : first;

	for (uint32_t j = v; j > lo; j--)
	{
		uint32_t	k = j - 1;

		if (gt_tok_terminal(doc, k) || gt_tok_punct(doc, k, ':') || gt_tok_punct(doc, k, ';'))
			break;
		if (gt_tok_in(doc, k, GT_WS_AS_CONJUNCTION) && (k == first || gt_tok_punct(doc, k - 1, ',')))
			return k;
	}
	return QT_NONE;
}

/* One past the comma that closes the cue's clause within a few tokens, or QT_NONE. */
static uint32_t
cue_clause_close(const gt_doc *doc, const qt_cue *cue, uint32_t end)
{
	uint32_t	v = cue->particle != QT_NONE && cue->particle > cue->tok ? cue->particle : cue->tok;

	for (uint32_t k = v + 1; k < end && k < v + CUE_CLAUSE_MAX_TOKENS; k++)
		if (gt_tok_punct(doc, k, ','))
			return k + 1 + CONTENT_MIN_TOKENS < end ? k + 1 : QT_NONE;
	return QT_NONE;
}

/*
 * Is the cue the verb of an active main clause whose subject is the
 * speaker: a report of a speech act without a content clause ("Augenzeugen
 * berichteten von Panzerbewegungen", "X hat seinen Rücktritt bekannt
 * gegeben")? Its finite verb or, with an auxiliary or modal, its participle
 * or infinitive; not a passive (unless its agent speaks), not a question.
 */
static bool
speech_act_clause(qt_ctx *cx, const qt_cue *cue, const qt_speaker *sp)
{
	const gt_clause *c = gt_syntax_clause_at(&cx->syn, cue->tok);
	uint8_t		tag = gt_syntax_tag(&cx->syn, cue->tok);

	/* a passive speaks only through its agent (wird von X vorgeworfen) */
	if (!c || c->type != GT_CL_MAIN || (c->passive && sp->how != GT_SPK_SOURCE) ||
		c->verb == GT_SYN_NONE || !sp->found ||
		gt_syntax_clause_at(&cx->syn, sp->first) != c)
		return false;
	if (c->end < cx->doc->ntokens && gt_tok_punct(cx->doc, c->end, '?'))
		return false;
	if (c->verb == cue->tok)
		return true;
	return (tag == GT_POS_VPP || tag == GT_POS_VINF) &&
		(gt_syntax_tag(&cx->syn, c->verb) == GT_POS_VAFIN || gt_syntax_tag(&cx->syn, c->verb) == GT_POS_VMFIN);
}

/* A verb cue: content after it, before it, or none (reported). */
static bool
verb_clause(qt_ctx *cx, const qt_cue *cue, uint32_t s, uint32_t first,
			uint32_t end)
{
	const gt_doc *doc = cx->doc;
	qt_speaker	sp;
	uint32_t	d = content_after(cx, cue, end);
	uint32_t	w = wie_before(doc, cue->tok, first);
	uint32_t	c = w != QT_NONE ? w : comma_clause_start(doc, cue->tok, first);
	uint32_t	comma = comma_before(doc, c + (is_lower_wie(doc, c) ? 1 : 0), first);
	bool		das = gt_tok_in(doc, c, GT_WS_ANAPHORIC_PRONOUN) && gt_tok_lower_word(doc, c) &&
		c + 1 == cue->tok;
	bool		colon;

	qt_verb_subject(cx, cue, first, end, &sp);
	if (weak_lemma(cue->lemma) && !(sp.found && sp.agent))
		return false;
	/*
	 * without marks, only someone who speaks makes the words after a colon
	 * speech ("Das Wetter meinte es gut: …"), and only when the verb has no
	 * object the colon spells out ("sprach ein Grußwort: …", "kündigte vier
	 * Professoren an: …")
	 */
	colon = d != QT_NONE && unmarked_after_colon(cx, d, end);
	if (colon && (!(sp.found && sp.agent) || object_before(cx, cue->tok + 1, d - 1, &sp)))
		d = QT_NONE;
	if (d != QT_NONE)
	{
		/* "X meinte: Wir sind …" without marks is told apart from a content clause */
		emit_clause(cx, d, end, GT_QUOTE_INDIRECT, &sp, cue,
					colon ? GT_EV_UNMARKED_CUE_COLON : GT_EV_CUE_CLAUSE, s);
		return true;
	}
	/* "…, sagte X." / "…, wie die Polizei mitteilte." / "…, das entschied X." */
	if (comma != QT_NONE && comma > first + 2 && sp.found &&
		(is_lower_wie(doc, c) || ((c == cue->tok || das) && sp.first > cue->tok)))
	{
		uint32_t	close = cue_clause_close(doc, cue, end);

		if (close != QT_NONE && !das)
			return emit_around(cx, s, first, end, c, close, &sp, cue,
							   GT_EV_CUE_AFTER_CONTENT);
		emit_clause(cx, first, comma, GT_QUOTE_INDIRECT, &sp, cue,
					GT_EV_CUE_AFTER_CONTENT, s);
		return true;
	}
	/* "Wie die Polizei mitteilte, wurden …" */
	if (gt_tok_in(doc, first, GT_WS_AS_CONJUNCTION) && c == first)
	{
		for (uint32_t k = cue->tok + 1; k < end && k < cue->tok + CUE_CLAUSE_MAX_TOKENS; k++)
			if (gt_tok_punct(doc, k, ','))
			{
				emit_clause(cx, k + 1, end, GT_QUOTE_INDIRECT, &sp, cue,
							GT_EV_WIE_CUE, s);
				return true;
			}
	}
	/* the sentence is searched for a complement last, after the cheap tests */
	if (speech_act_clause(cx, cue, &sp) && sp.found && sp.agent && sp.kind != GT_KIND_PLACE &&
		!(cx->marks[cue->tok] & QT_TF_CUE_PARTIAL) && reports_here(cx, cue->lemma, first, end))
	{
		emit_clause(cx, first, end, GT_QUOTE_REPORTED, &sp, cue,
					GT_EV_REPORTED, s);
		return true;
	}
	return false;
}

/*
 * A reporting noun whose phrase ends at a comma and a content clause ("X
 * vertritt die Ansicht, dass …", "der Vorwurf der Regierung, Terror zu
 * propagieren"): the content, spoken by the noun's genitive (der Regierung)
 * or else by the subject of the clause that holds the noun.
 */
static bool
noun_clause(qt_ctx *cx, const qt_cue *cue, uint32_t s, uint32_t first,
			uint32_t end)
{
	const gt_doc *doc = cx->doc;
	uint32_t	np = qt_np_end(cx, cue->tok, end);
	uint32_t	d = np + 1;
	qt_speaker	sp;

	if (np < cue->end || np >= end || !gt_tok_punct(doc, np, ',') || d + CONTENT_MIN_TOKENS >= end)
		return false;
	if (!(gt_tok_in(doc, d, GT_WS_CONTENT_OPENER) && gt_tok_lower_word(doc, d)) &&
		!qt_clause_konjunktiv(cx, d, d + CONTENT_KONJUNKTIV_WINDOW < end ?
							  d + CONTENT_KONJUNKTIV_WINDOW : end, true) &&
		!infinitive_content(cx, d, end))
		return false;
	memset(&sp, 0, sizeof(sp));
	if (np > cue->end + 1 && gt_tok_in(doc, cue->end, GT_WS_ATTRIBUTE_LINK) &&
		gt_tok_lower_word(doc, cue->end))
		qt_speaker_from_np(cx, cue->end + 1, np, QT_NONE, &sp);
	if (!(sp.found && sp.agent) && !(qt_clause_subject(cx, first, cue->tok, &sp) && sp.agent))
		memset(&sp, 0, sizeof(sp));
	if (sp.kind == GT_KIND_PLACE)
		return false;
	emit_clause(cx, d, end, GT_QUOTE_INDIRECT, &sp, cue, GT_EV_CUE_CLAUSE, s);
	return true;
}

/* One past a noun phrase from k with its coordinated ones (Sky News und BBC), up to limit. */
static uint32_t
np_list_end(qt_ctx *cx, uint32_t k, uint32_t limit)
{
	uint32_t	e = qt_np_end(cx, k, limit);

	for (int i = 0; i < MARKER_MAX_SOURCES - 1 && e > k && e + 1 < limit &&
		 gt_tok_in(cx->doc, e, GT_WS_LIST_CONJUNCTION); i++)
	{
		uint32_t	next = qt_np_end(cx, e + 1, limit);

		if (next == e + 1)
			break;
		e = next;
	}
	return e;
}

/* One past the phrase a marker names (laut der Polizei, Angaben X zufolge). */
static uint32_t
marker_phrase_end(qt_ctx *cx, const qt_cue *cue, uint32_t end)
{
	uint32_t	k = cue->end;

	uint32_t	name;
	uint32_t	quoted;

	if (is_postposition(cx->doc, cue->tok) || is_postposition(cx->doc, cue->end - 1))
		return cue->end;
	/* "laut „BBC News“ …", "nach Angaben von „Reuters“ …" */
	quoted = qt_quoted_source_end(cx->doc, k, end, &name);
	if (quoted != QT_NONE)
		return quoted;
	/* "laut dem Ministerium und dem Generalsekretär X" */
	return np_list_end(cx, k, end);
}

/*
 * The first token of the source phrase before a postposition at post
 * ("Berichten der Fernsehsender Sky News und BBC zufolge"): the earliest
 * start, back to a verb or a punctuation mark, of noun phrases that end
 * right at post; post itself when there is none.
 */
static uint32_t
postposed_source_start(qt_ctx *cx, uint32_t post, uint32_t first)
{
	const gt_doc *doc = cx->doc;
	uint32_t	lo = post > first + QT_WINDOW ? post - QT_WINDOW : first;
	uint32_t	best = post;

	for (uint32_t j = post; j > lo; j--)
	{
		uint32_t	k = j - 1;

		if (doc->tokens[k].kind == GT_TOK_PUNCT || gt_pos_verb(gt_syntax_tag(&cx->syn, k)))
			break;
		if (np_list_end(cx, k, post) == post)
			best = k;
	}
	return best;
}

/* Byte length of tokens [first, end), 0 when empty. */
static size_t
span_bytes(const gt_doc *doc, uint32_t first, uint32_t end)
{
	if (end <= first)
		return 0;
	return doc->tokens[end - 1].span.byte_end - doc->tokens[first].span.byte_start;
}

/* The start of the clause before token k: after the last , ; : or dash. */
static uint32_t
clause_start_before(const gt_doc *doc, uint32_t k, uint32_t first)
{
	uint32_t	lo = k > first + QT_WINDOW ? k - QT_WINDOW : first;

	for (uint32_t j = k; j > lo; j--)
		if (gt_tok_punct(doc, j - 1, ',') || gt_tok_punct(doc, j - 1, ';') ||
			gt_tok_punct(doc, j - 1, ':') || gt_tok_punct(doc, j - 1, '-'))
			return j;
	return lo;
}

/*
 * Content around a source phrase [ps, pe) that splits a sentence ("Die
 * Baustelle würde gemäß X bis Montag ruhen", "A, so X, B"): a quote is one
 * span, so the longer side stands for it.
 */
static bool
emit_around(qt_ctx *cx, uint32_t s, uint32_t first, uint32_t end, uint32_t ps,
			uint32_t pe, qt_speaker *sp, const qt_cue *cue, gt_evidence why)
{
	const gt_doc *doc = cx->doc;
	uint32_t	b0,
				b1 = ps,
				a0 = pe,
				a1 = trim_end(doc, pe, end);

	bool		comma_before = b1 > first && gt_tok_punct(doc, b1 - 1, ',');

	if (comma_before)
	{
		b1--;
		b0 = first;
	}
	else
		b0 = clause_start_before(doc, ps, first);
	/* "In Regierungskreisen hieß es, man sei …": the source's own clause ends at the comma after it */
	if (!comma_before && a0 < a1 && gt_tok_punct(doc, a0, ','))
	{
		while (a0 < a1 && gt_tok_punct(doc, a0, ','))
			a0++;
		if (a1 < a0 + CONTENT_MIN_TOKENS)
			return false;
		emit_clause(cx, a0, a1, GT_QUOTE_INDIRECT, sp, cue, why, s);
		return true;
	}
	while (a0 < a1 && (gt_tok_punct(doc, a0, ',') || gt_tok_punct(doc, a0, '-')))
		a0++;
	if (span_bytes(doc, b0, b1) >= span_bytes(doc, a0, a1))
	{
		if (b1 < b0 + CONTENT_MIN_TOKENS)
			return false;
		emit_clause(cx, b0, b1, GT_QUOTE_INDIRECT, sp, cue, why, s);
	}
	else
	{
		if (a1 < a0 + CONTENT_MIN_TOKENS)
			return false;
		emit_clause(cx, a0, a1, GT_QUOTE_INDIRECT, sp, cue, why, s);
	}
	return true;
}

/* A marker cue (laut, zufolge, nach Angaben, so): the sentence around it. */
static bool
marker_clause(qt_ctx *cx, const qt_cue *cue, uint32_t s, uint32_t first,
			  uint32_t end)
{
	const gt_doc *doc = cx->doc;
	qt_speaker	sp;
	uint32_t	ps,
				pe;

	if (gt_tok_in(doc, cue->tok, GT_WS_SOURCE_APPENDED))
	{
		/* "…, so der Minister." / "A, so X, B" */
		if (cue->tok <= first + 2 || !gt_tok_punct(doc, cue->tok - 1, ','))
			return false;
		if (!qt_marker_subject(cx, cue, first, end, &sp))
			return false;
		return emit_around(cx, s, first, end, cue->tok, sp.end > cue->end ? sp.end : cue->end,
						   &sp, cue, GT_EV_SO_MARKER);
	}
	/* "Demnach" with no source just named is an adverb, unless the sentence reports (sei, soll) */
	if (!qt_marker_subject(cx, cue, first, end, &sp) &&
		gt_tok_in(doc, cue->tok, GT_WS_SOURCE_PRONOMINAL) &&
		!qt_clause_konjunktiv(cx, first, end, true) && reportive_modal(cx, first, end) == SOLLEN_NONE)
		return false;
	if (!sp.found && gt_tok_in(doc, cue->tok, GT_WS_SOURCE_PREPOSITION) && cue->end == cue->tok + 1)
	{
		qt_speaker	bare;

		/* "laut Gesetz": the phrase after laut names nobody */
		if (qt_speaker_from_np(cx, cue->end, qt_np_end(cx, cue->end, end), QT_NONE, &bare) &&
			qt_marker_names_nothing(cx, cue, &bare))
			return false;
	}
	if (is_postposition(doc, cue->end - 1) || gt_tok_in(doc, cue->tok, GT_WS_SOURCE_POSTPOSITION))
	{
		ps = sp.found && sp.first < cue->tok ? sp.first : cue->tok;
		if (is_postposition(doc, cue->end - 1))
		{
			uint32_t	source = postposed_source_start(cx, cue->tok, first);

			ps = source < ps ? source : ps;
		}
		pe = cue->end;
	}
	else if (gt_tok_in(doc, cue->tok, GT_WS_SOURCE_RELATIVE))
	{
		/* "Berichte, wonach …": the content is the relative clause, whatever the mood */
		if (end <= cue->end + CONTENT_MIN_TOKENS)
			return false;
		emit_clause(cx, cue->end, end, GT_QUOTE_INDIRECT, &sp, cue, GT_EV_MARKER, s);
		return true;
	}
	else if (gt_tok_in(doc, cue->tok, GT_WS_SOURCE_PRONOMINAL) ||
			 gt_tok_in(doc, cue->tok, GT_WS_SOURCE_CITING))
	{
		bool		citing = gt_tok_in(doc, cue->tok, GT_WS_SOURCE_CITING);

		ps = citing ? first : cue->tok;
		pe = citing ? marker_phrase_end(cx, cue, end) : cue->end;
	}
	else
	{
		ps = cue->tok;
		pe = marker_phrase_end(cx, cue, end);
		if (sp.found && sp.end > pe && sp.end <= end)
			pe = sp.end;
	}
	if (ps <= first)
	{
		uint32_t	from = pe;

		if (from < end && gt_tok_punct(doc, from, ','))
			from++;
		if (end <= from + CONTENT_MIN_TOKENS)
			return false;
		emit_clause(cx, from, end, GT_QUOTE_INDIRECT, &sp, cue, GT_EV_MARKER, s);
		return true;
	}
	return emit_around(cx, s, first, end, ps, pe, &sp, cue, GT_EV_MARKER);
}

/*
 * The speaker of a Konjunktiv sentence without a cue: the last speaker when the sentence
 * before attributed speech; else the subject of the sentence before when it
 * can speak ("Das Institut sieht keine Gefahr. Lediglich … seien …"); else
 * the last speaker when recent.
 */
static gt_evidence
konjunktiv_speaker(qt_ctx *cx, uint32_t s, bool recent, qt_speaker *sp)
{
	qt_speaker	subj;
	uint32_t	pf,
				pe;

	uint32_t	at = cx->doc->sentences[s].first_token;

	if (recent && s <= cx->last_sentence + 1)
	{
		qt_continue_speaker(cx, at, sp);
		return GT_EV_KONJUNKTIV_CONTINUES;
	}
	if (s > 0)
	{
		gt_sentence_range(cx->doc, s - 1, &pf, &pe);
		if (qt_clause_subject(cx, pf, pe, &subj) && subj.agent)
		{
			*sp = subj;
			sp->how = GT_SPK_PREVIOUS_SUBJECT;
			return GT_EV_KONJUNKTIV_PREV_SUBJECT;
		}
	}
	if (recent)
	{
		qt_continue_speaker(cx, at, sp);
		return GT_EV_KONJUNKTIV_CONTINUES;
	}
	return GT_EV_KONJUNKTIV;
}

/*
 * Where Konjunktiv content after token d begins: the start of the main
 * clause of its first Konjunktiv verb when that clause starts later ("…,
 * Northrop Grumman, der als Generalunternehmer fungierte, das Angebot mit
 * der Begründung zurück, dieses habe …": at dieses), else d.
 */
static uint32_t
content_start(qt_ctx *cx, uint32_t d, uint32_t end)
{
	uint32_t	limit = end < d + CONTENT_KONJUNKTIV_WINDOW ? end : d + CONTENT_KONJUNKTIV_WINDOW;

	for (uint32_t v = d; v < limit; v++)
	{
		const gt_clause *cl;

		if (!qt_konjunktiv(cx, v, true))
			continue;
		cl = gt_syntax_clause_at(&cx->syn, v);
		if (cl && cl->type == GT_CL_MAIN && cl->verb == v && cl->first > d && cl->first < v &&
			(gt_tok_punct(cx->doc, cl->first - 1, ',') || gt_tok_punct(cx->doc, cl->first - 1, ':')))
			return cl->first;
		return d;
	}
	return d;
}

/*
 * "Die Ermittlungen gehen von dem Verdacht aus, eine Gruppe habe …" / "Die
 * Agentur begründet das damit, dass …": a main clause without Konjunktiv,
 * then a comma and Konjunktiv content; its subject speaks the content.
 */
static bool
main_clause_content(qt_ctx *cx, uint32_t s, uint32_t first, uint32_t end)
{
	const gt_doc *doc = cx->doc;
	uint32_t	limit = end < first + QT_WINDOW ? end : first + QT_WINDOW;
	qt_speaker	sp;

	for (uint32_t c = first + 2; c + 2 < limit; c++)
	{
		uint32_t	d = c + 1;

		if (cx->marks[c] & QT_TF_IN_QUOTE)
			return false;
		if (qt_konjunktiv(cx, c, false))
			return false;
		if (!gt_tok_punct(doc, c, ',') && !gt_tok_punct(doc, c, ':'))
			continue;
		/* an apposition or a relative clause of the main clause: its content comes after */
		if (gt_tok_in(doc, d, GT_WS_RELATIVE_PRONOUN) && !gt_tok_cap_word(doc, d + 1))
			continue;
		if (!(gt_tok_in(doc, d, GT_WS_CONTENT_OPENER) && gt_tok_lower_word(doc, d)) &&
			!qt_clause_konjunktiv(cx, d, d + CONTENT_KONJUNKTIV_WINDOW < end ?
								  d + CONTENT_KONJUNKTIV_WINDOW : end, true))
			continue;
		/* no subject yet ("Die Firma X, die … galt, zog …"): the main clause goes on */
		if (!qt_clause_subject(cx, first, c, &sp))
			continue;
		emit_clause(cx, content_start(cx, d, end), end, GT_QUOTE_INDIRECT, &sp, NULL,
					GT_EV_KONJUNKTIV_MAIN_CLAUSE, s);
		return true;
	}
	return false;
}

/*
 * "Die SPD will die Krankenversicherung umbauen": a main clause whose
 * finite verb is wollen with an infinitive, whose subject can speak (a
 * person, an organisation, a role): the announced intention is reported.
 */
static bool
intention_sentence(qt_ctx *cx, uint32_t s, uint32_t first, uint32_t end)
{
	qt_cue		cue;
	qt_speaker	sp;
	size_t		lemma_len;

	for (uint32_t k = first; k < end; k++)
	{
		const gt_clause *c;
		bool		infinitive = false;

		if (!gt_tok_in(cx->doc, k, GT_WS_INTENTION_MODAL) || gt_syntax_tag(&cx->syn, k) != GT_POS_VMFIN)
			continue;
		c = gt_syntax_clause_at(&cx->syn, k);
		if (!c || c->type != GT_CL_MAIN || c->verb != k || (cx->marks[k] & QT_TF_IN_QUOTE))
			return false;
		for (uint32_t j = k + 1; j < c->end; j++)
			infinitive = infinitive || gt_syntax_tag(&cx->syn, j) == GT_POS_VINF;
		memset(&cue, 0, sizeof(cue));
		cue.tok = k;
		cue.end = k + 1;
		cue.particle = QT_NONE;
		cue.type = GT_CUE_VERB;
		cue.lemma = gt_wordset_word(GT_WS_INTENTION_MODAL, 0, &lemma_len);
		if (!infinitive || !qt_verb_subject(cx, &cue, first, end, &sp) || !sp.agent ||
			sp.kind == GT_KIND_PLACE || (sp.kind == GT_KIND_NONE && !gt_tok_cap_word(cx->doc, sp.first)))
			return false;
		emit_clause(cx, first, end, GT_QUOTE_REPORTED, &sp, &cue, GT_EV_REPORTED_INTENTION, s);
		return true;
	}
	return false;
}

/* A Konjunktiv I sentence (or one that reports with sollen) without a cue of its own: the last speaker goes on. */
static bool
konjunktiv_sentence(qt_ctx *cx, uint32_t s, uint32_t first, uint32_t end)
{
	qt_speaker	sp;
	int			sollen = reportive_modal(cx, first, end);
	bool		recent = cx->last.found && s <= cx->last_sentence + KONJUNKTIV_CHAIN_SENTENCES;
	/* hearsay always reports; a plan with sollen only right after attributed speech */
	bool		reportive = sollen == SOLLEN_HEARSAY || (sollen == SOLLEN_PLAN && recent &&
														 s <= cx->last_sentence + 1);
	bool		strict = reportive || qt_clause_konjunktiv(cx, first, end, true);
	gt_evidence why;

	if (!strict && !(recent && qt_clause_konjunktiv(cx, first, end, false) &&
					 s <= cx->last_sentence + 1))
		return false;
	if (main_clause_content(cx, s, first, end))
		return true;
	memset(&sp, 0, sizeof(sp));
	why = konjunktiv_speaker(cx, s, recent, &sp);
	if (reportive && why == GT_EV_KONJUNKTIV)
		why = GT_EV_REPORTIVE_MODAL;
	emit_clause(cx, first, end, GT_QUOTE_INDIRECT, &sp, NULL, why, s);
	if (recent)
		cx->last_sentence = s;
	return true;
}

/*
 * Cues of one sentence tried in turn, markers first, then verbs: a cue in
 * the content itself ("Die Kunden werden informiert, kündigte X an":
 * informiert is a passive participle, nobody speaking; "Die so erzeugte
 * Stimmung soll nach Meinung von X …": so is no "…, so X") must not hide
 * the one that attributes the sentence.
 */
#define SENTENCE_CUES 4

/*
 * Put the cue of a main clause before the cue of a relative clause that
 * clause holds: the verb of "X, die die Stärke zunächst mit 5,1 angegeben
 * hatte, sagte, dass …" does not own the content after the main verb.
 * Other cues keep their order.
 */
static void
main_clause_cues_first(qt_ctx *cx, qt_cue *cues, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		const gt_clause *rel = gt_syntax_clause_at(&cx->syn, cues[i].tok);

		if (!rel || rel->type != GT_CL_RELATIVE || rel->parent == GT_SYN_NONE)
			continue;
		for (size_t j = i + 1; j < n; j++)
		{
			const gt_clause *c = gt_syntax_clause_at(&cx->syn, cues[j].tok);

			if (c == &cx->syn.clauses[rel->parent] && c->type == GT_CL_MAIN)
			{
				qt_cue		main = cues[j];

				memmove(&cues[i + 1], &cues[i], (j - i) * sizeof(qt_cue));
				cues[i] = main;
				break;
			}
		}
	}
}

/* The most tokens a bracketed aside "(Wikinews berichtete)" holds around its verb. */
#define ASIDE_MAX_TOKENS 6

/*
 * Is token k inside a short bracketed aside of [first, end) ("(X
 * berichtete)")? A verb there points to earlier reports; it attributes
 * nothing in the sentence around it.
 */
static bool
in_aside(const gt_doc *doc, uint32_t k, uint32_t first, uint32_t end)
{
	uint32_t	lo = k > first + ASIDE_MAX_TOKENS ? k - ASIDE_MAX_TOKENS : first;
	uint32_t	hi = k + ASIDE_MAX_TOKENS < end ? k + ASIDE_MAX_TOKENS : end;
	bool		opened = false;

	for (uint32_t j = k; j > lo && !opened; j--)
	{
		if (gt_tok_punct(doc, j - 1, ')'))
			return false;
		opened = gt_tok_punct(doc, j - 1, '(');
	}
	if (!opened)
		return false;
	for (uint32_t j = k + 1; j < hi; j++)
	{
		if (gt_tok_punct(doc, j, '('))
			return false;
		if (gt_tok_punct(doc, j, ')'))
			return true;
	}
	return false;
}

/*
 * Is the cue verb at k a zu-infinitive (zu zweifeln)? Then it is part of the
 * content ("sah keinen Grund, an X zu zweifeln, wie sie mitteilte"), and a
 * finite cue attributes the clause.
 */
static bool
infinitive_cue(const gt_doc *doc, uint32_t k, uint32_t first)
{
	return k > first && gt_tok_in(doc, k - 1, GT_WS_ZU);
}

/*
 * "Poposki: Österreich ist nicht das einzige Land …" — an interview's
 * answer or a headline's statement: a sentence that opens with a person's
 * name and a colon, followed by a statement without marks, is that
 * person's (kind indirect, as content found without marks).
 */
static bool
name_colon_turn(qt_ctx *cx, uint32_t s, uint32_t first, uint32_t end)
{
	const gt_doc *doc = cx->doc;
	int32_t		mi = cx->mention_at[first];
	const gt_mention *m;
	qt_speaker	sp;

	if (mi < 0)
		return false;
	m = &cx->ents->mentions[mi];
	if (m->kind != GT_KIND_PERSON || m->first_token != first || m->end_token + 1 >= end ||
		!gt_tok_punct(doc, m->end_token, ':') || !unmarked_statement(cx, m->end_token + 1, end))
		return false;
	if (!qt_speaker_from_np(cx, first, m->end_token, QT_NONE, &sp))
		return false;
	emit_clause(cx, m->end_token + 1, end, UNMARKED_KIND, &sp, NULL, GT_EV_NAME_COLON, s);
	return true;
}

/* Find indirect and reported speech in sentence s. */
void
qt_find_clauses(qt_ctx *cx, uint32_t s)
{
	const gt_doc *doc = cx->doc;
	uint32_t	first,
				end;
	qt_cue		verbs[SENTENCE_CUES],
				markers[SENTENCE_CUES],
				nouns[SENTENCE_CUES];
	size_t		nverbs = 0,
				nmarkers = 0,
				nnouns = 0;

	gt_sentence_range(doc, s, &first, &end);
	if (end <= first + 2 || mostly_quoted(cx, first, end))
		return;
	if (name_colon_turn(cx, s, first, end))
		return;
	for (uint32_t k = first; k < end && !(nverbs == SENTENCE_CUES && nmarkers == SENTENCE_CUES); k++)
	{
		qt_cue		c;

		gt_tick(cx->env, ++cx->ticks);
		if (cx->marks[k] & (QT_TF_IN_QUOTE | QT_TF_CUE_USED | QT_TF_IN_TERM))
			continue;
		if (!qt_clause_cue_at(cx, k, end, &c))
			continue;
		if (c.type == GT_CUE_NOUN && nnouns < SENTENCE_CUES)
			nouns[nnouns++] = c;
		else if (c.type == GT_CUE_VERB && nverbs < SENTENCE_CUES && !in_aside(doc, k, first, end) &&
				 !infinitive_cue(doc, k, first))
			verbs[nverbs++] = c;
		else if (c.type == GT_CUE_MARKER && nmarkers < SENTENCE_CUES)
			markers[nmarkers++] = c;
		if (c.end > k + 1)
			k = c.end - 1;
	}
	for (size_t i = 0; i < nmarkers; i++)
		if (marker_clause(cx, &markers[i], s, first, end))
			return;
	if (nverbs && anaphoric_cue(cx, &verbs[0], s, first, end))
		return;
	main_clause_cues_first(cx, verbs, nverbs);
	for (size_t i = 0; i < nverbs; i++)
		if (verb_clause(cx, &verbs[i], s, first, end))
			return;
	for (size_t i = 0; i < nnouns; i++)
		if (noun_clause(cx, &nouns[i], s, first, end))
			return;
	if (konjunktiv_sentence(cx, s, first, end))
		return;
	intention_sentence(cx, s, first, end);
}
