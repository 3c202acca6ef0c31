/*
 * cues.c — is this token a reporting verb or marker? From the lexicon's cue
 * entries (data/cues.tsv): a verb with its separated particle (teilte … mit),
 * a multi-word marker (nach Angaben, unter Berufung auf), a source noun
 * after nach (nach Polizeiangaben). Every search stays inside a bounded window.
 */
#include "quotes/quotes_internal.h"

#include <string.h>

/* Cue entries considered per key. */
#define CUE_MAX_ENTRIES 16
/* The longest multi-word marker, in tokens (unter Berufung auf, nach eigenen Angaben). */
#define CUE_MAX_WORDS	4
/* Lower-case words allowed between nach and its source noun (nach ersten offiziellen Angaben). */
#define SOURCE_NOUN_MAX_ADJECTIVES 2

/* Cue entries for a key whose gt_hash is hash, from every lexicon in order; returns the count. */
static size_t
cue_entries(const gt_lexicons *lex, const char *key, size_t len, uint32_t hash,
			gt_lex_entry *out, size_t max)
{
	size_t		n = 0;

	for (size_t li = 0; li < lex->n && n < max; li++)
	{
		gt_lex_entry tmp[CUE_MAX_ENTRIES];
		size_t		found;

		if (!gt_lexicon_may_be_cue_hashed(lex->items[li], hash))
			continue;
		found = gt_lexicon_find_hashed(lex->items[li], key, len, hash, tmp, CUE_MAX_ENTRIES);

		if (found > CUE_MAX_ENTRIES)
			found = CUE_MAX_ENTRIES;
		for (size_t i = 0; i < found && n < max; i++)
			if (tmp[i].type == GT_LEX_CUE && !(tmp[i].flags & GT_LF_SUPPRESS))
				out[n++] = tmp[i];
	}
	return n;
}

/* Does any lexicon hold a longer key that starts with this one (whose gt_hash is hash)? */
static bool
is_prefix(const gt_lexicons *lex, const char *key, size_t len, uint32_t hash)
{
	for (size_t li = 0; li < lex->n; li++)
		if (gt_lexicon_may_be_cue_hashed(lex->items[li], hash) &&
			gt_lexicon_has_hashed(lex->items[li], key, len, hash, GT_LEX_PREFIX))
			return true;
	return false;
}

/*
 * The key of tokens [k, end) into buf and its gt_hash into *hash; its
 * length, or (size_t) -1. Token k alone takes the hash the document
 * prepared (gt_doc_prepare_keys) instead of hashing again.
 */
static size_t
span_key(const gt_doc *doc, uint32_t k, uint32_t end, char *buf, size_t cap, uint32_t *hash)
{
	size_t		len = gt_tokens_key(doc, k, end, buf, cap);
	size_t		stored_len;

	if (len == (size_t) -1)
		return len;
	if (end != k + 1 || !gt_token_key_hashed(doc, k, &stored_len, hash))
		*hash = gt_hash(buf, len);
	return len;
}

/* What the cue filters say of a token's own key (qt_ctx.cue_probe). */
enum
{
	CUE_PROBE_UNKNOWN = 0,		/* not asked yet */
	CUE_PROBE_BLANK,			/* certainly no cue and no marker's first word */
	CUE_PROBE_MAYBE				/* a filter lets it through: look it up */
};

/* May any lexicon hold cue or prefix records for the key whose gt_hash is hash (false: certainly none)? */
static bool
any_may_be_cue(const gt_lexicons *lex, uint32_t hash)
{
	for (size_t li = 0; li < lex->n; li++)
		if (gt_lexicon_may_be_cue_hashed(lex->items[li], hash))
			return true;
	return false;
}

static bool probe_cue_filters(qt_ctx *cx, uint32_t k);

/*
 * Is token k alone certainly no cue and no first word of a marker: no
 * lexicon's cue filter lets its key through, as written or with a
 * lower-case initial (the two keys marker_at and cue_at look up)? Worked
 * out once per token (probe_cue_filters, out of line): the clause and
 * direct-quote passes ask about most words, several times.
 */
static inline bool
cue_blank(qt_ctx *cx, uint32_t k)
{
	if (cx->cue_probe[k] != CUE_PROBE_UNKNOWN)
		return cx->cue_probe[k] == CUE_PROBE_BLANK;
	return probe_cue_filters(cx, k);
}

