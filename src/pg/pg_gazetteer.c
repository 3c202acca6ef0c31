/*
 * pg_gazetteer.c — the user gazetteer: the rows of @extschema@.geotext_gazetteer
 * compiled with gt_lexicon_build into lexicons per backend, kept in children
 * of CacheMemoryContext and brought up to date only when the table changed.
 *
 * Two lexicons: the last full build ("base", with the pg_snapshot it was
 * read in) and the changed keys ("delta"). After a change the backend reads
 * the change log rows its base snapshot does not see (the keys touched
 * since), fetches the current rows of exactly those keys through the index
 * on geotext_gazetteer_keys(name, kind, form), and compiles them with one
 * hide record per key, which voids the key's entries in the base: the cost
 * follows the changes since the base, not the table's size. Too many
 * changed keys, a TRUNCATE or a compaction of the log ("all keys") mean a
 * full build again.
 *
 * Invalidation: the triggers on the table call geotext_gazetteer_changed()
 * (pg_gazetteer_log.c), which logs the keys and queues a relcache
 * invalidation of the table. PostgreSQL applies it locally at the next command of the same
 * transaction, replays it on rollback, and sends it to every other backend
 * at commit; our relcache callback then marks the cached lexicon stale.
 * So a change is seen by the next statement of its own transaction and by
 * other sessions right after commit, with no reload and no polling.
 *
 * Snapshot: like a catalog cache, the table is read with the latest
 * snapshot (committed rows plus this transaction's earlier commands), not
 * the statement's: a cache built from an old REPEATABLE READ snapshot would
 * stay wrong after its transaction ended, since no further invalidation
 * comes. In parallel mode (where no new snapshot may be taken) the active
 * snapshot is used and the result is trusted for the current transaction
 * only. A parallel worker builds its own copy the same way.
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"
#include "lexicon/lexicon.h"

#include "catalog/pg_type.h"
#include "utils/array.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/catcache.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "base/base.h"

PG_FUNCTION_INFO_V1(geotext_gazetteer_stamp);

#define KEY_CAP GT_ENTRY_KEY_MAX

/*
 * Changed keys a delta holds at most: beyond, a full build is cheaper than
 * fetching and compiling them on every later change (a full build of
 * 200,000 rows takes about 0.8 s, a delta of this size a few ms).
 */
#define DELTA_MAX_KEYS 2000

/*
 * A delta may hold at most one changed key per this many entries of the
 * full build (and at least DELTA_MIN_KEYS): for a small gazetteer a full
 * build is cheaper than compiling a delta about as large as the table.
 */
#define DELTA_KEYS_PER_ENTRIES 4
#define DELTA_MIN_KEYS 64

/* A compiled lexicon in its own memory context. */
typedef struct gt_pg_compiled
{
	MemoryContext cxt;			/* child of CacheMemoryContext, or NULL */
	const gt_lexicon *lex;		/* NULL: no usable rows */
} gt_pg_compiled;

/* The backend's cached user lexicon and what it depends on. */
static struct
{
	bool		callback_registered;
	bool		valid;			/* false: rebuild at the next call */
	bool		tentative;		/* built from an old snapshot: this xact only */
	LocalTransactionId lxid;	/* transaction a tentative build belongs to */
	uint64		invalidations;	/* relcache callbacks seen (ours or global) */
	TimestampTz checked_stmt;	/* statement that last accepted invalidations */
	Oid			relid;			/* the table, or InvalidOid until resolved */
	gt_pg_compiled base;		/* the last full build */
	gt_pg_compiled delta;		/* the keys changed since */
	char	   *base_snapshot;	/* pg_snapshot (text) base was read in; NULL: none */
	gt_env		env;
} gaz;

/* Relcache callback: a change to the table (or to everything) makes us stale. */
static void
gazetteer_relcache_cb(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == gaz.relid)
	{
		gaz.valid = false;
		gaz.relid = InvalidOid;	/* renamed or dropped: resolve again */
		gaz.invalidations++;
	}
}

/*
 * The gazetteer table's oid, found by name in the extension's own schema
 * (never through search_path); InvalidOid if the extension or table is
 * missing. PostgreSQL 15 does not export get_extension_schema(), so the
 * pg_extension row is read here directly.
 */
static Oid
find_gazetteer_relid(void)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			nsp = InvalidOid;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber,
				F_NAMEEQ, CStringGetDatum("geotext"));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		nsp = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	if (!OidIsValid(nsp))
		return InvalidOid;
	return get_relname_relid(GT_PG_GAZETTEER_TABLE, nsp);
}

