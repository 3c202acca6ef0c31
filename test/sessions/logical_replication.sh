#!/bin/sh
# Gazetteer rows that arrive by logical replication reach the sessions of the
# subscriber: its apply worker fires no statement triggers, so only the row
# trigger (geotext_gazetteer_logged, enabled ALWAYS) logs the keys and tells
# the other backends that their cached gazetteer is stale. A publisher database
# and a subscriber database in the same cluster; a long-lived session on the
# subscriber has built its cache before the rows arrive.
#
# Needs wal_level = logical (make test's cluster has it; elsewhere the test
# is skipped) and a superuser's libpq environment.
# Prints TAP and exits non-zero on any failure.
set -u
. "$(dirname "$0")/lib.sh"

PUB=geotext_repl_pub
SUB=geotext_repl_sub
TERM_NAME='Replikationshausen'

if [ "$(psql -X -At -c 'SHOW wal_level')" != logical ]; then
	echo "1..0 # SKIP wal_level is not logical"
	exit 0
fi
drop_all() {
	psql -X -q -d $SUB -c "ALTER SUBSCRIPTION geotext_sub DISABLE" -c "ALTER SUBSCRIPTION geotext_sub SET (slot_name = NONE)" \
		-c "DROP SUBSCRIPTION geotext_sub" >/dev/null 2>&1
	psql -X -q -d $PUB -c "SELECT pg_drop_replication_slot('geotext_sub')" >/dev/null 2>&1
	for db in $SUB $PUB; do
		psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	done
}
on_cleanup() {
	drop_all
}
session_dir geotext-replication
drop_all

psql -X -q -c "CREATE DATABASE $PUB" -c "CREATE DATABASE $SUB" || exit 2
for db in $PUB $SUB; do
	psql -X -q -d $db -c "SET client_min_messages = warning" -c "CREATE EXTENSION geotext" || exit 2
done
CONN="dbname=$PUB"
[ -n "${PGHOST:-}" ] && CONN="$CONN host=$PGHOST"
[ -n "${PGPORT:-}" ] && CONN="$CONN port=$PGPORT"
[ -n "${PGUSER:-}" ] && CONN="$CONN user=$PGUSER"
# the apply worker connects itself: it needs the password a throwaway cluster uses (pg_virtualenv)
[ -n "${PGPASSWORD:-}" ] && CONN="$CONN password=$PGPASSWORD"
psql -X -q -d $PUB -c "CREATE PUBLICATION geotext_pub FOR TABLE geotext_gazetteer" \
	-c "SELECT pg_create_logical_replication_slot('geotext_sub', 'pgoutput')" >/dev/null || exit 2
psql -X -q -d $SUB -c "CREATE SUBSCRIPTION geotext_sub CONNECTION '$CONN' PUBLICATION geotext_pub
                       WITH (create_slot = false, slot_name = 'geotext_sub')" >/dev/null 2>&1 || exit 2

start_session b 4 -v ON_ERROR_STOP=1 -d $SUB

# What session b's geotext_lookup says of the term's user rows.
user_rows() {
	ask b "SELECT coalesce(string_agg(canonical, '|' ORDER BY canonical), '-') FROM geotext_lookup('$TERM_NAME') WHERE source = 'geotext_gazetteer';"
}
# Wait until the subscriber's table has $1 rows of the term (the apply worker's pace).
wait_rows() {
	for i in $(seq 1 100); do
		[ "$(psql -X -At -d $SUB -c "SELECT count(*) FROM geotext_gazetteer WHERE name = '$TERM_NAME'")" = "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

tap_check "$(user_rows)" "-" "subscriber session: the name is unknown (its cache is built)"
psql -X -q -d $PUB -c "INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('$TERM_NAME', 'Replikationshausen (Ort)', 'place')"
wait_rows 1
tap_result $? "the row arrives on the subscriber by logical replication"
tap_check "$(user_rows)" "Replikationshausen (Ort)" "the subscriber session sees the replicated insert at its next statement"
psql -X -q -d $PUB -c "UPDATE geotext_gazetteer SET canonical = 'Replikationshausen (Stadt)' WHERE name = '$TERM_NAME'"
for i in $(seq 1 100); do
	[ "$(psql -X -At -d $SUB -c "SELECT canonical FROM geotext_gazetteer WHERE name = '$TERM_NAME'")" = "Replikationshausen (Stadt)" ] && break
	sleep 0.1
done
tap_check "$(user_rows)" "Replikationshausen (Stadt)" "and a replicated update"
psql -X -q -d $PUB -c "DELETE FROM geotext_gazetteer WHERE name = '$TERM_NAME'"
wait_rows 0
tap_check "$(user_rows)" "-" "and a replicated delete"
tap_finish
