#!/bin/sh
# geotext in LATIN1, WIN1252, EUC_JP and SQL_ASCII databases of the current
# cluster (libpq environment; a superuser; `make install` done). Creates the
# databases geotext_enc_*, checks exact spans with umlauts in LATIN1
# (converted to UTF-8 on the way in and back on the way out), that a
# canonical name the encoding cannot hold comes out in its ASCII form
# (Erdoğan → Erdogan) instead of failing the call, that the extension
# installs in an EUC database, and the documented error for non-ASCII text
# in SQL_ASCII; drops them again.
# Prints "ok N - …" / "not ok N - …"; exits non-zero if any check failed.
set -u
. "$(dirname "$0")/../tap.sh"

# check NAME DB SQL EXPECTED: one psql query whose whole output must match.
check() {
    got=$(psql -X -At -v ON_ERROR_STOP=0 -d "$2" -c "$3" 2>&1)
    tap_check "$got" "$4" "$1"
}

DBS="geotext_enc_latin1 geotext_enc_win1252 geotext_enc_eucjp geotext_enc_ascii"
for db in $DBS; do
    psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null
done
psql -X -q -c "CREATE DATABASE geotext_enc_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1
psql -X -q -c "CREATE DATABASE geotext_enc_win1252 ENCODING 'WIN1252' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1
psql -X -q -c "CREATE DATABASE geotext_enc_eucjp ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1
psql -X -q -c "CREATE DATABASE geotext_enc_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1
for db in geotext_enc_latin1 geotext_enc_win1252 geotext_enc_ascii; do
    psql -X -q -d $db -c "CREATE EXTENSION geotext" || exit 1
done
# an EUC database reads the install script as UTF-8 (control file: encoding = UTF8)
check "EUC_JP: CREATE EXTENSION works" geotext_enc_eucjp "CREATE EXTENSION geotext" "CREATE EXTENSION"
tap_check "$(LC_ALL=C grep -lP '[\x80-\xFF]' "$(pg_config --sharedir)"/extension/geotext--*.sql)" "" \
  "the installed install and upgrade scripts are ASCII, so every server encoding holds them"

# The client sends UTF-8; the LATIN1 server stores one byte per umlaut.
export PGCLIENTENCODING=UTF8
L=geotext_enc_latin1
check "LATIN1: tokens with umlauts, exact spans" $L \
  "SELECT string_agg(token || ' ' || span::text, ' | ' ORDER BY idx) FROM geotext_tokens('Der Bürgermeister von München sagte: »Grüß Gott.«')" \
  "Der [1,4) | Bürgermeister [5,18) | von [19,22) | München [23,30) | sagte [31,36) | : [36,37) | » [38,39) | Grüß [39,43) | Gott [44,48) | . [48,49) | « [49,50)"
check "LATIN1: substr(body, span) = token for every token" $L \
  "WITH b(body) AS (VALUES ('Über Öl, Äpfel und Straßen in Zürich, Köln und Düsseldorf ärgern sich Bürger: »Schön« - sagt Jürgen Weiß, 3½ °C.'))
   SELECT bool_and(substr(body, lower(span), upper(span) - lower(span)) = token) || ' ' || count(*) FROM b, geotext_tokens(body)" \
  "true 28"
check "LATIN1: sentences with umlauts" $L \
  "SELECT string_agg(sentence_text || ' ' || span::text, ' | ' ORDER BY sentence) FROM geotext_sentences('Grüße aus Köln. Über Nacht schneite es.')" \
  "Grüße aus Köln. [1,16) | Über Nacht schneite es. [17,40)"
check "LATIN1: entities with umlauts, exact spans" $L \
  "SELECT string_agg(mention || ' ' || canonical || ' ' || span::text, ' | ' ORDER BY idx) FROM geotext_entities('Der Bürgermeister von München traf in Düsseldorf den österreichischen Kanzler.')" \
  "München München [23,30) | Düsseldorf Düsseldorf [39,49) | österreichischen Österreich [54,70)"