/* Ask the cue filters about token k's two keys and remember the answer in cx->cue_probe (cue_blank). */
static GT_OUT_OF_LINE bool
probe_cue_filters(qt_ctx *cx, uint32_t k)
{
	char		buf[GT_KEY_MAX];
	uint32_t	hash;
	size_t		len;
	bool		blank;
	const char *key;

	/* the prepared key as it is; a copy only to lower its initial */
	key = gt_token_key_hashed(cx->doc, k, &len, &hash);
	if (!key)
	{
		len = span_key(cx->doc, k, k + 1, buf, sizeof(buf), &hash);
		key = buf;
	}
	if (len == (size_t) -1 || len == 0)
		blank = true;
	else if (any_may_be_cue(cx->lex, hash))
		blank = false;
	else
	{
		if (key != buf)
			memcpy(buf, key, len);
		blank = !gt_lower_initial(buf, &len, sizeof(buf)) || !any_may_be_cue(cx->lex, gt_hash(buf, len));
	}
	cx->cue_probe[k] = blank ? CUE_PROBE_BLANK : CUE_PROBE_MAYBE;
	return blank;
}

/* The particle token of a split verb: the word before a clause boundary. */
static uint32_t
find_particle(const gt_doc *doc, uint32_t v, uint32_t send,
			  const char *particle)
{
	uint32_t	limit = send < v + QT_WINDOW ? send : v + QT_WINDOW;

	for (uint32_t k = v + 1; k < limit; k++)
	{
		const gt_token *next = k + 1 < doc->ntokens ? &doc->tokens[k + 1] : NULL;

		if (!gt_tok_text_is(doc, k, particle))
			continue;
		if (!next || next->kind == GT_TOK_PUNCT ||
			next->kind == GT_TOK_QUOTE_OPEN || next->kind == GT_TOK_QUOTE ||
			next->kind == GT_TOK_QUOTE_CLOSE || k + 1 >= send)
			return k;
	}
	return QT_NONE;
}

/* Choose among a verb form's entries by the particle the sentence has. */
static bool
choose_verb_entry(const gt_doc *doc, uint32_t k, uint32_t send,
				  const gt_lex_entry *e, size_t n, qt_cue *cue)
{
	const gt_lex_entry *plain = NULL;

	for (size_t i = 0; i < n; i++)
	{
		if (e[i].kind != GT_CUE_VERB)
			continue;
		if (e[i].extra[0] == '\0')
		{
			if (!plain)
				plain = &e[i];
			continue;
		}
		{
			uint32_t	p = find_particle(doc, k, send, e[i].extra);

			/* verb-final: "wie die Polizei bekannt gab" */
			if (p == QT_NONE && k > 0 && gt_tok_text_is(doc, k - 1, e[i].extra))
				p = k - 1;

			if (p != QT_NONE)
			{
				cue->particle = p;
				cue->lemma = e[i].canonical;
				return true;
			}
		}
	}
	if (!plain)
		return false;
	cue->lemma = plain->canonical;
	return true;
}

/* Multi-word and single-word markers from token k (nach Angaben, laut). */
static bool
marker_at(qt_ctx *cx, uint32_t k, uint32_t send, qt_cue *cue)
{
	const gt_doc *doc = cx->doc;
	char		buf[GT_KEY_MAX];
	bool		found = false;

	if (cue_blank(cx, k))
		return false;
	for (uint32_t end = k + 1; end <= send && end <= k + CUE_MAX_WORDS; end++)
	{
		gt_lex_entry e[CUE_MAX_ENTRIES];
		uint32_t	hash;
		size_t		len = span_key(doc, k, end, buf, sizeof(buf), &hash);
		size_t		n;

		if (len == (size_t) -1 || len == 0)
			break;
		n = cue_entries(cx->lex, buf, len, hash, e, CUE_MAX_ENTRIES);
		if (n == 0 && gt_lower_initial(buf, &len, sizeof(buf)))
		{
			hash = gt_hash(buf, len);
			n = cue_entries(cx->lex, buf, len, hash, e, CUE_MAX_ENTRIES);
		}
		for (size_t i = 0; i < n; i++)
			if (e[i].kind == GT_CUE_MARKER)
			{
				cue->end = end;
				cue->lemma = e[i].canonical;
				found = true;
				break;
			}
		if (!is_prefix(cx->lex, buf, len, hash))
		{
			char		low[GT_KEY_MAX];
			size_t		low_len = len;

			memcpy(low, buf, len);
			if (!(gt_lower_initial(low, &low_len, sizeof(low)) &&
				  is_prefix(cx->lex, low, low_len, gt_hash(low, low_len))))
				break;
		}
	}
	return found;
}



/* Tokens a source written in quotation marks has at most (laut „BBC News“, „Neue Zürcher Zeitung“). */
#define QUOTED_SOURCE_MAX_TOKENS 6

/*
 * A source in quotation marks at token k (laut „BBC News“), or after von
 * (nach Angaben von „Reuters“): one past its closing mark, or QT_NONE.
 * *first gets its first word.
 */
