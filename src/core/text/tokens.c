/*
 * tokens.c — split UTF-8 text into word, number, punctuation, quote,
 * symbol, URL and e-mail tokens.
 *
 * One left-to-right pass over the UTF-8 bytes (no UTF-16 copy); ICU classifies
 * characters (chars.c). German rules: hyphenated compounds and inner
 * apostrophes stay in one word, numbers keep their inner separators
 * (19.6.2024, 3,5, 10:30), known abbreviations, initials and ordinals keep
 * their period. Every lookahead is bounded, so the pass is linear.
 */
#include "text/text.h"

#include <string.h>

/* The longest e-mail address, in bytes (RFC 5321 path limit): the scan stops there. */
#define EMAIL_MAX_BYTES 254
/* Letters per segment of a dotted abbreviation (z.B., u.a., U.S.). */
#define DOTTED_SEGMENT_MAX 2
/* The most digits a number with an ordinal period has (am 11., im Jahr 2024.). */
#define ORDINAL_MAX_DIGITS 4
/* The most digits an ordinal recognised only by the word before it has (der 3.). */
#define ORDINAL_CONTEXT_MAX_DIGITS 3
/* How many blanks after a number's period are skipped to see what follows. */
#define ORDINAL_LOOKAHEAD_BYTES 8

/* A read position in the text: byte offset and character count. */
typedef struct cursor
{
	const char *s;
	size_t		len;
	size_t		i;				/* byte offset */
	uint32_t	c;				/* characters before i */
} cursor;

/* The character at a position, without moving. */
typedef struct peeked
{
	int32_t		cp;
	gt_char_class cls;
	size_t		next;			/* byte offset after it */
} peeked;

/* peek_at past the end or at a non-ASCII byte: decode. */
static GT_OUT_OF_LINE peeked
peek_decoded(const cursor *cur, size_t i)
{
	peeked		p;

	if (i >= cur->len)
	{
		p.cp = -1;
		p.cls = GT_CC_SPACE;
		p.next = cur->len;
		return p;
	}
	p.next = i;
	p.cp = gt_utf8_next(cur->s, cur->len, &p.next);
	p.cls = gt_classify(p.cp);
	return p;
}

/*
 * Look at the character at byte offset i (cls SPACE past the end). The
 * ASCII case is inline, so that its fields stay in registers: as one
 * out-of-line function, gcc returned the code point and class packed in
 * one register, read back from two separate stores, a store-forwarding
 * stall on every character (the tokenizer's largest cost).
 */
static inline peeked
peek_at(const cursor *cur, size_t i)
{
	peeked		p;

	if (i < cur->len && (uint8_t) cur->s[i] < 0x80)
	{
		/* ASCII, most of a German text: no decoding, one table load */
		p.cp = (uint8_t) cur->s[i];
		p.cls = gt_classify_ascii((uint8_t) p.cp);
		p.next = i + 1;
		return p;
	}
	return peek_decoded(cur, i);
}

/* Move the cursor past the character p that starts at the cursor. */
static inline void
advance(cursor *cur, const peeked *p)
{
	cur->i = p->next;
	cur->c++;
}

/* Characters that continue a word run. */
static inline bool
is_word_char(gt_char_class cls)
{
	return cls == GT_CC_LETTER || cls == GT_CC_DIGIT || cls == GT_CC_MARK ||
		cls == GT_CC_EXTEND;
}

/* Tokenizer state across tokens. */
typedef struct tokenizer
{
	gt_doc	   *doc;
	cursor		cur;
	size_t		cap;
	uint16_t	pending_flags;	/* SPACE_BEFORE / LINE_START for the next token */
	int			open_singles;	/* unclosed single quotation marks in this line */
	size_t		next_at;		/* the first '@' at or after the last e-mail check (len: none; 0: not looked for yet) */
	gt_status	status;
} tokenizer;

