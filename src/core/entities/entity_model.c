/*
 * entity_model.c — the tagger's pass: after the lexicon and the rules have
 * said what they know, the tagger (model/ner.h) decides the span and kind
 * of every name over the runs of tokens that can be part of one, with what
 * they found as its features.
 *
 * What stays as the lexicon says, whatever the tagger decides: user
 * gazetteer names, and countries, adjectives, demonyms and compound words
 * where the tagger finds no longer name over them. A name the tagger finds
 * that a lexicon or rule mention already has (same tokens, same kind), or
 * that lies inside a longer lexicon name of its kind, keeps that mention's
 * canonical name, country and evidence; any other name of the tagger
 * replaces what overlaps it (evidence model:ner). A name a rule proposed
 * that the tagger does not confirm is dropped; a name of the curated lexicon
 * stays unless a name of the tagger overlaps it.
 */
#include "entities/entities_internal.h"

#include <string.h>

/* How far the features look beyond a token (ner_features.c: the words two before and after). */
#define FEATURE_REACH 2
/* How many tokens ahead of the one being summed the tagger makes features (tag_segment). */
#define FEATURE_LEAD 2
/* How many tokens ahead of the one being summed it asks for their weight rows (less than FEATURE_LEAD). */
#define ROW_LEAD 1
/* Lower-case words that join two capitalised ones inside a name, at most this many in a row. */
#define CONNECTOR_MAX_WORDS 3

/* Is the mention a modifier inside a word (the US of US-Präsident), not a whole token? */
static bool
is_modifier(const gt_doc *doc, const gt_mention *m)
{
	return m->form == GT_FORM_COMPOUND && m->end_token == m->first_token + 1 &&
		(m->span.byte_start != doc->tokens[m->first_token].span.byte_start ||
		 m->span.byte_end != doc->tokens[m->first_token].span.byte_end);
}

/* Does the evidence come from a lexicon (built-in or user)? */
static bool
lexicon_evidence(uint8_t ev)
{
	return ev <= GT_EV_USER_PLACE;
}

/* A token's position in a mention of n tokens starting at first (GT_HINT_B …). */
static uint8_t
hint_position(uint32_t k, uint32_t first, uint32_t n)
{
	if (n == 1)
		return GT_HINT_U;
	if (k == first)
		return GT_HINT_B;
	return k == first + n - 1 ? GT_HINT_L : GT_HINT_I;
}

/* Record what the recogniser's mentions say of their tokens. */
static void
hint_mentions(gt_recognizer *r, gt_ner_hints *h)
{
	for (size_t i = 0; i < r->nmentions; i++)
	{
		const gt_mention *m = &r->mentions[i];
		uint32_t	n = m->end_token - m->first_token;

		gt_tick(r->env, i + 1);
		if (m->kind == GT_KIND_NONE)
			continue;
		if (is_modifier(r->doc, m))
		{
			h[m->first_token].modifier_kind = m->kind;
			continue;
		}
		for (uint32_t k = m->first_token; k < m->end_token; k++)
		{
			if (lexicon_evidence(m->evidence))
			{
				h[k].lex_kind = m->kind;
				h[k].lex_form = m->form;
				h[k].lex_pos = hint_position(k, m->first_token, n);
				if (m->evidence >= GT_EV_USER_PERSON)
					h[k].words |= GT_HINT_USER;
			}
			else
			{
				h[k].rule_kind = m->kind;
				h[k].rule_evidence = m->evidence;
				h[k].rule_pos = hint_position(k, m->first_token, n);
			}
		}
	}
}

/* May token k join two capitalised words of a name (von, der, für, und, de …)? */
static bool
is_connector(const gt_doc *doc, uint32_t k)
{
	return gt_tok_lower_word(doc, k) &&
		(gt_tok_in(doc, k, GT_WS_NAME_PARTICLE) || gt_tok_in(doc, k, GT_WS_ORG_HEAD_LINK) ||
		 gt_tok_in(doc, k, GT_WS_AND) || gt_tok_in(doc, k, GT_WS_TITLE_FUNCTION_WORD));
}

