/*
 * quote_direct.c — the pairs of quotation marks: a direct quote (an
 * utterance), a partial one (a phrase inside the author's sentence) or a
 * term (scare quotes, a title), with the cue and speaker around it: after
 * the quote („…“, sagte X), before a colon (X sagte: „…“), elsewhere in the
 * sentence, or the speaker of the sentences before.
 */
#include "quotes/quotes_internal.h"

#include <string.h>

/* A quote standing alone with at least this many words is speech, whatever stands before it. */
#define SPEECH_MIN_WORDS 5
/* A quoted name's genitive before at most this many words makes a term (Russlands „…“). */
#define GENITIVE_TERM_MAX_WORDS 4
/* Capitalised quoted words up to this many are a name or headline, not speech. */
#define ALL_CAPS_TERM_MAX_WORDS 4
/* Name-like quoted words (capitals and particles) up to this many are a title. */
#define NAME_LIKE_TERM_MAX_WORDS 8
/* A quote without a cue of up to this many words and no sentence end is a term. */
#define SHORT_TERM_MAX_WORDS 3
/* A quoted phrase is a term when it repeats one of this many pairs before it. */
#define REPEAT_LOOKBACK_PAIRS 16
/* A bracketed word after a quoted phrase up to this long (bytes) is its abbreviation: „…“ (UMP), (Inca). */
#define ABBREVIATION_MAX_BYTES 8
/* A quote without a cue continues the last speaker up to this many sentences later. */
#define CONTINUE_MAX_SENTENCES 4

/*
 * Is s[0..n) a longer compound ending in noun[0..m) (Tageszeitung), the noun
 * with its initial in any case, or a hyphenated compound ending in it
 * (Klima-Dokumentation)?
 */
static bool
ends_in_title_noun(const char *s, size_t n, const char *noun, size_t m)
{
	if (m == 0 || n < m)
		return false;
	if (memcmp(s + n - m + 1, noun + 1, m - 1) != 0)
		return false;
	return (s[n - m] == noun[0] && m + 1 < n) || n == m ||
		(n > m + 1 && s[n - m - 1] == '-');
}

/*
 * Does token k end with a title noun (data: title_noun, lower-case): the
 * noun at the end of a longer compound (Tageszeitung) or the capitalised
 * noun itself (Partei)?
 */
static bool
ends_with_title_noun(const gt_doc *doc, uint32_t k)
{
	return qt_cap_word_matches(doc, k, GT_WS_TITLE_NOUN, ends_in_title_noun);
}

/* Facts about the words between a pair of marks. */
typedef struct pair_shape
{
	uint32_t	words;
	bool		terminal;		/* a sentence end inside */
	bool		all_caps;		/* every word capitalised */
	bool		name_like;		/* every word capitalised, a number or a particle, the first capitalised */
} pair_shape;

/*
 * Is the lower-case word k of a pair an attributive adjective inside a
 * name: after a preposition of a name and before a capitalised word, as in
 * „Preis für geistige Freiheit“ or „Institut für angewandte Physik“ (after
 * an article it is a phrase: „Akt des politischen Verbrechertums“)?
 */
static bool
name_adjective(qt_ctx *cx, const qt_pair *p, uint32_t k)
{
	const gt_doc *doc = cx->doc;

	return k > p->open + 1 && k + 1 < p->close &&
		gt_tok_in(doc, k - 1, GT_WS_TITLE_FUNCTION_WORD) && gt_pos_preposition(gt_syntax_tag(&cx->syn, k - 1)) &&
		doc->tokens[k + 1].kind == GT_TOK_WORD && (doc->tokens[k + 1].flags & GT_TF_UPPER_INITIAL) &&
		gt_syntax_tag(&cx->syn, k) == GT_POS_ADJA;
}