/* A text column of the current SPI row as UTF-8, or NULL for SQL NULL. */
static char *
utf8_value(HeapTuple tup, TupleDesc desc, int col)
{
	return gt_pg_server_to_utf8(SPI_getvalue(tup, desc, col));
}

/* The gt_gender of a gender column value (NULL: unknown). */
static uint8_t
parse_gender(const char *s)
{
	gt_gender	gender = GT_GENDER_UNKNOWN;

	return s != NULL && gt_gender_from_name(s, &gender) ? gender : GT_GENDER_UNKNOWN;
}

/* The changed keys of a delta, sorted, to ask whether a key is one. */
typedef struct gt_pg_keyset
{
	char	  **keys;
	int			n;
} gt_pg_keyset;

/* Byte order of two keys (for qsort and bsearch). */
static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Is the key one of the set (NULL: every key is)? */
static bool
keyset_has(const gt_pg_keyset *set, const char *key)
{
	return set == NULL || bsearch(&key, set->keys, set->n, sizeof(char *), key_cmp) != NULL;
}

/*
 * Turn the SPI result rows into lexicon entries (in the SPI context): one
 * entry per key of a row (its name, and for a name its genitive -s form, as
 * the compiler does for built-in names), only the keys of only (NULL: all),
 * and a hide record for each key of only. Returns the number of entries.
 */
static size_t
rows_to_entries(gt_lex_entry **out, const gt_pg_keyset *only)
{
	TupleDesc	desc = SPI_tuptable->tupdesc;
	uint64		nrows = SPI_processed;
	size_t		nhide = only ? (size_t) only->n : 0;
	gt_lex_entry *entries = palloc0(sizeof(gt_lex_entry) *
									(Size) (GT_PG_ROW_KEYS * nrows + nhide + 1));
	size_t		n = 0;

	for (uint64 i = 0; i < nrows; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		char	   *name = utf8_value(tup, desc, 1);
		char	   *canonical = utf8_value(tup, desc, 2);
		char	   *country = SPI_getvalue(tup, desc, 5);
		char	   *role = utf8_value(tup, desc, 7);
		bool		isnull;
		bool		suppress = DatumGetBool(SPI_getbinval(tup, desc, 8, &isnull));
		uint8		kind = gt_pg_parse_kind(SPI_getvalue(tup, desc, 3));
		uint8		form = gt_pg_parse_form(SPI_getvalue(tup, desc, 4));
		uint8		gender = parse_gender(SPI_getvalue(tup, desc, 6));
		char		keys[GT_PG_ROW_KEYS][KEY_CAP];
		size_t		lens[GT_PG_ROW_KEYS];
		int			nkeys;

		CHECK_FOR_INTERRUPTS();
		if (name == NULL)
			continue;
		nkeys = gt_pg_gazetteer_row_keys(name, strlen(name), kind, form, keys, lens);
		for (int k = 0; k < nkeys; k++)
		{
			gt_lex_entry *e;

			if (!keyset_has(only, keys[k]))
				continue;
			e = &entries[n++];
			e->key = pstrdup(keys[k]);
			e->canonical = canonical ? canonical : name;
			e->extra = role ? role : "";
			e->source = GT_PG_USER_SOURCE;
			e->type = GT_LEX_ENTITY;
			e->kind = kind;
			e->form = form;
			e->gender = gender;
			e->flags = GT_LF_USER | ((!isnull && suppress) ? GT_LF_SUPPRESS : 0);
			/* the short form is the name's key (Putin for Wladimir Putin), not its genitive */
			if (kind == GT_KIND_PERSON && strchr(keys[0], ' ') == NULL &&
				strchr(e->canonical, ' ') != NULL)
				e->flags |= GT_LF_SHORT_FORM;
			if (country != NULL && strlen(country) == 2)
				memcpy(e->country, country, 3);
		}
	}
	for (size_t h = 0; h < nhide; h++)
	{
		gt_lex_entry *e = &entries[n++];

		e->key = only->keys[h];
		e->canonical = "";
		e->extra = "";
		e->source = GT_PG_USER_SOURCE;
		e->type = GT_LEX_HIDE;
		e->flags = GT_LF_USER;
	}
	*out = entries;
	return n;
}

/* Connect to SPI for reading the gazetteer; an error if that fails. */
static void
spi_connect(void)
{
	int			ret = SPI_connect();

	if (ret != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to spi to read the geotext gazetteer: %s",
						SPI_result_code_string(ret))));
}

/* A query the cache runs after every change: prepared once per backend and table. */
typedef struct gt_pg_kept_query
{
	SPIPlanPtr	plan;
	Oid			relid;			/* the table it was prepared for */
} gt_pg_kept_query;

