/*
 * pg_tsdict.c — the text search dictionary template geotext_entities: a
 * stemmer (option stem, e.g. pg_catalog.german_stem) whose result gets, for
 * a word that carries an entity mention in the running geotext_parser parse,
 * the mention's entity lexeme as one more variant at the same position.
 *
 * Same position, other variant: to_tsvector indexes both the stem and
 * 'jens stoltenberg' at the surname's position, and phraseto_tsquery makes
 * of it ('stoltenberg' | 'jens stoltenberg'), so a phrase matches whether or
 * not the document's and the query's analyses found the same name there.
 */
#include "pg_glue.h"
#include "pg_tsparser.h"

#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/regproc.h"

PG_FUNCTION_INFO_V1(geotext_tsdict_init);
PG_FUNCTION_INFO_V1(geotext_tsdict_lexize);

/* The dictionary's one option: the dictionary that stems the words. */
#define GT_TSDICT_OPTION_STEM "stem"

/* Most entity lexemes one token can carry (one per mention ending there). */
#define GT_TSDICT_MAX_ENTITIES 4

/* A dictionary's settings: the stemmer it wraps. */
typedef struct gt_tsdict
{
	Oid			stem;
} gt_tsdict;

/* Dictionary init: read and check the option stem (the wrapped dictionary). */
Datum
geotext_tsdict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	gt_tsdict  *d = palloc0(sizeof(gt_tsdict));
	ListCell   *lc;

	foreach(lc, options)
	{
		DefElem    *def = (DefElem *) lfirst(lc);

		if (strcmp(def->defname, GT_TSDICT_OPTION_STEM) == 0)
			d->stem = get_ts_dict_oid(stringToQualifiedNameList(defGetString(def)), false);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized geotext_entities parameter: \"%s\"", def->defname),
					 errhint("The only parameter is stem, the dictionary that stems the words.")));
	}
	if (!OidIsValid(d->stem))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("missing stem parameter"),
				 errhint("Name the dictionary that stems the words: stem = 'pg_catalog.german_stem'.")));
	if (lookup_ts_dictionary_cache(d->stem)->lexize.fn_addr == geotext_tsdict_lexize)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the stem dictionary must not be a geotext_entities dictionary itself")));
	PG_RETURN_POINTER(d);
}

/* Number of lexemes in a dictionary result (up to its terminating entry). */
static int
lexeme_count(const TSLexeme *res)
{
	int			n = 0;

	while (res && res[n].lexeme)
		n++;
	return n;
}

/* Is the lexeme (lex, len) one of the first n of res? */
static bool
has_lexeme(const TSLexeme *res, int n, const char *lex, int len)
{
	for (int i = 0; i < n; i++)
		if (strncmp(res[i].lexeme, lex, len) == 0 && res[i].lexeme[len] == '\0')
			return true;
	return false;
}

/* Dictionary lexize: the stemmer's lexemes, plus the token's entity lexemes. */
Datum
geotext_tsdict_lexize(PG_FUNCTION_ARGS)
{
	gt_tsdict  *d = (gt_tsdict *) PG_GETARG_POINTER(0);
	char	   *token = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	TSDictionaryCacheEntry *stem = lookup_ts_dictionary_cache(d->stem);
	DictSubState sub = {0};
	TSLexeme   *res;
	TSLexeme   *out;
	const char *lex[GT_TSDICT_MAX_ENTITIES];
	int			lexlen[GT_TSDICT_MAX_ENTITIES];
	int			nent;
	int			n;
	uint16		variant = 0;

	res = (TSLexeme *) DatumGetPointer(FunctionCall4(&stem->lexize,
													 PointerGetDatum(stem->dictData),
													 PointerGetDatum(token),
													 Int32GetDatum(len),
													 PointerGetDatum(&sub)));
	nent = gt_ts_entity_lexemes(token, len, lex, lexlen, GT_TSDICT_MAX_ENTITIES);
	if (nent == 0)
		PG_RETURN_POINTER(res);

	/* a stopword (empty result) keeps its position for the entity lexeme */
	n = lexeme_count(res);
	out = palloc0(sizeof(TSLexeme) * (n + nent + 1));
	for (int i = 0; i < n; i++)
	{
		out[i] = res[i];
		variant = Max(variant, res[i].nvariant);
	}
	for (int i = 0, k = n; i < nent; i++)
	{
		/* "russland" of Russlands is its stem already */
		if (has_lexeme(out, k, lex[i], lexlen[i]))
			continue;
		out[k].lexeme = pnstrdup(lex[i], lexlen[i]);
		out[k].nvariant = ++variant;
		out[k].flags = 0;
		k++;
	}
	PG_RETURN_POINTER(out);
}
