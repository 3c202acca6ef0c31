/*
 * entity_words.c — word-level evidence for the recogniser: is a word a
 * role noun, a first name, a compound of ordinary nouns, a name candidate?
 */
#include "entities/entities_internal.h"
#include "model/ner.h"

#include <string.h>

/* Letters of an acronym of a name (EU, BVG, UNHCR): fewer or more is no acronym. */
#define ACRONYM_MIN_CHARS 2
#define ACRONYM_MAX_CHARS 5
/* Fact bits cached per token (gt_recognizer.facts). */
#define F_BASE_DONE		0x00000001u	/* the token's own key was looked up */
#define F_LOWER_DONE	0x00000002u	/* its lower-case form was looked up */
#define F_TAIL_DONE		0x00000004u	/* compound tails were looked up */
#define F_FUNCTION		0x00000010u
#define F_COMMON		0x00000020u
#define F_ROLE			0x00000040u
#define F_FIRSTNAME		0x00000080u
#define F_ORG_HEAD		0x00000100u
#define F_ORG_TAIL		0x00000200u
#define F_LOWER_WORD	0x00000400u	/* lower-case form is a function/common word */
#define F_LOWER_FUNCTION 0x00002000u	/* lower-case form is a function word */
#define F_ORG_BEFORE	0x00004000u	/* introduces an organisation's name */
#define F_TIME_NOUN		0x00008000u	/* a time noun that is also a surname (Sommer) */
#define F_ORG_BEFORE_TAIL 0x00100000u	/* ends in a word that introduces one (Digitalagentur) */
#define F_ROLE_TAIL		0x00000800u	/* ends in a role noun (Regierungssprecher) */
#define F_NOUN_TAIL		0x00001000u	/* ends in an ordinary noun (compound) */
#define F_SURNAME		0x00200000u	/* in the surname list */
#define F_CUE			0x00400000u	/* a reporting verb or marker */
#define F_ROLE_GENDER_SHIFT 16		/* 2 bits */
#define F_NAME_GENDER_SHIFT 18		/* 2 bits */

/*
 * Is the function-word entry a time noun that is also a common surname
 * (Sommer, Winter, Freitag, August)? Not the abbreviations, and not the
 * nouns of a date phrase (Anfang, Mitte, Ende).
 */
static bool
is_surname_time_noun(const gt_lex_entry *e)
{
	return e->sub == GT_WC_TIME && e->key[0] >= 'A' && e->key[0] <= 'Z' &&
		strchr(e->key, '.') == NULL &&
		!gt_word_in(e->key, strlen(e->key), GT_WS_DATE_PHRASE_NOUN);
}

/* Record the facts one set of entries gives. */
static uint32_t
entry_facts(const gt_lex_entry *e, size_t n)
{
	uint32_t	f = 0;

	for (size_t i = 0; i < n; i++)
		switch (e[i].type)
		{
			case GT_LEX_FUNCTION_WORD:
				f |= F_FUNCTION;
				if (is_surname_time_noun(&e[i]))
					f |= F_TIME_NOUN;
				break;
			case GT_LEX_COMMON_WORD:
				f |= F_COMMON;
				break;
			case GT_LEX_SURNAME:
				f |= F_SURNAME;
				break;
			case GT_LEX_CUE:
				f |= F_CUE;
				break;
			case GT_LEX_ROLE:
				if (!(f & F_ROLE))
					f |= F_ROLE | ((uint32_t) (e[i].gender & 3) << F_ROLE_GENDER_SHIFT);
				break;
			case GT_LEX_FIRSTNAME:
				if (!(f & F_FIRSTNAME))
					f |= F_FIRSTNAME | ((uint32_t) (e[i].gender & 3) << F_NAME_GENDER_SHIFT);
				break;
			case GT_LEX_ORG_PATTERN:
				if (e[i].sub == GT_ORG_HEAD)
					f |= F_ORG_HEAD;
				else if (e[i].sub == GT_ORG_TAIL)
					f |= F_ORG_TAIL;
				else if (e[i].sub == GT_ORG_BEFORE)
					f |= F_ORG_BEFORE;
				break;
			default:
				break;
		}
	return f;
}