/* Count the words of a pair's content and note its shape. */
static pair_shape
shape_of(qt_ctx *cx, const qt_pair *p)
{
	const gt_doc *doc = cx->doc;
	pair_shape	sh = {0, false, true, true};

	for (uint32_t k = p->open + 1; k < p->close; k++)
	{
		const gt_token *t = &doc->tokens[k];

		gt_tick(cx->env, ++cx->ticks);
		if (t->kind == GT_TOK_WORD || t->kind == GT_TOK_NUMBER)
		{
			/* a title starts with a capital: „die Hamas-Infrastruktur in der Zone“ is a phrase */
			if (sh.words == 0 && t->kind == GT_TOK_WORD && !(t->flags & GT_TF_UPPER_INITIAL))
				sh.name_like = false;
			sh.words++;
			if (!(t->flags & GT_TF_UPPER_INITIAL))
			{
				sh.all_caps = false;
				if (t->kind == GT_TOK_WORD && !gt_tok_in(doc, k, GT_WS_TITLE_FUNCTION_WORD) &&
					!name_adjective(cx, p, k))
					sh.name_like = false;
			}
		}
		else if (gt_tok_terminal(doc, k))
			sh.terminal = true;
	}
	return sh;
}

/* Does the quote stand alone: at a sentence or line start, or after a colon? */
static bool
stands_alone(const gt_doc *doc, uint32_t open)
{
	const gt_token *t = &doc->tokens[open];

	if (open == 0 || (t->flags & (GT_TF_LINE_START | GT_TF_SENT_START)))
		return true;
	return gt_tok_punct(doc, open - 1, ':') || gt_tok_terminal(doc, open - 1) ||
		doc->tokens[open - 1].kind == GT_TOK_QUOTE_CLOSE ||
		(doc->tokens[open - 1].flags & GT_TF_SENT_START && open >= 1 &&
		 gt_tok_punct(doc, open - 1, '('));
}

/* Is the closing mark at close followed by an abbreviation in brackets: „…“ (UMP)? */
static bool
followed_by_abbreviation(const gt_doc *doc, uint32_t close)
{
	uint32_t	k = close + 1;

	return k + 2 < doc->ntokens && gt_tok_punct(doc, k, '(') && gt_tok_punct(doc, k + 2, ')') &&
		doc->tokens[k + 1].kind == GT_TOK_WORD && (doc->tokens[k + 1].flags & GT_TF_UPPER_INITIAL) &&
		!(doc->tokens[k + 1].flags & GT_TF_SPACE_BEFORE) && gt_tok_len(doc, k + 1) <= ABBREVIATION_MAX_BYTES;
}

/* Is the quoted phrase a title or scare quote by what stands before (or right after) it? */
static bool
term_context(qt_ctx *cx, const qt_pair *p, const pair_shape *sh)
{
	const gt_doc *doc = cx->doc;
	uint32_t	prev = p->open - 1;
	int32_t		mi;

	if (p->open == 0)
		return false;
	if (gt_tok_in(doc, prev, GT_WS_SCARE_WORD) || ends_with_title_noun(doc, prev))
		return true;
	/* Motto: „…“, sein Erstwerk: „…“ — a title noun before a colon, and no sentence in the marks */
	if (prev > 0 && !sh->terminal && gt_tok_punct(doc, prev, ':') && ends_with_title_noun(doc, prev - 1))
		return true;
	/* „Union pour un Mouvement Populaire“ (UMP): a name with its abbreviation */
	if (followed_by_abbreviation(doc, p->close))
		return true;
	/* Russlands "militärische Spezialoperation": a name's genitive */
	mi = cx->mention_at[prev];
	if (mi >= 0 && sh->words <= GENITIVE_TERM_MAX_WORDS)
	{
		size_t		n;
		const char *s = gt_tok_text(doc, prev, &n);

		if (n > 1 && s[n - 1] == 's' &&
			cx->ents->mentions[mi].kind != GT_KIND_PERSON)
			return true;
	}
	return false;
}

/* The first cue outside quotes in tokens [from, to) of a sentence. */
static bool
cue_in_range(qt_ctx *cx, uint32_t from, uint32_t to, uint32_t send,
			 bool verbs_only, qt_cue *cue)
{
	for (uint32_t k = from; k < to; k++)
	{
		gt_tick(cx->env, ++cx->ticks);
		if (cx->marks[k] & (QT_TF_IN_QUOTE | QT_TF_CUE_USED))
			continue;
		if (qt_cue_at(cx, k, send, cue) && (cue->type == GT_CUE_VERB || !verbs_only))
		{
			if (cue->type == GT_CUE_MARKER && cue->end - cue->tok < 2 &&
				!qt_marker_stands_alone(cx->doc, k))
				continue;
			return true;
		}
	}
	return false;
}

