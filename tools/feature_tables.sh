#!/bin/sh
# feature_tables.sh — tie a tagger's committed model to the lexicon and word-set tables it was
# trained with. The taggers' features read these tables (every lexicon class a word hits), so a
# model trained before a change of data/ is stale even when the feature code is the same: the
# library would compute features the weights were never trained on, and `make model` would no
# longer give the committed bytes.
#
#   feature_tables.sh line LEXICON.bin WORDSETS.bin        the model header's line naming both tables
#   feature_tables.sh check MODEL LEXICON.bin WORDSETS.bin
#                                                          exit 1 (with what to do) unless MODEL (the
#                                                          model file as make model writes it, its text
#                                                          header first) was trained with these tables
set -eu

PREFIX='# feature tables: lexicon and word sets sha256'

line() {
	printf '%s %s\n' "$PREFIX" "$(cat "$1" "$2" | sha256sum | cut -d' ' -f1)"
}

case "${1:-}" in
line)
	line "$2" "$3"
	;;
check)
	want=$(line "$3" "$4")
	# the header is the text before the table
	have=$(head -c 8192 "$2" | tr -d '\000' | grep -a "^$PREFIX " | head -n 1 || true)
	if [ "$have" != "$want" ]; then
		echo "$2: trained with other lexicon or word-set tables than this build's" >&2
		echo "  model:  ${have:-(no feature-tables line)}" >&2
		echo "  build:  $want" >&2
		echo "  data/ changed since the model was trained: retrain with \`make model\` and commit the model" >&2
		exit 1
	fi
	;;
*)
	echo "usage: $0 line LEXICON WORDSETS | check MODEL LEXICON WORDSETS" >&2
	exit 2
	;;
esac
