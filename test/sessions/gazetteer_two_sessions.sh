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
. "$(dirname "$0")/lib.sh"
SESSION_STRICT=1

TERM_NAME='Zweisitzungshausen'
NOTE='gazetteer_two_sessions.sh'

# Remove the test's rows (run at exit by lib.sh).
on_cleanup() {
	$PSQL -c "DELETE FROM geotext_gazetteer WHERE note = '$NOTE'" >/dev/null 2>&1
}
session_dir geotext-sessions

# Set up: the extension, and no rows left over from an earlier run.
if ! $PSQL -c "SET client_min_messages = warning" -c "CREATE EXTENSION IF NOT EXISTS geotext" \
		 -c "DELETE FROM geotext_gazetteer WHERE note = '$NOTE'" >/dev/null; then
	echo "Bail out! cannot set up the database"
	exit 2
fi
start_session a 3
start_session b 4

# What session $1's geotext_lookup says of the test term's user rows.
user_rows() {
	ask "$1" "SELECT coalesce(string_agg(canonical, '|' ORDER BY canonical), '-') FROM geotext_lookup('$TERM_NAME') WHERE source = 'geotext_gazetteer';"
}

INSERT="INSERT INTO geotext_gazetteer (name, canonical, kind, country, note) VALUES ('$TERM_NAME', 'Zweisitzungshausen (Ort)', 'place', 'DE', '$NOTE');"

echo "1..15"
tap_check "$(user_rows b)" "-" "session B: the name is unknown (its cache is built)"

ask a "BEGIN; $INSERT" >/dev/null
tap_check "$(user_rows a)" "Zweisitzungshausen (Ort)" "session A sees its own uncommitted insert"
tap_check "$(user_rows b)" "-" "session B does not see the uncommitted insert"

ask a "COMMIT;" >/dev/null
tap_check "$(user_rows b)" "Zweisitzungshausen (Ort)" "session B sees the insert right after commit"

ask a "UPDATE geotext_gazetteer SET canonical = 'Zweisitzungshausen (Stadt)' WHERE note = '$NOTE';" >/dev/null
tap_check "$(user_rows b)" "Zweisitzungshausen (Stadt)" "session B sees a committed update"

ask a "BEGIN; DELETE FROM geotext_gazetteer WHERE note = '$NOTE';" >/dev/null
tap_check "$(user_rows a)" "-" "session A sees its own uncommitted delete"
ask a "ROLLBACK;" >/dev/null
tap_check "$(user_rows a)" "Zweisitzungshausen (Stadt)" "session A: the rolled-back delete is undone"
tap_check "$(user_rows b)" "Zweisitzungshausen (Stadt)" "session B never saw the rolled-back delete"

# B inside a REPEATABLE READ transaction: the gazetteer behaves like the
# catalog (latest committed state at each statement), and B's cache must not
# stay stale after the transaction ends.
ask b "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM geotext_gazetteer;" >/dev/null
ask a "DELETE FROM geotext_gazetteer WHERE note = '$NOTE';" >/dev/null
tap_check "$(user_rows b)" "-" "session B in an open transaction sees a commit at its next statement"
ask b "COMMIT;" >/dev/null
tap_check "$(user_rows b)" "-" "session B after that transaction: still up to date"

ask a "$INSERT" >/dev/null
tap_check "$(user_rows b)" "Zweisitzungshausen (Ort)" "session B sees a new insert after commit"
ask a "DELETE FROM geotext_gazetteer WHERE note = '$NOTE';" >/dev/null
tap_check "$(user_rows b)" "-" "session B sees a committed delete"

# Changes in replica mode (what logical replication's apply workers run in,
# where ordinary triggers do not fire) reach the other sessions too.
ask a "SET session_replication_role = replica; $INSERT" >/dev/null
tap_check "$(user_rows b)" "Zweisitzungshausen (Ort)" "session B sees an insert made in replica mode"
ask a "UPDATE geotext_gazetteer SET canonical = 'Zweisitzungshausen (Stadt)' WHERE note = '$NOTE';" >/dev/null
tap_check "$(user_rows b)" "Zweisitzungshausen (Stadt)" "session B sees an update made in replica mode"
ask a "DELETE FROM geotext_gazetteer WHERE note = '$NOTE'; SET session_replication_role = origin;" >/dev/null
tap_check "$(user_rows b)" "-" "session B sees a delete made in replica mode"

tap_finish planned
