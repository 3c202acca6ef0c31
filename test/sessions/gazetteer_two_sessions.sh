#!/bin/sh
# The user gazetteer across sessions: a change committed in session A is
# seen by session B's next statement, with no reconnect and no reload; an
# uncommitted or rolled-back change is not. pgTAP runs in one session, so
# this is a plain TAP script: two long-lived psql sessions fed through fifos.
#
# Uses the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER), e.g.
#   pg_virtualenv sh test/sessions/gazetteer_two_sessions.sh
# Needs a role that may create the extension and write geotext_gazetteer.
# Prints TAP (ok / not ok lines) and exits non-zero on any failure.
set -u

TERM_NAME='Zweisitzungshausen'
NOTE='gazetteer_two_sessions.sh'
TIMEOUT=${GT_SESSION_TIMEOUT:-20}	# seconds to wait for one answer
PSQL="psql -X -q -A -t -v ON_ERROR_STOP=1"

dir=$(mktemp -d -t geotext-sessions.XXXXXX) || exit 2
pid_a=''
pid_b=''
failures=0
count=0

# Close the sessions and remove the temporary directory.
cleanup() {
	exec 3>&- 4>&- 2>/dev/null
	[ -n "$pid_a" ] && kill "$pid_a" 2>/dev/null
	[ -n "$pid_b" ] && kill "$pid_b" 2>/dev/null
	wait 2>/dev/null
	$PSQL -c "DELETE FROM geotext_gazetteer WHERE note = '$NOTE'" >/dev/null 2>&1
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 2' HUP INT TERM

# Set up: the extension, and no rows left over from an earlier run.
export PGCLIENTENCODING=UTF8
if ! $PSQL -c "SET client_min_messages = warning" -c "CREATE EXTENSION IF NOT EXISTS geotext" \
		 -c "DELETE FROM geotext_gazetteer WHERE note = '$NOTE'" >/dev/null; then
	echo "Bail out! cannot set up the database"
	exit 2
fi

# Start a long-lived psql reading session $1's fifo on file descriptor $2.
start_session() {
	mkfifo "$dir/$1.in"
	$PSQL -v "PROMPT1=" <"$dir/$1.in" >"$dir/$1.out" 2>"$dir/$1.err" &
	eval "pid_$1=\$!"
	eval "exec $2>\"\$dir/\$1.in\""
}
start_session a 3
start_session b 4

echo 0 >"$dir/step"
# Send SQL to session $1 and wait for its tagged answer; prints the answer.
# (The step counter lives in a file: ask also runs in $(...) subshells.)
ask() {
	step=$(($(cat "$dir/step") + 1))
	echo "$step" >"$dir/step"
	tag="__step_${step}__"
	fd=3
	[ "$1" = b ] && fd=4
	before=$(wc -l <"$dir/$1.out")
	printf '%s\n\\echo %s\n' "$2" "$tag" >&$fd
	waited=0
	while ! tail -n "+$((before + 1))" "$dir/$1.out" | grep -q "^$tag\$"; do
		if [ "$waited" -ge $((TIMEOUT * 10)) ] || [ -s "$dir/$1.err" ]; then
			echo "# session $1 gave no answer to: $2" >&2
			sed 's/^/# /' "$dir/$1.err" >&2
			return 1
		fi
		sleep 0.1
		waited=$((waited + 1))
	done
	# the lines this request added, without its tag
	sed -n "$((before + 1)),\$p" "$dir/$1.out" | sed "/^$tag\$/,\$d"
}

# Compare an answer with what was expected; print a TAP line.
check() {
	count=$((count + 1))
	if [ "$1" = "$2" ]; then
		echo "ok $count - $3"
	else
		echo "not ok $count - $3"
		echo "#   got:      '$1'"
		echo "#   expected: '$2'"
		failures=$((failures + 1))
	fi
}

# What session $1's geotext_lookup says of the test term's user rows.
user_rows() {
	ask "$1" "SELECT coalesce(string_agg(canonical, '|' ORDER BY canonical), '-') FROM geotext_lookup('$TERM_NAME') WHERE source = 'geotext_gazetteer';"
}

INSERT="INSERT INTO geotext_gazetteer (name, canonical, kind, country, note) VALUES ('$TERM_NAME', 'Zweisitzungshausen (Ort)', 'place', 'DE', '$NOTE');"

echo "1..12"
check "$(user_rows b)" "-" "session B: the name is unknown (its cache is built)"

ask a "BEGIN; $INSERT" >/dev/null
check "$(user_rows a)" "Zweisitzungshausen (Ort)" "session A sees its own uncommitted insert"
check "$(user_rows b)" "-" "session B does not see the uncommitted insert"

ask a "COMMIT;" >/dev/null
check "$(user_rows b)" "Zweisitzungshausen (Ort)" "session B sees the insert right after commit"

ask a "UPDATE geotext_gazetteer SET canonical = 'Zweisitzungshausen (Stadt)' WHERE note = '$NOTE';" >/dev/null
check "$(user_rows b)" "Zweisitzungshausen (Stadt)" "session B sees a committed update"

ask a "BEGIN; DELETE FROM geotext_gazetteer WHERE note = '$NOTE';" >/dev/null
check "$(user_rows a)" "-" "session A sees its own uncommitted delete"
ask a "ROLLBACK;" >/dev/null
check "$(user_rows a)" "Zweisitzungshausen (Stadt)" "session A: the rolled-back delete is undone"
check "$(user_rows b)" "Zweisitzungshausen (Stadt)" "session B never saw the rolled-back delete"

# B inside a REPEATABLE READ transaction: the gazetteer behaves like the
# catalog (latest committed state at each statement), and B's cache must not
# stay stale after the transaction ends.
ask b "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM geotext_gazetteer;" >/dev/null
ask a "DELETE FROM geotext_gazetteer WHERE note = '$NOTE';" >/dev/null
check "$(user_rows b)" "-" "session B in an open transaction sees a commit at its next statement"
ask b "COMMIT;" >/dev/null
check "$(user_rows b)" "-" "session B after that transaction: still up to date"

ask a "$INSERT" >/dev/null
check "$(user_rows b)" "Zweisitzungshausen (Ort)" "session B sees a new insert after commit"
ask a "DELETE FROM geotext_gazetteer WHERE note = '$NOTE';" >/dev/null
check "$(user_rows b)" "-" "session B sees a committed delete"

if [ "$failures" -gt 0 ]; then
	echo "# $failures of $count tests failed"
	exit 1
fi
exit 0