/* The prepared reads of a delta: the change log, and the rows of the changed keys. */
static gt_pg_kept_query log_query;
static gt_pg_kept_query rows_query;

/* Run a prepared read in snap (InvalidSnapshot: the statement's); an error if it fails. */
static void
spi_run(SPIPlanPtr plan, Datum *values, Snapshot snap)
{
	int			ret = SPI_execute_snapshot(plan, values, NULL, snap, InvalidSnapshot, true, false, 0);

	if (ret != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not read the geotext gazetteer: %s",
						SPI_result_code_string(ret))));
}

/* Prepare a query; with kept, keep it for the backend (prepared again for another relid). */
static SPIPlanPtr
spi_plan(const char *query, int nargs, Oid *types, gt_pg_kept_query *kept, Oid relid)
{
	SPIPlanPtr	plan;

	if (kept != NULL && kept->plan != NULL && kept->relid == relid)
		return kept->plan;
	plan = SPI_prepare(query, nargs, types);
	if (plan == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not prepare a query of the geotext gazetteer: %s",
						SPI_result_code_string(SPI_result))));
	if (kept == NULL)
		return plan;
	if (SPI_keepplan(plan) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not keep a query of the geotext gazetteer")));
	if (kept->plan != NULL)
		SPI_freeplan(kept->plan);
	kept->plan = plan;
	kept->relid = relid;
	return plan;
}

/* Run a read-only query once, with no arguments, in snap. */
static void
spi_read(const char *query, Snapshot snap)
{
	spi_run(spi_plan(query, 0, NULL, NULL, InvalidOid), NULL, snap);
}

/* Compile the entries into a lexicon in cxt (NULL for none); errors on memory. */
static const gt_lexicon *
compile_entries(gt_lex_entry *entries, size_t n, MemoryContext cxt)
{
	const gt_lexicon *lex;

	if (n == 0)
		return NULL;
	gt_pg_env_init(&gaz.env, cxt);
	if (!gt_lexicon_mark_shared_names(&gaz.env, entries, n))
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory reading the geotext gazetteer")));
	lex = gt_lexicon_build(&gaz.env, entries, n);
	if (lex == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory building the geotext gazetteer")));
	return lex;
}

/* The columns every build reads, in the order rows_to_entries expects. */
#define ROW_COLUMNS "name, canonical, kind, form, country, gender, role, suppress"

/*
 * A full build: every row, compiled into cxt, read in snap (InvalidSnapshot
 * in parallel mode: the statement's). *snapshot_text gets the pg_snapshot it
 * was read in (in cxt), or NULL when no delta may follow it.
 */
static const gt_lexicon *
build_full(const char *table, MemoryContext cxt, Snapshot snap, char **snapshot_text)
{
	gt_lex_entry *entries;
	size_t		n;
	const gt_lexicon *lex;

	spi_connect();
	*snapshot_text = NULL;
	if (snap != InvalidSnapshot)
	{
		bool		isnull;

		spi_read("SELECT pg_catalog.pg_current_snapshot()::text", snap);
		*snapshot_text = MemoryContextStrdup(cxt, TextDatumGetCString(
			SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)));
	}
	spi_read(psprintf("SELECT " ROW_COLUMNS " FROM %s ORDER BY id", table), snap);
	n = rows_to_entries(&entries, NULL);
	lex = compile_entries(entries, n, cxt);
	SPI_finish();
	return lex;
}

/* How many changed keys a delta may hold in front of the current full build. */
static int
delta_limit(void)
{
	size_t		base = gaz.base.lex ? gt_lexicon_size(gaz.base.lex) / DELTA_KEYS_PER_ENTRIES : 0;

	return (int) Max(DELTA_MIN_KEYS, Min(DELTA_MAX_KEYS, base));
}

/*
 * The keys the change log says were touched since the base was read, into
 * set (sorted, distinct, in the SPI context); false when a full build is
 * due instead: "all keys" logged, or more than delta_limit().
 */
