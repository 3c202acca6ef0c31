/*
 * test_syntax.c — unit tests of the word classes and the clause layer
 * (src/core/model/pos*.c, src/core/syntax): the tag list and its STTS
 * mapping, the morphology labels, the built-in model's decisions on the
 * words that mislead a window of words (a possessive that looks like a
 * verb, a pronominal adverb at a sentence start, a dative phrase before
 * the verb), noun phrases with their case, clauses cut at commas with an
 * apposition and an embedded relative clause, the subject found before or
 * after the verb and by agreement, passive clauses, determinism and bounds.
 * Every sentence was written for the test, with invented names.
 */
#include "unit.h"
#include "syntax/syntax.h"
#include "model/weight_rows.h"

/* A long run of letters (bytes): far beyond any lookup key. */
#define LONG_WORD_BYTES 5000

/* An analysed text with its syntax; names marks tokens [name_first, name_end) as a name. */
typedef struct parsed
{
	unit_doc	u;
	gt_syntax	syn;
	uint8_t    *names;
} parsed;

/* Analyse a text and its syntax (every sentence), marking one token range as a name. */
static parsed *
parse(const char *text, uint32_t name_first, uint32_t name_end)
{
	parsed	   *pp = malloc(sizeof(parsed));	/* on the heap: the syntax points into it */
	parsed		p;
	gt_lexicons lex = gt_lexicons_default(NULL);

	p.u = unit_analyze(text);
	CHECK_INT(p.u.status, GT_OK);
	CHECK_INT(gt_doc_prepare_keys(&p.u.doc), GT_OK);
	p.names = calloc(p.u.doc.ntokens + 1, 1);
	for (uint32_t k = name_first; k < name_end && k < p.u.doc.ntokens; k++)
		p.names[k] = 1;
	*pp = p;
	CHECK_INT(gt_syntax_init(&pp->syn, &pp->u.doc, &lex, NULL, pp->names), GT_OK);
	for (uint32_t s = 0; s < pp->u.doc.nsentences; s++)
		CHECK(gt_syntax_sentence(&pp->syn, s));
	return pp;
}

/* Free a parsed text. */
static void
parsed_free(parsed *p)
{
	gt_syntax_free(&p->syn);
	free(p->names);
	unit_free(&p->u);
	free(p);
}

/* The token index of the first token with this text, or -1. */
static int
token_of(const parsed *p, const char *word)
{
	for (size_t k = 0; k < p->u.doc.ntokens; k++)
		if (strcmp(unit_token_text(&p->u, k), word) == 0)
			return (int) k;
	return -1;
}

/* The tag name of the first token with this text. */
static const char *
tag_of(parsed *p, const char *word)
{
	int			k = token_of(p, word);

	return k < 0 ? "(no such token)" : gt_pos_name(gt_syntax_tag(&p->syn, (uint32_t) k));
}

/* The text of tokens [first, end) (static buffer). */
static const char *
span_text(const parsed *p, uint32_t first, uint32_t end)
{
	static char buf[512];
	size_t		b0,
				b1;

	if (end <= first)
		return "";
	b0 = p->u.doc.tokens[first].span.byte_start;
	b1 = p->u.doc.tokens[end - 1].span.byte_end;
	if (b1 - b0 >= sizeof(buf))
		b1 = b0 + sizeof(buf) - 1;
	memcpy(buf, p->u.buf + b0, b1 - b0);
	buf[b1 - b0] = '\0';
	return buf;
}

/* The subject's text of the clause of the first token with this text, or "". */
static const char *
subject_of(parsed *p, const char *word)
{
	int			k = token_of(p, word);
	const gt_clause *c = k < 0 ? NULL : gt_syntax_clause_at(&p->syn, (uint32_t) k);
	const gt_chunk *ch = gt_syntax_subject(&p->syn, c);

	return ch ? span_text(p, ch->first, ch->end) : "";
}

