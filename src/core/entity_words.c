/*
 * entity_words.c — word-level evidence for the recogniser: is a word a
 * role noun, a first name, a compound of ordinary nouns, a name candidate?
 */
#include "entities_internal.h"

#include <string.h>

/* Longest tail of a word that suffix tests look at, in bytes. */
#define SUFFIX_WINDOW 40

/* Upper-case the first letter of a key in place (ASCII and ä/ö/ü). */
static void
upper_initial(char *buf, size_t len)
{
	unsigned char c = (unsigned char) buf[0];

	if (c >= 'a' && c <= 'z')
		buf[0] = (char) (c - 'a' + 'A');
	else if (len >= 2 && c == 0xC3 && ((unsigned char) buf[1] == 0xA4 ||
									   (unsigned char) buf[1] == 0xB6 ||
									   (unsigned char) buf[1] == 0xBC))
		buf[1] = (char) (buf[1] - 0x20);
}

/*
 * Does some tail of the word, capitalised, have an entry of this type?
 * Tails start after at least min_prefix bytes; returns the entry found.
 */
static bool
tail_has(gt_recognizer *r, const char *w, size_t len, size_t min_prefix,
		 gt_lex_type type, gt_lex_entry *found)
{
	size_t		start = len > SUFFIX_WINDOW ? len - SUFFIX_WINDOW : min_prefix;

	if (start < min_prefix)
		start = min_prefix;
	for (size_t i = start; i + 3 <= len; i++)
	{
		char		key[GT_KEY_MAX];
		size_t		klen;
		gt_lex_entry e[GT_MAX_ENTRIES];
		size_t		n;
		const gt_lex_entry *hit;

		if (((unsigned char) w[i] & 0xC0) == 0x80 || w[i] == '-')
			continue;
		klen = gt_normalize_key(w + i, len - i, key, sizeof(key));
		if (klen == (size_t) -1 || klen == 0)
			continue;
		upper_initial(key, klen);
		n = gt_lex_lookup(r->lex, key, klen, e, GT_MAX_ENTRIES);
		hit = gt_entries_find_type(e, n, type);
		if (hit)
		{
			if (found)
				*found = *hit;
			return true;
		}
	}
	return false;
}

/* Is token k a role noun (Sprecher, NATO-Generalsekretär, Regierungssprecher)? */
gt_role_info
gt_role_at(gt_recognizer *r, uint32_t k)
{
	gt_role_info info = {false, 0, -1};
	gt_lex_entry e[GT_MAX_ENTRIES];
	const gt_lex_entry *role;
	size_t		n;
	size_t		len;
	const char *w;

	if (!gt_tok_is_cap_word(r->doc, k))
		return info;
	n = gt_token_entries(r->doc, r->lex, k, e, GT_MAX_ENTRIES);
	role = gt_entries_find_type(e, n, GT_LEX_ROLE);
	w = gt_tok_text(r->doc, k, &len);
	if (role)
	{
		info.is_role = true;
		info.gender = role->gender;
	}
	else if (tail_has(r, w, len, 2, GT_LEX_ROLE, &e[0]))
	{
		info.is_role = true;
		info.gender = e[0].gender;
	}
	return info;
}

/* Is token k a first name? Gives its gender. */
bool
gt_is_first_name(gt_recognizer *r, uint32_t k, uint8_t *gender)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n;
	const gt_lex_entry *f;

	if (!gt_tok_is_cap_word(r->doc, k) ||
		(r->doc->tokens[k].flags & GT_TF_ALL_UPPER))
		return false;
	n = gt_token_entries(r->doc, r->lex, k, e, GT_MAX_ENTRIES);
	f = gt_entries_find_type(e, n, GT_LEX_FIRSTNAME);
	if (f && gender)
		*gender = f->gender;
	return f != NULL;
}

/* Is the word a compound whose last part is an ordinary noun? */
static bool
is_compound_noun(gt_recognizer *r, uint32_t k)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);

	return tail_has(r, w, len, 3, GT_LEX_COMMON_WORD, NULL);
}

/*
 * Could token k be (part of) a name on its own evidence? A capitalised
 * word that is no function word, no ordinary word, no role noun and no
 * compound of an ordinary noun. The lower-case form counts too: inside a
 * sentence "Doppelte" or "Können" is a nominalised word, not a name.
 */
bool
gt_is_name_candidate(gt_recognizer *r, uint32_t k)
{
	const gt_token *t;

	if (!gt_tok_is_cap_word(r->doc, k))
		return false;
	t = &r->doc->tokens[k];
	if (gt_token_is_function_word(r->doc, r->lex, k))
		return false;
	if (gt_token_is_common(r->doc, r->lex, k, true))
		return false;
	if (t->flags & GT_TF_ABBREV)
		return false;
	/* a truncated compound: "Früh- und Spätschicht" */
	if (r->doc->text[t->span.byte_end - 1] == '-')
		return false;
	return !is_compound_noun(r, k);
}

/*
 * Particles inside names: von der Leyen, van Gogh, da Silva, bin Salman.
 * Returns how many tokens the particle takes at k (0 if none): "der" and
 * "den" count only after von / van.
 */
uint32_t
gt_name_particle_len(const gt_doc *doc, uint32_t k)
{
	static const char *const words[] = {
		"von", "van", "de", "del", "della", "da", "di", "dos", "du", "la",
		"le", "bin", "ben", "al", "el", "zu", "ter", "ten", "af", NULL
	};

	for (int i = 0; words[i]; i++)
		if (gt_tok_is(doc, k, words[i]))
		{
			if ((gt_tok_is(doc, k, "von") || gt_tok_is(doc, k, "van")) &&
				(gt_tok_is(doc, k + 1, "der") || gt_tok_is(doc, k + 1, "den")))
				return 2;
			return 1;
		}
	return 0;
}
