/*
 * ner_features.c — the tagger's features, one function for training and
 * tagging: the word and its shape, affixes and hyphen parts, where it
 * stands in the sentence, its neighbours ±2, every lexicon class and rule
 * finding of it and its neighbours (gt_ner_hints). A feature is a 32-bit
 * id: a template number mixed with the hash of its value; the model reduces
 * it to a bucket of its weight table (feature hashing).
 */
#include "model/ner.h"
#include "model/word_hash.h"

#include <string.h>

/* Feature templates; the number goes into every id, so their order is part of a model. */
enum
{
	F_BIAS = 1,
	F_WORD,
	F_LOWER,
	F_PREFIX3,
	F_SUFFIX2,
	F_SUFFIX3,
	F_SUFFIX4,
	F_SHAPE,
	F_SHAPE_POSITION,
	F_PREV_LOWER,
	F_NEXT_LOWER,
	F_PREV2_LOWER,
	F_NEXT2_LOWER,
	F_PREV_SHAPE,
	F_NEXT_SHAPE,
	F_PREV_LOWER_SHAPE,			/* the word before with this word's shape */
	F_FIRST_PART,
	F_LAST_PART,
	F_LEXICON,					/* kind, form, position of a lexicon mention */
	F_PREV_LEXICON,
	F_NEXT_LEXICON,
	F_RULE,						/* evidence and position of a rule mention */
	F_PREV_RULE,
	F_NEXT_RULE,
	F_MODIFIER,
	F_WORD_FACT,				/* one per GT_HINT_* bit */
	F_PREV_WORD_FACT,
	F_NEXT_WORD_FACT,
	F_CAPS_PATTERN,				/* which of prev, this, next are capitalised */
	F_LENGTH,
	F_HEAD,						/* the compound's head noun: -ministerium, -bank, -straße */
	F_KNOWN_POSITION,			/* what the lexicon knows of the word, with where it stands */
	F_BIGRAM_PREV,				/* the word before and this word */
	F_BIGRAM_NEXT,				/* this word and the word after */
	F_PREV_HEAD,				/* the head noun of the word before: Chemiekonzern BASF */
	F_PREV_SUFFIX3,				/* the ending of the word before: -ter, -ent */
	F_NEXT_SUFFIX3,
	F_PREV2_LEXICON,
	F_NEXT2_LEXICON,
	F_DOC_KINDS,				/* the kinds of the names the word is part of elsewhere */
	F_PREV_DOC_KINDS,
	F_NEXT_DOC_KINDS,
	F_DOC_KINDS_POSITION		/* the same with where the word stands */
};

/* The longest part of a word the affix and shape hashes look at, in bytes. */
#define WORD_BYTES_MAX GT_KEY_MAX

/* Is every character of s[0..len) in ASCII or Latin-1 (U+0000–U+00FF)? */
static bool
latin1_only(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		unsigned char b = (unsigned char) s[i];

		if (b >= 0xC4 || (b >= 0x80 && b < 0xC2 && (i == 0 || (unsigned char) s[i - 1] < 0xC2)))
			return false;
	}
	return true;
}

/* Compute the word hashes of token k, whose compound head starts at byte head (0: none). */
void
gt_ner_word_of(const gt_doc *doc, uint32_t k, uint8_t head, gt_ner_word *w)
{
	size_t		len;
	const char *s = gt_tok_text(doc, k, &len);
	char		low[WORD_BYTES_MAX];
	size_t		n = gt_lower_all(s, len, low, sizeof(low));
	size_t		hyphen = 0;
	size_t		hl = 0;

	memset(w, 0, sizeof(*w));
	w->word = gt_hash(s, len);
	w->shape = gt_word_shape_hash(s, len < WORD_BYTES_MAX ? len : WORD_BYTES_MAX);
	w->position = gt_word_position(doc, k);
	if (n == (size_t) -1)
		return;					/* a very long token: its word and shape only */
	w->lower = gt_hash(low, n);
	w->prefix3 = gt_hash(low, gt_head_length(low, n, 3));
	w->suffix2 = gt_tail_hash(low, n, 2);
	w->suffix3 = gt_tail_hash(low, n, 3);
	w->suffix4 = gt_tail_hash(low, n, 4);
	if (head > 0 && head < len)
	{
		char		tail[WORD_BYTES_MAX];
		size_t		tn;

		/* in ASCII and Latin-1 (umlauts, ß) lower-casing keeps every length: the head is low's bytes */
		if (latin1_only(s, len))
			w->head = gt_hash(low + head, n - head);
		else if ((tn = gt_lower_all(s + head, len - head, tail, sizeof(tail))) != (size_t) -1)
			w->head = gt_hash(tail, tn);
	}
	if (doc->tokens[k].flags & GT_TF_HYPHENATED)
	{
		while (hyphen < n && (hl = gt_hyphen_len(low + hyphen, n - hyphen)) == 0)
			hyphen++;
		if (hyphen < n)
		{
			size_t		last = n;

			w->first_part = gt_hash(low, hyphen);
			while (last > hyphen && gt_hyphen_len(low + last - 1, n - last + 1) == 0)
				last--;
			w->last_part = gt_hash(low + last, n - last);
		}
	}
}

