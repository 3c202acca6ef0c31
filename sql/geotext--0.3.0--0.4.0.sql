-- geotext 0.3.0 -> 0.4.0 (ALTER EXTENSION geotext UPDATE TO '0.4.0').
\echo Use "ALTER EXTENSION geotext UPDATE TO '0.4.0'" to load this file. \quit

-- No function's row type changes: users' views over 0.3.0 stay as they are.

-- New: the actors of a text as an array, IMMUTABLE, for a generated column and a GIN index.
CREATE FUNCTION @extschema@.geotext_actor_keys(body text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'geotext_actor_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100000;

COMMENT ON FUNCTION @extschema@.geotext_actor_keys(text) IS
'The distinct canonical names of the entities of a German text as text[], in byte order: from the built-in lexicon and tagger only, never the user gazetteer (no table is read), so it is IMMUTABLE and may feed a generated column and a GIN index (WHERE actor_keys @> ARRAY[''Wladimir Putin'']). Like to_tsvector with a dictionary, its result changes only when the extension version changes: rebuild such columns and indexes after ALTER EXTENSION geotext UPDATE.';

-- The text search configuration reads no table any more (to_tsvector is
-- IMMUTABLE): its entities come from the built-in analysis only.
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.geotext_german IS
'German with entities: words stemmed by german_stem as in ''german''; numbers, URLs and e-mail addresses as they are; every recognised entity mention also as one lexeme, its canonical name in lower case (''jens stoltenberg'', ''russland'' for Russlands or russischen). Like to_tsvector itself it is IMMUTABLE: entity recognition uses the built-in lexicon and tagger only, never the user gazetteer (no table is read), so indexes on to_tsvector(''geotext_german'', ...) change only when the extension version changes (REINDEX after ALTER EXTENSION geotext UPDATE).';

-- Changes that arrive by logical replication or under session_replication_role
-- = replica must invalidate too: the statement trigger fires ALWAYS, and since
-- apply workers fire row triggers only, a row trigger fires in replica mode.
ALTER TABLE @extschema@.geotext_gazetteer ENABLE ALWAYS TRIGGER geotext_gazetteer_changed;

CREATE TRIGGER geotext_gazetteer_replicated
AFTER INSERT OR UPDATE OR DELETE ON @extschema@.geotext_gazetteer
FOR EACH ROW EXECUTE FUNCTION @extschema@.geotext_gazetteer_changed();

ALTER TABLE @extschema@.geotext_gazetteer ENABLE REPLICA TRIGGER geotext_gazetteer_replicated;

COMMENT ON TRIGGER geotext_gazetteer_replicated ON @extschema@.geotext_gazetteer IS
'Makes a change that arrives by logical replication (or under session_replication_role = replica) visible to every session: fires in replica mode only, per row, because apply workers fire no statement triggers.';

-- Who inserted a row and when: set by the server, not by the writer. Rows
-- already there keep their values.
CREATE FUNCTION @extschema@.geotext_gazetteer_stamp()
RETURNS trigger
AS 'MODULE_PATHNAME', 'geotext_gazetteer_stamp'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.geotext_gazetteer_stamp() IS
'Trigger function of geotext_gazetteer: sets created_by (the current role) and created_at (the transaction start) of an inserted row and keeps them on update, whatever the writer gave; a superuser''s values stand (pg_restore keeps the dumped ones).';

CREATE TRIGGER geotext_gazetteer_stamp
BEFORE INSERT OR UPDATE ON @extschema@.geotext_gazetteer
FOR EACH ROW EXECUTE FUNCTION @extschema@.geotext_gazetteer_stamp();

COMMENT ON TRIGGER geotext_gazetteer_stamp ON @extschema@.geotext_gazetteer IS
'Makes created_by and created_at an audit trail: set by the server, not the writer.';

COMMENT ON COLUMN @extschema@.geotext_gazetteer.created_by IS 'Role that inserted the row (set by the server: trigger geotext_gazetteer_stamp).';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.created_at IS 'When the row was inserted (start of the inserting transaction; set by the server).';
