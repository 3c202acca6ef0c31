/*
 * quotes.c — gt_find_quotes: quotation marks become direct, partial or term
 * quotes with their speaker and cue; sentences with reporting cues or
 * Konjunktiv I become indirect or reported speech (quote_clauses.c).
 *
 * The document is walked once, sentence by sentence; the pairs of marks
 * (quote_marks.c) are consumed in the same order, so a speaker seen earlier
 * can carry over to a continuation. Every search window is bounded.
 */
#include "quotes_internal.h"

#include <stdlib.h>
#include <string.h>

/* Nouns after which a quoted phrase is a title or name (Zeitung "…"). */
static const char *const title_nouns[] = {
	"zeitung", "magazin", "blatt", "film", "buch", "partei", "operation",
	"titel", "motto", "album", "song", "lied", "sendung", "programm",
	"projekt", "schiff", "fähre", "aktion", "kampagne", "gruppe", "bewegung",
	"firma", "unternehmen", "band", "tour", "marke", "modell", "typ", "spiel",
	"roman", "serie", "show", "stück", "oper", "begriff", "wort",
	"bezeichnung", "name", "namen", "slogan", "stichwort", "codename",
	"sender", "agentur", "portal", "website", "netzwerk", "mission",
	"sonde", "rakete", "verein", "initiative", "bündnis", "festival",
	"preis", "ausstellung", "studie", "bericht", "gesetz", "plan", NULL
};

/* Words that make the next quoted phrase a scare quote. */
static const char *const scare_words[] = {
	"sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sog.",
	"genannte", "genannten", "genannter", "genanntes", "Begriff", NULL
};

/* Does token k end with one of the title nouns (Tageszeitung, Partei)? */
static bool
ends_with_title_noun(const gt_doc *doc, uint32_t k)
{
	const char *s = qt_text(doc, k);
	size_t		n = qt_len(doc, k);

	if (!qt_cap_word(doc, k))
		return false;
	for (int i = 0; title_nouns[i]; i++)
	{
		size_t		m = strlen(title_nouns[i]);

		if (n >= m && strncmp(s + n - m, title_nouns[i], m) == 0 && m + 1 < n)
			return true;
		if (n == m + 0 && n > 0 && strncmp(s + 1, title_nouns[i] + 1, m - 1) == 0)
			return true;
	}
	return false;
}

/* Facts about the words between a pair of marks. */
typedef struct pair_shape
{
	uint32_t	words;
	bool		terminal;		/* a sentence end inside */
	bool		all_caps;		/* every word capitalised */
	bool		name_like;		/* every word capitalised, a number or a particle */
} pair_shape;

/* Lower-case particles of names and titles, German and foreign (of, de, pour). */
static const char *const name_particles[] = {
	"der", "die", "das", "des", "dem", "den", "und", "für", "von", "vom", "zu",
	"zur", "zum", "an", "am", "im", "in", "auf", "aus", "mit", "ohne", "of",
	"for", "the", "and", "on", "de", "du", "la", "le", "les", "et", "pour",
	"voor", "van", "y", "el", "di", "del", "da", "e", NULL
};

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
			sh.words++;
			if (!(t->flags & GT_TF_UPPER_INITIAL))
			{
				sh.all_caps = false;
				if (t->kind == GT_TOK_WORD && !qt_in(doc, k, name_particles))
					sh.name_like = false;
			}
		}
		else if (qt_terminal(doc, k))
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
	return qt_punct(doc, open - 1, ':') || qt_terminal(doc, open - 1) ||
		doc->tokens[open - 1].kind == GT_TOK_QUOTE_CLOSE ||
		(doc->tokens[open - 1].flags & GT_TF_SENT_START && open >= 1 &&
		 qt_punct(doc, open - 1, '('));
}

