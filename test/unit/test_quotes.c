/*
 * test_quotes.c — unit tests of the quote finder (quotes.c, quote_marks.c,
 * quote_speakers.c, quote_clauses.c, cues.c): every quotation-mark style,
 * quotes over several sentences and paragraphs, direct / partial /
 * indirect / reported / term, speakers before, after and around the quote,
 * pronouns, markers, role phrases, chains of reported speech, subjects
 * found by the clause analysis, content without quotation marks, what is
 * no speech, how each speaker was found, and hostile input (unbalanced marks,
 * deep nesting) that must stay linear and clean under ASan/UBSan.
 * Every sentence here was written for the test.
 */
#include "unit.h"

/* A document with its entities and quotes. */
typedef struct quote_run
{
	unit_doc	u;
	gt_entities ents;
	gt_quotes	quotes;
	gt_lexicons lex;
} quote_run;

/* Analyse text and find its quotes, with entities or without (NULL). */
static quote_run
run_quotes_with(const char *text, bool entities)
{
	quote_run	r;

	memset(&r.ents, 0, sizeof(r.ents));
	r.u = unit_analyze(text);
	r.lex = gt_lexicons_default(NULL);
	CHECK_INT(r.u.status, GT_OK);
	if (entities)
		CHECK_INT(gt_find_entities(&r.u.doc, &r.lex, &r.ents), GT_OK);
	CHECK_INT(gt_find_quotes(&r.u.doc, entities ? &r.ents : NULL, &r.lex,
							 &r.quotes), GT_OK);
	return r;
}

/* Analyse text and find its entities and quotes. */
static quote_run
run_quotes(const char *text)
{
	return run_quotes_with(text, true);
}

/* Free a run. */
static void
free_run(quote_run *r)
{
	gt_quotes_free(&r->quotes);
	if (r->ents.env)
		gt_entities_free(&r->ents);
	unit_free(&r->u);
}

/* The text of a span as a NUL-terminated string (static buffer). */
static const char *
span_text(const quote_run *r, const gt_span *s)
{
	static char buf[2][1024];
	static int	which;
	size_t		n = s->byte_end - s->byte_start;
	char	   *b = buf[which++ & 1];

	if (n >= sizeof(buf[0]))
		n = sizeof(buf[0]) - 1;
	memcpy(b, r->u.buf + s->byte_start, n);
	b[n] = '\0';
	return b;
}

/* The first quote whose text starts with prefix, or NULL. */
static const gt_quote *
find_quote(const quote_run *r, const char *prefix)
{
	for (size_t i = 0; i < r->quotes.n; i++)
		if (strncmp(span_text(r, &r->quotes.items[i].span), prefix,
					strlen(prefix)) == 0)
			return &r->quotes.items[i];
	return NULL;
}

/* Check one quote: kind, speaker text (NULL: none) and cue lemma (NULL: none). */
#define EXPECT_QUOTE(r, prefix, kind_, speaker_, lemma_) \
	do { \
		const gt_quote *q_ = find_quote((r), (prefix)); \
		if (unit_check(q_ != NULL, __FILE__, __LINE__, "no quote \"%s\"", (prefix))) \
		{ \
			CHECK_STR(gt_quote_kind_name(q_->kind), (kind_)); \
			if ((speaker_) == NULL) \
				CHECK(!q_->has_speaker); \
			else if (CHECK(q_->has_speaker)) \
				CHECK_STR(q_->speaker, (speaker_) ? (speaker_) : ""); \
			if ((lemma_) == NULL) \
				CHECK(!q_->has_cue); \
			else if (CHECK(q_->has_cue)) \
				CHECK_STR(q_->cue_lemma, (lemma_) ? (lemma_) : ""); \
		} \
	} while (0)

/* The quote starting with prefix was found by this evidence (gt_evidence). */
#define EXPECT_EVIDENCE(r, prefix, evidence_) \
	do { \
		const gt_quote *e_ = find_quote((r), (prefix)); \
		if (unit_check(e_ != NULL, __FILE__, __LINE__, "no quote \"%s\"", (prefix))) \
			CHECK_INT(e_->evidence, (evidence_)); \
	} while (0)

/* The speaker of the quote starting with prefix was found this way (gt_speaker_evidence). */
#define EXPECT_SPEAKER_BY(r, prefix, how_) \
	do { \
		const gt_quote *e_ = find_quote((r), (prefix)); \
		if (unit_check(e_ != NULL && e_->has_speaker, __FILE__, __LINE__, "no speaker for \"%s\"", (prefix))) \
			CHECK_INT(e_->speaker_evidence, (how_)); \
	} while (0)

/* „…“, sagte X — the speaker after the quote. */
static void
test_speaker_after(void)
{
	quote_run	r = run_quotes(
		"„Wir bauen die Brücke bis zum Herbst fertig“, sagte Anna Berger, "
		"die Sprecherin der Stadtwerke.");

	EXPECT_QUOTE(&r, "Wir bauen die Brücke", "direct", "Anna Berger", "sagen");
	CHECK_STR(span_text(&r, &r.quotes.items[0].speaker_span), "Anna Berger");
	CHECK_STR(span_text(&r, &r.quotes.items[0].cue_span), "sagte");
	free_run(&r);
}

