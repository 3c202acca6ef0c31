-- geotext 0.4.0: German news text analysis. Built from sql/src/*.sql.
-- Every object lives in the extension schema (@extschema@); every reference is qualified.
\echo Use "CREATE EXTENSION geotext" to load this file. \quit

-- Text: tokens and sentences.
CREATE FUNCTION @extschema@.geotext_tokens(body text)
RETURNS TABLE (idx int, sentence int, token text, kind text, span int4range)
AS 'MODULE_PATHNAME', 'geotext_tokens'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 15000 ROWS 400;

COMMENT ON FUNCTION @extschema@.geotext_tokens(text) IS
'Tokens of a German text: idx and sentence (from 1), the token, its kind (word, number, punct, quote, quote_open, quote_close, symbol, url, email) and its character span (1-based, half-open, as substr counts).';

CREATE FUNCTION @extschema@.geotext_sentences(body text)
RETURNS TABLE (sentence int, span int4range, sentence_text text)
AS 'MODULE_PATHNAME', 'geotext_sentences'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 7000 ROWS 20;

COMMENT ON FUNCTION @extschema@.geotext_sentences(text) IS
'Sentences of a German text: number (from 1), character span (1-based, half-open) and text. Abbreviations, ordinals and dates do not end a sentence; a sentence ending inside a quotation ends after its closing mark.';

-- What went into this build of the library.
CREATE FUNCTION @extschema@.geotext_build_info()
RETURNS TABLE (item text, version text, records bigint, sha256 text)
AS 'MODULE_PATHNAME', 'geotext_build_info'
LANGUAGE C STABLE PARALLEL SAFE
COST 10 ROWS 25;

COMMENT ON FUNCTION @extschema@.geotext_build_info() IS
'What went into the installed geotext library: its version, the size of the built-in lexicon and of the word classes, every data file (with its SHA-256 and the entries it gave) and every word list read at build time (with its Debian package version and SHA-256). Two builds with the same rows analyse text alike.';

-- Lexicon: the user gazetteer and geotext_lookup().

-- The role whose members may write the gazetteer. Roles belong to the whole
-- cluster, not to a database or an extension: it is created only if missing,
-- is shared by every database that installs geotext, and is NOT dropped by
-- DROP EXTENSION (drop it by hand once no database uses it).
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'geotext_admin') THEN
		CREATE ROLE geotext_admin NOLOGIN;
		COMMENT ON ROLE geotext_admin IS
		'Members may insert, update and delete rows of geotext_gazetteer (created by CREATE EXTENSION geotext; cluster-wide, not dropped with the extension).';
	END IF;
END
$$;

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
'User gazetteer: names that add to or override the built-in lexicon for every later call, in the same transaction at once and in other sessions right after commit. A row''s name is looked up as a normalised key (NFC, typographic apostrophes and hyphens, sharp s (U+00DF) as ss); names of form ''name'' also get their genitive -s form (Kreml, Kremls). User rows come before built-in entries for the same key. Everyone may read it; its owner and members of geotext_admin may write it. Dumped by pg_dump.';
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
GRANT INSERT, UPDATE, DELETE ON TABLE @extschema@.geotext_gazetteer TO geotext_admin;

-- Invalidation: every change queues a relcache invalidation of the table,
-- which marks the cached user lexicon of each backend stale (this one at the
-- next command, the others at commit).
CREATE FUNCTION @extschema@.geotext_gazetteer_changed()
RETURNS trigger
AS 'MODULE_PATHNAME', 'geotext_gazetteer_changed'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.geotext_gazetteer_changed() IS
'Trigger function of geotext_gazetteer: invalidates the cached user lexicon of every backend (at the next command here, at commit elsewhere, undone on rollback).';

CREATE TRIGGER geotext_gazetteer_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.geotext_gazetteer
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.geotext_gazetteer_changed();

COMMENT ON TRIGGER geotext_gazetteer_changed ON @extschema@.geotext_gazetteer IS
'Makes a change to the gazetteer visible to later statements of this transaction and to other sessions after commit.';

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

-- Quotes: who said what.
CREATE FUNCTION @extschema@.geotext_quotes(body text)
RETURNS TABLE (idx int, quote text, kind text, speaker text, speaker_kind text,
               speaker_mention text, cue text, cue_lemma text, sentence int,
               span int4range, speaker_span int4range, cue_span int4range,
               evidence text, speaker_evidence text, confidence real)
AS 'MODULE_PATHNAME', 'geotext_quotes'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100000 ROWS 5;

COMMENT ON FUNCTION @extschema@.geotext_quotes(text) IS
'Quotes of a German text: the quoted words (quote, span, without quotation marks), kind (direct, partial, indirect, reported, term), the speaker resolved to a canonical name or a role phrase (speaker, speaker_kind person/organization/country/place/none), the words that attribute it (speaker_mention, speaker_span: the pronoun, role phrase or name as written), the cue as written and its lemma, the sentence (from 1), evidence (the rule that found the quote; rule:unmarked-* for content found without quotation marks), speaker_evidence (how the speaker was found: syntax:subject, syntax:apposition, syntax:source, coref:pronoun, coref:role, chain:continues, chain:previous-subject, rule:window; NULL without speaker) and confidence (0-1, the hand-set priors of both; filter with WHERE confidence >= 0.5). Spans are 1-based and half-open. STABLE because the user gazetteer (geotext_gazetteer) can change the result.';

-- geotext_quotes as 0.2.0 returned it (no speaker_evidence, no confidence).
-- ALTER EXTENSION geotext UPDATE renames 0.2.0's function to this name, so
-- that views built over it keep their row type; a fresh install has it too,
-- so that a dump of such a database restores.
CREATE FUNCTION @extschema@.geotext_quotes_v02(body text)
RETURNS TABLE (idx int, quote text, kind text, speaker text, speaker_kind text,
               speaker_mention text, cue text, cue_lemma text, sentence int,
               span int4range, speaker_span int4range, cue_span int4range,
               evidence text)
AS 'MODULE_PATHNAME', 'geotext_quotes'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100000 ROWS 5;

COMMENT ON FUNCTION @extschema@.geotext_quotes_v02(text) IS
'geotext_quotes with the columns of geotext 0.2.0 (without speaker_evidence and confidence): the same rows. Views built over 0.2.0''s geotext_quotes call it after ALTER EXTENSION geotext UPDATE; new queries use geotext_quotes.';

-- Extract: entities and quotes of a text as one jsonb document.
CREATE FUNCTION @extschema@.geotext_extract(body text)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'geotext_extract'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100000;

COMMENT ON FUNCTION @extschema@.geotext_extract(text) IS
'Entities and quotes of a German text as one jsonb document {"entities": [...], "quotes": [...], "geotext": "<version>"}, from one analysis pass: each item has every column of geotext_entities / geotext_quotes (confidence a number with three decimals; SQL NULL as JSON null; spans as int4range text such as "[22,38)", 1-based and half-open, so that jsonb_to_recordset(doc->''entities'') AS e(..., span int4range, ...) gives the same rows). STABLE because the user gazetteer (geotext_gazetteer) can change the result: store it in a materialized view or a trigger-maintained column, not a generated column.';

-- Text search: the parser geotext_parser and the configuration geotext_german.
-- Ordinary words go to german_stem as in the built-in 'german' configuration;
-- each entity mention adds one lexeme, its canonical name in lower case.
CREATE FUNCTION @extschema@.geotext_tsparser_start(internal, int4)
RETURNS internal
AS 'MODULE_PATHNAME', 'geotext_tsparser_start'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsparser_start(internal, int4) IS
'Start function of the text search parser geotext_parser: analyses a document once (tokens, sentences, entities with the user gazetteer).';

CREATE FUNCTION @extschema@.geotext_tsparser_gettoken(internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'geotext_tsparser_gettoken'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsparser_gettoken(internal, internal, internal) IS
'Get-token function of the text search parser geotext_parser.';

CREATE FUNCTION @extschema@.geotext_tsparser_end(internal)
RETURNS void
AS 'MODULE_PATHNAME', 'geotext_tsparser_end'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsparser_end(internal) IS
'End function of the text search parser geotext_parser: frees the document''s memory.';

CREATE FUNCTION @extschema@.geotext_tsparser_lextype(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'geotext_tsparser_lextype'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsparser_lextype(internal) IS
'Token types of the text search parser geotext_parser (see ts_token_type(''geotext_parser'')).';

CREATE FUNCTION @extschema@.geotext_tsparser_headline(internal, internal, tsquery)
RETURNS internal
AS 'MODULE_PATHNAME', 'geotext_tsparser_headline'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsparser_headline(internal, internal, tsquery) IS
'Headline function of the text search parser geotext_parser: the default parser''s prsd_headline (same options), entity lexemes never printed, and the words of a mention highlighted when its entity lexeme matched.';

CREATE TEXT SEARCH PARSER @extschema@.geotext_parser (
	START = @extschema@.geotext_tsparser_start,
	GETTOKEN = @extschema@.geotext_tsparser_gettoken,
	END = @extschema@.geotext_tsparser_end,
	LEXTYPES = @extschema@.geotext_tsparser_lextype,
	HEADLINE = @extschema@.geotext_tsparser_headline
);

COMMENT ON TEXT SEARCH PARSER @extschema@.geotext_parser IS
'German news text: the geotext tokenizer (words, hyphenated words and their parts, numbers, URLs, e-mail addresses, blanks) plus one token per entity mention (person, organization, country, place) whose text is the canonical name in lower case, right after the mention''s words.';

CREATE TEXT SEARCH CONFIGURATION @extschema@.geotext_german (PARSER = @extschema@.geotext_parser);

ALTER TEXT SEARCH CONFIGURATION @extschema@.geotext_german
	ADD MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
	                hword_asciipart, hword_part, hword_numpart
	WITH pg_catalog.german_stem;

ALTER TEXT SEARCH CONFIGURATION @extschema@.geotext_german
	ADD MAPPING FOR email, url, number WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION @extschema@.geotext_german
	ADD MAPPING FOR person, organization, country, place WITH pg_catalog.simple;

COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.geotext_german IS
'German with entities: words stemmed by german_stem as in ''german''; numbers, URLs and e-mail addresses as they are; every recognised entity mention also as one lexeme, its canonical name in lower case (''jens stoltenberg'', ''russland'' for Russlands or russischen). Like to_tsvector itself it is IMMUTABLE: entity recognition uses the built-in lexicon and tagger only, never the user gazetteer (no table is read), so indexes on to_tsvector(''geotext_german'', ...) change only when the extension version changes (REINDEX after ALTER EXTENSION geotext UPDATE).';