static bool
changed_keys(Oid relid, Snapshot snap, gt_pg_keyset *set)
{
	Oid			log_relid = gt_pg_gazetteer_log_relid(relid);
	Oid			types[1] = {TEXTOID};
	Datum		values[1];
	gt_pg_log_owner saved;
	char	   *query;
	int			cap = 64;
	int			limit = delta_limit();

	if (!OidIsValid(log_relid))
		return false;
	/* transactions older than the snapshot's xmin had ended: the base saw them */
	query = psprintf("SELECT keys FROM %s WHERE xact >= pg_catalog.pg_snapshot_xmin($1::pg_catalog.pg_snapshot)"
					 " AND NOT pg_catalog.pg_visible_in_snapshot(xact, $1::pg_catalog.pg_snapshot)",
					 quote_qualified_identifier(get_namespace_name(get_rel_namespace(log_relid)),
												GT_PG_GAZETTEER_LOG));
	values[0] = CStringGetTextDatum(gaz.base_snapshot);
	gt_pg_log_owner_enter(log_relid, &saved);
	spi_run(spi_plan(query, 1, types, &log_query, log_relid), values, snap);
	gt_pg_log_owner_leave(&saved);

	set->keys = palloc(sizeof(char *) * cap);
	set->n = 0;
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
		Datum	   *elems;
		bool	   *enulls;
		int			nelems;

		CHECK_FOR_INTERRUPTS();
		if (isnull)
			return false;		/* TRUNCATE or compaction: all keys */
		deconstruct_array(DatumGetArrayTypeP(d), BYTEAOID, -1, false, TYPALIGN_INT,
						  &elems, &enulls, &nelems);
		for (int k = 0; k < nelems; k++)
		{
			bytea	   *b;

			if (enulls[k])
				continue;
			b = DatumGetByteaPP(elems[k]);
			if (set->n == cap)
			{
				cap *= 2;
				set->keys = repalloc(set->keys, sizeof(char *) * cap);
			}
			set->keys[set->n++] = pnstrdup(VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
		}
		if (set->n > limit * GT_PG_ROW_KEYS)
			return false;
	}
	/* sorted and distinct */
	if (set->n > 1)
	{
		int			m = 1;

		qsort(set->keys, set->n, sizeof(char *), key_cmp);
		for (int k = 1; k < set->n; k++)
			if (strcmp(set->keys[k], set->keys[m - 1]) != 0)
				set->keys[m++] = set->keys[k];
		set->n = m;
	}
	return set->n <= limit;
}

/*
 * A delta build: the current rows of the keys changed since the base was
 * read, with a hide record per key, compiled into cxt. *full is set (and
 * NULL returned) when a full build is due instead.
 */
static const gt_lexicon *
build_delta(Oid relid, const char *table, MemoryContext cxt, Snapshot snap, bool *full)
{
	gt_pg_keyset set;
	gt_lex_entry *entries;
	size_t		n;
	const gt_lexicon *lex = NULL;
	Oid			types[1] = {BYTEAARRAYOID};
	Datum		values[1];
	size_t	   *lens;
	const char *nsp = quote_identifier(get_namespace_name(get_rel_namespace(relid)));

	spi_connect();
	*full = !changed_keys(relid, snap, &set);
	if (*full || set.n == 0)
	{
		SPI_finish();
		return NULL;
	}
	lens = palloc(sizeof(size_t) * set.n);
	for (int k = 0; k < set.n; k++)
		lens[k] = strlen(set.keys[k]);
	values[0] = gt_pg_keys_array((const char *const *) set.keys, lens, set.n);
	/* the index on geotext_gazetteer_keys(name, kind, form) finds them */
	spi_run(spi_plan(psprintf("SELECT " ROW_COLUMNS " FROM %s"
							  " WHERE %s.geotext_gazetteer_keys(name, kind, form) OPERATOR(pg_catalog.&&) $1"
							  " ORDER BY id", table, nsp),
					 1, types, &rows_query, relid),
			values, snap);
	n = rows_to_entries(&entries, &set);
	lex = compile_entries(entries, n, cxt);
	SPI_finish();
	return lex;
}

/* Free a compiled lexicon and forget it. */
static void
compiled_free(gt_pg_compiled *c)
{
	if (c->cxt != NULL)
		MemoryContextDelete(c->cxt);
	c->cxt = NULL;
	c->lex = NULL;
}

/* Keep a new lexicon (NULL: none) and its context cxt for the backend in c. */
static void
compiled_keep(gt_pg_compiled *c, MemoryContext cxt, const gt_lexicon *lex)
{
	compiled_free(c);
	if (CacheMemoryContext == NULL)
		CreateCacheMemoryContext();
	MemoryContextSetParent(cxt, CacheMemoryContext);
	c->cxt = cxt;
	c->lex = lex;
}

