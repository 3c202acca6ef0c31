/*
 * test_entities.c — unit tests of the recognition rules for names no
 * lexicon lists (entity_rules.c, entity_compounds.c, entity_words.c):
 * name particles, time nouns as surnames, nouns that introduce an
 * organisation, place districts after a hyphen, place heads, handles, an
 * organisation's name in the genitive (entity_genitive.c), an
 * organisation's name its abbreviation defines (entity_defined.c). Each case
 * checks what must be found and what must not. Every sentence here was
 * written for the test, with invented names.
 */
#include "unit.h"
#include "entities/entities_internal.h"

/* A document with its entities. */
typedef struct entity_run
{
	unit_doc	u;
	gt_entities ents;
	gt_lexicons lex;
} entity_run;

/* Analyse text and find its entities. */
static entity_run
run_entities(const char *text)
{
	entity_run	r;

	memset(&r.ents, 0, sizeof(r.ents));
	r.u = unit_analyze(text);
	r.lex = gt_lexicons_default(NULL);
	CHECK_INT(r.u.status, GT_OK);
	CHECK_INT(gt_find_entities(&r.u.doc, &r.lex, &r.ents), GT_OK);
	return r;
}

/* Free a run. */
static void
free_run(entity_run *r)
{
	gt_entities_free(&r->ents);
	unit_free(&r->u);
}

/* The mention whose text is exactly `text` (form name or compound), or NULL. */
static const gt_mention *
find_mention(const entity_run *r, const char *text)
{
	size_t		len = strlen(text);

	for (size_t i = 0; i < r->ents.nmentions; i++)
	{
		const gt_span *s = &r->ents.mentions[i].span;

		if (s->byte_end - s->byte_start == len &&
			memcmp(r->u.buf + s->byte_start, text, len) == 0)
			return &r->ents.mentions[i];
	}
	return NULL;
}

/* Is there a mention of this text, kind and form? */
static bool
has_mention(const entity_run *r, const char *text, gt_kind kind, gt_form form)
{
	size_t		len = strlen(text);

	for (size_t i = 0; i < r->ents.nmentions; i++)
	{
		const gt_mention *m = &r->ents.mentions[i];

		if (m->span.byte_end - m->span.byte_start == len &&
			memcmp(r->u.buf + m->span.byte_start, text, len) == 0 &&
			m->kind == kind && m->form == form)
			return true;
	}
	return false;
}

/* A particle follows first names only; after a surname it is a preposition. */
static void
test_particles(void)
{
	entity_run	r = run_entities(
		"Gestern sprach Geschäftsführer Thomas Orbeck von Quandrix über Zahlen. "
		"Die Rede hielt Ingrid von der Wehlen in Mainz.");

	CHECK(has_mention(&r, "Thomas Orbeck", GT_KIND_PERSON, GT_FORM_NAME));
	CHECK(find_mention(&r, "Thomas Orbeck von Quandrix") == NULL);
	CHECK(has_mention(&r, "Ingrid von der Wehlen", GT_KIND_PERSON, GT_FORM_NAME));
	free_run(&r);
}

/* A time noun right after a first name is a surname, but not in a date. */
static void
test_time_surnames(void)
{
	entity_run	r = run_entities(
		"Das bestätigte Stefan Sommer am Abend. Auch Carola Winter, die Sprecherin, "
		"war da. Im Jahr kam Peter Mai 2015 zurück.");

	CHECK(has_mention(&r, "Stefan Sommer", GT_KIND_PERSON, GT_FORM_NAME));
	CHECK(has_mention(&r, "Carola Winter", GT_KIND_PERSON, GT_FORM_NAME));
	CHECK(find_mention(&r, "Peter Mai") == NULL);
	free_run(&r);
}

