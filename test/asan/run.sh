#!/bin/sh
# One pg_regress pass against the ASan build in ASAN_DIR (make installcheck-asan;
# see mk/asan.mk). Runs inside `unshare -m`: the bind mounts below are seen
# by this process tree only. Prints the ASan/UBSan reports if any; exits non-zero
# if pg_regress failed or a report was written. The cluster (ASAN_DIR/data) is
# stopped and removed on every exit path.
set -u
dir=$1 port=$2 libasan=$3 libubsan=$4 bindir=$5 pkglibdir=$6 sharedir=$7 script=$8
data=$dir/data
initfirst=$dir/asan_initfirst.so
status=0

cleanup() {
    rc=$?
    if [ -f "$data/postmaster.pid" ]; then
        su postgres -c "$bindir/pg_ctl -D '$data' -m fast -w -t 120 stop" >/dev/null 2>&1 ||
            su postgres -c "$bindir/pg_ctl -D '$data' -m immediate -w stop" >/dev/null 2>&1
    fi
    # a postmaster that never got as far as its pid file: the one we started
    if [ -s "$dir/postmaster.launch" ]; then
        pid=$(cat "$dir/postmaster.launch")
        # only if that pid is still our postmaster (not a reused pid)
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-D $data " &&
            kill -9 "$pid" 2>/dev/null
        rm -f "$dir/postmaster.launch"
    fi
    rm -rf "$data"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$initfirst" ] || { echo "installcheck-asan: $initfirst missing (make asan-build)" >&2; exit 1; }
mount --make-rprivate / 2>/dev/null
mount --bind "$dir/src/geotext.so" "$pkglibdir/geotext.so" || exit 1
mount --bind "$dir/src/$script" "$sharedir/extension/$(basename "$script")" || exit 1

rm -rf "$data" "$dir"/asan.log.* "$dir/server.log" "$dir/postmaster.launch"
mkdir -p "$data" && chown postgres "$data" "$dir"
su postgres -c "$bindir/initdb -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 -D '$data'" >/dev/null || exit 1
# exitcode=86: a backend stopped by a report is logged by the postmaster as
# a crash, even if the report could not be written to log_path
opts="detect_leaks=0:halt_on_error=1:abort_on_error=0:exitcode=86:log_path=$dir/asan.log:detect_odr_violation=0"
# the preload goes to the server only (not to pg_ctl or a shell); initfirst
# must be in the list so that its constructor runs before all others
su postgres -c "env LD_PRELOAD='$libasan $libubsan $initfirst' ASAN_OPTIONS='$opts' UBSAN_OPTIONS='print_stacktrace=1:exitcode=86:log_path=$dir/asan.log' \
  $bindir/postgres -D '$data' -p $port -k /tmp -c listen_addresses= >'$dir/server.log' 2>&1 & echo \$! >'$dir/postmaster.launch'"
i=0
until $bindir/pg_isready -q -h /tmp -p $port -U postgres; do
    i=$((i + 1)); [ $i -gt 120 ] && { echo "installcheck-asan: server did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
    sleep 1
done

# A backend must have the ASan runtime and the instrumented geotext.so (the
# bind-mounted file, same inode) mapped, or a clean run would prove nothing.
maps=$(PGHOST=/tmp PGPORT=$port PGUSER=postgres $bindir/psql -X -At -d postgres \
    -c "LOAD 'geotext'" -c "SELECT pg_read_file('/proc/self/maps')") || exit 1
inode=$(stat -c %i "$dir/src/geotext.so")
if ! echo "$maps" | grep -q '/libasan\.so' ||
   ! echo "$maps" | grep '/geotext\.so$' | awk '{print $5}' | grep -qx "$inode"; then
    echo "installcheck-asan: a backend does not run with libasan and the ASan geotext.so" >&2
    exit 1
fi

if [ -n "${ASAN_COMMAND:-}" ]; then
    # another workload instead of pg_regress (make load-asan): run from this
    # tree against the instrumented server, its server log as LOG_FILE
    PGHOST=/tmp PGPORT=$port PGUSER=postgres PGDATABASE=postgres LOG_FILE=$dir/server.log \
        sh -c "$ASAN_COMMAND" || status=1
else
    # pg_regress runs in the copy: results/ and regression.diffs of this tree
    # are left alone (another installcheck may be using them).
    rm -f "$dir/src/regression.diffs" "$dir/src/regression.out"
    PGHOST=/tmp PGPORT=$port PGUSER=postgres make -C "$dir/src" installcheck || status=1
    if [ $status -ne 0 ] && [ -f "$dir/src/regression.diffs" ]; then
        echo "installcheck-asan: differences ($dir/src/regression.diffs):" >&2
        head -200 "$dir/src/regression.diffs"
    fi
fi

su postgres -c "$bindir/pg_ctl -D '$data' -m fast -w -t 120 stop" >/dev/null 2>&1
if ls "$dir"/asan.log.* >/dev/null 2>&1; then
    echo "installcheck-asan: sanitizer reports:" >&2
    cat "$dir"/asan.log.* >&2
    status=1
fi
if grep -q "terminated by signal\|exited with exit code 86" "$dir/server.log"; then
    echo "installcheck-asan: a backend crashed:" >&2
    grep -B2 -A2 "terminated by signal\|exited with exit code 86" "$dir/server.log" >&2
    status=1
fi
what=pg_regress; [ -n "${ASAN_COMMAND:-}" ] && what="the workload"
[ $status -eq 0 ] && echo "installcheck-asan: $what passed under ASan+UBSan, no sanitizer reports"
exit $status