/* Append a token that runs from (bstart, cstart) to the cursor. */
static gt_token *
emit(tokenizer *tz, gt_token_kind kind, size_t bstart, uint32_t cstart)
{
	gt_doc	   *doc = tz->doc;
	gt_token   *t;

	if (doc->ntokens == tz->cap)
	{
		gt_token   *grown = gt_grow(doc->env, doc->tokens, &tz->cap,
									sizeof(gt_token), doc->ntokens + 1);

		if (!grown)
		{
			tz->status = GT_ENOMEM;
			return NULL;
		}
		doc->tokens = grown;
	}
	t = &doc->tokens[doc->ntokens++];
	memset(t, 0, sizeof(*t));
	t->span.byte_start = (uint32_t) bstart;
	t->span.byte_end = (uint32_t) tz->cur.i;
	t->span.char_start = cstart;
	t->span.char_end = tz->cur.c;
	t->kind = (uint8_t) kind;
	t->flags = tz->pending_flags;
	tz->pending_flags = 0;
	return t;
}

/* Does the text at byte offset i start with prefix (ASCII, case-insensitive)? */
static bool
starts_with_ci(const cursor *cur, size_t i, const char *prefix)
{
	size_t		n = strlen(prefix);

	if (cur->len - i < n)
		return false;
	for (size_t k = 0; k < n; k++)
	{
		char		a = cur->s[i + k];

		if (a >= 'A' && a <= 'Z')
			a = (char) (a - 'A' + 'a');
		if (a != prefix[k])
			return false;
	}
	return true;
}

/* Can a URL go on with this character? */
static bool
is_url_char(const peeked *p)
{
	return p->cp > 0x20 && p->cls != GT_CC_SPACE && p->cls != GT_CC_NEWLINE &&
		p->cp != '"' && p->cp != '<' && p->cp != '>' &&
		!(p->cls == GT_CC_QUOTE && p->cp != '\'') &&
		p->cls != GT_CC_IGNORABLE;
}

/* Characters a URL or e-mail address does not end with. */
static bool
is_trailing_punct(char ch)
{
	return strchr(".,;:!?)]}'", ch) != NULL;
}

/* Scan a URL starting at the cursor, if one starts there. */
static bool
scan_url(tokenizer *tz)
{
	cursor	   *cur = &tz->cur;
	size_t		bstart = cur->i;
	uint32_t	cstart = cur->c;
	size_t		last_good_i;
	uint32_t	last_good_c;
	char		first = (char) (cur->s[bstart] | 0x20);

	/* every URL prefix starts with h, f or w: most words stop here */
	if (first != 'h' && first != 'f' && first != 'w')
		return false;
	if (!starts_with_ci(cur, bstart, "http://") &&
		!starts_with_ci(cur, bstart, "https://") &&
		!starts_with_ci(cur, bstart, "ftp://") &&
		!starts_with_ci(cur, bstart, "www."))
		return false;

	last_good_i = bstart;
	last_good_c = cstart;
	while (cur->i < cur->len)
	{
		peeked		p = peek_at(cur, cur->i);

		if (!is_url_char(&p))
			break;
		advance(cur, &p);
		if (!(p.cp < 0x80 && is_trailing_punct((char) p.cp)))
		{
			last_good_i = cur->i;
			last_good_c = cur->c;
		}
	}
	cur->i = last_good_i;
	cur->c = last_good_c;
	emit(tz, GT_TOK_URL, bstart, cstart);
	return true;
}

/* Local-part characters of an e-mail address (ASCII). */
static bool
is_email_local(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		(ch >= '0' && ch <= '9') || strchr("._%+-", ch) != NULL;
}

/* Domain characters of an e-mail address (ASCII). */
static bool
is_email_domain(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		(ch >= '0' && ch <= '9') || ch == '.' || ch == '-';
}

