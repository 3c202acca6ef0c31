/*
 * test_tokens.c — unit tests of the tokenizer (tokens.c, chars.c): German
 * compounds, apostrophes, ordinals and dates, abbreviations, quotation
 * marks, URLs, e-mail, emoji, combining marks, right-to-left and CJK
 * scripts, empty and invalid input, and a randomised property test; and
 * two base helpers the tokenizer's callers lean on: gt_lower_all and
 * gt_zero (cleared in chunks with interrupt checks between).
 */
#include "unit.h"

/* Hyphenated compounds stay one word. */
static void
test_compounds(void)
{
	EXPECT_TOKENS("US-Verteidigungsministerium und NATO-Generalsekretär",
				  "US-Verteidigungsministerium/word", "und/word",
				  "NATO-Generalsekretär/word");
	EXPECT_TOKENS("im Indopazifik-Raum, Karine Jean-Pierre.",
				  "im/word", "Indopazifik-Raum/word", ",/punct", "Karine/word",
				  "Jean-Pierre/word", "./punct");
	/* Unicode hyphen U+2010 joins too; a truncated compound keeps its hyphen */
	EXPECT_TOKENS("Jean\xE2\x80\x90Pierre", "Jean\xE2\x80\x90Pierre/word");
	EXPECT_TOKENS("Ein- und Ausfuhr", "Ein-/word", "und/word", "Ausfuhr/word");
	/* an abbreviation's period inside a compound */
	EXPECT_TOKENS("die U.S.-Regierung und Dipl.-Ing. Meier",
				  "die/word", "U.S.-Regierung/word", "und/word",
				  "Dipl.-Ing./word", "Meier/word");
	/* a dash between spaces is punctuation */
	EXPECT_TOKENS("Krieg - Frieden", "Krieg/word", "-/punct", "Frieden/word");
}

/* The flags a compound carries. */
static void
test_compound_flags(void)
{
	unit_doc	u = unit_analyze("NATO-Generalsekretär USA z.B.");

	CHECK_INVARIANTS(&u);
	CHECK_INT(u.doc.ntokens, 3);
	CHECK_INT(u.doc.tokens[0].flags & GT_TF_HYPHENATED, GT_TF_HYPHENATED);
	CHECK_INT(u.doc.tokens[0].flags & GT_TF_UPPER_INITIAL, GT_TF_UPPER_INITIAL);
	CHECK_INT(u.doc.tokens[0].flags & GT_TF_ALL_UPPER, 0);
	CHECK_INT(u.doc.tokens[1].flags & GT_TF_ALL_UPPER, GT_TF_ALL_UPPER);
	CHECK_INT(u.doc.tokens[2].flags & GT_TF_ABBREV, GT_TF_ABBREV);
	unit_free(&u);
}

/* Inner apostrophes (ASCII and typographic) stay in the word. */
static void
test_apostrophes(void)
{
	EXPECT_TOKENS("Wie geht's?", "Wie/word", "geht's/word", "?/punct");
	EXPECT_TOKENS("Wie geht\xE2\x80\x99s?", "Wie/word", "geht\xE2\x80\x99s/word",
				  "?/punct");
	EXPECT_TOKENS("die Putin'sche Politik", "die/word", "Putin'sche/word",
				  "Politik/word");
	EXPECT_TOKENS("die Putin\xE2\x80\x99sche Politik", "die/word",
				  "Putin\xE2\x80\x99sche/word", "Politik/word");
	/* the genitive apostrophe of a name in -s */
	EXPECT_TOKENS("Hans' Frau", "Hans'/word", "Frau/word");
}

