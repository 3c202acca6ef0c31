/*
 * conllu.c — reading the treebank: each sentence's "# text" is tokenized
 * by the core (gt_doc_analyze) and every token that is exactly one
 * treebank token gets its labels: the tag of pos_list.h that stands for
 * its STTS tag (a fused preposition and article, im = in dem, is APPRART
 * with the article's case), its case and number (nominal tags), its number
 * (finite verbs). A token the tokenizers cut differently gets none.
 */
#include "train_pos.h"
#include "../tables/tables.h"

#include <stdlib.h>
#include <string.h>

/* The longest line of a CoNLL-U file the reader takes. */
#define LINE_MAX_BYTES 65536
/* The most treebank tokens of one sentence. */
#define MAX_WORDS 1024

/* One treebank token (a word, or a fused word with its parts' labels). */
typedef struct tb_token
{
	char		form[256];
	uint8_t		tag;
	uint8_t		morph;
} tb_token;

/* The tag of pos_list.h that stands for an STTS tag, or NO_LABEL. */
static uint8_t
tag_of_stts(const char *stts)
{
	size_t		len = strlen(stts);

	for (uint8_t t = 0; t < GT_POS__COUNT; t++)
	{
		const char *list = gt_pos_stts(t);

		while (*list)
		{
			size_t		n = strcspn(list, " ");

			if (n == len && memcmp(list, stts, n) == 0)
				return t;
			list += n;
			while (*list == ' ')
				list++;
		}
	}
	return NO_LABEL;
}

/* The value of a feature (Case, Number, VerbForm) in a FEATS column, or "". */
static void
feature_value(const char *feats, const char *name, char *out, size_t cap)
{
	size_t		nlen = strlen(name);
	const char *p = feats;

	out[0] = '\0';
	while (p && *p)
	{
		if (strncmp(p, name, nlen) == 0 && p[nlen] == '=')
		{
			size_t		n = strcspn(p + nlen + 1, "|\t");

			if (n >= cap)
				n = cap - 1;
			memcpy(out, p + nlen + 1, n);
			out[n] = '\0';
			return;
		}
		p = strchr(p, '|');
		if (p)
			p++;
	}
}

/* The morphology label of a word with this tag and FEATS column. */
static uint8_t
morph_of(uint8_t tag, const char *feats)
{
	char		c[16],
				num[16],
				form[16];
	bool		plural;

	feature_value(feats, "Case", c, sizeof(c));
	feature_value(feats, "Number", num, sizeof(num));
	feature_value(feats, "VerbForm", form, sizeof(form));
	plural = strcmp(num, "Plur") == 0;
	if (gt_pos_finite_verb(tag))
		return num[0] ? (plural ? GT_MORPH_VERB_PL : GT_MORPH_VERB_SG) : GT_MORPH_NONE;
	if (!gt_pos_nominal(tag) && tag != GT_POS_APPRART)
		return GT_MORPH_NONE;
	if (strcmp(c, "Nom") == 0)
		return gt_morph_nominal(GT_CASE_NOM, plural);
	if (strcmp(c, "Acc") == 0)
		return gt_morph_nominal(GT_CASE_ACC, plural);
	if (strcmp(c, "Dat") == 0)
		return gt_morph_nominal(GT_CASE_DAT, plural);
	if (strcmp(c, "Gen") == 0)
		return gt_morph_nominal(GT_CASE_GEN, plural);
	return GT_MORPH_NONE;
}

/* Split a CoNLL-U token line into its ten columns (in place); false if it has fewer. */
static bool
split_columns(char *line, char **col)
{
	for (int i = 0; i < 10; i++)
	{
		col[i] = line;
		line = strchr(line, '\t');
		if (!line)
			return i == 9;
		*line++ = '\0';
	}
	return true;
}

/* Give the core's tokens of a sentence the labels of the treebank tokens they match exactly. */
static void
align(pos_sentence *s, const tb_token *tb, size_t ntb, read_stats *stats)
{
	const gt_doc *doc = &s->doc;
	size_t		pos = 0;
	uint32_t	k = 0;
	size_t		len = strlen(s->text);

	for (size_t i = 0; i < ntb; i++)
	{
		size_t		flen = strlen(tb[i].form);
		const char *at = flen ? strstr(s->text + pos, tb[i].form) : NULL;
		size_t		start,
					end;

		stats->words++;
		if (!at)
			continue;
		start = (size_t) (at - s->text);
		end = start + flen;
		if (end > len)
			continue;
		pos = end;
		while (k < doc->ntokens && doc->tokens[k].span.byte_start < start)
			k++;
		if (k < doc->ntokens && doc->tokens[k].span.byte_start == start &&
			doc->tokens[k].span.byte_end == end)
		{
			s->gold_tag[k] = tb[i].tag;
			s->gold_morph[k] = tb[i].morph;
			if (tb[i].tag != NO_LABEL)
				stats->aligned++;
		}
	}
}

