/*
 * pg_env.c — the core's environment inside a backend: memory from
 * PostgreSQL memory contexts, interrupts through CHECK_FOR_INTERRUPTS, and
 * the core's status codes reported through ereport.
 */
#include "pg_glue.h"

#include "miscadmin.h"
#include "utils/memutils.h"

/* Core allocation in the call's work context (errors on out-of-memory). */
static void *
pg_env_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE);
}

/* Core reallocation (repalloc keeps the chunk's context). */
static void *
pg_env_realloc(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return repalloc_huge(ptr, size);
}

/* Core release. */
static void
pg_env_free(void *ctx, void *ptr)
{
	(void) ctx;
	pfree(ptr);
}

/* Let a long core loop be cancelled (statement_timeout, pg_cancel_backend). */
static void
pg_env_check_interrupts(void *ctx)
{
	(void) ctx;
	CHECK_FOR_INTERRUPTS();
}

/* A core environment allocating in cxt and checking for interrupts. */
void
gt_pg_env_init(gt_env *env, MemoryContext cxt)
{
	env->alloc = pg_env_alloc;
	env->realloc = pg_env_realloc;
	env->free = pg_env_free;
	env->check_interrupts = pg_env_check_interrupts;
	env->ctx = cxt;
}

/* Report a core failure through ereport (returns only for GT_OK). */
void
gt_pg_check(gt_status st)
{
	switch (st)
	{
		case GT_OK:
			return;
		case GT_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory in geotext")));
			break;
		case GT_ETOOBIG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("input too large for geotext"),
					 errhint("Split the text into parts below 2 GB.")));
			break;
	}
	elog(ERROR, "unexpected geotext status %d", (int) st);
}

