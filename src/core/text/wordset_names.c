/*
 * wordset_names.c — the names and case rules of the closed word classes
 * (wordset_list.h), for the table builder that reads data/wordsets.tsv and
 * for whoever prints a class.
 */
#include "text/wordsets.h"

#include <string.h>

/* The names and case rules of the classes, from wordset_list.h. */
static const struct
{
	const char *name;
	gt_wordset_case fold;
}			classes[GT_WS__COUNT] = {
#define GT_WORDSET(id, name, fold, what) {name, GT_WS_##fold},
#include "text/wordset_list.h"
#undef GT_WORDSET
};

/* The name of a class in data/wordsets.tsv, or NULL. */
const char *
gt_wordset_name(gt_wordset set)
{
	return (unsigned) set < GT_WS__COUNT ? classes[set].name : NULL;
}

/* How a class matches (EXACT or FOLD). */
gt_wordset_case
gt_wordset_case_of(gt_wordset set)
{
	return (unsigned) set < GT_WS__COUNT ? classes[set].fold : GT_WS_EXACT;
}

/* The class a data file names; false when it names none. */
bool
gt_wordset_by_name(const char *name, gt_wordset *set)
{
	for (int i = 0; i < GT_WS__COUNT; i++)
		if (strcmp(classes[i].name, name) == 0)
		{
			*set = (gt_wordset) i;
			return true;
		}
	return false;
}