/* X sagte: „…“ — the speaker before the colon; ASCII marks. */
static void
test_speaker_before(void)
{
	quote_run	r = run_quotes(
		"Stadtrat Michael Becker erklärte: \"Die Schule bleibt offen.\"");

	EXPECT_QUOTE(&r, "Die Schule bleibt offen", "direct", "Michael Becker", "erklären");
	free_run(&r);
}

/* „…“, so X — the marker so. Guillemets both ways. */
static void
test_so_and_guillemets(void)
{
	quote_run	r = run_quotes(
		"»Das Angebot reicht nicht aus«, so Maria Schuster. "
		"«Wir verhandeln weiter», sagte Jonas Weber.");

	EXPECT_QUOTE(&r, "Das Angebot reicht", "direct", "Maria Schuster", "so");
	EXPECT_QUOTE(&r, "Wir verhandeln weiter", "direct", "Jonas Weber", "sagen");
	free_run(&r);
}

/* „…“, sagte X, „…“ — one speaker around two parts. */
static void
test_speaker_around(void)
{
	quote_run	r = run_quotes(
		"„Der Zug fährt wieder“, sagte Thomas Krüger, „aber nur stündlich.“");

	EXPECT_QUOTE(&r, "Der Zug fährt wieder", "direct", "Thomas Krüger", "sagen");
	EXPECT_QUOTE(&r, "aber nur stündlich", "direct", "Thomas Krüger", NULL);
	free_run(&r);
}

/* A quote over two sentences and a new paragraph is one row. */
static void
test_multi_paragraph(void)
{
	quote_run	r = run_quotes(
		"Sabine Keller sagte: „Wir haben lange gewartet. Nun geht es los.\n"
		"„Der Bau beginnt im Mai.“");
	const gt_quote *q = find_quote(&r, "Wir haben lange gewartet");

	if (CHECK(q != NULL))
	{
		CHECK(strstr(span_text(&r, &q->span), "Nun geht es los") != NULL);
		CHECK(strstr(span_text(&r, &q->span), "im Mai") != NULL);
	}
	free_run(&r);
}

/* Nested single marks stay inside the outer quote. */
static void
test_nested_single(void)
{
	quote_run	r = run_quotes(
		"„Er nannte das Projekt ‚Wolke‘ einen Erfolg“, sagte Lena Vogt.");
	const gt_quote *q = find_quote(&r, "Er nannte das Projekt");

	if (CHECK(q != NULL))
		CHECK(strstr(span_text(&r, &q->span), "einen Erfolg") != NULL);
	EXPECT_QUOTE(&r, "Er nannte das Projekt", "direct", "Lena Vogt", "sagen");
	free_run(&r);
}

/* Pronouns: er / sie by gender and recency, the subject preferred. */
static void
test_pronouns(void)
{
	quote_run	r = run_quotes(
		"Die Ministerin Julia Brandt traf Stefan Krause. "
		"Sie betonte, dass die Stadt mehr Geld bekomme. "
		"Er sagte, die Pläne seien gut.");

	EXPECT_QUOTE(&r, "dass die Stadt mehr Geld", "indirect", "Julia Brandt", "betonen");
	EXPECT_QUOTE(&r, "die Pläne seien gut", "indirect", "Stefan Krause", "sagen");
	free_run(&r);
}

/* Markers: laut X, X zufolge; a role phrase without a name. */
static void
test_markers_and_roles(void)
{
	quote_run	r = run_quotes(
		"Laut Polizei wurden in Köln drei Autos beschädigt. "
		"Ein Sprecher des Umweltamtes sagte, die Werte seien gesunken.");
	const gt_quote *q = find_quote(&r, "die Werte seien gesunken");

	EXPECT_QUOTE(&r, "wurden in Köln", "indirect", "Polizei", "laut");
	if (CHECK(q != NULL) && CHECK(q->has_speaker))
	{
		CHECK(strstr(q->speaker, "Sprecher") != NULL);
		CHECK_INT(q->speaker_kind, GT_KIND_NONE);
	}
	free_run(&r);
	/* "Berichte, wonach …": the phrase the relative hangs on is the source, not the content's subject */
	r = run_quotes("Die Polizei bestätigte am Freitagnachmittag Berichte, wonach Unbekannte eine Granate geworfen hätten.");
	EXPECT_QUOTE(&r, "Unbekannte eine Granate", "indirect", "Berichte", "wonach");
	free_run(&r);
}

/* "heißt es": a document named with in speaks; without one, nobody (never "es"). */
static void
test_heisst_es(void)
{
	quote_run	r = run_quotes(
		"In einer Mitteilung des Verbandes heißt es, die Preise seien gestiegen. "
		"So heißt es im Jahresbericht: „Wir sind zufrieden.“ "
		"Es heißt, der Vertrag sei unterschrieben.");
	const gt_quote *q = find_quote(&r, "die Preise seien gestiegen");

	EXPECT_QUOTE(&r, "die Preise seien gestiegen", "indirect", "einer Mitteilung des Verbandes", "heißen");
	if (q)
		CHECK_INT(q->speaker_evidence, GT_SPK_SOURCE);
	EXPECT_QUOTE(&r, "Wir sind zufrieden", "direct", "Jahresbericht", "heißen");
	EXPECT_QUOTE(&r, "der Vertrag sei unterschrieben", "indirect", NULL, "heißen");
	free_run(&r);
	/* a clause without a subject, and a marker without a source: the circle it comes from */
	r = run_quotes(
		"Wie aus Unternehmenskreisen verlautete, will die Firma ihr Werk umrüsten. "
		"In Regierungskreisen hieß es, man sei zufrieden.");
	EXPECT_QUOTE(&r, "will die Firma ihr Werk umrüsten", "indirect", "Unternehmenskreisen", "verlauten");
	/* the content is the clause after the comma, not the longer side */
	EXPECT_QUOTE(&r, "man sei zufrieden", "indirect", "Regierungskreisen", "hieß es");
	free_run(&r);
}