/* Look up the token's own key once. */
static uint32_t
base_facts(gt_recognizer *r, uint32_t k)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n = gt_token_entries(r->doc, r->lex, k, e, GT_MAX_ENTRIES);

	return F_BASE_DONE | entry_facts(e, n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES);
}

/* Look up the token's lower-case form once (Insgesamt → insgesamt). */
static uint32_t
lower_facts(gt_recognizer *r, uint32_t k)
{
	char		buf[GT_KEY_MAX];
	size_t		len = gt_tokens_key(r->doc, k, k + 1, buf, sizeof(buf));
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n;
	uint32_t	f;

	if (len == (size_t) -1 || len == 0 || !gt_lower_initial(buf, &len, sizeof(buf)))
		return F_LOWER_DONE;
	n = gt_lex_lookup(r->lex, buf, len, e, GT_MAX_ENTRIES);
	f = entry_facts(e, n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES);
	return F_LOWER_DONE | ((f & (F_FUNCTION | F_COMMON)) ? F_LOWER_WORD : 0) |
		((f & F_FUNCTION) ? F_LOWER_FUNCTION : 0);
}

/* Look up the compound tails of a word once (role noun, ordinary noun, org introducer). */
static uint32_t
tail_facts(gt_recognizer *r, uint32_t k)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);
	gt_tail_hits hits = gt_word_tails(w, len);
	uint32_t	f = F_TAIL_DONE;

	if (hits.role)
		f |= F_ROLE_TAIL | ((uint32_t) (hits.role_gender & 3) << F_ROLE_GENDER_SHIFT);
	if (hits.noun)
		f |= F_NOUN_TAIL;
	if (hits.org_before)
		f |= F_ORG_BEFORE_TAIL;
	r->heads[k] = hits.head <= UINT8_MAX ? (uint8_t) hits.head : 0;
	return f;
}

/* Does the word (a part of a token) end in an ordinary noun (Stadtteilfest)? */
bool
gt_word_has_noun_tail(const char *w, size_t len)
{
	return gt_word_tails(w, len).noun;
}

/* Remember the facts of token k from its own entries (found by a caller). */
void
gt_note_token_entries(gt_recognizer *r, uint32_t k, const gt_lex_entry *e,
					  size_t n)
{
	if (!(r->facts[k] & F_BASE_DONE))
		r->facts[k] |= F_BASE_DONE | entry_facts(e, n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES);
}

/* The lookups a token's facts are made of (the F_*_DONE bits). */
#define F_DONE_BITS (F_BASE_DONE | F_LOWER_DONE | F_TAIL_DONE)

static uint32_t compute_facts(gt_recognizer *r, uint32_t k, uint32_t need);

/*
 * The cached facts of token k, computing those in `need` if missing. They
 * come from the token's text alone, so a token whose word form came
 * earlier (gt_word_forms) takes them from its first token. Asked about
 * twenty times a token, nearly always answered from the cache: the check
 * is inline, the lookups (compute_facts) are not, so that a cached answer
 * pays no large function's entry and exit.
 */
static inline uint32_t
facts(gt_recognizer *r, uint32_t k, uint32_t need)
{
	uint32_t	f = r->facts[k];

	if ((f & need & F_DONE_BITS) == (need & F_DONE_BITS))
		return f;
	return compute_facts(r, k, need);
}