/* Tokenize a sentence's text, compute its words' features and align the treebank's labels. */
static void
finish_sentence(pos_sentence *s, const tb_token *tb, size_t ntb, const gt_lexicons *lex,
				read_stats *stats)
{
	size_t		n;

	if (gt_doc_analyze(&s->doc, &gt_env_malloc, s->text, strlen(s->text)) != GT_OK ||
		gt_doc_prepare_keys(&s->doc) != GT_OK)
		die("cannot analyse a treebank sentence: out of memory");
	n = s->doc.ntokens;
	s->words = xmalloc((n + 1) * sizeof(gt_pos_word));
	s->gold_tag = xmalloc(n + 1);
	s->gold_morph = xmalloc(n + 1);
	memset(s->gold_tag, NO_LABEL, n + 1);
	memset(s->gold_morph, NO_LABEL, n + 1);
	for (uint32_t k = 0; k < n; k++)
		gt_pos_word_of(&s->doc, lex, k, &s->words[k]);
	align(s, tb, ntb, stats);
	stats->sentences++;
}

/* Read the sentences of a CoNLL-U file and append them. */
void
read_conllu(const char *path, const gt_lexicons *lex, pos_sentence **out, size_t *n,
			size_t *cap, read_stats *stats)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = xmalloc(LINE_MAX_BYTES);
	tb_token   *tb = xmalloc(MAX_WORDS * sizeof(tb_token));
	size_t		ntb = 0;
	char	   *text = NULL;
	int			fused_until = 0;	/* the last word id of the fused token being read */

	if (!f)
		die("%s: cannot open the treebank (../shared/data/train)", path);
	while (fgets(line, LINE_MAX_BYTES, f))
	{
		char	   *col[10];
		size_t		len = strcspn(line, "\r\n");

		line[len] = '\0';
		if (strncmp(line, "# text = ", 9) == 0)
		{
			free(text);
			text = xstrndup(line + 9, len - 9);
			continue;
		}
		if (line[0] == '#')
			continue;
		if (len == 0)
		{
			if (text && ntb)
			{
				if (*n == *cap)
				{
					*cap = *cap ? 2 * *cap : 1024;
					*out = xrealloc(*out, *cap * sizeof(pos_sentence));
				}
				memset(&(*out)[*n], 0, sizeof(pos_sentence));
				(*out)[*n].text = text;
				finish_sentence(&(*out)[*n], tb, ntb, lex, stats);
				(*n)++;
				text = NULL;
			}
			ntb = 0;
			fused_until = 0;
			continue;
		}
		if (!split_columns(line, col))
			die("%s: a token line without ten columns", path);
		if (strchr(col[0], '.'))
			continue;			/* an empty node of the enhanced graph */
		if (ntb == MAX_WORDS)
			die("%s: a sentence of more than %d tokens", path, MAX_WORDS);
		if (strchr(col[0], '-'))
		{
			/* a fused preposition and article: one token, APPRART, labels from its parts */
			fused_until = atoi(strchr(col[0], '-') + 1);
			snprintf(tb[ntb].form, sizeof(tb[ntb].form), "%s", col[1]);
			tb[ntb].tag = GT_POS_APPRART;
			tb[ntb].morph = GT_MORPH_NONE;
			ntb++;
			continue;
		}
		if (atoi(col[0]) <= fused_until)
		{
			/* a part of the fused token: the article's case and number are the token's */
			uint8_t		m = morph_of(GT_POS_APPRART, col[5]);

			if (m != GT_MORPH_NONE)
				tb[ntb - 1].morph = m;
			continue;
		}
		snprintf(tb[ntb].form, sizeof(tb[ntb].form), "%s", col[1]);
		tb[ntb].tag = tag_of_stts(col[4]);
		if (tb[ntb].tag == NO_LABEL)
			stats->unknown_tag++;
		tb[ntb].morph = tb[ntb].tag == NO_LABEL ? NO_LABEL : morph_of(tb[ntb].tag, col[5]);
		ntb++;
	}
	if (text && ntb)
		die("%s: the last sentence is not ended by an empty line", path);
	fclose(f);
	free(text);
	free(line);
	free(tb);
}
