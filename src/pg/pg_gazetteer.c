/*
 * pg_gazetteer.c — the user gazetteer: the rows of @extschema@.geotext_gazetteer
 * compiled with gt_lexicon_build into one lexicon per backend, kept in a
 * child of CacheMemoryContext and rebuilt only when the table changed.
 *
 * Invalidation: a statement-level trigger on the table calls
 * geotext_gazetteer_changed(), which queues a relcache invalidation of the
 * table. PostgreSQL applies it locally at the next command of the same
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

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
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

PG_FUNCTION_INFO_V1(geotext_gazetteer_changed);
PG_FUNCTION_INFO_V1(geotext_gazetteer_stamp);

#define GAZETTEER_TABLE "geotext_gazetteer"
#define KEY_CAP GT_ENTRY_KEY_MAX

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
	MemoryContext cxt;			/* owns lex; child of CacheMemoryContext */
	const gt_lexicon *lex;		/* NULL: table empty or missing */
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
	return get_relname_relid(GAZETTEER_TABLE, nsp);
}

/* A text column of the current SPI row as UTF-8, or NULL for SQL NULL. */
static char *
utf8_value(HeapTuple tup, TupleDesc desc, int col)
{
	char	   *s = SPI_getvalue(tup, desc, col);

	if (s == NULL || GetDatabaseEncoding() == PG_UTF8 ||
		GetDatabaseEncoding() == PG_SQL_ASCII)
		return s;
	return pg_server_to_any(s, (int) strlen(s), PG_UTF8);
}

/* The gt_kind of a kind column value (the table's CHECK keeps it valid). */
static uint8_t
parse_kind(const char *s)
{
	gt_kind		kind = GT_KIND_NONE;

	return s != NULL && gt_kind_from_name(s, &kind) ? kind : GT_KIND_NONE;
}

/* The gt_form of a form column value (NULL: a name). */
static uint8_t
parse_form(const char *s)
{
	gt_form		form = GT_FORM_NAME;

	return s != NULL && gt_form_from_name(s, &form) ? form : GT_FORM_NAME;
}

/* The gt_gender of a gender column value (NULL: unknown). */
static uint8_t
parse_gender(const char *s)
{
	gt_gender	gender = GT_GENDER_UNKNOWN;

	return s != NULL && gt_gender_from_name(s, &gender) ? gender : GT_GENDER_UNKNOWN;
}

/*
 * Turn the SPI result rows into lexicon entries (in the SPI context): one
 * entry per row, plus its genitive -s form for names (as the compiler does
 * for built-in names). Returns the number of entries.
 */
static size_t
rows_to_entries(gt_lex_entry **out)
{
	TupleDesc	desc = SPI_tuptable->tupdesc;
	uint64		nrows = SPI_processed;
	gt_lex_entry *entries = palloc0(sizeof(gt_lex_entry) * (Size) (2 * nrows + 1));
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
		char		key[KEY_CAP];
		size_t		klen;
		gt_lex_entry *e;

		CHECK_FOR_INTERRUPTS();
		if (name == NULL)
			continue;
		klen = gt_normalize_key(name, strlen(name), key, KEY_CAP - 1);
		if (klen == (size_t) -1 || klen == 0)
			continue;			/* too long or blank: no key to find it by */
		key[klen] = '\0';
		e = &entries[n++];
		e->key = pstrdup(key);
		e->canonical = canonical ? canonical : name;
		e->extra = role ? role : "";
		e->source = GT_PG_USER_SOURCE;
		e->type = GT_LEX_ENTITY;
		e->kind = parse_kind(SPI_getvalue(tup, desc, 3));
		e->form = parse_form(SPI_getvalue(tup, desc, 4));
		e->gender = parse_gender(SPI_getvalue(tup, desc, 6));
		e->flags = GT_LF_USER | ((!isnull && suppress) ? GT_LF_SUPPRESS : 0);
		if (e->kind == GT_KIND_PERSON && strchr(key, ' ') == NULL &&
			strchr(e->canonical, ' ') != NULL)
			e->flags |= GT_LF_SHORT_FORM;
		if (country != NULL && strlen(country) == 2)
			memcpy(e->country, country, 3);
		if (e->form == GT_FORM_NAME)
		{
			char		gen[KEY_CAP];

			if (gt_genitive(key, klen, e->kind == GT_KIND_PERSON, gen, KEY_CAP) > 0)
			{
				entries[n] = *e;
				entries[n].key = pstrdup(gen);
				n++;
			}
		}
	}
	*out = entries;
	return n;
}

