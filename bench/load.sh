#!/bin/bash
# bench/load.sh — geotext under load and faults, reproducibly.
#
# 1. Load: pgbench with --clients clients for --seconds seconds, each
#    transaction one of geotext_extract, geotext_quotes or geotext_entities on
#    a random stored article (the 10kGNAD corpus in table bench_load), while
#    another session inserts, updates and deletes a gazetteer row every
#    100 ms. Prints throughput, latency percentiles (from pgbench's
#    per-transaction log), failed transactions, the writer's errors, and the
#    server log's deadlocks and crashes ("terminated by signal") during the run.
# 2. Faults: under the same load, one backend is killed mid-call
#    (pg_terminate_backend), then the server is restarted with
#    `pg_ctl restart -m immediate`; afterwards the functions answer and the
#    gazetteer holds the same rows.
# With --gazetteer-rows N, N extra gazetteer rows are added first (and removed
# at the end), e.g. 200000. --writer-commits R sets the writer's commits per
# second (default 30: a round of three every 100 ms; 0: no writer, a static
# gazetteer); --skip-faults leaves out part 2. --rounds N (with a writer)
# instead runs N interleaved pairs of --seconds without and with the writer
# on the same rows and prints each phase's tps and the ratio of the medians
# (the gazetteer's scaling, measured against the machine's drift), then stops.
#
#   PGDATABASE=mydb bash bench/load.sh                      # 120 s, 8 clients
#   bash bench/load.sh --seconds 30 --gazetteer-rows 200000
#   bash bench/load.sh --gazetteer-rows 200000 --writer-commits 0 --skip-faults   # static
#   bash bench/load.sh --gazetteer-rows 200000 --writer-commits 5 --skip-faults   # 5 commits/s
#
# Needs: the libpq environment of a superuser, the server on this machine (to
# restart it: run as root or as the server's owner), pgbench (pg_config
# --bindir), python3. The server log is read from $LOG_FILE if set, else from
# pg_current_logfile(), else Debian's /var/log/postgresql/postgresql-<v>-<c>.log.
set -u
RUN_SECONDS=120
CLIENTS=8
GAZ_ROWS=0
WRITER_COMMITS=30
SKIP_FAULTS=0
ROUNDS=0
CORPUS="$(dirname "$0")/../../shared/data/corpus/10kgnad-test.jsonl"
while [ $# -gt 0 ]; do
	case "$1" in
		--seconds) RUN_SECONDS=$2; shift 2 ;;
		--clients) CLIENTS=$2; shift 2 ;;
		--gazetteer-rows) GAZ_ROWS=$2; shift 2 ;;
		--corpus) CORPUS=$2; shift 2 ;;
		--writer-commits) WRITER_COMMITS=$2; shift 2 ;;
		--skip-faults) SKIP_FAULTS=1; shift ;;
		--rounds) ROUNDS=$2; shift 2 ;;
		*) echo "usage: bench/load.sh [--seconds N] [--clients N] [--gazetteer-rows N] [--writer-commits R] [--skip-faults] [--rounds N] [--corpus F]" >&2; exit 2 ;;
	esac
done
BIN=$(pg_config --bindir)
PSQL="psql -X -q -At -v ON_ERROR_STOP=1"
TMP=$(mktemp -d -t geotext-load.XXXXXX)
chmod 755 "$TMP"
WRITER_PID=""
cleanup() {
	[ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null
	pkill -f "$TMP/writer.sql" 2>/dev/null
	$PSQL -c "DELETE FROM geotext_gazetteer WHERE note IN ('load.sh', 'load.sh bulk')" >/dev/null 2>&1
	rm -rf "$TMP"
}
trap cleanup EXIT

# --- set-up: the articles, the extra gazetteer rows
python3 - "$CORPUS" "$TMP/articles.csv" <<'EOF'
import csv, json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    for i, line in enumerate(f, 1):
        w.writerow([i, json.loads(line)["text"]])
EOF
$PSQL -c "DROP TABLE IF EXISTS bench_load" -c "CREATE TABLE bench_load (id int PRIMARY KEY, body text)" \
	-c "\\copy bench_load FROM '$TMP/articles.csv' WITH (FORMAT csv)" -c "ANALYZE bench_load" || exit 2
NARTICLES=$($PSQL -c "SELECT count(*) FROM bench_load")
if [ "$GAZ_ROWS" -gt 0 ]; then
	$PSQL -c "INSERT INTO geotext_gazetteer (name, canonical, kind, note)
	          SELECT 'Lastort' || g, 'Lastort ' || g, 'place', 'load.sh bulk' FROM generate_series(1, $GAZ_ROWS) g" || exit 2
fi
# every run starts from the same state: no dead rows of an earlier run for autovacuum to clean meanwhile
$PSQL -c "VACUUM (ANALYZE) geotext_gazetteer" -c "CHECKPOINT" || exit 2
GAZ_BEFORE=$($PSQL -c "SELECT count(*) || ' ' || md5(coalesce(string_agg(g::text, '|' ORDER BY id), '')) FROM geotext_gazetteer g WHERE note IS DISTINCT FROM 'load.sh'")
LOG=${LOG_FILE:-$($PSQL -c "SELECT coalesce(pg_current_logfile(), '')" 2>/dev/null)}
if [ -z "$LOG" ]; then
	CL=$($PSQL -c "SHOW cluster_name")	# Debian: "15/main"
	LOG="/var/log/postgresql/postgresql-$(echo "$CL" | tr / -).log"
fi
[ -f "$LOG" ] || LOG=""
log_lines() { [ -n "$LOG" ] && wc -l < "$LOG" || echo 0; }

for f in extract quotes entities; do
	case $f in
		extract) q="SELECT pg_column_size(geotext_extract(body)) FROM bench_load WHERE id = :id;" ;;
		quotes) q="SELECT count(*) FROM bench_load b, geotext_quotes(b.body) q WHERE b.id = :id;" ;;
		entities) q="SELECT count(*) FROM bench_load b, geotext_entities(b.body) e WHERE b.id = :id;" ;;
	esac
	printf '\\set id random(1, %s)\n%s\n' "$NARTICLES" "$q" > "$TMP/$f.sql"