/* Ordinals keep their period before month names and after articles; dates are one number. */
static void
test_ordinals_dates(void)
{
	EXPECT_TOKENS("am 11. Januar 2024", "am/word", "11./number", "Januar/word",
				  "2024/number");
	EXPECT_TOKENS("am 19.6.2024 um 10:30 Uhr, 3,5 Prozent",
				  "am/word", "19.6.2024/number", "um/word", "10:30/number",
				  "Uhr/word", ",/punct", "3,5/number", "Prozent/word");
	EXPECT_TOKENS("der 3. Versuch", "der/word", "3./number", "Versuch/word");
	/* a cardinal at a sentence end keeps its period apart */
	EXPECT_TOKENS("Es war 2024. Dann", "Es/word", "war/word", "2024/number",
				  "./punct", "Dann/word");
	EXPECT_TOKENS("vor 12. Dann", "vor/word", "12/number", "./punct", "Dann/word");
	/* right after an opening mark or bracket a number begins a name: "„2." is no sentence */
	EXPECT_TOKENS("beim \xE2\x80\x9E" "2. Deutschen Kongress", "beim/word", "\xE2\x80\x9E/quote_open",
				  "2./number", "Deutschen/word", "Kongress/word");
	EXPECT_TOKENS("(1. FC)", "(/punct", "1./number", "FC/word", ")/punct");
	{
		unit_doc	u = unit_analyze("am 11. Januar");

		CHECK_INT(u.doc.tokens[1].flags & GT_TF_ORDINAL, GT_TF_ORDINAL);
		unit_free(&u);
	}
}

/* Known abbreviations and initials keep their period. */
static void
test_abbreviations(void)
{
	EXPECT_TOKENS("z. B. Dr. Müller, u. a. Nr. 5 bzw. ca. 300 in St. Gallen",
				  "z./word", "B./word", "Dr./word", "Müller/word", ",/punct",
				  "u./word", "a./word", "Nr./word", "5/number", "bzw./word",
				  "ca./word", "300/number", "in/word", "St./word", "Gallen/word");
	EXPECT_TOKENS("z.B. u.a.", "z.B./word", "u.a./word");
	/* an unknown word does not take the period */
	EXPECT_TOKENS("Haus.", "Haus/word", "./punct");
}

/* Every quotation mark is a quote token, open or close where the context tells. */
static void
test_quotes(void)
{
	EXPECT_TOKENS("\xE2\x80\x9EJa\xE2\x80\x9C",	/* „Ja“ */
				  "\xE2\x80\x9E/quote_open", "Ja/word", "\xE2\x80\x9C/quote_close");
	EXPECT_TOKENS("\xE2\x80\x9Aja\xE2\x80\x98",	/* ‚ja‘ */
				  "\xE2\x80\x9A/quote_open", "ja/word", "\xE2\x80\x98/quote_close");
	EXPECT_TOKENS("\xC2\xBBja\xC2\xAB \xC2\xABja\xC2\xBB",	/* »ja« «ja» */
				  "\xC2\xBB/quote_open", "ja/word", "\xC2\xAB/quote_close",
				  "\xC2\xAB/quote_open", "ja/word", "\xC2\xBB/quote_close");
	EXPECT_TOKENS("er sagte \"ja\" und 'nein'.",
				  "er/word", "sagte/word", "\"/quote_open", "ja/word",
				  "\"/quote_close", "und/word", "'/quote_open", "nein/word",
				  "'/quote_close", "./punct");
	EXPECT_TOKENS("\xE2\x80\x9Dja\xE2\x80\x9D \xE2\x80\x99ja\xE2\x80\x99",	/* ”ja” ’ja’ */
				  "\xE2\x80\x9D/quote_open", "ja/word", "\xE2\x80\x9D/quote_close",
				  "\xE2\x80\x99/quote_open", "ja/word", "\xE2\x80\x99/quote_close");
	/* a mark between spaces cannot be placed: plain quote */
	EXPECT_TOKENS("a \" b", "a/word", "\"/quote", "b/word");
	EXPECT_TOKENS("Sie sagte: \xE2\x80\x9EJa.\xE2\x80\x9C Dann",
				  "Sie/word", "sagte/word", ":/punct", "\xE2\x80\x9E/quote_open",
				  "Ja/word", "./punct", "\xE2\x80\x9C/quote_close", "Dann/word");
}

/* URLs and e-mail addresses are single tokens without trailing punctuation. */
static void
test_url_email(void)
{
	EXPECT_TOKENS("Siehe https://example.org/a?b=1&c=2. Oder www.tagesschau.de, bitte.",
				  "Siehe/word", "https://example.org/a?b=1&c=2/url", "./punct",
				  "Oder/word", "www.tagesschau.de/url", ",/punct", "bitte/word",
				  "./punct");
	EXPECT_TOKENS("Mail an presse@bundesregierung.de!",
				  "Mail/word", "an/word", "presse@bundesregierung.de/email",
				  "!/punct");
	/* no domain with a dot: not an address */
	EXPECT_TOKENS("a@b", "a/word", "@/punct", "b/word");
	/* the tokenizer remembers the next '@' ahead: past one address, it finds the next */
	EXPECT_TOKENS("An info@a.de oder @b und kontakt@c.at",
				  "An/word", "info@a.de/email", "oder/word", "@/punct", "b/word",
				  "und/word", "kontakt@c.at/email");
}

