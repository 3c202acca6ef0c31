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
