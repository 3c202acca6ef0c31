-- Lexicon: the user gazetteer and geotext_lookup().

CREATE TABLE @extschema@.geotext_gazetteer (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name text NOT NULL CHECK (pg_catalog.btrim(name) <> '' AND pg_catalog.length(name) <= 200),
	canonical text NOT NULL,
	kind text NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'place')),
	country text CHECK (country ~ '^[A-Z]{2}$'),
	form text NOT NULL DEFAULT 'name' CHECK (form IN ('name', 'adjective', 'demonym', 'compound')),
	gender text CHECK (gender IN ('m', 'f')),
	role text,
	note text,
	suppress boolean NOT NULL DEFAULT false,
	created_by name NOT NULL DEFAULT CURRENT_USER,
	created_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);

COMMENT ON TABLE @extschema@.geotext_gazetteer IS
'User gazetteer: names that add to or override the built-in lexicon for every later call, in the same transaction at once and in other sessions right after commit. A row''s name is looked up as a normalised key (NFC, typographic apostrophes and hyphens, sharp s (U+00DF) as ss); names of form ''name'' also get their genitive -s form (Kreml, Kremls). User rows come before built-in entries for the same key. Everyone may read it; the extension''s owner may write it and grant writing to others, database by database (GRANT INSERT, UPDATE, DELETE ON geotext_gazetteer TO editor). Dumped by pg_dump.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.id IS 'Row identifier (generated).';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.name IS 'The surface form as written in text (case matters: NATO is not Nato); at most 200 characters.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.canonical IS 'The one name of the real-world entity (Wladimir Putin for Putin).';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.kind IS 'person, organization, country or place.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.country IS 'ISO 3166-1 alpha-2 code of the entity''s country (RU), or NULL.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.form IS 'name, adjective (russischen), demonym (Nordkoreaner) or compound (the US in US-Botschafter); only names get a genitive form.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.gender IS 'm or f for persons (for pronoun resolution), or NULL.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.role IS 'Role or function (Kreml-Sprecher), reported as the entry''s extra.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.note IS 'Free text: source, reason, reviewer. Not used by the recogniser.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.suppress IS 'true: hide the built-in entity entries for this name; the recogniser then ignores the name unless another user row gives it.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.created_by IS 'Role that inserted the row (set by the server: trigger geotext_gazetteer_stamp).';
COMMENT ON COLUMN @extschema@.geotext_gazetteer.created_at IS 'When the row was inserted (start of the inserting transaction; set by the server).';

-- pg_dump dumps the rows (not the definition) of extension configuration
-- tables; the identity sequence so that restored ids continue where they were.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.geotext_gazetteer', '');
SELECT pg_catalog.pg_extension_config_dump(
	pg_catalog.pg_get_serial_sequence('@extschema@.geotext_gazetteer', 'id'), '');

REVOKE ALL ON TABLE @extschema@.geotext_gazetteer FROM PUBLIC;
GRANT SELECT ON TABLE @extschema@.geotext_gazetteer TO PUBLIC;
-- Write access belongs to one database: the extension's owner (who ran CREATE
-- EXTENSION, also when a trusted install leaves the table to the bootstrap
-- superuser) may write and may grant writing in this database only. No
-- cluster-wide role is created.
GRANT INSERT, UPDATE, DELETE ON TABLE @extschema@.geotext_gazetteer TO @extowner@ WITH GRANT OPTION;

-- The keys a row is found by (its normalised name, and for a name its
-- genitive): the index by them lets a backend fetch only the rows of the keys
-- a change touched instead of the whole table.
CREATE FUNCTION @extschema@.geotext_gazetteer_keys(name text, kind text, form text)
RETURNS bytea[]
AS 'MODULE_PATHNAME', 'geotext_gazetteer_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_gazetteer_keys(text, text, text) IS
'The lexicon keys a gazetteer row is found by: its name normalised (NFC, typographic apostrophes and hyphens, sharp s as ss) and, for form ''name'', its genitive -s form, as UTF-8 bytes. Indexes geotext_gazetteer (geotext_gazetteer_keys_idx) so that a change costs a backend the rows of the changed keys only. Changes only when the extension version does.';

-- fastupdate off: a pending list would be scanned on every change
CREATE INDEX geotext_gazetteer_keys_idx ON @extschema@.geotext_gazetteer
	USING gin (@extschema@.geotext_gazetteer_keys(name, kind, form)) WITH (fastupdate = off);

