#!/bin/sh
# pg_cancel_backend stops a long geotext call within a second, and the
# cancelled backend stays usable (README, "Limits and hardening"; issue #7).
#
# One long-lived psql session (A, fed through a fifo) runs each long call on a
# large generated text: the example article repeated (about 58 MB by default,
# under geotext.max_input_bytes' default of 64MB). When pg_stat_activity shows
# A's query active, the script waits a moment (each delay of GT_CANCEL_DELAYS),
# then a second long-lived session (B) notes the time (\! date) and calls
# pg_cancel_backend(A's pid); psql in session A notes the time its statement
# ended (\! date). The latency is the difference. Checked for every
# function and delay: the call was still running, it ended with SQLSTATE 57014
# "canceling statement due to user request", within GT_CANCEL_BOUND_MS
# (1000 ms) of the cancel, and the same backend then answers a small call of
# the same function exactly as a fresh session does. At the end session A must
# still be the same backend: a crash would have ended every session.
#
# Uses the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER), e.g.
#   pg_virtualenv -t sh test/sessions/cancel.sh
# Needs a role that may create the extension and signal its own backends.
# Prints TAP (ok / not ok lines, measured latencies as comments) and exits
# non-zero on any failure.
#
# A call that ends on its own before the cancel (or in its last steps, where
# PostgreSQL ignores a cancel) is a SKIP; each case needs at least one cancel
# that landed while its call ran.
#
# Known gaps, not exercised by the default delays (which cancel inside the
# analysis): to_tsvector('geotext_german', …) cannot be cancelled after the
# analysis — geotext_tsparser_gettoken (src/pg/pg_tsparser.c) has no
# interrupt check, and PostgreSQL's make_tsvector has none either (also with
# the built-in 'german'); geotext_extract's final JsonbValueToJsonb and the
# release of its work memory take about 0.9 s on a 29 MB text. Reproduce with
#   GT_CANCEL_FUNCTIONS=to_tsvector_geotext_german GT_CANCEL_DELAYS=6 sh test/sessions/cancel.sh
#
#   GT_CANCEL_DELAYS    seconds to let a call run before cancelling (default "0.3 1.2")
#   GT_CANCEL_REPEAT    copies of the article in the input (default 20000, ~58 MB)
#   GT_CANCEL_FUNCTIONS only these cases, comma-separated (default: all)
#   GT_CANCEL_BOUND_MS  the latency bound (default 1000)
set -u
. "$(dirname "$0")/lib.sh"

HERE=$(cd "$(dirname "$0")" && pwd)
ARTICLE="$HERE/../../examples/nordkorea-russland.txt"
DELAYS=${GT_CANCEL_DELAYS:-0.3 1.2}
REPEAT=${GT_CANCEL_REPEAT:-20000}
FUNCTIONS=${GT_CANCEL_FUNCTIONS:-}
BOUND_MS=${GT_CANCEL_BOUND_MS:-1000}
LONGEST=120							# statement_timeout in session A: a safety net only

# geotext_extract's jsonb must stay below 256 MB: half the text for it.
EXTRACT_REPEAT=$((REPEAT / 2))

# Drop the source table (run at exit by lib.sh).
on_cleanup() {
	$PSQL -c "DROP TABLE IF EXISTS geotext_cancel_src" >/dev/null 2>&1
}
session_dir geotext-cancel

# The source row: the example article and a paragraph break.
if ! { printf '\\set body `cat %s`\n' "$ARTICLE"
	   printf '%s\n' "SET client_min_messages = warning;" \
		   "CREATE EXTENSION IF NOT EXISTS geotext;" \
		   "DROP TABLE IF EXISTS geotext_cancel_src;" \
		   "CREATE TABLE geotext_cancel_src AS SELECT :'body' || E'\\n\\n' AS body;"
	 } | $PSQL >/dev/null; then
	echo "Bail out! cannot set up the database"
	exit 2
fi

# Long-lived sessions that go on after errors (a cancel is one).
export PGAPPNAME=geotext_cancel_a
start_session a 3 -v ON_ERROR_STOP=0 -v VERBOSITY=verbose
export PGAPPNAME=geotext_cancel_b
start_session b 4 -v ON_ERROR_STOP=0 -v VERBOSITY=verbose
unset PGAPPNAME

pid=$(ask a "SET statement_timeout = '${LONGEST}s'; SELECT pg_backend_pid();")
case "$pid" in
''|*[!0-9]*) echo "Bail out! session A does not answer (got '$pid')"; exit 2 ;;
esac

