/*
 * cues.c — token questions the quote finder asks: is this a reporting verb
 * or marker (from the lexicon's cue entries, data/cues.tsv), a Konjunktiv
 * verb, a function word? Every search stays inside a bounded window.
 */
#include "quotes_internal.h"

#include <string.h>

#define CUE_MAX_ENTRIES 16
#define CUE_MAX_WORDS	4
#define KEY_CAP			256

/* Is token k exactly the word w? */
bool
qt_is(const gt_doc *doc, uint32_t k, const char *w)
{
	/* the first byte rejects almost every word before strlen is paid */
	return k < doc->ntokens && *qt_text(doc, k) == *w &&
		qt_len(doc, k) == strlen(w) && memcmp(qt_text(doc, k), w, qt_len(doc, k)) == 0;
}

/* Is token k the word w, ignoring the case of an ASCII first letter? */
bool
qt_is_ci(const gt_doc *doc, uint32_t k, const char *w)
{
	size_t		n = strlen(w);
	const char *t;
	char		a,
				b;

	if (k >= doc->ntokens || qt_len(doc, k) != n || n == 0)
		return false;
	t = qt_text(doc, k);
	a = (char) (t[0] >= 'A' && t[0] <= 'Z' ? t[0] - 'A' + 'a' : t[0]);
	b = (char) (w[0] >= 'A' && w[0] <= 'Z' ? w[0] - 'A' + 'a' : w[0]);
	return a == b && memcmp(t + 1, w + 1, n - 1) == 0;
}

/* Is token k one of the NULL-terminated words (first letter any case)? */
bool
qt_in(const gt_doc *doc, uint32_t k, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (qt_is_ci(doc, k, words[i]))
			return true;
	return false;
}

/* Is token k the one-character punctuation c? */
bool
qt_punct(const gt_doc *doc, uint32_t k, char c)
{
	return k < doc->ntokens && doc->tokens[k].kind == GT_TOK_PUNCT &&
		qt_len(doc, k) == 1 && qt_text(doc, k)[0] == c;
}

/* Is token k . ! ? or … ? */
bool
qt_terminal(const gt_doc *doc, uint32_t k)
{
	const char *s;

	if (k >= doc->ntokens || doc->tokens[k].kind != GT_TOK_PUNCT)
		return false;
	s = qt_text(doc, k);
	return s[0] == '.' || s[0] == '!' || s[0] == '?' ||
		(qt_len(doc, k) == 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0);
}

/* Is token k a lower-case word? */
bool
qt_lower_word(const gt_doc *doc, uint32_t k)
{
	return k < doc->ntokens && doc->tokens[k].kind == GT_TOK_WORD &&
		!(doc->tokens[k].flags & GT_TF_UPPER_INITIAL);
}

/* Is token k a capitalised word? */
bool
qt_cap_word(const gt_doc *doc, uint32_t k)
{
	return k < doc->ntokens && doc->tokens[k].kind == GT_TOK_WORD &&
		(doc->tokens[k].flags & GT_TF_UPPER_INITIAL);
}


/* Is token k a function word (article, preposition, adverb …)? */
bool
qt_function_word(const qt_ctx *cx, uint32_t k)
{
	char		buf[KEY_CAP];
	size_t		len = gt_tokens_key(cx->doc, k, k + 1, buf, sizeof(buf));
	const gt_lexicon *b = gt_lexicon_builtin();

	if (len == (size_t) -1 || len == 0)
		return false;
	if (gt_lexicon_has(b, buf, len, GT_LEX_FUNCTION_WORD))
		return true;
	return gt_lower_initial(buf, len) &&
		gt_lexicon_has(b, buf, len, GT_LEX_FUNCTION_WORD);
}

/* Cue entries for a key, from every lexicon in order; returns the count. */
static size_t
cue_entries(const gt_lexicons *lex, const char *key, size_t len,
			gt_lex_entry *out, size_t max)
{
	size_t		n = 0;

	for (size_t li = 0; li < lex->n && n < max; li++)
	{
		gt_lex_entry tmp[CUE_MAX_ENTRIES];
		size_t		found;

		if (!gt_lexicon_may_be_cue(lex->items[li], key, len))
			continue;
		found = gt_lexicon_find(lex->items[li], key, len, tmp, CUE_MAX_ENTRIES);

		if (found > CUE_MAX_ENTRIES)
			found = CUE_MAX_ENTRIES;
		for (size_t i = 0; i < found && n < max; i++)
			if (tmp[i].type == GT_LEX_CUE && !(tmp[i].flags & GT_LF_SUPPRESS))
				out[n++] = tmp[i];
	}
	return n;
}

