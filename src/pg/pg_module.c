/*
 * pg_module.c — module registration: the magic block and the GUCs.
 */
#include "pg_glue.h"

#include "utils/guc.h"
#include "utils/memutils.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* Define geotext's configuration parameters when the library loads. */
void
_PG_init(void)
{
	DefineCustomIntVariable("geotext.max_input_bytes",
							"Largest text (in bytes) that geotext functions accept.",
							"Larger inputs are rejected with an error instead of "
							"risking the backend's memory.",
							&geotext_max_input_bytes,
							64 * 1024 * 1024,
							0, MaxAllocSize - 1,
							PGC_USERSET, GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("geotext");
}