/*
 * May the connectors from token k on join the word before them to a name?
 * A name particle (von, van, de, zu) follows first names only (Ursula von
 * der Leyen); after a surname it is a preposition (Thomas Orbeck von Quandrix).
 */
static bool
joins_name(gt_recognizer *r, uint32_t k)
{
	return !gt_tok_in(r->doc, k, GT_WS_NAME_PARTICLE) || gt_is_first_name(r, k - 1, NULL);
}

/* Mark the tokens the tagger looks at: capitalised words, what a mention covers, and what joins them. */
static void
mark_candidates(gt_recognizer *r, gt_ner_hints *h)
{
	const gt_doc *doc = r->doc;

	for (uint32_t k = 0; k < doc->ntokens; k++)
	{
		gt_tick(r->env, k + 1);
		h[k].candidate = h[k].lex_kind || h[k].rule_kind || gt_tok_cap_word(doc, k);
	}
	for (uint32_t k = 1; k + 1 < doc->ntokens; k++)
	{
		uint32_t	end = k;

		gt_tick(r->env, k);
		if (h[k].candidate || !h[k - 1].candidate)
			continue;
		/* a run of connectors between two candidates: Ursula von der Leyen */
		while (end < doc->ntokens && end - k < CONNECTOR_MAX_WORDS && is_connector(doc, end))
			end++;
		if (end > k && end < doc->ntokens && h[end].candidate &&
			gt_tok_same_sentence(doc, k - 1, end) && joins_name(r, k))
			for (uint32_t j = k; j < end; j++)
				h[j].candidate = 1;
		/* a number after a name: Hannover 96, Formel 1 */
		else if (doc->tokens[k].kind == GT_TOK_NUMBER && gt_tok_same_sentence(doc, k - 1, k) &&
				 !(doc->tokens[k].flags & GT_TF_ORDINAL))
			h[k].candidate = 1;
	}
}

/* Collect the runs of candidate tokens inside sentences; false on ENOMEM. */
static bool
collect_segments(const gt_doc *doc, gt_ner_view *v)
{
	size_t		cap = 0;

	for (uint32_t k = 0; k < doc->ntokens;)
	{
		uint32_t	end = k;
		uint32_t   *grown;

		if (!v->hints[k].candidate)
		{
			k++;
			continue;
		}
		while (end < doc->ntokens && v->hints[end].candidate && gt_tok_same_sentence(doc, k, end))
			end++;
		grown = gt_grow(v->env, v->segments, &cap, 2 * sizeof(uint32_t), v->nsegments + 1);
		if (!grown)
			return false;
		v->segments = grown;
		v->segments[2 * v->nsegments] = k;
		v->segments[2 * v->nsegments + 1] = end;
		v->nsegments++;
		if (end - k > v->longest)
			v->longest = end - k;
		k = end;
	}
	return true;
}

/* How much of a token the features read (fill_words). */
enum
{
	NEED_NOTHING = 0,
	NEED_WORD,					/* two tokens away from a segment: its word hashes */
	NEED_HINTS					/* in a segment or next to one: its word hints too (lexicon lookups) */
};

/* Raise need[k] to level for tokens [from, to). */
static void
need_tokens(uint8_t *need, uint32_t from, uint32_t to, uint8_t level)
{
	for (uint32_t k = from; k < to; k++)
		if (need[k] < level)
			need[k] = level;
}

/*
 * Words and word hints of what the features read: the segments' tokens and
 * the one on either side in full, the second on either side by its word
 * only. False on ENOMEM.
 */