/* A marker in the content (so) does not hide the one that names the source (nach ersten Meldungen). */
static void
test_second_marker(void)
{
	quote_run	r = run_quotes(
		"Die Polizei sagte, es gebe Verletzte. "
		"Das so genannte Beben soll nach ersten Meldungen fünf Sekunden gedauert haben.");

	EXPECT_QUOTE(&r, "fünf Sekunden gedauert haben", "indirect", "Meldungen", "nach Angaben");
	free_run(&r);
	/* a source written in quotation marks after the marker: the name between the marks, not in the content */
	r = run_quotes(
		"Laut „Tagesblatt Nord“ liefen Hunderte durch die Stadt. "
		"Nach Angaben von „Nordfunk“ wurden Warnschüsse abgegeben.");
	EXPECT_QUOTE(&r, "liefen Hunderte durch die Stadt", "indirect", "Tagesblatt Nord", "laut");
	EXPECT_QUOTE(&r, "wurden Warnschüsse abgegeben", "indirect", "Nordfunk", "nach Angaben");
	free_run(&r);
	/* the genitive or von-phrase after the marker's noun is the source; the words that name it are the span */
	r = run_quotes(
		"Nach Angaben der Polizei wurden drei Menschen verletzt. "
		"Nach Ansicht von Experten kommt die Reform zu spät.");
	EXPECT_QUOTE(&r, "wurden drei Menschen verletzt", "indirect", "der Polizei", "nach Angaben");
	EXPECT_QUOTE(&r, "kommt die Reform zu spät", "indirect", "Experten", "nach Ansicht");
	{
		const gt_quote *q = find_quote(&r, "wurden drei Menschen verletzt");

		if (CHECK(q != NULL && q->has_speaker))
			CHECK_STR(span_text(&r, &q->speaker_span), "Angaben der Polizei");
	}
	free_run(&r);
	/* a phrase after the noun that is no genitive is the clause's own (the damage), not the source */
	r = run_quotes("Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.");
	{
		const gt_quote *q = find_quote(&r, "an mehreren Gebäuden");

		if (CHECK(q != NULL && q->has_speaker))
			CHECK(strcmp(q->speaker, "Schäden") != 0);
	}
	free_run(&r);
}

/* Sources that split a sentence, "Das bestätigte X", infix zu, "nach Polizeiangaben". */
static void
test_split_and_anaphoric(void)
{
	quote_run	r = run_quotes(
		"Die Brücke werde laut dem Bauamt der Stadt noch bis zum Ende des Monats gesperrt bleiben. "
		"Im Hafen sanken am Morgen zwei kleine Boote. Das bestätigte die Polizei am Abend. "
		"Der Verband empfahl, die Regeln für alle Mitglieder einzuführen. "
		"Nach Polizeiangaben hatte der Fahrer die Kontrolle über seinen Wagen verloren.");

	EXPECT_QUOTE(&r, "noch bis zum Ende", "indirect", "dem Bauamt der Stadt", "laut");
	EXPECT_QUOTE(&r, "Im Hafen sanken", "indirect", "die Polizei", "bestätigen");
	EXPECT_QUOTE(&r, "die Regeln für alle", "indirect", "Der Verband", "empfehlen");
	EXPECT_QUOTE(&r, "hatte der Fahrer", "indirect", "Polizeiangaben", "nach Angaben");
	free_run(&r);
}

/* Reported speech: a cue verb with its object, no content clause. */
static void
test_reported(void)
{
	quote_run	r = run_quotes_with(
		"Die Gewerkschaft bemängelte die neue Regel scharf.", false);
	const gt_quote *q = find_quote(&r, "Die Gewerkschaft");

	if (CHECK(q != NULL))
		CHECK_STR(gt_quote_kind_name(q->kind), "reported");
	free_run(&r);
	/* a verb whose object is what is judged, not what is said, reports nothing without content */
	r = run_quotes_with("Die Gewerkschaft kritisierte die neue Regel scharf.", false);
	CHECK(find_quote(&r, "Die Gewerkschaft") == NULL);
	free_run(&r);
	/* people who speak: a role noun as the tail of a compound (Ex-Mitarbeiter), plural institutions */
	r = run_quotes(
		"Ein Ex-Mitarbeiter sprach von einem Klima der Gewalt. "
		"Für weite Teile des Landes riefen die Behörden den Notstand aus. "
		"Die Kommission bittet um Hinweise aus der Bevölkerung.");
	EXPECT_QUOTE(&r, "Ein Ex-Mitarbeiter sprach", "reported", "Ein Ex-Mitarbeiter", "sprechen");
	EXPECT_QUOTE(&r, "Für weite Teile des Landes", "reported", "die Behörden", "ausrufen");
	EXPECT_QUOTE(&r, "Die Kommission bittet", "reported", "Die Kommission", "bitten");
	free_run(&r);
	/* a name after a short role compound speaks; a name in a genitive after a noun does not */
	r = run_quotes(
		"VDA-Chef Karl Wenzel hat den Vorwurf bereits bestritten. "
		"Der Besuch Angela Merkels zeigt, wie eng die Länder verbunden sind.");
	EXPECT_QUOTE(&r, "VDA-Chef Karl Wenzel hat", "reported", "Karl Wenzel", "bestreiten");
	free_run(&r);
	/* a phrase after als is what someone is, not the subject */
	r = run_quotes("Präsident Karl Wenzel hatte in seiner Funktion als SPD-Chef mehrfach Reformen gefordert.");
	EXPECT_QUOTE(&r, "Präsident Karl Wenzel hatte", "reported", "Karl Wenzel", "fordern");
	CHECK(find_quote(&r, "wie eng die Länder") == NULL);
	free_run(&r);
}

