/*
 * pg_gazetteer.h — the user gazetteer (table geotext_gazetteer) compiled into
 * a lexicon, cached per backend and rebuilt only after the table changed.
 */
#ifndef GT_PG_GAZETTEER_H
#define GT_PG_GAZETTEER_H

#include "geotext.h"

/* The source name of every user gazetteer entry (gt_lex_entry.source). */
#define GT_PG_USER_SOURCE "user"

/*
 * The compiled user gazetteer of this backend, or NULL when the table is
 * empty or does not exist (extension not created, or being dropped). The
 * pointer stays valid until the next call of gt_pg_user_lexicon (which may
 * rebuild it): fetch it once per SQL function call, never keep it longer.
 */
extern const gt_lexicon *gt_pg_user_lexicon(void);

#endif							/* GT_PG_GAZETTEER_H */
