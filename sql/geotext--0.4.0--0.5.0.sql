-- geotext 0.4.0 -> 0.5.0 (ALTER EXTENSION geotext UPDATE TO '0.5.0').
\echo Use "ALTER EXTENSION geotext UPDATE TO '0.5.0'" to load this file. \quit

-- No function's row type changes: users' views over 0.4.0 stay as they are.

-- Write access belongs to one database. Up to 0.4.0 the cluster-wide role
-- geotext_admin could write the gazetteer of every database with geotext; now
-- the extension's owner writes and grants writing here, database by database.
-- The role itself is left alone (other databases may still use an older
-- release); members who lose write access here are named in a warning (an
-- extension script shows no notices).
DO $$
DECLARE
	members text;
BEGIN
	IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'geotext_admin') THEN
		SELECT pg_catalog.string_agg(pg_catalog.quote_ident(m.rolname), ', ' ORDER BY m.rolname)
		  INTO members
		  FROM pg_catalog.pg_auth_members a
		  JOIN pg_catalog.pg_roles r ON r.oid = a.roleid AND r.rolname = 'geotext_admin'
		  JOIN pg_catalog.pg_roles m ON m.oid = a.member;
		REVOKE INSERT, UPDATE, DELETE ON TABLE @extschema@.geotext_gazetteer FROM geotext_admin;
		IF members IS NOT NULL THEN
			RAISE WARNING 'members of geotext_admin no longer write geotext_gazetteer in this database: %', members
				USING HINT = 'Grant writing per database: GRANT INSERT, UPDATE, DELETE ON geotext_gazetteer TO role.';
		END IF;
	END IF;
END
$$;

GRANT INSERT, UPDATE, DELETE ON TABLE @extschema@.geotext_gazetteer TO @extowner@ WITH GRANT OPTION;

COMMENT ON TABLE @extschema@.geotext_gazetteer IS
'User gazetteer: names that add to or override the built-in lexicon for every later call, in the same transaction at once and in other sessions right after commit. A row''s name is looked up as a normalised key (NFC, typographic apostrophes and hyphens, sharp s (U+00DF) as ss); names of form ''name'' also get their genitive -s form (Kreml, Kremls). User rows come before built-in entries for the same key. Everyone may read it; the extension''s owner may write it and grant writing to others, database by database (GRANT INSERT, UPDATE, DELETE ON geotext_gazetteer TO editor). Dumped by pg_dump.';

-- Text search: entity lexemes at the position of their mention's last word
-- instead of a token of their own, which moved every later word one position
-- on, so that phraseto_tsquery missed phrases across names (86 of the 1,028
-- 10kGNAD articles were not found by their own first eight words). Stored
-- geotext_german tsvectors change their positions: rebuild them.
-- The dictionary template that adds the entity lexemes to a stemmer's result.
CREATE FUNCTION @extschema@.geotext_tsdict_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'geotext_tsdict_init'
LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsdict_init(internal) IS
'Init function of the text search template geotext_entities: reads the option stem (the dictionary that stems the words).';

CREATE FUNCTION @extschema@.geotext_tsdict_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'geotext_tsdict_lexize'
LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsdict_lexize(internal, internal, internal, internal) IS
'Lexize function of the text search template geotext_entities: the stem dictionary''s lexemes, plus the entity lexemes geotext_parser gave the word.';

CREATE TEXT SEARCH TEMPLATE @extschema@.geotext_entities (
	INIT = @extschema@.geotext_tsdict_init,
	LEXIZE = @extschema@.geotext_tsdict_lexize
);

COMMENT ON TEXT SEARCH TEMPLATE @extschema@.geotext_entities IS
'A stemmer (option stem) plus entity lexemes: for a word that ends an entity mention in a geotext_parser parse, the mention''s canonical name in lower case as another variant at the same position. For any other token (or any other parser) just the stemmer.';