/* The speaker's evidence of the first quote starting with prefix, or -1. */
static int
speaker_how(const quote_run *r, const char *prefix)
{
	const gt_quote *q = find_quote(r, prefix);

	return q ? (int) q->speaker_evidence : -1;
}

/* A chain of reported speech keeps its speaker; how each speaker was found is recorded. */
static void
test_chain_and_evidence(void)
{
	quote_run	r = run_quotes(
		"Die Außenministerin Anna Berger sagte am Montag, die Verhandlungen seien schwierig. "
		"Die Europäische Union habe kein Angebot vorgelegt. "
		"Der Gipfel habe noch immer kein Ergebnis gebracht.");

	EXPECT_QUOTE(&r, "die Verhandlungen", "indirect", "Anna Berger", "sagen");
	/* the two sentences that only continue the chain are one passage */
	EXPECT_QUOTE(&r, "Die Europäische Union habe kein Angebot vorgelegt. Der Gipfel habe",
				 "indirect", "Anna Berger", NULL);
	CHECK_INT(speaker_how(&r, "die Verhandlungen"), GT_SPK_SUBJECT);
	CHECK_INT(speaker_how(&r, "Die Europäische Union habe"), GT_SPK_CHAIN);
	CHECK_STR(gt_speaker_evidence_name(GT_SPK_CHAIN), "chain:continues");
	CHECK(gt_speaker_evidence_name(GT_SPK_NONE) == NULL);
	for (size_t i = 0; i < r.quotes.n; i++)
		CHECK(r.quotes.items[i].confidence > 0 && r.quotes.items[i].confidence <= 1);
	free_run(&r);
}

/* Pronouns and definite role phrases resolve to the person; the words as written stay the mention. */
static void
test_resolution(void)
{
	quote_run	r = run_quotes(
		"Der Verhandler der Gewerkschaft, Peter Maierhofer, traf am Montag die Arbeitgeber. "
		"Das Treffen dauerte sechs Stunden. Der Verhandler sagte, man sei sich nähergekommen. "
		"Die Ministerin Karin Huber besuchte das Hochwassergebiet. "
		"Sie forderte, dass der Bund helfen müsse.");
	const gt_quote *role = find_quote(&r, "man sei sich");
	const gt_quote *pron = find_quote(&r, "dass der Bund");

	EXPECT_QUOTE(&r, "man sei sich", "indirect", "Peter Maierhofer", "sagen");
	EXPECT_QUOTE(&r, "dass der Bund", "indirect", "Karin Huber", "fordern");
	if (CHECK(role != NULL) && CHECK(role->has_speaker))
	{
		CHECK_STR(span_text(&r, &role->speaker_span), "Der Verhandler");
		CHECK_INT(role->speaker_evidence, GT_SPK_ROLE);
	}
	if (CHECK(pron != NULL) && CHECK(pron->has_speaker))
	{
		CHECK_STR(span_text(&r, &pron->speaker_span), "Sie");
		CHECK_INT(pron->speaker_evidence, GT_SPK_PRONOUN);
	}
	free_run(&r);
	/* ich / wir in speech without marks is the speaker of that speech; inside marks the frame names him */
	r = run_quotes("Die Lage sei ernst, sagte der Trainer Karl Brunner. "
				   "Da habe ich gemeint, wir sollten aufhören zu träumen. "
				   "Die Ministerin Eva Lind war in Graz. "
				   "Eva Lind sagte am Montag: „Nicht ich, sondern mein Sprecher ist festgenommen worden.“");
	EXPECT_QUOTE(&r, "wir sollten aufhören", "indirect", "Karl Brunner", "meinen");
	EXPECT_SPEAKER_BY(&r, "wir sollten aufhören", GT_SPK_CHAIN);
	EXPECT_QUOTE(&r, "Nicht ich, sondern", "direct", "Eva Lind", "sagen");
	free_run(&r);
	/* a role noun that is a compound of one of the lexicon (Psychotherapeutin ends in Therapeutin) */
	r = run_quotes("Ruhe sei wichtig, sagt die Psychotherapeutin Berta Kronegger. Kronegger arbeitet in Graz. "
				   "Die Schule sei ein guter Rahmen, sagte die Psychotherapeutin am Montag.");
	EXPECT_QUOTE(&r, "Die Schule sei", "indirect", "Berta Kronegger", "sagen");
	EXPECT_SPEAKER_BY(&r, "Die Schule sei", GT_SPK_ROLE);
	free_run(&r);
	/* the name set off after a role phrase and its prepositional attributes */
	r = run_quotes("Betrug könne man ausschließen, sagt der Leiter der Abteilung im Amt der Landesregierung, "
				   "Harald Dreher. Die Lage sei ernst, sagte der Sprecher im Ministerium in Wien.");
	EXPECT_QUOTE(&r, "Betrug könne man", "indirect", "Harald Dreher", "sagen");
	EXPECT_SPEAKER_BY(&r, "Betrug könne man", GT_SPK_APPOSITION);
	EXPECT_QUOTE(&r, "Die Lage sei ernst", "indirect", "der Sprecher", "sagen");
	free_run(&r);
}

