/*
 * link_evidence.c — how a row's evidence reads in SQL: its name
 * (lexicon:person, model:ner …), and for a link the context decided by, the
 * country too (link:context-AT, link:office-DE).
 */
#include "linking/linking.h"

#include <stdio.h>

/* The evidence of a mention as SQL shows it, into buf (GT_EVIDENCE_LABEL_MAX bytes); returns buf. */
const char *
gt_mention_evidence(const gt_mention *m, char *buf)
{
	const char *name = gt_evidence_name((gt_evidence) m->evidence);
	bool		with_country = (m->evidence == GT_EV_LINK_CONTEXT || m->evidence == GT_EV_LINK_OFFICE) &&
		m->country[0];

	if (with_country)
		snprintf(buf, GT_EVIDENCE_LABEL_MAX, "%s-%s", name, m->country);
	else
		snprintf(buf, GT_EVIDENCE_LABEL_MAX, "%s", name);
	return buf;
}
