/*
 * evidence.c — the names of the evidence values (evidence_list.h): the
 * vocabulary that tells an analyst why a mention or quote row was found.
 */
#include "base/base.h"

/* The SQL name of an evidence value ("lexicon:country", "rule:quote-cue-after"). */
const char *
gt_evidence_name(gt_evidence evidence)
{
	static const char *const names[GT_EV__COUNT] = {
#define GT_EVIDENCE(id, name) name,
#include "evidence_list.h"
#undef GT_EVIDENCE
	};

	return (unsigned) evidence < GT_EV__COUNT ? names[evidence] : "";
}

/* Did the user gazetteer decide (user:person … user:place)? Such a row always wins. */
bool
gt_evidence_is_user(unsigned evidence)
{
	return evidence >= GT_EV_USER_PERSON && evidence <= GT_EV_USER_PLACE;
}

/* The SQL name of a speaker evidence ("syntax:subject", "coref:pronoun"), or NULL for none. */
const char *
gt_speaker_evidence_name(gt_speaker_evidence how)
{
	static const char *const names[GT_SPK__COUNT] = {
		NULL, "syntax:subject", "syntax:apposition", "syntax:source", "coref:pronoun",
		"coref:role", "chain:continues", "chain:previous-subject", "rule:window"
	};

	return (unsigned) how < GT_SPK__COUNT ? names[how] : NULL;
}
