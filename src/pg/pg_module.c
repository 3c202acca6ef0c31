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
	DefineCustomIntVariable("geotext.max_input_bytes_limit",
							"Upper bound of geotext.max_input_bytes that only a superuser may change.",
							"Every role may lower geotext.max_input_bytes; the larger of the two never "
							"applies, so no role can lift the cap a superuser set "
							"(memory grows with the input: about 30 bytes per input byte).",
							&geotext_max_input_bytes_limit,
							64 * 1024 * 1024,
							0, MaxAllocSize - 1,
							PGC_SUSET, GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("geotext");
}
