-- Entities: one row per mention.
CREATE FUNCTION @extschema@.geotext_entities(body text)
RETURNS TABLE (idx int, mention text, canonical text, kind text, form text,
               country text, role text, sentence int, span int4range, evidence text,
               confidence real)
AS 'MODULE_PATHNAME', 'geotext_entities'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 20000 ROWS 20;

COMMENT ON FUNCTION @extschema@.geotext_entities(text) IS
'Entity mentions of a German text: the name as written (mention, span), its canonical name, kind (person, organization, country, place), form (name, adjective, demonym, compound), ISO 3166-1 country, role (title or function), sentence, evidence (what decided: model:ner for the tagger, lexicon:* or rule:* for the lexicon and the rules) and confidence (0-1: the calibrated chance that the row is right; 1 for user gazetteer names; filter with WHERE confidence >= 0.5). STABLE because the user gazetteer (geotext_gazetteer) can change the result.';

-- geotext_entities as 0.1.0 returned it (no confidence column). ALTER EXTENSION
-- geotext UPDATE renames 0.1.0's function to this name, so that views built
-- over it keep their row type; a fresh install has it too, so that a dump of
-- such a database restores.
CREATE FUNCTION @extschema@.geotext_entities_v01(body text)
RETURNS TABLE (idx int, mention text, canonical text, kind text, form text,
               country text, role text, sentence int, span int4range, evidence text)
AS 'MODULE_PATHNAME', 'geotext_entities'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 20000 ROWS 20;

COMMENT ON FUNCTION @extschema@.geotext_entities_v01(text) IS
'geotext_entities with the columns of geotext 0.1.0 (without confidence): the same rows. Views built over 0.1.0''s geotext_entities call it after ALTER EXTENSION geotext UPDATE; new queries use geotext_entities.';

CREATE FUNCTION @extschema@.geotext_actors(body text)
RETURNS TABLE (canonical text, kind text, country text, mentions int,
               quoted int, first_span int4range)
AS 'MODULE_PATHNAME', 'geotext_actors'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100000 ROWS 10;

COMMENT ON FUNCTION @extschema@.geotext_actors(text) IS
'One row per real-world entity of a German text (mentions grouped by canonical name and kind): canonical, kind, ISO 3166-1 country, number of mentions, number of quotes attributed to it (geotext_quotes), and the span of its first mention.';

CREATE FUNCTION @extschema@.geotext_actor_keys(body text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'geotext_actor_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100000;

COMMENT ON FUNCTION @extschema@.geotext_actor_keys(text) IS
'The distinct canonical names of the entities of a German text as text[], in byte order: from the built-in lexicon and tagger only, never the user gazetteer (no table is read), so it is IMMUTABLE and may feed a generated column and a GIN index (WHERE actor_keys @> ARRAY[''Wladimir Putin'']). Like to_tsvector with a dictionary, its result changes only when the extension version changes: rebuild such columns and indexes after ALTER EXTENSION geotext UPDATE.';
