/*
 * test_lexicon.c — unit tests of key normalisation (normalize.c) and of
 * lexicon lookup (lexicon.c): a small user lexicon built at run time and
 * the built-in one compiled from data/.
 */
#include "unit.h"
#include "lexicon/lexicon_table.h"

/* Normalise a NUL-terminated string into a static buffer ("<none>" if it does not fit). */
static const char *
norm(const char *s, size_t cap)
{
	static char out[256];
	size_t		n = gt_normalize_key(s, strlen(s), out, cap < sizeof(out) ? cap : sizeof(out) - 1);

	if (n == (size_t) -1)
		return "<none>";
	out[n] = '\0';
	return out;
}

/* Typography, ß, white space and composition are normalised; case is kept. */
static void
test_normalize(void)
{
	CHECK_STR(norm("NATO", 255), "NATO");
	CHECK_STR(norm("Putin\xE2\x80\x99sche", 255), "Putin'sche");	/* ’ */
	CHECK_STR(norm("Jean\xE2\x80\x90Pierre", 255), "Jean-Pierre");	/* U+2010 */
	CHECK_STR(norm("Bundes\xC2\xADtag", 255), "Bundestag");	/* soft hyphen */
	CHECK_STR(norm("Weiße Haus", 255), "Weisse Haus");
	CHECK_STR(norm("  Pat \t\n Ryder  ", 255), "Pat Ryder");
	CHECK_STR(norm("Cafe\xCC\x81", 255), "Caf\xC3\xA9");	/* NFC */
	CHECK_STR(norm("", 255), "");
	/* too small an output buffer */
	CHECK_STR(norm("Stoltenberg", 5), "<none>");
	CHECK_STR(norm("Stoltenberg", 11), "Stoltenberg");
}

/* A user lexicon: exact keys, normalised keys, prefixes of multi-word keys. */
static void
test_user_lexicon(void)
{
	static const gt_lex_entry entries[] = {
		{.key = "Pat Ryder", .canonical = "Pat Ryder", .source = "test",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_PERSON, .gender = GT_GENDER_MALE,
		 .country = "US"},
		{.key = "Rodong Sinmun", .canonical = "Rodong Sinmun", .source = "test",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_ORGANIZATION, .country = "KP"},
		{.key = "Weiße Haus", .canonical = "Weißes Haus", .source = "test",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_ORGANIZATION, .country = "US"},
		{.key = "Sprecher", .canonical = "Sprecher", .source = "roles",
		 .type = GT_LEX_ROLE, .gender = GT_GENDER_MALE},
		{.key = "Sprecher", .canonical = "sprechen", .source = "cues",
		 .type = GT_LEX_CUE},
	};
	gt_lexicon *lex = gt_lexicon_build(&gt_env_malloc, entries, 5);
	gt_lex_entry out[4];
	size_t		n;

	if (!CHECK(lex != NULL))
		return;
	/* 5 entries plus the prefix records "Pat", "Rodong", "Weisse" */
	CHECK_INT(gt_lexicon_size(lex), 8);

	n = gt_lexicon_find(lex, "Pat Ryder", 9, out, 4);
	CHECK_INT(n, 1);
	CHECK_STR(out[0].key, "Pat Ryder");
	CHECK_STR(out[0].canonical, "Pat Ryder");
	CHECK_STR(out[0].source, "test");
	CHECK_INT(out[0].type, GT_LEX_ENTITY);
	CHECK_INT(out[0].kind, GT_KIND_PERSON);
	CHECK_INT(out[0].gender, GT_GENDER_MALE);
	CHECK_STR(out[0].country, "US");

	/* the key is stored normalised: ß became ss */
	CHECK_INT(gt_lexicon_find(lex, "Weiße Haus", strlen("Weiße Haus"), out, 4), 0);
	n = gt_lexicon_find(lex, "Weisse Haus", 11, out, 4);
	CHECK_INT(n, 1);
	CHECK_STR(out[0].canonical, "Weißes Haus");
	CHECK_STR(out[0].country, "US");

	/* a first word of a multi-word key is a prefix, nothing else */
	n = gt_lexicon_find(lex, "Pat", 3, out, 4);
	CHECK_INT(n, 1);
	CHECK_INT(out[0].type, GT_LEX_PREFIX);
	CHECK(gt_lexicon_has(lex, "Rodong", 6, GT_LEX_PREFIX));
	CHECK(!gt_lexicon_has(lex, "Rodong", 6, GT_LEX_ENTITY));

	/* two entries under one key; max limits the copies, not the count */
	n = gt_lexicon_find(lex, "Sprecher", 8, out, 4);
	CHECK_INT(n, 2);
	CHECK(gt_lexicon_has(lex, "Sprecher", 8, GT_LEX_ROLE));
	CHECK(gt_lexicon_has(lex, "Sprecher", 8, GT_LEX_CUE));
	CHECK_INT(gt_lexicon_find(lex, "Sprecher", 8, out, 1), 2);

	/* misses: other case, partial key, empty key */
	CHECK_INT(gt_lexicon_find(lex, "pat ryder", 9, out, 4), 0);
	CHECK_INT(gt_lexicon_find(lex, "Pat Ryde", 8, out, 4), 0);
	CHECK_INT(gt_lexicon_find(lex, "", 0, out, 4), 0);
	gt_lexicon_free(&gt_env_malloc, lex);
}