/* Emoji sequences are one symbol with exact spans. */
static void
test_emoji(void)
{
	/* family: woman ZWJ woman ZWJ girl ZWJ boy = 7 code points, 25 bytes */
	const char *text = "Wir \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
		"\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"
		" \xF0\x9F\x87\xA9\xF0\x9F\x87\xAA!";
	unit_doc	u = unit_analyze(text);

	CHECK_INVARIANTS(&u);
	CHECK_INT(u.doc.ntokens, 5);
	CHECK_INT(u.doc.tokens[1].kind, GT_TOK_SYMBOL);
	CHECK_SPAN(&u, 1, 4, 29, 4, 11);
	CHECK_INT(u.doc.tokens[2].kind, GT_TOK_SYMBOL);	/* thumbs up, skin tone */
	CHECK_SPAN(&u, 2, 30, 38, 12, 14);
	CHECK_INT(u.doc.tokens[3].kind, GT_TOK_SYMBOL);	/* flag DE */
	CHECK_SPAN(&u, 3, 39, 47, 15, 17);
	CHECK_INT(u.doc.tokens[4].kind, GT_TOK_PUNCT);
	CHECK_SPAN(&u, 4, 47, 48, 17, 18);
	unit_free(&u);
}

/* Combining marks stay with their letter; the span counts code points. */
static void
test_combining(void)
{
	/* "Cafe" + U+0301 and "Zoe" + U+0308 */
	unit_doc	u = unit_analyze("Cafe\xCC\x81 Zoe\xCC\x88.");

	CHECK_INVARIANTS(&u);
	CHECK_INT(u.doc.ntokens, 3);
	CHECK_STR(unit_token_text(&u, 0), "Cafe\xCC\x81");
	CHECK_SPAN(&u, 0, 0, 6, 0, 5);
	CHECK_STR(unit_token_text(&u, 1), "Zoe\xCC\x88");
	CHECK_SPAN(&u, 1, 7, 12, 6, 10);
	CHECK_SPAN(&u, 2, 12, 13, 10, 11);
	unit_free(&u);
	/* a lone combining mark is a symbol */
	EXPECT_TOKENS("\xCC\x81", "\xCC\x81/symbol");
}

/* Arabic, Hebrew and CJK text: words and exact character spans. */
static void
test_rtl_cjk(void)
{
	/* مرحبا بالعالم. = 5 + 1 + 7 + 1 code points */
	unit_doc	u = unit_analyze("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
								 "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85.");

	CHECK_INVARIANTS(&u);
	CHECK_INT(u.doc.ntokens, 3);
	CHECK_INT(u.doc.tokens[0].kind, GT_TOK_WORD);
	CHECK_SPAN(&u, 0, 0, 10, 0, 5);
	CHECK_SPAN(&u, 1, 11, 25, 6, 13);
	CHECK_SPAN(&u, 2, 25, 26, 13, 14);
	unit_free(&u);

	/* שלום עולם */
	u = unit_analyze("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D");
	CHECK_INVARIANTS(&u);
	CHECK_INT(u.doc.ntokens, 2);
	CHECK_SPAN(&u, 0, 0, 8, 0, 4);
	CHECK_SPAN(&u, 1, 9, 17, 5, 9);
	unit_free(&u);

	/* 北京是首都。 = one word of 5 characters, then the ideographic full stop */
	u = unit_analyze("\xE5\x8C\x97\xE4\xBA\xAC\xE6\x98\xAF\xE9\xA6\x96\xE9\x83\xBD\xE3\x80\x82");
	CHECK_INVARIANTS(&u);
	CHECK_INT(u.doc.ntokens, 2);
	CHECK_INT(u.doc.tokens[0].kind, GT_TOK_WORD);
	CHECK_SPAN(&u, 0, 0, 15, 0, 5);
	CHECK_INT(u.doc.tokens[1].kind, GT_TOK_PUNCT);
	CHECK_SPAN(&u, 1, 15, 18, 5, 6);
	unit_free(&u);
}