/* Scan an e-mail address starting at the cursor, if one starts there. */
static bool
scan_email(tokenizer *tz)
{
	cursor	   *cur = &tz->cur;
	const char *s = cur->s;
	size_t		j = cur->i;
	size_t		limit = cur->len - cur->i > EMAIL_MAX_BYTES ? cur->i + EMAIL_MAX_BYTES : cur->len;
	size_t		at,
				end,
				last_dot = 0;
	size_t		bstart = cur->i;
	uint32_t	cstart = cur->c;

	/* an address has its '@' before limit: most words have none that near (one memchr for many words) */
	if (tz->next_at < cur->i)
	{
		const char *at_sign = memchr(s + cur->i, '@', cur->len - cur->i);

		tz->next_at = at_sign ? (size_t) (at_sign - s) : cur->len;
	}
	if (tz->next_at >= limit)
		return false;
	while (j < limit && is_email_local(s[j]))
		j++;
	if (j == cur->i || j >= limit || s[j] != '@')
		return false;
	at = j++;
	while (j < limit && is_email_domain(s[j]))
	{
		if (s[j] == '.')
			last_dot = j;
		j++;
	}
	end = j;
	while (end > at + 1 && is_trailing_punct(s[end - 1]))
		end--;
	if (last_dot <= at + 1 || last_dot + 2 >= end)
		return false;
	/* all ASCII: characters == bytes */
	cur->c += (uint32_t) (end - cur->i);
	cur->i = end;
	emit(tz, GT_TOK_EMAIL, bstart, cstart);
	return true;
}

/* Shape facts collected while scanning a word. */
typedef struct word_shape
{
	int			letters;
	int			upper;
	int			digits;
	bool		first_upper;
	bool		hyphen;
	bool		seen_letter;
	int32_t		last_cp;
	size_t		segment_chars;	/* characters since the last joiner */
	int			part_periods;	/* inner periods of the current part (z.B) */
	int			part_letters0;	/* letters before the current part */
	int			part_digits0;	/* digits before the current part */
} word_shape;

/* Record one word character in the shape. */
static void
shape_add(word_shape *w, const peeked *p)
{
	if (p->cls == GT_CC_LETTER)
	{
		bool		up = gt_is_upper(p->cp);

		if (!w->seen_letter)
			w->first_upper = up;
		w->seen_letter = true;
		w->letters++;
		if (up)
			w->upper++;
	}
	else if (p->cls == GT_CC_DIGIT)
		w->digits++;
	w->last_cp = p->cp;
	w->segment_chars++;
}

/* May the joiner j (between prev and next) stay inside the current word? */
static bool
joiner_continues(const word_shape *w, const peeked *j, const peeked *next)
{
	bool		next_word = next->cls == GT_CC_LETTER || next->cls == GT_CC_DIGIT;
	bool		only_digits = w->letters == 0 && w->digits > 0;

	switch (j->cls)
	{
		case GT_CC_HYPHEN:
		case GT_CC_APOSTROPHE:
			return next_word && (j->cls == GT_CC_HYPHEN || w->letters > 0);
		case GT_CC_SOFT_HYPHEN:
		case GT_CC_IGNORABLE:
			return next_word || next->cls == GT_CC_MARK;
		case GT_CC_PERIOD:
			if (only_digits)
				return next->cls == GT_CC_DIGIT;
			/* z.B., u.a., U.S. — short letter segments joined by periods */
			return next->cls == GT_CC_LETTER && w->segment_chars <= DOTTED_SEGMENT_MAX &&
				w->digits == 0;
		default:
			if (only_digits && (j->cp == ',' || j->cp == ':' || j->cp == '/'))
				return next->cls == GT_CC_DIGIT;
			return false;
	}
}

/* The longest month name the word-set table holds, in bytes: a longer letter run is none. */
#define MONTH_MAX_BYTES 32

/*
 * Does a month name (data/wordsets.tsv, class month) start at byte offset
 * i: a run of letters that is one, or one with its abbreviation's period
 * ("Jan.") and no letter after it?
 */
