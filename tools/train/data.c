/*
 * data.c — the trainer's documents: read the file tools/model_data.py
 * wrote, analyse each training document as the pipeline does up to the
 * tagger (tokens, lexicon, compounds, rules, the tagger's view), and keep
 * each segment's features and gold BILOU labels for the epochs.
 */
#include "train.h"
#include "../tables/tables.h"

#include <stdlib.h>
#include <string.h>

/* Unescape \\ \t \n \r in place; returns the new length. */
static size_t
unescape(char *s)
{
	size_t		n = 0;

	for (size_t i = 0; s[i]; i++)
	{
		if (s[i] == '\\' && s[i + 1])
		{
			i++;
			s[n++] = s[i] == 't' ? '\t' : s[i] == 'n' ? '\n' : s[i] == 'r' ? '\r' : s[i];
		}
		else
			s[n++] = s[i];
	}
	s[n] = '\0';
	return n;
}

/* The tagger type of a span's type name, or exits. */
static gt_ner_type
type_of(const char *name, size_t len, const char *path, int line)
{
	if (len == 3 && memcmp(name, "PER", 3) == 0)
		return GT_NER_PER;
	if (len == 3 && memcmp(name, "ORG", 3) == 0)
		return GT_NER_ORG;
	if (len == 3 && memcmp(name, "LOC", 3) == 0)
		return GT_NER_LOC;
	die("%s:%d: span type '%.*s' is none of PER, ORG, LOC", path, line, (int) len, name);
}

/* Parse "start:end:TYPE;…" into gold spans. */
static gold_span *
parse_spans(const char *cell, size_t *n, const char *path, int line)
{
	size_t		cap = 8;
	gold_span  *spans = xmalloc(cap * sizeof(gold_span));

	*n = 0;
	while (*cell)
	{
		char	   *end;
		unsigned long s = strtoul(cell, &end, 10);
		unsigned long e;
		const char *type;
		size_t		tlen;

		if (*end != ':')
			die("%s:%d: bad span list", path, line);
		e = strtoul(end + 1, &end, 10);
		if (*end != ':' || e <= s)
			die("%s:%d: bad span", path, line);
		type = end + 1;
		tlen = strcspn(type, ";");
		if (*n == cap)
			spans = xrealloc(spans, (cap *= 2) * sizeof(gold_span));
		spans[*n].start = (uint32_t) s;
		spans[*n].end = (uint32_t) e;
		spans[*n].type = type_of(type, tlen, path, line);
		(*n)++;
		cell = type + tlen + (type[tlen] == ';');
	}
	return spans;
}

/* Read the documents of the training file (exits with a message on error). */
train_doc *
read_docs(const char *path, size_t *ndocs)
{
	tsv_file	f;
	train_doc  *docs;
	size_t		col[6];
	static const char *const names[6] = {"id", "set", "fold", "source", "text", "spans"};

	tsv_read(&f, path);
	for (int i = 0; i < 6; i++)
		col[i] = tsv_column(&f, names[i]);
	docs = xmalloc((f.nrows + 1) * sizeof(train_doc));
	memset(docs, 0, (f.nrows + 1) * sizeof(train_doc));
	for (size_t i = 0; i < f.nrows; i++)
	{
		const tsv_row *r = &f.rows[i];
		train_doc  *d = &docs[i];

		d->id = (uint32_t) strtoul(tsv_cell(r, col[0]), NULL, 10);
		d->eval = strcmp(tsv_cell(r, col[1]), "eval") == 0;
		d->fold = atoi(tsv_cell(r, col[2]));
		snprintf(d->source, sizeof(d->source), "%s", tsv_cell(r, col[3]));
		d->text = xstrndup(tsv_cell(r, col[4]), strlen(tsv_cell(r, col[4])));
		d->len = unescape(d->text);
		d->gold = parse_spans(tsv_cell(r, col[5]), &d->ngold, path, r->line);
	}
	*ndocs = f.nrows;
	tsv_free(&f);
	return docs;
}

