#!/bin/sh
# Scale-out test (`make test-shards`): two shard clusters and a coordinator on
# loopback, each a throwaway initdb'ed cluster in one temporary directory on a
# free port. The coordinator spreads a news table over the shards with
# postgres_fdw (a hash-partitioned table whose partitions are foreign tables,
# async_capable servers); each shard computes geotext_actors over its own rows
# in a view, which the coordinator reads through foreign partitions and
# aggregates. The result must equal the single-node one (the same articles in
# a local table on the coordinator): EXCEPT ALL both ways gives 0 rows. When
# PL/Proxy is installed, the same aggregate through a RUN ON ALL function.
#
# Articles: the example article, 300 generated variants of it, and up to
# GT_SHARDS_CORPUS_ROWS (default 400) rows of ../shared/data/corpus/
# 10kgnad-test.jsonl when that file exists (read at run time, never copied).
#
# Prints TAP; exits non-zero on any failure. Everything is torn down by a trap.
# Environment: PG_CONFIG (default pg_config). As root, the clusters run as the
# postgres user.
set -u

REPO=$(cd "$(dirname "$0")/../.." && pwd)
PG_CONFIG=${PG_CONFIG:-pg_config}
BINDIR=$("$PG_CONFIG" --bindir) || { echo "Bail out! pg_config not found"; exit 2; }
CORPUS="$REPO/../shared/data/corpus/10kgnad-test.jsonl"
CORPUS_ROWS=${GT_SHARDS_CORPUS_ROWS:-400}
NODES="shard1 shard2 coord"

dir=$(mktemp -d -t geotext-shards.XXXXXX) || exit 2
. "$(dirname "$0")/../tap.sh"

# Run a command as the cluster owner (postgres when we are root).
as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# Stop every cluster that was started and remove the temporary directory.
cleanup() {
	for n in $NODES; do
		[ -f "$dir/$n/postmaster.pid" ] &&
			as_owner "$BINDIR/pg_ctl" -D "$dir/$n" -m immediate -w stop >/dev/null 2>&1
	done
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 2' HUP INT TERM

# A free TCP port on 127.0.0.1, chosen by the kernel (never 5432/5433/5499).
free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# psql on one node: psql_on NODE [psql args…]
psql_on() {
	node=$1
	shift
	eval "port=\$port_$node"
	PGCLIENTENCODING=UTF8 "$BINDIR/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
		-h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"
}

# Record one TAP result: tap NAME CONDITION-EXIT-STATUS (test/tap.sh).
tap() {
	tap_result "$2" "$1"
}

# Compare two queries on the coordinator: each is evaluated once into a
# table, then EXCEPT ALL both ways must be empty.
same_rows() {
	name=$1
	out=$(psql_on coord -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS cmp_a, cmp_b" \
		-c "CREATE TABLE cmp_a AS $2" -c "CREATE TABLE cmp_b AS $3" \
		-c "SELECT count(*) FROM cmp_a" \
		-c "SELECT count(*) FROM (TABLE cmp_a EXCEPT ALL TABLE cmp_b) x" \
		-c "SELECT count(*) FROM (TABLE cmp_b EXCEPT ALL TABLE cmp_a) x" 2>&1 | tr '\n' ' ')
	set -- $out
	if [ $# -eq 3 ] && [ "$1" -gt 0 ] && [ "$2" = 0 ] && [ "$3" = 0 ]; then
		tap "$name ($1 rows, EXCEPT ALL both ways: 0 rows)" 0
	else
		echo "# rows, a EXCEPT ALL b, b EXCEPT ALL a: $out"
		tap "$name" 1
	fi
}

# ---------------------------------------------------------------- clusters
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
for n in $NODES; do
	p=$(free_port) || { echo "Bail out! no free port"; exit 2; }
	eval "port_$n=$p"
	if ! as_owner "$BINDIR/initdb" -N -D "$dir/$n" -U postgres --auth=trust -E UTF8 \
			--locale=C.UTF-8 >"$dir/$n.initdb.log" 2>&1; then
		cat "$dir/$n.initdb.log"
		echo "Bail out! initdb $n failed"
		exit 2
	fi
	if ! as_owner "$BINDIR/pg_ctl" -D "$dir/$n" -l "$dir/$n.log" -w -t 30 \
			-o "-p $p -c listen_addresses=127.0.0.1 -c unix_socket_directories='$dir' -c fsync=off -c max_connections=20 -c shared_buffers=32MB" \
			start >/dev/null 2>&1; then
		cat "$dir/$n.log"
		echo "Bail out! cannot start $n"
		exit 2
	fi
done
echo "# shard1 on port $port_shard1, shard2 on port $port_shard2, coordinator on port $port_coord"

# ---------------------------------------------------------------- shards
# Each shard: the extension, its part of the news table, and its actor view.
for n in shard1 shard2; do
	psql_on $n >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION geotext;
CREATE TABLE news (id bigint PRIMARY KEY, body text NOT NULL);
-- geotext_actors is STABLE (the gazetteer can change it), so postgres_fdw
-- does not push it down: the shard computes it over its own rows here.
CREATE VIEW news_actors AS
	SELECT n.id, a.canonical, a.kind, a.country, a.mentions, a.quoted, a.first_span
	FROM news n, LATERAL geotext_actors(n.body) a;
-- The same, aggregated on the shard, for PL/Proxy's RUN ON ALL.
CREATE FUNCTION shard_actor_totals(OUT canonical text, OUT kind text, OUT country text,
                                   OUT articles bigint, OUT mentions bigint, OUT quoted bigint)
RETURNS SETOF record LANGUAGE sql STABLE AS $$
	SELECT canonical, kind, country, count(DISTINCT id), sum(mentions), sum(quoted)
	FROM news_actors GROUP BY canonical, kind, country
$$;
SQL
	tap "shard $n: geotext, news table and actor view" $?
done

# ---------------------------------------------------------------- coordinator
psql_on coord >/dev/null <<SQL
SET client_min_messages = warning;
CREATE EXTENSION geotext;
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host '127.0.0.1', port '$port_shard1', dbname 'postgres',
	         async_capable 'true', batch_size '100', fetch_size '1000');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host '127.0.0.1', port '$port_shard2', dbname 'postgres',
	         async_capable 'true', batch_size '100', fetch_size '1000');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user 'postgres');

