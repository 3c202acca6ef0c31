/*
 * wordset_list.h — the closed word classes the rules consult, one line each:
 *
 *   GT_WORDSET(ID, "name in data/wordsets.tsv", case, "what the class is for")
 *
 * The words themselves are data (data/wordsets.tsv); this list is the one
 * source of truth for the classes: text/wordsets.h makes the enum of it,
 * and the table builder (tools/tables) maps the names in the data file to
 * the same enum. case is EXACT (a token matches a word as written) or FOLD
 * (also with the ASCII first letter in the other case: "Auch" and "auch").
 * A class is a set for membership tests; the rules that look at the start
 * or end of a word (ZU_PREFIX, PLACE_ENDING …) walk its words in file order.
 */

/* text layer: tokens and sentences */
GT_WORDSET(ORDINAL_CONTEXT, "ordinal_context", EXACT, "words after which a number's period is its ordinal dot (am 11.)")
GT_WORDSET(MONTH, "month", EXACT, "month names and their abbreviations, after which a number's period is ordinal")

/* entities */
GT_WORDSET(PLACE_CONTEXT, "place_context", EXACT, "words after which an ambiguous place name is read as a place")
GT_WORDSET(PLACE_PREPOSITION, "place_preposition", EXACT, "prepositions after which an unknown name is a place")
GT_WORDSET(PLACE_HEAD, "place_head", EXACT, "words that make a place name with the known place after them (Kreis Gießen)")
GT_WORDSET(PLACE_ENDING, "place_ending", EXACT, "endings of unknown names that make them places (-burg, -ville)")
GT_WORDSET(COMPASS, "compass", EXACT, "compass points as a word's start (Nordsyrien) or a district after a hyphen (Zwickau-Ost)")
GT_WORDSET(REGION_PREFIX, "region_prefix", EXACT, "other starts that make a region of a place (Zentralafrika)")
GT_WORDSET(DISTRICT_WORD, "district_word", EXACT, "words after a place's hyphen that name a part of it (Berlin-Mitte)")
GT_WORDSET(NAME_PARTICLE, "name_particle", EXACT, "particles inside a person's name (von, van, de, bin)")
GT_WORDSET(PARTICLE_WITH_ARTICLE, "particle_with_article", EXACT, "particles that take an article inside a name (von der Leyen)")
GT_WORDSET(PARTICLE_ARTICLE, "particle_article", EXACT, "the articles such a particle takes (der, den)")
GT_WORDSET(ORG_HEAD_LINK, "org_head_link", EXACT, "words between an organisation head and its name (Institut für …)")
GT_WORDSET(AND, "and", EXACT, "the coordinating conjunction that joins two parts of one name")
GT_WORDSET(ROLE_COMPLEMENT_LINK, "role_complement_link", EXACT, "words that open a role noun's complement (Sprecher des …)")
GT_WORDSET(APPOSITION_ARTICLE, "apposition_article", EXACT, "articles of a role apposition after a name (…, der Sprecher)")
GT_WORDSET(DATE_PHRASE_NOUN, "date_phrase_noun", EXACT, "time nouns of date phrases that are never a surname (Anfang Mai)")

