/*
 * quote_marks.c — pair opening and closing quotation marks.
 *
 * One pass with a small stack of open marks (at most QT_MAX_DEPTH, the
 * oldest dropped when full), so the work per mark is bounded and the pass
 * is linear however unbalanced or deeply nested the input is. Styles:
 * „…“ „…” “…” »…« «…» and ASCII "…"; single marks (‚…‘ ‹…› '…') are
 * left alone, so a quote inside a quote never breaks the outer pair. A
 * quote may run over paragraphs when each new paragraph opens with the
 * same mark (the German convention); otherwise an unclosed mark expires at
 * the paragraph's end. Only outermost pairs are reported.
 */
#include "quotes/quotes_internal.h"

#include <string.h>

/* Families of double quotation marks, by the mark that opens them. */
typedef enum mark_family
{
	FAM_NONE = 0,
	FAM_LOW,					/* „ closed by “ or ” */
	FAM_ENGLISH,				/* “ closed by ” */
	FAM_GUILLEMET_IN,			/* » closed by « */
	FAM_GUILLEMET_OUT,			/* « closed by » */
	FAM_ASCII					/* " closed by " */
} mark_family;

/* One open mark on the stack. */
typedef struct open_mark
{
	uint32_t	tok;
	uint32_t	line;
	uint8_t		family;
} open_mark;

/* The pairing state. */
typedef struct pairer
{
	open_mark	stack[QT_MAX_DEPTH];
	int			depth;
	uint32_t	line;
	qt_pair    *pairs;
	size_t		npairs;
	size_t		cap;
	const gt_env *env;
} pairer;

/* The first code point of token k. */
static int32_t
mark_cp(const gt_doc *doc, uint32_t k)
{
	size_t		i = doc->tokens[k].span.byte_start;

	return gt_utf8_next(doc->text, doc->tokens[k].span.byte_end, &i);
}

/* Index of the topmost open mark of a family, or -1. */
static int
find_open(const pairer *p, mark_family fam)
{
	for (int i = p->depth - 1; i >= 0; i--)
		if (p->stack[i].family == fam)
			return i;
	return -1;
}

/* Push an open mark, dropping the oldest when the stack is full. */
static void
push(pairer *p, uint32_t tok, mark_family fam)
{
	if (p->depth == QT_MAX_DEPTH)
	{
		memmove(p->stack, p->stack + 1, (QT_MAX_DEPTH - 1) * sizeof(open_mark));
		p->depth--;
	}
	p->stack[p->depth].tok = tok;
	p->stack[p->depth].line = p->line;
	p->stack[p->depth].family = (uint8_t) fam;
	p->depth++;
}

/* Close the open mark at stack index i with token tok; false on ENOMEM. */
static bool
close_at(pairer *p, int i, uint32_t tok)
{
	bool		outermost = i == 0;
	uint32_t	open = p->stack[i].tok;

	p->depth = i;
	if (!outermost || tok <= open + 1)
		return true;
	{
		qt_pair    *grown = gt_grow(p->env, p->pairs, &p->cap, sizeof(qt_pair),
									p->npairs + 1);

		if (!grown)
			return false;
		p->pairs = grown;
	}
	p->pairs[p->npairs].open = open;
	p->pairs[p->npairs].close = tok;
	p->npairs++;
	return true;
}

/* At a paragraph start: continue a quote reopened with its mark, else expire. */
static bool
new_line(pairer *p, mark_family opening)
{
	p->line++;
	if (opening != FAM_NONE && p->depth > 0 &&
		p->stack[0].family == opening && p->stack[0].line + 1 == p->line)
	{
		p->depth = 1;
		p->stack[0].line = p->line;
		return true;				/* the mark continues the open quote */
	}
	p->depth = 0;
	return false;
}