/* The tag list, its names and its STTS mapping; the morphology labels. */
static void
test_tags(void)
{
	CHECK_STR(gt_pos_name(GT_POS_NN), "NN");
	CHECK_STR(gt_pos_name(GT_POS_VVFIN), "VVFIN");
	CHECK_STR(gt_pos_name(GT_POS__COUNT), "");
	CHECK(strstr(gt_pos_stts(GT_POS_VVFIN), "VVIMP") != NULL);
	CHECK(strstr(gt_pos_stts(GT_POS_PAV), "PROAV") != NULL);
	CHECK(GT_POS_SCORED <= GT_POS_STRIDE);
	CHECK(gt_pos_finite_verb(GT_POS_VMFIN) && !gt_pos_finite_verb(GT_POS_VPP));
	CHECK(gt_pos_verb(GT_POS_VPP) && !gt_pos_verb(GT_POS_ADJD));
	CHECK(gt_pos_nominal(GT_POS_PPER) && !gt_pos_nominal(GT_POS_ADV));
	for (int c = GT_CASE_NOM; c <= GT_CASE_GEN; c++)
		for (int pl = 0; pl < 2; pl++)
		{
			uint8_t		m = gt_morph_nominal((gt_case) c, pl);

			CHECK_INT(gt_morph_case(m), c);
			CHECK_INT(gt_morph_plural(m), pl);
		}
	CHECK_INT(gt_morph_case(GT_MORPH_VERB_PL), GT_CASE_NONE);
	CHECK(gt_morph_plural(GT_MORPH_VERB_PL) && !gt_morph_plural(GT_MORPH_VERB_SG));
	CHECK_STR(gt_morph_name(GT_MORPH_DAT_SG), "Dat.Sg");
}

/* The built-in model is linked and of this feature version. */
static void
test_builtin_model(void)
{
	const gt_pos_model *m = gt_pos_model_builtin();

	CHECK(m != NULL);
	if (!m)
		return;
	CHECK_INT(m->features_version, GT_POS_FEATURES_VERSION);
	CHECK(m->pos_weights.nbuckets > 0 && (m->pos_weights.nbuckets & (m->pos_weights.nbuckets - 1)) == 0);
	CHECK(m->morph_weights.nbuckets > 0 &&
		  (m->morph_weights.nbuckets & (m->morph_weights.nbuckets - 1)) == 0);
	CHECK(strstr(gt_pos_build_info(), "data/model/pos.model.gz\t") != NULL);
}

/* Words a window of words misreads: a possessive, a pronominal adverb, a subordinator, a participle. */
static void
test_word_classes(void)
{
	parsed	   *p = parse("Meine Mannschaft hat gut gearbeitet. Demnach sieht der Plan neue "
						  "Regeln vor. Er sagte, dass die Stadt wachse.", 0, 0);

	CHECK_STR(tag_of(p, "Meine"), "PPOSAT");
	CHECK_STR(tag_of(p, "hat"), "VAFIN");
	CHECK_STR(tag_of(p, "gearbeitet"), "VPP");
	CHECK_STR(tag_of(p, "Demnach"), "PAV");
	CHECK_STR(tag_of(p, "sieht"), "VVFIN");
	CHECK_STR(tag_of(p, "vor"), "PTKVZ");
	CHECK_STR(tag_of(p, "dass"), "KOUS");
	CHECK_STR(tag_of(p, "Er"), "PPER");
	CHECK_STR(tag_of(p, "."), "END");
	CHECK_STR(tag_of(p, ","), "COMMA");
	parsed_free(p);
}

/* A dative phrase before the verb is no subject; the name after the verb is. */
static void
test_dative_before_verb(void)
{
	/* tokens: Der(0) englischsprachigen(1) Zeitung(2) sagte(3) Jorin(4) Talvek(5) … */
	parsed	   *p = parse("Der englischsprachigen Zeitung sagte Jorin Talvek, er sei frei.", 4, 6);
	const gt_chunk *ch = gt_syntax_chunk_at(&p->syn, 2);

	CHECK(ch != NULL);
	if (ch)
	{
		CHECK_INT(ch->first, 0);
		CHECK_INT(ch->end, 3);
		CHECK_INT(ch->head, 2);
		CHECK_INT(ch->gcase, GT_CASE_DAT);
		CHECK(!gt_chunk_may_be_subject(&p->syn, ch));
	}
	CHECK_STR(subject_of(p, "sagte"), "Jorin Talvek");
	CHECK_STR(subject_of(p, "sei"), "er");
	parsed_free(p);
}

