# lib.sh — what the multi-session tests share (sourced, never run): TAP
# output, long-lived psql sessions fed through fifos, and the cleanup of both.
#
#   . "$(dirname "$0")/lib.sh"
#   session_dir geotext-NAME         # a temporary directory, removed at exit
#   start_session a 3 [PSQL OPTIONS] # psql reading fifo $dir/a.in on fd 3
#   answer=$(ask a "SELECT 1;")      # send SQL, wait for its answer
#   tap_check "$answer" 1 "what it shows"   # test/tap.sh: or tap_result STATUS "what"
#   tap_finish                       # the plan and the exit status
#
# Uses the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER).
#   GT_SESSION_TIMEOUT   seconds to wait for one answer (default 20)
#   SESSION_STRICT=1     an answer with anything on the session's stderr fails
#   on_cleanup           a function of the test's, run at exit if defined

. "$(dirname "$0")/../tap.sh"

TIMEOUT=${GT_SESSION_TIMEOUT:-20}
PSQL="psql -X -q -A -t -v ON_ERROR_STOP=1"
SESSION_STRICT=${SESSION_STRICT:-0}
export PGCLIENTENCODING=UTF8
dir=''
session_pids=''

# Close every session, run the test's own cleanup, remove the directory.
session_cleanup() {
	exec 3>&- 4>&- 5>&- 2>/dev/null
	for p in $session_pids; do
		kill "$p" 2>/dev/null
	done
	wait 2>/dev/null
	command -v on_cleanup >/dev/null 2>&1 && on_cleanup
	[ -n "$dir" ] && rm -rf "$dir"
}

# Make the temporary directory $dir (named after $1) and clean up at exit.
session_dir() {
	dir=$(mktemp -d -t "$1.XXXXXX") || exit 2
	echo 0 >"$dir/step"
	trap session_cleanup EXIT
	trap 'exit 2' HUP INT TERM
}

# Start a long-lived psql for session $1 reading its fifo on file descriptor
# $2; further arguments are psql options (default: stop on errors).
start_session() {
	name=$1
	fd=$2
	shift 2
	mkfifo "$dir/$name.in"
	if [ $# -eq 0 ]; then
		set -- -v ON_ERROR_STOP=1
	fi
	psql -X -q -A -t -v "PROMPT1=" "$@" <"$dir/$name.in" >"$dir/$name.out" 2>"$dir/$name.err" &
	session_pids="$session_pids $!"
	eval "pid_$name=\$!"
	eval "fd_$name=$fd"
	eval "exec $fd>\"\$dir/\$name.in\""
}

# Send SQL to session $1 and wait for its tagged answer; prints the answer.
# (The step counter lives in a file: ask also runs in $(...) subshells.)
ask() {
	step=$(($(cat "$dir/step") + 1))
	echo "$step" >"$dir/step"
	tag="__step_${step}__"
	eval "fd=\$fd_$1"
	before=$(wc -l <"$dir/$1.out")
	printf '%s\n\\echo %s\n' "$2" "$tag" >&"$fd"
	waited=0
	while ! tail -n "+$((before + 1))" "$dir/$1.out" | grep -q "^$tag\$"; do
		if [ "$waited" -ge $((TIMEOUT * 10)) ] ||
		   { [ "$SESSION_STRICT" = 1 ] && [ -s "$dir/$1.err" ]; }; then
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
