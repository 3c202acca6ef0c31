/*
 * pg_tsparser.h — what the text search parser tells its dictionary: the
 * entity lexemes of a token of a live parse (pg_tsparser.c explains why the
 * lexemes ride on a word token instead of a token of their own).
 */
#ifndef GT_PG_TSPARSER_H
#define GT_PG_TSPARSER_H

/*
 * The entity lexemes (lower-cased canonical names, server encoding, not
 * NUL-terminated) that a live geotext_parser parse gave the token at
 * (token, len), at most max of them into lexemes/lexlens; returns how many
 * (0 for a token from anywhere else). Valid until the parse ends.
 */
extern int	gt_ts_entity_lexemes(const char *token, int len, const char **lexemes,
								 int *lexlens, int max);

#endif
