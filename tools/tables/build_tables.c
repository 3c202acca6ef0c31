/*
 * build_tables.c — the entry point of the table builder, run by the
 * Makefile at build time (users never run it):
 *
 *   build_tables wordsets DATA_DIR OUT.bin
 *   build_tables lexicon ENTRIES.tsv INFO.tsv OUT.bin
 *   build_tables model ner|pos MODEL SHA256 OUT.bin OUT-INFO [NAME]
 *
 * NAME is the model as the build info shows it (the committed file,
 * data/model/ner.model.gz, when MODEL is its decompressed copy in build/).
 */
#include "tables.h"

#include <string.h>

/* Print how the builder is called and exit. */
static void
usage(void)
{
	die("usage: build_tables wordsets DATA_DIR OUT.bin | lexicon ENTRIES.tsv INFO.tsv OUT.bin "
		"| model ner|pos MODEL SHA256 OUT.bin OUT-INFO [NAME]");
}

/* Dispatch to the table named on the command line. */
int
main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "wordsets") == 0)
		return build_wordsets(argv[2], argv[3]);
	if (argc == 5 && strcmp(argv[1], "lexicon") == 0)
		return build_lexicon(argv[2], argv[3], argv[4]);
	if ((argc == 7 || argc == 8) && strcmp(argv[1], "model") == 0)
		return build_model(argv[2], argv[3], argv[4], argv[5], argv[6], argc == 8 ? argv[7] : argv[3]);
	usage();
}
