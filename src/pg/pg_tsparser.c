/*
 * pg_tsparser.c — the text search parser geotext_parser (configuration
 * geotext_german): ordinary German words for german_stem, and each entity
 * mention once more as one lexeme of its canonical name in lower case
 * ("jens stoltenberg", "russland" for Russlands), at the position of the
 * mention's last word (the dictionary geotext_german_stem adds it there).
 *
 * The start function analyses the whole document once (tokens, sentences,
 * entities) and builds the token stream in a memory context of its own; the
 * get-token function walks it; the end function deletes the context.
 *
 * Stream: every byte of the input is covered exactly once by the "text
 * units" (words, numbers, URLs, e-mail addresses, parts of hyphenated words,
 * and blanks for white space, punctuation, quotation marks and symbols), each
 * pointing into the caller's text, so that a headline can print them in
 * order. A hyphenated word as a whole comes before its parts as an overlay
 * token, never printed (as the default parser does).
 *
 * Entity lexemes share the position of a word: a token of its own would move
 * every later word one position on, so that a phrase query whose own
 * analysis finds a name where the document's does not (or the other way
 * round) would miss. Each mention's last word is its "carrier": the parser
 * remembers (token pointer, length) → lexeme in the parse's state, which is
 * registered while the parse lives, and the dictionary geotext_german_stem
 * (pg_tsdict.c), given that very token, adds the lexeme as a variant of its
 * stem. PostgreSQL hands the parser's token pointer to the dictionaries
 * unchanged; a token from anywhere else simply has no entity lexeme.
 *
 * Token type ids follow the default parser where the meaning is the same, so
 * that prsd_headline counts and skips them correctly; new types start at 24.
 */
#include "pg_glue.h"
#include "pg_tsparser.h"

#include <unicode/ucasemap.h>

#include "catalog/namespace.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(geotext_tsparser_start);
PG_FUNCTION_INFO_V1(geotext_tsparser_gettoken);
PG_FUNCTION_INFO_V1(geotext_tsparser_end);
PG_FUNCTION_INFO_V1(geotext_tsparser_lextype);
PG_FUNCTION_INFO_V1(geotext_tsparser_headline);

/* Token types: ids 1–23 mean what they mean in the default parser. */
#define TT_ASCIIWORD		1
#define TT_WORD				2
#define TT_NUMWORD			3
#define TT_EMAIL			4
#define TT_HWORD_NUMPART	9
#define TT_HWORD_PART		10
#define TT_HWORD_ASCIIPART	11
#define TT_BLANK			12
#define TT_NUMHWORD			15	/* prsd_headline skips 15–17 */
#define TT_ASCIIHWORD		16
#define TT_HWORD			17
#define TT_NUMBER			24
#define TT_URL				25
#define TT_PERSON			26
#define TT_ORGANIZATION		27
#define TT_COUNTRY			28
#define TT_PLACE			29

/* One token of the stream. */
typedef struct gt_ts_token
{
	const char *ptr;			/* into the caller's text */
	int32		len;
	int32		type;
	uint32		ustart;			/* UTF-8 byte offsets in the analysed text */
	uint32		uend;
} gt_ts_token;

/* A mention's entity lexeme and the token that carries it. */
typedef struct gt_ts_carrier
{
	const char *ptr;			/* the carrier token (pointer and length) */
	int32		len;
	char	   *word;			/* a copy of its bytes, checked on lookup */
	char	   *lexeme;			/* lower-cased canonical name, server encoding */
	int32		lexlen;
	int32		tok;			/* index of the carrier token */
	int32		first;			/* index of the mention's first token */
} gt_ts_carrier;

