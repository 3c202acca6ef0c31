/*
 * entity_compounds.c — hyphenated compounds and organisation words.
 *
 * "US-Verteidigungsministerium" gives two rows: the modifier "US" (country,
 * form compound) and the whole word as an organisation of its own (a
 * ministry pattern, also form compound) with the modifier's country. "NATO-Generalsekretär" gives the modifier
 * NATO; the role noun is handled by entity_roles.c. A compass prefix before
 * a country or place ("Nordsyrien", "Ostukraine") gives a place of it, and
 * a place with a district or compass point after a hyphen ("Hamburg-Altona",
 * "Zwickau-Ost") is a place name of its own.
 */
#include "entities/entities_internal.h"

#include <string.h>

/* The shortest compound modifier looked up, in bytes (EU-, US-). */
#define MODIFIER_MIN_BYTES 2
/* The shortest district name after a place's hyphen, in bytes (Hamburg-Ost). */
#define DISTRICT_MIN_BYTES 3
/* How far back from a word's end an organisation suffix may start, in bytes. */
#define ORG_SUFFIX_WINDOW 40
/* Bytes a compound needs before its organisation suffix (US-, EU-). */
#define ORG_MODIFIER_MIN_BYTES 3
/* Bytes of the place a compass prefix makes a region of, at least (Ostsee is not Ost + see). */
#define DIRECTION_PLACE_MIN_BYTES 3

/* The entity entry a compound's first part names (name or modifier form). */
static const gt_lex_entry *
modifier_entry(gt_recognizer *r, const char *part, size_t len,
			   gt_lex_entry *buf)
{
	char		key[GT_KEY_MAX];
	size_t		klen;
	size_t		n;

	if (len < MODIFIER_MIN_BYTES || len >= sizeof(key))
		return NULL;
	klen = gt_normalize_key(part, len, key, sizeof(key));
	if (klen == (size_t) -1)
		return NULL;
	n = gt_lex_lookup(r->lex, key, klen, buf, GT_MAX_ENTRIES);
	for (size_t i = 0; i < n; i++)
		if (buf[i].type == GT_LEX_ENTITY && !(buf[i].flags & GT_LF_AMBIGUOUS) &&
			(buf[i].form == GT_FORM_NAME || buf[i].form == GT_FORM_COMPOUND))
			return &buf[i];
	return NULL;
}

/*
 * The organisation-pattern suffix a word ends with: returns the suffix's
 * byte length (0 if none) and whether it is the genitive (-ministeriums).
 */
static size_t
org_suffix(gt_recognizer *r, const char *word, size_t len, bool *genitive)
{
	/* try suffixes from the longest, within the last ORG_SUFFIX_WINDOW bytes */
	for (size_t i = len > ORG_SUFFIX_WINDOW ? len - ORG_SUFFIX_WINDOW : 1; i + 3 <= len; i++)
	{
		char		key[GT_KEY_MAX];
		size_t		klen;
		gt_lex_entry e[GT_MAX_ENTRIES];
		size_t		n;

		if (((unsigned char) word[i] & 0xC0) == 0x80 || len - i >= sizeof(key))
			continue;
		klen = gt_normalize_key(word + i, len - i, key, sizeof(key));
		if (klen == (size_t) -1)
			continue;
		n = gt_lex_lookup(r->lex, key, klen, e, GT_MAX_ENTRIES);
		for (size_t j = 0; j < n; j++)
			if (e[j].type == GT_LEX_ORG_PATTERN && e[j].sub == GT_ORG_SUFFIX)
			{
				*genitive = key[klen - 1] == 's' &&
					gt_is_org_pattern(r, key, klen - 1, GT_ORG_SUFFIX);
				return len - i;
			}
	}
	return 0;
}

/* Is the key an organisation-pattern word of the given position? */
bool
gt_is_org_pattern(const gt_recognizer *r, const char *key, size_t len,
				  gt_org_position position)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n = gt_lex_lookup(r->lex, key, len, e, GT_MAX_ENTRIES);

	for (size_t j = 0; j < n && j < GT_MAX_ENTRIES; j++)
		if (e[j].type == GT_LEX_ORG_PATTERN && e[j].sub == position)
			return true;
	return false;
}

/*
 * Record the whole word k as a mention whose canonical name is its first
 * canonical_len bytes (the word without a genitive -s); the token is claimed.
 */
