/*
 * pg_gazetteer_log.c — the gazetteer's change log: the trigger that records,
 * for every written row, the keys of its old and new version in the table
 * geotext_gazetteer_changes (by the writer's transaction, so a log row is
 * there exactly when its change committed), invalidates every backend's
 * cache, and keeps the log short.
 *
 * The log belongs to the extension: no role but its owner may read or write
 * it, so the trigger and the cache switch to the owner for their one fixed,
 * fully qualified statement each (as PostgreSQL does for index and
 * maintenance functions), under SECURITY_RESTRICTED_OPERATION.
 *
 * Compaction: every LOG_CHECK_EVERY log rows a backend wrote, a READ
 * COMMITTED writer counts the log; beyond LOG_MAX_ROWS it deletes every row
 * it sees and adds one row "all keys". A backend whose last full build is
 * older than that row then builds in full; one whose build is newer has the
 * deleted changes in it already.
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(geotext_gazetteer_changed);

/* Log rows one backend writes between two looks at the log's length. */
#define LOG_CHECK_EVERY 1000

/*
 * Log rows kept before a compaction: a backend reads at most these on a
 * change (about 1 ms per thousand), and builds in full after a compaction.
 */
#define LOG_MAX_ROWS 20000

/* Log rows this backend wrote since it last looked at the log's length. */
static int	log_writes = 0;

/* The local transaction that last wrote the log here (InvalidLocalTransactionId: none). */
static LocalTransactionId log_written_lxid = InvalidLocalTransactionId;

/* Has the current transaction written the gazetteer (and so the log)? */
bool
gt_pg_gazetteer_written_here(void)
{
	return log_written_lxid == MyProc->lxid;
}

/* The change log's oid (next to the gazetteer), or InvalidOid. */
Oid
gt_pg_gazetteer_log_relid(Oid gazetteer_relid)
{
	return get_relname_relid(GT_PG_GAZETTEER_LOG, get_rel_namespace(gazetteer_relid));
}

/* Become the owner of the change log for one statement (see the top). */
void
gt_pg_log_owner_enter(Oid log_relid, gt_pg_log_owner *saved)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(log_relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the geotext gazetteer's change log is missing"),
				 errhint("Reinstall the extension: DROP EXTENSION geotext; CREATE EXTENSION geotext;")));
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	GetUserIdAndSecContext(&saved->user, &saved->sec);
	SetUserIdAndSecContext(owner, saved->sec | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
}

/* Return to the role and security context before gt_pg_log_owner_enter. */
void
gt_pg_log_owner_leave(const gt_pg_log_owner *saved)
{
	SetUserIdAndSecContext(saved->user, saved->sec);
}

/* The prepared INSERT into the log (one per row written: parsed once per backend). */
static SPIPlanPtr insert_plan = NULL;
static Oid	insert_plan_relid = InvalidOid;

/* Connect to SPI as the log's owner (see the top). */
static void
log_begin(Oid log_relid, gt_pg_log_owner *saved)
{
	gt_pg_log_owner_enter(log_relid, saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not connect to spi to write the geotext gazetteer's change log")));
}

/* Check an SPI result, disconnect, and return to the caller's role. */
static void
log_end(int ret, const gt_pg_log_owner *saved)
{
	if (ret < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not write the geotext gazetteer's change log: %s",
						SPI_result_code_string(ret))));
	SPI_finish();
	gt_pg_log_owner_leave(saved);
}

/* The log's qualified name. */
static const char *
log_name(Oid log_relid)
{
	return quote_qualified_identifier(get_namespace_name(get_rel_namespace(log_relid)),
									  GT_PG_GAZETTEER_LOG);
}

/* Run one statement without arguments on the log as its owner; returns the rows it touched, or a count's value. */
static uint64
log_statement(Oid log_relid, const char *fmt)
{
	gt_pg_log_owner saved;
	uint64		n;
	int			ret;

	log_begin(log_relid, &saved);
	ret = SPI_execute(psprintf(fmt, log_name(log_relid)), false, 0);
	n = SPI_processed;
	if (ret == SPI_OK_SELECT && n == 1)
	{
		bool		isnull;

		n = (uint64) DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
												 SPI_tuptable->tupdesc, 1, &isnull));
	}
	log_end(ret, &saved);
	return n;
}