/* The subject, not a dative addressee or a topic; a possessive is no cue. */
static void
test_subject_not_other_phrases(void)
{
	quote_run	r = run_quotes(
		"Der englischsprachigen Zeitung sagte Jorin Talvek: „Wir werden weiter kämpfen.“ "
		"„Er hat viel für den Verein getan“, sagte Bruno Kessler über seinen Vorgänger. "
		"Meine Mannschaft hat gut gearbeitet, sagte Trainer Holm.");
	const gt_quote *q = find_quote(&r, "Meine Mannschaft");

	EXPECT_QUOTE(&r, "Wir werden weiter", "direct", "Jorin Talvek", "sagen");
	EXPECT_QUOTE(&r, "Er hat viel", "direct", "Bruno Kessler", "sagen");
	if (CHECK(q != NULL) && CHECK(q->has_cue))
		CHECK_STR(q->cue_lemma, "sagen");
	free_run(&r);
	/* a party in a role compound is not the speaker: a politician of it speaks */
	r = run_quotes("Der Minister Jan Korte war in Kassel. Die Lage ist ernst, erklärte der SPD-Politiker am Freitag.");
	q = find_quote(&r, "Die Lage ist ernst");
	if (CHECK(q != NULL) && CHECK(q->has_speaker))
	{
		CHECK_STR(q->speaker, "der SPD-Politiker");
		CHECK_INT(q->speaker_kind, GT_KIND_NONE);
	}
	free_run(&r);
}

/* Content without quotation marks before the cue, and what is no speech at all. */
static void
test_unmarked_and_non_speech(void)
{
	quote_run	r = run_quotes(
		"Die Politik des Verteilens ist vorbei, befand der Landesrat Erwin Stadler. "
		"Die Angeklagten wurden zu drei Jahren Haft verurteilt. "
		"Damit droht eine erneute Rezession. "
		"Laut Gesetz dürfen die Behörden die Daten speichern. "
		"Laut Statistik sind die Mieten gestiegen. "
		"Die Kunden werden informiert, kündigte der Sprecher Olaf Brenner an.");
	const gt_quote *q = find_quote(&r, "Die Politik des Verteilens");

	EXPECT_QUOTE(&r, "Die Politik des Verteilens", "indirect", "Erwin Stadler", "befinden");
	if (q)
		CHECK_INT(q->evidence, GT_EV_UNMARKED_CUE_AFTER);
	CHECK(find_quote(&r, "Die Angeklagten") == NULL);
	CHECK(find_quote(&r, "Damit droht") == NULL && find_quote(&r, "eine erneute") == NULL);
	CHECK(find_quote(&r, "dürfen die Behörden") == NULL);
	/* a bare noun that is no rule is a source: laut Statistik */
	EXPECT_QUOTE(&r, "sind die Mieten gestiegen", "indirect", "Statistik", "laut");
	/* a cue inside the content (informiert, passive) does not hide the one after it */
	EXPECT_QUOTE(&r, "Die Kunden werden informiert", "indirect", "Olaf Brenner", "ankündigen");
	free_run(&r);
	/* a statement after the cue's colon without marks; not where nobody speaks, not another verb's colon */
	r = run_quotes("Der Kammerpräsident Rudolf Kessler meinte: Wir sind noch nicht am Ende der Periode. "
				   "Das Wetter meinte es gut mit den Läufern: Nur kurz regnete es am Nachmittag. "
				   "Wir sind nicht so vermessen, sagte der Trainer Paul Gruber und ergänzte: Wir müssen hart arbeiten. "
				   "Der Bürgermeister Max Kern sprach ein Grußwort: Der Präsident ist jetzt Botschafter der Region.");
	EXPECT_QUOTE(&r, "Wir sind noch nicht", "indirect", "Rudolf Kessler", "meinen");
	EXPECT_EVIDENCE(&r, "Wir sind noch nicht", GT_EV_UNMARKED_CUE_COLON);
	CHECK(find_quote(&r, "Nur kurz regnete") == NULL);
	EXPECT_QUOTE(&r, "Wir sind nicht so vermessen", "indirect", "Paul Gruber", "sagen");
	CHECK(find_quote(&r, "Der Präsident ist jetzt") == NULL);
	free_run(&r);
	/* an interview without marks: the person's name and a colon open the answer; a place or the medium do not */
	r = run_quotes("Der Außenminister Nikola Poposki sprach mit der Zeitung. "
				   "Zeitung: Werden mehr Beamte kommen? "
				   "Poposki: Es ist sehr wahrscheinlich, dass das passieren wird. "
				   "Berlin: Die Stadt feiert ihren Geburtstag mit einem Fest.");
	EXPECT_QUOTE(&r, "Es ist sehr wahrscheinlich", "indirect", "Nikola Poposki", NULL);
	EXPECT_EVIDENCE(&r, "Es ist sehr wahrscheinlich", GT_EV_NAME_COLON);
	CHECK(find_quote(&r, "Werden mehr Beamte") == NULL);
	CHECK(find_quote(&r, "Die Stadt feiert") == NULL);
	free_run(&r);
}

