-- Extract: entities and quotes of a text as one jsonb document.
CREATE FUNCTION @extschema@.geotext_extract(body text)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'geotext_extract'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100000;

COMMENT ON FUNCTION @extschema@.geotext_extract(text) IS
'Entities and quotes of a German text as one jsonb document {"entities": [...], "quotes": [...], "geotext": "<version>"}, from one analysis pass: each item has every column of geotext_entities / geotext_quotes (confidence a number with three decimals; SQL NULL as JSON null; spans as int4range text such as "[22,38)", 1-based and half-open, so that jsonb_to_recordset(doc->''entities'') AS e(..., span int4range, ...) gives the same rows). STABLE because the user gazetteer (geotext_gazetteer) can change the result: store it in a materialized view or a trigger-maintained column, not a generated column.';
