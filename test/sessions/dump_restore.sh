#!/bin/sh
# pg_dump / pg_restore keep what users built: a database with gazetteer rows
# (their ids, created_by and created_at), the README recipe
# (examples/recipe.sql: its news table and materialized views), a view over
# geotext_entities and a generated actor_keys column with its GIN index is
# dumped in the custom format and
# restored into new databases, serially and with -j2; every gazetteer row,
# every view's rows and the index answer must be the same, the gazetteer's
# identity sequence goes on after the restored ids, and the restored
# gazetteer is the one the analysis uses.
#
# Uses the libpq environment; a role that may create databases and the
# extension (make test runs it as the superuser of its throwaway cluster).
# Prints TAP and exits non-zero on any failure.
set -u
. "$(dirname "$0")/../tap.sh"

SRC=geotext_dump_src
DUMP=$(mktemp -t geotext-dump.XXXXXX) || exit 2
cleanup() {
	rm -f "$DUMP"
	for db in $SRC geotext_dump_serial geotext_dump_parallel; do
		psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	done
}
trap cleanup EXIT
cleanup

psql -X -q -c "CREATE DATABASE $SRC" || exit 2
psql -X -q -v ON_ERROR_STOP=1 -d $SRC >/dev/null <<'EOF' || { echo "Bail out! cannot set up $SRC"; exit 2; }
SET client_min_messages = warning;
CREATE EXTENSION geotext;
INSERT INTO geotext_gazetteer (name, canonical, kind, country, note, created_by, created_at) VALUES
  ('Zyprexa Holding', 'Zyprexa Holding AG', 'organization', 'CH', 'dump test', 'editor_a', '2025-03-01 10:00+00'),
  ('Pjöngjang', 'Pjöngjang (Hauptstadt)', 'place', 'KP', 'dump test', 'editor_b', '2025-04-02 11:30+00');
INSERT INTO geotext_gazetteer (name, canonical, kind, suppress, note) VALUES
  ('Kreml', 'Kreml', 'organization', true, 'dump test');
EOF
# The README recipe itself (examples/recipe.sql, as make demo runs it) over the
# example article and the fixed sample of test/compare, in schema geotext_recipe.
GEOTEXT_ARTICLE=examples/nordkorea-russland.txt psql -X -q -v ON_ERROR_STOP=1 -d $SRC \
	-v x=Russland -v y=Ukraine -v dotfile=/dev/null -f examples/recipe.sql \
	< test/compare/sample.jsonl >/dev/null || { echo "Bail out! the recipe failed in $SRC"; exit 2; }
psql -X -q -v ON_ERROR_STOP=1 -d $SRC >/dev/null <<'EOF' || { echo "Bail out! cannot set up $SRC"; exit 2; }
SET search_path = geotext_recipe, public;
ALTER TABLE news ADD COLUMN actor_keys text[] GENERATED ALWAYS AS (geotext_actor_keys(body)) STORED;
CREATE INDEX news_actor_keys ON news USING gin (actor_keys);
CREATE VIEW entity_names AS
SELECT a.id, e.canonical, e.kind, e.country FROM news a, LATERAL geotext_entities(a.body) e;
EOF

# One line per object, its rows as a digest (the same query in every database):
# the gazetteer, the news table, every view of the recipe's schema, and what the
# GIN index answers.
in_recipe() {	# relkinds
	psql -X -At -d $SRC -c "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	                        WHERE n.nspname = 'geotext_recipe' AND c.relkind IN ($1) ORDER BY c.oid"
}
STATE="SELECT 'gazetteer ' || md5(string_agg(g::text, '|' ORDER BY id)) FROM geotext_gazetteer g
UNION ALL SELECT 'news ' || md5(string_agg(n::text, '|' ORDER BY id)) FROM geotext_recipe.news n
UNION ALL SELECT 'index ' || string_agg(id::text, ',' ORDER BY id) FROM geotext_recipe.news
          WHERE actor_keys @> ARRAY['Wladimir Putin']"
for v in $(in_recipe "'m', 'v'"); do
	STATE="$STATE
UNION ALL SELECT '$v ' || count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM geotext_recipe.$v t"
done
STATE="SELECT line FROM ($STATE) s(line) ORDER BY line"
REFRESH=""
for v in $(in_recipe "'m'"); do	# in the order they were made: each after what it reads
	REFRESH="$REFRESH REFRESH MATERIALIZED VIEW geotext_recipe.$v;"
done
state() {
	psql -X -q -At -d "$1" -c "SET enable_seqscan = off" -c "$STATE"
}
before=$(state $SRC)

pg_dump -Fc -f "$DUMP" $SRC
tap_result $? "pg_dump -Fc of a database with geotext, its gazetteer and views over it"

for mode in serial parallel; do
	db=geotext_dump_$mode
	jobs=""
	[ $mode = parallel ] && jobs="-j2"
	psql -X -q -c "CREATE DATABASE $db" && pg_restore $jobs -d $db "$DUMP"
	tap_result $? "pg_restore${jobs:+ $jobs} into a new database"
	tap_check "$(state $db)" "$before" "$mode restore: the gazetteer rows, every view's rows and the index answer are the same"
	tap_check "$(psql -X -q -At -d $db -c "$REFRESH" -c "SET enable_seqscan = off" -c "$STATE" 2>&1)" \
		"$before" "$mode restore: the views refresh to the same rows (the restored gazetteer is the one used)"
done
tap_check "$(psql -X -q -At -d geotext_dump_serial -c "INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Neuort', 'Neuort', 'place') RETURNING id > (SELECT max(id) FROM geotext_gazetteer WHERE note = 'dump test')" | head -1)" \
	"t" "the gazetteer's identity sequence goes on after the restored ids"
tap_finish
