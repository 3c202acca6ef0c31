/*
 * unit.h — a tiny assertion helper for the core's C unit tests.
 *
 * Each test file is one program: it calls its test functions from main()
 * and ends with `return unit_report();`, which prints "N passed, N failed"
 * alone on the last line and exits non-zero when anything failed. Checks
 * compare exact values and say where and what differed.
 *
 * The document helpers analyse a copy of the text in a buffer of exactly
 * its length (no terminating NUL), so AddressSanitizer catches any read
 * past the end of the input.
 */
#ifndef GT_UNIT_H
#define GT_UNIT_H

#include "lexicon/lexicon.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	unit_passed;
static int	unit_failed;

/* Record one check's outcome; print a message for a failure. */
static inline bool
unit_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list		ap;

	if (ok)
	{
		unit_passed++;
		return true;
	}
	unit_failed++;
	fprintf(stdout, "FAIL %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stdout, fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
	return false;
}

#define CHECK(cond) \
	unit_check((cond), __FILE__, __LINE__, "%s", #cond)

#define CHECK_INT(actual, expected) \
	do { \
		long long unit_a_ = (long long) (actual); \
		long long unit_e_ = (long long) (expected); \
		unit_check(unit_a_ == unit_e_, __FILE__, __LINE__, \
				   "%s is %lld, expected %lld", #actual, unit_a_, unit_e_); \
	} while (0)

#define CHECK_STR(actual, expected) \
	do { \
		const char *unit_a_ = (actual); \
		const char *unit_e_ = (expected); \
		unit_check(unit_a_ && strcmp(unit_a_, unit_e_) == 0, __FILE__, __LINE__, \
				   "%s is \"%s\", expected \"%s\"", #actual, \
				   unit_a_ ? unit_a_ : "(null)", unit_e_); \
	} while (0)

/* Print the summary line and give the exit status. */
static inline int
unit_report(void)
{
	printf("%d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}

/* ------------------------------------------------------- document helpers */

/* An analysed document over its own exact-length copy of the text. */
typedef struct unit_doc
{
	char	   *buf;
	size_t		len;
	gt_doc		doc;
	gt_status	status;
} unit_doc;

/* Analyse len bytes of text (copied into an exact-length buffer). */
static inline unit_doc
unit_analyze_n(const char *text, size_t len)
{
	unit_doc	u;

	u.buf = malloc(len ? len : 1);
	memcpy(u.buf, text, len);
	u.len = len;
	u.status = gt_doc_analyze(&u.doc, &gt_env_malloc, u.buf, len);
	return u;
}

/* Analyse a NUL-terminated text. */
static inline unit_doc
unit_analyze(const char *text)
{
	return unit_analyze_n(text, strlen(text));
}

/* Free an analysed document. */
static inline void
unit_free(unit_doc *u)
{
	gt_doc_free(&u->doc);
	free(u->buf);
}

/* A token's text as a NUL-terminated string (static buffer). */
static inline const char *
unit_token_text(const unit_doc *u, size_t i)
{
	static char buf[4096];
	const gt_token *t = &u->doc.tokens[i];
	size_t		n = t->span.byte_end - t->span.byte_start;

	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, u->buf + t->span.byte_start, n);
	buf[n] = '\0';
	return buf;
}

/* Number of code points in s[0..len) as the core decodes them. */
static inline uint32_t
unit_char_count(const char *s, size_t len)
{
	size_t		i = 0;
	uint32_t	n = 0;

	while (i < len)
	{
		gt_utf8_next(s, len, &i);
		n++;
	}
	return n;
}

/*
 * Check what must hold for every document: tokens non-empty, ordered,
 * non-overlapping and within bounds; byte and character spans agree (each
 * token's characters counted from the start of the text); sentences
 * partition the tokens in order and their spans are those of their tokens.
 * Counts as one check; returns 1 after the first violation, else 0.
 */
static inline int
unit_check_invariants(const unit_doc *u, const char *file, int line)
{
	const gt_doc *d = &u->doc;
	size_t		pos = 0;
	uint32_t	chars = 0;
	int			bad = 0;

#define INV(cond, ...) \
	do { if (!(cond)) { unit_check(false, file, line, __VA_ARGS__); bad++; goto out; } } while (0)

	INV(u->status == GT_OK, "status %d", (int) u->status);
	for (size_t k = 0; k < d->ntokens; k++)
	{
		const gt_token *t = &d->tokens[k];

		INV(t->kind < GT_TOK__COUNT, "token %zu: kind %d", k, t->kind);
		INV(t->span.byte_start < t->span.byte_end && t->span.byte_end <= u->len,
			"token %zu: bytes [%u,%u) of %zu", k, t->span.byte_start,
			t->span.byte_end, u->len);
		INV(k == 0 || d->tokens[k - 1].span.byte_end <= t->span.byte_start,
			"token %zu overlaps or precedes token %zu", k, k - 1);
		while (pos < t->span.byte_start)
		{
			gt_utf8_next(u->buf, u->len, &pos);
			chars++;
		}
		INV(pos == t->span.byte_start && chars == t->span.char_start,
			"token %zu: starts at byte %u char %u, decoder at byte %zu char %u",
			k, t->span.byte_start, t->span.char_start, pos, chars);
		while (pos < t->span.byte_end)
		{
			gt_utf8_next(u->buf, u->len, &pos);
			chars++;
		}
		INV(pos == t->span.byte_end && chars == t->span.char_end,
			"token %zu: ends at byte %u char %u, decoder at byte %zu char %u",
			k, t->span.byte_end, t->span.char_end, pos, chars);
		INV(unit_char_count(u->buf + t->span.byte_start,
							t->span.byte_end - t->span.byte_start) ==
			t->span.char_end - t->span.char_start,
			"token %zu: char count of its bytes differs from its char span", k);
	}
	INV((d->nsentences == 0) == (d->ntokens == 0), "%zu sentences for %zu tokens",
		d->nsentences, d->ntokens);
	for (size_t s = 0; s < d->nsentences; s++)
	{
		const gt_sentence *st = &d->sentences[s];
		size_t		expected_first = s == 0 ? 0 : d->sentences[s - 1].end_token;

		INV(st->first_token == expected_first && st->first_token < st->end_token &&
			st->end_token <= d->ntokens,
			"sentence %zu: tokens [%u,%u), expected to start at %zu", s,
			st->first_token, st->end_token, expected_first);
		INV(st->span.byte_start == d->tokens[st->first_token].span.byte_start &&
			st->span.char_start == d->tokens[st->first_token].span.char_start &&
			st->span.byte_end == d->tokens[st->end_token - 1].span.byte_end &&
			st->span.char_end == d->tokens[st->end_token - 1].span.char_end,
			"sentence %zu: span differs from its tokens' spans", s);
		INV(d->tokens[st->first_token].flags & GT_TF_SENT_START,
			"sentence %zu: first token lacks GT_TF_SENT_START", s);
		for (uint32_t k = st->first_token; k < st->end_token; k++)
			INV(d->tokens[k].sentence == s, "token %u: sentence %u, expected %zu",
				k, d->tokens[k].sentence, s);
	}
	INV(d->nsentences == 0 || d->sentences[d->nsentences - 1].end_token == d->ntokens,
		"sentences end at token %u of %zu",
		d->sentences[d->nsentences - 1].end_token, d->ntokens);
	unit_passed++;				/* the whole document counts as one check */
out:
	return bad;
#undef INV
}

#define CHECK_INVARIANTS(u) unit_check_invariants((u), __FILE__, __LINE__)

/*
 * Check a text's tokens exactly: each expected item is "token/kind" (the
 * kind after the last slash), in order, and nothing more.
 */
static inline void
unit_expect_tokens(const char *file, int line, const char *text,
				   const char *const *expected)
{
	unit_doc	u = unit_analyze(text);
	size_t		n = 0;

	while (expected[n])
		n++;
	unit_check_invariants(&u, file, line);
	if (unit_check(u.doc.ntokens == n, file, line, "\"%s\": %zu tokens, expected %zu",
				   text, u.doc.ntokens, n))
		for (size_t i = 0; i < n; i++)
		{
			const char *slash = strrchr(expected[i], '/');
			size_t		tlen = (size_t) (slash - expected[i]);
			const char *tok = unit_token_text(&u, i);
			const char *kind = gt_token_kind_name(u.doc.tokens[i].kind);

			unit_check(strlen(tok) == tlen && memcmp(tok, expected[i], tlen) == 0 &&
					   strcmp(kind, slash + 1) == 0, file, line,
					   "\"%s\": token %zu is \"%s/%s\", expected \"%s\"",
					   text, i, tok, kind, expected[i]);
		}
	else
		for (size_t i = 0; i < u.doc.ntokens; i++)
			printf("    got %zu: %s/%s\n", i, unit_token_text(&u, i),
				   gt_token_kind_name(u.doc.tokens[i].kind));
	unit_free(&u);
}

#define EXPECT_TOKENS(text, ...) \
	unit_expect_tokens(__FILE__, __LINE__, (text), \
					   (const char *const[]) {__VA_ARGS__, NULL})

/* Check a text's sentences exactly (their text, in order, nothing more). */
static inline void
unit_expect_sentences(const char *file, int line, const char *text,
					  const char *const *expected)
{
	unit_doc	u = unit_analyze(text);
	size_t		n = 0;
	bool		same;

	while (expected[n])
		n++;
	unit_check_invariants(&u, file, line);
	same = u.doc.nsentences == n;
	for (size_t i = 0; same && i < n; i++)
	{
		const gt_span *sp = &u.doc.sentences[i].span;
		size_t		blen = sp->byte_end - sp->byte_start;

		same = strlen(expected[i]) == blen &&
			memcmp(u.buf + sp->byte_start, expected[i], blen) == 0;
	}
	if (!unit_check(same, file, line, "\"%s\": sentences differ", text))
	{
		for (size_t i = 0; i < n; i++)
			printf("    expected %zu: |%s|\n", i, expected[i]);
		for (size_t i = 0; i < u.doc.nsentences; i++)
		{
			const gt_span *sp = &u.doc.sentences[i].span;

			printf("    got %zu: |%.*s|\n", i, (int) (sp->byte_end - sp->byte_start),
				   u.buf + sp->byte_start);
		}
	}
	unit_free(&u);
}

#define EXPECT_SENTENCES(text, ...) \
	unit_expect_sentences(__FILE__, __LINE__, (text), \
						  (const char *const[]) {__VA_ARGS__, NULL})

/* Check one token's exact character and byte span. */
#define CHECK_SPAN(u, i, bs, be, cs, ce) \
	do { \
		const gt_span unit_none_ = {0}; \
		const gt_span *unit_s_ = (size_t) (i) < (u)->doc.ntokens ? \
			&(u)->doc.tokens[(i)].span : &unit_none_; \
		unit_check(unit_s_->byte_start == (bs) && unit_s_->byte_end == (be) && \
				   unit_s_->char_start == (cs) && unit_s_->char_end == (ce), \
				   __FILE__, __LINE__, \
				   "token %d: bytes [%u,%u) chars [%u,%u), expected [%d,%d) [%d,%d)", \
				   (int) (i), unit_s_->byte_start, unit_s_->byte_end, \
				   unit_s_->char_start, unit_s_->char_end, (bs), (be), (cs), (ce)); \
	} while (0)

/* A small deterministic pseudo-random generator (xorshift64). */
static uint64_t unit_rng_state = 0x9E3779B97F4A7C15ull;

/* The next pseudo-random number. */
static inline uint64_t
unit_rand(void)
{
	uint64_t	x = unit_rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	unit_rng_state = x;
	return x;
}

#endif							/* GT_UNIT_H */
