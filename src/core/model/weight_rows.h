/*
 * weight_rows.h — what both taggers do to score a token: add up the int16
 * weight rows of its hashed features (the names tagger's emissions, the
 * part-of-speech and morphology scores).
 *
 * A weight table is dense (every bucket's row, as the trainers hold it) or
 * packed (as the build links it in: one zero row, then only the rows that
 * are not all zero, and for each bucket the number of its row, 0 for the
 * zero row). 58–63% of the buckets of a trained table are zero: packed,
 * the names tagger's 8.4 MB are 4.2 MB (rows and index), and the rows a
 * text touches share fewer cache lines;
 * the dense rows were the largest source of cache misses of the whole
 * recogniser. A zero row adds nothing, so both give the same sums. (A
 * bitmap with ranks instead of the index is smaller still, but costs a
 * population count per feature, which x86-64's baseline does not have as
 * one instruction: 5% more instructions for the recogniser.) The shared
 * zero row makes every feature a row: the sums take no branch on the
 * index load, whose mispredictions made the next feature's cache misses
 * wait for the last one's.
 */
#ifndef GT_WEIGHT_ROWS_H
#define GT_WEIGHT_ROWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The widest weight row (int16 per label) a tagger may have: the scores of one row fit a stack array. */
#define GT_WEIGHT_STRIDE_MAX 32

/* The weight rows of one table of a tagger, dense or packed. */
typedef struct gt_weight_table
{
	uint32_t	nbuckets;		/* a power of two */
	const int16_t *rows;		/* dense: nbuckets rows; packed: a zero row, then the non-zero rows in bucket order */
	const uint32_t *index;		/* packed: per bucket the number of its row (0: the zero row); NULL: dense */
	bool		avx2;			/* sum the rows with AVX2 (the CPU has it; the same sums as SSE2) */
} gt_weight_table;

/*
 * The row sums with AVX2, for rows of 16 and of 32 weights (weight_table.c,
 * compiled for AVX2 only there): sixteen weights sign-extended and added
 * per instruction pair instead of eight. Integer sums, so the same scores as
 * the SSE2 loop on every machine; a table uses them when the CPU has AVX2.
 */
#if defined(__x86_64__) && defined(__GNUC__)
#define GT_WEIGHT_ROWS_AVX2 1
extern void gt_weight_row_sums_avx2_16(const gt_weight_table *t, const uint32_t *feats, size_t n,
									   int32_t *scores);
extern void gt_weight_row_sums_avx2_32(const gt_weight_table *t, const uint32_t *feats, size_t n,
									   int32_t *scores);
#endif

/* Does this CPU have AVX2 (asked once)? */
extern bool gt_weight_rows_cpu_avx2(void);

/* The row of a feature in a table of this stride (packed: the zero row when its bucket's row is all zero). */
static inline const int16_t *
gt_weight_row(const gt_weight_table *t, uint32_t feat, uint32_t stride)
{
	uint32_t	b = feat & (t->nbuckets - 1);

	return t->rows + (size_t) (t->index ? t->index[b] : b) * stride;
}

/*
 * Ask for the index entries of n features ahead of their use (packed tables;
 * a dense table has none). A tagger that knows a token's features before it
 * sums them (the next token's, the one after) overlaps their cache misses
 * with its work on this one: the table is far larger than the cache, and
 * one token's features alone are more loads than the processor keeps in
 * flight.
 */
static inline void
gt_weight_prefetch_index(const gt_weight_table *t, const uint32_t *feats, size_t n)
{
	if (!t->index)
		return;
	for (size_t f = 0; f < n; f++)
		__builtin_prefetch(&t->index[feats[f] & (t->nbuckets - 1)]);
}

/* Ask for the rows of n features (their index entries asked for before) ahead of their use. */
static inline void
gt_weight_prefetch_rows(const gt_weight_table *t, const uint32_t *feats, size_t n, uint32_t stride)
{
	for (size_t f = 0; f < n; f++)
		__builtin_prefetch(gt_weight_row(t, feats[f], stride));
}

/*
 * The sum of the weight rows of n features into scores: the row of
 * feats[i] in the table, of stride int16 (a multiple of 8, at most
 * GT_WEIGHT_STRIDE_MAX); scores gets stride int32. Inline, so that each
 * tagger's constant stride unrolls the inner loop (the names tagger's
 * emissions cost 80% more instructions as a call with a variable stride).
 */
static inline void
gt_weight_row_sums_sse2(const gt_weight_table *t, uint32_t stride,
						const uint32_t *feats, size_t n, int32_t *scores)
{
#ifdef __SSE2__
	/* eight weights at a time, sign-extended to int32 (SSE2 is part of every x86-64) */
	__m128i		acc[GT_WEIGHT_STRIDE_MAX / 4];

	/* unrolled, so that the sums stay in registers (as in weight_table.c's AVX2 bodies) */
#pragma GCC unroll 8
	for (uint32_t v = 0; v < stride / 4; v++)
		acc[v] = _mm_setzero_si128();
	for (size_t f = 0; f < n; f++)
	{
		const __m128i *row = (const __m128i *) gt_weight_row(t, feats[f], stride);

#pragma GCC unroll 4
		for (uint32_t h = 0; h < stride / 8; h++)
		{
			__m128i		w = _mm_loadu_si128(row + h);

			acc[2 * h] = _mm_add_epi32(acc[2 * h], _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
			acc[2 * h + 1] = _mm_add_epi32(acc[2 * h + 1], _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
		}
	}
#pragma GCC unroll 8
	for (uint32_t v = 0; v < stride / 4; v++)
		_mm_storeu_si128((__m128i *) (scores + 4 * v), acc[v]);
#else
	memset(scores, 0, stride * sizeof(int32_t));
	for (size_t f = 0; f < n; f++)
	{
		const int16_t *row = gt_weight_row(t, feats[f], stride);

		for (uint32_t y = 0; y < stride; y++)
			scores[y] += row[y];
	}
#endif
}

/* The sum of the rows, with AVX2 where the table says so (the same sums either way). */
static inline void
gt_weight_row_sums(const gt_weight_table *t, uint32_t stride,
				   const uint32_t *feats, size_t n, int32_t *scores)
{
#ifdef GT_WEIGHT_ROWS_AVX2
	if (t->avx2 && stride == 16)
	{
		gt_weight_row_sums_avx2_16(t, feats, n, scores);
		return;
	}
	if (t->avx2 && stride == 32)
	{
		gt_weight_row_sums_avx2_32(t, feats, n, scores);
		return;
	}
#endif
	gt_weight_row_sums_sse2(t, stride, feats, n, scores);
}

/*
 * The weight table of a blob (base/blob.h): section rows_id (count = buckets
 * when dense, rows when packed, the zero row first), with index_id (count =
 * buckets) when packed; rows of stride int16. False when the sections are
 * missing or do not agree.
 */
extern bool gt_weight_table_open(const unsigned char *blob, uint32_t record_size, uint32_t rows_id,
								 uint32_t index_id, uint32_t stride, gt_weight_table *t);

#endif							/* GT_WEIGHT_ROWS_H */
