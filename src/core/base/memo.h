/*
 * memo.h — a direct-mapped memo of word → answer for the process: lines of
 * one cache line each, a word's line chosen by its hash, a new word taking
 * the line over from the old one. For answers that are a function of a
 * word's bytes (and a tag byte: whatever else they depend on, such as a
 * compound head), so that a remembered answer is the computed one; the
 * same words come back text after text (Regierung, Prozent, Wien), and a
 * backend analyses many texts.
 *
 * A line holds the word's length, its tag, the answer and the word's bytes:
 * an answer of a bytes leaves room for words of GT_MEMO_LINE - 2 - a bytes;
 * longer words are not remembered. The lines are the caller's (static
 * storage: the memo lives as long as the process and, like the linked
 * tables, is not shared between threads).
 */
#ifndef GT_MEMO_H
#define GT_MEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Bytes of a memo line: one cache line. */
#define GT_MEMO_LINE 64
/* Bytes of a line before its answer: the word's length (0: an empty line) and its tag. */
#define GT_MEMO_HEADER 2

/* The longest word a memo with answers of answer_bytes keeps. */
#define GT_MEMO_WORD_MAX(answer_bytes) (GT_MEMO_LINE - GT_MEMO_HEADER - (answer_bytes))

/* One memo: its lines (nlines a power of two) and the bytes of an answer. */
typedef struct gt_memo
{
	unsigned char *lines;
	uint32_t	nlines;
	uint32_t	answer_bytes;
} gt_memo;

/* The line of a word's hash. */
static inline unsigned char *
gt_memo_line(const gt_memo *m, uint32_t hash)
{
	return m->lines + (size_t) (hash & (m->nlines - 1)) * GT_MEMO_LINE;
}

/* Can the memo keep this word (not empty, not too long)? */
static inline bool
gt_memo_fits(const gt_memo *m, size_t len)
{
	return len > 0 && len <= GT_MEMO_WORD_MAX(m->answer_bytes);
}

/* The remembered answer of a word (of a length gt_memo_fits) and tag, or NULL. */
static inline const unsigned char *
gt_memo_get(const gt_memo *m, uint32_t hash, const char *word, size_t len, uint8_t tag)
{
	const unsigned char *line = gt_memo_line(m, hash);

	if (line[0] != len || line[1] != tag ||
		memcmp(line + GT_MEMO_HEADER + m->answer_bytes, word, len) != 0)
		return NULL;
	return line + GT_MEMO_HEADER;
}

/* Take over a word's line for it and this tag; returns where its answer goes. */
static inline unsigned char *
gt_memo_put(gt_memo *m, uint32_t hash, const char *word, size_t len, uint8_t tag)
{
	unsigned char *line = gt_memo_line(m, hash);

	line[0] = (unsigned char) len;
	line[1] = tag;
	memcpy(line + GT_MEMO_HEADER + m->answer_bytes, word, len);
	return line + GT_MEMO_HEADER;
}

#endif							/* GT_MEMO_H */