/* Empty and blank input gives no tokens and no sentences. */
static void
test_empty(void)
{
	const char *blanks[] = {"", " ", "   \t ", "\n\n", " \r\n \xC2\xA0 \xE2\x80\x83 ", NULL};

	for (int i = 0; blanks[i]; i++)
	{
		unit_doc	u = unit_analyze(blanks[i]);

		CHECK_INT(u.status, GT_OK);
		CHECK_INT(u.doc.ntokens, 0);
		CHECK_INT(u.doc.nsentences, 0);
		CHECK_INVARIANTS(&u);
		unit_free(&u);
	}
}

/* Invalid UTF-8 does not crash and keeps spans consistent. */
static void
test_invalid_utf8(void)
{
	static const char *const inputs[] = {
		"a\xFF\xFE" "b \xC3 c\xE2\x82",	/* stray, truncated */
		"\xC3",					/* truncated at the very end */
		"\xED\xA0\x80 x",		/* an encoded surrogate */
		"\xF4\x90\x80\x80 y",	/* above U+10FFFF */
		"\xC0\xAF z",			/* overlong */
		"Wort\x80\x80Wort",
		NULL
	};

	for (int i = 0; inputs[i]; i++)
	{
		unit_doc	u = unit_analyze(inputs[i]);

		CHECK_INT(u.status, GT_OK);
		CHECK_INVARIANTS(&u);
		unit_free(&u);
	}
	{
		unit_doc	u = unit_analyze("a\xFF" "b");

		/* the bad byte is one character of its own */
		CHECK_INT(u.doc.ntokens, 3);
		CHECK_SPAN(&u, 1, 1, 2, 1, 2);
		CHECK_SPAN(&u, 2, 2, 3, 2, 3);
		unit_free(&u);
	}
	{
		/* a NUL byte is an ignorable control, not an end: it stays inside the word */
		unit_doc	u = unit_analyze_n("ab\0cd e", 7);

		CHECK_INVARIANTS(&u);
		CHECK_INT(u.doc.ntokens, 2);
		CHECK_SPAN(&u, 0, 0, 5, 0, 5);
		CHECK_SPAN(&u, 1, 6, 7, 6, 7);
		unit_free(&u);
	}
}

/* Fragments the random mixes are made of. */
static const char *const fragments[] = {
	"US-Verteidigungsministerium", "NATO-Generalsekretär", "Indopazifik-Raum",
	"Jean-Pierre", "geht's", "Putin'sche", "geht\xE2\x80\x99s", "am 11. Januar",
	"19.6.2024", "z. B.", "z.B.", "Dr.", "u. a.", "Nr.", "bzw.", "ca.", "St.",
	"Sie sagte: \xE2\x80\x9EJa.\xE2\x80\x9C Dann \xE2\x80\xA6", "\xE2\x80\x9E",
	"\xE2\x80\x9C", "\xE2\x80\x9A", "\xE2\x80\x98", "\xC2\xBB", "\xC2\xAB", "\"",
	"'", "\xE2\x80\x9D", "\xE2\x80\x99", "https://example.org/x?y=1",
	"www.a.de", "info@example.com", "@", "://",
	"\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7", "\xE2\x80\x8D", "\xF0\x9F\x87\xA9",
	"\xEF\xB8\x8F", "\xCC\x81", "e\xCC\x88", "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7",
	"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "\xE5\x8C\x97\xE4\xBA\xAC", "\xE3\x80\x82",
	"\xC2\xAD", "\xE2\x80\x90", ".", "...", "!", "?", ",", "-", "(", ")", " ",
	"  ", "\n", "\r\n", "\t", "\xC2\xA0", "\xFF", "\xC3", "\xE2\x82", "\0",
	"1", "3,5", "10:30", "Haus", "haus", "A", "a", "Ein-", "Hans'",
};