/*
 * A key's block holds its key and its records side by side (lexicon_table.h):
 * keys of every length modulo the records' alignment, with one to three
 * records each, give back exactly their records, in input order, and no
 * key finds the block of a key that it starts or that starts it.
 */
static void
test_blocks(void)
{
	static const char *const keys[] = {"A", "Ab", "Abc", "Abcd", "Abcde", "Abcdef", "Abcdefg", "Abcdefgh"};
	enum
	{
		NKEYS = sizeof(keys) / sizeof(keys[0])
	};
	gt_lex_entry entries[NKEYS * 3];
	char		canonical[NKEYS * 3][16];
	size_t		n = 0;
	gt_lexicon *lex;
	gt_lex_entry out[4];

	memset(entries, 0, sizeof(entries));
	for (size_t i = 0; i < NKEYS; i++)
		for (size_t r = 0; r <= i % 3; r++, n++)
		{
			snprintf(canonical[n], sizeof(canonical[n]), "%zu-%zu", i, r);
			entries[n].key = keys[i];
			entries[n].canonical = canonical[n];
			entries[n].source = "test";
			entries[n].type = GT_LEX_ENTITY;
			entries[n].kind = GT_KIND_PLACE;
		}
	lex = gt_lexicon_build(&gt_env_malloc, entries, n);
	if (!CHECK(lex != NULL))
		return;
	CHECK_INT(gt_lexicon_size(lex), n);
	/* the keys live in the blocks only: no string of the pool is a key */
	for (uint32_t off = 0; off < lex->pool_len; off += (uint32_t) strlen(lex->pool + off) + 1)
		for (size_t i = 0; i < NKEYS; i++)
			CHECK(strcmp(lex->pool + off, keys[i]) != 0);
	for (size_t i = 0; i < NKEYS; i++)
	{
		size_t		len = strlen(keys[i]);
		size_t		found = gt_lexicon_find(lex, keys[i], len, out, 4);
		char		want[16];

		CHECK_INT(found, i % 3 + 1);
		for (size_t r = 0; r < found && r < 4; r++)
		{
			snprintf(want, sizeof(want), "%zu-%zu", i, r);
			CHECK_STR(out[r].canonical, want);
			CHECK_STR(out[r].key, keys[i]);
		}
		/* a longer query over the same bytes finds nothing of this key */
		CHECK_INT(gt_lexicon_find(lex, "Abcdefghi", len + 1 > 9 ? 9 : len + 1, out, 4),
				  len + 1 < 9 ? (len % 3 + 1) : 0);
	}
	CHECK_INT(gt_lexicon_find(lex, "Abcdefghi", 9, out, 4), 0);
	CHECK_INT(gt_lexicon_find(lex, "Abd", 3, out, 4), 0);
	gt_lexicon_free(&gt_env_malloc, lex);
}

/* Rows under one key in a user gazetteer: more than a 16-bit count holds. */
#define MANY_ROWS 70000

/* A key with MANY_ROWS records builds, and a lookup counts all of them while it copies max. */
static void
test_many_records(void)
{
	gt_lex_entry *entries = calloc(MANY_ROWS, sizeof(gt_lex_entry));
	gt_lexicon *lex;
	gt_lex_entry out[2];

	if (!CHECK(entries != NULL))
		return;
	for (size_t i = 0; i < MANY_ROWS; i++)
	{
		entries[i].key = "Moorbach";
		entries[i].canonical = i % 2 ? "Moorbach (Ost)" : "Moorbach (West)";
		entries[i].source = "user";
		entries[i].type = GT_LEX_ENTITY;
		entries[i].kind = GT_KIND_PLACE;
	}
	lex = gt_lexicon_build(&gt_env_malloc, entries, MANY_ROWS);
	if (CHECK(lex != NULL))
	{
		CHECK_INT(gt_lexicon_find(lex, "Moorbach", 8, out, 2), MANY_ROWS);
		CHECK_STR(out[0].canonical, "Moorbach (West)");
		CHECK_STR(out[1].canonical, "Moorbach (Ost)");
		gt_lexicon_free(&gt_env_malloc, lex);
	}
	free(entries);
}