static void
add_word_mention(gt_recognizer *r, uint32_t k, gt_kind kind, gt_form form,
				 size_t canonical_len, const char *country, gt_evidence evidence)
{
	size_t		len;
	const char *canonical = gt_arena_strndup(r->arena, gt_tok_text(r->doc, k, &len),
											 canonical_len);

	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return;
	}
	if (gt_add_mention(r, k, k + 1, r->doc->tokens[k].span, kind, form, canonical,
					   country, evidence))
		gt_claim(r, k, k + 1, (int32_t) (r->nmentions - 1));
}

/*
 * Add the whole compound as an organisation (form compound, as GermEval's
 * ORGpart) if it ends in an org pattern and its modifier is an entity.
 */
static void
add_org_word(gt_recognizer *r, uint32_t k, const gt_lex_entry *modifier)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);
	bool		genitive = false;
	size_t		suffix = org_suffix(r, w, len, &genitive);

	if (suffix == 0 || !modifier || len - suffix < ORG_MODIFIER_MIN_BYTES)
		return;
	add_word_mention(r, k, GT_KIND_ORGANIZATION, GT_FORM_COMPOUND,
					 genitive ? len - 1 : len, modifier->country, GT_EV_RULE_ORG_PATTERN);
}

/* Does w[0..len) start with prefix[0..p), then a lower-case letter and a place's bytes? */
static bool
starts_region(const char *w, size_t len, const char *prefix, size_t p)
{
	/* the first byte before the call: most words start with none of the prefixes */
	return len >= p + DIRECTION_PLACE_MIN_BYTES && p > 0 && w[0] == prefix[0] && memcmp(w, prefix, p) == 0 &&
		w[p] >= 'a' && w[p] <= 'z';
}

/*
 * The length of the compass or region prefix a word starts with, followed
 * by a lower-case letter (Nord|syrien, Zentral|afrika), or 0: the prefixes
 * of data/wordsets.tsv (compass, then region_prefix), longest first.
 */
static size_t
direction_prefix(const char *w, size_t len)
{
	size_t		p = gt_wordset_first_match(GT_WS_COMPASS, w, len, starts_region);

	return p ? p : gt_wordset_first_match(GT_WS_REGION_PREFIX, w, len, starts_region);
}

/*
 * A compass prefix before a country or place makes a region of it:
 * Nordsyrien, Ostukraine, Südtexas. Returns the place's entry, or NULL;
 * *genitive tells whether the word carries the genitive -s.
 */
static const gt_lex_entry *
direction_place(gt_recognizer *r, const char *w, size_t len,
				gt_lex_entry *buf, bool *genitive)
{
	size_t		p = direction_prefix(w, len);
	char		key[GT_KEY_MAX];
	size_t		klen;
	size_t		n;

	if (p == 0 || len - p >= sizeof(key))
		return NULL;
	klen = gt_normalize_key(w + p, len - p, key, sizeof(key));
	if (klen == (size_t) -1)
		return NULL;
	gt_upper_initial(key, &klen, sizeof(key));
	n = gt_lex_lookup(r->lex, key, klen, buf, GT_MAX_ENTRIES);
	for (size_t j = 0; j < n && j < GT_MAX_ENTRIES; j++)
		if (buf[j].type == GT_LEX_ENTITY && buf[j].form == GT_FORM_NAME &&
			!(buf[j].flags & GT_LF_AMBIGUOUS) &&
			(buf[j].kind == GT_KIND_COUNTRY || buf[j].kind == GT_KIND_PLACE))
		{
			*genitive = strcmp(buf[j].key, buf[j].canonical) != 0 &&
				key[klen - 1] == 's';
			return &buf[j];
		}
	return NULL;
}

/* Add a compass region (Nordsyrien) as a place of its country. */
static void
add_direction_place(gt_recognizer *r, uint32_t k)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);
	gt_lex_entry buf[GT_MAX_ENTRIES];
	bool		genitive = false;
	const gt_lex_entry *place = direction_place(r, w, len, buf, &genitive);

	if (place)
		add_word_mention(r, k, GT_KIND_PLACE, GT_FORM_NAME, genitive ? len - 1 : len,
						 place->country, GT_EV_RULE_DIRECTION_PLACE);
}