/* Is the quoted phrase a title or scare quote by what stands before it? */
static bool
term_context(qt_ctx *cx, const qt_pair *p, const pair_shape *sh)
{
	const gt_doc *doc = cx->doc;
	uint32_t	prev = p->open - 1;
	int32_t		mi;

	if (p->open == 0)
		return false;
	if (qt_in(doc, prev, scare_words) || ends_with_title_noun(doc, prev))
		return true;
	/* Russlands "militärische Spezialoperation": a name's genitive */
	mi = cx->mention_at[prev];
	if (mi >= 0 && sh->words <= 4)
	{
		const char *s = qt_text(doc, prev);
		size_t		n = qt_len(doc, prev);

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
		if (qt_cue_at(cx, k, send, cue) && (cue->type == 1 || !verbs_only))
		{
			if (cue->type == 2 && !qt_is_ci(cx->doc, k, "so") &&
				!qt_is_ci(cx->doc, k, "laut") && cue->end - cue->tok < 2 &&
				!qt_is(cx->doc, k, "zufolge"))
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

	if (k < doc->ntokens && qt_punct(doc, k, ','))
		k++;
	else if (k < doc->ntokens && !qt_terminal(doc, p->close - 1) &&
			 !qt_punct(doc, p->close - 1, ','))
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
		(qt_is(doc, k, "Das") || qt_is(doc, k, "Dies")) &&
		qt_cue_at(cx, k + 1, send, cue) && cue->type == 1)
		return qt_verb_subject(cx, cue, k + 1, send, sp) || true;
	if (!qt_cue_at(cx, k, send, cue))
		return false;
	if (cue->type == 2 && !qt_is_ci(doc, k, "so"))
		return false;
	if (cue->type == 2)
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

	if (cue_in_range(cx, lo, p->open, p->open, false, cue) ||
		cue_in_range(cx, p->close + 1, hi, e1, false, cue))
	{
		uint32_t	cs = doc->tokens[cue->tok].sentence;
		uint32_t	cf = doc->sentences[cs].first_token;
		uint32_t	ce = doc->sentences[cs].end_token;

		if (cue->type == 2)
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

	for (size_t j = i > 16 ? i - 16 : 0; j < i; j++)
	{
		size_t		c0 = doc->tokens[pairs[j].open].span.byte_end;
		size_t		m = doc->tokens[pairs[j].close].span.byte_start - c0;

		if (m == n && memcmp(doc->text + b0, doc->text + c0, n) == 0)
			return true;
	}
	return false;
}

/* Remember the speaker of a quote for later continuations. */
void
qt_remember(qt_ctx *cx, const qt_speaker *sp, uint32_t sentence)
{
	if (!sp->found)
		return;
	cx->last = *sp;
	cx->last_sentence = sentence;
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
			   const char **why)
{
	const gt_doc *doc = cx->doc;
	uint32_t	s = doc->tokens[p->open].sentence;
	uint32_t	first,
				end;
	qt_speaker	subj;

	qt_sentence_range(doc, s, &first, &end);
	if (!alone && p->open > first &&
		qt_clause_subject(cx, first, p->open, &subj) && subj.agent)
	{
		*sp = subj;
		*why = "rule:quote-subject";
		return;
	}
	if (cx->last.found && s <= cx->last_sentence + 1)
	{
		*sp = cx->last;
		*why = "rule:quote-continues";
		return;
	}
	if (alone && s > 0 && p->open == first)
	{
		qt_sentence_range(doc, s - 1, &first, &end);
		if (qt_clause_subject(cx, first, end, &subj) && subj.agent)
		{
			*sp = subj;
			*why = "rule:quote-prev-subject";
			return;
		}
	}
	if (cx->last.found && s <= cx->last_sentence + 4)
	{
		*sp = cx->last;
		*why = "rule:quote-continues";
	}
}

/* Classify and attribute one pair of marks, and emit it. */
static void
handle_pair(qt_ctx *cx, const qt_pair *pairs, size_t i)
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
	const char *why;

	memset(&sp, 0, sizeof(sp));
	memset(&cue, 0, sizeof(cue));
	cue.tok = QT_NONE;
	if (sh.words == 0)
		return;
	if (term_context(cx, p, &sh) && !(alone && sh.words >= 5))
	{
		mark_pair(cx, p, QT_TF_IN_TERM);
		qt_emit(cx, p->open + 1, p->close, GT_QUOTE_TERM, NULL, NULL, "rule:term");
		return;
	}
	if (cue_after(cx, p, send, &cue, &sp))
	{
		has_cue = cue.tok != QT_NONE;
		why = "rule:quote-cue-after";
		kind = GT_QUOTE_DIRECT;
	}
	else if (p->open > 0 && qt_punct(doc, p->open - 1, ':') &&
			 cue_before_colon(cx, p, &cue, &sp, sh.terminal || sh.words >= 5))
	{
		has_cue = cue.tok != QT_NONE;
		why = "rule:quote-cue-colon";
		kind = GT_QUOTE_DIRECT;
	}
	else
	{
		bool		termish = term_context(cx, p, &sh) ||
			(sh.all_caps && sh.words <= 4 && !sh.terminal) ||
			(sh.name_like && sh.words <= 8 && !sh.terminal && !alone) ||
			(p->open > 0 && qt_is_ci(doc, p->open - 1, "laut")) ||
			repeated(cx, pairs, i);

		if (termish && !(alone && sh.words >= 5))
		{
			mark_pair(cx, p, QT_TF_IN_TERM);
			qt_emit(cx, p->open + 1, p->close, GT_QUOTE_TERM, NULL, NULL,
					"rule:term");
			return;
		}
		memset(&cue, 0, sizeof(cue));
		cue.tok = QT_NONE;
		has_cue = cue_in_sentence(cx, p, &cue, &sp);
		kind = (alone || sh.terminal) && sh.words >= 2 ? GT_QUOTE_DIRECT
			: GT_QUOTE_PARTIAL;
		why = has_cue ? "rule:quote-cue-sentence" : "rule:quote";
		if (!has_cue && sh.words <= 3 && !sh.terminal &&
			!qt_clause_konjunktiv(cx, doc->sentences[s].first_token, send, true))
		{
			mark_pair(cx, p, QT_TF_IN_TERM);
			qt_emit(cx, p->open + 1, p->close, GT_QUOTE_TERM, NULL, NULL,
					"rule:term-short");
			return;
		}
		if (!sp.found)
			uncued_speaker(cx, p, alone, &sp, &why);
	}
	mark_pair(cx, p, QT_TF_IN_QUOTE);
	if (has_cue && cue.tok != QT_NONE && strcmp(why, "rule:quote-cue-sentence") != 0)
		cx->marks[cue.tok] |= QT_TF_CUE_USED;
	else if (has_cue && cue.tok != QT_NONE)
		cx->marks[cue.tok] |= QT_TF_CUE_PARTIAL;
	qt_emit(cx, p->open + 1, p->close, kind, &sp, has_cue ? &cue : NULL, why);
	qt_remember(cx, &sp, doc->tokens[p->close].sentence);
}

/* Append a quote over tokens [first, end) with speaker and cue; NULL on ENOMEM. */
gt_quote *
qt_emit(qt_ctx *cx, uint32_t first, uint32_t end, gt_quote_kind kind,
		const qt_speaker *sp, const qt_cue *cue, const char *evidence)
{
	const gt_doc *doc = cx->doc;
	gt_quotes  *out = cx->out;
	gt_quote   *q;
	gt_quote   *grown;

	if (end <= first || cx->status != GT_OK)
		return NULL;
	grown = gt_grow(cx->env, out->items, &cx->cap, sizeof(gt_quote), out->n + 1);
	if (!grown)
	{
		cx->status = GT_ENOMEM;
		return NULL;
	}
	out->items = grown;
	q = &out->items[out->n++];
	memset(q, 0, sizeof(*q));
	q->span.byte_start = doc->tokens[first].span.byte_start;
	q->span.char_start = doc->tokens[first].span.char_start;
	q->span.byte_end = doc->tokens[end - 1].span.byte_end;
	q->span.char_end = doc->tokens[end - 1].span.char_end;
	q->sentence = doc->tokens[first].sentence;
	q->kind = (uint8_t) kind;
	q->speaker_entity = -1;
	q->evidence = evidence;
	if (sp && sp->found && sp->text && kind != GT_QUOTE_TERM)
	{
		q->has_speaker = true;
		q->speaker = sp->text;
		q->speaker_kind = sp->kind;
		q->speaker_entity = sp->entity;
		q->speaker_span.byte_start = doc->tokens[sp->first].span.byte_start;
		q->speaker_span.char_start = doc->tokens[sp->first].span.char_start;
		q->speaker_span.byte_end = doc->tokens[sp->end - 1].span.byte_end;
		q->speaker_span.char_end = doc->tokens[sp->end - 1].span.char_end;
	}
	if (cue && cue->tok != QT_NONE && kind != GT_QUOTE_TERM)
	{
		uint32_t	last = cue->end > cue->tok ? cue->end - 1 : cue->tok;

		q->has_cue = true;
		q->cue_lemma = cue->lemma;
		q->cue_span.byte_start = doc->tokens[cue->tok].span.byte_start;
		q->cue_span.char_start = doc->tokens[cue->tok].span.char_start;
		q->cue_span.byte_end = doc->tokens[last].span.byte_end;
		q->cue_span.char_end = doc->tokens[last].span.char_end;
	}
	return q;
}

/* Index the mentions by token: a person or full name wins over a modifier. */
static void
index_mentions(qt_ctx *cx)
{
	const gt_entities *ents = cx->ents;

	for (size_t k = 0; k < cx->doc->ntokens; k++)
		cx->mention_at[k] = -1;
	if (!ents)
		return;
	for (size_t i = 0; i < ents->nmentions; i++)
	{
		const gt_mention *m = &ents->mentions[i];
		uint32_t	end = m->end_token > m->first_token ? m->end_token : m->first_token + 1;

		gt_tick(cx->env, ++cx->ticks);
		for (uint32_t k = m->first_token; k < end && k < cx->doc->ntokens &&
			 k < m->first_token + 16; k++)
		{
			int32_t		old = cx->mention_at[k];

			if (old < 0 || (ents->mentions[old].form == GT_FORM_COMPOUND &&
							m->form != GT_FORM_COMPOUND) ||
				(m->kind == GT_KIND_PERSON &&
				 ents->mentions[old].kind != GT_KIND_PERSON))
				cx->mention_at[k] = (int32_t) i;
		}
	}
}

/* Order quotes by start, longer first. */
static int
cmp_quotes(const void *a, const void *b)
{
	const gt_quote *x = a;
	const gt_quote *y = b;

	if (x->span.char_start != y->span.char_start)
		return x->span.char_start < y->span.char_start ? -1 : 1;
	if (x->span.char_end != y->span.char_end)
		return x->span.char_end > y->span.char_end ? -1 : 1;
	return (int) x->kind - (int) y->kind;
}

/* Walk sentences in order: their quotation marks, then their clauses. */
static void
walk(qt_ctx *cx, const qt_pair *pairs, size_t npairs)
{
	const gt_doc *doc = cx->doc;
	size_t		next = 0;

	for (uint32_t s = 0; s < doc->nsentences && cx->status == GT_OK; s++)
	{
		gt_tick(cx->env, ++cx->ticks);
		while (next < npairs && doc->tokens[pairs[next].open].sentence <= s)
			handle_pair(cx, pairs, next++);
		qt_find_clauses(cx, s);
	}
}

/* Find quotes and attribute them to speakers. */
gt_status
gt_find_quotes(const gt_doc *doc, const gt_entities *ents,
			   const gt_lexicons *lex, gt_quotes *out)
{
	static const gt_entities no_entities = {0};
	qt_ctx		cx;
	qt_pair    *pairs = NULL;
	size_t		npairs = 0;
	gt_lexicons builtin = gt_lexicons_default(NULL);

	memset(out, 0, sizeof(*out));
	memset(&cx, 0, sizeof(cx));
	out->env = doc->env;
	cx.doc = doc;
	cx.ents = ents ? ents : &no_entities;
	cx.lex = lex ? lex : &builtin;
	cx.env = doc->env;
	cx.out = out;
	cx.arena = gt_arena_new(doc->env);
	out->arena = cx.arena;
	cx.mention_at = gt_alloc(doc->env, (doc->ntokens + 1) * sizeof(int32_t));
	cx.marks = gt_alloc(doc->env, doc->ntokens + 1);
	if (!cx.arena || !cx.mention_at || !cx.marks)
		cx.status = GT_ENOMEM;
	else
	{
		memset(cx.marks, 0, doc->ntokens + 1);
		qt_mark_konjunktiv(&cx);
		index_mentions(&cx);
		cx.status = qt_pair_marks(&cx, &pairs, &npairs);
	}
	if (cx.status == GT_OK)
		walk(&cx, pairs, npairs);
	gt_free(doc->env, pairs);
	gt_free(doc->env, cx.mention_at);
	gt_free(doc->env, cx.marks);
	if (cx.status != GT_OK)
	{
		gt_quotes_free(out);
		return cx.status;
	}
	if (out->n > 1)
		qsort(out->items, out->n, sizeof(gt_quote), cmp_quotes);
	return GT_OK;
}

/* Release what gt_find_quotes allocated. */
void
gt_quotes_free(gt_quotes *quotes)
{
	if (!quotes || !quotes->env)
		return;
	gt_free(quotes->env, quotes->items);
	if (quotes->arena)
		gt_arena_free(quotes->arena);
	quotes->items = NULL;
	quotes->n = 0;
	quotes->arena = NULL;
}

/* SQL name of a quote kind. */
const char *
gt_quote_kind_name(gt_quote_kind kind)
{
	static const char *const names[GT_QUOTE__COUNT] = {
		"direct", "partial", "indirect", "reported", "term"
	};

	return (unsigned) kind < GT_QUOTE__COUNT ? names[kind] : "";
}