/* A noun that introduces an organisation, also as a compound's tail. */
static void
test_org_introducers(void)
{
	entity_run	r = run_entities(
		"Die Werbeagentur Zoravex wurde verkauft. Der Versicherungskonzern "
		"Quandrix meldete Gewinne. Seine Tochter Anna Brendel gratulierte. Bei der "
		"Wahl überließ die Volkspartei Heinz Fischer das Feld. Der Unterhändler "
		"Volkan Bozkurt reiste ab.");
	const gt_mention *m;

	CHECK(has_mention(&r, "Zoravex", GT_KIND_ORGANIZATION, GT_FORM_NAME));
	m = find_mention(&r, "Quandrix");
	CHECK(m != NULL && m->kind == GT_KIND_ORGANIZATION);
	if (m)
		CHECK_STR(gt_evidence_name(m->evidence), "rule:org-introducer");
	/* a daughter is no subsidiary; a first name after a party is a person */
	CHECK(has_mention(&r, "Anna Brendel", GT_KIND_PERSON, GT_FORM_NAME));
	CHECK(has_mention(&r, "Heinz Fischer", GT_KIND_PERSON, GT_FORM_NAME));
	/* a role noun ending in an introducer (Händler) is still a role */
	CHECK(has_mention(&r, "Volkan Bozkurt", GT_KIND_PERSON, GT_FORM_NAME));
	free_run(&r);
}

/* A place with a district or compass point after a hyphen is one place. */
static void
test_districts(void)
{
	entity_run	r = run_entities(
		"Stau gab es zwischen Leipzig-Ost und Dresden-Klotzschenau. "
		"Der Hamburg-Besuch fiel aus, die Strecke Köln-Bonn war frei, "
		"sagte Graz-Coach Berger.");
	const gt_mention *m;

	m = find_mention(&r, "Leipzig-Ost");
	CHECK(m != NULL && m->kind == GT_KIND_PLACE && m->form == GT_FORM_NAME);
	if (m)
		CHECK_STR(m->country, "DE");
	CHECK(has_mention(&r, "Dresden-Klotzschenau", GT_KIND_PLACE, GT_FORM_NAME));
	/* an ordinary noun after the hyphen: a compound, the place only a modifier */
	CHECK(find_mention(&r, "Hamburg-Besuch") == NULL);
	CHECK(has_mention(&r, "Hamburg", GT_KIND_PLACE, GT_FORM_COMPOUND));
	/* two known places: not one district; an English word capitalised */
	CHECK(find_mention(&r, "Köln-Bonn") == NULL);
	CHECK(find_mention(&r, "Graz-Coach") == NULL);
	free_run(&r);
}

/* "Bad" before a known place is part of its name. */
static void
test_place_heads(void)
{
	entity_run	r = run_entities("Die Feier fand in Bad Homburg statt.");

	CHECK(has_mention(&r, "Bad Homburg", GT_KIND_PLACE, GT_FORM_NAME));
	CHECK(find_mention(&r, "Homburg") == NULL);
	free_run(&r);
}

/* A name written as a handle or hashtag is mentioned by the whole handle; an e-mail or a loose mark is none. */
static void
test_handles(void)
{
	entity_run	r = run_entities(
		"RT @Siemens_Presse: Neue Züge. Heute bei #Siemens in Berlin. "
		"Mails an presse@siemens.de gehen an Siemens, nicht an # Siemens.");
	const gt_mention *m;

	m = find_mention(&r, "@Siemens_Presse");
	CHECK(m != NULL && m->kind == GT_KIND_ORGANIZATION && m->form == GT_FORM_NAME);
	if (m)
		CHECK_STR(m->canonical, "Siemens");
	CHECK(has_mention(&r, "#Siemens", GT_KIND_ORGANIZATION, GT_FORM_NAME));
	CHECK(find_mention(&r, "@siemens") == NULL);
	/* a mark with white space after it marks nothing */
	CHECK(find_mention(&r, "# Siemens") == NULL);
	CHECK(has_mention(&r, "Siemens", GT_KIND_ORGANIZATION, GT_FORM_NAME));
	free_run(&r);
}

