#!/bin/sh
# Run the database suites inside a throwaway cluster (called by `make test`
# under pg_virtualenv): pg_regress, pgTAP, the two-session gazetteer test,
# the incremental gazetteer cache against full builds,
# gazetteer rows arriving by logical replication,
# the cancellation test (pg_cancel_backend stops each long call within a
# second), the flat-memory test, the pg_dump / pg_restore round trip, write
# access per database (a trusted install by a database owner), the
# LATIN1 / WIN1252 / EUC_JP / SQL_ASCII encodings test, and the row
# comparison of a fixed sample with test/compare/expected.
# All always run; exits non-zero if any failed, after printing
# regression.diffs.
set -u
status=0
failed=""
if ! make installcheck; then
    status=1
    failed="$failed pg_regress"
    [ -f regression.diffs ] && cat regression.diffs
fi
if ! make prove; then
    status=1
    failed="$failed pgTAP"
fi
if ! sh test/sessions/gazetteer_two_sessions.sh; then
    status=1
    failed="$failed sessions"
fi
if ! sh test/sessions/gazetteer_incremental.sh; then
    status=1
    failed="$failed incremental"
fi
if ! sh test/sessions/logical_replication.sh; then
    status=1
    failed="$failed replication"
fi
if ! sh test/sessions/cancel.sh; then
    status=1
    failed="$failed cancel"
fi
if ! sh test/sessions/memory_flat.sh; then
    status=1
    failed="$failed memory"
fi
if ! sh test/sessions/dump_restore.sh; then
    status=1
    failed="$failed dump"
fi
if ! sh test/access/per_database.sh; then
    status=1
    failed="$failed access"
fi
if ! sh test/encodings/run.sh; then
    status=1
    failed="$failed encodings"
fi
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS geotext" >/dev/null 2>&1
if ! python3 test/compare/rows.py check; then
    status=1
    failed="$failed rows"
fi
if [ $status -eq 0 ]; then
    echo "run-db-tests: pg_regress, pgTAP, the session, replication, cancel, memory, dump, access, encodings and row tests passed"
else
    echo "run-db-tests: FAILED:$failed" >&2
fi
exit $status