static bool
is_month_at(const cursor *cur, size_t i)
{
	size_t		j = i;

	while (j < cur->len && j - i <= MONTH_MAX_BYTES)
	{
		peeked		p = peek_at(cur, j);

		if (p.cls != GT_CC_LETTER)
			break;
		j = p.next;
	}
	if (j == i || j - i > MONTH_MAX_BYTES)
		return false;
	if (gt_word_in(cur->s + i, j - i, GT_WS_MONTH))
		return true;
	if (j < cur->len && cur->s[j] == '.' && gt_word_in(cur->s + i, j + 1 - i, GT_WS_MONTH))
	{
		peeked		after = {.cls = GT_CC_SPACE};

		if (j + 1 < cur->len)
			after = peek_at(cur, j + 1);
		return after.cls != GT_CC_LETTER;
	}
	return false;
}

/* Should the period after a number be read as its ordinal dot? */
static bool
number_takes_period(const tokenizer *tz, size_t after_period, int digits)
{
	const cursor *cur = &tz->cur;
	const gt_doc *doc = tz->doc;
	size_t		j = after_period;
	peeked		p;

	if (digits > ORDINAL_MAX_DIGITS)
		return false;
	while (j < cur->len && j - after_period < ORDINAL_LOOKAHEAD_BYTES)
	{
		p = peek_at(cur, j);
		if (p.cls != GT_CC_SPACE)
			break;
		j = p.next;
	}
	if (j >= cur->len)
		return false;
	p = peek_at(cur, j);
	if (p.cls == GT_CC_LETTER && gt_is_lower(p.cp))
		return true;
	if (p.cls == GT_CC_NEWLINE)
		return false;
	if (is_month_at(cur, j))
		return true;
	if (digits <= ORDINAL_CONTEXT_MAX_DIGITS && doc->ntokens > 0)
	{
		const gt_token *prev = &doc->tokens[doc->ntokens - 1];

		/*
		 * the number itself is not emitted yet: prev is the word before it;
		 * right after an opening quotation mark or bracket it begins a name
		 * („2. Deutscher Klimakongress“, (1. FC Köln)): "„2." is no sentence
		 */
		if (prev->kind == GT_TOK_QUOTE_OPEN || gt_tok_punct(doc, doc->ntokens - 1, '(') ||
			gt_tok_punct(doc, doc->ntokens - 1, '['))
			return true;
		return gt_word_in(doc->text + prev->span.byte_start,
						  prev->span.byte_end - prev->span.byte_start,
						  GT_WS_ORDINAL_CONTEXT);
	}
	return false;
}

/* Scan letters, digits and inner joiners of a word into its shape. */
static void
scan_word_body(tokenizer *tz, word_shape *w)
{
	cursor	   *cur = &tz->cur;

	while (cur->i < cur->len)
	{
		peeked		p;
		peeked		next;
		unsigned char b = (unsigned char) cur->s[cur->i];

		/* ASCII lower-case letters, most of a German text: no decoding */
		if (b >= 'a' && b <= 'z')
		{
			if (!w->seen_letter)
				w->first_upper = false;
			w->seen_letter = true;
			w->letters++;
			w->last_cp = b;
			w->segment_chars++;
			cur->i++;
			cur->c++;
			continue;
		}
		p = peek_at(cur, cur->i);
		if (is_word_char(p.cls))
		{
			shape_add(w, &p);
			advance(cur, &p);
			continue;
		}
		next = peek_at(cur, p.next);
		if (!joiner_continues(w, &p, &next))
			break;
		if (p.cls == GT_CC_HYPHEN)
			w->hyphen = true;
		if (p.cls == GT_CC_PERIOD)
			w->part_periods++;
		advance(cur, &p);
		w->segment_chars = 0;
	}
}