/* Property test: invariants hold on random bytes and random fragment mixes. */
static void
test_properties(void)
{
	const size_t nfrag = sizeof(fragments) / sizeof(fragments[0]);
	char		buf[1024];
	int			failures = 0;

	for (int iter = 0; iter < 3000 && failures < 5; iter++)
	{
		size_t		len = 0;
		unit_doc	u;

		if (iter % 2 == 0)
		{
			len = unit_rand() % 200;
			for (size_t i = 0; i < len; i++)
			{
				uint64_t	r = unit_rand();

				/* bias towards UTF-8 lead/continuation bytes and ASCII punctuation */
				if ((r & 3) == 0)
					buf[i] = (char) (0x80 | ((r >> 8) & 0x3F));
				else if ((r & 3) == 1)
					buf[i] = " .-'\"a1A\n"[(r >> 8) % 9];
				else
					buf[i] = (char) ((r >> 8) & 0xFF);
			}
		}
		else
		{
			int			n = (int) (unit_rand() % 40);

			for (int k = 0; k < n; k++)
			{
				const char *f = fragments[unit_rand() % nfrag];
				size_t		flen = f[0] ? strlen(f) : 1;	/* "\0" is one byte */

				if (len + flen > sizeof(buf))
					break;
				memcpy(buf + len, f, flen);
				len += flen;
			}
		}
		u = unit_analyze_n(buf, len);
		failures += CHECK_INVARIANTS(&u) ? 1 : 0;
		unit_free(&u);
	}
	CHECK_INT(failures, 0);
}

/*
 * The ASCII forms of characters a database encoding may lack (for output,
 * base/translit.c): letters lose their marks, ß and ligatures spell out,
 * and a character without one gets none.
 */
static void
test_ascii_forms(void)
{
	char		out[GT_ASCII_FORM_MAX];

	CHECK_INT(gt_ascii_form(0x011F, out, sizeof(out)), 1);	/* ğ */
	CHECK_STR(out, "g");
	CHECK_INT(gt_ascii_form(0x0142, out, sizeof(out)), 1);	/* ł */
	CHECK_STR(out, "l");
	CHECK_INT(gt_ascii_form(0x00DF, out, sizeof(out)), 2);	/* ß */
	CHECK_STR(out, "ss");
	CHECK_INT(gt_ascii_form(0x2026, out, sizeof(out)), 3);	/* … */
	CHECK_STR(out, "...");
	CHECK_INT(gt_ascii_form(0x4E2D, out, sizeof(out)), 0);	/* 中: none */
	CHECK_INT(gt_ascii_form(0x011F, out, 1), 0);			/* no room */
	CHECK_INT(gt_ascii_form(-1, out, sizeof(out)), 0);
	CHECK_INT(gt_ascii_form(0x110000, out, sizeof(out)), 0);
}

/* Run the tokenizer tests. */
/* Word forms: a word token points at the first token with its bytes; case counts, punctuation is its own. */
static void
test_word_forms(void)
{
	unit_doc	u = unit_analyze("Die Bahn fährt, die Bahn hält. Die Bahnen, fährt!");
	uint32_t	forms[16];

	CHECK_INT(u.doc.ntokens, 13);
	CHECK_INT(gt_word_forms(&u.doc, forms), GT_OK);
	CHECK_INT(forms[0], 0);		/* Die */
	CHECK_INT(forms[1], 1);		/* Bahn */
	CHECK_INT(forms[4], 4);		/* die: another case, another form */
	CHECK_INT(forms[5], 1);		/* Bahn again */
	CHECK_INT(forms[8], 0);		/* Die again */
	CHECK_INT(forms[9], 9);		/* Bahnen */
	CHECK_INT(forms[11], 2);	/* fährt again */
	CHECK_INT(forms[3], 3);		/* a comma is its own */
	CHECK_INT(forms[10], 10);
	unit_free(&u);
}

/* Lower-case one ASCII byte, the plain way (the reference of gt_lower_all's eight-byte steps). */
static char
lower_ascii_byte(char c)
{
	return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
}

