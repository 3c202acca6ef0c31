/*
 * test_sentences.c — unit tests of the sentence splitter (sentences.c):
 * abbreviations, ordinals and dates that do not end a sentence, closing
 * quotation marks and brackets, line breaks, other scripts, and the
 * partition of tokens into sentences.
 */
#include "unit.h"

/* Plain terminators split; the mark stays with its sentence. */
static void
test_basic(void)
{
	EXPECT_SENTENCES("Das ist gut. Was nun? Ja! Nein\xE2\x80\xA6 Doch...",
					 "Das ist gut.", "Was nun?", "Ja!", "Nein\xE2\x80\xA6", "Doch...");
	/* no capital after the period: no new sentence */
	EXPECT_SENTENCES("Er kam. und ging.", "Er kam. und ging.");
	/* a text without a final mark is one sentence */
	EXPECT_SENTENCES("ohne Punkt", "ohne Punkt");
}

/* Abbreviations do not end sentences. */
static void
test_abbreviations(void)
{
	EXPECT_SENTENCES("Das gilt z. B. für Dr. Müller, u. a. Nr. 5 bzw. ca. 300 Leute "
					 "aus St. Gallen. Dann kam er.",
					 "Das gilt z. B. für Dr. Müller, u. a. Nr. 5 bzw. ca. 300 Leute "
					 "aus St. Gallen.", "Dann kam er.");
	EXPECT_SENTENCES("Das ist z.B. gut. Die U.S.-Regierung schwieg.",
					 "Das ist z.B. gut.", "Die U.S.-Regierung schwieg.");
	/* initials */
	EXPECT_SENTENCES("Er traf J. F. Kennedy. Dann ging er.",
					 "Er traf J. F. Kennedy.", "Dann ging er.");
	/* "usw." may end a sentence */
	EXPECT_SENTENCES("Er aß Äpfel, Birnen usw. Dann ging er.",
					 "Er aß Äpfel, Birnen usw.", "Dann ging er.");
}

/* Ordinals and dates do not end sentences; cardinals at the end do. */
static void
test_ordinals_dates(void)
{
	EXPECT_SENTENCES("Er kam am 11. Januar nach Berlin. Dort blieb er.",
					 "Er kam am 11. Januar nach Berlin.", "Dort blieb er.");
	EXPECT_SENTENCES("Am 19.6.2024 begann es. Das 3. Mal kam er.",
					 "Am 19.6.2024 begann es.", "Das 3. Mal kam er.");
	EXPECT_SENTENCES("Das war 2024. Dann kam 2025.", "Das war 2024.", "Dann kam 2025.");
	EXPECT_SENTENCES("Er kam vor 12. Dann ging er.", "Er kam vor 12.", "Dann ging er.");
}

/* A sentence that ends inside quotation marks ends after the closing mark. */
static void
test_quotes(void)
{
	EXPECT_SENTENCES("Sie sagte: \xE2\x80\x9EJa.\xE2\x80\x9C Dann \xE2\x80\xA6",
					 "Sie sagte: \xE2\x80\x9EJa.\xE2\x80\x9C", "Dann \xE2\x80\xA6");
	EXPECT_SENTENCES("Sie sagte: \"Ja.\" Dann ging sie.",
					 "Sie sagte: \"Ja.\"", "Dann ging sie.");
	EXPECT_SENTENCES("Er rief: \xC2\xBBHilfe!\xC2\xAB Dann. Sie: \xE2\x80\x9A" "Nein.\xE2\x80\x98 Gut.",
					 "Er rief: \xC2\xBBHilfe!\xC2\xAB", "Dann.",
					 "Sie: \xE2\x80\x9A" "Nein.\xE2\x80\x98", "Gut.");
	/* a quotation that continues after its period is not split */
	EXPECT_SENTENCES("\xE2\x80\x9EJa\xE2\x80\x9C, sagte sie. \xE2\x80\x9E" "Das ist es.\xE2\x80\x9C",
					 "\xE2\x80\x9EJa\xE2\x80\x9C, sagte sie.",
					 "\xE2\x80\x9E" "Das ist es.\xE2\x80\x9C");
	/* closing brackets stay with their sentence */
	EXPECT_SENTENCES("Er ging (endlich.) Dann kam sie.",
					 "Er ging (endlich.)", "Dann kam sie.");
}