static bool
fill_words(gt_recognizer *r, gt_ner_view *v)
{
	const gt_doc *doc = r->doc;
	uint32_t	n = (uint32_t) doc->ntokens;
	uint8_t    *need = gt_alloc(r->env, n + 1);

	if (!need)
		return false;
	memset(need, NEED_NOTHING, n + 1);
	for (size_t s = 0; s < v->nsegments; s++)
	{
		uint32_t	first = v->segments[2 * s];
		uint32_t	end = v->segments[2 * s + 1];

		need_tokens(need, first >= FEATURE_REACH ? first - FEATURE_REACH : 0,
					end + FEATURE_REACH < n ? end + FEATURE_REACH : n, NEED_WORD);
		need_tokens(need, first >= 1 ? first - 1 : 0, end + 1 < n ? end + 1 : n, NEED_HINTS);
	}
	for (uint32_t k = 0; k < n; k++)
	{
		gt_tick(r->env, k + 1);
		if (need[k] == NEED_HINTS)
		{
			v->hints[k].words |= gt_word_hints(r, k);
			v->hints[k].head = gt_word_head(r, k);
		}
		if (need[k] == NEED_NOTHING)
			continue;
		/* a word form seen before with the same head: its hashes, once per form */
		if (r->form[k] != k && need[r->form[k]] != NEED_NOTHING &&
			v->hints[r->form[k]].head == v->hints[k].head)
			gt_ner_word_copy(doc, k, &v->words[r->form[k]], &v->words[k]);
		else
			gt_ner_word_of(doc, k, v->hints[k].head, &v->words[k]);
	}
	gt_free(r->env, need);
	return true;
}

/* Build the tagger's view of the recogniser's document as it stands; false on ENOMEM. */
bool
gt_ner_view_build(gt_recognizer *r, gt_ner_view *v)
{
	size_t		n = r->doc->ntokens + 1;

	memset(v, 0, sizeof(*v));
	v->env = r->env;
	v->hints = gt_alloc(r->env, n * sizeof(gt_ner_hints));
	v->words = gt_alloc(r->env, n * sizeof(gt_ner_word));
	if (!v->hints || !v->words)
	{
		gt_ner_view_free(v);
		return false;
	}
	gt_zero(r->env, v->hints, n * sizeof(gt_ner_hints));
	gt_zero(r->env, v->words, n * sizeof(gt_ner_word));
	hint_mentions(r, v->hints);
	mark_candidates(r, v->hints);
	if (!gt_doc_word_hints(r, v->hints) || !collect_segments(r->doc, v) || !fill_words(r, v))
	{
		gt_ner_view_free(v);
		return false;
	}
	return true;
}

/* Free a view. */
void
gt_ner_view_free(gt_ner_view *v)
{
	gt_free(v->env, v->hints);
	gt_free(v->env, v->words);
	gt_free(v->env, v->segments);
	v->hints = NULL;
	v->words = NULL;
	v->segments = NULL;
}

/* The gt_kind a tagger type stands for. */
static gt_kind
kind_of(gt_ner_type type)
{
	switch (type)
	{
		case GT_NER_PER:
			return GT_KIND_PERSON;
		case GT_NER_ORG:
			return GT_KIND_ORGANIZATION;
		default:
			return GT_KIND_PLACE;
	}
}

/* Does a mention's kind agree with a tagger type (a country is a LOC)? */
static bool
kind_agrees(uint8_t kind, gt_ner_type type)
{
	if (type == GT_NER_LOC)
		return kind == GT_KIND_PLACE || kind == GT_KIND_COUNTRY;
	return kind == kind_of(type);
}

/* Does this mention stay whatever the tagger says (countries, adjectives, compounds, user names)? */
static bool
is_certain(const gt_mention *m)
{
	return m->kind == GT_KIND_COUNTRY || m->form != GT_FORM_NAME || m->evidence == GT_EV_LEXICON_OTHER ||
		gt_mention_is_user(m);
}

/*
 * Could the tagger have found this mention? Not one that begins or ends
 * with a lower-case word (the lexicon's "koreanische Halbinsel") or holds a
 * compound it may not name (gt_ner_limits): the tagger does not judge
 * those, they stay unless one of its names overlaps.
 */
static bool
within_reach(const gt_doc *doc, const gt_ner_hints *hints, const gt_mention *m)
{
	if (gt_ner_limits(doc, hints, m->first_token) != GT_NER_ANYWHERE ||
		gt_ner_limits(doc, hints, m->end_token - 1) != GT_NER_ANYWHERE)
		return false;
	for (uint32_t k = m->first_token; k < m->end_token; k++)
		if (gt_ner_limits(doc, hints, k) == GT_NER_OUTSIDE_ONLY)
			return false;
	return true;
}

/* One name the tagger found: tokens [first, end), its type and its confidence. */
typedef struct tagged_name
{
	uint32_t	first;
	uint32_t	end;
	gt_ner_type type;
	float		confidence;
} tagged_name;