/* A reporting noun opens a content clause; a purpose clause (um … zu) is none. */
static void
test_noun_content(void)
{
	quote_run	r = run_quotes(
		"Der Minister vertritt die Ansicht, dass die Reform zu spät komme. "
		"Am Morgen kam die Forderung der Gewerkschaft, dass die Löhne steigen müssten. "
		"Der Minister forderte mehr Polizisten, um die Unruhen zu beenden. "
		"Die Lage verlangt eine gemeinsame Antwort, um weitere Eskalationen zu verhindern.");

	EXPECT_QUOTE(&r, "dass die Reform zu spät komme", "indirect", "Der Minister", "Ansicht");
	EXPECT_QUOTE(&r, "dass die Löhne steigen müssten", "indirect", "Gewerkschaft", "Forderung");
	CHECK(find_quote(&r, "um die Unruhen") == NULL);
	CHECK(find_quote(&r, "um weitere Eskalationen") == NULL);
	free_run(&r);
}

/* Partial quotes and terms: a phrase inside the author's sentence. */
static void
test_partial_and_term(void)
{
	quote_run	r = run_quotes(
		"In der Zeitung \"Morgenblatt\" lobte Karl Lindemann die \"mutige "
		"Entscheidung\" des Rates.");

	EXPECT_QUOTE(&r, "mutige Entscheidung", "partial", "Karl Lindemann", "loben");
	EXPECT_QUOTE(&r, "Morgenblatt", "term", NULL, NULL);
	free_run(&r);
	/* titles by their context: a title noun before a colon, in a hyphenated compound, an abbreviation after */
	r = run_quotes("Die Firma (Motto: „Entsorgung ist Vertrauenssache“) wuchs. "
				   "Er zeigte seine Klima-Dokumentation „Eine unbequeme Wahrheit“. "
				   "Alle gehören der „Union pour un Mouvement Populaire“ (UMP) an. "
				   "So heißt es im Jahresbericht: „Wir sind zufrieden.“");
	EXPECT_QUOTE(&r, "Entsorgung ist", "term", NULL, NULL);
	EXPECT_QUOTE(&r, "Eine unbequeme", "term", NULL, NULL);
	EXPECT_QUOTE(&r, "Union pour", "term", NULL, NULL);
	EXPECT_QUOTE(&r, "Wir sind zufrieden", "direct", "Jahresbericht", "heißen");
	free_run(&r);
	/* an adjective after a name's preposition keeps it a name; after an article it is a phrase */
	r = run_quotes("Das Parlament verlieh ihr den „Sacharow-Preis für geistige Freiheit“. "
				   "Die Politik der Regierung bezeichnete Anna Roth als einen „Akt des politischen Verbrechertums“.");
	EXPECT_QUOTE(&r, "Sacharow-Preis für geistige Freiheit", "term", NULL, NULL);
	EXPECT_QUOTE(&r, "Akt des politischen Verbrechertums", "partial", "Anna Roth", "bezeichnen");
	free_run(&r);
	/* two runs of marks right after each other, the first ending a sentence, are one statement */
	r = run_quotes("Die Anwältin Anna Roth ist empört. „Das war vermeidbar.“ „Der Richter hätte handeln müssen“, "
				   "sagte Roth. „Wir klagen.“\n„Das Gericht schweigt“, sagte der Sprecher Karl Berg.");
	EXPECT_QUOTE(&r, "Das war vermeidbar.“ „Der Richter hätte handeln müssen", "direct", "Anna Roth", "sagen");
	EXPECT_QUOTE(&r, "Das Gericht schweigt", "direct", "Karl Berg", "sagen");
	free_run(&r);
}

/* Where content begins: after a source before its postposition, at the clause that holds the Konjunktiv. */
static void
test_content_spans(void)
{
	quote_run	r = run_quotes(
		"Die Beben waren Berichten der Sender Radio Nord und TV Süd zufolge bis weit in den Norden zu spüren. "
		"Die Firma Nordwerk, die als Hauptauftragnehmer galt, zog das Angebot mit der Begründung zurück, "
		"dieses sei auf den Konkurrenten zugeschnitten. "
		"Die Sprecherin Anna Roth schloss sich der Kritik an: Die Mittel seien nicht mehr angemessen. "
		"Der Minister Karl Berg wertete das Ergebnis als „klaren Erfolg der Regierung“.");
	const gt_quote *q = find_quote(&r, "bis weit in den Norden");

	if (CHECK(q != NULL) && CHECK(q->has_cue))
		CHECK_STR(q->cue_lemma, "zufolge");
	CHECK(find_quote(&r, "Die Beben waren Berichten") == NULL);
	q = find_quote(&r, "dieses sei auf den Konkurrenten");
	if (CHECK(q != NULL))
		CHECK_STR(gt_evidence_name(q->evidence), "rule:konjunktiv-main-clause");
	EXPECT_QUOTE(&r, "Die Mittel seien", "indirect", "Anna Roth", NULL);
	EXPECT_QUOTE(&r, "klaren Erfolg der Regierung", "partial", "Karl Berg", "werten");
	free_run(&r);
}