/*
 * The shared record (lexicon_table.h): the record most single-record keys
 * have is stored once, and their blocks hold the key only. Every key still
 * finds exactly its own entries, a key with that record among others keeps
 * its records in its block, and the Bloom filters see the shared record's
 * type under each of its keys.
 */
static void
test_shared_record(void)
{
	static const char *const words[] = {"Haus", "Baum", "Garten", "Wiese"};
	enum
	{
		NWORDS = sizeof(words) / sizeof(words[0])
	};
	gt_lex_entry entries[NWORDS + 3];
	gt_lexicon_options opt = {0, 1024, 0, 0};
	gt_lexicon *lex;
	gt_lex_entry out[4];
	size_t		heads = 0;

	memset(entries, 0, sizeof(entries));
	for (size_t i = 0; i < NWORDS; i++)
	{
		entries[i].key = words[i];
		entries[i].source = "words";
		entries[i].type = GT_LEX_COMMON_WORD;
		heads += gt_lex_block_head_size(strlen(words[i]));
	}
	/* Bonn: one entity record of its own; Linde: a common word and a place, two records */
	entries[NWORDS].key = "Bonn";
	entries[NWORDS].canonical = "Bonn";
	entries[NWORDS].source = "places";
	entries[NWORDS].type = GT_LEX_ENTITY;
	entries[NWORDS].kind = GT_KIND_PLACE;
	entries[NWORDS + 1] = entries[0];
	entries[NWORDS + 1].key = "Linde";
	entries[NWORDS + 2] = entries[NWORDS];
	entries[NWORDS + 2].key = "Linde";
	entries[NWORDS + 2].canonical = "Linde";
	lex = gt_lexicon_build_with(&gt_env_malloc, entries, NWORDS + 3, &opt);
	if (!CHECK(lex != NULL))
		return;
	CHECK_INT(lex->shared.type, GT_LEX_COMMON_WORD);
	CHECK_INT(gt_lexicon_size(lex), NWORDS + 3);
	/* the common words' blocks: heads only; Bonn's one record, Linde's two */
	CHECK_INT(lex->blocks_len, heads + gt_lex_block_head_size(4) + gt_lex_block_head_size(5) +
			  3 * sizeof(gt_lex_rec));
	for (size_t i = 0; i < NWORDS; i++)
	{
		CHECK_INT(gt_lexicon_find(lex, words[i], strlen(words[i]), out, 4), 1);
		CHECK_INT(out[0].type, GT_LEX_COMMON_WORD);
		CHECK_STR(out[0].key, words[i]);
		CHECK_STR(out[0].source, "words");
		CHECK_STR(out[0].canonical, "");
		CHECK(gt_lexicon_has(lex, words[i], strlen(words[i]), GT_LEX_COMMON_WORD));
		CHECK(!gt_lexicon_has(lex, words[i], strlen(words[i]), GT_LEX_ENTITY));
		CHECK(gt_lexicon_may_be_noun(lex, gt_hash_backward(words[i], strlen(words[i]))));
	}
	CHECK_INT(gt_lexicon_find(lex, "Bonn", 4, out, 4), 1);
	CHECK_INT(out[0].type, GT_LEX_ENTITY);
	CHECK_STR(out[0].canonical, "Bonn");
	CHECK_INT(gt_lexicon_find(lex, "Linde", 5, out, 4), 2);
	CHECK_INT(out[0].type, GT_LEX_ENTITY);
	CHECK_INT(out[1].type, GT_LEX_COMMON_WORD);
	CHECK_STR(out[1].source, "words");
	CHECK_INT(gt_lexicon_find(lex, "Hau", 3, out, 4), 0);
	gt_lexicon_free(&gt_env_malloc, lex);
}

/*
 * A prepared document hashes every token key once (doc->key_hash): the
 * hash is gt_hash of the key, and the hashed lookups and filters answer as
 * the plain ones do.
 */