/* gt_lower_all: every ASCII byte at every place of an eight-byte step and of the tail, umlauts between. */
static void
test_lower_all(void)
{
	char		text[40];
	char		out[64];
	char		want[40];

	for (int c = 1; c < 0x80; c++)
		for (size_t len = 1; len <= 17; len += 4)
			for (size_t at = 0; at < len; at++)
			{
				for (size_t i = 0; i < len; i++)
					text[i] = (char) ('A' + (i * 7 + (size_t) c) % 58);	/* A–Z, [\]^_`, a–z */
				text[at] = (char) c;
				for (size_t i = 0; i < len; i++)
					want[i] = lower_ascii_byte(text[i]);
				CHECK_INT(gt_lower_all(text, len, out, sizeof(out)), len);
				CHECK(memcmp(out, want, len) == 0);
			}
	CHECK_INT(gt_lower_all("GRÜNE-ABGEORDNETE", 18, out, sizeof(out)), 18);
	CHECK(memcmp(out, "grüne-abgeordnete", 18) == 0);
	CHECK_INT(gt_lower_all("BUNDESVERFASSUNGSGERICHT", 24, out, sizeof(out)), 24);
	CHECK(memcmp(out, "bundesverfassungsgericht", 24) == 0);
	/* a full buffer: the eight-byte step must not write beyond cap */
	CHECK_INT(gt_lower_all("ABCDEFGHIJ", 10, out, 9), (size_t) -1);
	CHECK_INT(gt_lower_all("ABCDEFGHIJ", 10, out, 10), 10);
	CHECK(memcmp(out, "abcdefghij", 10) == 0);
}

/* An interrupt hook that counts its calls. */
static void
count_check(void *ctx)
{
	(*(size_t *) ctx)++;
}

/* A name's white space as one space: two spaces, a line break, a no-break space. */
static void
test_collapse_spaces(void)
{
	char		out[64];
	const char *two = "Sergey  Kiselev";
	const char *broken = "Heinz\n Spindler";
	const char *nbsp = "Karl\xc2\xa0Nehammer";

	CHECK_INT(gt_collapse_spaces(two, strlen(two), out), 14);
	CHECK_STR(out, "Sergey Kiselev");
	gt_collapse_spaces(broken, strlen(broken), out);
	CHECK_STR(out, "Heinz Spindler");
	gt_collapse_spaces(nbsp, strlen(nbsp), out);
	CHECK_STR(out, "Karl Nehammer");
	CHECK(gt_equals_collapsed("Sergey Kiselev", two, strlen(two)));
	CHECK(gt_equals_collapsed("Heinz Spindler", broken, strlen(broken)));
	CHECK(!gt_equals_collapsed("Sergey  Kiselev", two, strlen(two)));
	CHECK(!gt_equals_collapsed("Sergey Kiselev", "Sergey Kiselew", 14));
	CHECK(!gt_equals_collapsed("Sergey", two, strlen(two)));
	CHECK(!gt_equals_collapsed("Sergey Kiselev", "Sergey", 6));
	/* in place */
	memcpy(out, two, strlen(two) + 1);
	gt_collapse_spaces(out, strlen(out), out);
	CHECK_STR(out, "Sergey Kiselev");
}

/* gt_zero clears every byte, and lets the host interrupt between megabyte chunks. */
static void
test_zero(void)
{
	size_t		checks = 0;
	gt_env		env = gt_env_malloc;
	size_t		size = (5u << 20) + 3;
	unsigned char *p = malloc(size);
	size_t		nonzero = 0;

	env.check_interrupts = count_check;
	env.ctx = &checks;
	CHECK(p != NULL);
	if (!p)
		return;
	memset(p, 0xff, size);
	gt_zero(&env, p, size);
	for (size_t i = 0; i < size; i++)
		nonzero += p[i] != 0;
	CHECK_INT(nonzero, 0);
	CHECK_INT(checks, 5);
	checks = 0;
	memset(p, 0xff, 101);
	gt_zero(&env, p, 100);
	CHECK(p[0] == 0 && p[99] == 0 && p[100] == 0xff);
	CHECK_INT(checks, 0);
	free(p);
}

int
main(void)
{
	test_zero();
	test_lower_all();
	test_ascii_forms();
	test_compounds();
	test_compound_flags();
	test_apostrophes();
	test_ordinals_dates();
	test_abbreviations();
	test_quotes();
	test_url_email();
	test_emoji();
	test_combining();
	test_rtl_cjk();
	test_empty();
	test_invalid_utf8();
	test_properties();
	test_word_forms();
	test_collapse_spaces();
	return unit_report();
}
