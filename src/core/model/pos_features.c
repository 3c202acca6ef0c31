/*
 * pos_features.c — the features of the part-of-speech and morphology
 * taggers, one function each for training and tagging: the word, its
 * shape and endings, its neighbours ±2, what the lexicon knows of it
 * (an ordinary word in this case or the other, a given name, a reporting
 * verb …) and the labels already chosen to its left. A feature is a 32-bit
 * id (word_hash.h); a model reduces it to a bucket of its weight table.
 */
#include "model/pos.h"
#include "model/word_hash.h"

#include <string.h>

/* Feature templates; the number goes into every id, so their order is part of a model. */
enum
{
	F_BIAS = 1,
	F_WORD,
	F_LOWER,
	F_PREFIX2,
	F_PREFIX3,
	F_SUFFIX1,
	F_SUFFIX2,
	F_SUFFIX3,
	F_SUFFIX4,
	F_SHAPE,
	F_SHAPE_POSITION,
	F_LENGTH,
	F_FACT,						/* one per GT_PF_* bit */
	F_FACTS_POSITION,			/* all bits, with where the word stands */
	F_WORD_CLASS,
	F_PREV_LOWER,
	F_NEXT_LOWER,
	F_PREV2_LOWER,
	F_NEXT2_LOWER,
	F_PREV_SUFFIX3,
	F_NEXT_SUFFIX3,
	F_NEXT_SHAPE,
	F_NEXT_FACTS,
	F_NEXT_WORD_CLASS,
	F_PREV_TAG,
	F_PREV2_TAGS,
	F_PREV_TAG_LOWER,
	F_PREV_TAG_SUFFIX3,
	F_PREV_TAG_NEXT_LOWER,
	F_PREV_TAG_SHAPE,
	F_PREV_TAG_FACTS,
	/* the morphology tagger's */
	M_BIAS,
	M_TAG,
	M_TAG_LOWER,
	M_TAG_SUFFIX1,
	M_TAG_SUFFIX2,
	M_TAG_SUFFIX3,
	M_PREV_TAG,
	M_NEXT_TAG,
	M_PREV_LOWER,
	M_NEXT_LOWER,
	M_NEXT_TAG_SUFFIX2,
	M_PREV_MORPH,
	M_PREV_MORPH_TAG,
	M_DETERMINER,				/* the article or determiner of the phrase, with this word's tag */
	M_DETERMINER_SUFFIX,		/* the same with this word's ending */
	M_PREPOSITION,				/* the preposition that governs the phrase */
	M_PREPOSITION_DETERMINER,
	M_PHRASE_START,				/* the tag before the phrase (a verb, a comma, the start …) */
	M_VERB_NEIGHBOUR,			/* for a finite verb: the pronoun or word next to it */
	M_TAG_POSITION
};

/* How far back the morphology tagger looks for a phrase's determiner and preposition (tokens). */
#define PHRASE_LOOKBACK 5
/* A value for "no token there" (beyond the sentence), distinct from any tag. */
#define NO_TAG 0xFFu

/* The tag a punctuation or quotation-mark token gives by itself, or GT_POS__COUNT. */
static uint8_t
forced_tag(const gt_doc *doc, uint32_t k)
{
	const gt_token *t = &doc->tokens[k];

	if (t->kind == GT_TOK_QUOTE || t->kind == GT_TOK_QUOTE_OPEN || t->kind == GT_TOK_QUOTE_CLOSE)
		return GT_POS_PUNCT;
	if (t->kind != GT_TOK_PUNCT)
		return GT_POS__COUNT;
	if (gt_tok_punct(doc, k, ','))
		return GT_POS_COMMA;
	if (gt_tok_terminal(doc, k) || gt_tok_punct(doc, k, ':') || gt_tok_punct(doc, k, ';'))
		return GT_POS_END;
	return GT_POS_PUNCT;
}