static void
test_prepared_hashes(void)
{
	unit_doc	u = unit_analyze("Der Bundeskanzler sagte in Berlin, die Lage sei ernst. Laut Angaben der NASA …");
	const gt_lexicon *lex = gt_lexicon_builtin();

	if (!CHECK(u.status == GT_OK) || !CHECK(gt_doc_prepare_keys(&u.doc) == GT_OK))
	{
		unit_free(&u);
		return;
	}
	for (uint32_t k = 0; k < u.doc.ntokens; k++)
	{
		size_t		len;
		uint32_t	hash = 0;
		const char *key = gt_token_key_hashed(&u.doc, k, &len, &hash);
		gt_lex_entry a[GT_MAX_ENTRIES];
		gt_lex_entry b[GT_MAX_ENTRIES];
		size_t		na;

		if (!CHECK(key != NULL))
			continue;
		CHECK_INT(hash, gt_hash(key, len));
		na = gt_lexicon_find(lex, key, len, a, GT_MAX_ENTRIES);
		CHECK_INT(gt_lexicon_find_hashed(lex, key, len, hash, b, GT_MAX_ENTRIES), na);
		for (size_t i = 0; i < na && i < GT_MAX_ENTRIES; i++)
			CHECK(a[i].type == b[i].type && strcmp(a[i].canonical, b[i].canonical) == 0);
		CHECK_INT(gt_lexicon_has_hashed(lex, key, len, hash, GT_LEX_COMMON_WORD),
				  gt_lexicon_has(lex, key, len, GT_LEX_COMMON_WORD));
		CHECK_INT(gt_lexicon_may_start_entity_hashed(lex, hash), gt_lexicon_may_start_entity(lex, key, len));
		CHECK_INT(gt_lexicon_may_be_cue_hashed(lex, hash), gt_lexicon_may_be_cue(lex, key, len));
	}
	unit_free(&u);
}

/*
 * Compound tails from the built-in lexicon (lexwords.c): the tail filter
 * is tested with each tail's backward hash, made from the tail one byte
 * shorter; a word with an umlaut or ß in it takes the normalising path.
 */
static void
test_word_tails(void)
{
	gt_tail_hits h;

	CHECK_INT(gt_hash_backward("Abc", 3),
			  gt_hash_step(gt_hash_step(gt_hash_step(GT_HASH_START, 'c'), 'b'), 'A'));
	CHECK_INT(gt_hash_backward("", 0), GT_HASH_START);
	h = gt_word_tails("Regierungssprecherin", strlen("Regierungssprecherin"));
	CHECK(h.role);
	CHECK_INT(h.role_gender, GT_GENDER_FEMALE);
	h = gt_word_tails("Waffenlieferungen", strlen("Waffenlieferungen"));
	CHECK(h.noun);
	CHECK(!h.role);
	CHECK_INT(h.head, strlen("Waffen"));
	/* ü: the tails are normalised one by one, as before the filter */
	h = gt_word_tails("Friedensgespräche", strlen("Friedensgespräche"));
	CHECK(h.noun);
	CHECK_INT(h.head, strlen("Friedens"));
	h = gt_word_tails("Xq", 2);
	CHECK(!h.role && !h.noun && !h.org_before);
	CHECK_INT(h.head, 0);
}

/* The built-in lexicon knows the German abbreviations. */
static void
test_builtin(void)
{
	const gt_lexicon *lex = gt_lexicon_builtin();
	static const char *const abbrevs[] = {"z.B.", "Dr.", "Nr.", "bzw.", "ca.", "St.", NULL};
	gt_lex_entry out[8];
	size_t		n;

	CHECK(lex != NULL);
	CHECK(gt_lexicon_size(lex) > 0);
	for (int i = 0; abbrevs[i]; i++)
		unit_check(gt_lexicon_has(lex, abbrevs[i], strlen(abbrevs[i]),
								  GT_LEX_ABBREVIATION), __FILE__, __LINE__,
				   "%s is not a built-in abbreviation", abbrevs[i]);
	n = gt_lexicon_find(lex, "z.B.", 4, out, 8);
	CHECK(n >= 1);
	CHECK_INT(out[0].type, GT_LEX_ABBREVIATION);
	CHECK_STR(out[0].canonical, "inner");
	CHECK(!gt_lexicon_has(lex, "Haus.", 5, GT_LEX_ABBREVIATION));
	/* through the tokenizer's helper */
	CHECK(gt_is_abbreviation("z.B.", 4));
	CHECK(!gt_is_abbreviation("Haus.", 5));
	CHECK(gt_abbreviation_may_end_sentence("usw.", 4));
	CHECK(!gt_abbreviation_may_end_sentence("Dr.", 3));
}

