-- geotext 0.1.0 -> 0.2.0 (ALTER EXTENSION geotext UPDATE TO '0.2.0').
\echo Use "ALTER EXTENSION geotext UPDATE TO '0.2.0'" to load this file. \quit

-- What went into this build of the library.
CREATE FUNCTION @extschema@.geotext_build_info()
RETURNS TABLE (item text, version text, records bigint, sha256 text)
AS 'MODULE_PATHNAME', 'geotext_build_info'
LANGUAGE C STABLE PARALLEL SAFE
COST 10 ROWS 25;

COMMENT ON FUNCTION @extschema@.geotext_build_info() IS
'What went into the installed geotext library: its version, the size of the built-in lexicon and of the word classes, every data file (with its SHA-256 and the entries it gave) and every word list read at build time (with its Debian package version and SHA-256). Two builds with the same rows analyse text alike.';

-- geotext_entities gains a column (confidence). PostgreSQL cannot change the
-- row type of a function that views depend on, and users' views must not be
-- dropped: 0.1.0's function keeps its row type under a new name (views refer
-- to it by OID and go on working and refreshing), and geotext_entities is
-- created anew with the column. The library fills either row shape.
ALTER FUNCTION @extschema@.geotext_entities(text) RENAME TO geotext_entities_v01;

COMMENT ON FUNCTION @extschema@.geotext_entities_v01(text) IS
'geotext_entities with the columns of geotext 0.1.0 (without confidence): the same rows. Views built over 0.1.0''s geotext_entities call it after ALTER EXTENSION geotext UPDATE; new queries use geotext_entities.';

CREATE FUNCTION @extschema@.geotext_entities(body text)
RETURNS TABLE (idx int, mention text, canonical text, kind text, form text,
               country text, role text, sentence int, span int4range, evidence text,
               confidence real)
AS 'MODULE_PATHNAME', 'geotext_entities'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 20000 ROWS 20;

COMMENT ON FUNCTION @extschema@.geotext_entities(text) IS
'Entity mentions of a German text: the name as written (mention, span), its canonical name, kind (person, organization, country, place), form (name, adjective, demonym, compound), ISO 3166-1 country, role (title or function), sentence, evidence (what decided: model:ner for the tagger, lexicon:* or rule:* for the lexicon and the rules) and confidence (0-1: the calibrated chance that the row is right; 1 for user gazetteer names; filter with WHERE confidence >= 0.5). STABLE because the user gazetteer (geotext_gazetteer) can change the result.';

-- geotext_extract's entities carry the confidence too.
COMMENT ON FUNCTION @extschema@.geotext_extract(text) IS
'Entities and quotes of a German text as one jsonb document {"entities": [...], "quotes": [...], "geotext": "<version>"}, from one analysis pass: each item has every column of geotext_entities (confidence a number with three decimals) / geotext_quotes (SQL NULL as JSON null; spans as int4range text such as "[22,38)", 1-based and half-open, so that jsonb_to_recordset(doc->''entities'') AS e(..., span int4range, ...) gives the same rows). STABLE because the user gazetteer (geotext_gazetteer) can change the result: store it in a materialized view or a trigger-maintained column, not a generated column.';