/* The word hashes of token k when token `src` has the same bytes and compound head: src's, with k's position. */
void
gt_ner_word_copy(const gt_doc *doc, uint32_t k, const gt_ner_word *src, gt_ner_word *w)
{
	*w = *src;
	w->position = gt_word_position(doc, k);
}

/* The value of a lexicon hint: kind, form and position in one number. */
static uint32_t
lexicon_value(const gt_ner_hints *h)
{
	return h->lex_kind ? 1u + h->lex_kind * 64u + h->lex_form * 8u + h->lex_pos : 0;
}

/* The value of a rule hint: evidence and position in one number. */
static uint32_t
rule_value(const gt_ner_hints *h)
{
	return h->rule_kind ? 1u + h->rule_evidence * 8u + h->rule_pos : 0;
}

/* The hint bits that say what the lexicon knows of a word itself (F_KNOWN_POSITION). */
#define KNOWN_BITS (GT_HINT_FIRSTNAME | GT_HINT_SURNAME | GT_HINT_COMMON | GT_HINT_COMMON_LOWER | \
					GT_HINT_FUNCTION | GT_HINT_ROLE)

/* Emit one feature per word-fact bit of a token, under a template. */
static size_t
word_facts(uint32_t tmpl, uint16_t words, uint32_t *out)
{
	size_t		n = 0;
	uint32_t	rest = words;

	/* the set bits from the lowest up, one step each */
	while (rest)
	{
		out[n++] = gt_feature_id(tmpl, (uint32_t) __builtin_ctz(rest) + 1);
		rest &= rest - 1;
	}
	return n;
}

/* The feature every token has: its weights are each label's prior. */
uint32_t
gt_ner_bias_feature(void)
{
	return gt_feature_id(F_BIAS, 0);
}