/* Attribution after the quote: „…“, sagte X / „…“, so X / „…“ sagte X. */
static bool
cue_after(qt_ctx *cx, const qt_pair *p, uint32_t send, qt_cue *cue,
		  qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;
	uint32_t	k = p->close + 1;
	uint32_t	sfirst = doc->sentences[doc->tokens[p->close].sentence].first_token;

	if (k < doc->ntokens && gt_tok_punct(doc, k, ','))
		k++;
	else if (k < doc->ntokens && !gt_tok_terminal(doc, p->close - 1) &&
			 !gt_tok_punct(doc, p->close - 1, ','))
		return false;
	if (k >= doc->ntokens || doc->tokens[k].sentence != doc->tokens[p->close].sentence)
	{
		/* the sentence ended inside the quote: the next one may attribute */
		if (k >= doc->ntokens || (doc->tokens[k].flags & GT_TF_LINE_START))
			return false;
		{
			uint32_t	s = doc->tokens[k].sentence;

			send = doc->sentences[s].end_token;
			sfirst = doc->sentences[s].first_token;
		}
	}
	/* "„…“ Das sagte X am Montag." / "Dies erklärte X." */
	if (k + 1 < send && doc->tokens[k].sentence != doc->tokens[p->close].sentence &&
		gt_tok_in(doc, k, GT_WS_ANAPHORIC_PRONOUN) && gt_tok_cap_word(doc, k) &&
		qt_cue_at(cx, k + 1, send, cue) && cue->type == GT_CUE_VERB)
		return qt_verb_subject(cx, cue, k + 1, send, sp) || true;
	if (!qt_cue_at(cx, k, send, cue))
		return false;
	if (cue->type == GT_CUE_MARKER && !gt_tok_in(doc, k, GT_WS_SOURCE_APPENDED))
		return false;
	if (cue->type == GT_CUE_MARKER)
		return qt_marker_subject(cx, cue, sfirst, send, sp);
	return qt_verb_subject(cx, cue, k, send, sp) || true;
}

/* Attribution before a colon: X sagte: „…“ / X: „…“ / X sieht es so: „…“. */
static bool
cue_before_colon(qt_ctx *cx, const qt_pair *p, qt_cue *cue, qt_speaker *sp,
				 bool sentence_like)
{
	const gt_doc *doc = cx->doc;
	uint32_t	colon = p->open - 1;
	uint32_t	s = doc->tokens[colon].sentence;
	uint32_t	sfirst = doc->sentences[s].first_token;
	uint32_t	lo = colon > sfirst + QT_WINDOW ? colon - QT_WINDOW : sfirst;

	if (cue_in_range(cx, lo, colon, colon, true, cue))
		return qt_verb_subject(cx, cue, sfirst, colon, sp) || true;
	memset(cue, 0, sizeof(*cue));
	cue->tok = QT_NONE;
	/* "Zypries sieht darin eine Bestätigung: „…“": the clause's subject */
	if (sentence_like && qt_clause_subject(cx, sfirst, colon, sp))
		return true;
	/* "Merkel: „…“" — a name right before the colon */
	if (colon > lo && cx->mention_at[colon - 1] >= 0)
	{
		const gt_mention *m = &cx->ents->mentions[cx->mention_at[colon - 1]];

		return qt_speaker_from_np(cx, m->first_token, m->end_token, QT_NONE, sp);
	}
	return false;
}

/* A cue elsewhere in the quote's sentences (outside the quote). */
static bool
cue_in_sentence(qt_ctx *cx, const qt_pair *p, qt_cue *cue, qt_speaker *sp)
{
	const gt_doc *doc = cx->doc;
	uint32_t	s0 = doc->tokens[p->open].sentence;
	uint32_t	s1 = doc->tokens[p->close].sentence;
	uint32_t	f0 = doc->sentences[s0].first_token;
	uint32_t	e1 = doc->sentences[s1].end_token;
	uint32_t	lo = p->open > f0 + QT_WINDOW ? p->open - QT_WINDOW : f0;
	uint32_t	hi = e1 > p->close + QT_WINDOW ? p->close + QT_WINDOW : e1;

	/* a verb before the quote may have its particle after it (wies die Vorwürfe als „haltlos“ zurück) */
	if (cue_in_range(cx, lo, p->open, e1, false, cue) ||
		cue_in_range(cx, p->close + 1, hi, e1, false, cue))
	{
		uint32_t	cs = doc->tokens[cue->tok].sentence;
		uint32_t	cf = doc->sentences[cs].first_token;
		uint32_t	ce = doc->sentences[cs].end_token;

		if (cue->type == GT_CUE_MARKER)
			return qt_marker_subject(cx, cue, cf, ce, sp) || true;
		return qt_verb_subject(cx, cue, cf, ce, sp) || true;
	}
	return false;
}