/* The facts in `need` that token k's cache lacks: from its word form's first token, or looked up. */
static GT_OUT_OF_LINE uint32_t
compute_facts(gt_recognizer *r, uint32_t k, uint32_t need)
{
	uint32_t	f = r->facts[k];
	uint32_t	first = r->form[k];

	if (first != k)
	{
		f |= facts(r, first, need);
		r->heads[k] = r->heads[first];
		r->facts[k] = f;
		return f;
	}

	if ((need & F_BASE_DONE) && !(f & F_BASE_DONE))
		f |= base_facts(r, k);
	if ((need & F_LOWER_DONE) && !(f & F_LOWER_DONE))
		f |= lower_facts(r, k);
	if ((need & F_TAIL_DONE) && !(f & F_TAIL_DONE))
		f |= tail_facts(r, k);
	r->facts[k] = f;
	return f;
}

/* Is token k a word of the lexicon's function-word list (in either case)? */
bool
gt_is_function_word(gt_recognizer *r, uint32_t k)
{
	uint32_t	f;

	if (r->doc->tokens[k].kind != GT_TOK_WORD)
		return false;
	f = facts(r, k, F_BASE_DONE);
	if (f & F_FUNCTION)
		return true;
	if (!(r->doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
		return false;
	return (facts(r, k, F_LOWER_DONE) & F_LOWER_FUNCTION) != 0;
}

/*
 * Can token k, a time noun, be a surname here (Stefan Sommer)? Only when
 * no number follows, as in a date (Mai 2015).
 */
bool
gt_is_time_surname(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;

	if (doc->tokens[k].kind != GT_TOK_WORD || !(facts(r, k, F_BASE_DONE) & F_TIME_NOUN))
		return false;
	return k + 1 >= doc->ntokens || doc->tokens[k + 1].kind != GT_TOK_NUMBER;
}

/* Is token k an ordinary word (or, with try_lower, its lower-case form)? */
bool
gt_is_common_word(gt_recognizer *r, uint32_t k, bool try_lower)
{
	uint32_t	f = facts(r, k, F_BASE_DONE);

	if (f & (F_COMMON | F_FUNCTION | F_ROLE))
		return true;
	return try_lower && (facts(r, k, F_LOWER_DONE) & F_LOWER_WORD);
}

/* Is token k an organisation-pattern word of this position (head, tail)? */
bool
gt_is_org_word(gt_recognizer *r, uint32_t k, bool head)
{
	return r->doc->tokens[k].kind == GT_TOK_WORD &&
		(facts(r, k, F_BASE_DONE) & (head ? F_ORG_HEAD : F_ORG_TAIL)) != 0;
}

/*
 * Does token k introduce an organisation's name (Konzern, Fluggesellschaft,
 * and compounds ending in one: Digitalagentur, Versicherungskonzern)?
 */
bool
gt_introduces_org(gt_recognizer *r, uint32_t k)
{
	return r->doc->tokens[k].kind == GT_TOK_WORD &&
		((facts(r, k, F_BASE_DONE) & F_ORG_BEFORE) != 0 ||
		 (facts(r, k, F_TAIL_DONE) & F_ORG_BEFORE_TAIL) != 0);
}

/* Is token k a role noun (Sprecher, NATO-Generalsekretär, Regierungssprecher)? */
gt_role_info
gt_role_at(gt_recognizer *r, uint32_t k)
{
	gt_role_info info = {false, 0, -1};
	uint32_t	f;

	if (!gt_tok_cap_word(r->doc, k))
		return info;
	f = facts(r, k, F_BASE_DONE);
	if (!(f & F_ROLE))
		f = facts(r, k, F_TAIL_DONE);
	if (f & (F_ROLE | F_ROLE_TAIL))
	{
		info.is_role = true;
		info.gender = (uint8_t) ((f >> F_ROLE_GENDER_SHIFT) & 3);
	}
	return info;
}

/* Is token k a first name? Gives its gender. */
bool
gt_is_first_name(gt_recognizer *r, uint32_t k, uint8_t *gender)
{
	uint32_t	f;

	if (!gt_tok_cap_word(r->doc, k) ||
		(r->doc->tokens[k].flags & GT_TF_ALL_UPPER))
		return false;
	f = facts(r, k, F_BASE_DONE);
	if ((f & F_FIRSTNAME) && gender)
		*gender = (uint8_t) ((f >> F_NAME_GENDER_SHIFT) & 3);
	return (f & F_FIRSTNAME) != 0;
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

	if (!gt_tok_cap_word(r->doc, k))
		return false;
	t = &r->doc->tokens[k];
	if (t->flags & GT_TF_ABBREV)
		return false;
	/* a truncated compound: "Früh- und Spätschicht" */
	if (r->doc->text[t->span.byte_end - 1] == '-')
		return false;
	if (gt_is_common_word(r, k, true))
		return false;
	return !(facts(r, k, F_TAIL_DONE) & F_NOUN_TAIL);
}

/* Is the key an ordinary or function word? */
static bool
key_is_word(gt_recognizer *r, const char *key, size_t len)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n = gt_lex_lookup(r->lex, key, len, e, GT_MAX_ENTRIES);

	return (entry_facts(e, n < GT_MAX_ENTRIES ? n : GT_MAX_ENTRIES) &
			(F_COMMON | F_FUNCTION)) != 0;
}

/* Is the ALL-CAPS word an ordinary word in capitals (HIER, VIDEO, LKW)? */
static bool
is_shouted_word(gt_recognizer *r, uint32_t k)
{
	char		buf[GT_KEY_MAX];
	size_t		len = gt_tokens_key(r->doc, k, k + 1, buf, sizeof(buf));

	if (len == (size_t) -1 || len == 0)
		return false;
	len = gt_titlecase_key(buf, len, sizeof(buf));
	if (key_is_word(r, buf, len))
		return true;
	return gt_lower_initial(buf, &len, sizeof(buf)) && key_is_word(r, buf, len);
}

/* Is token k a long ALL-CAPS word (a shouted headline, not an acronym)? */
static bool
is_long_caps(const gt_doc *doc, uint32_t k)
{
	const gt_token *t;

	if (k >= doc->ntokens)
		return false;
	t = &doc->tokens[k];
	return t->kind == GT_TOK_WORD && (t->flags & GT_TF_ALL_UPPER) &&
		t->span.char_end - t->span.char_start > ACRONYM_MAX_CHARS;
}

/*
 * Could the ALL-CAPS token k be an acronym of a name (BVG, THW)? Two to
 * five letters, not an ordinary word in capitals, not inside a shouted
 * headline.
 */
bool
gt_is_plausible_acronym(gt_recognizer *r, uint32_t k)
{
	const gt_token *t = &r->doc->tokens[k];
	uint32_t	chars = t->span.char_end - t->span.char_start;

	if (t->kind != GT_TOK_WORD || !(t->flags & GT_TF_ALL_UPPER) ||
		chars < ACRONYM_MIN_CHARS || chars > ACRONYM_MAX_CHARS)
		return false;
	if ((k > 0 && is_long_caps(r->doc, k - 1)) || is_long_caps(r->doc, k + 1))
		return false;
	return !is_shouted_word(r, k);
}

/*
 * Particles inside names (data: name_particle): von der Leyen, van Gogh,
 * da Silva, bin Salman. Returns how many tokens the particle takes at k (0
 * if none): an article (der, den) counts only after von / van.
 */
uint32_t
gt_name_particle_len(const gt_doc *doc, uint32_t k)
{
	if (!gt_tok_in(doc, k, GT_WS_NAME_PARTICLE))
		return 0;
	if (gt_tok_in(doc, k, GT_WS_PARTICLE_WITH_ARTICLE) &&
		gt_tok_in(doc, k + 1, GT_WS_PARTICLE_ARTICLE))
		return 2;
	return 1;
}

/*
 * What the part after the last hyphen of token k is: an ordinary word
 * written capitalised (Graz-Coach: coach; Hamburg-Besuch is a noun tail
 * already) or a name of the lexicon (Köln-Bonn), as word hints.
 */
static uint16_t
tail_hints(gt_recognizer *r, uint32_t k)
{
	size_t		len;
	const char *w = gt_tok_text(r->doc, k, &len);
	size_t		start = len;
	char		key[GT_KEY_MAX];
	size_t		klen;
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n;
	uint16_t	h = 0;

	while (start > 0 && gt_hyphen_len(w + start - 1, len - start + 1) == 0)
		start--;
	if (start == 0 || start == len)
		return 0;
	/* a compass point or a centre makes a district (Köln-West, Leverkusen-Zentrum), no compound */
	{
		gt_wordset_mask m = gt_word_classes(w + start, len - start);

		if (gt_mask_has(m, GT_WS_COMPASS) || gt_mask_has(m, GT_WS_DISTRICT_WORD))
			return 0;
	}
	klen = gt_normalize_key(w + start, len - start, key, sizeof(key));
	if (klen == (size_t) -1 || klen == 0)
		return 0;
	n = gt_lex_lookup(r->lex, key, klen, e, GT_MAX_ENTRIES);
	for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		if (e[i].type == GT_LEX_ENTITY && e[i].form == GT_FORM_NAME)
			h |= GT_HINT_TAIL_NAME;
	if (gt_lower_initial(key, &klen, sizeof(key)))
	{
		n = gt_lex_lookup(r->lex, key, klen, e, GT_MAX_ENTRIES);
		for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
			if (e[i].type == GT_LEX_COMMON_WORD || e[i].type == GT_LEX_FUNCTION_WORD)
				h |= GT_HINT_TAIL_WORD;
	}
	return h;
}

/* What the word of token k is, as the tagger's word hints (GT_HINT_FIRSTNAME …). */
uint16_t
gt_word_hints(gt_recognizer *r, uint32_t k)
{
	const gt_doc *doc = r->doc;
	uint32_t	f;
	uint16_t	h = 0;

	if (doc->tokens[k].kind != GT_TOK_WORD)
		return 0;
	f = facts(r, k, F_BASE_DONE);
	if (gt_is_first_name(r, k, NULL))
		h |= GT_HINT_FIRSTNAME;
	if (f & F_SURNAME)
		h |= GT_HINT_SURNAME;
	if (f & F_COMMON)
		h |= GT_HINT_COMMON;
	if (f & F_CUE)
		h |= GT_HINT_CUE;
	if ((doc->tokens[k].flags & GT_TF_UPPER_INITIAL) &&
		(facts(r, k, F_LOWER_DONE) & F_LOWER_WORD))
		h |= GT_HINT_COMMON_LOWER;
	if (gt_is_function_word(r, k))
		h |= GT_HINT_FUNCTION;
	if (gt_role_at(r, k).is_role)
		h |= GT_HINT_ROLE;
	if (f & F_ORG_HEAD)
		h |= GT_HINT_ORG_HEAD;
	if (f & F_ORG_TAIL)
		h |= GT_HINT_ORG_TAIL;
	if (gt_introduces_org(r, k))
		h |= GT_HINT_ORG_BEFORE;
	if ((doc->tokens[k].flags & GT_TF_UPPER_INITIAL) &&
		(facts(r, k, F_TAIL_DONE) & F_NOUN_TAIL))
		h |= GT_HINT_NOUN_TAIL;
	if (gt_is_plausible_acronym(r, k))
		h |= GT_HINT_ACRONYM;
	if (doc->tokens[k].flags & GT_TF_HYPHENATED)
		h |= tail_hints(r, k);
	return h;
}

/* Where the head noun of token k's compound starts (Bundes|ministerium: 6), or 0 if it is none. */
uint8_t
gt_word_head(gt_recognizer *r, uint32_t k)
{
	if (r->doc->tokens[k].kind != GT_TOK_WORD ||
		!(r->doc->tokens[k].flags & GT_TF_UPPER_INITIAL))
		return 0;
	facts(r, k, F_TAIL_DONE);
	return r->heads[k];
}
