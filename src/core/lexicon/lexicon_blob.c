/*
 * lexicon_blob.c — the built-in lexicon's table, built from data/ and the
 * pinned word lists by tools/tables (lexicon_build.c), linked in as bytes.
 */
#include "lexicon/lexicon_table.h"
#include "base/blob.h"

#ifndef GT_LEXICON_BLOB
#error "GT_LEXICON_BLOB, the path of the built lexicon table, is set by the Makefile"
#endif

GT_BLOB_EMBED(gt_lexicon_blob, GT_LEXICON_BLOB);
