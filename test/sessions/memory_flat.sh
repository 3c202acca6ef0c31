#!/bin/sh
# Memory stays flat (issue #7): extraction over many rows does not grow the
# backend's memory, neither inside one query nor from one query to the next.
#
# In one backend (parallel query and JIT off, so that this backend does all
# the work), for every SQL function of the extension (and the text search
# configuration geotext_german), an aggregate over a LATERAL call (or a call
# per row) runs over N0 = N/10 rows, then twice over N rows (default 20,000
# short articles made from the example article). Measured with
# pg_backend_memory_contexts, sum(total_bytes) of every memory context — a
# deterministic figure, unlike the resident set:
#   - at the end of each scan, inside the same query (WITH ... MATERIALIZED,
#     then the sum in the outer SELECT): the scan over N rows may not hold more
#     than GT_MEMFLAT_INQUERY_KB (default 512 kB) above the scan over N0 rows.
#     Memory the function leaves in the query's context at every call (the
#     LATERAL rescans of a set-returning function) shows here.
#   - after each query: the second pass over N rows may not leave more than
#     GT_MEMFLAT_AFTER_KB (default 64 kB) above the first. Memory left in a
#     long-lived context (caches, TopMemoryContext) shows here.
#
# This test found that the set-returning functions left about 500-1000 bytes
# in the query's context at every call (InitMaterializedSRF without
# MAT_SRF_USE_EXPECTED_DESC rebuilt the result descriptor from pg_proc there),
# 60-90 MB over 100,000 rows of a LATERAL join.
#
# Uses the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER), e.g.
#   pg_virtualenv -t sh test/sessions/memory_flat.sh
# Prints TAP and exits non-zero on any failure. About 30 s.
#
#   GT_MEMFLAT_ROWS       N (default 20000)
#   GT_MEMFLAT_FUNCTIONS  only these cases, comma-separated (default: all)
set -u
. "$(dirname "$0")/lib.sh"

HERE=$(cd "$(dirname "$0")" && pwd)
ARTICLE="$HERE/../../examples/nordkorea-russland.txt"
N=${GT_MEMFLAT_ROWS:-20000}
N0=$((N / 10))
INQUERY_KB=${GT_MEMFLAT_INQUERY_KB:-512}
AFTER_KB=${GT_MEMFLAT_AFTER_KB:-64}
FUNCTIONS=${GT_MEMFLAT_FUNCTIONS:-}
TABLE=geotext_memflat_news

# Drop the test table (run at exit by lib.sh).
on_cleanup() {
	$PSQL -c "DROP TABLE IF EXISTS $TABLE" >/dev/null 2>&1
}
session_dir geotext-memflat

# N short articles: three sentences of the example article each, rotated, with
# a numbered heading, so that no two rows are alike.
if ! { printf '\\set body `cat %s`\n' "$ARTICLE"
	   cat <<EOF
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geotext;
DROP TABLE IF EXISTS $TABLE;
CREATE TABLE $TABLE AS
SELECT i AS id,
       'Meldung ' || i || ' vom ' || (date '2024-01-01' + i % 365) || E':\\n' ||
       a[1 + i % n] || ' ' || a[1 + (i + 1) % n] || ' ' || a[1 + (i + 5) % n] AS body
FROM (SELECT regexp_split_to_array(:'body', '(?<=[.!?“"])\\s+') AS a) s,
     LATERAL (SELECT array_length(s.a, 1) AS n) m,
     generate_series(1, $N) AS i;
ALTER TABLE $TABLE ADD PRIMARY KEY (id);
ANALYZE $TABLE;
EOF
	 } | $PSQL >/dev/null; then
	echo "Bail out! cannot set up the database"
	exit 2
fi