/* Does any lexicon hold a longer key that starts with this one? */
static bool
is_prefix(const gt_lexicons *lex, const char *key, size_t len)
{
	for (size_t li = 0; li < lex->n; li++)
		if (gt_lexicon_may_be_cue(lex->items[li], key, len) &&
			gt_lexicon_has(lex->items[li], key, len, GT_LEX_PREFIX))
			return true;
	return false;
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

		if (!qt_is(doc, k, particle))
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
		if (e[i].kind != 1)
			continue;
		if (e[i].extra[0] == '\0' || strcmp(e[i].extra, "-") == 0)
		{
			if (!plain)
				plain = &e[i];
			continue;
		}
		{
			uint32_t	p = find_particle(doc, k, send, e[i].extra);

			/* verb-final: "wie die Polizei bekannt gab" */
			if (p == QT_NONE && k > 0 && qt_is(doc, k - 1, e[i].extra))
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
	char		buf[KEY_CAP];
	bool		found = false;

	for (uint32_t end = k + 1; end <= send && end <= k + CUE_MAX_WORDS; end++)
	{
		gt_lex_entry e[CUE_MAX_ENTRIES];
		size_t		len = gt_tokens_key(doc, k, end, buf, sizeof(buf));
		size_t		n;

		if (len == (size_t) -1 || len == 0)
			break;
		n = cue_entries(cx->lex, buf, len, e, CUE_MAX_ENTRIES);
		if (n == 0 && gt_lower_initial(buf, len))
			n = cue_entries(cx->lex, buf, len, e, CUE_MAX_ENTRIES);
		for (size_t i = 0; i < n; i++)
			if (e[i].kind == 2)
			{
				cue->end = end;
				cue->lemma = e[i].canonical;
				found = true;
				break;
			}
		if (!is_prefix(cx->lex, buf, len))
		{
			char		low[KEY_CAP];

			memcpy(low, buf, len);
			if (!(gt_lower_initial(low, len) && is_prefix(cx->lex, low, len)))
				break;
		}
	}
	return found;
}



/* Heads of source nouns after "nach" (Polizeiangaben, Schätzung, Zeugenaussagen). */
static const char *const source_heads[] = {
	"angaben", "schätzung", "schätzungen", "einschätzung", "aussagen",
	"aussage", "berichten", "berechnungen", "erkenntnissen", "informationen",
	"ansicht", "meinung", "auffassung", "darstellung", "worten",
	"ermittlungen", "einschätzungen", "beobachtungen", "recherchen", NULL
};

/* Does token k end in a source noun (case of the head's first letter free)? */
static bool
source_noun(const gt_doc *doc, uint32_t k)
{
	const char *s = qt_text(doc, k);
	size_t		n = qt_len(doc, k);

	if (!qt_cap_word(doc, k))
		return false;
	for (int i = 0; source_heads[i]; i++)
	{
		size_t		m = strlen(source_heads[i]);

		if (n >= m && memcmp(s + n - m + 1, source_heads[i] + 1, m - 1) == 0 &&
			(n == m || s[n - m] == source_heads[i][0]))
			return true;
	}
	return false;
}

/* "nach Polizeiangaben" / "nach den Berechnungen der …" / "nach erster Einschätzung". */
static bool
nach_source(const gt_doc *doc, uint32_t k, uint32_t send, qt_cue *cue)
{
	uint32_t	j = k + 1;

	if (!qt_is_ci(doc, k, "nach"))
		return false;
	for (int i = 0; i < 2 && j + 1 < send && qt_lower_word(doc, j); i++)
		j++;
	if (j >= send || !source_noun(doc, j))
		return false;
	cue->end = j + 1;
	cue->lemma = "nach Angaben";
	return true;
}

/* A reporting cue at token k (of a sentence ending at send); fills cue. */
bool
qt_cue_at(qt_ctx *cx, uint32_t k, uint32_t send, qt_cue *cue)
{
	const gt_doc *doc = cx->doc;
	gt_lex_entry e[CUE_MAX_ENTRIES];
	char		buf[KEY_CAP];
	size_t		len;
	size_t		n;

	if (doc->tokens[k].kind != GT_TOK_WORD)
		return false;
	memset(cue, 0, sizeof(*cue));
	cue->tok = k;
	cue->end = k + 1;
	cue->particle = QT_NONE;
	if (marker_at(cx, k, send, cue) || nach_source(doc, k, send, cue))
	{
		cue->type = 2;
		return true;
	}
	len = gt_tokens_key(doc, k, k + 1, buf, sizeof(buf));
	if (len == (size_t) -1 || len == 0)
		return false;
	n = cue_entries(cx->lex, buf, len, e, CUE_MAX_ENTRIES);
	if (n == 0 && (doc->tokens[k].flags & GT_TF_SENT_START) &&
		gt_lower_initial(buf, len))
		n = cue_entries(cx->lex, buf, len, e, CUE_MAX_ENTRIES);
	if (n == 0 || !choose_verb_entry(doc, k, send, e, n, cue))
		return false;
	cue->type = 1;
	return true;
}

/*
 * Konjunktiv I forms (and the Konjunktiv II forms news use in their place),
 * in byte order (LC_ALL=C sort): they are binary-searched.
 */
static const char *const konj_strict[] = {
	"arbeite", "beabsichtige", "bedeute", "befinde", "beginne", "benötige",
	"besitze", "bestehe", "betrage", "biete", "bleibe", "brauche", "bringe",
	"denke", "diene", "drohe", "dürfe", "ende", "entspreche", "erhalte",
	"erwarte", "fehle", "finde", "folge", "fordere", "führe", "gebe", "gehe",
	"gehöre", "gelte", "glaube", "habe", "halte", "handele", "handle", "hoffe",
	"kenne", "komme", "könne", "lasse", "laufe", "lebe", "lehne", "liege",
	"mache", "möge", "müsse", "nehme", "plane", "prüfe", "rechne", "sehe",
	"sei", "seien", "seiest", "setze", "sinke", "solle", "sorge", "spiele",
	"stamme", "stehe", "steige", "stelle", "suche", "trage", "treffe", "trete",
	"unterstütze", "verfüge", "verhandle", "vertrete", "wachse", "werde",
	"wisse", "wolle", "wünsche", "zeige", NULL
};
static const char *const konj_weak[] = {
	"dürften", "ginge", "gäbe", "hätte", "hätten", "käme", "könnten",
	"müssten", "sollten", "wäre", "wären", "würde", "würden", NULL
};

/* Is the token's text one of the sorted, NULL-terminated words? */
static bool
in_sorted(const gt_doc *doc, uint32_t k, const char *const *words, size_t n)
{
	const char *t = qt_text(doc, k);
	size_t		len = qt_len(doc, k);
	size_t		lo = 0;

	while (lo < n)
	{
		size_t		mid = (lo + n) / 2;
		size_t		wlen = strnlen(words[mid], len + 1);	/* never past len + 1 */
		int			c = memcmp(t, words[mid], len < wlen ? len : wlen);

		if (c == 0)
			c = len < wlen ? -1 : len > wlen;
		if (c == 0)
			return true;
		if (c < 0)
			n = mid;
		else
			lo = mid + 1;
	}
	return false;
}

/* The Konjunktiv class of token k: QT_TF_KONJ_STRICT, QT_TF_KONJ_WEAK or 0. */
static uint8_t
konjunktiv_class(const gt_doc *doc, uint32_t k)
{
	static const size_t nstrict = sizeof(konj_strict) / sizeof(konj_strict[0]) - 1;
	static const size_t nweak = sizeof(konj_weak) / sizeof(konj_weak[0]) - 1;

	if (!qt_lower_word(doc, k))
		return 0;
	if (in_sorted(doc, k, konj_strict, nstrict))
		return QT_TF_KONJ_STRICT;
	if (in_sorted(doc, k, konj_weak, nweak))
		return QT_TF_KONJ_WEAK;
	return 0;
}

/* Mark every Konjunktiv verb of the document in cx->marks, once. */
void
qt_mark_konjunktiv(qt_ctx *cx)
{
	for (uint32_t k = 0; k < cx->doc->ntokens; k++)
	{
		gt_tick(cx->env, k + 1);
		cx->marks[k] |= konjunktiv_class(cx->doc, k);
	}
}

/* Is token k a finite verb in Konjunktiv I (or a Konjunktiv II stand-in)? */
bool
qt_konjunktiv(const qt_ctx *cx, uint32_t k, bool strict)
{
	uint8_t		want = strict ? QT_TF_KONJ_STRICT : QT_TF_KONJ_STRICT | QT_TF_KONJ_WEAK;

	return k < cx->doc->ntokens && (cx->marks[k] & want) != 0;
}

/* Does a clause [first, end) hold a Konjunktiv verb? */
bool
qt_clause_konjunktiv(const qt_ctx *cx, uint32_t first, uint32_t end,
					 bool strict)
{
	uint32_t	limit = end < first + QT_WINDOW ? end : first + QT_WINDOW;

	for (uint32_t k = first; k < limit; k++)
		if (qt_konjunktiv(cx, k, strict))
			return true;
	return false;
}

/* The sentence's token range. */
void
qt_sentence_range(const gt_doc *doc, uint32_t s, uint32_t *first,
				  uint32_t *end)
{
	*first = doc->sentences[s].first_token;
	*end = doc->sentences[s].end_token;
}