/* The lexicon entry of the name's text with an agreeing kind, or NULL (no entry to take identity from). */
static const gt_lex_entry *
lexicon_identity(gt_recognizer *r, const tagged_name *t, gt_lex_entry *buf)
{
	char		key[GT_KEY_MAX];
	size_t		len = gt_tokens_key(r->doc, t->first, t->end, key, sizeof(key));
	size_t		n;

	if (len == (size_t) -1 || len == 0)
		return NULL;
	n = gt_lex_lookup(r->lex, key, len, buf, GT_MAX_ENTRIES);
	/* an ambiguous entry (Bergen: also a word) gives no identity without its context */
	for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		if (buf[i].type == GT_LEX_ENTITY && buf[i].form == GT_FORM_NAME &&
			!(buf[i].flags & (GT_LF_AMBIGUOUS | GT_LF_CANDIDATE)) && kind_agrees(buf[i].kind, t->type))
			return &buf[i];
	return NULL;
}

/*
 * The mention that covers exactly the tokens of t with an agreeing kind, or
 * -1. A name of the curated lexicon over the same tokens counts whatever
 * kind the tagger gives it: the tagger judges where a name begins and ends,
 * the lexicon knows who Stoltenberg is.
 */
static int32_t
same_mention(gt_recognizer *r, const tagged_name *t)
{
	int32_t		mi = r->owner[t->first];
	const gt_mention *m;

	if (mi < 0)
		return -1;
	m = &r->mentions[mi];
	if (m->first_token == t->first && m->end_token == t->end && m->form == GT_FORM_NAME &&
		(kind_agrees(m->kind, t->type) || lexicon_evidence(m->evidence)))
		return mi;
	return -1;
}

/*
 * The mention that stays whatever the tagger says (is_certain) over exactly
 * the tokens of t, or -1: the tagger's LOC over "deutschen" leaves the
 * lexicon's adjective as it is.
 */
static int32_t
same_certain_mention(gt_recognizer *r, const tagged_name *t)
{
	int32_t		mi = r->owner[t->first];

	if (mi >= 0 && is_certain(&r->mentions[mi]) && r->mentions[mi].first_token == t->first &&
		r->mentions[mi].end_token == t->end)
		return mi;
	return -1;
}

/*
 * The lexicon name of an agreeing kind that covers t's tokens and more, or
 * -1: the tagger's "Halbinsel" inside the lexicon's "koreanische Halbinsel"
 * does not cut the name short.
 */
static int32_t
longer_lexicon_name(gt_recognizer *r, const tagged_name *t)
{
	int32_t		mi = r->owner[t->first];
	const gt_mention *m;

	if (mi < 0)
		return -1;
	m = &r->mentions[mi];
	if (lexicon_evidence(m->evidence) && m->form == GT_FORM_NAME && kind_agrees(m->kind, t->type) &&
		m->first_token <= t->first && m->end_token >= t->end &&
		m->end_token - m->first_token > t->end - t->first)
		return mi;
	return -1;
}

/*
 * Does a mention that stays (a country, a compound, a user name) reach
 * beyond t's tokens? Then the tagger's name is part of a longer certain
 * name (Amerika in Vereinigte Staaten von Amerika) and gives way.
 */
static bool
inside_certain_name(gt_recognizer *r, const tagged_name *t)
{
	for (uint32_t k = t->first; k < t->end; k++)
	{
		int32_t		mi = r->owner[k];

		if (mi >= 0 && is_certain(&r->mentions[mi]) &&
			(r->mentions[mi].first_token < t->first || r->mentions[mi].end_token > t->end))
			return true;
	}
	return false;
}

/* Drop every mention that owns a token of t, releasing all its tokens. */
static void
drop_overlapping(gt_recognizer *r, const tagged_name *t)
{
	for (uint32_t k = t->first; k < t->end; k++)
	{
		int32_t		mi = r->owner[k];

		if (mi < 0)
			continue;
		for (uint32_t j = r->mentions[mi].first_token; j < r->mentions[mi].end_token; j++)
			if (r->owner[j] == mi)
				r->owner[j] = -1;
		r->mentions[mi].kind = GT_KIND_NONE;
	}
}

