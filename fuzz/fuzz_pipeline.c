/*
 * fuzz_pipeline.c — a libFuzzer target over the core's whole pipeline.
 *
 * Each input is a document: gt_doc_analyze → gt_find_entities (built-in
 * lexicon) → gt_find_quotes → free, with every span checked against the
 * input. The first lines of the input also become user gazetteer names:
 * gt_normalize_key, gt_genitive, gt_lexicon_build and lookups; a small
 * input then runs the pipeline a second time with that gazetteer in front.
 *
 * Build and run: `make fuzz` (mk/fuzz.mk). The input is copied into a
 * buffer of exactly its length, so AddressSanitizer sees any overread.
 */
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NAMES	16			/* gazetteer names taken from the input */
#define KEY_CAP		GT_ENTRY_KEY_MAX	/* as the SQL glue's key buffer */
#define SECOND_PASS_MAX 512	/* inputs up to this size run twice */

/* Interrupt checks are counted, so that the hook is exercised too. */
static unsigned long fuzz_ticks;

/* The environment's interrupt hook: count, never interrupt. */
static void
fuzz_check_interrupts(void *ctx)
{
	(void) ctx;
	fuzz_ticks++;
}

/* malloc for the fuzz environment. */
static void *
fuzz_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

/* realloc for the fuzz environment. */
static void *
fuzz_realloc(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return realloc(ptr, size);
}

/* free for the fuzz environment. */
static void
fuzz_free(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

static const gt_env fuzz_env = {
	fuzz_alloc, fuzz_realloc, fuzz_free, fuzz_check_interrupts, NULL
};

/* Stop with a message when an invariant does not hold (a finding). */
static void
fuzz_fail(const char *what, size_t i, const gt_span *s, size_t len)
{
	fprintf(stderr, "fuzz_pipeline: %s %zu: bytes [%u,%u) chars [%u,%u) of %zu bytes\n",
			what, i, s->byte_start, s->byte_end, s->char_start, s->char_end, len);
	abort();
}

/* A span must lie inside the input and have consistent bounds. */
static void
check_span(const char *what, size_t i, const gt_span *s, size_t len,
		   uint32_t nchars, bool allow_empty)
{
	if (s->byte_start > s->byte_end || s->byte_end > len ||
		s->char_start > s->char_end || s->char_end > nchars ||
		(!allow_empty && s->byte_start == s->byte_end) ||
		s->char_end - s->char_start > s->byte_end - s->byte_start)
		fuzz_fail(what, i, s, len);
}

/* Check tokens, sentences, mentions and quotes against the input. */
static void
check_results(const gt_doc *doc, const gt_entities *ents, const gt_quotes *q)
{
	uint32_t	nchars = 0;

	for (size_t i = 0; i < doc->len;)
	{
		gt_utf8_next(doc->text, doc->len, &i);
		nchars++;
	}
	for (size_t k = 0; k < doc->ntokens; k++)
	{
		check_span("token", k, &doc->tokens[k].span, doc->len, nchars, false);
		if (k > 0 && doc->tokens[k - 1].span.byte_end > doc->tokens[k].span.byte_start)
			fuzz_fail("token overlaps", k, &doc->tokens[k].span, doc->len);
		if (doc->tokens[k].sentence >= doc->nsentences)
			fuzz_fail("token sentence", k, &doc->tokens[k].span, doc->len);
	}
	for (size_t s = 0; s < doc->nsentences; s++)
	{
		check_span("sentence", s, &doc->sentences[s].span, doc->len, nchars, false);
		if (doc->sentences[s].first_token >= doc->sentences[s].end_token ||
			doc->sentences[s].end_token > doc->ntokens)
			fuzz_fail("sentence tokens", s, &doc->sentences[s].span, doc->len);
	}
	if (ents)
		for (size_t m = 0; m < ents->nmentions; m++)
		{
			const gt_mention *mn = &ents->mentions[m];

			check_span("mention", m, &mn->span, doc->len, nchars, false);
			if (mn->entity >= ents->nentities || mn->canonical == NULL ||
				mn->evidence >= GT_EV__COUNT || mn->end_token > doc->ntokens ||
				mn->first_token >= mn->end_token)
				fuzz_fail("mention fields", m, &mn->span, doc->len);
			(void) strlen(mn->canonical);
			if (mn->role)
				(void) strlen(mn->role);
		}
	if (q)
		for (size_t k = 0; k < q->n; k++)
		{
			const gt_quote *qt = &q->items[k];

			check_span("quote", k, &qt->span, doc->len, nchars, true);
			if (qt->has_speaker)
				check_span("speaker", k, &qt->speaker_span, doc->len, nchars, true);
			if (qt->has_cue)
				check_span("cue", k, &qt->cue_span, doc->len, nchars, true);
			if (qt->kind >= GT_QUOTE__COUNT || qt->evidence >= GT_EV__COUNT ||
				(ents && qt->speaker_entity >= (int32_t) ents->nentities))
				fuzz_fail("quote fields", k, &qt->span, doc->len);
			if (qt->speaker)
				(void) strlen(qt->speaker);
			if (qt->cue_lemma)
				(void) strlen(qt->cue_lemma);
		}
}

/* Run the pipeline over text with the given lexicons and free it all. */
static void
run_pipeline(const char *text, size_t len, const gt_lexicons *lex)
{
	gt_doc		doc;
	gt_entities ents;
	gt_quotes	quotes;

	if (gt_doc_analyze(&doc, &fuzz_env, text, len) != GT_OK)
		abort();				/* malloc does not fail here: a finding */
	memset(&ents, 0, sizeof(ents));
	memset(&quotes, 0, sizeof(quotes));
	if (gt_find_entities(&doc, lex, &ents) != GT_OK)
		abort();
	if (gt_find_quotes(&doc, &ents, lex, &quotes) != GT_OK)
		abort();
	check_results(&doc, &ents, &quotes);
	gt_quotes_free(&quotes);
	gt_entities_free(&ents);
	gt_doc_free(&doc);
}

/*
 * Gazetteer entries from the first lines of the input, as the SQL glue
 * makes them from geotext_gazetteer rows (key normalised, genitive added);
 * keys and the strings they point to are allocated into keys[].
 */
static size_t
names_to_entries(const char *text, size_t len, gt_lex_entry *entries,
				 char **keys)
{
	size_t		n = 0;
	size_t		pos = 0;
	unsigned	line = 0;

	while (pos < len && line < MAX_NAMES)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;
		char		key[KEY_CAP];
		char		gen[KEY_CAP];
		size_t		klen = gt_normalize_key(text + pos, end - pos, key, KEY_CAP - 1);
		unsigned char sel = (unsigned char) text[pos];

		pos = end + 1;
		line++;
		if (klen == (size_t) -1 || klen == 0 || memchr(key, '\0', klen))
			continue;			/* no key, or a NUL that SQL text cannot hold */
		if (klen >= KEY_CAP)
			abort();			/* gt_normalize_key wrote past its cap */
		key[klen] = '\0';
		keys[n] = strdup(key);
		entries[n] = (gt_lex_entry) {
			.key = keys[n],
			.canonical = keys[n],
			.extra = (sel & 8) ? "Sprecher" : "",
			.source = "geotext_gazetteer",
			.type = GT_LEX_ENTITY,
			.kind = 1 + sel % 4,
			.form = (sel >> 2) % GT_FORM__COUNT,
			.gender = (sel >> 4) % 3,
			.flags = (sel & 0x40) ? GT_LF_SUPPRESS : 0,
			.country = {'D', 'E', '\0'},
		};
		n++;
		if (gt_genitive(key, klen, entries[n - 1].kind == GT_KIND_PERSON, gen,
						KEY_CAP) > 0)
		{
			keys[n] = strdup(gen);
			entries[n] = entries[n - 1];
			entries[n].key = keys[n];
			n++;
		}
	}
	return n;
}