/* The features of token k into out; returns how many (at most GT_NER_MAX_FEATURES). */
size_t
gt_ner_features(const gt_doc *doc, const gt_ner_word *words,
				const gt_ner_hints *hints, uint32_t k, uint32_t *out)
{
	const gt_ner_word *w = &words[k];
	const gt_ner_hints *h = &hints[k];
	bool		has_prev = k > 0 && gt_tok_same_sentence(doc, k - 1, k);
	bool		has_next = k + 1 < doc->ntokens && gt_tok_same_sentence(doc, k, k + 1);
	bool		has_prev2 = has_prev && k > 1 && gt_tok_same_sentence(doc, k - 2, k);
	bool		has_next2 = has_next && k + 2 < doc->ntokens && gt_tok_same_sentence(doc, k, k + 2);
	/* a neighbour beyond the sentence is "none": value 0 */
	uint32_t	prev_lower = has_prev ? words[k - 1].lower : 0;
	uint32_t	next_lower = has_next ? words[k + 1].lower : 0;
	uint32_t	caps = (has_prev && gt_tok_cap_word(doc, k - 1) ? 4u : 0u) |
		(gt_tok_cap_word(doc, k) ? 2u : 0u) | (has_next && gt_tok_cap_word(doc, k + 1) ? 1u : 0u);
	size_t		n = 0;

	/* the word's identity first (GT_NER_IDENTITY_FEATURES of them: the trainer drops them at times) */
	out[n++] = gt_feature_id(F_WORD, w->word);
	out[n++] = gt_feature_id(F_LOWER, w->lower);
	out[n++] = gt_feature_id(F_BIGRAM_PREV, prev_lower * 0x01000193u ^ w->lower);
	out[n++] = gt_feature_id(F_BIGRAM_NEXT, w->lower * 0x01000193u ^ next_lower);
	out[n++] = gt_feature_id(F_BIAS, 0);
	out[n++] = gt_feature_id(F_PREFIX3, w->prefix3);
	out[n++] = gt_feature_id(F_SUFFIX2, w->suffix2);
	out[n++] = gt_feature_id(F_SUFFIX3, w->suffix3);
	out[n++] = gt_feature_id(F_SUFFIX4, w->suffix4);
	out[n++] = gt_feature_id(F_SHAPE, w->shape);
	out[n++] = gt_feature_id(F_SHAPE_POSITION, w->shape * 8u + w->position);
	out[n++] = gt_feature_id(F_PREV_LOWER, prev_lower);
	out[n++] = gt_feature_id(F_NEXT_LOWER, next_lower);
	out[n++] = gt_feature_id(F_PREV2_LOWER, has_prev2 ? words[k - 2].lower : 0);
	out[n++] = gt_feature_id(F_NEXT2_LOWER, has_next2 ? words[k + 2].lower : 0);
	out[n++] = gt_feature_id(F_PREV_SHAPE, has_prev ? words[k - 1].shape : 0);
	out[n++] = gt_feature_id(F_NEXT_SHAPE, has_next ? words[k + 1].shape : 0);
	out[n++] = gt_feature_id(F_PREV_LOWER_SHAPE, prev_lower * 31u + w->shape);
	if (w->first_part)
	{
		out[n++] = gt_feature_id(F_FIRST_PART, w->first_part);
		out[n++] = gt_feature_id(F_LAST_PART, w->last_part);
	}
	out[n++] = gt_feature_id(F_LEXICON, lexicon_value(h));
	out[n++] = gt_feature_id(F_PREV_LEXICON, has_prev ? lexicon_value(&hints[k - 1]) : 0);
	out[n++] = gt_feature_id(F_NEXT_LEXICON, has_next ? lexicon_value(&hints[k + 1]) : 0);
	out[n++] = gt_feature_id(F_RULE, rule_value(h));
	out[n++] = gt_feature_id(F_PREV_RULE, has_prev ? rule_value(&hints[k - 1]) : 0);
	out[n++] = gt_feature_id(F_NEXT_RULE, has_next ? rule_value(&hints[k + 1]) : 0);
	out[n++] = gt_feature_id(F_MODIFIER, h->modifier_kind);
	out[n++] = gt_feature_id(F_CAPS_PATTERN, caps);
	out[n++] = gt_feature_id(F_LENGTH, gt_word_length_bucket(doc, k));
	out[n++] = gt_feature_id(F_KNOWN_POSITION, ((uint32_t) (h->words & KNOWN_BITS) * 8u + w->position) * 8u +
						  caps + (h->lex_kind ? 64u * 1024u : 0u));
	if (w->head)
		out[n++] = gt_feature_id(F_HEAD, w->head);
	out[n++] = gt_feature_id(F_PREV_HEAD, has_prev ? words[k - 1].head : 0);
	out[n++] = gt_feature_id(F_PREV_SUFFIX3, has_prev ? words[k - 1].suffix3 : 0);
	out[n++] = gt_feature_id(F_NEXT_SUFFIX3, has_next ? words[k + 1].suffix3 : 0);
	out[n++] = gt_feature_id(F_PREV2_LEXICON, has_prev2 ? lexicon_value(&hints[k - 2]) : 0);
	out[n++] = gt_feature_id(F_NEXT2_LEXICON, has_next2 ? lexicon_value(&hints[k + 2]) : 0);
	out[n++] = gt_feature_id(F_DOC_KINDS, h->doc_kinds);
	out[n++] = gt_feature_id(F_PREV_DOC_KINDS, has_prev ? hints[k - 1].doc_kinds : 0);
	out[n++] = gt_feature_id(F_NEXT_DOC_KINDS, has_next ? hints[k + 1].doc_kinds : 0);
	out[n++] = gt_feature_id(F_DOC_KINDS_POSITION, h->doc_kinds * 8u + w->position);
	n += word_facts(F_WORD_FACT, h->words, out + n);
	if (has_prev)
		n += word_facts(F_PREV_WORD_FACT, hints[k - 1].words, out + n);
	if (has_next)
		n += word_facts(F_NEXT_WORD_FACT, hints[k + 1].words, out + n);
	return n;
}