/*
 * Add a mention over tokens [first, end) by hand, as a pass would (its
 * text as canonical name when canonical is NULL), and claim its tokens;
 * false on failure. The tests of the later passes start from it, so that
 * their cases do not depend on the model.
 */
static bool
add_by_hand(gt_recognizer *r, uint32_t first, uint32_t end, gt_kind kind, const char *canonical,
			gt_evidence evidence)
{
	gt_span		span = gt_tokens_span(r->doc, first, end);
	const char *name = canonical ? canonical : gt_span_name(r, span);

	if (!name || !gt_add_mention(r, first, end, span, kind, GT_FORM_NAME, name, "", evidence))
		return false;
	gt_claim(r, first, end, (int32_t) (r->nmentions - 1));
	return true;
}

/*
 * The canonical name of an organisation named in the genitive, token first
 * of text to token end, as if the tagger had found it (so that the case
 * does not depend on the model): the pass's result.
 */
static const char *
genitive_canonical(const char *text, uint32_t first, uint32_t end, char *out, size_t cap)
{
	unit_doc	u = unit_analyze(text);
	gt_lexicons lex = gt_lexicons_default(NULL);
	gt_recognizer r;

	out[0] = '\0';
	if (!CHECK(u.status == GT_OK && end <= u.doc.ntokens && gt_recognizer_init(&r, &u.doc, &lex)))
	{
		unit_free(&u);
		return out;
	}
	if (CHECK(add_by_hand(&r, first, end, GT_KIND_ORGANIZATION, NULL, GT_EV_MODEL_NER)))
	{
		gt_pass_genitive_names(&r);
		snprintf(out, cap, "%s", r.mentions[0].canonical);
	}
	gt_recognizer_free(&r);
	unit_free(&u);
	return out;
}

/* An organisation named in the genitive: its nominative name; not without a genitive determiner, not a Fonds. */
static void
test_genitive_names(void)
{
	char		buf[128];

	CHECK_STR(genitive_canonical("Ein Sprecher des Bundeskriminalamtes bestätigte das.", 3, 4, buf, sizeof(buf)),
			  "Bundeskriminalamt");
	CHECK_STR(genitive_canonical("Die Forscher des Deutschen Archäologischen Instituts gruben.", 3, 6, buf,
								 sizeof(buf)), "Deutsche Archäologische Institut");
	CHECK_STR(genitive_canonical("Der Chef des Instituts für Nationales Gedenken trat zurück.", 3, 7, buf,
								 sizeof(buf)), "Institut für Nationales Gedenken");
	CHECK_STR(genitive_canonical("Der Direktor des Wiener Zoos sprach.", 3, 5, buf, sizeof(buf)), "Wiener Zoo");
	/* a name's -en that is no adjective's ending stays */
	CHECK_STR(genitive_canonical("Ein Sprecher des Raiffeisen Verbands sagte das.", 3, 5, buf, sizeof(buf)),
			  "Raiffeisen Verband");
	/* no genitive determiner before it: the name stays as written */
	CHECK_STR(genitive_canonical("Laut Bundeskriminalamtes Statistik sinkt die Zahl.", 1, 2, buf, sizeof(buf)),
			  "Bundeskriminalamtes");
	/* the -s of a Fonds is its nominative's (data: s_nominative), though a Fond is a noun too */
	CHECK_STR(genitive_canonical("Die Manager des Klimafonds investieren.", 3, 4, buf, sizeof(buf)), "Klimafonds");
}

