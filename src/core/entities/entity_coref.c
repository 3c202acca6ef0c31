/*
 * entity_coref.c — propagation inside a document: a person's surname
 * alone ("Stoltenberg", "Ryders") refers to the full name found elsewhere
 * in the text, and a name found once by rule is found again.
 *
 * The names of a document go into a small open-addressing table keyed by
 * the normalised text, so the pass stays linear in the number of tokens.
 */
#include "entities/entities_internal.h"

#include <string.h>

#define NAME_SLOTS_MAX 2048		/* power of two; at most half filled */
/* Slots per mention: each remembers at most three keys, and the table stays half empty. */
#define SLOTS_PER_MENTION 6
/* The longest name key remembered, in bytes: longer names are not propagated. */
#define KNOWN_NAME_KEY_MAX 64
/* The longest name (tokens) found by rule that is looked for again. */
#define REPEAT_MAX_TOKENS 3
/*
 * Bits of the filter of first words (the hash of the first token's key of
 * every remembered name): a document remembers a few hundred keys at most,
 * so a word that starts none passes the filter by chance about one time in
 * ten, and the search for repeats skips the others without building a key.
 */
#define FIRST_WORD_BITS 2048
/* The shortest surname (bytes) that stands for a full name on its own. */
#define SURNAME_MIN_BYTES 3

/* One remembered name: its key and the mention that introduced it. */
typedef struct known_name
{
	uint32_t	hash;
	int32_t		mention;		/* -1: empty slot */
	uint8_t		tokens;			/* how many tokens the key spans */
	char		key[KNOWN_NAME_KEY_MAX];
} known_name;

/* The table of remembered names. */
typedef struct name_table
{
	known_name *slots;
	size_t		nslots;			/* a power of two */
	size_t		used;
	uint64_t	first_words[FIRST_WORD_BITS / 64];	/* the first-word filter */
} name_table;

/* Note that a remembered key starts with a token whose key hashes to first_hash. */
static void
note_first_word(name_table *t, uint32_t first_hash)
{
	uint32_t	bit = first_hash & (FIRST_WORD_BITS - 1);

	t->first_words[bit / 64] |= UINT64_C(1) << (bit % 64);
}

/* May a remembered key start with token k (false: certainly none does)? */
static bool
may_start_known_name(const name_table *t, const gt_doc *doc, uint32_t k)
{
	uint32_t	bit;

	if (!doc->key_hash)
		return true;			/* keys not prepared: no filter */
	bit = doc->key_hash[k] & (FIRST_WORD_BITS - 1);
	return (t->first_words[bit / 64] >> (bit % 64)) & 1;
}

/* Find the slot of a key (or the empty slot where it would go). */
static known_name *
name_slot(name_table *t, const char *key, size_t len, uint32_t h)
{
	uint32_t	idx = h & (t->nslots - 1);

	for (;;)
	{
		known_name *s = &t->slots[idx];

		if (s->mention < 0 ||
			(s->hash == h && strncmp(s->key, key, len) == 0 && s->key[len] == '\0'))
			return s;
		idx = (idx + 1) & (t->nslots - 1);
	}
}

/*
 * Remember a key for a mention (first one wins; the table stays half
 * full) and note its first word in the filter: for a key of several tokens
 * first_hash is the gt_hash of its first token's key (the document's
 * prepared key hash); a one-token key is its own first word (first_hash
 * unused).
 */
static void
remember(name_table *t, const char *key, size_t len, int32_t mention,
		 uint8_t tokens, uint32_t first_hash)
{
	uint32_t	h;
	known_name *s;

	if (len == 0 || len >= sizeof(s->key) || t->used >= t->nslots / 2)
		return;
	h = gt_hash(key, len);
	note_first_word(t, tokens == 1 ? h : first_hash);
	s = name_slot(t, key, len, h);
	if (s->mention >= 0)
		return;
	s->hash = h;
	s->mention = mention;
	s->tokens = tokens;
	memcpy(s->key, key, len);
	s->key[len] = '\0';
	t->used++;
}

/* Look a key up; the mention index or -1. */
static const known_name *
recall(name_table *t, const char *key, size_t len)
{
	known_name *s;

	if (len == 0 || len >= sizeof(s->key))
		return NULL;
	s = name_slot(t, key, len, gt_hash(key, len));
	return s->mention >= 0 ? s : NULL;
}

/* Does the lexicon have an entry of this type for the key? */
static bool
lexicon_has_type(gt_recognizer *r, const char *key, size_t len, gt_lex_type type)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	size_t		n = gt_lex_lookup(r->lex, key, len, e, GT_MAX_ENTRIES);

	for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		if (e[i].type == type)
			return true;
	return false;
}