/* A parsed document: its token stream and where get-token is. */
typedef struct gt_ts_state
{
	MemoryContext cxt;
	const char *text;			/* the caller's text (server encoding) */
	int			len;
	uint32	   *char_byte;		/* char index → server byte offset, or NULL
								 * when the text is analysed as it is */
	int			nchars;
	Oid			to_server;		/* UTF-8 → server conversion, when converted */
	gt_ts_token *tok;
	int			ntok;
	int			cap;
	int			next;			/* next token to return */
	size_t		mfirst;			/* mentions before this one are emitted */
	bool	   *memitted;
	gt_ts_carrier *car;			/* sorted by (ptr, len) once built */
	int			ncar;
	int			carcap;
	struct gt_ts_state *reg_prev;	/* the registered parses (see top) */
	struct gt_ts_state *reg_next;
	bool		registered;
	MemoryContextCallback unregister;
} gt_ts_state;

/* The parses whose carriers the dictionary may ask for (live parser states). */
static gt_ts_state *gt_ts_registered = NULL;

/* The backend's ICU case mapper (opened once, kept for the process). */
static UCaseMap *gt_ts_casemap = NULL;

/* Is the type an overlay token (never printed by a headline)? */
static bool
is_overlay(int type)
{
	return type == TT_NUMHWORD || type == TT_ASCIIHWORD || type == TT_HWORD;
}

/* May a token of the type carry an entity lexeme (a word for the stemmer)? */
static bool
is_carrier_type(int type)
{
	return type == TT_ASCIIWORD || type == TT_WORD || type == TT_NUMWORD ||
		type == TT_HWORD_NUMPART || type == TT_HWORD_PART ||
		type == TT_HWORD_ASCIIPART || is_overlay(type);
}

/* Append a token to the stream. */
static void
push_token(gt_ts_state *st, int type, const char *ptr, int len,
		   uint32 ustart, uint32 uend)
{
	gt_ts_token *t;

	if (st->ntok == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 256;
		st->tok = st->tok ? repalloc_huge(st->tok, sizeof(gt_ts_token) * st->cap)
			: MemoryContextAllocHuge(st->cxt, sizeof(gt_ts_token) * st->cap);
	}
	t = &st->tok[st->ntok++];
	t->ptr = ptr;
	t->len = len;
	t->type = type;
	t->ustart = ustart;
	t->uend = uend;
}

/*
 * Append a text unit covering UTF-8 bytes [bs, be) = characters [cs, ce),
 * pointing into the caller's text. A unit too long for a lexeme (MAXSTRLEN)
 * becomes blank pieces: it would not be indexed, and a headline still prints
 * it. An overlay that long is dropped.
 */
static void
push_unit(gt_ts_state *st, int type, uint32 bs, uint32 be, uint32 cs, uint32 ce)
{
	const char *p;
	int			len;

	if (st->char_byte)
	{
		cs = Min(cs, (uint32) st->nchars);
		ce = Min(ce, (uint32) st->nchars);
		p = st->text + st->char_byte[cs];
		len = (int) (st->char_byte[ce] - st->char_byte[cs]);
	}
	else
	{
		p = st->text + bs;
		len = (int) (be - bs);
	}
	if (len <= 0)
		return;
	if (len < MAXSTRLEN)
	{
		push_token(st, type, p, len, bs, be);
		return;
	}
	if (is_overlay(type))
		return;
	while (len > 0)
	{
		int			piece = pg_mbcliplen(p, len, MAXSTRLEN - 1);

		if (piece <= 0)
			piece = Min(len, MAXSTRLEN - 1);
		push_token(st, TT_BLANK, p, piece, bs, be);
		p += piece;
		len -= piece;
	}
}