/* Build a user lexicon from the input, look its keys up, run with it. */
static void
fuzz_gazetteer(const char *text, size_t len)
{
	gt_lex_entry entries[2 * MAX_NAMES];
	char	   *keys[2 * MAX_NAMES];
	gt_lex_entry found[8];
	size_t		n = names_to_entries(text, len, entries, keys);
	gt_lexicon *user = gt_lexicon_build(&fuzz_env, entries, n);

	if (user == NULL)
		abort();
	for (size_t i = 0; i < n; i++)
	{
		size_t		k = gt_lexicon_find(user, keys[i], strlen(keys[i]), found, 8);

		if (k == 0)
			abort();			/* a built key is not found */
		for (size_t j = 0; j < k && j < 8; j++)
			(void) strlen(found[j].canonical);
		(void) gt_lexicon_find(gt_lexicon_builtin(), keys[i], strlen(keys[i]),
							   found, 8);
	}
	if (len <= SECOND_PASS_MAX)
	{
		gt_lexicons lex = gt_lexicons_default(user);

		run_pipeline(text, len, &lex);
	}
	gt_lexicon_free(&fuzz_env, user);
	for (size_t i = 0; i < n; i++)
		free(keys[i]);
}

/* libFuzzer entry point: one input, the whole pipeline. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = malloc(size ? size : 1);
	gt_lexicons lex = gt_lexicons_default(NULL);

	memcpy(text, data, size);
	run_pipeline(text, size, &lex);
	fuzz_gazetteer(text, size);
	free(text);
	return 0;
}