/* Should the period at the cursor belong to the word part scanned so far? */
static uint16_t
word_period_flag(const tokenizer *tz, const word_shape *w, size_t part_start)
{
	const cursor *cur = &tz->cur;
	int			part_letters = w->letters - w->part_letters0;
	int			part_digits = w->digits - w->part_digits0;

	if (cur->i >= cur->len || cur->s[cur->i] != '.')
		return 0;
	/* an initial, a dotted abbreviation (z.B., U.S.) or a known one */
	if (part_letters > 0 &&
		(part_letters + part_digits == 1 || w->part_periods > 0 ||
		 gt_is_abbreviation(cur->s + part_start, cur->i + 1 - part_start)))
		return GT_TF_ABBREV;
	if (w->letters == 0 && w->digits > 0 && !w->hyphen &&
		number_takes_period(tz, cur->i + 1, w->digits))
		return GT_TF_ORDINAL;
	return 0;
}

/* After an abbreviation's period: does a hyphenated compound go on (U.S.-Regierung)? */
static bool
compound_after_period(const cursor *cur, peeked *h)
{
	peeked		next;

	*h = peek_at(cur, cur->i);
	if (cur->i >= cur->len || h->cls != GT_CC_HYPHEN)
		return false;
	next = peek_at(cur, h->next);
	return next.cls == GT_CC_LETTER || next.cls == GT_CC_DIGIT;
}

/* Take what may trail a word without a period: "Ein-" or "Hans’". */
static void
scan_word_tail(tokenizer *tz, const word_shape *w)
{
	cursor	   *cur = &tz->cur;

	/* a truncated compound: "Ein- und Ausfuhr" */
	if (cur->i < cur->len && cur->s[cur->i] == '-' && w->letters > 0 &&
		!w->digits)
	{
		peeked		next = peek_at(cur, cur->i + 1);

		if (next.cls == GT_CC_SPACE || next.cp == ',')
		{
			cur->i++;
			cur->c++;
		}
	}
	/* genitive apostrophe of names in -s, -x, -z: "Hans’ Buch" */
	else if (cur->i < cur->len && tz->open_singles == 0 && w->letters > 0 &&
			 strchr("sxzß", (int) (w->last_cp < 0x80 ? w->last_cp : 'q')))
	{
		peeked		p = peek_at(cur, cur->i);

		if (p.cls == GT_CC_APOSTROPHE)
		{
			peeked		next = peek_at(cur, p.next);

			if (next.cls == GT_CC_SPACE || next.cls == GT_CC_NEWLINE)
				advance(cur, &p);
		}
	}
}

/* Scan a word or number at the cursor and emit it. */
static void
scan_word(tokenizer *tz)
{
	cursor	   *cur = &tz->cur;
	size_t		bstart = cur->i;
	uint32_t	cstart = cur->c;
	word_shape	w = {0};
	gt_token   *t;
	gt_token_kind kind;
	uint16_t	flags = 0;
	size_t		part_start = bstart;
	peeked		hyphen;

	for (;;)
	{
		scan_word_body(tz, &w);
		/* a period that belongs to the word: abbreviation, initial or ordinal */
		flags = word_period_flag(tz, &w, part_start);
		if (!flags)
		{
			scan_word_tail(tz, &w);
			break;
		}
		cur->i++;
		cur->c++;
		if (!(flags & GT_TF_ABBREV) || !compound_after_period(cur, &hyphen))
			break;
		/* the hyphen of "U.S.-Regierung", "Dipl.-Ing.": start a new part */
		advance(cur, &hyphen);
		w.hyphen = true;
		w.segment_chars = 0;
		w.part_periods = 0;
		w.part_letters0 = w.letters;
		w.part_digits0 = w.digits;
		part_start = cur->i;
		flags = 0;
	}

	kind = (w.letters == 0 && w.digits > 0) ? GT_TOK_NUMBER : GT_TOK_WORD;
	t = emit(tz, kind, bstart, cstart);
	if (!t)
		return;
	if (w.first_upper)
		flags |= GT_TF_UPPER_INITIAL;
	if (w.letters > 1 && w.upper == w.letters)
		flags |= GT_TF_ALL_UPPER;
	if (w.digits)
		flags |= GT_TF_HAS_DIGIT;
	if (w.hyphen)
		flags |= GT_TF_HYPHENATED;
	t->flags |= flags;
}