/* The lower-cased canonical name of a mention in the server encoding, or NULL. */
static char *
entity_lexeme(gt_ts_state *st, const char *canonical, int *outlen)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		srclen = (int32_t) strlen(canonical);
	int32_t		cap = srclen * 2 + 8;
	char	   *buf = palloc(cap);
	int32_t		n;

	if (gt_ts_casemap == NULL)
	{
		gt_ts_casemap = ucasemap_open("", U_FOLD_CASE_DEFAULT, &err);
		if (U_FAILURE(err))
		{
			gt_ts_casemap = NULL;
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("could not open an ICU case mapper: %s", u_errorName(err))));
		}
	}
	n = ucasemap_utf8ToLower(gt_ts_casemap, buf, cap, canonical, srclen, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR)
	{
		err = U_ZERO_ERROR;
		cap = n + 1;
		buf = repalloc(buf, cap);
		n = ucasemap_utf8ToLower(gt_ts_casemap, buf, cap, canonical, srclen, &err);
	}
	if (U_FAILURE(err) || n <= 0)
		return NULL;
	buf[n] = '\0';
	if (OidIsValid(st->to_server))
	{
		StringInfoData dest;

		/* a name the server encoding cannot hold gets no entity lexeme */
		initStringInfo(&dest);
		if (!gt_pg_append_in_server(st->to_server, &dest, buf, (size_t) n))
			return NULL;
		buf = dest.data;
		n = dest.len;
	}
	*outlen = n;
	return buf;
}

/*
 * Record the entity lexeme of a mention whose units are all in the stream:
 * its carrier is the mention's last word token (German names end in their
 * head: "Linke" of "Die Linke", the surname).
 */
static void
push_entity(gt_ts_state *st, const gt_mention *m)
{
	gt_ts_carrier *c;
	char	   *lexeme;
	int			len;
	int			tok = -1;
	int			first;

	if (m->kind >= GT_KIND__COUNT || m->canonical == NULL || m->canonical[0] == '\0')
		return;
	for (first = st->ntok - 1; first >= 0 && st->tok[first].ustart >= m->span.byte_start; first--)
		if (tok < 0 && st->tok[first].uend <= m->span.byte_end &&
			is_carrier_type(st->tok[first].type))
			tok = first;
	first++;
	if (tok < 0)
		return;
	lexeme = entity_lexeme(st, m->canonical, &len);
	if (lexeme == NULL || len >= MAXSTRLEN)
		return;
	if (st->ncar == st->carcap)
	{
		st->carcap = st->carcap ? st->carcap * 2 : 32;
		st->car = st->car ? repalloc_huge(st->car, sizeof(gt_ts_carrier) * st->carcap)
			: MemoryContextAllocHuge(st->cxt, sizeof(gt_ts_carrier) * st->carcap);
	}
	c = &st->car[st->ncar++];
	c->ptr = st->tok[tok].ptr;
	c->len = st->tok[tok].len;
	c->word = pnstrdup(c->ptr, c->len);
	c->lexeme = lexeme;
	c->lexlen = len;
	c->tok = tok;
	c->first = first;
}

/* Record the entity lexemes of every mention that ends at or before uend. */
static void
flush_mentions(gt_ts_state *st, const gt_entities *ents, uint32 uend)
{
	size_t		i;

	for (i = st->mfirst; i < ents->nmentions; i++)
	{
		const gt_mention *m = &ents->mentions[i];

		if (m->span.byte_start >= uend)
			break;
		if (!st->memitted[i] && m->span.byte_end <= uend)
		{
			push_entity(st, m);
			st->memitted[i] = true;
		}
	}
	while (st->mfirst < ents->nmentions && st->memitted[st->mfirst])
		st->mfirst++;
}

/* Length of the hyphen (-, U+2010, U+2011) at s[i], or 0. */
static int
hyphen_len(const char *s, uint32 i, uint32 end)
{
	if (s[i] == '-')
		return 1;
	if (i + 2 < end && (unsigned char) s[i] == 0xE2 &&
		(unsigned char) s[i + 1] == 0x80 &&
		((unsigned char) s[i + 2] == 0x90 || (unsigned char) s[i + 2] == 0x91))
		return 3;
	return 0;
}

