/*
 * test_hostile.c — unit tests from fuzzing and hostile input: every input
 * that crashed or broke an invariant of fuzz/fuzz_pipeline.c is kept here,
 * run through the whole pipeline (tokens, entities, quotes) and, where it
 * came from the gazetteer half of the target, through gt_normalize_key and
 * gt_lexicon_build. Must stay clean under ASan and UBSan.
 */
#include "unit.h"

/* Run tokens, entities and quotes over len bytes; check spans are in bounds. */
static void
run_pipeline_n(const char *text, size_t len)
{
	unit_doc	u = unit_analyze_n(text, len);
	gt_lexicons lex = gt_lexicons_default(NULL);
	gt_entities ents;
	gt_quotes	quotes;

	memset(&ents, 0, sizeof(ents));
	memset(&quotes, 0, sizeof(quotes));
	CHECK_INVARIANTS(&u);
	CHECK_INT(gt_find_entities(&u.doc, &lex, &ents), GT_OK);
	CHECK_INT(gt_find_quotes(&u.doc, &ents, &lex, &quotes), GT_OK);
	for (size_t i = 0; i < ents.nmentions; i++)
		CHECK(ents.mentions[i].span.byte_end <= len &&
			  ents.mentions[i].span.byte_start < ents.mentions[i].span.byte_end);
	for (size_t i = 0; i < quotes.n; i++)
		CHECK(quotes.items[i].span.byte_end <= len &&
			  quotes.items[i].span.byte_start <= quotes.items[i].span.byte_end);
	gt_quotes_free(&quotes);
	gt_entities_free(&ents);
	unit_free(&u);
}

/* Normalising a key twice gives the key: a user name can always be found. */
static void
check_key_roundtrip(const char *name, size_t len)
{
	char		key[1024];
	char		again[1024];
	size_t		klen = gt_normalize_key(name, len, key, sizeof(key) - 1);
	size_t		klen2;
	gt_lex_entry e = {0};
	gt_lex_entry found[4];
	gt_lexicon *lex;

	if (!CHECK(klen != (size_t) -1 && klen > 0))
		return;
	key[klen] = '\0';
	klen2 = gt_normalize_key(key, klen, again, sizeof(again) - 1);
	CHECK_INT(klen2, klen);
	CHECK(klen2 == klen && memcmp(again, key, klen) == 0);
	e.key = key;
	e.canonical = "Fuzz";
	e.extra = "";
	e.source = "test";
	e.type = GT_LEX_ENTITY;
	e.kind = GT_KIND_PLACE;
	lex = gt_lexicon_build(&gt_env_malloc, &e, 1);
	if (!CHECK(lex != NULL))
		return;
	CHECK_INT(gt_lexicon_find(lex, key, klen, found, 4), 1);
	gt_lexicon_free(&gt_env_malloc, lex);
}

/*
 * fuzz crash-3f611ac3…: invalid UTF-8 (E2 80, then a soft hyphen, then 89)
 * was copied raw into a key; with the soft hyphen dropped the bytes became
 * E2 80 89 (U+2009, a space) on the second normalisation in
 * gt_lexicon_build, so the user name could never be found. Invalid bytes
 * now become U+FFFD.
 */
static void
test_invalid_utf8_key(void)
{
	static const char name[] = "S\xE2\x80\xC2\xAD\x89\x89\x89\x9C\xC3\x9F" "e der Einheit";
	static const char raw[] = "\xFF\xFE Bundes\xC2\xADregierung \xE2\x80 \xC3 \xF0\x9F\x91";

	check_key_roundtrip(name, sizeof(name) - 1);
	check_key_roundtrip(raw, sizeof(raw) - 1);
	run_pipeline_n(name, sizeof(name) - 1);
	run_pipeline_n(raw, sizeof(raw) - 1);
}

/*
 * fuzz crash-7fe1e163… and crash-225e5d1b…: a 400-byte user name with a
 * combining mark that composes with nothing (q + U+0301) normalised, but
 * its genitive (401 bytes) did not: NFC composition had fixed 400-byte
 * buffers, so gt_lexicon_build dropped the genitive key. Composition now
 * takes anything a key buffer holds.
 */
static void
test_long_key_with_mark(void)
{
	char		name[1024];
	char		gen[1026];
	size_t		n = 0;
	size_t		glen;

	name[n++] = 'D';
	memset(name + n, 0x17, 395);	/* control characters stay in a key */
	n += 395;
	memcpy(name + n, "q\xCC\x81" "a", 4);
	n += 4;
	CHECK_INT(n, 400);
	check_key_roundtrip(name, n);
	glen = gt_genitive(name, n, false, gen, sizeof(gen));
	CHECK_INT(glen, 401);
	check_key_roundtrip(gen, glen);
	/* as long as a key buffer holds it, a marked name normalises */
	memset(name + 1, 'x', 1000);
	memcpy(name + 1001, "q\xCC\x81", 3);
	check_key_roundtrip(name, 1004);
	run_pipeline_n(name, 1004);
}

/* A key longer than the buffer is refused, never written past it. */
static void
test_key_too_long(void)
{
	char		name[3000];
	char		out[64];

	memset(name, 'a', sizeof(name));
	CHECK(gt_normalize_key(name, sizeof(name), out, sizeof(out)) == (size_t) -1);
	memset(name, ' ', sizeof(name));
	CHECK_INT(gt_normalize_key(name, sizeof(name), out, sizeof(out)), 0);
}

/* Inputs of the SQL hostile-input test, small versions, under ASan. */
static void
test_hostile_shapes(void)
{
	char	   *buf = malloc(200000);
	size_t		n = 0;

	run_pipeline_n("", 0);
	run_pipeline_n(" \t\n\xC2\xA0\xE2\x80\x83\n\n", 10);
	/* unbalanced and deeply nested quotation marks */
	for (int i = 0; i < 20000; i++)
		n += (size_t) sprintf(buf + n, "\xE2\x80\x9E" "a ");
	run_pipeline_n(buf, n);
	n = 0;
	for (int i = 0; i < 5000; i++)
		n += (size_t) sprintf(buf + n, "\xE2\x80\x9E" "a ");
	for (int i = 0; i < 5000; i++)
		n += (size_t) sprintf(buf + n, "b\xE2\x80\x9C ");
	run_pipeline_n(buf, n);
	/* a word of combining marks, an emoji ZWJ run, control characters */
	n = 0;
	buf[n++] = 'e';
	for (int i = 0; i < 20000; i++)
		n += (size_t) sprintf(buf + n, "\xCC\x81");
	run_pipeline_n(buf, n);
	n = 0;
	for (int i = 0; i < 5000; i++)
		n += (size_t) sprintf(buf + n, "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7");
	run_pipeline_n(buf, n);
	n = 0;
	for (int i = 0; i < 2000; i++)
		n += (size_t) sprintf(buf + n, "\xEF\xBB\xBF" "Bundes\xC2\xADregierung\x01\x02 sagte\x7F. ");
	run_pipeline_n(buf, n);
	/* a ZWJ and a combining mark with nothing before them, at the very end */
	run_pipeline_n("\xE2\x80\x8D", 3);
	run_pipeline_n("\xCC\x81", 2);
	run_pipeline_n("a \xE2\x80", 4);
	free(buf);
}

/* Run every test. */
int
main(void)
{
	test_invalid_utf8_key();
	test_long_key_with_mark();
	test_key_too_long();
	test_hostile_shapes();
	return unit_report();
}
