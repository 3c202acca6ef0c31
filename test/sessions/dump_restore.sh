#!/bin/sh
# pg_dump / pg_restore keep what users built: a database with gazetteer rows
# (their ids, created_by and created_at), the README recipe's materialized
# views over geotext_extract, views over the row functions and a generated
# actor_keys column with its GIN index is dumped in the custom format and
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
  ('Blumenwald', 'Blumenwald (Ort)', 'place', 'DE', 'dump test', 'editor_b', '2025-04-02 11:30+00');
INSERT INTO geotext_gazetteer (name, canonical, kind, suppress, note) VALUES
  ('Kreml', 'Kreml', 'organization', true, 'dump test');
CREATE TABLE news (id int PRIMARY KEY, body text,
                   actor_keys text[] GENERATED ALWAYS AS (geotext_actor_keys(body)) STORED);
CREATE INDEX news_actor_keys ON news USING gin (actor_keys);
INSERT INTO news (id, body) VALUES
  (1, 'Die Zyprexa Holding meldete Gewinne. Bundeskanzler Olaf Scholz besuchte Blumenwald.'),
  (2, 'Der Kreml schweigt. "Wir stehen zusammen", sagte Scholz in Berlin.'),
  (3, 'Die Europäische Zentralbank in Frankfurt hob die Zinsen an, teilte EZB-Präsidentin Christine Lagarde mit.');
CREATE MATERIALIZED VIEW news_doc AS SELECT id, geotext_extract(body) AS doc FROM news;
CREATE UNIQUE INDEX ON news_doc (id);
CREATE MATERIALIZED VIEW mentions AS
SELECT d.id AS article, e.*
FROM news_doc d,
     jsonb_to_recordset(d.doc->'entities') AS e(idx int, mention text, canonical text, kind text,
                                                form text, country text, role text, sentence int,
                                                span int4range, evidence text);
CREATE MATERIALIZED VIEW quote_rows AS SELECT a.id, q.* FROM news a, LATERAL geotext_quotes(a.body) q;
CREATE VIEW entity_names AS
SELECT a.id, e.canonical, e.kind, e.country FROM news a, LATERAL geotext_entities(a.body) e;
EOF

# One line per object: its rows as a digest (the same query in every database).
STATE="SELECT line FROM (SELECT 'gazetteer ' || md5(string_agg(g::text, '|' ORDER BY id)) FROM geotext_gazetteer g
UNION ALL SELECT 'news ' || md5(string_agg(n::text, '|' ORDER BY id)) FROM news n
UNION ALL SELECT 'news_doc ' || md5(string_agg(d::text, '|' ORDER BY id)) FROM news_doc d
UNION ALL SELECT 'mentions ' || md5(string_agg(m::text, '|' ORDER BY article, idx)) FROM mentions m
UNION ALL SELECT 'quote_rows ' || md5(string_agg(q::text, '|' ORDER BY id, idx)) FROM quote_rows q
UNION ALL SELECT 'entity_names ' || md5(string_agg(e::text, '|' ORDER BY e::text)) FROM entity_names e
UNION ALL SELECT 'index ' || string_agg(id::text, ',' ORDER BY id) FROM news WHERE actor_keys @> ARRAY['Olaf Scholz']) s(line)
ORDER BY line"
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
	tap_result $? "pg_restore $jobs into a new database"
	tap_check "$(state $db)" "$before" "$mode restore: the gazetteer rows, every view's rows and the index answer are the same"
	tap_check "$(psql -X -q -At -d $db -c "REFRESH MATERIALIZED VIEW news_doc; REFRESH MATERIALIZED VIEW mentions; REFRESH MATERIALIZED VIEW quote_rows" -c "SET enable_seqscan = off" -c "$STATE" 2>&1)" \
		"$before" "$mode restore: the views refresh to the same rows (the restored gazetteer is the one used)"
done
tap_check "$(psql -X -q -At -d geotext_dump_serial -c "INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Neuort', 'Neuort', 'place') RETURNING id > (SELECT max(id) FROM geotext_gazetteer WHERE note = 'dump test')" | head -1)" \
	"t" "the gazetteer's identity sequence goes on after the restored ids"
tap_finish