/* The person's entity canonical name of a built-in key ("" if none). */
static const char *
builtin_person(const char *key)
{
	gt_lex_entry out[GT_MAX_ENTRIES];
	size_t		n = gt_lexicon_find(gt_lexicon_builtin(), key, strlen(key), out, GT_MAX_ENTRIES);

	for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		if (out[i].type == GT_LEX_ENTITY && out[i].kind == GT_KIND_PERSON)
			return out[i].canonical;
	return "";
}

/* A hyphenated first given name is also known written with a space; a double surname is not split. */
static void
test_spaced_given_names(void)
{
	CHECK_STR(builtin_person("Heinz-Christian Strache"), "Heinz-Christian Strache");
	CHECK_STR(builtin_person("Heinz Christian Strache"), "Heinz-Christian Strache");
	CHECK_STR(builtin_person("Karl Heinz Grasser"), "Karl-Heinz Grasser");
	CHECK_STR(builtin_person("Marie Agnes Strack-Zimmermann"), "Marie-Agnes Strack-Zimmermann");
	CHECK_STR(builtin_person("Marie-Agnes Strack Zimmermann"), "");
}

/*
 * An incremental user gazetteer: a newer user lexicon's hide record voids
 * the key's entities in the older user lexicon after it, never the built-in
 * ones, and never prefix records or other keys.
 */
static void
test_hide_records(void)
{
	gt_lex_entry old_entries[] = {
		{.key = "Moorbach", .canonical = "Moorbach (alt)", .source = "user",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_PLACE, .flags = GT_LF_USER},
		{.key = "Auental", .canonical = "Auental", .source = "user",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_PLACE, .flags = GT_LF_USER},
		{.key = "Zyprexa Holding", .canonical = "Zyprexa Holding AG", .source = "user",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_ORGANIZATION, .flags = GT_LF_USER},
		{.key = "Kreml", .canonical = "Kreml (Festung)", .source = "user",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_PLACE, .flags = GT_LF_USER},
	};
	gt_lex_entry new_entries[] = {
		{.key = "Moorbach", .canonical = "Moorbach (neu)", .source = "user",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_PLACE, .flags = GT_LF_USER},
		{.key = "Moorbach", .canonical = "", .extra = "", .source = "user",
		 .type = GT_LEX_HIDE, .flags = GT_LF_USER},
		{.key = "Zyprexa", .canonical = "", .extra = "", .source = "user",
		 .type = GT_LEX_HIDE, .flags = GT_LF_USER},
		{.key = "Kreml", .canonical = "", .extra = "", .source = "user",
		 .type = GT_LEX_HIDE, .flags = GT_LF_USER},
	};
	gt_lexicon *older = gt_lexicon_build(&gt_env_malloc, old_entries, 4);
	gt_lexicon *newer = gt_lexicon_build(&gt_env_malloc, new_entries, 4);
	const gt_lexicon *users[2] = {newer, older};
	gt_lexicons lex = gt_lexicons_with_users(users, 2);
	gt_lex_entry out[GT_MAX_ENTRIES];
	size_t		n;

	if (!CHECK(older != NULL && newer != NULL))
		return;
	CHECK_INT(lex.n, 3);
	/* the changed key: only the newer row */
	n = gt_lex_lookup(&lex, "Moorbach", 8, out, GT_MAX_ENTRIES);
	CHECK_INT(n, 1);
	CHECK_STR(out[0].canonical, "Moorbach (neu)");
	/* an unchanged key: the older row */
	n = gt_lex_lookup(&lex, "Auental", 7, out, GT_MAX_ENTRIES);
	CHECK_INT(n, 1);
	CHECK_STR(out[0].canonical, "Auental");
	/* a hidden key that is a prefix of an older name keeps the prefix record */
	CHECK(gt_entries_find_type(out, gt_lex_lookup(&lex, "Zyprexa", 7, out, GT_MAX_ENTRIES),
							   GT_LEX_PREFIX) != NULL);
	n = gt_lex_lookup(&lex, "Zyprexa Holding", 15, out, GT_MAX_ENTRIES);
	CHECK_INT(n, 1);
	/* a deleted user row over a built-in name: the built-in entry is back */
	n = gt_lex_lookup(&lex, "Kreml", 5, out, GT_MAX_ENTRIES);
	CHECK(n >= 1);
	for (size_t i = 0; i < n; i++)
		CHECK(!(out[i].flags & GT_LF_USER));
	CHECK(gt_entries_find_type(out, n, GT_LEX_ENTITY) != NULL);
	/* without the newer lexicon the older rows show again */
	lex = gt_lexicons_with_users(&users[1], 1);
	n = gt_lex_lookup(&lex, "Moorbach", 8, out, GT_MAX_ENTRIES);
	CHECK_INT(n, 1);
	CHECK_STR(out[0].canonical, "Moorbach (alt)");
	gt_lexicon_free(&gt_env_malloc, newer);
	gt_lexicon_free(&gt_env_malloc, older);
}

