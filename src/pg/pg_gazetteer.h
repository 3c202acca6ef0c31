/*
 * pg_gazetteer.h — the user gazetteer (table geotext_gazetteer) compiled into
 * lexicons, cached per backend: rebuilt in full now and then, and after a
 * change only for the keys the change log says were touched.
 */
#ifndef GT_PG_GAZETTEER_H
#define GT_PG_GAZETTEER_H

#include "postgres.h"
#include "utils/rel.h"

#include "geotext.h"
#include "base/base.h"

/* The source name of every user gazetteer entry (gt_lex_entry.source). */
#define GT_PG_USER_SOURCE "user"

/* The change log of the gazetteer, next to it in the extension's schema. */
#define GT_PG_GAZETTEER_TABLE "geotext_gazetteer"
#define GT_PG_GAZETTEER_LOG "geotext_gazetteer_changes"

/* Keys of one row at most: its name and the name's genitive. */
#define GT_PG_ROW_KEYS 2

/* The user lexicons of a backend: the changed keys, then the last full build. */
#define GT_PG_USER_LEXICONS 2

/*
 * The compiled user gazetteer of this backend into out (the lexicon of the
 * keys changed since the last full build, whose hide records void those
 * keys in the other, then the last full build; either may be NULL when
 * empty, both when the table does not exist). The pointers stay valid
 * until the next call (which may rebuild them): fetch them once per SQL
 * function call, never keep them longer.
 */
extern void gt_pg_user_lexicons(const gt_lexicon *out[GT_PG_USER_LEXICONS]);

/*
 * The keys (NUL-terminated, at most GT_ENTRY_KEY_MAX bytes) a row of this
 * UTF-8 name, gt_kind and gt_form is found by; returns how many (0 for a
 * blank or too long name).
 */
extern int	gt_pg_gazetteer_row_keys(const char *name, size_t len, uint8 kind, uint8 form,
									 char keys[GT_PG_ROW_KEYS][GT_ENTRY_KEY_MAX],
									 size_t lens[GT_PG_ROW_KEYS]);

/* A string of the server encoding as UTF-8 (s itself when the encoding is UTF-8 or SQL_ASCII; NULL stays NULL). */
extern char *gt_pg_server_to_utf8(char *s);

/* Keys (keys[i] of lens[i] bytes) as a bytea[] datum: UTF-8 bytes any server encoding holds. */
extern Datum gt_pg_keys_array(const char *const *keys, const size_t *lens, int n);

/* The keys of a row as a bytea[] datum (UTF-8 bytes). */
extern Datum gt_pg_gazetteer_keys_datum(const char *name, size_t len, uint8 kind, uint8 form);

/* The gt_kind of a kind column value (GT_KIND_NONE for NULL or unknown). */
extern uint8 gt_pg_parse_kind(const char *s);

/* The gt_form of a form column value (a name for NULL or unknown). */
extern uint8 gt_pg_parse_form(const char *s);

/* The role and security context to return to after a statement as the log's owner. */
typedef struct gt_pg_log_owner
{
	Oid			user;
	int			sec;
} gt_pg_log_owner;

/* The change log's oid (next to the gazetteer table), or InvalidOid. */
extern Oid	gt_pg_gazetteer_log_relid(Oid gazetteer_relid);

/* Become the change log's owner for one fixed statement, and return. */
extern void gt_pg_log_owner_enter(Oid log_relid, gt_pg_log_owner *saved);
extern void gt_pg_log_owner_leave(const gt_pg_log_owner *saved);

/*
 * Has the current transaction written the gazetteer? A full build it makes
 * sees its own uncommitted rows, so it holds for this transaction only.
 */
extern bool gt_pg_gazetteer_written_here(void);

/* Record in the change log that a write touched these keys (NULL: all of them). */
extern void gt_pg_gazetteer_log_keys(Relation gazetteer, Datum keys, bool all);

#endif							/* GT_PG_GAZETTEER_H */