/* The lexicon facts of one set of entries (GT_PF_*), and a function word's class. */
static uint16_t
lexicon_facts(const gt_lex_entry *e, size_t n, uint8_t *word_class)
{
	uint16_t	f = 0;

	for (size_t i = 0; i < n && i < GT_MAX_ENTRIES; i++)
		switch (e[i].type)
		{
			case GT_LEX_COMMON_WORD:
				f |= GT_PF_KNOWN;
				break;
			case GT_LEX_FUNCTION_WORD:
				f |= GT_PF_FUNCTION;
				if (word_class && !*word_class)
					*word_class = e[i].sub;
				break;
			case GT_LEX_FIRSTNAME:
				f |= GT_PF_FIRSTNAME;
				break;
			case GT_LEX_SURNAME:
				f |= GT_PF_SURNAME;
				break;
			case GT_LEX_ENTITY:
				if (e[i].form == GT_FORM_NAME)
					f |= GT_PF_NAME;
				break;
			case GT_LEX_ROLE:
				f |= GT_PF_ROLE;
				break;
			case GT_LEX_CUE:
				f |= e[i].kind == GT_CUE_VERB ? GT_PF_CUE_VERB :
					e[i].kind == GT_CUE_MARKER ? GT_PF_CUE_MARKER : 0;
				break;
			default:
				break;
		}
	return f;
}

/* What the lexicon knows of token k: as written, and in the other case of its initial. */
static uint16_t
word_facts(const gt_doc *doc, const gt_lexicons *lex, uint32_t k, uint8_t *word_class)
{
	gt_lex_entry e[GT_MAX_ENTRIES];
	char		buf[GT_KEY_MAX];
	size_t		n = gt_token_entries(doc, lex, k, e, GT_MAX_ENTRIES);
	uint16_t	f = lexicon_facts(e, n, word_class);
	size_t		len = gt_tokens_key(doc, k, k + 1, buf, sizeof(buf));
	uint16_t	other;

	if (len == (size_t) -1 || len == 0)
		return f;
	if (doc->tokens[k].flags & GT_TF_UPPER_INITIAL)
	{
		if (!gt_lower_initial(buf, &len, sizeof(buf)))
			return f;
		n = gt_lex_lookup(lex, buf, len, e, GT_MAX_ENTRIES);
		other = lexicon_facts(e, n, word_class);
		if (other & (GT_PF_KNOWN | GT_PF_FUNCTION))
			f |= GT_PF_KNOWN_LOWER;
		f |= other & GT_PF_FUNCTION;
	}
	else
	{
		gt_upper_initial(buf, &len, sizeof(buf));
		n = gt_lex_lookup(lex, buf, len, e, GT_MAX_ENTRIES);
		if (lexicon_facts(e, n, NULL) & GT_PF_KNOWN)
			f |= GT_PF_KNOWN_UPPER;
	}
	return f;
}

/* Compute the hashes and lexicon facts of token k (doc prepared with gt_doc_prepare_keys). */
void
gt_pos_word_of(const gt_doc *doc, const gt_lexicons *lex, uint32_t k, gt_pos_word *w)
{
	size_t		len;
	const char *s = gt_tok_text(doc, k, &len);
	char		low[GT_KEY_MAX];
	size_t		n = gt_lower_all(s, len, low, sizeof(low));

	memset(w, 0, sizeof(*w));
	w->forced = forced_tag(doc, k);
	w->word = gt_hash(s, len);
	w->shape = gt_word_shape_hash(s, len < GT_KEY_MAX ? len : GT_KEY_MAX);
	w->position = gt_word_position(doc, k);
	w->length = gt_word_length_bucket(doc, k);
	if (doc->tokens[k].kind == GT_TOK_WORD)
		w->facts = word_facts(doc, lex, k, &w->word_class);
	if (n == (size_t) -1)
		return;					/* a very long token: its word and shape only */
	w->lower = gt_hash(low, n);
	w->prefix2 = gt_hash(low, gt_head_length(low, n, 2));
	w->prefix3 = gt_hash(low, gt_head_length(low, n, 3));
	w->suffix1 = gt_tail_hash(low, n, 1);
	w->suffix2 = gt_tail_hash(low, n, 2);
	w->suffix3 = gt_tail_hash(low, n, 3);
	w->suffix4 = gt_tail_hash(low, n, 4);
}

/* The words of token k when token `src` has the same bytes: src's, with what k's place in the text gives. */
void
gt_pos_word_copy(const gt_doc *doc, uint32_t k, const gt_pos_word *src, gt_pos_word *w)
{
	*w = *src;
	w->forced = forced_tag(doc, k);
	w->position = gt_word_position(doc, k);
}

/* Mix two values into one (FNV's prime). */
static inline uint32_t
pair(uint32_t a, uint32_t b)
{
	return a * 0x01000193u ^ b;
}

/*
 * The features of token k that the tags before it do not change (its own
 * words and its neighbours'), into out; returns how many. The tagger makes
 * them ahead of the token's turn to fetch their weights early.
 */
