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