/* The word type of UTF-8 bytes [bs, be): with digits, ASCII letters, or any. */
static int
word_type(const char *s, uint32 bs, uint32 be, int numtype, int asciitype, int wordtype)
{
	bool		ascii = true;

	for (uint32 i = bs; i < be; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= '0' && c <= '9')
			return numtype;
		if (c >= 0x80)
			ascii = false;
	}
	return ascii ? asciitype : wordtype;
}

/* Is the byte the first of a UTF-8 character? */
static inline bool
utf8_lead(unsigned char c)
{
	return (c & 0xC0) != 0x80;
}

/* Number of characters in UTF-8 bytes [bs, be). */
static uint32
utf8_chars(const char *s, uint32 bs, uint32 be)
{
	uint32		n = 0;

	for (uint32 i = bs; i < be; i++)
		n += utf8_lead((unsigned char) s[i]);
	return n;
}

/*
 * Append a hyphenated word: the whole as an overlay, then its parts, with
 * each run of hyphens as a blank; mentions recorded after the part they end in.
 */
static void
push_hyphenated(gt_ts_state *st, const gt_entities *ents, const char *s,
				uint32 bs, uint32 be, uint32 cs)
{
	uint32		i = bs;
	uint32		c = cs;

	push_unit(st, word_type(s, bs, be, TT_NUMHWORD, TT_ASCIIHWORD, TT_HWORD),
			  bs, be, cs, cs + utf8_chars(s, bs, be));
	while (i < be)
	{
		uint32		ps = i;
		uint32		pc = c;
		int			h;

		if (hyphen_len(s, i, be))
		{
			while (i < be && (h = hyphen_len(s, i, be)) > 0)
			{
				i += h;
				c++;
			}
			push_unit(st, TT_BLANK, ps, i, pc, c);
		}
		else
		{
			while (i < be && hyphen_len(s, i, be) == 0)
			{
				c += utf8_lead((unsigned char) s[i]);
				i++;
			}
			push_unit(st, word_type(s, ps, i, TT_HWORD_NUMPART, TT_HWORD_ASCIIPART,
									TT_HWORD_PART), ps, i, pc, c);
		}
		flush_mentions(st, ents, i);
	}
}

/* Append the units of one core token (and record the mentions ending in it). */
static void
push_core_token(gt_ts_state *st, const gt_doc *doc, const gt_entities *ents,
				const gt_token *t)
{
	const char *s = doc->text;
	uint32		bs = t->span.byte_start;
	uint32		be = t->span.byte_end;
	uint32		cs = t->span.char_start;
	uint32		ce = t->span.char_end;
	bool		period = (t->flags & (GT_TF_ABBREV | GT_TF_ORDINAL)) &&
		be - bs > 1 && s[be - 1] == '.';

	/* "Dr." and "11.": the period is a blank of its own, as in 'german' */
	if (period)
	{
		be--;
		ce--;
	}
	switch (t->kind)
	{
		case GT_TOK_WORD:
			if (t->flags & GT_TF_HYPHENATED)
				push_hyphenated(st, ents, s, bs, be, cs);
			else
				push_unit(st, word_type(s, bs, be, TT_NUMWORD, TT_ASCIIWORD, TT_WORD),
						  bs, be, cs, ce);
			break;
		case GT_TOK_NUMBER:
			push_unit(st, TT_NUMBER, bs, be, cs, ce);
			break;
		case GT_TOK_URL:
			push_unit(st, TT_URL, bs, be, cs, ce);
			break;
		case GT_TOK_EMAIL:
			push_unit(st, TT_EMAIL, bs, be, cs, ce);
			break;
		default:
			push_unit(st, TT_BLANK, bs, be, cs, ce);
			break;
	}
	flush_mentions(st, ents, be);
	if (period)
	{
		push_unit(st, TT_BLANK, be, be + 1, ce, ce + 1);
		flush_mentions(st, ents, be + 1);
	}
}

