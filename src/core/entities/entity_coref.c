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
} name_table;

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

/* Remember a key for a mention (first one wins; the table stays half full). */
static void
remember(name_table *t, const char *key, size_t len, int32_t mention,
		 uint8_t tokens)
{
	uint32_t	h;
	known_name *s;

	if (len == 0 || len >= sizeof(s->key) || t->used >= t->nslots / 2)
		return;
	h = gt_hash(key, len);
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

/* Remember the names a mention gives: the whole name and a person's surname. */
static void
remember_mention(gt_recognizer *r, name_table *t, int32_t mi)
{
	const gt_mention *m = &r->mentions[mi];
	char		key[GT_KEY_MAX];
	size_t		len;
	uint32_t	ntok = m->end_token - m->first_token;

	if (m->form != GT_FORM_NAME || m->kind == GT_KIND_NONE)
		return;
	if (m->evidence >= GT_EV_FIRST_RULE && m->evidence <= GT_EV_LAST_RULE &&
		ntok <= REPEAT_MAX_TOKENS)
	{
		len = gt_tokens_key(r->doc, m->first_token, m->end_token, key, sizeof(key));
		if (len != (size_t) -1)
			remember(t, key, len, mi, (uint8_t) ntok);
	}
	if (m->kind == GT_KIND_PERSON && ntok >= 2)
	{
		uint32_t	last = m->end_token - 1;

		len = gt_tokens_key(r->doc, last, last + 1, key, sizeof(key));
		if (len == (size_t) -1 || len < SURNAME_MIN_BYTES)
			return;
		remember(t, key, len, mi, 1);
		if (len + 1 < sizeof(key) && key[len - 1] != 's')
		{
			key[len] = 's';
			remember(t, key, len + 1, mi, 1);
		}
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
		remember_mention(r, &t, (int32_t) i);

	for (uint32_t k = 0; k < doc->ntokens && r->status == GT_OK && t.used; k++)
	{
		gt_tick(r->env, k + 1);
		if (r->owner[k] >= 0 || !gt_tok_cap_word(doc, k))
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