/* The token that starts at character c (binary search), or UINT32_MAX. */
static uint32_t
token_starting_at(const gt_doc *doc, uint32_t c)
{
	size_t		lo = 0,
				hi = doc->ntokens;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (doc->tokens[mid].span.char_start < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->ntokens && doc->tokens[lo].span.char_start == c ? (uint32_t) lo : UINT32_MAX;
}

/*
 * Are tokens [t0, t1] exactly a country adjective or demonym the lexicon
 * found (deutsche, Schweizer, Tschechen)? Those rows are the lexicon's
 * (form adjective or demonym, however the data labels them: GermEval calls
 * them LOCderiv, SmartData LOC), so the tagger learns O there.
 */
static bool
adjective_only(const gt_ner_view *v, uint32_t t0, uint32_t t1)
{
	const gt_ner_hints *h = v->hints;

	if ((h[t0].lex_pos != GT_HINT_B && h[t0].lex_pos != GT_HINT_U) ||
		(h[t1].lex_pos != GT_HINT_L && h[t1].lex_pos != GT_HINT_U))
		return false;
	for (uint32_t k = t0; k <= t1; k++)
		if (h[k].lex_form != GT_FORM_ADJECTIVE && h[k].lex_form != GT_FORM_DEMONYM)
			return false;
	return true;
}

/* Does a name from token t0 end at character end on a token boundary? Its last token into *t1. */
static bool
ends_at_token(const gt_doc *doc, uint32_t t0, uint32_t end, uint32_t *t1)
{
	uint32_t	k = t0;

	while (k < doc->ntokens && doc->tokens[k].span.char_end < end)
		k++;
	*t1 = k;
	return k < doc->ntokens && doc->tokens[k].span.char_end == end;
}

/* Could the tagger give tokens [t0, t1] one name (gt_ner_limits)? */
static bool
within_limits(const gt_doc *doc, const gt_ner_hints *hints, uint32_t t0, uint32_t t1)
{
	if (gt_ner_limits(doc, hints, t0) != GT_NER_ANYWHERE ||
		gt_ner_limits(doc, hints, t1) != GT_NER_ANYWHERE)
		return false;
	for (uint32_t k = t0; k <= t1; k++)
		if (gt_ner_limits(doc, hints, k) == GT_NER_OUTSIDE_ONLY)
			return false;
	return true;
}

/* The gold BILOU label of every token (O where no aligned gold name is). */
static void
gold_labels(const gt_doc *doc, const train_doc *d, const gt_ner_view *v, uint8_t *labels,
			align_stats *stats)
{
	memset(labels, GT_NER_O, doc->ntokens + 1);
	for (size_t g = 0; g < d->ngold; g++)
	{
		uint32_t	t0 = token_starting_at(doc, d->gold[g].start);
		uint32_t	t1 = t0;
		bool		all_candidates = true;

		stats->gold++;
		/* a name inside a word (the EU of EU-Kommission): the word is a compound, O for the tagger */
		if (t0 == UINT32_MAX || !ends_at_token(doc, t0, d->gold[g].end, &t1))
		{
			stats->unaligned++;
			continue;
		}
		for (uint32_t k = t0; k <= t1; k++)
			all_candidates = all_candidates && v->hints[k].candidate &&
				gt_tok_same_sentence(doc, t0, k) && labels[k] == GT_NER_O;
		if (adjective_only(v, t0, t1))
		{
			stats->adjective++;
			continue;
		}
		if (!within_limits(doc, v->hints, t0, t1))
		{
			stats->limited++;
			continue;
		}
		if (!all_candidates)
		{
			stats->not_candidate++;
			continue;
		}
		for (uint32_t k = t0; k <= t1; k++)
			labels[k] = gt_ner_label(d->gold[g].type, t0 == t1 ? GT_NER_U :
									 k == t0 ? GT_NER_B : k == t1 ? GT_NER_L : GT_NER_I);
	}
}

/* Keep one segment's features and gold labels. */
static void
keep_segment(const gt_doc *doc, const gt_ner_view *v, uint32_t first, uint32_t end,
			 const uint8_t *labels, segment *seg)
{
	uint32_t	buf[GT_NER_MAX_FEATURES];
	size_t		cap = 64;
	size_t		used = 0;

	seg->ntokens = end - first;
	seg->nfeats = xmalloc(seg->ntokens * sizeof(uint32_t));
	seg->gold = xmalloc(seg->ntokens);
	seg->limits = xmalloc(seg->ntokens);
	seg->feats = xmalloc(cap * sizeof(uint32_t));
	for (uint32_t k = first; k < end; k++)
	{
		size_t		n = gt_ner_features(doc, v->words, v->hints, k, buf);

		if (used + n > cap)
			seg->feats = xrealloc(seg->feats, (cap = 2 * (used + n)) * sizeof(uint32_t));
		memcpy(seg->feats + used, buf, n * sizeof(uint32_t));
		used += n;
		seg->nfeats[k - first] = (uint32_t) n;
		seg->gold[k - first] = labels[k];
		seg->limits[k - first] = gt_ner_limits(doc, v->hints, k);
	}
}

/* Analyse the training documents and keep their segments' features and gold labels. */
void
prepare_docs(train_doc *docs, size_t ndocs, const gt_lexicons *lex, align_stats *stats)
{
	memset(stats, 0, sizeof(*stats));
	for (size_t i = 0; i < ndocs; i++)
	{
		train_doc  *d = &docs[i];
		gt_doc		doc;
		gt_recognizer r;
		gt_ner_view v;
		uint8_t    *labels;

		if (d->eval)
			continue;
		if (gt_doc_analyze(&doc, &gt_env_malloc, d->text, d->len) != GT_OK ||
			!gt_recognizer_init(&r, &doc, lex))
			die("out of memory analysing document %u", d->id);
		gt_recognize_before_model(&r);
		if (!gt_ner_view_build(&r, &v))
			die("out of memory analysing document %u", d->id);
		labels = xmalloc(doc.ntokens + 1);
		gold_labels(&doc, d, &v, labels, stats);
		d->segments = xmalloc((v.nsegments + 1) * sizeof(segment));
		d->nsegments = v.nsegments;
		for (size_t s = 0; s < v.nsegments; s++)
			keep_segment(&doc, &v, v.segments[2 * s], v.segments[2 * s + 1], labels,
						 &d->segments[s]);
		free(labels);
		gt_ner_view_free(&v);
		gt_recognizer_free(&r);
		gt_doc_free(&doc);
	}
}