/* quotes */
GT_WORDSET(SOURCE_NOUN, "source_noun", EXACT, "heads of source nouns after nach (nach Polizeiangaben), lower-case")
GT_WORDSET(KONJUNKTIV_I, "konjunktiv_i", EXACT, "finite verbs in Konjunktiv I, the mood of reported speech (sei, habe)")
GT_WORDSET(KONJUNKTIV_II, "konjunktiv_ii", EXACT, "Konjunktiv II forms news use in its place (wäre, würde)")
GT_WORDSET(TITLE_NOUN, "title_noun", EXACT, "nouns after which a quoted phrase is a title or a name (Zeitung „…“), lower-case")
GT_WORDSET(SCARE_WORD, "scare_word", FOLD, "words that make the next quoted phrase a scare quote (sogenannte)")
GT_WORDSET(TITLE_FUNCTION_WORD, "title_function_word", FOLD, "lower-case words a title or proper name may hold (der, of, pour)")
GT_WORDSET(CONTENT_OPENER, "content_opener", FOLD, "words that open a content clause (dass, ob, wie)")
GT_WORDSET(RELATIVE_PRONOUN, "relative_pronoun", FOLD, "relative pronouns: a clause they open is no content")
GT_WORDSET(ZU_PREFIX, "zu_prefix", EXACT, "separable prefixes that take an infix zu (einzuleiten)")
GT_WORDSET(DETERMINER, "determiner", FOLD, "words that open a noun phrase (der, ein, seine, viele)")
GT_WORDSET(DEMONSTRATIVE, "demonstrative", FOLD, "demonstratives that stand for a speaker on their own (dieser)")
GT_WORDSET(ATTRIBUTE_LINK, "attribute_link", FOLD, "words that attach a genitive or prepositional attribute to a noun phrase")
GT_WORDSET(SOURCE_ATTRIBUTE_LINK, "source_attribute_link", EXACT, "prepositions that open the source after a marker's noun (nach Angaben von …)")
GT_WORDSET(CAPITAL_ATTRIBUTE_LINK, "capital_attribute_link", EXACT, "attribute links that also join when capitalised, as in headlines (Sprecher Des Amtes)")
GT_WORDSET(ADVERB_AFTER_VERB, "adverb_after_verb", FOLD, "adverbs that may stand between a verb and its subject (sagte auch X)")
GT_WORDSET(SUBORDINATOR, "subordinator", FOLD, "words that open a subordinate or coordinate clause (wie, als, weil)")
GT_WORDSET(OBLIQUE_DETERMINER, "oblique_determiner", FOLD, "determiners of a dative or genitive phrase: no subject")
GT_WORDSET(INSTITUTION_HEAD, "institution_head", EXACT, "heads of institutions that speak as a body (Polizei), lower-case")
GT_WORDSET(CLAUSE_JOINER, "clause_joiner", FOLD, "sentence-initial words that join a clause but are not its subject (auch, und)")
GT_WORDSET(PRONOUN_HE, "pronoun_he", FOLD, "the masculine personal pronoun that can speak (er)")
GT_WORDSET(PRONOUN_SHE_THEY, "pronoun_she_they", FOLD, "the feminine or plural personal pronoun that can speak (sie)")
GT_WORDSET(ANAPHORIC_PRONOUN, "anaphoric_pronoun", FOLD, "pronouns that stand for the sentence before (Das bestätigte die Polizei)")
GT_WORDSET(AS_CONJUNCTION, "as_conjunction", FOLD, "the conjunction of an inverted cue clause (…, wie die Polizei mitteilte)")
GT_WORDSET(ZU, "zu", EXACT, "the infinitive particle zu")
GT_WORDSET(LIST_CONJUNCTION, "list_conjunction", EXACT, "conjunctions that join the sources named by a marker (und, sowie)")

/* how a marker frames its source (the marker's word; data/cues.tsv says that it is a marker) */
GT_WORDSET(SOURCE_APPENDED, "source_appended", FOLD, "a marker after the content that names the source (…, so der Minister)")
GT_WORDSET(SOURCE_PREPOSITION, "source_preposition", FOLD, "a one-word marker before its source that attributes speech (laut)")
GT_WORDSET(SOURCE_POSTPOSITION, "source_postposition", FOLD, "a marker after its source (Berichten zufolge)")
GT_WORDSET(SOURCE_PRONOMINAL, "source_pronominal", FOLD, "a marker that stands for the source just named (demnach)")
GT_WORDSET(SOURCE_RELATIVE, "source_relative", FOLD, "a marker that opens content on a source just named (wonach)")
GT_WORDSET(SOURCE_CITING, "source_citing", FOLD, "the first word of a marker by which a speaker cites another (unter Berufung auf)")
GT_WORDSET(SOURCE_NOUN_PREPOSITION, "source_noun_preposition", FOLD, "the preposition before a source noun (nach Polizeiangaben)")
GT_WORDSET(SOURCE_NOUN_LEMMA, "source_noun_lemma", EXACT, "the cue lemma a source noun after that preposition gets")
GT_WORDSET(NEEDS_AGENT_LEMMA, "needs_agent_lemma", EXACT, "cue lemmas that are speech only with a person, group or role as subject")
GT_WORDSET(REPORTING_LEMMA, "reporting_lemma", EXACT, "cue lemmas that report speech without a content clause often enough to count; 'lemma preposition': only with that complement")

