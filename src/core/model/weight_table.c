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
 * rows when packed, the zero row first), with index_id (count = buckets)
 * when packed; rows of stride int16. False when the sections are missing
 * or do not agree (an index past the rows, a first packed row not zero).
 */
bool
gt_weight_table_open(const unsigned char *blob, uint32_t record_size, uint32_t rows_id,
					 uint32_t index_id, uint32_t stride, gt_weight_table *t)
{
	uint32_t	nrows = 0,
				nbuckets = 0;
	const int16_t *rows = gt_blob_find(blob, record_size, rows_id, &nrows);
	const uint32_t *index = gt_blob_find(blob, record_size, index_id, &nbuckets);

	memset(t, 0, sizeof(*t));
	if (!rows)
		return false;
	if (!index)
	{
		if (!power_of_two(nrows))
			return false;
		t->nbuckets = nrows;
		t->rows = rows;
		return true;
	}
	if (!power_of_two(nbuckets) || nrows == 0)
		return false;
	for (uint32_t y = 0; y < stride; y++)
		if (rows[y] != 0)
			return false;
	for (uint32_t b = 0; b < nbuckets; b++)
		if (index[b] >= nrows)
			return false;
	t->nbuckets = nbuckets;
	t->rows = rows;
	t->index = index;
	return true;
}