/* Order of carriers for the lookup: by token address, then length. */
static int
carrier_cmp(const void *a, const void *b)
{
	const gt_ts_carrier *x = a;
	const gt_ts_carrier *y = b;
	uintptr_t	px = (uintptr_t) x->ptr;
	uintptr_t	py = (uintptr_t) y->ptr;

	if (px != py)
		return px < py ? -1 : 1;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->tok - y->tok;
}

/* Map character positions of the caller's text to byte offsets. */
static void
build_char_table(gt_ts_state *st)
{
	int			n = 0;
	int			i = 0;

	st->char_byte = MemoryContextAllocHuge(st->cxt, sizeof(uint32) * ((size_t) st->len + 1));
	while (i < st->len)
	{
		st->char_byte[n++] = (uint32) i;
		i += Max(1, pg_mblen(st->text + i));
	}
	st->char_byte[n] = (uint32) Min(i, st->len);
	st->nchars = n;
}

/* Analyse a document and build its token stream in a new context. */
static gt_ts_state *
build_state(const char *text, int len)
{
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext,
											  "geotext tsparser",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	gt_ts_state *st = palloc0(sizeof(gt_ts_state));
	gt_pg_call	call;
	gt_doc		doc;
	gt_entities ents;
	uint32		pos_b = 0;
	uint32		pos_c = 0;

	st->cxt = cxt;
	st->text = text;
	st->len = len;
	gt_pg_call_begin(&call, cstring_to_text_with_len(text, len));
	if (call.input.converted)
	{
		build_char_table(st);
		st->to_server = call.input.to_server;
	}
	/* to_tsvector is IMMUTABLE: the built-in analysis only, never the gazetteer table */
	gt_pg_extract(&call, &doc, &ents, NULL, false);
	st->memitted = palloc0(sizeof(bool) * (ents.nmentions + 1));

	for (size_t i = 0; i < doc.ntokens; i++)
	{
		const gt_token *t = &doc.tokens[i];

		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
		if (t->span.byte_start > pos_b)
			push_unit(st, TT_BLANK, pos_b, t->span.byte_start, pos_c, t->span.char_start);
		push_core_token(st, &doc, &ents, t);
		pos_b = t->span.byte_end;
		pos_c = t->span.char_end;
	}
	if (pos_b < doc.len)
		push_unit(st, TT_BLANK, pos_b, (uint32) doc.len, pos_c,
				  pos_c + utf8_chars(doc.text, pos_b, (uint32) doc.len));
	flush_mentions(st, &ents, UINT32_MAX);
	if (st->ncar > 1)
		qsort(st->car, st->ncar, sizeof(gt_ts_carrier), carrier_cmp);

	/* the analysis is done: keep only the stream */
	gt_pg_call_end(&call);
	MemoryContextSwitchTo(old);
	return st;
}

/* Take a parse out of the registry (its context is going away). */
static void
unregister_state(void *arg)
{
	gt_ts_state *st = (gt_ts_state *) arg;

	if (!st->registered)
		return;
	if (st->reg_prev)
		st->reg_prev->reg_next = st->reg_next;
	else
		gt_ts_registered = st->reg_next;
	if (st->reg_next)
		st->reg_next->reg_prev = st->reg_prev;
	st->registered = false;
}

/* Put a parse into the registry until its context is deleted or reset. */
static void
register_state(gt_ts_state *st)
{
	st->unregister.func = unregister_state;
	st->unregister.arg = st;
	MemoryContextRegisterResetCallback(st->cxt, &st->unregister);
	st->reg_prev = NULL;
	st->reg_next = gt_ts_registered;
	if (gt_ts_registered)
		gt_ts_registered->reg_prev = st;
	gt_ts_registered = st;
	st->registered = true;
}