uint32_t
qt_quoted_source_end(const gt_doc *doc, uint32_t k, uint32_t end, uint32_t *first)
{
	if (k + 1 < end && gt_tok_in(doc, k, GT_WS_STATEMENT_ORIGIN_PREPOSITION) && gt_tok_lower_word(doc, k))
		k++;
	if (k + 2 >= end || (doc->tokens[k].kind != GT_TOK_QUOTE_OPEN && doc->tokens[k].kind != GT_TOK_QUOTE))
		return QT_NONE;
	for (uint32_t j = k + 2; j < end && j <= k + QUOTED_SOURCE_MAX_TOKENS; j++)
	{
		if (doc->tokens[j].kind == GT_TOK_QUOTE_CLOSE || doc->tokens[j].kind == GT_TOK_QUOTE)
		{
			*first = k + 1;
			return j + 1;
		}
		if (doc->tokens[j].kind != GT_TOK_WORD && doc->tokens[j].kind != GT_TOK_NUMBER &&
			!gt_tok_punct(doc, j, '-') && !gt_tok_punct(doc, j, '.'))
			return QT_NONE;
	}
	return QT_NONE;
}

/* Is token k a capitalised word that a word of the class matches (by match: a compound's head …)? */
bool
qt_cap_word_matches(const gt_doc *doc, uint32_t k, gt_wordset set,
					gt_word_test match)
{
	size_t		n;
	const char *s;

	if (!gt_tok_cap_word(doc, k))
		return false;
	s = gt_tok_text(doc, k, &n);
	return gt_wordset_first_match(set, s, n, match) > 0;
}

/* Is s[0..n) the lower-case head[0..m) (its initial in any case) or a compound ending in it? */
static bool
ends_in_head(const char *s, size_t n, const char *head, size_t m)
{
	return n >= m && memcmp(s + n - m + 1, head + 1, m - 1) == 0 &&
		(n == m || s[n - m] == head[0]);
}

/*
 * Does token k end in a source noun (data: source_noun, lower-case heads):
 * a capitalised word that is the head itself (Angaben) or ends in it
 * (Polizeiangaben)?
 */
bool
qt_source_noun(const gt_doc *doc, uint32_t k)
{
	return qt_cap_word_matches(doc, k, GT_WS_SOURCE_NOUN, ends_in_head);
}

/* Is s[0..n) the lower-case head[0..m) itself, its initial in any case? */
static bool
is_head(const char *s, size_t n, const char *head, size_t m)
{
	return n == m && ends_in_head(s, n, head, m);
}

/* Is token k a source noun itself (Angaben), not a compound that names its source (Polizeiangaben)? */
bool
qt_bare_source_noun(const gt_doc *doc, uint32_t k)
{
	return qt_cap_word_matches(doc, k, GT_WS_SOURCE_NOUN, is_head);
}

/* Does token k end in the head of a statement's origin (data: statement_origin): Erklärung, Regierungskreisen? */
bool
qt_statement_origin(const gt_doc *doc, uint32_t k)
{
	return qt_cap_word_matches(doc, k, GT_WS_STATEMENT_ORIGIN, ends_in_head);
}

/* Is token k a form of heißen next to the expletive es (heißt es, es heißt)? */
static bool
impersonal_report(const gt_doc *doc, uint32_t k, uint32_t send)
{
	if (!gt_tok_in(doc, k, GT_WS_IMPERSONAL_REPORT_VERB))
		return false;
	return (k + 1 < send && gt_tok_in(doc, k + 1, GT_WS_IMPERSONAL_PRONOUN)) ||
		(k > 0 && gt_tok_in(doc, k - 1, GT_WS_IMPERSONAL_PRONOUN));
}

/* "nach Polizeiangaben" / "nach den Berechnungen der …" / "nach erster Einschätzung". */
static bool
nach_source(const gt_doc *doc, uint32_t k, uint32_t send, qt_cue *cue)
{
	uint32_t	j = k + 1;
	size_t		lemma_len;

	if (!gt_tok_in(doc, k, GT_WS_SOURCE_NOUN_PREPOSITION))
		return false;
	for (int i = 0; i < SOURCE_NOUN_MAX_ADJECTIVES && j + 1 < send && gt_tok_lower_word(doc, j); i++)
		j++;
	if (j >= send || !qt_source_noun(doc, j))
		return false;
	cue->end = j + 1;
	cue->lemma = gt_wordset_word(GT_WS_SOURCE_NOUN_LEMMA, 0, &lemma_len);
	return true;
}