/* An apposition inside a wie-clause, a relative clause inside a main clause. */
static void
test_clauses(void)
{
	parsed	   *p = parse("Wie der Direktor des Amtes, Orun Bakesi, mitteilte, wurden die Dörfer "
						  "gewarnt. Der Minister, der gestern in Lerau ankam, sagte, die Lage sei "
						  "ernst.", 6, 8);
	int			wie = token_of(p, "Wie");
	int			mitteilte = token_of(p, "mitteilte");
	int			waren = token_of(p, "wurden");
	int			ankam = token_of(p, "ankam");
	int			sagte = token_of(p, "sagte");
	const gt_clause *c1 = gt_syntax_clause_at(&p->syn, (uint32_t) wie);
	const gt_clause *c2 = gt_syntax_clause_at(&p->syn, (uint32_t) waren);
	const gt_clause *rel = gt_syntax_clause_at(&p->syn, (uint32_t) ankam);
	const gt_clause *main = gt_syntax_clause_at(&p->syn, (uint32_t) sagte);

	CHECK(c1 && c2 && rel && main);
	if (!(c1 && c2 && rel && main))
	{
		parsed_free(p);
		return;
	}
	/* the apposition belongs to the wie-clause, whose verb is the last one */
	CHECK(gt_syntax_clause_at(&p->syn, (uint32_t) mitteilte) == c1);
	CHECK(gt_syntax_clause_at(&p->syn, 6) == c1);
	CHECK_INT(c1->type, GT_CL_SUBORDINATE);
	CHECK_INT(c1->verb, mitteilte);
	CHECK_INT(c1->verb_position, GT_VP_LAST);
	CHECK_STR(subject_of(p, "Wie"), "der Direktor des Amtes");
	CHECK(c2 != c1);
	CHECK_INT(c2->type, GT_CL_MAIN);
	CHECK_INT(c2->verb_position, GT_VP_FIRST);
	CHECK(c2->passive);
	/* the main clause goes on after the relative clause it holds */
	CHECK(gt_syntax_clause_at(&p->syn, (uint32_t) token_of(p, "Minister")) == main);
	CHECK_INT(rel->type, GT_CL_RELATIVE);
	CHECK(rel->parent != GT_SYN_NONE && &p->syn.clauses[rel->parent] == main);
	CHECK_INT(main->verb, sagte);
	CHECK_INT(main->verb_position, GT_VP_SECOND);
	CHECK(!main->passive);
	CHECK_STR(subject_of(p, "sagte"), "Der Minister");
	CHECK_STR(subject_of(p, "sei"), "die Lage");
	parsed_free(p);
}

/* The subject agrees with the verb in number; an object in the Vorfeld is skipped. */
static void
test_agreement(void)
{
	parsed	   *p = parse("Den Plan lehnten die Bauern ab. Die Bäuerin lobte den Plan.", 0, 0);

	CHECK_STR(subject_of(p, "lehnten"), "die Bauern");
	CHECK_STR(subject_of(p, "lobte"), "Die Bäuerin");
	CHECK(gt_clause_agrees(&p->syn, gt_syntax_clause_at(&p->syn, (uint32_t) token_of(p, "lehnten")),
						   gt_syntax_chunk_at(&p->syn, (uint32_t) token_of(p, "Bauern"))));
	parsed_free(p);
	/* the word that opens a clause is not its subject: "Wie berichtet wurde", "Was sie sagte" */
	p = parse("Was sie sagte, stimmte. Wie bereits berichtet wurde, stiegen die Preise.", 0, 0);
	CHECK_STR(subject_of(p, "sagte"), "sie");
	CHECK_STR(subject_of(p, "berichtet"), "");
	parsed_free(p);
}

/* A sentence without a finite verb has no subject; odd input gets labels and no crash. */
static void
test_bounds(void)
{
	parsed	   *p = parse("Große Pläne, kleine Schritte.", 0, 0);
	char	   *big = malloc(LONG_WORD_BYTES + 1);
	gt_pos_word w;
	uint32_t	feats[GT_POS_MAX_FEATURES];
	uint8_t		tags[2] = {0},
				morph[2] = {0};
	parsed	   *q;

	CHECK_STR(subject_of(p, "Pläne"), "");
	parsed_free(p);
	memset(big, 'a', LONG_WORD_BYTES);
	big[LONG_WORD_BYTES] = '\0';
	q = parse(big, 0, 1);
	CHECK_INT(q->u.doc.ntokens, 1);
	gt_pos_word_of(&q->u.doc, &(gt_lexicons) {0}, 0, &w);
	CHECK(gt_pos_features(&w, tags, 0, 1, 0, feats) <= GT_POS_MAX_FEATURES);
	CHECK(gt_morph_features(&w, tags, morph, 0, 1, 0, feats) <= GT_POS_MAX_FEATURES);
	CHECK(gt_syntax_tag(&q->syn, 0) < GT_POS__COUNT);
	CHECK(gt_syntax_tag(&q->syn, 5) == GT_POS_PUNCT);	/* beyond the document */
	CHECK(gt_syntax_clause_at(&q->syn, 5) == NULL);
	parsed_free(q);
	free(big);
}

