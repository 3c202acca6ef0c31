/*
 * pg_glue.c — one SQL call of the core: its input converted to UTF-8 and
 * size-checked, its work memory, the analysis with the user gazetteer, and
 * the helpers that turn results into rows (spans as int4range, text in the
 * server encoding). The core's environment lives in pg_env.c.
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/memutils.h"
#include "utils/builtins.h"
#include "utils/rangetypes.h"
#include "utils/tuplestore.h"

int			geotext_max_input_bytes = 64 * 1024 * 1024;
int			geotext_max_input_bytes_limit = 64 * 1024 * 1024;

/* Does the buffer hold only 7-bit ASCII? */
static bool
is_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
			return false;
	return true;
}

/* Convert the input text to UTF-8 and check its size. */
static void
convert_input(gt_pg_input *in, text *body)
{
	const char *data = VARDATA_ANY(body);
	size_t		len = VARSIZE_ANY_EXHDR(body);
	int			enc = GetDatabaseEncoding();

	if (len > (size_t) geotext_max_input_bytes && geotext_max_input_bytes <= geotext_max_input_bytes_limit)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("input of %zu bytes exceeds geotext.max_input_bytes (%d)",
						len, geotext_max_input_bytes),
				 errhint("Split the text, or raise geotext.max_input_bytes.")));
	if (len > (size_t) geotext_max_input_bytes_limit)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("input of %zu bytes exceeds geotext.max_input_bytes_limit (%d)",
						len, geotext_max_input_bytes_limit),
				 errdetail("geotext.max_input_bytes is %d; the limit set by a superuser applies.",
						   geotext_max_input_bytes),
				 errhint("Split the text; only a superuser can raise geotext.max_input_bytes_limit.")));

	in->converted = false;
	if (enc == PG_UTF8)
	{
		in->utf8 = data;
		in->len = len;
		return;
	}
	if (enc == PG_SQL_ASCII)
	{
		if (!is_ascii(data, len))
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("geotext cannot read non-ASCII text in a SQL_ASCII database"),
					 errdetail("SQL_ASCII gives no encoding to interpret bytes above 127."),
					 errhint("Use a UTF8 database (CREATE DATABASE … ENCODING 'UTF8').")));
		in->utf8 = data;
		in->len = len;
		return;
	}
	in->utf8 = pg_server_to_any(data, (int) len, PG_UTF8);
	in->len = strlen(in->utf8);
	in->converted = true;
	in->to_server = FindDefaultConversionProc(PG_UTF8, enc);
}

/* Set up a call over an input text (converted to UTF-8, size-checked). */
void
gt_pg_call_begin(gt_pg_call *call, text *body)
{
	call->work = AllocSetContextCreate(CurrentMemoryContext, "geotext work",
									   ALLOCSET_DEFAULT_SIZES);
	call->row = AllocSetContextCreate(call->work, "geotext row",
									  ALLOCSET_SMALL_SIZES);
	gt_pg_env_init(&call->env, call->work);
	call->int4range = lookup_type_cache(INT4RANGEOID, TYPECACHE_RANGE_INFO);
	call->scratch = NULL;
	call->scratch_used = 0;
	call->in_row = false;
	{
		MemoryContext old = MemoryContextSwitchTo(call->work);

		convert_input(&call->input, body);
		MemoryContextSwitchTo(old);
	}
}

/* Release the call's memory. */
void
gt_pg_call_end(gt_pg_call *call)
{
	MemoryContextDelete(call->work);
	call->work = NULL;
	call->row = NULL;
	call->scratch = NULL;
}

/*
 * Analyse the call's input: document, and entities / quotes on request;
 * with the user gazetteer only when the caller's function may read a table
 * (the STABLE ones). Tokens and sentences never read it.
 */
void
gt_pg_extract(gt_pg_call *call, gt_doc *doc, gt_entities *ents,
			  gt_quotes *quotes, bool user_gazetteer)
{
	const gt_lexicon *user[GT_PG_USER_LEXICONS] = {NULL, NULL};
	gt_lexicons lex;

	if (ents && user_gazetteer)
		gt_pg_user_lexicons(user);
	lex = gt_lexicons_with_users(user, GT_PG_USER_LEXICONS);

	gt_pg_check(gt_doc_analyze(doc, &call->env, call->input.utf8, call->input.len));
	if (ents)
		gt_pg_check(gt_find_entities(doc, &lex, ents));
	if (ents && quotes)
		gt_pg_check(gt_find_quotes(doc, ents, &lex, quotes));
}

/* Start a result row: check for interrupts, switch to the per-row context. */
MemoryContext
gt_pg_row_begin(gt_pg_call *call)
{
	CHECK_FOR_INTERRUPTS();
	call->in_row = true;
	call->scratch_used = 0;
	return MemoryContextSwitchTo(call->row);
}