-- The news table, hash-partitioned over the shards.
CREATE TABLE news (id bigint NOT NULL, body text NOT NULL) PARTITION BY HASH (id);
CREATE FOREIGN TABLE news_p0 PARTITION OF news FOR VALUES WITH (MODULUS 2, REMAINDER 0)
	SERVER shard1 OPTIONS (table_name 'news');
CREATE FOREIGN TABLE news_p1 PARTITION OF news FOR VALUES WITH (MODULUS 2, REMAINDER 1)
	SERVER shard2 OPTIONS (table_name 'news');

-- The shards' actor views, partitioned the same way (an article's actors live
-- on the article's shard).
CREATE TABLE news_actors (id bigint NOT NULL, canonical text, kind text, country text,
                          mentions int, quoted int, first_span int4range)
	PARTITION BY HASH (id);
CREATE FOREIGN TABLE news_actors_p0 PARTITION OF news_actors
	FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER shard1 OPTIONS (table_name 'news_actors');
CREATE FOREIGN TABLE news_actors_p1 PARTITION OF news_actors
	FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER shard2 OPTIONS (table_name 'news_actors');

-- The single-node reference.
CREATE TABLE news_local (id bigint PRIMARY KEY, body text NOT NULL);
SQL
tap "coordinator: postgres_fdw servers (async_capable), partitioned foreign tables" $?

# ---------------------------------------------------------------- articles
{
	echo "\\set body \`cat '$REPO/examples/nordkorea-russland.txt'\`"
	cat <<'SQL'
INSERT INTO news_local VALUES (1, :'body');
-- Variants: other countries, places, persons and a numbered lead sentence.
INSERT INTO news_local
SELECT g, 'Meldung ' || g || ' aus ' || (ARRAY['Berlin', 'Wien', 'Zürich', 'Hamburg'])[1 + g % 4] || '. ' ||
       replace(replace(replace(:'body',
               'Nordkorea', (ARRAY['Nordkorea', 'Iran', 'China', 'Belarus', 'Syrien'])[1 + g % 5]),
               'Washington', (ARRAY['Washington', 'Brüssel', 'Vilnius'])[1 + g % 3]),
               'Putin', (ARRAY['Putin', 'Lawrow', 'Peskow', 'Schoigu'])[1 + g % 4])
FROM generate_series(2, 301) g;
SQL
	if [ -r "$CORPUS" ]; then
		cat <<SQL
CREATE TEMP TABLE raw_lines (n bigserial, line text);
\\copy raw_lines (line) FROM '$CORPUS' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')
INSERT INTO news_local
SELECT 100000 + n, line::jsonb ->> 'text' FROM raw_lines
WHERE n <= $CORPUS_ROWS AND line::jsonb ->> 'text' <> '';
SQL
	fi
	echo "INSERT INTO news SELECT id, body FROM news_local;"
} | psql_on coord >/dev/null
tap "articles loaded into the sharded and the local table" $?
[ -r "$CORPUS" ] || echo "# $CORPUS not found: example article and variants only"