/* Line breaks end sentences (headlines have no period). */
static void
test_lines(void)
{
	EXPECT_SENTENCES("Titel ohne Punkt\nDer Text beginnt. Er endet.\r\n\r\nNeu",
					 "Titel ohne Punkt", "Der Text beginnt.", "Er endet.", "Neu");
}

/* Scripts without letter case: a sentence starts after the full stop. */
static void
test_other_scripts(void)
{
	EXPECT_SENTENCES("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D. \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D.",
					 "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D.", "\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D.");
	EXPECT_SENTENCES("\xE5\x8C\x97\xE4\xBA\xAC\xE3\x80\x82\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x82",
					 "\xE5\x8C\x97\xE4\xBA\xAC\xE3\x80\x82", "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x82");
}

/* Sentence indexes and spans of a small document, exactly. */
static void
test_partition(void)
{
	unit_doc	u = unit_analyze("  Er kam. Sie ging.  ");

	CHECK_INVARIANTS(&u);
	CHECK_INT(u.doc.ntokens, 6);
	CHECK_INT(u.doc.nsentences, 2);
	CHECK_INT(u.doc.sentences[0].first_token, 0);
	CHECK_INT(u.doc.sentences[0].end_token, 3);
	CHECK_INT(u.doc.sentences[0].span.char_start, 2);
	CHECK_INT(u.doc.sentences[0].span.char_end, 9);
	CHECK_INT(u.doc.sentences[1].first_token, 3);
	CHECK_INT(u.doc.sentences[1].end_token, 6);
	CHECK_INT(u.doc.sentences[1].span.char_start, 10);
	CHECK_INT(u.doc.sentences[1].span.char_end, 19);
	CHECK_INT(u.doc.tokens[2].sentence, 0);
	CHECK_INT(u.doc.tokens[3].sentence, 1);
	CHECK_INT(u.doc.tokens[3].flags & GT_TF_SENT_START, GT_TF_SENT_START);
	CHECK_INT(u.doc.tokens[4].flags & GT_TF_SENT_START, 0);
	unit_free(&u);
}

/* Property: random sentence-ish texts are partitioned consistently. */
static void
test_properties(void)
{
	static const char *const parts[] = {
		"Er", "kam", "z. B.", "Dr.", "am 11. Januar", "19.6.2024", ".", "!", "?",
		"\xE2\x80\xA6", "\xE2\x80\x9E", "\xE2\x80\x9C", "\"", "'", "(", ")", " ",
		"\n", "usw.", "Nr.", "3.", "\xE3\x80\x82", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",
	};
	const size_t nparts = sizeof(parts) / sizeof(parts[0]);
	char		buf[512];
	int			failures = 0;

	for (int iter = 0; iter < 2000 && failures < 5; iter++)
	{
		size_t		len = 0;
		int			n = (int) (unit_rand() % 60);
		unit_doc	u;

		for (int k = 0; k < n; k++)
		{
			const char *p = parts[unit_rand() % nparts];
			size_t		plen = strlen(p);

			if (len + plen + 1 > sizeof(buf))
				break;
			memcpy(buf + len, p, plen);
			len += plen;
			if (unit_rand() % 2)
				buf[len++] = ' ';
		}
		u = unit_analyze_n(buf, len);
		failures += CHECK_INVARIANTS(&u);
		unit_free(&u);
	}
	CHECK_INT(failures, 0);
}

/* Run the sentence splitter tests. */
int
main(void)
{
	test_basic();
	test_abbreviations();
	test_ordinals_dates();
	test_quotes();
	test_lines();
	test_other_scripts();
	test_partition();
	test_properties();
	return unit_report();
}
