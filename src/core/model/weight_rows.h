/*
 * weight_rows.h — what both taggers do to score a token: add up the int16
 * weight rows of its hashed features (the names tagger's emissions, the
 * part-of-speech and morphology scores).
 */
#ifndef GT_WEIGHT_ROWS_H
#define GT_WEIGHT_ROWS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The widest weight row (int16 per label) a tagger may have: the scores of one row fit a stack array. */
#define GT_WEIGHT_STRIDE_MAX 32

/*
 * The sum of the weight rows of n features into scores: row feats[i] mod
 * nbuckets (a power of two) of stride int16 (a multiple of 8, at most
 * GT_WEIGHT_STRIDE_MAX); scores gets stride int32. Inline, so that each
 * tagger's constant stride unrolls the inner loop (the names tagger's
 * emissions cost 80% more instructions as a call with a variable stride).
 */
static inline void
gt_weight_row_sums(const int16_t *weights, uint32_t nbuckets, uint32_t stride,
				   const uint32_t *feats, size_t n, int32_t *scores)
{
#ifdef __SSE2__
	/* eight weights at a time, sign-extended to int32 (SSE2 is part of every x86-64) */
	__m128i		acc[GT_WEIGHT_STRIDE_MAX / 4];

	for (uint32_t v = 0; v < stride / 4; v++)
		acc[v] = _mm_setzero_si128();
	for (size_t f = 0; f < n; f++)
	{
		const __m128i *row = (const __m128i *) (weights + (size_t) (feats[f] & (nbuckets - 1)) * stride);

		for (uint32_t h = 0; h < stride / 8; h++)
		{
			__m128i		w = _mm_loadu_si128(row + h);

			acc[2 * h] = _mm_add_epi32(acc[2 * h], _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
			acc[2 * h + 1] = _mm_add_epi32(acc[2 * h + 1], _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
		}
	}
	for (uint32_t v = 0; v < stride / 4; v++)
		_mm_storeu_si128((__m128i *) (scores + 4 * v), acc[v]);
#else
	memset(scores, 0, stride * sizeof(int32_t));
	for (size_t f = 0; f < n; f++)
	{
		const int16_t *row = weights + (size_t) (feats[f] & (nbuckets - 1)) * stride;

		for (uint32_t y = 0; y < stride; y++)
			scores[y] += row[y];
	}
#endif
}

#endif							/* GT_WEIGHT_ROWS_H */