# cancel_case NAME LONG_SQL SMALL_SQL: for each delay, run LONG_SQL in session
# A, cancel it, and check the error, the latency and SMALL_SQL afterwards.
cancel_case() {
	name=$1
	long=$2
	small=$3
	if [ -n "$FUNCTIONS" ]; then
		case ",$FUNCTIONS," in
		*",$name,"*) ;;
		*) return 0 ;;
		esac
	fi
	expected=$($PSQL -c "$small" 2>&1)
	landed=0
	for delay in $DELAYS; do
		what="$name, cancelled ${delay} s into the call"
		rm -f "$dir/end"
		errs=$(wc -l <"$dir/a.err")
		printf '%s\n\\! date +%%s%%N >%s/end\n' "$long" "$dir" >&3

		# wait until the call is active, then let it run for the delay
		waited=0
		state=''
		while [ "$waited" -lt $((TIMEOUT * 20)) ]; do
			state=$($PSQL -c "SELECT state FROM pg_stat_activity WHERE pid = $pid")
			[ "$state" = active ] && break
			[ -f "$dir/end" ] && break
			sleep 0.05
			waited=$((waited + 1))
		done
		sleep "$delay"

		rm -f "$dir/start"
		signalled=$(ask b "\\! date +%s%N >$dir/start
SELECT pg_cancel_backend($pid);")
		t0=$(cat "$dir/start" 2>/dev/null)
		waited=0
		while [ ! -s "$dir/end" ] && [ "$waited" -lt $((LONGEST * 100)) ]; do
			sleep 0.01
			waited=$((waited + 1))
		done
		t1=$(cat "$dir/end" 2>/dev/null)
		error=$(tail -n "+$((errs + 1))" "$dir/a.err" | grep -m1 'ERROR')

		# A call that ended on its own tells nothing: before the cancel, or
		# right after it, in the statement's last steps where PostgreSQL
		# ignores a cancel (a success later than the bound is a failure).
		if [ -z "$error" ] && [ -n "$t0" ] && [ -n "$t1" ] &&
		   [ $(((t1 - t0) / 1000000)) -lt "$BOUND_MS" ]; then
			tap_skip "$what" "the call ended before the cancel could stop it (raise GT_CANCEL_REPEAT)"
			continue
		fi
		landed=$((landed + 1))
		[ "$state" = active ] && [ "$signalled" = t ]
		tap_result $? "$what: the call was running and pg_cancel_backend signalled it"
		case "$error" in
		*"57014: canceling statement due to user request"*) ok=0 ;;
		*) ok=1 ;;
		esac
		tap_result $ok "$what: the statement ends with SQLSTATE 57014 (query_canceled)"
		[ $ok -ne 0 ] && echo "#   got: '$error'"
		if [ -n "$t1" ] && [ -n "$t0" ]; then
			ms=$(((t1 - t0) / 1000000))
			[ "$ms" -lt "$BOUND_MS" ]
			tap_result $? "$what: ended $ms ms after pg_cancel_backend (bound $BOUND_MS ms)"
			echo "$name $delay $ms" >>"$dir/latencies"
		else
			tap_result 1 "$what: the statement never ended"
		fi
		got=$(ask a "$small")
		[ "$got" = "$expected" ]
		tap_result $? "$what: the same backend then answers a small $name call"
		[ "$got" = "$expected" ] || printf '#   got:      %s\n#   expected: %s\n' "$got" "$expected"
	done
	[ "$landed" -gt 0 ]
	tap_result $? "$name: at least one cancel landed while the call ran"
}

R=$REPEAT
SRC="FROM geotext_cancel_src s"
cancel_case geotext_tokens \
	"SELECT count(*) $SRC, LATERAL geotext_tokens(repeat(s.body, $R)) t;" \
	"SELECT count(*), sum(length(t.token)) $SRC, LATERAL geotext_tokens(s.body) t;"
cancel_case geotext_sentences \
	"SELECT count(*) $SRC, LATERAL geotext_sentences(repeat(s.body, $R)) t;" \
	"SELECT count(*), sum(length(t.sentence_text)) $SRC, LATERAL geotext_sentences(s.body) t;"
cancel_case geotext_entities \
	"SELECT count(*) $SRC, LATERAL geotext_entities(repeat(s.body, $R)) e;" \
	"SELECT count(*), string_agg(e.canonical, ',' ORDER BY e.idx) $SRC, LATERAL geotext_entities(s.body) e;"
cancel_case geotext_quotes \
	"SELECT count(*) $SRC, LATERAL geotext_quotes(repeat(s.body, $R)) q;" \
	"SELECT count(*), string_agg(coalesce(q.speaker, '-'), ',' ORDER BY q.idx) $SRC, LATERAL geotext_quotes(s.body) q;"
cancel_case geotext_actors \
	"SELECT count(*) $SRC, LATERAL geotext_actors(repeat(s.body, $R)) a;" \
	"SELECT count(*), sum(a.mentions), sum(a.quoted) $SRC, LATERAL geotext_actors(s.body) a;"
cancel_case geotext_extract \
	"SELECT geotext_extract(repeat(s.body, $EXTRACT_REPEAT)) IS NULL $SRC;" \
	"SELECT md5(geotext_extract(s.body)::text) $SRC;"
cancel_case to_tsvector_geotext_german \
	"SELECT length(to_tsvector('geotext_german', repeat(s.body, $R))) $SRC;" \
	"SELECT md5(to_tsvector('geotext_german', s.body)::text) $SRC;"

# No crash: session A is the backend it was at the start (a backend crash
# makes the postmaster end every session) and still answers, and so does B.
after=$(ask a "SELECT pg_backend_pid();")
[ "$after" = "$pid" ]
tap_result $? "session A is still connected to the same backend (no crash, no restart)"
[ "$after" = "$pid" ] || printf '#   backend before: %s, after: %s\n' "$pid" "$after"
alive=$(ask b "SELECT 'alive';")
[ "$alive" = alive ]
tap_result $? "session B (the one that cancelled) still answers"
others=$($PSQL -c "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%geotext%repeat(%'")
[ "$others" = 0 ]
tap_result $? "no geotext call is left running"

if [ -s "$dir/latencies" ]; then
	echo "# cancel latency (ms) per case and delay:"
	sed 's/^/#   /' "$dir/latencies"
fi
tap_finish
