/*
 * pg_glue.h — what the SQL-facing files share: input conversion, the core's
 * environment on PostgreSQL memory contexts, error reporting, and output
 * helpers for spans and text.
 */
#ifndef GT_PG_GLUE_H
#define GT_PG_GLUE_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "nodes/execnodes.h"
#include "utils/typcache.h"

#include "geotext.h"

/* GUC: the largest input (in bytes) an extraction function accepts. */
extern int	geotext_max_input_bytes;

/* GUC (superuser): the bound of geotext_max_input_bytes that applies whatever a role sets. */
extern int	geotext_max_input_bytes_limit;

/* An input text as UTF-8, ready for the core. */
typedef struct gt_pg_input
{
	const char *utf8;
	size_t		len;
	bool		converted;		/* the server encoding is not UTF-8 */
	Oid			to_server;		/* when converted: the UTF-8 -> server encoding conversion */
} gt_pg_input;

/* Work memory for one call: a context for the core, one reset per row, and a row's scratch bytes. */
typedef struct gt_pg_call
{
	MemoryContext work;
	MemoryContext row;
	gt_env		env;
	TypeCacheEntry *int4range;
	gt_pg_input input;
	char	   *scratch;		/* a row's text and span datums (allocated in work on first use) */
	Size		scratch_used;	/* bytes of scratch the current row holds */
	bool		in_row;			/* between gt_pg_row_begin and gt_pg_row_end */
} gt_pg_call;

/* A core environment allocating in cxt and checking for interrupts. */
extern void gt_pg_env_init(gt_env *env, MemoryContext cxt);

/* Set up a call over an input text (converted to UTF-8, size-checked). */
extern void gt_pg_call_begin(gt_pg_call *call, text *body);

/* Release the call's memory. */
extern void gt_pg_call_end(gt_pg_call *call);

/*
 * Analyse the call's input: the document always, its entities when ents is
 * not NULL, its quotes when quotes is not NULL (quotes need entities); with
 * the user gazetteer when user_gazetteer (STABLE functions only: an
 * IMMUTABLE one reads no table).
 */
extern void gt_pg_extract(gt_pg_call *call, gt_doc *doc, gt_entities *ents,
						  gt_quotes *quotes, bool user_gazetteer);

/* Start a result row: check for interrupts, switch to the per-row context. */
extern MemoryContext gt_pg_row_begin(gt_pg_call *call);

/* Store a row in the SRF's tuplestore and reset the per-row context. */
extern void gt_pg_row_end(ReturnSetInfo *rsinfo, gt_pg_call *call,
						  MemoryContext old, Datum *values, bool *nulls);

/* Report a core failure through ereport (returns only for GT_OK). */
extern void gt_pg_check(gt_status st);

/* The 1-based half-open int4range of a 0-based character span. */
extern Datum gt_pg_span_datum(gt_pg_call *call, uint32 char_start,
							  uint32 char_end);

/* A text datum (server encoding) for bytes of the UTF-8 input. */
extern Datum gt_pg_text_datum(gt_pg_call *call, const char *utf8, size_t len);

/*
 * Append UTF-8 bytes converted to the server encoding (by conversion
 * to_server) to out; false (out unchanged) when the encoding cannot hold
 * one of their characters.
 */
extern bool gt_pg_append_in_server(Oid to_server, StringInfo out, const char *utf8, size_t len);

/*
 * UTF-8 bytes in the server encoding (palloc'd, NUL-terminated, *outlen its
 * length): a character the encoding cannot hold in its ASCII form
 * (Erdoğan → Erdogan in LATIN1), or ? when it has none; never an error.
 */
extern char *gt_pg_to_server(gt_pg_call *call, const char *utf8, size_t len, int *outlen);

/* A text datum for a UTF-8 C string, or NULL (isnull) when it is NULL or empty. */
extern Datum gt_pg_text_or_null(gt_pg_call *call, const char *utf8, bool *isnull);

/* A text datum for a NUL-terminated UTF-8 string. */
extern Datum gt_pg_cstring_datum(gt_pg_call *call, const char *utf8);

#endif							/* GT_PG_GLUE_H */