/* sprechen and drohen report speech only with their preposition. */
static void
test_speech_complement(void)
{
	quote_run	r = run_quotes(
		"Der größten Volkswirtschaft der Region, Japan, droht eine Rezession. "
		"Eine Pfarrerin sprach ein Gebet. "
		"Der Minister sprach von einem großen Erfolg. "
		"Die Gewerkschaft drohte mit einem Streik. "
		"Die Regierung hatte der Firma mit Konsequenzen gedroht.");

	CHECK(find_quote(&r, "Der größten Volkswirtschaft") == NULL);
	CHECK(find_quote(&r, "Eine Pfarrerin") == NULL);
	EXPECT_QUOTE(&r, "Der Minister sprach", "reported", "Der Minister", "sprechen");
	EXPECT_QUOTE(&r, "Die Gewerkschaft drohte", "reported", "Die Gewerkschaft", "drohen");
	/* the preposition before a participle at the end counts too */
	EXPECT_QUOTE(&r, "Die Regierung hatte", "reported", "Die Regierung", "drohen");
	free_run(&r);
}

/* A phrase in marks inside speech with a speaker of its own sentence is that speaker's wording; a name there is not. */
static void
test_phrase_in_speech(void)
{
	quote_run	r = run_quotes(
		"Die Abgeordnete Claudia Meier sagte, Hongkong werde in einen „Bunker der Macht“ verwandelt. "
		"Der Minister Karl Berg sagte, die Kritik der „Financial Times“ sei falsch.");
	const gt_quote *q = find_quote(&r, "Bunker der Macht");

	EXPECT_QUOTE(&r, "Bunker der Macht", "partial", "Claudia Meier", "sagen");
	if (q)
		CHECK_STR(gt_evidence_name(q->evidence), "rule:quote-in-speech");
	EXPECT_QUOTE(&r, "Financial Times", "term", NULL, NULL);
	free_run(&r);
}

/* One quoted word in a sentence that reports a speaker is his word; a title stays a term; marks stay paired. */
static void
test_quoted_word(void)
{
	quote_run	r = run_quotes(
		"Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“. "
		"Der Geschäftsführer wies die Vorwürfe als „haltlos“ zurück. "
		"Die Zeugen berichteten von der Aktion „Roter Sturm“. "
		"Die Sprecherin Ola Brandt sagte, Ziel sei es, „die Infrastruktur in der Zone“ zu zerstören.");
	const gt_quote *q = find_quote(&r, "Die Zeugen berichteten");

	EXPECT_QUOTE(&r, "Panikverkäufen", "partial", "Analysten", "sprechen");
	EXPECT_QUOTE(&r, "haltlos", "partial", "Der Geschäftsführer", "zurückweisen");
	EXPECT_QUOTE(&r, "Roter Sturm", "term", NULL, NULL);
	/* in reported content the subject is no speaker: the chain goes on */
	{
		quote_run	c = run_quotes(
			"Die Ministerin Karla Berg betonte, die Lage sei ernst. "
			"Die Helfer seien „so gut wie jeder andere geeignet“.");

		EXPECT_QUOTE(&c, "so gut wie jeder andere", "partial", "Karla Berg", NULL);
		free_run(&c);
	}
	/* a phrase that starts with a lower-case article is no title */
	EXPECT_QUOTE(&r, "die Infrastruktur in der Zone", "partial", "Ola Brandt", "sagen");
	if (CHECK(q != NULL))
	{
		const char *t = r.u.buf + q->span.byte_start;
		size_t		n = q->span.byte_end - q->span.byte_start;

		/* the reported sentence ends with the mark that closes „Roter Sturm“ */
		CHECK(n >= 3 && memcmp(t + n - 3, "“", 3) == 0);
	}
	free_run(&r);
}

/* The subject of the main verb speaks, not that of a relative clause; a plural read as accusative may be the subject. */
static void
test_main_clause_subject(void)
{
	quote_run	r = run_quotes(
		"Tomek Varga von der Messstelle, die die Stärke zunächst mit 5,1 angegeben hatte, "
		"sagte, dass solche Beben selten seien. "
		"Nun vermelden chinesische Medien, dass die Betriebe Aufträge erhalten haben.");

	EXPECT_QUOTE(&r, "dass solche Beben selten seien", "indirect", "Tomek Varga", "sagen");
	EXPECT_QUOTE(&r, "dass die Betriebe Aufträge", "indirect", "chinesische Medien", "vermelden");
	free_run(&r);
}

/* A passive cue (even one the tagger reads as an infinitive): its agent speaks, its subject never. */
static void
test_passive_cue(void)
{
	quote_run	r = run_quotes(
		"Dem Minister wird von der Opposition Untätigkeit vorgeworfen. "
		"Der Kommission wird eine Verschleppung vorgeworfen. "
		"Der Minister wird morgen erklären, er trete zurück.");
	const gt_quote *q = find_quote(&r, "Dem Minister wird");

	if (CHECK(q != NULL) && CHECK(q->has_speaker))
		CHECK(strncmp(q->speaker, "der Opposition", strlen("der Opposition")) == 0);
	CHECK(find_quote(&r, "Der Kommission") == NULL);
	/* werden with the infinitive is a future: the subject speaks */
	EXPECT_QUOTE(&r, "er trete zurück", "indirect", "Der Minister", "erklären");
	free_run(&r);
}