/* syntax: noun phrases and clauses */
GT_WORDSET(NORMATIVE_NOUN, "normative_noun", EXACT, "nouns that after laut name a rule, not a source: laut Gesetz is no speaker (laut Statistik is one)")
GT_WORDSET(REFLEXIVE_NOT_SPEECH, "reflexive_not_speech", EXACT, "cue lemmas that are no speech with a reflexive pronoun after them (befand sich in Haft)")
GT_WORDSET(STATEMENT_ORIGIN, "statement_origin", EXACT, "heads of a document or circle a statement comes from when no subject speaks (In einer Erklärung heißt es; aus Regierungskreisen verlautete)")
GT_WORDSET(STATEMENT_ORIGIN_PREPOSITION, "statement_origin_preposition", EXACT, "the prepositions before such an origin (in, im, aus) or a passive cue's agent (von)")
GT_WORDSET(IMPERSONAL_REPORT_VERB, "impersonal_report_verb", FOLD, "forms of heißen that report with es (heißt es, es heißt); the first word is the lemma")
GT_WORDSET(IMPERSONAL_PRONOUN, "impersonal_pronoun", FOLD, "the impersonal subjects (man, es): a statement nobody in particular makes")
GT_WORDSET(INTENTION_MODAL, "intention_modal", FOLD, "the finite forms of wollen, the lemma first: an agent's announced intention is reported speech (Die Partei will …)")
GT_WORDSET(REPORTIVE_MODAL, "reportive_modal", FOLD, "the present forms of sollen, which report what others say (Er soll Gelder veruntreut haben)")
GT_WORDSET(PASSIVE_AUXILIARY, "passive_auxiliary", FOLD, "the forms of werden: with a participle the clause is passive, its subject no agent")
GT_WORDSET(DEFINITE_ARTICLE, "definite_article", FOLD, "the definite article's forms: a definite role phrase names someone already introduced (der Verhandler)")

GT_WORDSET(FUSED_ARTICLE, "fused_article", FOLD, "prepositions fused with the article: after them a party word is a word (im Grünen)")

/* abbreviations, looked up by normalised key (data/abbreviations.tsv) */
GT_WORDSET(ABBREVIATION, "abbreviation", EXACT, "abbreviations that keep their period")
GT_WORDSET(ABBREVIATION_FINAL, "abbreviation_final", EXACT, "abbreviations that may also end a sentence (usw.)")
GT_WORDSET(FIRST_PERSON_PRONOUN, "first_person_pronoun", FOLD, "the first-person subject pronouns (ich, wir): the speaker of the speech they stand in")
GT_WORDSET(GENITIVE_DETERMINER, "genitive_determiner", FOLD, "determiners of a masculine or neuter genitive (des, eines): the name after them is declined")
GT_WORDSET(S_NOMINATIVE, "s_nominative", EXACT, "word ends whose -s is no genitive (Fonds, Klimafonds): matched as the end of a word")
GT_WORDSET(DEFINED_NAME_LINK, "defined_name_link", EXACT, "lower-case words inside an organisation's name that an abbreviation in brackets defines (Verein für Konsumenteninformation (VKI))")
GT_WORDSET(DEFINED_NAME_JOIN, "defined_name_join", EXACT, "words that join two parts of such a name (Rundfunk und Telekom Regulierungs-GmbH)")
GT_WORDSET(DEFINED_NAME_HEAD, "defined_name_head", EXACT, "nouns, lower-case, that make such a name an organisation's, matched as the end of its head word (Verein, Bundesamt, Association)")
GT_WORDSET(OBLIQUE_NAME_ARTICLE, "oblique_name_article", FOLD, "articles of the dative, the feminine genitive and the accusative: a name's adjectives after them end in -en (der Technischen Universität)")