/*
 * The bytes a row keeps its text and span datums in: tokens, names, spans,
 * most quotes. A row's datums only live until tuplestore_putvalues has copied
 * them, so each row reuses the same scratch bytes instead of pallocs that the
 * per-row reset frees again (an allocation and a reset per token row).
 */
#define ROW_SCRATCH_BYTES 8192

/* size bytes for a datum of the current row: in the row's scratch, else palloc'd. */
static void *
row_bytes(gt_pg_call *call, Size size)
{
	Size		at = MAXALIGN(call->scratch_used);

	if (!call->in_row || at + size > ROW_SCRATCH_BYTES)
		return palloc(size);
	if (call->scratch == NULL)
		call->scratch = MemoryContextAlloc(call->work, ROW_SCRATCH_BYTES);
	call->scratch_used = at + size;
	return call->scratch + at;
}

/* Store a row in the SRF's tuplestore and reset the per-row context. */
void
gt_pg_row_end(ReturnSetInfo *rsinfo, gt_pg_call *call, MemoryContext old,
			  Datum *values, bool *nulls)
{
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	call->in_row = false;
	MemoryContextSwitchTo(old);
	MemoryContextReset(call->row);
}

/* The serialised form of one int4range: bytes, and where its two bounds' values lie in them. */
typedef struct span_layout
{
	bool		checked;		/* the layout was derived (once per backend) */
	bool		usable;			/* patching the bounds gives range_serialize's bytes */
	Size		size;
	Size		lower_at;
	Size		upper_at;
	char		bytes[64];
} span_layout;

/* The derived layout of int4range's serialised form (a backend's int4range never changes). */
static span_layout span_form;

/* range_serialize's bytes of the canonical int4range [lower, upper). */
static RangeType *
serialize_span(TypeCacheEntry *int4range, int32 lower_value, int32 upper_value)
{
	RangeBound	lower = {0};
	RangeBound	upper = {0};

	lower.val = Int32GetDatum(lower_value);
	lower.inclusive = true;
	lower.lower = true;
	upper.val = Int32GetDatum(upper_value);
	upper.inclusive = false;
	upper.lower = false;
#if PG_VERSION_NUM >= 160000
	return range_serialize(int4range, &lower, &upper, false, NULL);
#else
	return range_serialize(int4range, &lower, &upper, false);
#endif
}

/* Where the 4 bytes of value lie in bytes[0..size), or -1 when not exactly once. */
static long
offset_of_value(const char *bytes, Size size, int32 value)
{
	long		found = -1;

	for (Size i = 0; i + sizeof(value) <= size; i++)
		if (memcmp(bytes + i, &value, sizeof(value)) == 0)
		{
			if (found >= 0)
				return -1;
			found = (long) i;
		}
	return found;
}

/* A range of the layout with its bounds' values replaced, in out (form->size bytes). */
static Pointer
patched_span(const span_layout *form, char *out, int32 lower_value, int32 upper_value)
{

	memcpy(out, form->bytes, form->size);
	memcpy(out + form->lower_at, &lower_value, sizeof(lower_value));
	memcpy(out + form->upper_at, &upper_value, sizeof(upper_value));
	return out;
}

/*
 * Derive int4range's serialised layout from range_serialize itself: serialise
 * a range with two distinctive bound values, find where they lie, and keep the
 * layout only if patching other values in gives range_serialize's own bytes.
 */
static void
derive_span_layout(span_layout *form, TypeCacheEntry *int4range)
{
	/* bound values whose bytes occur nowhere else in the range: no 0, no type oid, no flag byte */
	const int32 probe_lower = 0x5A3C1E07;
	const int32 probe_upper = 0x6B4D2F18;
	const int32 check_lower = 17;
	const int32 check_upper = 0x01020304;
	RangeType  *probe = serialize_span(int4range, probe_lower, probe_upper);
	RangeType  *check = serialize_span(int4range, check_lower, check_upper);
	long		lower_at = offset_of_value((char *) probe, VARSIZE(probe), probe_lower);
	long		upper_at = offset_of_value((char *) probe, VARSIZE(probe), probe_upper);

	form->checked = true;
	form->usable = false;
	if (lower_at < 0 || upper_at < 0 || VARSIZE(probe) > sizeof(form->bytes) || VARSIZE(check) != VARSIZE(probe))
		return;
	form->size = VARSIZE(probe);
	form->lower_at = (Size) lower_at;
	form->upper_at = (Size) upper_at;
	memcpy(form->bytes, probe, form->size);
	{
		char		patched[sizeof(form->bytes)];

		patched_span(form, patched, check_lower, check_upper);
		form->usable = memcmp(patched, check, form->size) == 0;
	}
	pfree(probe);
	pfree(check);
}