/* The family a mark would open, from its character and tokenizer kind. */
static mark_family
opening_family(int32_t cp, uint8_t kind)
{
	switch (cp)
	{
		case 0x201E:
			return FAM_LOW;
		case 0x201C:
			return kind == GT_TOK_QUOTE_CLOSE ? FAM_NONE : FAM_ENGLISH;
		case 0x00BB:
			return kind == GT_TOK_QUOTE_CLOSE ? FAM_NONE : FAM_GUILLEMET_IN;
		case 0x00AB:
			return kind == GT_TOK_QUOTE_OPEN ? FAM_GUILLEMET_OUT : FAM_NONE;
		case '"':
			return FAM_ASCII;
		default:
			return FAM_NONE;
	}
}

/* The open mark a closing character would close, or -1. */
static int
closing_index(const pairer *p, int32_t cp)
{
	int			i = -1;

	switch (cp)
	{
		case 0x201C:
			return find_open(p, FAM_LOW);
		case 0x201D:
			i = find_open(p, FAM_LOW);
			{
				int			j = find_open(p, FAM_ENGLISH);

				return j > i ? j : i;
			}
		case 0x00AB:
			return find_open(p, FAM_GUILLEMET_IN);
		case 0x00BB:
			return find_open(p, FAM_GUILLEMET_OUT);
		default:
			return i;
	}
}

/* Handle an ASCII double mark: close an open one on this line, else open. */
static bool
ascii_mark(pairer *p, uint32_t k, uint8_t kind)
{
	int			i = find_open(p, FAM_ASCII);

	if (i >= 0 && (kind != GT_TOK_QUOTE_OPEN || p->stack[i].line != p->line))
	{
		if (p->stack[i].line == p->line || kind == GT_TOK_QUOTE_CLOSE)
			return close_at(p, i, k);
	}
	if (i >= 0)
		p->depth = i;			/* an unclosed mark before this one: abandon */
	if (kind != GT_TOK_QUOTE_CLOSE)
		push(p, k, FAM_ASCII);
	return true;
}

/* Handle one quotation-mark token. */
static bool
handle_mark(pairer *p, const gt_doc *doc, uint32_t k)
{
	const gt_token *t = &doc->tokens[k];
	int32_t		cp = mark_cp(doc, k);
	mark_family opens = opening_family(cp, t->kind);
	int			i;

	if ((t->flags & GT_TF_LINE_START) && new_line(p, opens))
		return true;
	if (cp == '"')
		return ascii_mark(p, k, t->kind);
	i = closing_index(p, cp);
	if (i >= 0)
		return close_at(p, i, k);
	if (opens == FAM_LOW || opens == FAM_GUILLEMET_IN || opens == FAM_ENGLISH ||
		opens == FAM_GUILLEMET_OUT)
	{
		int			same = find_open(p, opens);

		/* the same mark again on one line: the earlier one lost its close */
		if (same >= 0 && p->stack[same].line == p->line && opens == FAM_LOW)
			p->depth = same;
		push(p, k, opens);
	}
	return true;
}

/* Is token kind a quotation mark? */
static bool
is_mark(uint8_t kind)
{
	return kind == GT_TOK_QUOTE || kind == GT_TOK_QUOTE_OPEN ||
		kind == GT_TOK_QUOTE_CLOSE;
}

/* Drop open marks older than the longest quote allowed. */
static void
expire(pairer *p, uint32_t k)
{
	int			keep = 0;

	while (keep < p->depth && k - p->stack[keep].tok > QT_MAX_QUOTE_TOKENS)
		keep++;
	if (keep > 0)
	{
		memmove(p->stack, p->stack + keep,
				(size_t) (p->depth - keep) * sizeof(open_mark));
		p->depth -= keep;
	}
}

/*
 * Mark every token between a pair's marks (QT_TF_IN_MARKS), in one sweep
 * over the pairs' starts and ends (nested pairs cost nothing extra).
 * False when out of memory.
 */
