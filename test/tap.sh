# tap.sh — TAP output for the shell tests (sourced, never run): one line per
# check, a plan, and an exit status that fails when any check failed.
#
#   . test/tap.sh
#   tap_result $? "what it shows"        # 0 = ok
#   tap_check "$got" "$expected" "what"  # equal = ok, else both are shown
#   tap_finish                           # "1..N", exit 1 on any failure

failures=0
count=0

# One TAP line: $1 = 0 for ok, else not ok; $2 the description.
tap_result() {
	count=$((count + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $count - $2"
	else
		echo "not ok $count - $2"
		failures=$((failures + 1))
	fi
	return 0
}

# One TAP line comparing an answer ($1) with what was expected ($2).
tap_check() {
	if [ "$1" = "$2" ]; then
		tap_result 0 "$3"
	else
		tap_result 1 "$3"
		echo "#   got:      '$1'"
		echo "#   expected: '$2'"
	fi
}

# A skipped TAP line with its reason.
tap_skip() {
	count=$((count + 1))
	echo "ok $count - $1 # SKIP $2"
}

# Print the plan (unless $1 is "planned") and exit non-zero on any failure.
tap_finish() {
	[ "${1:-}" = planned ] || echo "1..$count"
	if [ "$count" -eq 0 ]; then
		echo "# no test ran"
		exit 1
	fi
	if [ "$failures" -gt 0 ]; then
		echo "# $failures of $count tests failed"
		exit 1
	fi
	exit 0
}