/* The compiled user gazetteer of this backend; see pg_gazetteer.h. */
void
gt_pg_user_lexicons(const gt_lexicon *out[GT_PG_USER_LEXICONS])
{
	TimestampTz stmt = GetCurrentStatementStartTimestamp();
	MemoryContext cxt;
	uint64		seen;
	bool		full = true;
	const char *table;
	Snapshot	snap = InvalidSnapshot;

	if (!gaz.callback_registered)
	{
		CacheRegisterRelcacheCallback(gazetteer_relcache_cb, (Datum) 0);
		gaz.callback_registered = true;
	}
	/* once per statement, take in commits of other sessions */
	if (stmt != gaz.checked_stmt)
	{
		AcceptInvalidationMessages();
		gaz.checked_stmt = stmt;
	}
	if (!(gaz.valid && (!gaz.tentative || gaz.lxid == MyProc->lxid)))
	{
		seen = gaz.invalidations;
		if (!OidIsValid(gaz.relid))
			gaz.relid = find_gazetteer_relid();
		if (!OidIsValid(gaz.relid))
		{
			/* not (yet) created, or dropped: forget the rows, look again later */
			compiled_free(&gaz.delta);
			compiled_free(&gaz.base);
			gaz.base_snapshot = NULL;
			out[0] = out[1] = NULL;
			return;
		}
		table = quote_qualified_identifier(get_namespace_name(get_rel_namespace(gaz.relid)),
										   get_rel_name(gaz.relid));
		/* no new snapshot may be taken in parallel mode: the statement's, this xact only */
		if (!IsInParallelMode())
			snap = RegisterSnapshot(GetLatestSnapshot());

		/* build under the caller's context, so an error frees it */
		cxt = AllocSetContextCreate(CurrentMemoryContext, "geotext user gazetteer",
									ALLOCSET_SMALL_SIZES);
		if (snap != InvalidSnapshot && gaz.base_snapshot != NULL && !gaz.tentative)
		{
			const gt_lexicon *lex = build_delta(gaz.relid, table, cxt, snap, &full);

			if (!full)
				compiled_keep(&gaz.delta, cxt, lex);
			else
				MemoryContextReset(cxt);
		}
		if (full)
		{
			char	   *snapshot_text;
			const gt_lexicon *lex = build_full(table, cxt, snap, &snapshot_text);

			compiled_free(&gaz.delta);
			/* the context holds the snapshot text too: kept even without rows */
			compiled_keep(&gaz.base, cxt, lex);
			gaz.base_snapshot = snapshot_text;
			/*
			 * A full build in parallel mode, or one that sees this
			 * transaction's own (uncommitted) changes, holds for this
			 * transaction only: its pg_snapshot counts the own transaction
			 * as committed.
			 */
			gaz.tentative = snap == InvalidSnapshot || gt_pg_gazetteer_written_here();
		}
		if (snap != InvalidSnapshot)
			UnregisterSnapshot(snap);
		gaz.lxid = MyProc->lxid;
		/* an invalidation that arrived during the build leaves us stale */
		gaz.valid = gaz.invalidations == seen && OidIsValid(gaz.relid);
	}
	out[0] = gaz.delta.lex;
	out[1] = gaz.base.lex;
}

/* The number of a column of the gazetteer by name; an error if it is missing. */
static int
column_number(TupleDesc desc, const char *name)
{
	int			n = SPI_fnumber(desc, name);

	if (n <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("geotext_gazetteer has no column \"%s\"", name)));
	return n;
}

/*
 * Trigger (BEFORE INSERT OR UPDATE, per row): created_by is the current
 * role and created_at the transaction's start for an inserted row, and an
 * update keeps both; a superuser's values stand (pg_restore keeps the
 * dumped ones, and a superuser could disable the trigger anyway).
 */
Datum
geotext_gazetteer_stamp(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	HeapTuple	tuple;
	int			cols[2];
	Datum		values[2];
	bool		nulls[2] = {false, false};

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(td->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(td->tg_event) || TRIGGER_FIRED_BY_DELETE(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geotext_gazetteer_stamp() must be called as a BEFORE INSERT OR UPDATE row trigger")));
	desc = td->tg_relation->rd_att;
	tuple = TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple;
	if (superuser())
		return PointerGetDatum(tuple);
	cols[0] = column_number(desc, "created_by");
	cols[1] = column_number(desc, "created_at");
	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
	{
		values[0] = heap_getattr(td->tg_trigtuple, cols[0], desc, &nulls[0]);
		values[1] = heap_getattr(td->tg_trigtuple, cols[1], desc, &nulls[1]);
	}
	else
	{
		Name		who = (Name) palloc0(NAMEDATALEN);

		namestrcpy(who, GetUserNameFromId(GetUserId(), false));
		values[0] = NameGetDatum(who);
		values[1] = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	}
	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, desc, 2, cols, values, nulls));
}