static bool
mark_inside(qt_ctx *cx, const qt_pair *pairs, size_t npairs)
{
	size_t		n = cx->doc->ntokens;
	int32_t    *delta = gt_alloc(cx->env, (n + 1) * sizeof(int32_t));
	int32_t		depth = 0;

	if (!delta)
		return false;
	memset(delta, 0, (n + 1) * sizeof(int32_t));
	for (size_t i = 0; i < npairs; i++)
	{
		delta[pairs[i].open + 1]++;
		delta[pairs[i].close]--;
	}
	for (size_t k = 0; k < n; k++)
	{
		gt_tick(cx->env, ++cx->ticks);
		depth += delta[k];
		if (depth > 0)
			cx->marks[k] |= QT_TF_IN_MARKS;
	}
	gt_free(cx->env, delta);
	return true;
}

/* How many pairs after a pair may be searched for the one that opens right after it (nested pairs lie between). */
#define ADJACENT_LOOKAHEAD_PAIRS 4
/* The opening token of a pair joined to the run before it, dropped once all are joined. */
#define JOINED_PAIR UINT32_MAX

/* Does a pair open a sentence of its own (no colon or cue frame before it)? */
static bool
stands_unframed(const gt_doc *doc, uint32_t open)
{
	return open == 0 || gt_tok_terminal(doc, open - 1) || (doc->tokens[open].flags & GT_TF_LINE_START);
}

/*
 * Join a pair with the pair that opens right after it in the same
 * paragraph when the first is a sentence of its own, unframed: „… wäre.“
 * „Wäre …“, so X is one statement in two runs of marks, attributed once
 * (after „…“, sagte A: „…“ the next run may be another speaker's).
 */
static void
join_adjacent(const gt_doc *doc, qt_pair *pairs, size_t *npairs)
{
	size_t		n = *npairs;
	size_t		w = 0;

	for (size_t i = 0; i < n; i++)
	{
		size_t		from = i + 1;

		if (pairs[i].open == JOINED_PAIR || !stands_unframed(doc, pairs[i].open))
			continue;
		/* pair i takes in each run that opens right after it; the next one may follow in turn */
		while (pairs[i].close >= 1 && gt_tok_terminal(doc, pairs[i].close - 1))
		{
			size_t		next = n;

			for (size_t j = from; j < n && j < from + ADJACENT_LOOKAHEAD_PAIRS; j++)
				if (pairs[j].open == pairs[i].close + 1)
				{
					next = j;
					break;
				}
			if (next == n || (doc->tokens[pairs[next].open].flags & GT_TF_LINE_START))
				break;
			pairs[i].close = pairs[next].close;
			pairs[next].open = JOINED_PAIR;
			from = next + 1;
		}
	}
	/* one pass drops the joined runs, so a text of many runs costs linear time */
	for (size_t i = 0; i < n; i++)
		if (pairs[i].open != JOINED_PAIR)
			pairs[w++] = pairs[i];
	*npairs = w;
}

/* Pair the quotation marks of the document; *pairs in opening order. */
gt_status
qt_pair_marks(qt_ctx *cx, qt_pair **pairs, size_t *npairs)
{
	const gt_doc *doc = cx->doc;
	pairer		p;

	memset(&p, 0, sizeof(p));
	p.env = cx->env;
	for (uint32_t k = 0; k < doc->ntokens; k++)
	{
		const gt_token *t = &doc->tokens[k];

		gt_tick(cx->env, ++cx->ticks);
		if (!is_mark(t->kind))
		{
			if ((t->flags & GT_TF_LINE_START) && p.depth > 0)
				new_line(&p, FAM_NONE);
			else if (t->flags & GT_TF_LINE_START)
				p.line++;
			continue;
		}
		expire(&p, k);
		if (!handle_mark(&p, doc, k))
		{
			gt_free(cx->env, p.pairs);
			return GT_ENOMEM;
		}
	}
	join_adjacent(doc, p.pairs, &p.npairs);
	if (!mark_inside(cx, p.pairs, p.npairs))
	{
		gt_free(cx->env, p.pairs);
		return GT_ENOMEM;
	}
	*pairs = p.pairs;
	*npairs = p.npairs;
	return GT_OK;
}