/* The entity lexemes a live parse gave the token (token, len); see pg_tsparser.h. */
int
gt_ts_entity_lexemes(const char *token, int len, const char **lexemes,
					 int *lexlens, int max)
{
	uintptr_t	key = (uintptr_t) token;

	for (gt_ts_state *st = gt_ts_registered; st != NULL; st = st->reg_next)
	{
		int			lo = 0;
		int			hi = st->ncar;
		int			n = 0;

		/* the first carrier at or after (token, len) */
		while (lo < hi)
		{
			int			mid = lo + (hi - lo) / 2;
			const gt_ts_carrier *c = &st->car[mid];

			if ((uintptr_t) c->ptr < key || ((uintptr_t) c->ptr == key && c->len < len))
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < st->ncar && st->car[lo].ptr == token && st->car[lo].len == len; lo++)
		{
			/* the same bytes at the same address: the token of this parse */
			if (memcmp(st->car[lo].word, token, len) != 0)
				break;
			if (n < max)
			{
				lexemes[n] = st->car[lo].lexeme;
				lexlens[n] = st->car[lo].lexlen;
			}
			n++;
		}
		if (n > 0)
			return Min(n, max);
	}
	return 0;
}

/* Parser start: analyse the document once, return the stream's state. */
Datum
geotext_tsparser_start(PG_FUNCTION_ARGS)
{
	char	   *text = (char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	gt_ts_state *st = build_state(text, len);

	register_state(st);
	PG_RETURN_POINTER(st);
}

/* Parser get-token: the next token's text, length and type (0 at the end). */
Datum
geotext_tsparser_gettoken(PG_FUNCTION_ARGS)
{
	gt_ts_state *st = (gt_ts_state *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	gt_ts_token *tok;

	if (st->next >= st->ntok)
	{
		*t = NULL;
		*tlen = 0;
		PG_RETURN_INT32(0);
	}
	/* PostgreSQL's parse loop checks for no interrupts: this is its loop */
	if ((st->next & 1023) == 1023)
		CHECK_FOR_INTERRUPTS();
	tok = &st->tok[st->next++];
	*t = (char *) tok->ptr;
	*tlen = tok->len;
	PG_RETURN_INT32(tok->type);
}

/* Parser end: free everything of this document. */
Datum
geotext_tsparser_end(PG_FUNCTION_ARGS)
{
	gt_ts_state *st = (gt_ts_state *) PG_GETARG_POINTER(0);

	MemoryContextDelete(st->cxt);
	PG_RETURN_VOID();
}

/* One entry of the token type list. */
static void
lextype(LexDescr *d, int id, const char *alias, const char *descr)
{
	d->lexid = id;
	d->alias = pstrdup(alias);
	d->descr = pstrdup(descr);
}

/* Parser token types (ts_token_type). */
Datum
geotext_tsparser_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *d = palloc0(sizeof(LexDescr) * 18);
	int			n = 0;

	lextype(&d[n++], TT_ASCIIWORD, "asciiword", "Word, all ASCII");
	lextype(&d[n++], TT_WORD, "word", "Word, all letters");
	lextype(&d[n++], TT_NUMWORD, "numword", "Word, letters and digits");
	lextype(&d[n++], TT_EMAIL, "email", "Email address");
	lextype(&d[n++], TT_HWORD_NUMPART, "hword_numpart", "Hyphenated word part, letters and digits");
	lextype(&d[n++], TT_HWORD_PART, "hword_part", "Hyphenated word part, all letters");
	lextype(&d[n++], TT_HWORD_ASCIIPART, "hword_asciipart", "Hyphenated word part, all ASCII");
	lextype(&d[n++], TT_BLANK, "blank", "Space, punctuation, quotation marks and symbols");
	lextype(&d[n++], TT_NUMHWORD, "numhword", "Hyphenated word, letters and digits");
	lextype(&d[n++], TT_ASCIIHWORD, "asciihword", "Hyphenated word, all ASCII");
	lextype(&d[n++], TT_HWORD, "hword", "Hyphenated word, all letters");
	lextype(&d[n++], TT_NUMBER, "number", "Number: 2024, 3,5, 19.6.2024, the 11 of \"11.\"");
	lextype(&d[n++], TT_URL, "url", "URL");
	/* up to 0.4.0 entity tokens; kept so that configurations naming them stay valid */
	lextype(&d[n++], TT_PERSON, "person", "Not emitted (0.4.0: person token); entity lexemes ride on a word");
	lextype(&d[n++], TT_ORGANIZATION, "organization", "Not emitted (0.4.0: organisation token)");
	lextype(&d[n++], TT_COUNTRY, "country", "Not emitted (0.4.0: country token)");
	lextype(&d[n++], TT_PLACE, "place", "Not emitted (0.4.0: place token)");
	d[n].lexid = 0;
	PG_RETURN_POINTER(d);
}

/* Did a query operand matched at a word (item) match the entity lexeme? */
static bool
item_is_lexeme(TSQuery query, const QueryOperand *item, const gt_ts_carrier *c)
{
	const char *op = GETOPERAND(query) + item->distance;

	if (item->prefix)
		return c->lexlen >= (int) item->length && memcmp(c->lexeme, op, item->length) == 0;
	return c->lexlen == (int) item->length && memcmp(c->lexeme, op, item->length) == 0;
}

/*
 * After prsd_headline: when the query matched an entity lexeme (on its
 * mention's last word), highlight every word of the mention (and put them
 * into the fragment the last word is in). The mentions are found by
 * rebuilding the stream from the printed units (which are the document) —
 * only when some word was selected.
 */
static void
headline_entities(HeadlineParsedText *prs, TSQuery query)
{
	bool		any = false;
	StringInfoData buf;
	gt_ts_state *st;
	int		   *word_of;
	int			j = 0;

	for (int w = 0; w < prs->curwords && !any; w++)
		any = prs->words[w].selected && prs->words[w].item != NULL;
	if (!any)
		return;

	initStringInfo(&buf);
	for (int w = 0; w < prs->curwords; w++)
		if (!prs->words[w].repeated && !is_overlay(prs->words[w].type))
			appendBinaryStringInfo(&buf, prs->words[w].word, prs->words[w].len);
	st = build_state(buf.data, buf.len);

	/* the rebuilt stream must be the one the headline was made of */
	word_of = palloc(sizeof(int) * (st->ntok + 1));
	for (int w = 0; w < prs->curwords; w++)
	{
		if (prs->words[w].repeated)
			continue;
		if (j >= st->ntok || st->tok[j].type != prs->words[w].type ||
			st->tok[j].len != prs->words[w].len)
			break;
		word_of[j++] = w;
	}
	for (int i = 0; j == st->ntok && i < st->ncar; i++)
	{
		const gt_ts_carrier *c = &st->car[i];
		int			w = word_of[c->tok];
		bool		sel = false;

		/* the word's matched operands: its own and its repeated copies' */
		for (int r = w; r < prs->curwords && (r == w || prs->words[r].repeated); r++)
			sel |= prs->words[r].selected && prs->words[r].item != NULL &&
				item_is_lexeme(query, prs->words[r].item, c);
		if (!sel)
			continue;
		for (int k = c->first; k <= c->tok; k++)
		{
			HeadlineWordEntry *hw = &prs->words[word_of[k]];

			if (prs->words[w].in)
				hw->in = 1;
			if (!is_overlay(st->tok[k].type) && st->tok[k].type != TT_BLANK)
				hw->selected = 1;
		}
	}
	pfree(word_of);
	pfree(buf.data);
	MemoryContextDelete(st->cxt);
}

/* Parser headline: the default parser's prsd_headline, then the mentions. */
Datum
geotext_tsparser_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);

	DirectFunctionCall3(prsd_headline, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1),
						PG_GETARG_DATUM(2));
	headline_entities(prs, PG_GETARG_TSQUERY(2));
	PG_RETURN_POINTER(prs);
}
