/*
 * link_evidence.c — how a row's evidence reads in SQL: its name
 * (lexicon:person, model:ner …), and for a link the context decided by, the
 * country too (link:context-AT, link:office-DE).
 */
#include "linking/linking.h"

#include <stdio.h>

/*
 * The evidence of a mention as SQL shows it: the evidence's static name, or
 * with the country that decided a link (link:context-AT), written into buf
 * (GT_EVIDENCE_LABEL_MAX bytes). Called once per output row: the name alone
 * is not copied.
 */
const char *
gt_mention_evidence(const gt_mention *m, char *buf)
{
	const char *name = gt_evidence_name((gt_evidence) m->evidence);
	bool		with_country = (m->evidence == GT_EV_LINK_CONTEXT || m->evidence == GT_EV_LINK_OFFICE) &&
		m->country[0];

	if (!with_country)
		return name;
	snprintf(buf, GT_EVIDENCE_LABEL_MAX, "%s-%s", name, m->country);
	return buf;
}
