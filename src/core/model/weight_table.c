/*
 * weight_table.c — open a tagger's weight table from the sections of its
 * table file (base/blob.h): dense, as the trainers write it, or packed, as
 * the build links it in (weight_rows.h says why and how).
 */
#include "model/weight_rows.h"
#include "base/blob.h"

#include <stdbool.h>
#include <string.h>
#ifdef GT_WEIGHT_ROWS_AVX2
#include <immintrin.h>
#endif

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
		t->avx2 = gt_weight_rows_cpu_avx2();
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
	t->avx2 = gt_weight_rows_cpu_avx2();
	return true;
}

/* Does this CPU have AVX2 (asked once)? */
bool
gt_weight_rows_cpu_avx2(void)
{
#ifdef GT_WEIGHT_ROWS_AVX2
	static int	state = -1;

	if (state < 0)
	{
		__builtin_cpu_init();
		state = __builtin_cpu_supports("avx2") ? 1 : 0;
	}
	return state == 1;
#else
	return false;
#endif
}

#ifdef GT_WEIGHT_ROWS_AVX2
/* Compile a function for AVX2 (only called when the CPU has it). */
#define FOR_AVX2 __attribute__((target("avx2")))

/*
 * The sum of n features' rows of STRIDE weights with AVX2: one body for
 * both strides. The loops over a row's vectors are unrolled by pragma: left
 * to itself gcc unrolls the two of a 16-weight row but not the four of a
 * 32-weight one, and then keeps the sums in memory, where every feature's
 * additions wait for the last one's stores.
 */
#define ROW_SUMS_AVX2(STRIDE) \
	__m256i		acc[(STRIDE) / 8]; \
	_Pragma("GCC unroll 4") \
	for (uint32_t v = 0; v < (STRIDE) / 8; v++) \
		acc[v] = _mm256_setzero_si256(); \
	for (size_t f = 0; f < n; f++) \
	{ \
		const __m128i *row = (const __m128i *) gt_weight_row(t, feats[f], (STRIDE)); \
		_Pragma("GCC unroll 4") \
		for (uint32_t v = 0; v < (STRIDE) / 8; v++) \
			acc[v] = _mm256_add_epi32(acc[v], _mm256_cvtepi16_epi32(_mm_loadu_si128(row + v))); \
	} \
	_Pragma("GCC unroll 4") \
	for (uint32_t v = 0; v < (STRIDE) / 8; v++) \
		_mm256_storeu_si256((__m256i *) (scores + 8 * v), acc[v])

/* Rows of 16 weights (the names tagger, the morphology labels). */
FOR_AVX2 void
gt_weight_row_sums_avx2_16(const gt_weight_table *t, const uint32_t *feats, size_t n, int32_t *scores)
{
	ROW_SUMS_AVX2(16);
}

/* Rows of 32 weights (the part-of-speech tags). */
FOR_AVX2 void
gt_weight_row_sums_avx2_32(const gt_weight_table *t, const uint32_t *feats, size_t n, int32_t *scores)
{
	ROW_SUMS_AVX2(32);
}
#endif