/* An organisation named in the dative or the feminine genitive: its adjectives as in the nominative; not a plural's. */
static void
test_oblique_names(void)
{
	char		buf[128];

	CHECK_STR(genitive_canonical("Der Rektor der Technischen Universität Wien sprach.", 3, 6, buf, sizeof(buf)),
			  "Technische Universität Wien");
	CHECK_STR(genitive_canonical("Ein Vertreter vom Niederösterreichischen Jagdverband kam.", 3, 5, buf,
								 sizeof(buf)), "Niederösterreichische Jagdverband");
	/* a plural's adjectives end in -en in the nominative too */
	CHECK_STR(genitive_canonical("Die Forscher an den Technischen Universitäten klagen.", 4, 6, buf, sizeof(buf)),
			  "Technischen Universitäten");
	CHECK_STR(genitive_canonical("Die Kunden der Deutschen Sparkassen klagen.", 3, 5, buf, sizeof(buf)),
			  "Deutschen Sparkassen");
	/* a word whose -en is no adjective's ending stays */
	CHECK_STR(genitive_canonical("Ein Sprecher der Raiffeisen Bank sagte das.", 3, 5, buf, sizeof(buf)),
			  "Raiffeisen Bank");
}

/*
 * The name the abbreviation at token abbr defines in text, as its text and
 * canonical ("text|canonical"), or "" when none: the abbreviation is made
 * an organisation by hand (evidence and canonical given, so that the case
 * does not depend on the model), a person over tokens [person, person_end)
 * too when person_end > person; then the pass runs.
 */
static const char *
defined_name(const char *text, uint32_t abbr, gt_evidence evidence, const char *canonical,
			 uint32_t person, uint32_t person_end, char *out, size_t cap)
{
	unit_doc	u = unit_analyze(text);
	gt_lexicons lex = gt_lexicons_default(NULL);
	gt_recognizer r;
	size_t		before;

	out[0] = '\0';
	if (!CHECK(u.status == GT_OK && abbr < u.doc.ntokens && gt_recognizer_init(&r, &u.doc, &lex)))
	{
		unit_free(&u);
		return out;
	}
	CHECK(add_by_hand(&r, abbr, abbr + 1, GT_KIND_ORGANIZATION, canonical, evidence));
	if (person_end > person)
		CHECK(add_by_hand(&r, person, person_end, GT_KIND_PERSON, "Person", GT_EV_MODEL_NER));
	before = r.nmentions;
	gt_pass_defined_names(&r);
	for (size_t i = before; i < r.nmentions; i++)
		if (r.mentions[i].kind == GT_KIND_ORGANIZATION && CHECK(r.mentions[i].evidence == GT_EV_RULE_ABBREVIATION_NAME))
			snprintf(out, cap, "%.*s|%s", (int) (r.mentions[i].span.byte_end - r.mentions[i].span.byte_start),
					 u.buf + r.mentions[i].span.byte_start, r.mentions[i].canonical);
	gt_recognizer_free(&r);
	unit_free(&u);
	return out;
}

/*
 * An organisation's name defined by its abbreviation in brackets: the
 * shortest run of name words the abbreviation abbreviates; not a term, not
 * words it does not abbreviate, not a person's name; the lexicon's name of
 * the abbreviation only when the text is that name declined.
 */