/*
 * May a person's name ending in -s stand in the genitive where it is
 * written? Before what it possesses (Spielbergs Thriller, Schraders neuem
 * Film, Schalkos „Braunschlag“, Casellis (gespielt von …)) or after a noun
 * that possesses it (die Werke Egon Schieles, …); not as a subject or an
 * apposition ("Nikos Filis, ein Linker", "Staatschef Klaus Johannis den
 * Premier", "von Christiana Jankovics 304 Stimmen").
 */
static bool
genitive_position(gt_recognizer *r, const gt_mention *m)
{
	const gt_doc *doc = r->doc;
	uint32_t	next = m->end_token;
	uint32_t	prev;

	if (next < doc->ntokens && gt_tok_same_sentence(doc, m->first_token, next) &&
		(gt_tok_cap_word(doc, next) || doc->tokens[next].kind == GT_TOK_QUOTE_OPEN ||
		 doc->tokens[next].kind == GT_TOK_QUOTE || gt_tok_punct(doc, next, '(') ||
		 (gt_tok_lower_word(doc, next) && !gt_tok_in(doc, next, GT_WS_DETERMINER) && next + 1 < doc->ntokens &&
		  gt_tok_same_sentence(doc, next, next + 1) && gt_tok_cap_word(doc, next + 1))))
		return true;
	if (m->first_token == 0)
		return false;
	prev = m->first_token - 1;
	return gt_tok_same_sentence(doc, prev, m->first_token) && gt_tok_cap_word(doc, prev) &&
		!gt_is_function_word(r, prev) && r->owner[prev] < 0 && !gt_role_at(r, prev).is_role;
}

/*
 * Is a person's name, as written, the genitive of a surname the lexicon
 * knows (Gunnlaugssons: Gunnlaugsson is a surname, Gunnlaugssons none)?
 * Only for a canonical name that is the text itself: a known person's
 * canonical name is the lexicon's.
 */
static bool
is_surname_genitive(gt_recognizer *r, const gt_mention *m)
{
	uint32_t	last = m->end_token - 1;
	char		key[GT_KEY_MAX];
	size_t		len = gt_tokens_key(r->doc, last, last + 1, key, sizeof(key));

	if (len == (size_t) -1 || len < SURNAME_MIN_BYTES || key[len - 1] != 's' || key[len - 2] == 's' ||
		!gt_mention_canonical_is_text(r, m) || !genitive_position(r, m))
		return false;
	return lexicon_has_type(r, key, len - 1, GT_LEX_SURNAME) &&
		!lexicon_has_type(r, key, len, GT_LEX_SURNAME) &&
		!lexicon_has_type(r, key, len, GT_LEX_FIRSTNAME);
}

/*
 * Remember the names a mention gives: a person's surname (surnames pass)
 * or the whole name of a name found in the text (the other pass). Surnames
 * go first, so that a surname alone stands for the full name even where it
 * was found on its own before the full name was.
 */
static void
remember_mention(gt_recognizer *r, name_table *t, int32_t mi, bool surnames)
{
	const gt_mention *m = &r->mentions[mi];
	char		key[GT_KEY_MAX];
	size_t		len;
	uint32_t	ntok = m->end_token - m->first_token;

	if (m->form != GT_FORM_NAME || m->kind == GT_KIND_NONE)
		return;
	if (!surnames && gt_mention_found_in_text(m) && ntok <= REPEAT_MAX_TOKENS)
	{
		len = gt_tokens_key(r->doc, m->first_token, m->end_token, key, sizeof(key));
		if (len != (size_t) -1)
			remember(t, key, len, mi, (uint8_t) ntok,
					 r->doc->key_hash ? r->doc->key_hash[m->first_token] : 0);
	}
	if (surnames && m->kind == GT_KIND_PERSON && ntok >= 2)
	{
		uint32_t	last = m->end_token - 1;

		len = gt_tokens_key(r->doc, last, last + 1, key, sizeof(key));
		if (len == (size_t) -1 || len < SURNAME_MIN_BYTES)
			return;
		remember(t, key, len, mi, 1, 0);
		if (len + 1 < sizeof(key) && key[len - 1] != 's')
		{
			key[len] = 's';
			remember(t, key, len + 1, mi, 1, 0);
		}
		/* a full name first written in the genitive (Heinz Spindlers) stands for its bare surname too */
		else if (is_surname_genitive(r, m))
			remember(t, key, len - 1, mi, 1, 0);
	}
}

/* Add a mention at [k, k+n) that repeats the remembered mention src. */
static void
add_repeat(gt_recognizer *r, uint32_t k, uint32_t n, int32_t src)
{
	gt_mention	copy = r->mentions[src];
	gt_mention *m;

	m = gt_add_mention(r, k, k + n, gt_tokens_span(r->doc, k, k + n),
					   (gt_kind) copy.kind, GT_FORM_NAME, copy.canonical,
					   copy.country, n == 1 && copy.kind == GT_KIND_PERSON &&
					   copy.end_token - copy.first_token > 1 ?
					   GT_EV_COREF_SURNAME : GT_EV_COREF_REPEAT);
	if (!m)
		return;
	m->gender = copy.gender;
	gt_claim(r, k, k + n, (int32_t) (r->nmentions - 1));
}