-- The change log: which keys each committed change touched, so that the
-- cache of every backend brings only those keys up to date. Written by the
-- trigger as the table's owner, read by the cache as the owner; nobody else
-- may touch it. Not dumped (a restored database starts with an empty log).
CREATE TABLE @extschema@.geotext_gazetteer_changes (
	xact xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
	keys bytea[]
);

COMMENT ON TABLE @extschema@.geotext_gazetteer_changes IS
'Change log of geotext_gazetteer, kept by its triggers: one row per written row version (keys: geotext_gazetteer_keys of it) or per TRUNCATE and log compaction (keys NULL: all keys), with the writing transaction. A backend brings its cached gazetteer up to date from the rows its last full build did not see. Internal: no role but the owner may read or write it.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer_changes.xact IS 'The transaction that made the change.';
COMMENT ON COLUMN @extschema@.geotext_gazetteer_changes.keys IS 'The keys the change touched (UTF-8 bytes), or NULL for all of them.';

-- a backend reads only the rows of transactions its last full build may not have seen
CREATE INDEX geotext_gazetteer_changes_xact ON @extschema@.geotext_gazetteer_changes (xact);

REVOKE ALL ON TABLE @extschema@.geotext_gazetteer_changes FROM PUBLIC;

-- Invalidation: every change logs the keys it touched and queues a relcache
-- invalidation of the table, which marks the cached user lexicon of each
-- backend stale (this one at the next command, the others at commit).
CREATE FUNCTION @extschema@.geotext_gazetteer_changed()
RETURNS trigger
AS 'MODULE_PATHNAME', 'geotext_gazetteer_changed'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.geotext_gazetteer_changed() IS
'Trigger function of geotext_gazetteer: per row, logs the keys of the old and new row in geotext_gazetteer_changes; per statement, logs all keys for TRUNCATE; always invalidates the cached user lexicon of every backend (at the next command here, at commit elsewhere, undone on rollback).';

CREATE TRIGGER geotext_gazetteer_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.geotext_gazetteer
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.geotext_gazetteer_changed();

COMMENT ON TRIGGER geotext_gazetteer_changed ON @extschema@.geotext_gazetteer IS
'Makes a change to the gazetteer visible to later statements of this transaction and to other sessions after commit (and logs TRUNCATE).';

-- Both triggers fire ALWAYS: changes that arrive by logical replication or
-- under session_replication_role = replica must be logged and invalidate too
-- (apply workers fire row triggers only).
ALTER TABLE @extschema@.geotext_gazetteer ENABLE ALWAYS TRIGGER geotext_gazetteer_changed;

CREATE TRIGGER geotext_gazetteer_logged
AFTER INSERT OR UPDATE OR DELETE ON @extschema@.geotext_gazetteer
FOR EACH ROW EXECUTE FUNCTION @extschema@.geotext_gazetteer_changed();

ALTER TABLE @extschema@.geotext_gazetteer ENABLE ALWAYS TRIGGER geotext_gazetteer_logged;

COMMENT ON TRIGGER geotext_gazetteer_logged ON @extschema@.geotext_gazetteer IS
'Logs the keys of every written row (old and new version) so that backends bring only those keys up to date, and invalidates for changes applied by logical replication, which fire no statement triggers.';

-- Who inserted a row and when: set by the server, not by the writer.
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

CREATE FUNCTION @extschema@.geotext_lookup(term text)
RETURNS TABLE (key text, type text, canonical text, kind text, form text,
			   country text, gender text, extra text, source text)
AS 'MODULE_PATHNAME', 'geotext_lookup'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 10 ROWS 3;

COMMENT ON FUNCTION @extschema@.geotext_lookup(text) IS
'Every lexicon entry the term matches exactly (after normalisation: NFC, typographic apostrophes and hyphens, sharp s (U+00DF) as ss, white space runs as one blank; case matters). Rows from geotext_gazetteer come first (source geotext_gazetteer, type suppress for suppressing rows), then the built-in lexicon (source: its data file). type is entity, firstname, role, cue, function_word, common_word, org_pattern or abbreviation; kind is the entity kind (or a cue''s type: verb, marker, noun); form only for entities; extra is the role, place or organisation type, or a cue''s particle. Articles are not part of keys: look up Ukraine, not der Ukraine.';