# The cases: name and an aggregate over the rows id <= @N@.
cat >"$dir/cases" <<EOF
geotext_tokens	SELECT count(*) FROM $TABLE n, LATERAL geotext_tokens(n.body) z WHERE n.id <= @N@
geotext_sentences	SELECT count(*) FROM $TABLE n, LATERAL geotext_sentences(n.body) z WHERE n.id <= @N@
geotext_entities	SELECT count(*) FROM $TABLE n, LATERAL geotext_entities(n.body) z WHERE n.id <= @N@
geotext_actors	SELECT count(*) FROM $TABLE n, LATERAL geotext_actors(n.body) z WHERE n.id <= @N@
geotext_quotes	SELECT count(*) FROM $TABLE n, LATERAL geotext_quotes(n.body) z WHERE n.id <= @N@
geotext_extract	SELECT sum(pg_column_size(geotext_extract(n.body))) FROM $TABLE n WHERE n.id <= @N@
geotext_lookup	SELECT count(*) FROM $TABLE n, LATERAL geotext_lookup(split_part(n.body, ' ', 4 + n.id % 30)) z WHERE n.id <= @N@
to_tsvector_geotext_german	SELECT sum(length(to_tsvector('geotext_german', n.body))) FROM $TABLE n WHERE n.id <= @N@
EOF

# One script for one backend; each measurement prints "name|what|value".
CTX="(SELECT sum(total_bytes) FROM pg_backend_memory_contexts)"
{
	echo "SET max_parallel_workers_per_gather = 0;"
	echo "SET jit = off;"
	while IFS='	' read -r name query; do
		if [ -n "$FUNCTIONS" ]; then
			case ",$FUNCTIONS," in
			*",$name,"*) ;;
			*) continue ;;
			esac
		fi
		small=$(echo "$query" | sed "s/@N@/1/")
		echo "SELECT '$name|warm|' || ($small);"
		for pass in 0:$N0 1:$N 2:$N; do
			p=${pass%%:*}
			q=$(echo "$query" | sed "s/@N@/${pass#*:}/")
			echo "WITH s(r) AS MATERIALIZED ($q) SELECT '$name|result$p|' || s.r || '|' || $CTX FROM s;"
			echo "SELECT '$name|after$p|' || $CTX;"
		done
	done <"$dir/cases"
} >"$dir/script.sql"

start=$(date +%s)
if ! $PSQL -f "$dir/script.sql" >"$dir/out" 2>"$dir/err"; then
	echo "Bail out! the measuring session failed:"
	sed 's/^/# /' "$dir/err"
	exit 2
fi
secs=$(($(date +%s) - start))

# get NAME WHAT [FIELD]: a measured value (field 3 by default).
get() {
	grep "^$1|$2|" "$dir/out" | cut -d'|' -f"${3:-3}"
}

for name in $(cut -f1 "$dir/cases"); do
	r0=$(get "$name" result0)
	[ -n "$r0" ] || continue
	in0=$(get "$name" result0 4)
	in1=$(get "$name" result1 4)
	in2=$(get "$name" result2 4)
	a1=$(get "$name" after1)
	a2=$(get "$name" after2)
	r1=$(get "$name" result1)
	inmax=$in1
	[ "$in2" -gt "$inmax" ] && inmax=$in2
	grow=$(((inmax - in0) / 1024))
	[ "$grow" -le "$INQUERY_KB" ]
	tap_result $? "$name: memory at the end of a scan over $N rows is $grow kB above that over $N0 rows ($((in0 / 1024)) -> $((inmax / 1024)) kB, bound $INQUERY_KB kB)"
	left=$(((a2 - a1) / 1024))
	[ "$left" -le "$AFTER_KB" ]
	tap_result $? "$name: a second pass over $N rows leaves $left kB more than the first ($((a1 / 1024)) -> $((a2 / 1024)) kB, bound $AFTER_KB kB)"
	echo "#   $name: $r1 result over $N rows; contexts in-query $in0 / $in1 / $in2 B (N0 / N / N), after the queries $(get "$name" after0) / $a1 / $a2 B"
done

echo "# $secs s in the measuring session"
tap_finish
