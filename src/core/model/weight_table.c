/*
 * weight_table.c — open a tagger's weight table from the sections of its
 * table file (base/blob.h): dense, as the trainers write it, or packed, as
 * the build links it in (weight_rows.h says why and how).
 */
#include "model/weight_rows.h"
#include "base/blob.h"

#include <stdbool.h>
#include <string.h>

/* Is n a power of two (and not 0)? */
static bool
power_of_two(uint32_t n)
{
	return n != 0 && (n & (n - 1)) == 0;
}

/*
 * The weight table of a blob: section rows_id (count = buckets when dense,
 * rows when packed), with present_id and rank_id when packed. False when
 * the sections are missing or do not agree.
 */
bool
gt_weight_table_open(const unsigned char *blob, uint32_t record_size, uint32_t rows_id,
					 uint32_t present_id, uint32_t rank_id, gt_weight_table *t)
{
	uint32_t	nrows = 0,
				nbits = 0,
				nranks = 0;
	const int16_t *rows = gt_blob_find(blob, record_size, rows_id, &nrows);
	const uint64_t *present = gt_blob_find(blob, record_size, present_id, &nbits);
	const uint32_t *rank = gt_blob_find(blob, record_size, rank_id, &nranks);
	uint32_t	words;

	memset(t, 0, sizeof(*t));
	if (!rows)
		return false;
	if (!present)
	{
		if (!power_of_two(nrows))
			return false;
		t->nbuckets = nrows;
		t->rows = rows;
		return true;
	}
	words = nbits / GT_WEIGHT_WORD_BITS;
	if (!rank || !power_of_two(nbits) || nbits < GT_WEIGHT_WORD_BITS || nranks != words ||
		rank[words - 1] + gt_weight_popcount(present[words - 1]) != nrows)
		return false;
	t->nbuckets = nbits;
	t->rows = rows;
	t->present = present;
	t->rank = rank;
	return true;
}
