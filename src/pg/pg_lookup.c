/*
 * pg_lookup.c — geotext_lookup(term): every lexicon entry a term matches,
 * user gazetteer first, then the built-in lexicon (materialize mode).
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"
#include "base/base.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(geotext_lookup);

#define LOOKUP_COLS 9
#define LOOKUP_KEY_CAP GT_ENTRY_KEY_MAX
#define USER_SOURCE_NAME "geotext_gazetteer"

/* The kind column: the entity kind, or for a cue its cue type (gt_cue_type). */
static const char *
kind_name(const gt_lex_entry *e)
{
	if (e->type == GT_LEX_CUE)
		return gt_cue_type_name((gt_cue_type) e->kind);
	if (e->type != GT_LEX_ENTITY || e->kind == GT_KIND_NONE)
		return NULL;
	return gt_kind_name((gt_kind) e->kind);
}

/*
 * Emit one row per entry of lex under key (prefix and hide records skipped,
 * entity rows too when hidden); true when lex hides the key's entities in
 * the user lexicons after it.
 */
static bool
put_entries(ReturnSetInfo *rsinfo, gt_pg_call *call, const gt_lexicon *lex,
			const char *key, size_t klen, const char *source_override, bool hidden)
{
	bool		hides = false;

	gt_lex_entry stack[32];
	gt_lex_entry *entries = stack;
	size_t		n = gt_lexicon_find(lex, key, klen, stack, lengthof(stack));

	if (n > lengthof(stack))
	{
		entries = MemoryContextAlloc(call->work, n * sizeof(gt_lex_entry));
		n = gt_lexicon_find(lex, key, klen, entries, n);
	}
	for (size_t i = 0; i < n; i++)
	{
		const gt_lex_entry *e = &entries[i];
		Datum		values[LOOKUP_COLS];
		bool		nulls[LOOKUP_COLS];
		const char *type;
		MemoryContext old;

		/* prefix records only steer multi-word matching: not entries */
		if (e->type == GT_LEX_PREFIX)
			continue;
		hides |= e->type == GT_LEX_HIDE;
		if (e->type == GT_LEX_HIDE || (hidden && e->type == GT_LEX_ENTITY))
			continue;

		type = (e->flags & GT_LF_SUPPRESS) ? "suppress"
			: gt_lex_type_name((gt_lex_type) e->type);
		old = gt_pg_row_begin(call);
		values[0] = gt_pg_text_or_null(call, e->key, &nulls[0]);
		values[1] = gt_pg_text_or_null(call, type, &nulls[1]);
		values[2] = gt_pg_text_or_null(call, e->canonical, &nulls[2]);
		values[3] = gt_pg_text_or_null(call, kind_name(e), &nulls[3]);
		values[4] = gt_pg_text_or_null(call, e->type == GT_LEX_ENTITY ?
								 gt_form_name((gt_form) e->form) : NULL,
								 &nulls[4]);
		values[5] = gt_pg_text_or_null(call, e->country, &nulls[5]);
		values[6] = gt_pg_text_or_null(call, gt_gender_name((gt_gender) e->gender), &nulls[6]);
		values[7] = gt_pg_text_or_null(call, e->extra, &nulls[7]);
		values[8] = gt_pg_text_or_null(call, source_override ? source_override : e->source,
								 &nulls[8]);
		gt_pg_row_end(rsinfo, call, old, values, nulls);
	}
	return hides;
}

/* geotext_lookup(term text): every lexicon entry the normalised term matches. */
Datum
geotext_lookup(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const gt_lexicon *user[GT_PG_USER_LEXICONS];
	gt_pg_call	call;
	char		key[LOOKUP_KEY_CAP];
	size_t		klen;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	gt_pg_user_lexicons(user);
	gt_pg_call_begin(&call, PG_GETARG_TEXT_PP(0));
	klen = gt_normalize_key(call.input.utf8, call.input.len, key, sizeof(key));
	/* a key longer than any stored one, or blank, matches nothing */
	if (klen != (size_t) -1 && klen > 0)
	{
		bool		hidden = false;

		/* the changed keys first: they hide the last full build's rows */
		for (int i = 0; i < GT_PG_USER_LEXICONS; i++)
			if (user[i] != NULL)
				hidden |= put_entries(rsinfo, &call, user[i], key, klen, USER_SOURCE_NAME, hidden);
		put_entries(rsinfo, &call, gt_lexicon_builtin(), key, klen, NULL, false);
	}
	gt_pg_call_end(&call);
	return (Datum) 0;
}
