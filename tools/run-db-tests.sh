#!/bin/sh
# Run the database suites inside a throwaway cluster (called by `make test`
# under pg_virtualenv): pg_regress, then pgTAP. Both always run; exits
# non-zero if either failed, after printing regression.diffs.
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
if [ $status -eq 0 ]; then
    echo "run-db-tests: pg_regress and pgTAP passed"
else
    echo "run-db-tests: FAILED:$failed" >&2
fi
exit $status