/*
 * Read the table with SPI and compile it into a lexicon allocated in cxt;
 * NULL when it has no usable rows. Sets *tentative when the rows come from
 * the statement's snapshot rather than the latest one.
 */
static const gt_lexicon *
build_user_lexicon(Oid relid, MemoryContext cxt, bool *tentative)
{
	char	   *nsp = get_namespace_name(get_rel_namespace(relid));
	char	   *relname = get_rel_name(relid);
	char	   *query;
	int			ret;
	gt_lex_entry *entries;
	size_t		n;
	const gt_lexicon *lex = NULL;

	if (nsp == NULL || relname == NULL)
		return NULL;			/* dropped meanwhile */
	query = psprintf("SELECT name, canonical, kind, form, country, gender, role, suppress"
					 " FROM %s ORDER BY id",
					 quote_qualified_identifier(nsp, relname));
	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to spi to read the geotext gazetteer: %s",
						SPI_result_code_string(ret))));
	if (IsInParallelMode())
	{
		/* no new snapshot may be taken: use the statement's */
		*tentative = true;
		ret = SPI_execute(query, true, 0);
	}
	else
	{
		SPIPlanPtr	plan = SPI_prepare(query, 0, NULL);

		if (plan == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("could not prepare the query of the geotext gazetteer: %s",
							SPI_result_code_string(SPI_result))));
		*tentative = false;
		ret = SPI_execute_snapshot(plan, NULL, NULL, GetLatestSnapshot(),
								   InvalidSnapshot, true, false, 0);
	}
	if (ret != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not read the geotext gazetteer: %s",
						SPI_result_code_string(ret))));
	n = rows_to_entries(&entries);
	if (n > 0)
	{
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
	}
	SPI_finish();
	return lex;
}

/* The compiled user gazetteer of this backend, or NULL (empty or missing). */
const gt_lexicon *
gt_pg_user_lexicon(void)
{
	TimestampTz stmt = GetCurrentStatementStartTimestamp();
	MemoryContext cxt;
	const gt_lexicon *lex;
	uint64		seen;
	bool		tentative = false;

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
	if (gaz.valid && (!gaz.tentative || gaz.lxid == MyProc->lxid))
		return gaz.lex;

	seen = gaz.invalidations;
	if (!OidIsValid(gaz.relid))
		gaz.relid = find_gazetteer_relid();
	if (!OidIsValid(gaz.relid))
	{
		/* not (yet) created, or dropped: forget the rows, look again later */
		if (gaz.cxt != NULL)
			MemoryContextDelete(gaz.cxt);
		gaz.cxt = NULL;
		gaz.lex = NULL;
		return NULL;
	}

	/* build under the caller's context, so an error frees it */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "geotext user gazetteer",
								ALLOCSET_SMALL_SIZES);
	lex = build_user_lexicon(gaz.relid, cxt, &tentative);

	if (CacheMemoryContext == NULL)
		CreateCacheMemoryContext();
	if (gaz.cxt != NULL)
		MemoryContextDelete(gaz.cxt);
	gaz.cxt = NULL;
	gaz.lex = lex;
	if (lex != NULL)
	{
		MemoryContextSetParent(cxt, CacheMemoryContext);
		gaz.cxt = cxt;
	}
	else
		MemoryContextDelete(cxt);
	gaz.tentative = tentative;
	gaz.lxid = MyProc->lxid;
	/* an invalidation that arrived during the build leaves us stale */
	gaz.valid = gaz.invalidations == seen && OidIsValid(gaz.relid);
	return gaz.lex;
}

/* Trigger: the gazetteer changed; queue a relcache invalidation of it. */
Datum
geotext_gazetteer_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geotext_gazetteer_changed() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
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
