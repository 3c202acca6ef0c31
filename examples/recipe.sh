#!/bin/sh
# The analyst recipe (examples/recipe.sql): load a news table, build the
# materialized views, run the analyst's queries and draw the example
# article's actors and who-quotes-whom with Graphviz.
#
# Run by `make demo` (inside its throwaway cluster); works against any
# server where geotext is installed (libpq environment: PGHOST, PGPORT, …):
#   sh examples/recipe.sh [corpus.jsonl]
# The corpus (JSON lines with "id", "label", "text") defaults to
# ../shared/data/corpus/10kgnad-test.jsonl beside the repository, read at
# run time when it exists; without it the recipe runs on the example alone.
# Output: the queries on standard output; examples/out/actors.{dot,png,svg}.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus=${1:-$root/../shared/data/corpus/10kgnad-test.jsonl}
out=$here/out
mkdir -p "$out"

GEOTEXT_ARTICLE=$here/nordkorea-russland.txt
export GEOTEXT_ARTICLE
if [ -r "$corpus" ]; then
    echo "recipe: news = the example article + $(wc -l < "$corpus") articles of $corpus"
    input=$corpus
else
    echo "recipe: news = the example article ($corpus not found)"
    input=/dev/null
fi

psql -X -q -v ON_ERROR_STOP=1 -v x="${GEOTEXT_X:-Russland}" -v y="${GEOTEXT_Y:-Ukraine}" \
     -v dotfile="$out/actors.dot" -f "$here/recipe.sql" < "$input"

if command -v dot >/dev/null 2>&1; then
    dot -Tpng -Gdpi=110 -o "$out/actors.png" "$out/actors.dot"
    dot -Tsvg -o "$out/actors.svg" "$out/actors.dot"
    echo "recipe: drawn $out/actors.png and $out/actors.svg"
else
    echo "recipe: graphviz (dot) not installed: only $out/actors.dot written (make deps installs it)" >&2
fi
