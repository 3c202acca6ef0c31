#!/bin/sh
# The same commit gives the same tables on every machine, or the build stops
# with a clear message (issue #11):
#   - building the lexicon and the word classes again gives byte-identical
#     table files (build/lexicon.bin, build/wordsets.bin);
#   - a word list of data/wordlists.tsv that is missing, or whose content
#     differs from its pinned SHA-256, stops tools/lexicon_entries.py with a
#     message that names the file and what to do;
#   - WORDLISTS=none builds on purpose without word lists and says so in the
#     build info.
# Run from the top of the tree after `make` (make check-reproducible).
# Prints TAP and exits non-zero on any failure.
set -u
tmp=$(mktemp -d -t geotext-build.XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/../tap.sh"

python3 tools/lexicon_entries.py --output "$tmp/entries.tsv" --info "$tmp/info.tsv" >/dev/null &&
	build/build_tables lexicon "$tmp/entries.tsv" "$tmp/info.tsv" "$tmp/lexicon.bin" >/dev/null
tap_result $? "the lexicon builds again"
cmp -s "$tmp/lexicon.bin" build/lexicon.bin
tap_result $? "the lexicon built again is byte for byte the one of this build"
build/build_tables wordsets data "$tmp/wordsets.bin" >/dev/null && cmp -s "$tmp/wordsets.bin" build/wordsets.bin
tap_result $? "the word classes built again are byte for byte the ones of this build"

# a copy of data/ whose manifest points at a missing list, then at a changed one
cp -r data "$tmp/data"
awk -F'\t' -v OFS='\t' '!/^#/ && $1 ~ /^\// { $1 = "/nonexistent" $1 } { print }' data/wordlists.tsv >"$tmp/data/wordlists.tsv"
msg=$(python3 tools/lexicon_entries.py --data "$tmp/data" --output "$tmp/e.tsv" --info "$tmp/i.tsv" 2>&1)
[ $? -ne 0 ] && echo "$msg" | grep -q "is missing: run 'make deps'"
tap_result $? "a missing word list stops the build and says to run make deps"
echo "# $msg"

head -c 1000 /usr/share/dict/ngerman >"$tmp/ngerman-other"
awk -F'\t' -v OFS='\t' -v f="$tmp/ngerman-other" '!/^#/ && $2 == "wngerman" { $1 = f } { print }' data/wordlists.tsv >"$tmp/data/wordlists.tsv"
msg=$(python3 tools/lexicon_entries.py --data "$tmp/data" --output "$tmp/e.tsv" --info "$tmp/i.tsv" 2>&1)
[ $? -ne 0 ] && echo "$msg" | grep -q "differs from the word list this commit is built with"
tap_result $? "a word list with other content stops the build and names the pinned version"
echo "# $msg"

python3 tools/lexicon_entries.py --wordlists none --output "$tmp/e.tsv" --info "$tmp/i.tsv" >/dev/null &&
	grep -q "none (built with WORDLISTS=none)" "$tmp/i.tsv"
tap_result $? "WORDLISTS=none builds without word lists and records it in the build info"

tap_finish
