/*
 * pg_actors.c — geotext_actors(): one row per real-world entity of a text,
 * with how often it is mentioned and how many quotes are attributed to it;
 * geotext_actor_keys(): their canonical names as an array, from the built-in
 * analysis only, for a generated column and a GIN index.
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(geotext_actors);
PG_FUNCTION_INFO_V1(geotext_actor_keys);

/* Count the quotes attributed to each entity into quoted[]. */
static void
count_quoted(const gt_entities *ents, const gt_quotes *quotes, int32 *quoted)
{
	memset(quoted, 0, ents->nentities * sizeof(int32));
	for (size_t i = 0; i < quotes->n; i++)
	{
		int32_t		e = quotes->items[i].speaker_entity;

		if (quotes->items[i].has_speaker && e >= 0 && (size_t) e < ents->nentities)
			quoted[e]++;
	}
}

/* Emit one row per entity: canonical, kind, country, mentions, quoted, first_span. */
static void
put_actors(ReturnSetInfo *rsinfo, gt_pg_call *call, const gt_entities *ents,
		   const int32 *quoted)
{
	for (size_t i = 0; i < ents->nentities; i++)
	{
		const gt_entity *e = &ents->entities[i];
		const gt_mention *first = &ents->mentions[e->first_mention];
		Datum		values[6];
		bool		nulls[6] = {false};
		MemoryContext old;

		old = gt_pg_row_begin(call);
		values[0] = gt_pg_cstring_datum(call, e->canonical);
		values[1] = CStringGetTextDatum(gt_kind_name(e->kind));
		nulls[2] = e->country[0] == '\0';
		values[2] = nulls[2] ? (Datum) 0 : CStringGetTextDatum(e->country);
		values[3] = Int32GetDatum((int32) e->mentions);
		values[4] = Int32GetDatum(quoted[i]);
		values[5] = gt_pg_span_datum(call, first->span.char_start, first->span.char_end);
		gt_pg_row_end(rsinfo, call, old, values, nulls);
	}
}

/* geotext_actors(body text): the entities of a text with mention and quote counts. */
Datum
geotext_actors(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gt_pg_call	call;
	gt_doc		doc;
	gt_entities ents;
	gt_quotes	quotes;
	int32	   *quoted;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	gt_pg_call_begin(&call, PG_GETARG_TEXT_PP(0));
	gt_pg_extract(&call, &doc, &ents, &quotes, true);
	quoted = MemoryContextAlloc(call.work, (ents.nentities + 1) * sizeof(int32));
	count_quoted(&ents, &quotes, quoted);
	put_actors(rsinfo, &call, &ents, quoted);
	gt_pg_call_end(&call);
	return (Datum) 0;
}

/* Order C strings by their bytes (qsort). */
static int
cmp_cstrings(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/*
 * geotext_actor_keys(body text) → text[]: the distinct canonical names of
 * the text's entities, in byte order, from the built-in analysis only (no
 * table is read: IMMUTABLE, so a generated column and a GIN index may use it;
 * it changes only with the extension version).
 */
Datum
geotext_actor_keys(PG_FUNCTION_ARGS)
{
	gt_pg_call	call;
	gt_doc		doc;
	gt_entities ents;
	const char **names;
	Datum	   *elems;
	size_t		n = 0;
	size_t		kept = 0;
	ArrayType  *result;
	MemoryContext old;

	gt_pg_call_begin(&call, PG_GETARG_TEXT_PP(0));
	gt_pg_extract(&call, &doc, &ents, NULL, false);
	old = MemoryContextSwitchTo(call.work);
	names = palloc((ents.nentities + 1) * sizeof(char *));
	for (size_t i = 0; i < ents.nentities; i++)
		names[n++] = ents.entities[i].canonical;
	qsort(names, n, sizeof(char *), cmp_cstrings);
	MemoryContextSwitchTo(old);
	/* the result outlives the call's context: its elements are built in the caller's */
	elems = palloc((n + 1) * sizeof(Datum));
	for (size_t i = 0; i < n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (i > 0 && strcmp(names[i], names[i - 1]) == 0)
			continue;			/* one name of two kinds (a country and its team) */
		elems[kept++] = gt_pg_cstring_datum(&call, names[i]);
	}
	result = construct_array(elems, (int) kept, TEXTOID, -1, false, TYPALIGN_INT);
	gt_pg_call_end(&call);
	PG_RETURN_ARRAYTYPE_P(result);
}