/* Scan a symbol with what extends it (emoji ZWJ sequences, flags, keycaps). */
static void
scan_symbol(tokenizer *tz, const peeked *first)
{
	cursor	   *cur = &tz->cur;
	size_t		bstart = cur->i;
	uint32_t	cstart = cur->c;
	bool		regional = first->cls == GT_CC_REGIONAL;

	advance(cur, first);
	for (;;)
	{
		peeked		p = peek_at(cur, cur->i);

		if (cur->i >= cur->len)
			break;
		if (p.cls == GT_CC_EXTEND || p.cls == GT_CC_MARK)
		{
			advance(cur, &p);
			if (p.cp == 0x200D)
			{
				peeked		q = peek_at(cur, cur->i);

				if (cur->i < cur->len && (q.cls == GT_CC_SYMBOL ||
										  q.cls == GT_CC_LETTER))
					advance(cur, &q);
			}
			continue;
		}
		if (regional && p.cls == GT_CC_REGIONAL)
		{
			advance(cur, &p);
			regional = false;
			continue;
		}
		break;
	}
	emit(tz, GT_TOK_SYMBOL, bstart, cstart);
}

/* Characters that open a quotation when they precede a quotation mark. */
static bool
opens_before(int32_t cp, gt_char_class cls)
{
	return cp < 0 || cls == GT_CC_SPACE || cls == GT_CC_NEWLINE ||
		cp == '(' || cp == '[' || cp == '{' || cls == GT_CC_HYPHEN ||
		cp == 0x2013 || cp == 0x2014 || cp == '/' ||
		cls == GT_CC_IGNORABLE;
}

/* Characters that close a quotation when they follow a quotation mark. */
static bool
closes_after(int32_t cp, gt_char_class cls)
{
	return cp < 0 || cls == GT_CC_SPACE || cls == GT_CC_NEWLINE ||
		cls == GT_CC_PUNCT || cls == GT_CC_PERIOD || cls == GT_CC_QUOTE ||
		cls == GT_CC_APOSTROPHE || cls == GT_CC_HYPHEN;
}

/* Decide whether a quotation mark opens or closes, from its neighbours. */
static gt_token_kind
quote_direction(const tokenizer *tz, const peeked *q, int32_t prev_cp,
				gt_char_class prev_cls)
{
	peeked		next = peek_at(&tz->cur, q->next);
	bool		open_left = opens_before(prev_cp, prev_cls);
	bool		close_right = closes_after(next.cp, next.cls);

	if (q->cp == 0x201E || q->cp == 0x201A || q->cp == 0x300C ||
		q->cp == 0x300E)
		return GT_TOK_QUOTE_OPEN;
	if (q->cp == 0x300D || q->cp == 0x300F)
		return GT_TOK_QUOTE_CLOSE;
	if (open_left && !close_right)
		return GT_TOK_QUOTE_OPEN;
	if (!open_left && close_right)
		return GT_TOK_QUOTE_CLOSE;
	/* after a closing quote: a quote right after punctuation closes */
	if (!open_left && !close_right && (prev_cls == GT_CC_PUNCT ||
									   prev_cls == GT_CC_PERIOD))
		return GT_TOK_QUOTE_CLOSE;
	return GT_TOK_QUOTE;
}

/* Is the code point a single (not double) quotation mark? */
static bool
is_single_quote(int32_t cp)
{
	return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A ||
		cp == 0x201B || cp == 0x2039 || cp == 0x203A;
}