check "LATIN1: quotes with umlauts, exact spans" $L \
  "SELECT string_agg(quote || ' ' || span::text || ' ' || coalesce(cue_lemma, '-'), ' | ' ORDER BY idx) FROM geotext_quotes('»Wir müssen handeln«, sagte Jürgen Weiß in Köln.')" \
  "Wir müssen handeln [2,20) sagen"
check "LATIN1: a canonical name LATIN1 cannot hold comes out in its ASCII form, the call does not fail" $L \
  "SELECT string_agg(mention || ' ' || canonical || ' ' || kind, ' | ' ORDER BY idx) FROM geotext_entities('Präsident Erdogan sagte in Ankara etwas.')" \
  "Erdogan Recep Tayyip Erdogan person | Ankara Ankara place"
check "LATIN1: the same in actors, quotes and extract" $L \
  "SELECT (SELECT string_agg(canonical, ', ' ORDER BY canonical) FROM geotext_actors(t)) || ' / ' ||
          (SELECT count(*) FROM geotext_quotes(t)) || ' / ' ||
          (geotext_extract(t) -> 'entities' -> 0 ->> 'canonical')
   FROM (VALUES ('Präsident Erdogan sagte in Ankara: »Wir bleiben.«')) v(t)" \
  "Ankara, Recep Tayyip Erdogan / 1 / Recep Tayyip Erdogan"
check "WIN1252: the same canonical name in its ASCII form" geotext_enc_win1252 \
  "SELECT string_agg(mention || ' ' || canonical, ' | ' ORDER BY idx) FROM geotext_entities('Präsident Erdogan sagte in Ankara etwas.')" \
  "Erdogan Recep Tayyip Erdogan | Ankara Ankara"
check "EUC_JP: entities of German text" geotext_enc_eucjp \
  "SELECT string_agg(mention || ' ' || canonical, ' | ' ORDER BY idx) FROM geotext_entities('Olaf Scholz traf in Kiew ein.')" \
  "Olaf Scholz Olaf Scholz | Kiew Kiew"
check "LATIN1: a character LATIN1 cannot hold is refused by the server, not by geotext" $L \
  "SELECT count(*) FROM geotext_tokens('Kyiv, Київ')" \
  "$(psql -X -At -d $L -c "SELECT 'Київ'" 2>&1)"

A=geotext_enc_ascii
check "SQL_ASCII: ASCII text works" $A \
  "SELECT string_agg(token || ' ' || span::text, ' | ' ORDER BY idx) FROM geotext_tokens('Er sagte: \"Ja.\"')" \
  "Er [1,3) | sagte [4,9) | : [9,10) | \" [11,12) | Ja [12,14) | . [14,15) | \" [15,16)"
check "SQL_ASCII: entities in ASCII text" $A \
  "SELECT string_agg(mention || ' ' || span::text, ' | ' ORDER BY idx) FROM geotext_entities('Olaf Scholz traf in Kiew ein.')" \
  "Olaf Scholz [1,12) | Kiew [21,25)"
check "SQL_ASCII: non-ASCII text gives the documented error, SQLSTATE 22021" $A \
  "DO \$\$ BEGIN PERFORM geotext_tokens('Grüße aus Köln'); RAISE NOTICE 'accepted';
   EXCEPTION WHEN character_not_in_repertoire THEN RAISE NOTICE '% %', SQLSTATE, SQLERRM; END \$\$" \
  "NOTICE:  22021 geotext cannot read non-ASCII text in a SQL_ASCII database
DO"
check "SQL_ASCII: the same error from entities and quotes" $A \
  "SELECT count(*) FROM geotext_quotes('„Ja“, sagte er.')" \
  "ERROR:  geotext cannot read non-ASCII text in a SQL_ASCII database
DETAIL:  SQL_ASCII gives no encoding to interpret bytes above 127.
HINT:  Use a UTF8 database (CREATE DATABASE … ENCODING 'UTF8')."

for db in $DBS; do
    psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null
done
[ $failures -eq 0 ] && echo "encodings: all $count passed" || echo "encodings: $failures of $count FAILED"
tap_finish