/* A main clause joined by und without a subject of its own: the subject of the clause before speaks. */
static void
test_coordinated_cue(void)
{
	quote_run	r = run_quotes(
		"Jonas Ebert vom Institut erläutert die Hypothese so: „Da gibt es zwei Arten“, "
		"und fügt hinzu: „Wir denken, die Teilchen kommen von innen.“");

	EXPECT_QUOTE(&r, "Da gibt es zwei Arten", "direct", "Jonas Ebert", "erläutern");
	EXPECT_QUOTE(&r, "Wir denken, die Teilchen", "direct", "Jonas Ebert", "hinzufügen");
	free_run(&r);
}

/* Sentences that only continue the same speaker's chain are one passage, one row; a paragraph ends it. */
static void
test_passage(void)
{
	quote_run	r = run_quotes(
		"Die Ministerin Hanna Lindqvist sagte, die Reform komme. "
		"Die Lage sei ernst. Die Regierung müsse jetzt handeln. "
		"Es gebe keinen anderen Weg.\n\nDie Opposition sei dagegen.");
	const gt_quote *q = find_quote(&r, "Die Lage sei ernst");

	EXPECT_QUOTE(&r, "die Reform komme", "indirect", "Hanna Lindqvist", "sagen");
	if (CHECK(q != NULL))
	{
		size_t		n = q->span.byte_end - q->span.byte_start;
		const char *want = "Die Lage sei ernst. Die Regierung müsse jetzt handeln. Es gebe keinen anderen Weg";

		CHECK(n == strlen(want) && memcmp(r.u.buf + q->span.byte_start, want, n) == 0);
		/* the character span ends where the bytes do (ü is two bytes, one character) */
		CHECK_INT(q->span.char_end - q->span.char_start, n - 1);
		CHECK_STR(q->speaker, "Hanna Lindqvist");
	}
	CHECK(find_quote(&r, "Die Regierung müsse") == NULL);
	free_run(&r);
}

/* Unbalanced marks: nothing runs away, nothing crashes. */
static void
test_unbalanced(void)
{
	quote_run	r = run_quotes_with(
		"„Das ist offen, sagte er.\nEin neuer Absatz ohne Zeichen. "
		"\"Zweites\" Zeichen \" allein. » und « und “ ” ‚ ‘ ' '", false);

	for (size_t i = 0; i < r.quotes.n; i++)
		CHECK(r.quotes.items[i].span.byte_end <= r.u.len);
	free_run(&r);
}

/* Hostile input: many marks and deep nesting stay linear and bounded. */
static void
test_hostile(void)
{
	size_t		n = 20000;
	char	   *text = malloc(n * 6 + 64);
	size_t		len = 0;
	quote_run	r;

	for (size_t i = 0; i < n; i++)
	{
		memcpy(text + len, "\xE2\x80\x9E" "a ", 5);	/* „a */
		len += 5;
	}
	for (size_t i = 0; i < n / 2; i++)
		text[len++] = '"';
	text[len] = '\0';
	r = run_quotes_with(text, false);
	CHECK(r.quotes.n < n);
	free_run(&r);
	/* many runs of marks right after each other: one statement, joined in one pass */
	len = 0;
	for (size_t i = 0; i < n / 4; i++)
	{
		memcpy(text + len, "\xE2\x80\x9E" "Gut.\xE2\x80\x9C ", 11);	/* „Gut.“ and a space */
		len += 11;
	}
	text[len] = '\0';
	r = run_quotes_with(text, false);
	CHECK_INT(r.quotes.n, 1);
	if (r.quotes.n == 1)
	{
		CHECK_INT(r.quotes.items[0].span.byte_start, 3);
		CHECK_INT(r.quotes.items[0].span.byte_end, len - 4);
	}
	free_run(&r);
	free(text);
}

/* Empty text and text without quotes. */
static void
test_empty(void)
{
	quote_run	r = run_quotes_with("", false);

	CHECK_INT(r.quotes.n, 0);
	free_run(&r);
	r = run_quotes_with("Das Wetter war gut.", false);
	CHECK_INT(r.quotes.n, 0);
	free_run(&r);
}

/* Run every test. */
int
main(void)
{
	test_speaker_after();
	test_speaker_before();
	test_so_and_guillemets();
	test_speaker_around();
	test_multi_paragraph();
	test_nested_single();
	test_pronouns();
	test_noun_content();
	test_markers_and_roles();
	test_split_and_anaphoric();
	test_reported();
	test_chain_and_evidence();
	test_resolution();
	test_subject_not_other_phrases();
	test_unmarked_and_non_speech();
	test_heisst_es();
	test_second_marker();
	test_quoted_word();
	test_main_clause_subject();
	test_passive_cue();
	test_coordinated_cue();
	test_passage();
	test_partial_and_term();
	test_phrase_in_speech();
	test_content_spans();
	test_speech_complement();
	test_unbalanced();
	test_hostile();
	test_empty();
	return unit_report();
}