/* Is a quoted phrase a repeat of an earlier short quote (a term)? */
static bool
repeated(qt_ctx *cx, const qt_pair *pairs, size_t i)
{
	const gt_doc *doc = cx->doc;
	const qt_pair *p = &pairs[i];
	size_t		b0 = doc->tokens[p->open].span.byte_end;
	size_t		n = doc->tokens[p->close].span.byte_start - b0;

	for (size_t j = i > REPEAT_LOOKBACK_PAIRS ? i - REPEAT_LOOKBACK_PAIRS : 0; j < i; j++)
	{
		size_t		c0 = doc->tokens[pairs[j].open].span.byte_end;
		size_t		m = doc->tokens[pairs[j].close].span.byte_start - c0;

		if (m == n && memcmp(doc->text + b0, doc->text + c0, n) == 0)
			return true;
	}
	return false;
}

/* Mark the tokens of a pair as quoted (or as a term). */
static void
mark_pair(qt_ctx *cx, const qt_pair *p, uint8_t flag)
{
	for (uint32_t k = p->open; k <= p->close; k++)
		cx->marks[k] |= flag;
}

/*
 * The speaker of a quote without a cue of its own: the subject of its own
 * sentence for a phrase inside it; the last speaker when the sentence
 * before attributed a quote; else the subject of the sentence before
 * ("X verurteilte die Haltung der Regierung. „…“"); else the last speaker.
 */
static void
uncued_speaker(qt_ctx *cx, const qt_pair *p, bool alone, qt_speaker *sp,
			   gt_evidence *why)
{
	const gt_doc *doc = cx->doc;
	uint32_t	s = doc->tokens[p->open].sentence;
	uint32_t	first,
				end;
	qt_speaker	subj;
	bool		reported;

	gt_sentence_range(doc, s, &first, &end);
	/* "Sie seien „so gut wie jeder andere geeignet“": in reported content the subject is no speaker */
	reported = cx->last.found && s <= cx->last_sentence + 1 &&
		qt_clause_konjunktiv(cx, first, end, true);
	if (!alone && !reported && p->open > first &&
		qt_clause_subject(cx, first, p->open, &subj) && subj.agent)
	{
		*sp = subj;
		*why = GT_EV_QUOTE_SUBJECT;
		return;
	}
	if (cx->last.found && s <= cx->last_sentence + 1)
	{
		qt_continue_speaker(cx, p->open, sp);
		*why = GT_EV_QUOTE_CONTINUES;
		return;
	}
	if (alone && s > 0 && p->open == first)
	{
		gt_sentence_range(doc, s - 1, &first, &end);
		if (qt_clause_subject(cx, first, end, &subj) && subj.agent)
		{
			*sp = subj;
			sp->how = GT_SPK_PREVIOUS_SUBJECT;
			*why = GT_EV_QUOTE_PREV_SUBJECT;
			return;
		}
	}
	if (cx->last.found && s <= cx->last_sentence + CONTINUE_MAX_SENTENCES)
	{
		qt_continue_speaker(cx, p->open, sp);
		*why = GT_EV_QUOTE_CONTINUES;
	}
}