/* Put a name of the tagger into the mentions: confirm, or replace what overlaps it. */
static void
apply_name(gt_recognizer *r, const tagged_name *t, bool *kept)
{
	int32_t		same = same_mention(r, t);
	gt_lex_entry buf[GT_MAX_ENTRIES];
	const gt_lex_entry *e;
	gt_span		span;
	const char *canonical;
	gt_mention *m;
	gt_kind		kind = kind_of(t->type);
	int32_t		longer = longer_lexicon_name(r, t);

	/* the user's names always win */
	if (gt_span_has_user(r, t->first, t->end) || inside_certain_name(r, t) ||
		same_certain_mention(r, t) >= 0)
		return;
	if (longer >= 0)
		same = longer;
	if (same >= 0)
	{
		r->mentions[same].confidence = t->confidence;
		kept[same] = true;
		return;
	}
	e = lexicon_identity(r, t, buf);
	span = gt_tokens_span(r->doc, t->first, t->end);
	canonical = e ? e->canonical :
		gt_span_name(r, span);
	if (!canonical)
	{
		r->status = GT_ENOMEM;
		return;
	}
	if (e && e->kind == GT_KIND_COUNTRY)
		kind = GT_KIND_COUNTRY;
	drop_overlapping(r, t);
	m = gt_add_mention(r, t->first, t->end, span, kind, GT_FORM_NAME, canonical,
					   e ? e->country : "", GT_EV_MODEL_NER);
	if (!m)
		return;
	m->gender = e ? e->gender : GT_GENDER_UNKNOWN;
	m->confidence = t->confidence;
	gt_claim(r, t->first, t->end, (int32_t) (r->nmentions - 1));
}

/* Does a name starting at token k start with a first name (the tagger's word hint)? */
static bool
starts_with_first_name(const gt_doc *doc, const gt_ner_view *v, uint32_t k)
{
	return k < doc->ntokens && (v->hints[k].words & GT_HINT_FIRSTNAME) != 0;
}

/* Tag one segment and collect its names into names[] (returns how many). */
static size_t
tag_segment(const gt_doc *doc, const gt_ner_model *model, const gt_ner_view *v,
			uint32_t first, uint32_t end, int32_t *emit, uint8_t *labels,
			int64_t *margins, void *work, tagged_name *names)
{
	uint32_t	feats[FEATURE_LEAD + 1][GT_NER_MAX_FEATURES];
	size_t		nfeats[FEATURE_LEAD + 1];
	size_t		n = end - first;
	size_t		found = 0;

	/*
	 * token i's features are made (and their index entries asked for)
	 * FEATURE_LEAD tokens before it is summed, its rows ROW_LEAD tokens
	 * before: the same sums, with the cache misses of several tokens in
	 * flight instead of one token's
	 */
	for (size_t i = 0; i < n + FEATURE_LEAD; i++)
	{
		if (i < n)
		{
			size_t		slot = i % (FEATURE_LEAD + 1);

			nfeats[slot] = gt_ner_features(doc, v->words, v->hints, first + (uint32_t) i, feats[slot]);
			gt_weight_prefetch_index(&model->weights, feats[slot], nfeats[slot]);
		}
		if (i >= FEATURE_LEAD - ROW_LEAD && i + ROW_LEAD - FEATURE_LEAD < n)
		{
			size_t		ahead = (i + ROW_LEAD - FEATURE_LEAD) % (FEATURE_LEAD + 1);

			gt_weight_prefetch_rows(&model->weights, feats[ahead], nfeats[ahead], GT_NER_STRIDE);
		}
		if (i >= FEATURE_LEAD)
		{
			size_t		t = i - FEATURE_LEAD;
			size_t		slot = t % (FEATURE_LEAD + 1);

			gt_ner_emissions(model, feats[slot], nfeats[slot], emit + t * GT_NER_STRIDE);
			gt_ner_apply_limits(gt_ner_limits(doc, v->hints, first + (uint32_t) t),
								emit + t * GT_NER_STRIDE);
		}
	}
	gt_ner_viterbi(model, emit, n, labels, margins, work);
	for (size_t i = 0; i < n; i++)
	{
		size_t		j = i;
		int64_t		margin;

		if (labels[i] == GT_NER_O)
			continue;
		/* a well-formed sequence: U, or B I* L */
		margin = margins[i];
		while (gt_ner_label_pos(labels[j]) != GT_NER_U && gt_ner_label_pos(labels[j]) != GT_NER_L &&
			   j + 1 < n)
		{
			j++;
			if (margins[j] < margin)
				margin = margins[j];
		}
		names[found].first = first + (uint32_t) i;
		names[found].end = first + (uint32_t) j + 1;
		names[found].type = gt_ner_label_type(labels[i]);
		names[found].confidence = (float) gt_ner_confidence(model, margin);
		/*
		 * two persons with nothing between them are one cut in two
		 * (Muhammad Husni | Mubarak), unless the second starts with a
		 * first name of its own (a byline twice: Sven Flohr Sven Flohr)
		 */
		if (found > 0 && names[found - 1].type == GT_NER_PER && names[found].type == GT_NER_PER &&
			names[found - 1].end == names[found].first && !starts_with_first_name(doc, v, names[found].first))
		{
			names[found - 1].end = names[found].end;
			if (names[found].confidence < names[found - 1].confidence)
				names[found - 1].confidence = names[found].confidence;
		}
		else
			found++;
		i = j;
	}
	return found;
}