size_t
gt_pos_word_features(const gt_pos_word *words, uint32_t first, uint32_t end, uint32_t k,
					 uint32_t *out)
{
	const gt_pos_word *w = &words[k];
	const gt_pos_word *prev = k > first ? &words[k - 1] : NULL;
	const gt_pos_word *next = k + 1 < end ? &words[k + 1] : NULL;
	uint32_t	next_lower = next ? next->lower : 0;
	size_t		n = 0;

	out[n++] = gt_feature_id(F_BIAS, 0);
	out[n++] = gt_feature_id(F_WORD, w->word);
	out[n++] = gt_feature_id(F_LOWER, w->lower);
	out[n++] = gt_feature_id(F_PREFIX2, w->prefix2);
	out[n++] = gt_feature_id(F_PREFIX3, w->prefix3);
	out[n++] = gt_feature_id(F_SUFFIX1, w->suffix1);
	out[n++] = gt_feature_id(F_SUFFIX2, w->suffix2);
	out[n++] = gt_feature_id(F_SUFFIX3, w->suffix3);
	out[n++] = gt_feature_id(F_SUFFIX4, w->suffix4);
	out[n++] = gt_feature_id(F_SHAPE, w->shape);
	out[n++] = gt_feature_id(F_SHAPE_POSITION, pair(w->shape, w->position));
	out[n++] = gt_feature_id(F_LENGTH, w->length);
	for (uint32_t bit = 0; bit < GT_PF_FACTS; bit++)
		if (w->facts & (1u << bit))
			out[n++] = gt_feature_id(F_FACT, bit + 1);
	out[n++] = gt_feature_id(F_FACTS_POSITION, pair(w->facts, w->position));
	out[n++] = gt_feature_id(F_WORD_CLASS, w->word_class);
	out[n++] = gt_feature_id(F_PREV_LOWER, prev ? prev->lower : 0);
	out[n++] = gt_feature_id(F_NEXT_LOWER, next_lower);
	out[n++] = gt_feature_id(F_PREV2_LOWER, k > first + 1 ? words[k - 2].lower : 0);
	out[n++] = gt_feature_id(F_NEXT2_LOWER, k + 2 < end ? words[k + 2].lower : 0);
	out[n++] = gt_feature_id(F_PREV_SUFFIX3, prev ? prev->suffix3 : 0);
	out[n++] = gt_feature_id(F_NEXT_SUFFIX3, next ? next->suffix3 : 0);
	out[n++] = gt_feature_id(F_NEXT_SHAPE, next ? next->shape : 0);
	out[n++] = gt_feature_id(F_NEXT_FACTS, next ? next->facts : 0xFFFFu);
	out[n++] = gt_feature_id(F_NEXT_WORD_CLASS, next ? next->word_class : 0xFFu);
	return n;
}

/*
 * The features of token k that depend on the tags chosen before it
 * (tags[k - 1], tags[k - 2]), appended to out at n; returns the new count.
 */
size_t
gt_pos_tag_features(const gt_pos_word *words, const uint8_t *tags, uint32_t first,
					uint32_t end, uint32_t k, uint32_t *out, size_t n)
{
	const gt_pos_word *w = &words[k];
	const gt_pos_word *next = k + 1 < end ? &words[k + 1] : NULL;
	uint32_t	p1 = k > first ? tags[k - 1] : NO_TAG;
	uint32_t	p2 = k > first + 1 ? tags[k - 2] : NO_TAG;
	uint32_t	next_lower = next ? next->lower : 0;

	out[n++] = gt_feature_id(F_PREV_TAG, p1);
	out[n++] = gt_feature_id(F_PREV2_TAGS, pair(p2, p1));
	out[n++] = gt_feature_id(F_PREV_TAG_LOWER, pair(p1, w->lower));
	out[n++] = gt_feature_id(F_PREV_TAG_SUFFIX3, pair(p1, w->suffix3));
	out[n++] = gt_feature_id(F_PREV_TAG_NEXT_LOWER, pair(p1, next_lower));
	out[n++] = gt_feature_id(F_PREV_TAG_SHAPE, pair(p1, w->shape));
	out[n++] = gt_feature_id(F_PREV_TAG_FACTS, pair(p1, w->facts));
	return n;
}