/* Does the clause of token k hold a reflexive pronoun (sich)? */
static bool
clause_has_reflexive(qt_ctx *cx, uint32_t k)
{
	const gt_clause *c = gt_syntax_clause_at(&cx->syn, k);

	if (!c)
		return false;
	for (uint32_t j = c->first; j < c->end; j++)
		if (cx->syn.clause_at[j] == cx->syn.clause_at[k] && gt_syntax_tag(&cx->syn, j) == GT_POS_PRF)
			return true;
	return false;
}

/* Fill cue as the reporting noun among a capitalised token's entries (Ansicht, Vorwurf), if it has one. */
static bool
noun_entry(const gt_doc *doc, uint32_t k, const gt_lex_entry *e, size_t n, qt_cue *cue)
{
	if (!gt_tok_cap_word(doc, k))
		return false;
	for (size_t i = 0; i < n; i++)
		if (e[i].kind == GT_CUE_NOUN)
		{
			memset(cue, 0, sizeof(*cue));
			cue->tok = k;
			cue->end = k + 1;
			cue->particle = QT_NONE;
			cue->type = GT_CUE_NOUN;
			cue->lemma = e[i].canonical;
			return true;
		}
	return false;
}

/*
 * A reporting cue at token k (of a sentence ending at send); fills cue.
 * With nouns, a reporting noun that is no verb or marker cue is one too,
 * from the same lexicon probe.
 */
static bool
cue_at(qt_ctx *cx, uint32_t k, uint32_t send, qt_cue *cue, bool nouns)
{
	const gt_doc *doc = cx->doc;
	gt_lex_entry e[CUE_MAX_ENTRIES];
	char		buf[GT_KEY_MAX];
	size_t		len;
	uint32_t	hash;
	size_t		n;
	bool		as_written = true;

	if (doc->tokens[k].kind != GT_TOK_WORD)
		return false;
	memset(cue, 0, sizeof(*cue));
	cue->tok = k;
	cue->end = k + 1;
	cue->particle = QT_NONE;
	if (marker_at(cx, k, send, cue) || nach_source(doc, k, send, cue))
	{
		cue->type = GT_CUE_MARKER;
		return true;
	}
	if (impersonal_report(doc, k, send))
	{
		size_t		lemma_len;

		cue->lemma = gt_wordset_word(GT_WS_IMPERSONAL_REPORT_VERB, 0, &lemma_len);
		cue->type = GT_CUE_VERB;
		return true;
	}
	if (cue_blank(cx, k))
		return false;
	len = span_key(doc, k, k + 1, buf, sizeof(buf), &hash);
	if (len == (size_t) -1 || len == 0)
		return false;
	n = cue_entries(cx->lex, buf, len, hash, e, CUE_MAX_ENTRIES);
	if (n == 0 && (doc->tokens[k].flags & GT_TF_SENT_START) &&
		gt_lower_initial(buf, &len, sizeof(buf)))
	{
		n = cue_entries(cx->lex, buf, len, gt_hash(buf, len), e, CUE_MAX_ENTRIES);
		as_written = false;
	}
	if (n == 0)
		return false;
	if (!choose_verb_entry(doc, k, send, e, n, cue) ||
		/* a verb form only where the word is a verb: "Meine Mannschaft" is no meinen */
		!gt_pos_verb(gt_syntax_tag(&cx->syn, k)) ||
		/* "befand sich in Haft", "die sich auf der Flucht befanden" is no speech */
		(gt_word_in(cue->lemma, strlen(cue->lemma), GT_WS_REFLEXIVE_NOT_SPEECH) &&
		 clause_has_reflexive(cx, k)))
		return nouns && as_written && noun_entry(doc, k, e, n, cue);
	cue->type = GT_CUE_VERB;
	return true;
}

/* A reporting cue at token k (of a sentence ending at send); fills cue. */
bool
qt_cue_at(qt_ctx *cx, uint32_t k, uint32_t send, qt_cue *cue)
{
	return cue_at(cx, k, send, cue, false);
}

/* A verb, marker or noun cue at token k (of a sentence ending at send); fills cue. */
bool
qt_clause_cue_at(qt_ctx *cx, uint32_t k, uint32_t send, qt_cue *cue)
{
	return cue_at(cx, k, send, cue, true);
}

/* Does the one-word marker at k attribute a quote on its own (so, laut, zufolge)? */
bool
qt_marker_stands_alone(const gt_doc *doc, uint32_t k)
{
	return gt_tok_in(doc, k, GT_WS_SOURCE_APPENDED) ||
		gt_tok_in(doc, k, GT_WS_SOURCE_PREPOSITION) ||
		(gt_tok_in(doc, k, GT_WS_SOURCE_POSTPOSITION) && gt_tok_lower_word(doc, k));
}
