/*
 * syntax.c — the syntax of a document, sentence by sentence on demand:
 * the taggers' labels for its tokens (a token of a name the caller marked
 * is a proper noun), then its noun phrases (chunks.c) and its clauses
 * (clauses.c). Every array is per document and allocated once.
 */
#include "syntax/syntax.h"

#include <string.h>

/* Tags a capitalised token inside a marked name keeps: the words of a name that are no name (von der Leyen). */
static bool
keeps_tag_in_name(uint8_t tag)
{
	return tag == GT_POS_ART || tag == GT_POS_APPR || tag == GT_POS_APPRART || tag == GT_POS_KON ||
		tag >= GT_POS_SCORED;
}

/* Prepare the syntax of doc; nothing is analysed yet. */
gt_status
gt_syntax_init(gt_syntax *syn, const gt_doc *doc, const gt_lexicons *lex,
			   const gt_pos_model *model, const uint8_t *names)
{
	size_t		n = doc->ntokens + 1;

	memset(syn, 0, sizeof(*syn));
	syn->doc = doc;
	syn->lex = lex;
	syn->env = doc->env;
	syn->names = names;
	syn->model = model ? model : gt_pos_model_builtin();
	syn->words = gt_alloc(doc->env, n * sizeof(gt_pos_word));
	syn->tags = gt_alloc(doc->env, n);
	syn->morph = gt_alloc(doc->env, n);
	syn->done = gt_alloc(doc->env, doc->nsentences + 1);
	syn->chunk_at = gt_alloc(doc->env, n * sizeof(int32_t));
	syn->clause_at = gt_alloc(doc->env, n * sizeof(int32_t));
	if (!syn->model || !syn->words || !syn->tags || !syn->morph || !syn->done ||
		!syn->chunk_at || !syn->clause_at)
	{
		gt_syntax_free(syn);
		syn->status = GT_ENOMEM;
		return GT_ENOMEM;
	}
	memset(syn->done, 0, doc->nsentences + 1);
	memset(syn->tags, GT_POS_PUNCT, n);
	memset(syn->morph, GT_MORPH_NONE, n);
	for (size_t k = 0; k < n; k++)
	{
		syn->chunk_at[k] = -1;
		syn->clause_at[k] = -1;
	}
	return GT_OK;
}

/* Release what the syntax allocated. */
void
gt_syntax_free(gt_syntax *syn)
{
	const gt_env *env = syn->env;

	if (!env)
		return;
	gt_free(env, syn->words);
	gt_free(env, syn->tags);
	gt_free(env, syn->morph);
	gt_free(env, syn->done);
	gt_free(env, syn->chunk_at);
	gt_free(env, syn->clause_at);
	gt_free(env, syn->chunks);
	gt_free(env, syn->clauses);
	gt_syntax_words_free(syn);
	syn->words = NULL;
	syn->tags = syn->morph = syn->done = NULL;
	syn->chunk_at = syn->clause_at = NULL;
	syn->chunks = NULL;
	syn->clauses = NULL;
	syn->nchunks = syn->nclauses = 0;
}

/* Analyse sentence s once: tags, noun phrases, clauses. */
bool
gt_syntax_sentence(gt_syntax *syn, uint32_t s)
{
	const gt_doc *doc = syn->doc;
	uint32_t	first,
				end;

	if (syn->status != GT_OK || s >= doc->nsentences)
		return false;
	if (syn->done[s])
		return true;
	syn->done[s] = 1;
	gt_sentence_range(doc, s, &first, &end);
	/* the words' lookups (as written and in the other case) are far apart in the lexicon: ask for them all first */
	for (size_t li = 0; li < syn->lex->n; li++)
	{
		gt_lexicon_warm_tokens(syn->lex->items[li], doc, first, end);
		gt_lexicon_warm_other_case(syn->lex->items[li], doc, first, end, true);
	}
	gt_syntax_words(syn, first, end);
	gt_pos_tag_range(syn->model, syn->words, first, end, syn->tags, syn->morph);
	if (syn->names)
		for (uint32_t k = first; k < end; k++)
			if (syn->names[k] && gt_tok_cap_word(doc, k) && !keeps_tag_in_name(syn->tags[k]))
				syn->tags[k] = GT_POS_NE;
	gt_chunk_sentence(syn, first, end);
	gt_clause_sentence(syn, s, first, end);
	return syn->status == GT_OK;
}

/* The tag of token k (its sentence analysed on demand). */
uint8_t
gt_syntax_tag(gt_syntax *syn, uint32_t k)
{
	if (k >= syn->doc->ntokens || !gt_syntax_sentence(syn, syn->doc->tokens[k].sentence))
		return GT_POS_PUNCT;
	return syn->tags[k];
}

/* The morphology label of token k (its sentence analysed on demand). */
uint8_t
gt_syntax_morph(gt_syntax *syn, uint32_t k)
{
	if (k >= syn->doc->ntokens || !gt_syntax_sentence(syn, syn->doc->tokens[k].sentence))
		return GT_MORPH_NONE;
	return syn->morph[k];
}

/* The chunk of token k, or NULL. */
const gt_chunk *
gt_syntax_chunk_at(gt_syntax *syn, uint32_t k)
{
	if (k >= syn->doc->ntokens || !gt_syntax_sentence(syn, syn->doc->tokens[k].sentence) ||
		syn->chunk_at[k] < 0)
		return NULL;
	return &syn->chunks[syn->chunk_at[k]];
}

/* The clause of token k, or NULL. */
const gt_clause *
gt_syntax_clause_at(gt_syntax *syn, uint32_t k)
{
	if (k >= syn->doc->ntokens || !gt_syntax_sentence(syn, syn->doc->tokens[k].sentence) ||
		syn->clause_at[k] < 0)
		return NULL;
	return &syn->clauses[syn->clause_at[k]];
}

/* The subject chunk of a clause, or NULL. */
const gt_chunk *
gt_syntax_subject(const gt_syntax *syn, const gt_clause *c)
{
	return c && c->subject != GT_SYN_NONE ? &syn->chunks[c->subject] : NULL;
}
