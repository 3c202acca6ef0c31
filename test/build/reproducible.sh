#!/bin/sh
# The same commit gives the same tables on every machine, or the build stops
# with a clear message (issue #11):
#   - building the lexicon and the word classes again gives byte-identical
#     table files (build/lexicon.bin, build/wordsets.bin);
#   - a word list of data/wordlists.tsv that is missing, or whose content
#     differs from its pinned SHA-256, stops tools/lexicon_entries.py with a
#     message that names the file and what to do;
#   - WORDLISTS=none builds on purpose without word lists and says so in the
#     build info;
#   - the tagger's model table is built again byte for byte; a model trained
#     with another feature version, or a missing model, stops the build with
#     a message that says to retrain or to restore it (issue #12).
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

# the taggers' committed models: decompressed, checked and copied again, byte for byte
for kind in ner pos; do
	gzip -dc "data/model/$kind.model.gz" >"$tmp/$kind.model" && cmp -s "$tmp/$kind.model" "build/$kind.model"
	tap_result $? "data/model/$kind.model.gz decompresses to the model this build used"
done
sha=$(sha256sum data/model/ner.model.gz | cut -d' ' -f1)
build/build_tables model ner "$tmp/ner.model" "$sha" "$tmp/ner.bin" "$tmp/ner-info.txt" data/model/ner.model.gz >/dev/null &&
	cmp -s "$tmp/ner.bin" build/ner.bin && cmp -s "$tmp/ner-info.txt" build/ner-info.txt
tap_result $? "the tagger's model table built again is byte for byte the one of this build"
sha=$(sha256sum data/model/pos.model.gz | cut -d' ' -f1)
build/build_tables model pos "$tmp/pos.model" "$sha" "$tmp/pos.bin" "$tmp/pos-info.txt" data/model/pos.model.gz >/dev/null &&
	cmp -s "$tmp/pos.bin" build/pos.bin && cmp -s "$tmp/pos-info.txt" build/pos-info.txt
tap_result $? "the part-of-speech model table built again is byte for byte the one of this build"
build/build_tables model pos "$tmp/ner.model" x "$tmp/x.bin" "$tmp/x.txt" >/dev/null 2>&1
[ $? -ne 0 ]
tap_result $? "the names model given as the part-of-speech model stops the build"

# a model trained with another feature version (the meta section's first item changed)
for kind in ner pos; do
python3 - "$tmp/stale.model" "$tmp/$kind.model" <<'PY'
import struct, sys
data = bytearray(open(sys.argv[2], "rb").read())
table = (data.index(0) // 64 + 1) * 64
magic, fmt, nsections, record = struct.unpack_from("<4I", data, table)
for i in range(nsections):
    sid, count, offset, size = struct.unpack_from("<IIQQ", data, table + 16 + 24 * i)
    if sid == 3:  # GT_NER_SECTION_META, GT_POS_SECTION_META: the features version first
        version = struct.unpack_from("<i", data, table + offset)[0]
        struct.pack_into("<i", data, table + offset, version + 1)
open(sys.argv[1], "wb").write(data)
PY
msg=$(build/build_tables model $kind "$tmp/stale.model" x "$tmp/s.bin" "$tmp/s.txt" 2>&1)
[ $? -ne 0 ] && echo "$msg" | grep -q "retrain with .make model."
tap_result $? "a $kind model of another feature version stops the build and says to retrain"
echo "# $msg"
done

msg=$(build/build_tables model ner "$tmp/none.model" x "$tmp/n.bin" "$tmp/n.txt" 2>&1)
[ $? -ne 0 ] && echo "$msg" | grep -q "committed data"
tap_result $? "a missing model stops the build and says it is committed data"
echo "# $msg"

tap_finish
