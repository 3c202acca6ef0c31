#!/bin/sh
# Show what geotext extracts from the example article.
#
# Run by `make demo` inside a throwaway cluster (pg_virtualenv sets the libpq
# environment); works against any server where geotext is installed:
#   sh examples/demo.sh [article.txt]
# Prints the token kinds, the compounds, quotation marks and numbers, and the
# sentences; then entities and quotes if this build of geotext has them; then
# runs the analyst recipe (examples/recipe.sh: news table, materialized views,
# queries, and the graph in examples/out/).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
article=${1:-$here/nordkorea-russland.txt}
[ -r "$article" ] || { echo "demo: cannot read $article" >&2; exit 1; }

# The text goes in through a psql variable (\set with backquotes reads the
# file named in the environment; :'body' quotes it as a literal), so
# quotation marks and backslashes in the text are safe.
GEOTEXT_ARTICLE=$article
export GEOTEXT_ARTICLE
psql -X -q -v ON_ERROR_STOP=1 -v article="$article" <<'SQL'
\pset columns 110
CREATE EXTENSION IF NOT EXISTS geotext;
\set body `cat "$GEOTEXT_ARTICLE"`
CREATE TEMP TABLE demo (body text);
INSERT INTO demo VALUES (:'body');

\echo
\echo '== geotext' :article
SELECT length(body) AS characters, octet_length(body) AS bytes,
       (SELECT count(*) FROM geotext_tokens(body)) AS tokens,
       (SELECT count(*) FROM geotext_sentences(body)) AS sentences
FROM demo;

\echo '== Tokens by kind'
SELECT t.kind, count(*) AS tokens,
       string_agg(DISTINCT t.token, ' ') FILTER (WHERE t.kind <> 'word') AS examples
FROM demo, geotext_tokens(body) t
GROUP BY t.kind ORDER BY count(*) DESC;

\echo '== Compounds, numbers, quotation marks, URLs and symbols (token, kind, sentence, character span)'
SELECT t.idx, t.token, t.kind, t.sentence, t.span
FROM demo, geotext_tokens(body) t
WHERE t.token LIKE '%-%' OR t.kind NOT IN ('word', 'punct')
ORDER BY t.idx;

\echo '== Sentences'
\pset format wrapped
SELECT s.sentence, s.span, s.sentence_text
FROM demo, geotext_sentences(body) s
ORDER BY s.sentence;
\pset format aligned

SELECT to_regprocedure('geotext_entities(text)') IS NOT NULL AS has_entities,
       to_regprocedure('geotext_quotes(text)') IS NOT NULL AS has_quotes \gset
\if :has_entities
\echo '== Entities'
SELECT e.* FROM demo, geotext_entities(body) e;
\endif
\if :has_quotes
\echo '== Quotes'
\x on
\pset format wrapped
SELECT q.* FROM demo, geotext_quotes(body) q;
\endif
SQL

# The analyst recipe on the example article and the corpus beside the
# repository (when present).
echo
sh "$here/recipe.sh"