/* The tagger's pass: decide every name's span and kind; see the file's comment. */
void
gt_pass_model(gt_recognizer *r, const gt_ner_model *model)
{
	gt_ner_view v;
	size_t		before = r->nmentions;
	bool	   *kept;
	int32_t    *emit;
	uint8_t    *labels;
	int64_t    *margins;
	tagged_name *names;
	void	   *work;

	if (r->status != GT_OK)
		return;
	if (!gt_ner_view_build(r, &v))
	{
		r->status = GT_ENOMEM;
		return;
	}
	kept = gt_alloc(r->env, before + 1);
	emit = gt_alloc(r->env, (v.longest + 1) * GT_NER_STRIDE * sizeof(int32_t));
	labels = gt_alloc(r->env, v.longest + 1);
	margins = gt_alloc(r->env, (v.longest + 1) * sizeof(int64_t));
	names = gt_alloc(r->env, (v.longest + 1) * sizeof(tagged_name));
	work = gt_alloc(r->env, gt_ner_work_size(v.longest + 1));
	if (!kept || !emit || !labels || !margins || !names || !work)
		r->status = GT_ENOMEM;
	else
	{
		memset(kept, 0, before + 1);
		for (size_t s = 0; s < v.nsegments && r->status == GT_OK; s++)
		{
			size_t		found = tag_segment(r->doc, model, &v, v.segments[2 * s],
											v.segments[2 * s + 1], emit, labels, margins,
											work, names);

			gt_tick(r->env, s + 1);
			for (size_t i = 0; i < found && r->status == GT_OK; i++)
				apply_name(r, &names[i], kept);
		}
		/*
		 * what a rule proposed and the tagger did not confirm goes; a name of
		 * the curated lexicon stays unless one of the tagger's names overlapped
		 * it (apply_name dropped it then): the tagger learnt from data that
		 * calls Bundesregierung and EU-Kommission no names, analysts do
		 */
		for (size_t i = 0; i < before; i++)
		{
			gt_mention *m = &r->mentions[i];

			if (m->kind != GT_KIND_NONE && !kept[i] && !is_certain(m) && !is_modifier(r->doc, m) &&
				!lexicon_evidence(m->evidence) && within_reach(r->doc, v.hints, m))
			{
				for (uint32_t k = m->first_token; k < m->end_token; k++)
					if (r->owner[k] == (int32_t) i)
						r->owner[k] = -1;
				m->kind = GT_KIND_NONE;
			}
		}
	}
	gt_free(r->env, kept);
	gt_free(r->env, emit);
	gt_free(r->env, labels);
	gt_free(r->env, margins);
	gt_free(r->env, names);
	gt_free(r->env, work);
	gt_ner_view_free(&v);
}