n_local=$(psql_on coord -c "SELECT count(*) FROM news_local")
n_s1=$(psql_on shard1 -c "SELECT count(*) FROM news")
n_s2=$(psql_on shard2 -c "SELECT count(*) FROM news")
echo "# articles: $n_local (shard1 $n_s1, shard2 $n_s2)"
[ "$n_s1" -gt 0 ] && [ "$n_s2" -gt 0 ] && [ $((n_s1 + n_s2)) -eq "$n_local" ]
tap "rows spread over both shards" $?

# ---------------------------------------------------------------- plans
plan=$(psql_on coord -c "EXPLAIN (VERBOSE, COSTS OFF)
	SELECT id, canonical, kind, country, mentions, quoted, first_span FROM news_actors" 2>&1)
echo "$plan" | sed 's/^/#   /'
[ "$(echo "$plan" | grep -c "Async Foreign Scan")" -eq 2 ]
tap "coordinator reads both shards' actor views with asynchronous foreign scans" $?

# ---------------------------------------------------------------- results
# The single-node result, computed once.
psql_on coord -c "CREATE TABLE local_actors AS
	SELECT n.id, a.canonical, a.kind, a.country, a.mentions, a.quoted, a.first_span
	FROM news_local n, LATERAL geotext_actors(n.body) a"
tap "single-node actors of the local table" $?
LOCAL_ACTORS="TABLE local_actors"
same_rows "per-article actors: shards' views = single node" \
	"SELECT id, canonical, kind, country, mentions, quoted, first_span FROM news_actors" \
	"$LOCAL_ACTORS"

same_rows "actor totals aggregated over the shards = single node" \
	"SELECT canonical, kind, country, count(DISTINCT id) AS articles, sum(mentions) AS mentions, sum(quoted) AS quoted
	 FROM news_actors GROUP BY canonical, kind, country" \
	"SELECT canonical, kind, country, count(DISTINCT id) AS articles, sum(mentions) AS mentions, sum(quoted) AS quoted
	 FROM ($LOCAL_ACTORS) l GROUP BY canonical, kind, country"

same_rows "top actors per country (sharded) = single node" \
	"SELECT country, canonical, sum(mentions) FROM news_actors WHERE country IS NOT NULL
	 GROUP BY country, canonical" \
	"SELECT country, canonical, sum(mentions) FROM ($LOCAL_ACTORS) l WHERE country IS NOT NULL
	 GROUP BY country, canonical"

# ---------------------------------------------------------------- PL/Proxy
if [ -f "$("$PG_CONFIG" --sharedir)/extension/plproxy.control" ]; then
	psql_on coord >/dev/null <<SQL
SET client_min_messages = warning;
CREATE EXTENSION plproxy;
CREATE SERVER news_cluster FOREIGN DATA WRAPPER plproxy
	OPTIONS (connection_lifetime '600',
	         p0 'host=127.0.0.1 port=$port_shard1 dbname=postgres user=postgres',
	         p1 'host=127.0.0.1 port=$port_shard2 dbname=postgres user=postgres');
CREATE USER MAPPING FOR PUBLIC SERVER news_cluster;
-- Runs shard_actor_totals() on every shard at once and returns all rows.
CREATE FUNCTION shard_actor_totals(OUT canonical text, OUT kind text, OUT country text,
                                   OUT articles bigint, OUT mentions bigint, OUT quoted bigint)
RETURNS SETOF record AS \$\$
	CLUSTER 'news_cluster';
	RUN ON ALL;
\$\$ LANGUAGE plproxy;
SQL
	tap "PL/Proxy: cluster and RUN ON ALL function on the coordinator" $?
	same_rows "PL/Proxy RUN ON ALL actor totals = single node" \
		"SELECT canonical, kind, country, sum(articles) AS articles, sum(mentions) AS mentions, sum(quoted) AS quoted
		 FROM shard_actor_totals() GROUP BY canonical, kind, country" \
		"SELECT canonical, kind, country, count(DISTINCT id) AS articles, sum(mentions) AS mentions, sum(quoted) AS quoted
		 FROM ($LOCAL_ACTORS) l GROUP BY canonical, kind, country"
else
	tap_skip "PL/Proxy" "not installed (Debian: postgresql-15-plproxy)"
fi

tap_finish