done

# The gazetteer writer: one session that inserts, updates and deletes a row
# (each statement its own commit), a round every 3/R seconds for R commits per
# second, until the run ends; counts its errors.
writer() {	# seconds commits-per-second
	python3 - "$1" "$2" > "$TMP/writer.sql" <<'PYEOF'
import sys
pause = 3.0 / float(sys.argv[2])
for n in range(1, int(float(sys.argv[1]) / pause) + 1):
    # by primary key, as an application would (the table has no index on name or note)
    print(f"INSERT INTO geotext_gazetteer (name, canonical, kind, note) VALUES ('Schreibort{n}', 'Schreibort {n}', 'place', 'load.sh') RETURNING id AS new \\gset")
    print(f"UPDATE geotext_gazetteer SET canonical = 'Schreibort {n} (neu)' WHERE id = :new;")
    if n > 1:
        print("DELETE FROM geotext_gazetteer WHERE id = :old;")
    print("\\set old :new")
    print(f"SELECT pg_sleep({pause:.3f});")
PYEOF
	psql -X -q -At -v ON_ERROR_STOP=0 -f "$TMP/writer.sql" > /dev/null 2> "$TMP/writer.err"
	echo "$(grep -c '^INSERT\|pg_sleep' "$TMP/writer.sql" | awk '{print int($1 / 2)}') $(grep -c 'ERROR' "$TMP/writer.err")" > "$TMP/writer.out"
}

run_pgbench() {	# seconds prefix
	"$BIN/pgbench" -n -c "$CLIENTS" -j 2 -T "$1" -f "$TMP/extract.sql" -f "$TMP/quotes.sql" -f "$TMP/entities.sql" \
		-l --log-prefix="$TMP/$2" > "$TMP/$2.out" 2>&1
}

# --- 0. interleaved pairs: the same load without and with the writer
if [ "$ROUNDS" -gt 0 ]; then
	echo "# geotext gazetteer scaling: $CLIENTS clients, $ROUNDS pairs of $RUN_SECONDS s without / with a writer at $WRITER_COMMITS commits/s, gazetteer rows: $($PSQL -c "SELECT count(*) FROM geotext_gazetteer")"
	: > "$TMP/tps.static"; : > "$TMP/tps.writer"
	for r in $(seq 1 "$ROUNDS"); do
		run_pgbench "$RUN_SECONDS" "static$r"
		grep 'without initial connection time' "$TMP/static$r.out" | grep -o 'tps = [0-9.]*' | cut -d' ' -f3 >> "$TMP/tps.static"
		writer "$RUN_SECONDS" "$WRITER_COMMITS" & WRITER_PID=$!
		run_pgbench "$RUN_SECONDS" "writer$r"
		wait "$WRITER_PID"; WRITER_PID=""
		grep 'without initial connection time' "$TMP/writer$r.out" | grep -o 'tps = [0-9.]*' | cut -d' ' -f3 >> "$TMP/tps.writer"
		read -r WN WE < "$TMP/writer.out"
		echo "  pair $r: static $(tail -1 "$TMP/tps.static") tps, with writer $(tail -1 "$TMP/tps.writer") tps ($WN rounds, $WE writer errors)"
	done
	python3 - "$TMP/tps.static" "$TMP/tps.writer" <<'PYEOF'
