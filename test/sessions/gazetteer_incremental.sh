#!/bin/sh
# The incremental gazetteer cache against a full build: session A keeps its
# cache (a full build, then only the keys each change touched) while a
# writer makes 300 pseudo-random inserts, updates, renames, deletes and
# suppressions over a small pool of colliding names (ß and ss, names and
# their genitives, multi-word names); after every 20 changes A's view of
# every pool name must equal that of a new session, which builds in full.
# Uses the libpq environment; needs a role that may write geotext_gazetteer.
# Prints TAP and exits non-zero on any failure. (It fails, for one, when the
# delta's hide records are left out: then the full build's rows show through.)
set -u
. "$(dirname "$0")/lib.sh"
SESSION_STRICT=1
NOTE='gazetteer_incremental.sh'
on_cleanup() {
	$PSQL -c "DELETE FROM geotext_gazetteer WHERE note = '$NOTE'" >/dev/null 2>&1
}
session_dir geotext-incremental
if ! $PSQL -c "SET client_min_messages = warning" -c "CREATE EXTENSION IF NOT EXISTS geotext" \
		 -c "DELETE FROM geotext_gazetteer WHERE note = '$NOTE'" >/dev/null; then
	echo "Bail out! cannot set up the database"
	exit 2
fi
start_session a 3

# The pool: names whose keys collide in every way the cache must get right.
POOL="'Moorbach','Moorbachs','Grußdorf','Grussdorf','Gruß Dorf','Gruss Dorf','Kreml','Kremls','Auental','Auental Nord','Auentals','Peter Moor','Moor'"
VIEW="SELECT coalesce(string_agg(n || '=' || l.type || ':' || l.canonical || ':' || coalesce(l.kind, '') || ':' || l.source, ' | ' ORDER BY i, l.source, l.canonical, l.kind), '-')
      FROM unnest(ARRAY[$POOL]) WITH ORDINALITY AS u(n, i), geotext_lookup(n) l
      WHERE l.type IN ('entity', 'suppress');"

# One pseudo-random change (step $1): the statement, from a fixed LCG.
change() {
	r=$(( ($1 * 1103515245 + 12345) % 2147483648 ))
	name=$(( r % 13 + 1 ))
	op=$(( (r / 13) % 5 ))
	kind=$(( (r / 65) % 2 ))
	pick="(ARRAY[$POOL])[$name]"
	k=$( [ $kind = 0 ] && echo place || echo person )
	case $op in
		0|1) echo "INSERT INTO geotext_gazetteer (name, canonical, kind, note) VALUES ($pick, $pick || ' #$1', '$k', '$NOTE');" ;;
		2) echo "UPDATE geotext_gazetteer SET canonical = canonical || ' u$1' WHERE id = (SELECT min(id) FROM geotext_gazetteer WHERE note = '$NOTE' AND name = $pick);" ;;
		3) echo "UPDATE geotext_gazetteer SET name = $pick WHERE id = (SELECT max(id) FROM geotext_gazetteer WHERE note = '$NOTE');" ;;
		4) echo "DELETE FROM geotext_gazetteer WHERE id = (SELECT min(id) FROM geotext_gazetteer WHERE note = '$NOTE' AND name = $pick);
		   INSERT INTO geotext_gazetteer (name, canonical, kind, suppress, note) SELECT $pick, $pick, 'organization', true, '$NOTE' WHERE $1 % 7 = 0;" ;;
	esac
}

# A's full build holds a row of every pool name: the changes must hide them
$PSQL -c "INSERT INTO geotext_gazetteer (name, canonical, kind, note) SELECT n, n || ' (base)', 'place', '$NOTE' FROM unnest(ARRAY[$POOL]) n" >/dev/null
ask a "$VIEW" >/dev/null

step=1
for round in $(seq 1 15); do
	for i in $(seq 1 20); do
		$PSQL -c "$(change $step)" >/dev/null || { echo "Bail out! change $step failed"; exit 2; }
		step=$((step + 1))
	done
	tap_check "$(ask a "$VIEW")" "$($PSQL -A -t -c "$VIEW")" "after $((step - 1)) changes session A's cache equals a full build"
done
tap_finish