/* Add one log row with these keys (all: NULL, every key) as the log's owner. */
static void
log_insert(Oid log_relid, Datum keys, bool all)
{
	Oid			types[1] = {BYTEAARRAYOID};
	Datum		values[1] = {keys};
	char		nulls[1] = {all ? 'n' : ' '};
	gt_pg_log_owner saved;

	log_begin(log_relid, &saved);
	if (insert_plan == NULL || insert_plan_relid != log_relid)
	{
		SPIPlanPtr	plan = SPI_prepare(psprintf("INSERT INTO %s (keys) VALUES ($1)", log_name(log_relid)),
									   1, types);

		if (plan == NULL || SPI_keepplan(plan) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("could not prepare the insert into the geotext gazetteer's change log")));
		if (insert_plan != NULL)
			SPI_freeplan(insert_plan);
		insert_plan = plan;
		insert_plan_relid = log_relid;
	}
	log_end(SPI_execute_plan(insert_plan, values, nulls, false, 0), &saved);
}

/* Keep the log short: see the top (READ COMMITTED only, one compactor at a time). */
static void
maybe_compact(Oid log_relid)
{
	if (++log_writes < LOG_CHECK_EVERY || XactIsoLevel != XACT_READ_COMMITTED)
		return;
	log_writes = 0;
	if (log_statement(log_relid, "SELECT pg_catalog.count(*) FROM %s") <= LOG_MAX_ROWS)
		return;
	if (!ConditionalLockRelationOid(log_relid, ShareRowExclusiveLock))
		return;					/* another writer compacts right now */
	log_statement(log_relid, "DELETE FROM %s");
	log_insert(log_relid, (Datum) 0, true);
}

/* Record that a write touched the keys (all: every key, as TRUNCATE does). */
void
gt_pg_gazetteer_log_keys(Relation gazetteer, Datum keys, bool all)
{
	Oid			log_relid = gt_pg_gazetteer_log_relid(RelationGetRelid(gazetteer));

	if (!OidIsValid(log_relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the geotext gazetteer's change log is missing"),
				 errhint("Reinstall the extension: DROP EXTENSION geotext; CREATE EXTENSION geotext;")));
	log_insert(log_relid, keys, all);
	log_written_lxid = MyProc->lxid;
	maybe_compact(log_relid);
}

/* The keys of one version of a gazetteer row, or NULL when it has none. */
static Datum
tuple_keys(HeapTuple tup, TupleDesc desc, bool *none)
{
	bool		isnull;
	Datum		name = heap_getattr(tup, SPI_fnumber(desc, "name"), desc, &isnull);
	char	   *kind;
	char	   *form;
	char	   *s;

	*none = isnull;
	if (isnull)
		return (Datum) 0;
	s = gt_pg_server_to_utf8(TextDatumGetCString(name));
	kind = SPI_getvalue(tup, desc, SPI_fnumber(desc, "kind"));
	form = SPI_getvalue(tup, desc, SPI_fnumber(desc, "form"));
	return gt_pg_gazetteer_keys_datum(s, strlen(s), gt_pg_parse_kind(kind), gt_pg_parse_form(form));
}

/*
 * Trigger: the gazetteer changed. Per row, log the keys of the old and the
 * new version; per statement, log "all keys" for TRUNCATE. Either way queue
 * a relcache invalidation of the table (PostgreSQL sends one per
 * transaction), which marks every backend's cache stale at commit — also
 * for changes applied by logical replication, which fire row triggers only.
 */
Datum
geotext_gazetteer_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geotext_gazetteer_changed() must be called as an AFTER trigger")));
	if (TRIGGER_FIRED_FOR_ROW(td->tg_event))
	{
		TupleDesc	desc = td->tg_relation->rd_att;
		bool		none;
		Datum		keys;

		bool		old_none = true;
		Datum		old_keys = (Datum) 0;

		if (!TRIGGER_FIRED_BY_INSERT(td->tg_event))
		{
			old_keys = tuple_keys(td->tg_trigtuple, desc, &old_none);
			if (!old_none)
				gt_pg_gazetteer_log_keys(td->tg_relation, old_keys, false);
		}
		if (!TRIGGER_FIRED_BY_DELETE(td->tg_event))
		{
			keys = tuple_keys(TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple
							  : td->tg_trigtuple, desc, &none);
			/* an update that kept name, kind and form touched the same keys: logged once */
			if (!none && (old_none || !datumIsEqual(keys, old_keys, false, -1)))
				gt_pg_gazetteer_log_keys(td->tg_relation, keys, false);
		}
	}
	else if (TRIGGER_FIRED_BY_TRUNCATE(td->tg_event))
		gt_pg_gazetteer_log_keys(td->tg_relation, (Datum) 0, true);
	CacheInvalidateRelcacheByRelid(RelationGetRelid(td->tg_relation));
	return PointerGetDatum(NULL);
}