/* Is the word after a place's hyphen a compass point or a centre (Berlin-Mitte)? */
static bool
is_district_word(const char *w, size_t len)
{
	gt_wordset_mask m = gt_word_classes(w, len);

	return gt_mask_has(m, GT_WS_COMPASS) || gt_mask_has(m, GT_WS_DISTRICT_WORD);
}

/*
 * Could the part after a place's hyphen name a district ("Altona" in
 * Hamburg-Altona)? A capitalised word no lexicon knows, with no further
 * hyphen, no ordinary noun at its end and no lower-case word capitalised:
 * "Hamburg-Besuch", "Berlin-Reisende" and "Graz-Coach" are compounds,
 * "Köln-Bonn" two places.
 */
static bool
is_district_name(gt_recognizer *r, const char *w, size_t len)
{
	char		key[GT_KEY_MAX];
	size_t		klen;
	gt_lex_entry e[GT_MAX_ENTRIES];

	if (len < DISTRICT_MIN_BYTES || len >= sizeof(key) || !gt_starts_upper(w, len))
		return false;
	for (size_t i = 0; i < len; i++)
		if (gt_hyphen_len(w + i, len - i) || (unsigned char) w[i] < 'A')
			return false;
	if (is_district_word(w, len))
		return true;
	klen = gt_normalize_key(w, len, key, sizeof(key));
	if (klen == (size_t) -1 || gt_lex_lookup(r->lex, key, klen, e, GT_MAX_ENTRIES) > 0)
		return false;
	/* an English or other lower-case word capitalised: Graz-Coach */
	if (gt_lower_initial(key, &klen, sizeof(key)) && gt_lex_lookup(r->lex, key, klen, e, GT_MAX_ENTRIES) > 0)
		return false;
	return !gt_word_has_noun_tail(w, len);
}

/* Add a place and its district after a hyphen (Hamburg-Altona) as one place. */
static bool
add_district(gt_recognizer *r, uint32_t k, const gt_lex_entry *place,
			 size_t cut, size_t hyphen)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);

	if (place->kind != GT_KIND_PLACE ||
		!is_district_name(r, w + cut + hyphen, len - cut - hyphen))
		return false;
	add_word_mention(r, k, GT_KIND_PLACE, GT_FORM_NAME, len, place->country,
					 GT_EV_RULE_PLACE_DISTRICT);
	return true;
}

/* Examine one word: its compound modifier and whether it is an org. */
static void
examine_word(gt_recognizer *r, uint32_t k)
{
	const gt_token *t = &r->doc->tokens[k];
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);
	gt_lex_entry buf[GT_MAX_ENTRIES];
	const gt_lex_entry *mod = NULL;

	if (t->flags & GT_TF_HYPHENATED)
	{
		size_t		cut = 0;
		size_t		hl = 0;

		while (cut < len && (hl = gt_hyphen_len(w + cut, len - cut)) == 0)
			cut++;
		if (cut < len)
			mod = modifier_entry(r, w, cut, buf);
		if (mod)
		{
			gt_span		s = t->span;

			s.byte_end = s.byte_start + (uint32_t) cut;
			s.char_end = s.char_start + gt_utf8_count(w, cut);
			if (gt_add_mention(r, k, k + 1, s, (gt_kind) mod->kind,
							   GT_FORM_COMPOUND, mod->canonical, mod->country,
							   GT_EV_LEXICON_COMPOUND))
			{
				r->modifier[k] = (int32_t) (r->nmentions - 1);
				r->mentions[r->nmentions - 1].sense =
					(mod->flags & GT_LF_CANDIDATE) ? mod->sub : GT_SENSE_NONE;
			}
			if ((t->flags & GT_TF_UPPER_INITIAL) && add_district(r, k, mod, cut, hl))
				return;
		}
	}
	if (mod && (t->flags & GT_TF_UPPER_INITIAL))
		add_org_word(r, k, mod);
	else if (!(t->flags & GT_TF_HYPHENATED) && (t->flags & GT_TF_UPPER_INITIAL))
		add_direction_place(r, k);
}

/* The second pass: compounds and organisation words. */
void
gt_pass_compounds(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;

	for (uint32_t k = 0; k < doc->ntokens && r->status == GT_OK; k++)
	{
		gt_tick(r->env, k + 1);
		if (doc->tokens[k].kind == GT_TOK_WORD && r->owner[k] < 0)
			examine_word(r, k);
	}
}