CREATE TEXT SEARCH DICTIONARY @extschema@.geotext_german_stem (
	TEMPLATE = @extschema@.geotext_entities,
	stem = 'pg_catalog.german_stem'
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.geotext_german_stem IS
'german_stem plus entity lexemes: ''stoltenberg'' and ''jens stoltenberg'' at the position of Stoltenberg in ''Jens Stoltenberg sagte''.';

ALTER TEXT SEARCH CONFIGURATION @extschema@.geotext_german
	ALTER MAPPING REPLACE pg_catalog.german_stem WITH @extschema@.geotext_german_stem;

ALTER TEXT SEARCH CONFIGURATION @extschema@.geotext_german
	DROP MAPPING IF EXISTS FOR person, organization, country, place;

COMMENT ON FUNCTION @extschema@.geotext_tsparser_start(internal, int4) IS
'Start function of the text search parser geotext_parser: analyses a document once (tokens, sentences, entities of the built-in analysis; no table is read).';

COMMENT ON FUNCTION @extschema@.geotext_tsparser_headline(internal, internal, tsquery) IS
'Headline function of the text search parser geotext_parser: the default parser''s prsd_headline (same options), and every word of a mention highlighted when its entity lexeme matched.';

COMMENT ON TEXT SEARCH PARSER @extschema@.geotext_parser IS
'German news text: the geotext tokenizer (words, hyphenated words and their parts, numbers, URLs, e-mail addresses, blanks). It also finds the entity mentions, and tells a geotext_entities dictionary the canonical name of each mention''s last word, so that the dictionary adds it at that word''s position. The token types person, organization, country and place are no longer emitted (up to 0.4.0 they were tokens of their own).';

COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.geotext_german IS
'German with entities: words stemmed by german_stem as in ''german''; numbers, URLs and e-mail addresses as they are; every recognised entity mention also as one lexeme, its canonical name in lower case (''jens stoltenberg'', ''russland'' for Russlands or russischen), at the position of the mention''s last word (dictionary geotext_german_stem), so a phrase query across a name matches whether or not its own words are read as the same name. Like to_tsvector itself it is IMMUTABLE: entity recognition uses the built-in lexicon and tagger only, never the user gazetteer (no table is read), so indexes on to_tsvector(''geotext_german'', ...) change only when the extension version changes (REINDEX after ALTER EXTENSION geotext UPDATE).';

-- Gazetteer changes cost a backend the changed keys, not a rebuild of the
-- whole table: the keys function and its index, the change log, and a row
-- trigger that logs (and takes over the replica-mode invalidation of
-- geotext_gazetteer_replicated).
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

COMMENT ON FUNCTION @extschema@.geotext_gazetteer_changed() IS
'Trigger function of geotext_gazetteer: per row, logs the keys of the old and new row in geotext_gazetteer_changes; per statement, logs all keys for TRUNCATE; always invalidates the cached user lexicon of every backend (at the next command here, at commit elsewhere, undone on rollback).';

COMMENT ON TRIGGER geotext_gazetteer_changed ON @extschema@.geotext_gazetteer IS
'Makes a change to the gazetteer visible to later statements of this transaction and to other sessions after commit (and logs TRUNCATE).';

DROP TRIGGER geotext_gazetteer_replicated ON @extschema@.geotext_gazetteer;

CREATE TRIGGER geotext_gazetteer_logged
AFTER INSERT OR UPDATE OR DELETE ON @extschema@.geotext_gazetteer
FOR EACH ROW EXECUTE FUNCTION @extschema@.geotext_gazetteer_changed();

ALTER TABLE @extschema@.geotext_gazetteer ENABLE ALWAYS TRIGGER geotext_gazetteer_logged;

COMMENT ON TRIGGER geotext_gazetteer_logged ON @extschema@.geotext_gazetteer IS
'Logs the keys of every written row (old and new version) so that backends bring only those keys up to date, and invalidates for changes applied by logical replication, which fire no statement triggers.';