/*
 * The 1-based half-open int4range of a 0-based character span. The bounds
 * are already in int4range's canonical form ([lower, upper)), so the range
 * is not made by make_range (it called int4range_canonical through the
 * function manager for every row only to get the same bounds back: 7% of
 * geotext_tokens) nor by range_serialize for every row (its bound check
 * through the function manager and its size computation were another 6%):
 * the bytes range_serialize gives once, with this span's bounds patched in,
 * checked against range_serialize when the backend first needs them.
 * An empty span ([a, a)) goes through range_serialize: it is the empty range.
 */
Datum
gt_pg_span_datum(gt_pg_call *call, uint32 char_start, uint32 char_end)
{
	int32		lower = (int32) char_start + 1;
	int32		upper = (int32) char_end + 1;

	if (!span_form.checked)
		derive_span_layout(&span_form, call->int4range);
	if (span_form.usable && lower < upper)
		return PointerGetDatum(patched_span(&span_form, row_bytes(call, span_form.size), lower, upper));
	return PointerGetDatum(serialize_span(call->int4range, lower, upper));
}

/*
 * Append UTF-8 bytes converted to the server encoding (by conversion
 * to_server) to out; false (out unchanged) when the encoding cannot hold
 * one of their characters.
 */
bool
gt_pg_append_in_server(Oid to_server, StringInfo out, const char *utf8, size_t len)
{
	int			cap = (int) len * MAX_CONVERSION_GROWTH + 1;
	int			done;

	if (!OidIsValid(to_server))
		return false;
	enlargeStringInfo(out, cap);
	done = pg_do_encoding_conversion_buf(to_server, PG_UTF8, GetDatabaseEncoding(),
										 (unsigned char *) utf8, (int) len,
										 (unsigned char *) out->data + out->len, cap, true);
	if (done < (int) len)
	{
		out->data[out->len] = '\0';
		return false;
	}
	out->len += (int) strlen(out->data + out->len);
	return true;
}

/*
 * UTF-8 bytes in the server encoding (palloc'd, NUL-terminated, *outlen its
 * length): a character the encoding cannot hold in its ASCII form
 * (Erdoğan → Erdogan in LATIN1), or ? when it has none; never an error.
 */
char *
gt_pg_to_server(gt_pg_call *call, const char *utf8, size_t len, int *outlen)
{
	StringInfoData out;
	size_t		i = 0;

	initStringInfo(&out);
	if (!call->input.converted || is_ascii(utf8, len))
	{
		appendBinaryStringInfo(&out, utf8, (int) len);
		*outlen = out.len;
		return out.data;
	}
	/* the whole string at once: what the encoding holds (the input's own text always) */
	if (!gt_pg_append_in_server(call->input.to_server, &out, utf8, len))
		while (i < len)
		{
			const unsigned char *c = (const unsigned char *) utf8 + i;
			size_t		n = (size_t) pg_utf_mblen(c);
			char		ascii[GT_ASCII_FORM_MAX];

			CHECK_FOR_INTERRUPTS();
			if (n == 0 || n > len - i)
				n = len - i;	/* never within the core's valid UTF-8; ends the loop */
			i += n;
			if (gt_pg_append_in_server(call->input.to_server, &out, (const char *) c, n))
				continue;
			if (gt_ascii_form((int32_t) utf8_to_unicode(c), ascii, sizeof(ascii)) > 0)
				appendStringInfoString(&out, ascii);
			else
				appendStringInfoChar(&out, '?');
		}
	*outlen = out.len;
	return out.data;
}

/* A text datum (server encoding) for bytes of the UTF-8 input. */
Datum
gt_pg_text_datum(gt_pg_call *call, const char *utf8, size_t len)
{
	int			n;
	char	   *server;

	if (!call->input.converted)
	{
		text	   *t = row_bytes(call, VARHDRSZ + len);

		SET_VARSIZE(t, VARHDRSZ + len);
		memcpy(VARDATA(t), utf8, len);
		return PointerGetDatum(t);
	}
	server = gt_pg_to_server(call, utf8, len, &n);
	return PointerGetDatum(cstring_to_text_with_len(server, n));
}

/* A text datum for a NUL-terminated UTF-8 string. */
Datum
gt_pg_cstring_datum(gt_pg_call *call, const char *utf8)
{
	return gt_pg_text_datum(call, utf8, strlen(utf8));
}

/* A text datum for a UTF-8 C string, or NULL (isnull) when it is NULL or empty. */
Datum
gt_pg_text_or_null(gt_pg_call *call, const char *utf8, bool *isnull)
{
	*isnull = utf8 == NULL || utf8[0] == '\0';
	return *isnull ? (Datum) 0 : gt_pg_cstring_datum(call, utf8);
}
