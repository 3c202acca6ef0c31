/*
 * wordsets_blob.c — the word-set table built from data/wordsets.tsv and
 * data/abbreviations.tsv (tools/tables), linked in as bytes.
 */
#include "text/wordsets.h"
#include "base/blob.h"

#ifndef GT_WORDSETS_BLOB
#error "GT_WORDSETS_BLOB, the path of the built word-set table, is set by the Makefile"
#endif

GT_BLOB_EMBED(gt_wordsets_blob, GT_WORDSETS_BLOB);
