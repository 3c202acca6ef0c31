/*
 * weight_rows.h — what both taggers do to score a token: add up the int16
 * weight rows of its hashed features.
 */
#ifndef GT_WEIGHT_ROWS_H
#define GT_WEIGHT_ROWS_H

#include <stddef.h>
#include <stdint.h>

/* The widest weight row (int16 per label) a tagger may have: the scores of one row fit a stack array. */
#define GT_WEIGHT_STRIDE_MAX 32

/*
 * The sum of the weight rows of n features into scores: row feats[i] mod
 * nbuckets (a power of two) of stride int16 (a multiple of 8, at most
 * GT_WEIGHT_STRIDE_MAX); scores gets stride int32.
 */
extern void gt_weight_row_sums(const int16_t *weights, uint32_t nbuckets, uint32_t stride,
							   const uint32_t *feats, size_t n, int32_t *scores);

#endif							/* GT_WEIGHT_ROWS_H */
