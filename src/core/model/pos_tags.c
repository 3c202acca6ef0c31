/*
 * pos_tags.c — the names of the tags and morphology labels, and the
 * classes of tags the clause analysis asks about (finite verb, nominal).
 */
#include "model/pos.h"

/* The name of a tag (NN, VVFIN …), or "" for none. */
const char *
gt_pos_name(uint8_t tag)
{
	static const char *const names[GT_POS__COUNT] = {
#define GT_POS_TAG(id, stts, what) #id,
#include "model/pos_list.h"
#undef GT_POS_TAG
	};

	return tag < GT_POS__COUNT ? names[tag] : "";
}

/* The STTS tags a tag stands for, space-separated, or "" for none. */
const char *
gt_pos_stts(uint8_t tag)
{
	static const char *const stts[GT_POS__COUNT] = {
#define GT_POS_TAG(id, tags, what) tags,
#include "model/pos_list.h"
#undef GT_POS_TAG
	};

	return tag < GT_POS__COUNT ? stts[tag] : "";
}

/* The name of a morphology label (Nom.Sg, Verb.Pl …), or "" for none. */
const char *
gt_morph_name(uint8_t morph)
{
	static const char *const names[GT_MORPH__COUNT] = {
		"-", "Nom.Sg", "Nom.Pl", "Acc.Sg", "Acc.Pl", "Dat.Sg", "Dat.Pl", "Gen.Sg", "Gen.Pl",
		"Verb.Sg", "Verb.Pl"
	};

	return morph < GT_MORPH__COUNT ? names[morph] : "";
}

/* Is the tag a finite verb (full, auxiliary or modal)? */
bool
gt_pos_finite_verb(uint8_t tag)
{
	return tag == GT_POS_VVFIN || tag == GT_POS_VAFIN || tag == GT_POS_VMFIN;
}

/* Is the tag any verb form? */
bool
gt_pos_verb(uint8_t tag)
{
	return gt_pos_finite_verb(tag) || tag == GT_POS_VINF || tag == GT_POS_VPP;
}

/* May a word of this tag carry case (nouns, names, pronouns, articles, adjectives)? */
bool
gt_pos_nominal(uint8_t tag)
{
	switch (tag)
	{
		case GT_POS_NN:
		case GT_POS_NE:
		case GT_POS_ART:
		case GT_POS_APPRART:
		case GT_POS_ADJA:
		case GT_POS_CARD:
		case GT_POS_PPER:
		case GT_POS_PRF:
		case GT_POS_PPOSAT:
		case GT_POS_PS:
		case GT_POS_PAT:
		case GT_POS_PREL:
		case GT_POS_PW:
		case GT_POS_TRUNC:
		case GT_POS_FM:
			return true;
		default:
			return false;
	}
}

/* Is the tag a preposition, plain or fused with an article (für, zur)? */
bool
gt_pos_preposition(uint8_t tag)
{
	return tag == GT_POS_APPR || tag == GT_POS_APPRART;
}
