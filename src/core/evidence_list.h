/*
 * evidence_list.h — why a row was found: the evidence values of entity
 * mentions and quotes, one line each, GT_EVIDENCE(ID, "SQL name"). The
 * order groups them: what a lexicon knows, what a user gazetteer says,
 * what a rule found, what the document's other mentions gave, and the
 * rules that find quotes. geotext.h makes the enum gt_evidence of it.
 */

/* the built-in lexicon */
GT_EVIDENCE(LEXICON_PERSON, "lexicon:person")
GT_EVIDENCE(LEXICON_ORGANIZATION, "lexicon:organization")
GT_EVIDENCE(LEXICON_COUNTRY, "lexicon:country")
GT_EVIDENCE(LEXICON_PLACE, "lexicon:place")
GT_EVIDENCE(LEXICON_COMPOUND, "lexicon:compound")
GT_EVIDENCE(LEXICON_OTHER, "lexicon:other")	/* a name of no kind (data/other-names.tsv): no row */
/* the user gazetteer */
GT_EVIDENCE(USER_PERSON, "user:person")
GT_EVIDENCE(USER_ORGANIZATION, "user:organization")
GT_EVIDENCE(USER_COUNTRY, "user:country")
GT_EVIDENCE(USER_PLACE, "user:place")
/* names found by rule (GT_EV_FIRST_RULE .. GT_EV_LAST_RULE) */
GT_EVIDENCE(RULE_FIRSTNAME_SURNAME, "rule:firstname+surname")
GT_EVIDENCE(RULE_ROLE_APPOSITION, "rule:role-apposition")
GT_EVIDENCE(RULE_ROLE_POSTPOSITION, "rule:role-postposition")
GT_EVIDENCE(RULE_ORG_PATTERN, "rule:org-pattern")
GT_EVIDENCE(RULE_ORG_INTRODUCER, "rule:org-introducer")
GT_EVIDENCE(RULE_PLACE_PREPOSITION, "rule:place-preposition")
GT_EVIDENCE(RULE_PLACE_HEAD, "rule:place-head")
GT_EVIDENCE(RULE_PLACE_DISTRICT, "rule:place-district")
GT_EVIDENCE(RULE_DIRECTION_PLACE, "rule:direction+place")
GT_EVIDENCE(RULE_UNKNOWN_NAME, "rule:unknown-name")
/* the tagger (model/ner.h) decided the name's span and kind */
GT_EVIDENCE(MODEL_NER, "model:ner")
/* the document's other mentions */
GT_EVIDENCE(COREF_SURNAME, "coref:surname")
GT_EVIDENCE(COREF_REPEAT, "coref:repeat")
/* linking (src/core/linking) decided which entity a name is, or a person's country */
GT_EVIDENCE(LINK_EXPLICIT, "link:explicit")
GT_EVIDENCE(LINK_CONTEXT, "link:context")
GT_EVIDENCE(LINK_GENERIC, "link:generic")
GT_EVIDENCE(LINK_OFFICE, "link:office")
GT_EVIDENCE(LINK_APPOSITION, "link:apposition")
GT_EVIDENCE(LINK_FIRST_NAME, "link:first-name")
/* quotes */
GT_EVIDENCE(QUOTE_TERM, "rule:term")
GT_EVIDENCE(QUOTE_TERM_SHORT, "rule:term-short")
GT_EVIDENCE(QUOTE_CUE_AFTER, "rule:quote-cue-after")
GT_EVIDENCE(QUOTE_CUE_COLON, "rule:quote-cue-colon")
GT_EVIDENCE(QUOTE_CUE_SENTENCE, "rule:quote-cue-sentence")
GT_EVIDENCE(QUOTE_UNCUED, "rule:quote")
GT_EVIDENCE(QUOTE_SUBJECT, "rule:quote-subject")
GT_EVIDENCE(QUOTE_CONTINUES, "rule:quote-continues")
GT_EVIDENCE(QUOTE_PREV_SUBJECT, "rule:quote-prev-subject")
GT_EVIDENCE(QUOTE_IN_SPEECH, "rule:quote-in-speech")
GT_EVIDENCE(CUE_CLAUSE, "rule:cue-clause")
GT_EVIDENCE(CUE_AFTER_CONTENT, "rule:cue-after-content")
GT_EVIDENCE(WIE_CUE, "rule:wie-cue")
GT_EVIDENCE(REPORTED, "rule:reported")
GT_EVIDENCE(ANAPHORIC_CUE, "rule:anaphoric-cue")
GT_EVIDENCE(SO_MARKER, "rule:so-marker")
GT_EVIDENCE(MARKER, "rule:marker")
GT_EVIDENCE(KONJUNKTIV, "rule:konjunktiv")
GT_EVIDENCE(KONJUNKTIV_CONTINUES, "rule:konjunktiv-continues")
GT_EVIDENCE(KONJUNKTIV_PREV_SUBJECT, "rule:konjunktiv-prev-subject")
GT_EVIDENCE(KONJUNKTIV_MAIN_CLAUSE, "rule:konjunktiv-main-clause")
/* quotes found since 0.3.0 (appended: the names model's evidence table keeps its order) */
GT_EVIDENCE(REPORTED_INTENTION, "rule:reported-intention")
GT_EVIDENCE(REPORTIVE_MODAL, "rule:reportive-modal")
GT_EVIDENCE(UNMARKED_CUE_AFTER, "rule:unmarked-cue-after")
GT_EVIDENCE(UNMARKED_SO_MARKER, "rule:unmarked-so-marker")
GT_EVIDENCE(UNMARKED_CUE_COLON, "rule:unmarked-cue-colon")
GT_EVIDENCE(NAME_COLON, "rule:name-colon")
/* linking since 0.5.0 (appended, as above): an abbreviation the text defines (link_abbreviations.c) */
GT_EVIDENCE(LINK_ABBREVIATION, "link:abbreviation")
/* names since 0.5.0 (appended, as above): an organisation's name the text defines by its abbreviation (entity_defined.c) */
GT_EVIDENCE(RULE_ABBREVIATION_NAME, "rule:abbreviation-name")