/* Classify and attribute pair i of the document's pairs of marks, and emit it. */
void
qt_handle_pair(qt_ctx *cx, const qt_pair *pairs, size_t i)
{
	const gt_doc *doc = cx->doc;
	const qt_pair *p = &pairs[i];
	pair_shape	sh = shape_of(cx, p);
	uint32_t	s = doc->tokens[p->open].sentence;
	uint32_t	send = doc->sentences[doc->tokens[p->close].sentence].end_token;
	bool		alone = stands_alone(doc, p->open);
	qt_cue		cue;
	qt_speaker	sp;
	bool		has_cue = false;
	gt_quote_kind kind;
	gt_evidence why;

	memset(&sp, 0, sizeof(sp));
	memset(&cue, 0, sizeof(cue));
	cue.tok = QT_NONE;
	if (sh.words == 0)
		return;
	if (term_context(cx, p, &sh) && !(alone && sh.words >= SPEECH_MIN_WORDS))
	{
		mark_pair(cx, p, QT_TF_IN_TERM);
		qt_emit(cx, p->open + 1, p->close, GT_QUOTE_TERM, NULL, NULL, GT_EV_QUOTE_TERM);
		return;
	}
	if (cue_after(cx, p, send, &cue, &sp))
	{
		has_cue = cue.tok != QT_NONE;
		why = GT_EV_QUOTE_CUE_AFTER;
		kind = GT_QUOTE_DIRECT;
	}
	else if (p->open > 0 && gt_tok_punct(doc, p->open - 1, ':') &&
			 cue_before_colon(cx, p, &cue, &sp, sh.terminal || sh.words >= SPEECH_MIN_WORDS))
	{
		has_cue = cue.tok != QT_NONE;
		why = GT_EV_QUOTE_CUE_COLON;
		kind = GT_QUOTE_DIRECT;
	}
	else
	{
		bool		termish = term_context(cx, p, &sh) ||
			(p->open > 0 && gt_tok_in(doc, p->open - 1, GT_WS_SOURCE_PREPOSITION)) ||
			repeated(cx, pairs, i);
		/* capitalised words alone look like a title; German nouns are capitalised too */
		bool		name_like = (sh.all_caps && sh.words <= ALL_CAPS_TERM_MAX_WORDS && !sh.terminal) ||
			(sh.name_like && sh.words <= NAME_LIKE_TERM_MAX_WORDS && !sh.terminal && !alone);

		if (termish && !(alone && sh.words >= SPEECH_MIN_WORDS))
		{
			mark_pair(cx, p, QT_TF_IN_TERM);
			qt_emit(cx, p->open + 1, p->close, GT_QUOTE_TERM, NULL, NULL,
					GT_EV_QUOTE_TERM);
			return;
		}
		memset(&cue, 0, sizeof(cue));
		cue.tok = QT_NONE;
		has_cue = cue_in_sentence(cx, p, &cue, &sp);
		/*
		 * … so one capitalised word that is no name the document knows is a
		 * word quoted from a speaker in a sentence that reports one (sprach
		 * von „Panikverkäufen“); longer capitalised phrases are titles and names
		 */
		if (name_like && !(sh.words == 1 && cx->mention_at[p->open + 1] < 0 &&
						   has_cue && sp.found && sp.agent))
		{
			mark_pair(cx, p, QT_TF_IN_TERM);
			qt_note_phrase_term(cx, qt_emit(cx, p->open + 1, p->close, GT_QUOTE_TERM, NULL, NULL,
											GT_EV_QUOTE_TERM), p->open + 1, p->close);
			return;
		}
		kind = (alone || sh.terminal) && sh.words >= 2 ? GT_QUOTE_DIRECT
			: GT_QUOTE_PARTIAL;
		why = has_cue ? GT_EV_QUOTE_CUE_SENTENCE : GT_EV_QUOTE_UNCUED;
		if (!has_cue && sh.words <= SHORT_TERM_MAX_WORDS && !sh.terminal &&
			!qt_clause_konjunktiv(cx, doc->sentences[s].first_token, send, true))
		{
			mark_pair(cx, p, QT_TF_IN_TERM);
			qt_note_phrase_term(cx, qt_emit(cx, p->open + 1, p->close, GT_QUOTE_TERM, NULL, NULL,
											GT_EV_QUOTE_TERM_SHORT), p->open + 1, p->close);
			return;
		}
		if (!sp.found)
			uncued_speaker(cx, p, alone, &sp, &why);
	}
	mark_pair(cx, p, QT_TF_IN_QUOTE);
	if (has_cue && cue.tok != QT_NONE && why != GT_EV_QUOTE_CUE_SENTENCE)
		cx->marks[cue.tok] |= QT_TF_CUE_USED;
	else if (has_cue && cue.tok != QT_NONE)
		cx->marks[cue.tok] |= QT_TF_CUE_PARTIAL;
	qt_emit(cx, p->open + 1, p->close, kind, &sp, has_cue ? &cue : NULL, why);
	qt_remember(cx, &sp, doc->tokens[p->close].sentence);
}