static void
test_defined_names(void)
{
	char		buf[160];

	CHECK_STR(defined_name("Der Verein für Wasserfreunde (VFW) klagt.", 5, GT_EV_RULE_UNKNOWN_NAME, "VFW", 0, 0,
						   buf, sizeof(buf)), "Verein für Wasserfreunde|Verein für Wasserfreunde");
	/* the shortest run: not the noun before it that starts with the same letter */
	CHECK_STR(defined_name("Ein Bericht des Bundesamts für Eich- und Messwesen (BEM) liegt vor.", 9,
						   GT_EV_RULE_UNKNOWN_NAME, "BEM", 0, 0, buf, sizeof(buf)),
			  "Bundesamts für Eich- und Messwesen|Bundesamts für Eich- und Messwesen");
	/* a term: no organisation's word at its head, and only the unknown-name rule made the word a name */
	CHECK_STR(defined_name("Die Anlage leistet 40 Megawatt (MW) im Jahr.", 6, GT_EV_RULE_UNKNOWN_NAME, "MW", 0, 0,
						   buf, sizeof(buf)), "");
	/* ... which the tagger's judgement overrides */
	CHECK_STR(defined_name("Die Firma Halder Werke (HW) baut aus.", 5, GT_EV_MODEL_NER, "HW", 0, 0, buf, sizeof(buf)),
			  "Halder Werke|Halder Werke");
	/* the letters must abbreviate the words, the first the first */
	CHECK_STR(defined_name("Ein Sprecher des Innenamts (BMI) sagte das.", 5, GT_EV_RULE_UNKNOWN_NAME, "BMI", 0, 0,
						   buf, sizeof(buf)), "");
	/* a person's name is no organisation's, though the letters fit */
	CHECK_STR(defined_name("Die Hans Berger Stiftung (HBS) hilft.", 5, GT_EV_RULE_UNKNOWN_NAME, "HBS", 1, 3,
						   buf, sizeof(buf)), "");
	CHECK_STR(defined_name("Die Hans Berger Stiftung (HBS) hilft.", 5, GT_EV_RULE_UNKNOWN_NAME, "HBS", 0, 0,
						   buf, sizeof(buf)), "Hans Berger Stiftung|Hans Berger Stiftung");
	/* the lexicon's name of the abbreviation, when the words are that name declined; else their own */
	CHECK_STR(defined_name("Auch der Internationale Währungsfonds (IWF) warnt.", 5, GT_EV_LEXICON_ORGANIZATION,
						   "Internationaler Währungsfonds", 0, 0, buf, sizeof(buf)),
			  "Internationale Währungsfonds|Internationaler Währungsfonds");
	CHECK_STR(defined_name("Die Internet Watch Foundation (IWF) warnt.", 5, GT_EV_LEXICON_ORGANIZATION,
						   "Internationaler Währungsfonds", 0, 0, buf, sizeof(buf)),
			  "Internet Watch Foundation|Internet Watch Foundation");
}

/* The canonical name of the mention whose text is `text` in a run of text, or "(none)". */
static const char *
canonical_of(const char *text, const char *mention, char *out, size_t cap)
{
	entity_run	r = run_entities(text);
	const gt_mention *m = find_mention(&r, mention);

	snprintf(out, cap, "%s", m ? m->canonical : "(none)");
	free_run(&r);
	return out;
}

/* A lexicon name written with weak adjectives after a definite article: the lexicon's name, one adjective or two. */
static void
test_weak_lexicon_names(void)
{
	char		buf[128];

	CHECK_STR(canonical_of("Das Weiße Haus dementierte den Bericht.", "Weiße Haus", buf, sizeof(buf)), "Weißes Haus");
	CHECK_STR(canonical_of("Der Islamische Staat reklamierte den Anschlag.", "Islamische Staat", buf, sizeof(buf)),
			  "Islamischer Staat");
	/* after a preposition fused with the article */
	CHECK_STR(canonical_of("Trump zog im Januar ins Weiße Haus ein.", "Weiße Haus", buf, sizeof(buf)), "Weißes Haus");
	/* two adjectives; the noun ends in -e too */
	CHECK_STR(canonical_of("Das Internationale Olympische Komitee tagte.", "Internationale Olympische Komitee", buf,
						   sizeof(buf)), "Internationales Olympisches Komitee");
	/* a country's adjective inside the name is part of it */
	CHECK_STR(canonical_of("Der Österreichische Gewerkschaftsbund protestiert.", "Österreichische Gewerkschaftsbund",
						   buf, sizeof(buf)), "Österreichischer Gewerkschaftsbund");
}

/* Does the lexicon pass alone (no tagger) find a mention of exactly this text and kind? */
static bool
lexicon_pass_finds_with(const gt_lexicons *lex, const char *text, const char *name, gt_kind kind)
{
	unit_doc	u = unit_analyze(text);
	gt_recognizer r;
	bool		found = false;
	size_t		len = strlen(name);

	if (!CHECK(u.status == GT_OK && gt_recognizer_init(&r, &u.doc, lex)))
	{
		unit_free(&u);
		return false;
	}
	gt_pass_lexicon(&r);
	for (size_t i = 0; i < r.nmentions; i++)
	{
		const gt_mention *m = &r.mentions[i];

		found = found || (m->kind == kind && m->span.byte_end - m->span.byte_start == len &&
						  memcmp(u.buf + m->span.byte_start, name, len) == 0);
	}
	gt_recognizer_free(&r);
	unit_free(&u);
	return found;
}