/* Emit a quotation-mark token. */
static void
scan_quote(tokenizer *tz, const peeked *q, int32_t prev_cp,
		   gt_char_class prev_cls)
{
	size_t		bstart = tz->cur.i;
	uint32_t	cstart = tz->cur.c;
	gt_token_kind kind = quote_direction(tz, q, prev_cp, prev_cls);
	gt_token   *t;

	advance(&tz->cur, q);
	t = emit(tz, kind, bstart, cstart);
	if (!t)
		return;
	t->quote_char = (uint8_t) (q->cp < 0x80 ? q->cp : (q->cp & 0x7F) | 0x80);
	if (is_single_quote(q->cp))
	{
		if (kind == GT_TOK_QUOTE_OPEN)
			tz->open_singles++;
		else if (kind == GT_TOK_QUOTE_CLOSE && tz->open_singles > 0)
			tz->open_singles--;
	}
}

/* Emit punctuation; a run of periods is one token ("..."). */
static void
scan_punct(tokenizer *tz, const peeked *first)
{
	cursor	   *cur = &tz->cur;
	size_t		bstart = cur->i;
	uint32_t	cstart = cur->c;

	advance(cur, first);
	if (first->cls == GT_CC_PERIOD)
		while (cur->i < cur->len && cur->s[cur->i] == '.')
		{
			cur->i++;
			cur->c++;
		}
	emit(tz, first->cls == GT_CC_SYMBOL ? GT_TOK_SYMBOL : GT_TOK_PUNCT,
		 bstart, cstart);
}

/* Split text into tokens (sentence fields left at 0). */
gt_status
gt_tokenize(gt_doc *doc)
{
	tokenizer	tz = {0};
	int32_t		prev_cp = -1;
	gt_char_class prev_cls = GT_CC_SPACE;
	size_t		steps = 0;

	tz.doc = doc;
	tz.cur.s = doc->text;
	tz.cur.len = doc->len;
	tz.pending_flags = GT_TF_SPACE_BEFORE | GT_TF_LINE_START;

	while (tz.cur.i < tz.cur.len && tz.status == GT_OK)
	{
		size_t		start = tz.cur.i;
		peeked		p = peek_at(&tz.cur, start);

		gt_tick(doc->env, ++steps);
		switch (p.cls)
		{
			case GT_CC_NEWLINE:
				tz.pending_flags |= GT_TF_LINE_START | GT_TF_SPACE_BEFORE;
				tz.open_singles = 0;
				advance(&tz.cur, &p);
				break;
			case GT_CC_SPACE:
			case GT_CC_IGNORABLE:
			case GT_CC_SOFT_HYPHEN:
				tz.pending_flags |= GT_TF_SPACE_BEFORE;
				advance(&tz.cur, &p);
				break;
			case GT_CC_LETTER:
			case GT_CC_DIGIT:
				if (!scan_url(&tz) && !scan_email(&tz))
					scan_word(&tz);
				break;
			case GT_CC_QUOTE:
			case GT_CC_APOSTROPHE:
				scan_quote(&tz, &p, prev_cp, prev_cls);
				break;
			case GT_CC_SYMBOL:
			case GT_CC_MARK:
			case GT_CC_EXTEND:
			case GT_CC_REGIONAL:
				scan_symbol(&tz, &p);
				break;
			default:
				scan_punct(&tz, &p);
				break;
		}
		/* remember the last character before the cursor for quote direction */
		if (tz.cur.i > start)
		{
			size_t		k = tz.cur.i - 1;

			while (k > start && ((uint8_t) doc->text[k] & 0xC0) == 0x80)
				k--;
			{
				size_t		j = k;

				prev_cp = gt_utf8_next(doc->text, doc->len, &j);
				prev_cls = gt_classify(prev_cp);
			}
		}
	}
	return tz.status;
}