import statistics, sys
s = [float(x) for x in open(sys.argv[1])]
w = [float(x) for x in open(sys.argv[2])]
pairs = [100 * b / a for a, b in zip(s, w)]
print(f"  median tps: static {statistics.median(s):.1f}, with writer {statistics.median(w):.1f}: "
      f"{100 * statistics.median(w) / statistics.median(s):.1f}%; per pair "
      + ", ".join(f"{p:.1f}%" for p in pairs) + f" (median {statistics.median(pairs):.1f}%); "
      f"static spread {min(s):.0f}-{max(s):.0f}")
PYEOF
	exit 0
fi

# --- 1. load
echo "# geotext load: $CLIENTS clients, $RUN_SECONDS s, $NARTICLES articles, gazetteer rows: $($PSQL -c "SELECT count(*) FROM geotext_gazetteer") (+ a writer: $WRITER_COMMITS commits/s)"
L0=$(log_lines)
if [ "$WRITER_COMMITS" != 0 ]; then
	writer "$RUN_SECONDS" "$WRITER_COMMITS" & WRITER_PID=$!
else
	echo "0 0" > "$TMP/writer.out"
fi
run_pgbench "$RUN_SECONDS" load
[ -n "$WRITER_PID" ] && wait "$WRITER_PID"; WRITER_PID=""
grep -E "^(number of transactions actually processed|number of failed transactions|latency average|tps)" "$TMP/load.out" | sed 's/^/  /'
cat "$TMP"/load.* 2>/dev/null | python3 -c '
import sys
lat = sorted(int(l.split()[2]) for l in sys.stdin if l[0].isdigit() and len(l.split()) > 2)
if lat:
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
    print(f"  latency percentiles (ms): p50 {p(0.5):.1f}  p90 {p(0.9):.1f}  p99 {p(0.99):.1f}  max {lat[-1] / 1000:.1f}  ({len(lat)} transactions)")'
read -r WN WE < "$TMP/writer.out"
echo "  gazetteer writer: $WN rounds of insert, update, delete ($WRITER_COMMITS commits/s, one session): $WE errors"
if [ -n "$LOG" ]; then
	tail -n +"$((L0 + 1))" "$LOG" > "$TMP/load.log"
	echo "  server log ($LOG): $(grep -c 'deadlock detected' "$TMP/load.log") deadlocks, $(grep -c 'terminated by signal' "$TMP/load.log") backends terminated by a signal, $(grep -c 'ERROR' "$TMP/load.log") ERROR lines"
else
	echo "  server log: not found (set LOG_FILE)"
fi

# --- 2. faults
[ "$SKIP_FAULTS" = 1 ] && exit 0
echo "# faults under load: pg_terminate_backend of a backend in a geotext call, then pg_ctl restart -m immediate"
run_pgbench 20 fault &
PGB=$!
sleep 5
KILLED=$($PSQL -c "SELECT count(pg_terminate_backend(pid)) FROM (SELECT pid FROM pg_stat_activity
                   WHERE query LIKE '%geotext_%' AND state = 'active' AND pid <> pg_backend_pid() LIMIT 1) x")
echo "  backends terminated mid-call: $KILLED"
sleep 5
CONF_DIR=$(dirname "$($PSQL -c "SHOW config_file")")
OWNER=$(stat -c %U "$($PSQL -c "SHOW data_directory")")
RESTART="$BIN/pg_ctl -D $CONF_DIR -w -m immediate restart -l ${LOG:-/dev/null}"
if [ "$(id -un)" = "$OWNER" ]; then $RESTART >/dev/null 2>&1; else runuser -u "$OWNER" -- $RESTART >/dev/null 2>&1; fi
echo "  pg_ctl restart -m immediate: exit $?"
wait "$PGB" 2>/dev/null
for i in $(seq 1 30); do $PSQL -c "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
ANSWER=$($PSQL -c "SELECT count(*) FROM bench_load b, geotext_entities(b.body) WHERE b.id <= 20" 2>&1)
echo "  after the restart: geotext_entities over 20 articles answers: $ANSWER rows"
GAZ_AFTER=$($PSQL -c "SELECT count(*) || ' ' || md5(coalesce(string_agg(g::text, '|' ORDER BY id), '')) FROM geotext_gazetteer g WHERE note IS DISTINCT FROM 'load.sh'")
[ "$GAZ_BEFORE" = "$GAZ_AFTER" ] && echo "  gazetteer intact: $GAZ_AFTER" || echo "  gazetteer CHANGED: before $GAZ_BEFORE, after $GAZ_AFTER"
