#!/bin/sh
# stale_model.sh — the build's guard against a tagger model trained with other lexicon or word-set
# tables (tools/feature_tables.sh): the committed models pass with this build's tables, and the
# same check fails once a table differs by one byte (a guard that cannot fail proves nothing).
set -eu

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the committed models as the build decompresses them (build/%.model from data/model/%.model.gz)
for model in build/ner.model build/pos.model; do
	sh tools/feature_tables.sh check "$model" build/lexicon.bin build/wordsets.bin
	cp build/lexicon.bin "$tmp/lexicon.bin"
	printf 'x' >> "$tmp/lexicon.bin"
	if sh tools/feature_tables.sh check "$model" "$tmp/lexicon.bin" build/wordsets.bin 2>"$tmp/err"; then
		echo "stale_model: $model passed the check with a changed lexicon table" >&2
		exit 1
	fi
	grep -q 'retrain with `make model`' "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
done
echo "stale_model: both models are tied to this build's lexicon and word-set tables; a changed table stops the build"
