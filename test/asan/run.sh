#!/bin/sh
# One pg_regress pass against the ASan build in ASAN_DIR (make installcheck-asan;
# see mk/asan.mk). Runs inside `unshare -m`: the bind mounts below are seen
# by this process tree only. Prints the ASan/UBSan reports if any; exits non-zero
# if pg_regress failed or a report was written.
set -u
dir=$1 port=$2 libasan=$3 libubsan=$4 bindir=$5 pkglibdir=$6 sharedir=$7 script=$8
data=$dir/data
status=0

mount --make-rprivate / 2>/dev/null
mount --bind "$dir/src/geotext.so" "$pkglibdir/geotext.so" || exit 1
mount --bind "$dir/src/$script" "$sharedir/extension/$(basename "$script")" || exit 1

rm -rf "$data" "$dir"/asan.log.* "$dir/server.log"
mkdir -p "$data" && chown postgres "$data" "$dir"
su postgres -c "$bindir/initdb -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 -D '$data'" >/dev/null || exit 1
opts="detect_leaks=0:halt_on_error=1:abort_on_error=0:log_path=$dir/asan.log:detect_odr_violation=0"
# the preload goes to the server only (not to pg_ctl or a shell)
su postgres -c "env LD_PRELOAD='$libasan $libubsan' ASAN_OPTIONS='$opts' UBSAN_OPTIONS='print_stacktrace=1:log_path=$dir/asan.log' \
  $bindir/postgres -D '$data' -p $port -k /tmp -c listen_addresses= >'$dir/server.log' 2>&1 &"
i=0
until $bindir/pg_isready -q -h /tmp -p $port; do
    i=$((i + 1)); [ $i -gt 120 ] && { echo "installcheck-asan: server did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
    sleep 1
done

PGHOST=/tmp PGPORT=$port PGUSER=postgres make installcheck || status=1
[ $status -ne 0 ] && [ -f regression.diffs ] && head -200 regression.diffs

su postgres -c "$bindir/pg_ctl -D '$data' -m fast -w stop" >/dev/null 2>&1
if ls "$dir"/asan.log.* >/dev/null 2>&1; then
    echo "installcheck-asan: sanitizer reports:" >&2
    cat "$dir"/asan.log.* >&2
    status=1
fi
if grep -q "terminated by signal" "$dir/server.log"; then
    echo "installcheck-asan: a backend crashed:" >&2
    grep -B2 -A2 "terminated by signal" "$dir/server.log" >&2
    status=1
fi
[ $status -eq 0 ] && echo "installcheck-asan: pg_regress passed under ASan+UBSan, no sanitizer reports"
exit $status