/* The features of token k for the part-of-speech tagger, given the tags before it. */
size_t
gt_pos_features(const gt_pos_word *words, const uint8_t *tags, uint32_t first,
				uint32_t end, uint32_t k, uint32_t *out)
{
	return gt_pos_tag_features(words, tags, first, end, k, out,
							   gt_pos_word_features(words, first, end, k, out));
}

/* Is the tag part of a noun phrase before its noun (article, determiner, adjective, number)? */
static bool
phrase_inner(uint8_t tag)
{
	return tag == GT_POS_ART || tag == GT_POS_PAT || tag == GT_POS_PPOSAT || tag == GT_POS_ADJA ||
		tag == GT_POS_CARD || tag == GT_POS_ADV || tag == GT_POS_ADJD;
}

/* The features of token k for the morphology tagger, given the sentence's tags. */
size_t
gt_morph_features(const gt_pos_word *words, const uint8_t *tags, const uint8_t *morph,
				  uint32_t first, uint32_t end, uint32_t k, uint32_t *out)
{
	const gt_pos_word *w = &words[k];
	uint32_t	tag = tags[k];
	uint32_t	prev_tag = k > first ? tags[k - 1] : NO_TAG;
	uint32_t	next_tag = k + 1 < end ? tags[k + 1] : NO_TAG;
	uint32_t	m1 = k > first ? morph[k - 1] : NO_TAG;
	uint32_t	det = 0,
				det_tag = NO_TAG,
				prep = 0,
				before = NO_TAG;
	uint32_t	j = k;
	size_t		n = 0;

	/* walk back over the phrase: its determiner, then what stands before it */
	while (j > first && k - j < PHRASE_LOOKBACK && phrase_inner(tags[j - 1]))
	{
		j--;
		if (!det && (tags[j] == GT_POS_ART || tags[j] == GT_POS_PAT || tags[j] == GT_POS_PPOSAT))
		{
			det = words[j].lower;
			det_tag = tags[j];
		}
	}
	if (j > first)
	{
		before = tags[j - 1];
		if (before == GT_POS_APPR || before == GT_POS_APPRART)
			prep = words[j - 1].lower;
	}
	if (tag == GT_POS_APPRART)
		prep = w->lower;
	out[n++] = gt_feature_id(M_BIAS, 0);
	out[n++] = gt_feature_id(M_TAG, tag);
	out[n++] = gt_feature_id(M_TAG_LOWER, pair(tag, w->lower));
	out[n++] = gt_feature_id(M_TAG_SUFFIX1, pair(tag, w->suffix1));
	out[n++] = gt_feature_id(M_TAG_SUFFIX2, pair(tag, w->suffix2));
	out[n++] = gt_feature_id(M_TAG_SUFFIX3, pair(tag, w->suffix3));
	out[n++] = gt_feature_id(M_PREV_TAG, pair(prev_tag, tag));
	out[n++] = gt_feature_id(M_NEXT_TAG, pair(tag, next_tag));
	out[n++] = gt_feature_id(M_PREV_LOWER, pair(tag, k > first ? words[k - 1].lower : 0));
	out[n++] = gt_feature_id(M_NEXT_LOWER, pair(tag, k + 1 < end ? words[k + 1].lower : 0));
	out[n++] = gt_feature_id(M_NEXT_TAG_SUFFIX2, pair(pair(tag, next_tag),
													 k + 1 < end ? words[k + 1].suffix2 : 0));
	out[n++] = gt_feature_id(M_PREV_MORPH, pair(m1, prev_tag));
	out[n++] = gt_feature_id(M_PREV_MORPH_TAG, pair(m1, tag));
	out[n++] = gt_feature_id(M_DETERMINER, pair(pair(det, det_tag), tag));
	out[n++] = gt_feature_id(M_DETERMINER_SUFFIX, pair(pair(det, tag), w->suffix2));
	out[n++] = gt_feature_id(M_PREPOSITION, pair(prep, tag));
	out[n++] = gt_feature_id(M_PREPOSITION_DETERMINER, pair(prep, det));
	out[n++] = gt_feature_id(M_PHRASE_START, pair(before, tag));
	if (gt_pos_finite_verb((uint8_t) tag))
		out[n++] = gt_feature_id(M_VERB_NEIGHBOUR,
								 pair(k > first ? words[k - 1].lower : 0,
									  k + 1 < end ? words[k + 1].lower : 0));
	out[n++] = gt_feature_id(M_TAG_POSITION, pair(tag, w->position));
	return n;
}
