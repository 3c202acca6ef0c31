/*
 * linking.h — the linking stage, above the recogniser: it reads the whole
 * document and decides which entity each name is. A name several entities
 * share (data/candidates.tsv: the Greens of Austria, Germany and
 * Switzerland; the Bundesregierung of each country) takes the candidate the
 * text names explicitly ("die österreichischen Grünen") or the one of the
 * country the document is about (its profile, from its unambiguous
 * mentions), else the generic candidate; a person takes a country from an
 * apposition ("der Österreicher Dominic Thiem", "Werner Faymann (SPÖ)") or
 * from a state office of the document's country ("Bundeskanzler Faymann");
 * a first name before a word that is also a place makes a person ("Tilo
 * Berlin"). Every decision names its context in the row's evidence.
 */
#ifndef GT_LINKING_H
#define GT_LINKING_H

#include "entities/entities_internal.h"

/* The most countries a profile tracks (a document names few; the rest are not counted). */
#define GT_PROFILE_MAX 32

/* How often the document's unambiguous mentions name each country. */
typedef struct gt_country_profile
{
	char		codes[GT_PROFILE_MAX][3];
	uint32_t	counts[GT_PROFILE_MAX];
	size_t		n;
} gt_country_profile;

/* ----------------------------------------------------- link_profile.c */

/* Count the countries of the mentions that are certain of theirs. */
extern void gt_profile_build(const gt_recognizer *r, gt_country_profile *p);

/* How many of the document's unambiguous mentions name this country. */
extern uint32_t gt_profile_count(const gt_country_profile *p, const char *code);

/* The country the document is about: named most, more than any other, often enough; "" if none. */
extern const char *gt_profile_main(const gt_country_profile *p);

/* -------------------------------------------------- link_candidates.c */

/* Decide every name several entities share (mentions with a sense). */
extern void gt_link_candidates(gt_recognizer *r, const gt_country_profile *p);

/* ----------------------------------------------------- link_persons.c */

/* Give persons without a country the one an apposition or a state office of the document names. */
extern void gt_link_persons(gt_recognizer *r, const gt_country_profile *p);

/* --------------------------------------------------- link_first_name.c */

/* A first name before a place or country makes a person (Tilo Berlin), and so does its surname alone later. */
extern void gt_link_first_names(gt_recognizer *r);

/* ------------------------------------------------- link_abbreviations.c */

/* An organisation's name with a bracketed abbreviation makes that word the organisation in the whole document. */
extern void gt_link_abbreviations(gt_recognizer *r);

/* ---------------------------------------------------------- linking.c */

/* Find the entities of an analysed doc with the given tagger model (NULL: rules only), linked. */
extern gt_status gt_find_entities_with(gt_doc *doc, const gt_lexicons *lex,
									   const gt_ner_model *model, gt_entities *out);

#endif							/* GT_LINKING_H */
