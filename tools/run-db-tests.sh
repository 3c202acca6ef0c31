#!/bin/sh
# Run the database suites inside a throwaway cluster (called by `make test`
# under pg_virtualenv): pg_regress, then pgTAP. Exits non-zero on any failure.
set -u
status=0
make installcheck || { status=1; [ -f regression.diffs ] && cat regression.diffs; }
make prove || status=1
exit $status