/* The same with the built-in lexicon alone. */
static bool
lexicon_pass_finds(const char *text, const char *name, gt_kind kind)
{
	gt_lexicons lex = gt_lexicons_default(NULL);

	return lexicon_pass_finds_with(&lex, text, name, kind);
}

/* A lexicon name that begins with an ordinal number (1. FC Köln) is found from the number on. */
static void
test_number_initial_names(void)
{
	gt_lex_entry user[] = {
		{.key = "112", .canonical = "Notruf 112", .source = "user",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_ORGANIZATION, .flags = GT_LF_USER},
		{.key = "1860 Rosenheim", .canonical = "TSV 1860 Rosenheim", .source = "user",
		 .type = GT_LEX_ENTITY, .kind = GT_KIND_ORGANIZATION, .flags = GT_LF_USER},
	};
	gt_lexicon *mine = gt_lexicon_build(&gt_env_malloc, user, 2);
	const gt_lexicon *users[1] = {mine};
	gt_lexicons with_user = gt_lexicons_with_users(users, 1);

	CHECK(lexicon_pass_finds("Der 1. FC Köln gewann in Mainz.", "1. FC Köln", GT_KIND_ORGANIZATION));
	CHECK(lexicon_pass_finds("Der Trainer des 1. FSV Mainz 05 lobte die Elf.", "1. FSV Mainz 05",
							 GT_KIND_ORGANIZATION));
	/* the name without its number is still the lexicon's variant */
	CHECK(lexicon_pass_finds("Mainz 05 verlor.", "Mainz 05", GT_KIND_ORGANIZATION));
	/* a number alone starts nothing: the place after it is a name of its own */
	CHECK(lexicon_pass_finds("Am 1. Mai sprach sie in Köln.", "Köln", GT_KIND_PLACE));
	CHECK(!lexicon_pass_finds("Am 1. Mai sprach sie in Köln.", "1. Mai", GT_KIND_ORGANIZATION));
	if (!CHECK(mine != NULL))
		return;
	/* a user's name of a number and a word is found; a number alone, even the user's, is no name */
	CHECK(lexicon_pass_finds_with(&with_user, "Sie spielte für 1860 Rosenheim.", "1860 Rosenheim",
								  GT_KIND_ORGANIZATION));
	CHECK(!lexicon_pass_finds_with(&with_user, "Sie wählte die 112 sofort.", "112", GT_KIND_ORGANIZATION));
	gt_lexicon_free(&gt_env_malloc, mine);
}

/* The canonical name of the mention of exactly this text after the passes before the tagger ("" if none). */
static const char *
before_model_canonical(const char *text, const char *name, char *out, size_t cap)
{
	unit_doc	u = unit_analyze(text);
	gt_lexicons lex = gt_lexicons_default(NULL);
	gt_recognizer r;
	size_t		len = strlen(name);

	out[0] = '\0';
	if (!CHECK(u.status == GT_OK && gt_recognizer_init(&r, &u.doc, &lex)))
	{
		unit_free(&u);
		return out;
	}
	gt_recognize_before_model(&r);
	for (size_t i = 0; i < r.nmentions; i++)
	{
		const gt_mention *m = &r.mentions[i];

		if (m->kind != GT_KIND_NONE && m->span.byte_end - m->span.byte_start == len &&
			memcmp(u.buf + m->span.byte_start, name, len) == 0)
			snprintf(out, cap, "%s", m->canonical);
	}
	gt_recognizer_free(&r);
	unit_free(&u);
	return out;
}