/* The same text gives the same tags twice (no state between documents). */
static void
test_deterministic(void)
{
	const char *text = "Laut der Behörde hätten die Helfer die Straße gesperrt, sagte Jara Pelt.";
	parsed	   *a = parse(text, 0, 0);
	parsed	   *b = parse(text, 0, 0);

	CHECK_INT(a->u.doc.ntokens, b->u.doc.ntokens);
	for (uint32_t k = 0; k < a->u.doc.ntokens; k++)
	{
		CHECK_INT(gt_syntax_tag(&a->syn, k), gt_syntax_tag(&b->syn, k));
		CHECK_INT(gt_syntax_morph(&a->syn, k), gt_syntax_morph(&b->syn, k));
	}
	parsed_free(a);
	parsed_free(b);
}

/* Distinct invented company names in test_shared_words: more than the form table's first size holds. */
#define SHARED_WORD_NAMES 160

/*
 * A word form met again takes the words of its first token (pos_words.c):
 * every token's words are what gt_pos_word_of gives it alone, also where a
 * repeat stands elsewhere (sentence start, after a colon) and after the
 * form table has grown.
 */
static void
test_shared_words(void)
{
	size_t		cap = SHARED_WORD_NAMES * 96;
	char	   *text = malloc(cap);
	size_t		used = 0;
	gt_lexicons lex = gt_lexicons_default(NULL);
	parsed	   *p;
	uint32_t	mismatches = 0;

	if (!CHECK(text != NULL))
		return;
	for (int i = 0; i < SHARED_WORD_NAMES; i++)
		used += (size_t) snprintf(text + used, cap - used, "Die Firma Veltrax%d meldet Gewinne, sagte Lora Benn. ", i);
	for (int i = 0; i < SHARED_WORD_NAMES; i++)
		used += (size_t) snprintf(text + used, cap - used, "Veltrax%d: Gewinne meldet die Firma. ", i);
	p = parse(text, 0, 0);
	CHECK(p->syn.form_used > SHARED_WORD_NAMES);
	for (uint32_t k = 0; k < p->u.doc.ntokens; k++)
	{
		gt_pos_word w;
		const gt_pos_word *got = &p->syn.words[k];

		gt_pos_word_of(&p->u.doc, &lex, k, &w);
		if (w.word != got->word || w.lower != got->lower || w.prefix2 != got->prefix2 ||
			w.prefix3 != got->prefix3 || w.suffix1 != got->suffix1 || w.suffix2 != got->suffix2 ||
			w.suffix3 != got->suffix3 || w.suffix4 != got->suffix4 || w.shape != got->shape ||
			w.facts != got->facts || w.word_class != got->word_class || w.position != got->position ||
			w.length != got->length || w.forced != got->forced)
			mismatches++;
	}
	CHECK_INT(mismatches, 0);
	parsed_free(p);
	free(text);
}

/*
 * The tagger makes a token's word features ahead of its turn (pos_tagger.c):
 * its tags are those of the plain greedy loop over gt_pos_features, on
 * sentences with punctuation (forced tags) at the start, inside and at the end.
 */
static void
test_tags_ahead(void)
{
	const char *text = "„Wir bleiben“, sagte die Ministerin am Montag in Graz. Der Gipfel habe noch "
		"kein Ergebnis gebracht: Die Gespräche gingen weiter, hieß es. (Ende) – Laut Polizei "
		"wurden drei Personen verletzt; zwei davon schwer.";
	parsed	   *p = parse(text, 0, 0);
	const gt_pos_model *m = gt_pos_model_builtin();
	uint32_t	mismatches = 0;
	uint8_t    *tags = calloc(p->u.doc.ntokens + 1, 1);

	for (uint32_t s = 0; s < p->u.doc.nsentences; s++)
	{
		uint32_t	first,
					end;

		gt_sentence_range(&p->u.doc, s, &first, &end);
		for (uint32_t k = first; k < end; k++)
		{
			const gt_pos_word *w = &p->syn.words[k];
			uint32_t	feats[GT_POS_MAX_FEATURES];
			int32_t		scores[GT_POS_STRIDE];
			size_t		n;

			if (w->forced < GT_POS__COUNT)
			{
				tags[k] = w->forced;
				continue;
			}
			n = gt_pos_features(p->syn.words, tags, first, end, k, feats);
			gt_weight_row_sums(&m->pos_weights, GT_POS_STRIDE, feats, n, scores);
			tags[k] = gt_pos_argmax(scores, GT_POS_SCORED);
		}
		for (uint32_t k = first; k < end; k++)
			if (tags[k] != p->syn.tags[k])
				mismatches++;
	}
	CHECK_INT(mismatches, 0);
	free(tags);
	parsed_free(p);
}

/* Run every test. */
int
main(void)
{
	test_tags();
	test_builtin_model();
	test_word_classes();
	test_dative_before_verb();
	test_clauses();
	test_agreement();
	test_bounds();
	test_deterministic();
	test_shared_words();
	test_tags_ahead();
	return unit_report();
}
