-- Entities: persons, organisations, countries and places.
CREATE FUNCTION @extschema@.geotext_entities(body text)
RETURNS TABLE (idx int, mention text, canonical text, kind text, form text,
               country text, role text, sentence int, span int4range, evidence text)
AS 'MODULE_PATHNAME', 'geotext_entities'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 20000 ROWS 20;

COMMENT ON FUNCTION @extschema@.geotext_entities(text) IS
'Entity mentions of a German text: the name as written (mention, span), its canonical name, kind (person, organization, country, place), form (name, adjective, demonym, compound), ISO 3166-1 country, role (title or function), sentence and evidence (why it was recognised). STABLE because the user gazetteer (geotext_gazetteer) can change the result.';

CREATE FUNCTION @extschema@.geotext_actors(body text)
RETURNS TABLE (canonical text, kind text, country text, mentions int,
               quoted int, first_span int4range)
AS 'MODULE_PATHNAME', 'geotext_actors'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100000 ROWS 10;

COMMENT ON FUNCTION @extschema@.geotext_actors(text) IS
'One row per real-world entity of a German text (mentions grouped by canonical name and kind): canonical, kind, ISO 3166-1 country, number of mentions, number of quotes attributed to it (geotext_quotes), and the span of its first mention.';