/* An organisation's tail word (Partei) does not cut a longer lexicon name short. */
static void
test_org_tail_keeps_lexicon_names(void)
{
	char		buf[128];

	CHECK_STR(before_model_canonical("Die Sozialdemokratische Partei Österreichs regiert.",
									 "Sozialdemokratische Partei Österreichs", buf, sizeof(buf)), "SPÖ");
	CHECK_STR(before_model_canonical("Die Sozialdemokratische Partei Österreichs regiert.",
									 "Sozialdemokratische Partei", buf, sizeof(buf)), "");
	/* a name the lexicon does not know is still the rule's */
	CHECK_STR(before_model_canonical("Die Zyprexa Pharma AG wächst.", "Zyprexa Pharma AG", buf, sizeof(buf)),
			  "Zyprexa Pharma AG");
}

/*
 * The canonical name the propagation pass gives a person found alone at
 * tokens [lone, lone + 1), after a full name at [first, end) (both added
 * by hand, as the rules and the tagger would, so that the case does not
 * depend on the model).
 */
static const char *
surname_after(const char *text, uint32_t first, uint32_t end, uint32_t lone, char *out, size_t cap)
{
	unit_doc	u = unit_analyze(text);
	gt_lexicons lex = gt_lexicons_default(NULL);
	gt_recognizer r;

	out[0] = '\0';
	if (!CHECK(u.status == GT_OK && lone < u.doc.ntokens && gt_recognizer_init(&r, &u.doc, &lex)))
	{
		unit_free(&u);
		return out;
	}
	CHECK(add_by_hand(&r, first, end, GT_KIND_PERSON, NULL, GT_EV_RULE_FIRSTNAME_SURNAME));
	if (CHECK(add_by_hand(&r, lone, lone + 1, GT_KIND_PERSON, NULL, GT_EV_MODEL_NER)))
	{
		gt_pass_propagate(&r);
		snprintf(out, cap, "%s", r.mentions[1].canonical);
	}
	gt_recognizer_free(&r);
	unit_free(&u);
	return out;
}

/* A surname alone is the person the document named in full, also when the full name came in the genitive. */
static void
test_surname_after_genitive(void)
{
	char		buf[128];

	CHECK_STR(surname_after("Heinz Spindlers Lage ist ernst. Spindler zahlt.", 0, 2, 6, buf, sizeof(buf)),
			  "Heinz Spindler");
	CHECK_STR(surname_after("Heinz Spindler ist ernst. Spindler zahlt.", 0, 2, 5, buf, sizeof(buf)),
			  "Heinz Spindler");
	/* a name whose -s is its own (the lexicon knows no bare form) stands for no shorter word */
	CHECK_STR(surname_after("Peter Stiers Lage ist ernst. Stier zahlt.", 0, 2, 6, buf, sizeof(buf)), "Stier");
	/* where no genitive can stand (an apposition follows) the -s is the name's: Filis, not Fili */
	CHECK_STR(surname_after("Nikos Filis, ein Linker, sprach. Filis zahlt.", 0, 2, 8, buf, sizeof(buf)), "Nikos Filis");
	/* after a role noun and before an object, a subject: Johannis, not Johanni */
	CHECK_STR(surname_after("Dann forderte Staatschef Klaus Johannis den Premier auf. Johannis blieb.", 3, 5, 9, buf,
							sizeof(buf)), "Klaus Johannis");
	/* after the noun that possesses it, a genitive */
	CHECK_STR(surname_after("Es geht um Werke Egon Schieles, die verschwanden. Schiele malte.", 4, 6, 10, buf,
							sizeof(buf)), "Egon Schiele");
}

/* Run every test. */
int
main(void)
{
	test_particles();
	test_time_surnames();
	test_org_introducers();
	test_districts();
	test_place_heads();
	test_handles();
	test_genitive_names();
	test_oblique_names();
	test_weak_lexicon_names();
	test_defined_names();
	test_number_initial_names();
	test_org_tail_keeps_lexicon_names();
	test_surname_after_genitive();
	return unit_report();
}
