/*
 * pg_gazetteer_keys.c — the lexicon keys of a gazetteer row (its normalised
 * name and, for a name, its genitive -s form): one function for the cache
 * that compiles the rows, the change log that records which keys a write
 * touched, and the SQL function geotext_gazetteer_keys that indexes the
 * table by them (so a backend fetches only the rows of the changed keys).
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"

#include "base/base.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(geotext_gazetteer_keys);

/* The gt_kind of a kind column value; see pg_gazetteer.h. */
uint8
gt_pg_parse_kind(const char *s)
{
	gt_kind		kind = GT_KIND_NONE;

	return s != NULL && gt_kind_from_name(s, &kind) ? kind : GT_KIND_NONE;
}

/* The gt_form of a form column value; see pg_gazetteer.h. */
uint8
gt_pg_parse_form(const char *s)
{
	gt_form		form = GT_FORM_NAME;

	return s != NULL && gt_form_from_name(s, &form) ? form : GT_FORM_NAME;
}

/* The keys a row with this name, kind and form is found by; see pg_gazetteer.h. */
int
gt_pg_gazetteer_row_keys(const char *name, size_t len, uint8 kind, uint8 form,
						 char keys[GT_PG_ROW_KEYS][GT_ENTRY_KEY_MAX],
						 size_t lens[GT_PG_ROW_KEYS])
{
	size_t		klen = gt_normalize_key(name, len, keys[0], GT_ENTRY_KEY_MAX - 1);

	if (klen == (size_t) -1 || klen == 0)
		return 0;				/* too long or blank: no key to find it by */
	keys[0][klen] = '\0';
	lens[0] = klen;
	if (form != GT_FORM_NAME)
		return 1;
	lens[1] = gt_genitive(keys[0], klen, kind == GT_KIND_PERSON, keys[1], GT_ENTRY_KEY_MAX);
	return lens[1] > 0 ? 2 : 1;
}

/* A string of the server encoding as UTF-8: s itself, or a palloc'd conversion; see pg_gazetteer.h. */
char *
gt_pg_server_to_utf8(char *s)
{
	if (s == NULL || GetDatabaseEncoding() == PG_UTF8 || GetDatabaseEncoding() == PG_SQL_ASCII)
		return s;
	return pg_server_to_any(s, (int) strlen(s), PG_UTF8);
}

/* Keys (UTF-8 bytes, keys[i] of lens[i] bytes) as a bytea[] datum; see pg_gazetteer.h. */
Datum
gt_pg_keys_array(const char *const *keys, const size_t *lens, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * Max(n, 1));

	for (int i = 0; i < n; i++)
	{
		bytea	   *b = palloc(VARHDRSZ + lens[i]);

		SET_VARSIZE(b, VARHDRSZ + lens[i]);
		memcpy(VARDATA(b), keys[i], lens[i]);
		elems[i] = PointerGetDatum(b);
	}
	return PointerGetDatum(construct_array(elems, n, BYTEAOID, -1, false, TYPALIGN_INT));
}

/* The keys of a row as a bytea[] datum (UTF-8 bytes: any server encoding holds them). */
Datum
gt_pg_gazetteer_keys_datum(const char *name, size_t len, uint8 kind, uint8 form)
{
	char		keys[GT_PG_ROW_KEYS][GT_ENTRY_KEY_MAX];
	size_t		lens[GT_PG_ROW_KEYS];
	const char *ptrs[GT_PG_ROW_KEYS];
	int			n = gt_pg_gazetteer_row_keys(name, len, kind, form, keys, lens);

	for (int i = 0; i < n; i++)
		ptrs[i] = keys[i];
	return gt_pg_keys_array(ptrs, lens, n);
}

/* geotext_gazetteer_keys(name, kind, form): the keys a gazetteer row is found by. */
Datum
geotext_gazetteer_keys(PG_FUNCTION_ARGS)
{
	char	   *name = gt_pg_server_to_utf8(text_to_cstring(PG_GETARG_TEXT_PP(0)));
	char	   *kind = text_to_cstring(PG_GETARG_TEXT_PP(1));
	char	   *form = text_to_cstring(PG_GETARG_TEXT_PP(2));

	PG_RETURN_DATUM(gt_pg_gazetteer_keys_datum(name, strlen(name), gt_pg_parse_kind(kind),
											   gt_pg_parse_form(form)));
}