/*
 * The key filter (lexicon_table.h): a lookup asks it before any slot. Every
 * key of a built lexicon and of the built-in one passes it (a filter of
 * another hash, or one built before the last key, would lose words); most
 * keys that are not held are turned away; and a lookup does consult it (with
 * its bits cleared a held key is no longer found: the test of a filter that
 * is never asked would pass unseen).
 */
static void
test_key_filter(void)
{
	enum
	{
		NKEYS = 2000,
		FILTER_BITS = 1 << 14		/* about 8 bits a key */
	};
	gt_lex_entry *entries = calloc(NKEYS, sizeof(gt_lex_entry));
	char	  (*keys)[16] = calloc(NKEYS, sizeof(*keys));
	gt_lexicon_options opt = {0, 0, 0, FILTER_BITS};
	const gt_lexicon *builtin = gt_lexicon_builtin();
	gt_lexicon *lex;
	gt_lex_entry out[2];
	size_t		rejected = 0,
				checked = 0,
				found = 0;
	uint32_t	block = 0;

	if (!CHECK(entries != NULL && keys != NULL))
		goto done;
	for (size_t i = 0; i < NKEYS; i++)
	{
		snprintf(keys[i], sizeof(keys[i]), "Wort%zu", i);
		entries[i].key = keys[i];
		entries[i].source = "words";
		entries[i].type = GT_LEX_COMMON_WORD;
	}
	lex = gt_lexicon_build_with(&gt_env_malloc, entries, NKEYS, &opt);
	if (!CHECK(lex != NULL))
		goto done;
	CHECK_INT(lex->key_bloom_bits, FILTER_BITS);
	for (size_t i = 0; i < NKEYS; i++)
		found += gt_lexicon_find(lex, keys[i], strlen(keys[i]), out, 2) == 1;
	CHECK_INT(found, NKEYS);
	for (size_t i = 0; i < NKEYS; i++)
	{
		char		absent[16];
		int			n = snprintf(absent, sizeof(absent), "Satz%zu", i);

		rejected += !gt_bloom_test(lex->key_bloom, lex->key_bloom_bits, gt_hash(absent, (size_t) n));
	}
	unit_check(rejected * 10 > NKEYS * 8, __FILE__, __LINE__,
			   "the key filter turns away only %zu of %d keys not held", rejected, NKEYS);
	memset((void *) lex->key_bloom, 0, FILTER_BITS / 8);
	CHECK_INT(gt_lexicon_find(lex, keys[0], strlen(keys[0]), out, 2), 0);
	gt_lexicon_free(&gt_env_malloc, lex);

	/* the built-in table: its filter is there, and passes every sixteenth key of its blocks */
	CHECK(builtin->key_bloom != NULL && builtin->key_bloom_bits >= 64);
	for (uint32_t i = 0; block < builtin->blocks_len; i++)
	{
		const gt_lex_block *b = (const gt_lex_block *) (builtin->blocks + block);
		uint32_t	nrecs = b->nrecs ? b->nrecs : 1;

		if (i % 16 == 0)
		{
			checked++;
			unit_check(gt_bloom_test(builtin->key_bloom, builtin->key_bloom_bits, gt_hash(b->key, b->keylen)),
					   __FILE__, __LINE__, "the built-in key filter turns away its own key %s", b->key);
		}
		block += (uint32_t) (gt_lex_block_head_size(b->keylen) + (b->nrecs ? nrecs * sizeof(gt_lex_rec) : 0));
	}
	CHECK(checked > 1000);
done:
	free(entries);
	free(keys);
}

/* Run the lexicon tests. */
int
main(void)
{
	test_normalize();
	test_user_lexicon();
	test_blocks();
	test_word_tails();
	test_many_records();
	test_shared_record();
	test_prepared_hashes();
	test_hide_records();
	test_key_filter();
	test_builtin();
	test_spaced_given_names();
	return unit_report();
}