/* Take the genitive -s off a person's canonical name (Gunnlaugssons → Gunnlaugsson). */
static void
strip_genitive(gt_recognizer *r, gt_mention *m)
{
	const char *bare = gt_arena_strndup(r->arena, m->canonical, strlen(m->canonical) - 1);

	if (!bare)
		r->status = GT_ENOMEM;
	else
		m->canonical = bare;
}

/*
 * Relink the names found in the text to the document's other names: a
 * person alone whose name is the surname of a full name (Schelling after
 * Hans Jörg Schelling, or the genitive Schellings) is that person; a name
 * with a genitive -s whose bare form the document also has (Gunnlaugssons
 * next to Gunnlaugsson) is that name, and so is one whose bare form is a
 * surname of the lexicon.
 */
static void
relink_names(gt_recognizer *r, name_table *t, size_t before)
{
	for (size_t i = 0; i < before; i++)
	{
		gt_mention *m = &r->mentions[i];
		char		key[GT_KEY_MAX];
		size_t		len;
		uint32_t	ntok = m->end_token - m->first_token;
		const known_name *hit;
		const gt_mention *other;

		if (m->kind == GT_KIND_NONE || m->form != GT_FORM_NAME || !gt_mention_found_in_text(m) ||
			gt_mention_is_user(m))
			continue;
		len = gt_tokens_key(r->doc, m->first_token, m->end_token, key, sizeof(key));
		if (len == (size_t) -1 || len < SURNAME_MIN_BYTES)
			continue;
		hit = m->kind == GT_KIND_PERSON && ntok == 1 ? recall(t, key, len) : NULL;
		if (hit && hit->mention != (int32_t) i && hit->tokens == 1 &&
			r->mentions[hit->mention].kind == GT_KIND_PERSON &&
			r->mentions[hit->mention].end_token - r->mentions[hit->mention].first_token >= 2)
		{
			other = &r->mentions[hit->mention];
			m->canonical = other->canonical;
			m->gender = other->gender;
			memcpy(m->country, other->country, sizeof(m->country));
			m->evidence = GT_EV_COREF_SURNAME;
			continue;
		}
		/* the genitive of a name the document has without it */
		if (key[len - 1] != 's' || key[len - 2] == 's')
			continue;
		hit = recall(t, key, len - 1);
		if (hit && hit->mention != (int32_t) i && hit->tokens == ntok &&
			r->mentions[hit->mention].kind == m->kind)
			m->canonical = r->mentions[hit->mention].canonical;
		else if (m->kind == GT_KIND_PERSON && is_surname_genitive(r, m))
			strip_genitive(r, m);
	}
}

/* The fourth pass: surnames and repeated names anywhere in the document. */
void
gt_pass_propagate(gt_recognizer *r)
{
	const gt_doc *doc = r->doc;
	name_table	t;
	size_t		before = r->nmentions;

	if (before == 0)
		return;
	/* each mention remembers at most three keys; keep the table half empty */
	t.used = 0;
	memset(t.first_words, 0, sizeof(t.first_words));
	t.nslots = 16;
	while (t.nslots < NAME_SLOTS_MAX && t.nslots < SLOTS_PER_MENTION * before)
		t.nslots *= 2;
	t.slots = gt_alloc(r->env, t.nslots * sizeof(known_name));
	if (!t.slots)
	{
		r->status = GT_ENOMEM;
		return;
	}
	for (size_t i = 0; i < t.nslots; i++)
		t.slots[i].mention = -1;
	for (size_t i = 0; i < before; i++)
		remember_mention(r, &t, (int32_t) i, true);
	for (size_t i = 0; i < before; i++)
		remember_mention(r, &t, (int32_t) i, false);
	relink_names(r, &t, before);

	for (uint32_t k = 0; k < doc->ntokens && r->status == GT_OK && t.used; k++)
	{
		gt_tick(r->env, k + 1);
		if (r->owner[k] >= 0 || !gt_tok_cap_word(doc, k) || !may_start_known_name(&t, doc, k))
			continue;
		for (uint32_t n = REPEAT_MAX_TOKENS; n >= 1; n--)
		{
			char		key[GT_KEY_MAX];
			size_t		len;
			const known_name *hit;
			bool		free_run = true;

			if (k + n > doc->ntokens || doc->tokens[k + n - 1].sentence != doc->tokens[k].sentence)
				continue;
			for (uint32_t j = k; j < k + n; j++)
				free_run = free_run && r->owner[j] < 0;
			if (!free_run)
				continue;
			len = gt_tokens_key(doc, k, k + n, key, sizeof(key));
			hit = len == (size_t) -1 ? NULL : recall(&t, key, len);
			if (hit && hit->tokens == n)
			{
				add_repeat(r, k, n, hit->mention);
				break;
			}
		}
	}
	gt_free(r->env, t.slots);
}
