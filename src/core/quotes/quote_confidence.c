/*
 * quote_confidence.c — the confidence of a quote row: the prior of the
 * rule that found the quote times the prior of the way its speaker was
 * found. The priors are set by hand from what each rule needs to be wrong
 * (a pair of quotation marks with a cue after it is rarely no quote; a
 * Konjunktiv sentence without a cue often is), not learned: the quote data
 * at hand (German Wikinews, non-commercial) may measure them, never shape
 * them. docs/quotes.md sets them side by side with their measured precision.
 */
#include "quotes/quotes_internal.h"

#include <math.h>

/* A rule's prior where none is listed (a rule added without one is doubted). */
#define DEFAULT_PRIOR 0.5f
/* Confidences are rounded to thousandths (GT_CONFIDENCE_STEPS, geotext.h). */
#define CONFIDENCE_STEPS ((float) GT_CONFIDENCE_STEPS)
/* The speaker prior of a quote without speaker: it claims nothing about one. */
#define NO_SPEAKER_PRIOR 0.9f

/* The prior of the rule that found a quote. */
static float
rule_prior(uint8_t evidence)
{
	switch (evidence)
	{
		case GT_EV_QUOTE_CUE_AFTER:
		case GT_EV_QUOTE_CUE_COLON:
			return 0.95f;		/* marks and a cue next to them */
		case GT_EV_QUOTE_CUE_SENTENCE:
		case GT_EV_QUOTE_SUBJECT:
		case GT_EV_CUE_CLAUSE:
		case GT_EV_CUE_AFTER_CONTENT:
		case GT_EV_WIE_CUE:
		case GT_EV_SO_MARKER:
			return 0.9f;		/* a cue and its content clause */
		case GT_EV_QUOTE_CONTINUES:
		case GT_EV_QUOTE_UNCUED:
		case GT_EV_MARKER:
		case GT_EV_UNMARKED_CUE_AFTER:
		case GT_EV_UNMARKED_SO_MARKER:
		case GT_EV_UNMARKED_CUE_COLON:
			return 0.8f;		/* marks without a cue, a marker, content without marks */
		case GT_EV_NAME_COLON:
			return 0.7f;		/* a name and a colon without a cue: an interview's answer, a headline */
		case GT_EV_QUOTE_IN_SPEECH:
			return 0.75f;		/* marks inside speech attributed by a clause */
		case GT_EV_QUOTE_TERM:
			return 0.8f;		/* scare quotes or a title: marks around a few words */
		case GT_EV_QUOTE_TERM_SHORT:
			return 0.7f;		/* a single short word in marks */
		case GT_EV_QUOTE_PREV_SUBJECT:
		case GT_EV_ANAPHORIC_CUE:
		case GT_EV_KONJUNKTIV_MAIN_CLAUSE:
		case GT_EV_KONJUNKTIV_CONTINUES:
			return 0.75f;		/* the speaker from the sentence before */
		case GT_EV_KONJUNKTIV_PREV_SUBJECT:
		case GT_EV_REPORTIVE_MODAL:
		case GT_EV_REPORTED:
			return 0.6f;		/* a verb form or a speech act without content */
		case GT_EV_KONJUNKTIV:
		case GT_EV_REPORTED_INTENTION:
			return 0.5f;		/* a mood or an intention alone */
		default:
			return DEFAULT_PRIOR;
	}
}

/* The prior of the way a speaker was found. */
static float
speaker_prior(uint8_t how)
{
	switch (how)
	{
		case GT_SPK_NONE:
			return NO_SPEAKER_PRIOR;
		case GT_SPK_SUBJECT:
		case GT_SPK_APPOSITION:
		case GT_SPK_SOURCE:
			return 0.9f;		/* named in the clause of the cue */
		case GT_SPK_PRONOUN:
		case GT_SPK_CHAIN:
			return 0.8f;		/* resolved from the sentences before */
		case GT_SPK_ROLE:
		case GT_SPK_WINDOW:
			return 0.7f;		/* a role or a phrase near the cue */
		case GT_SPK_PREVIOUS_SUBJECT:
			return 0.6f;		/* whoever the sentence before was about */
		default:
			return DEFAULT_PRIOR;
	}
}

/* The confidence of a quote found by a rule with a speaker found some way (0–1). */
float
qt_confidence(uint8_t evidence, uint8_t speaker_how)
{
	return roundf(rule_prior(evidence) * speaker_prior(speaker_how) * CONFIDENCE_STEPS) / CONFIDENCE_STEPS;
}
