-- Text search: the parser geotext_parser and the configuration geotext_german.
-- Ordinary words are stemmed by german_stem as in the built-in 'german'
-- configuration; each entity mention adds one lexeme, its canonical name in
-- lower case, at the position of the mention's last word (the dictionary
-- geotext_german_stem adds it there), so that phrases across names match.
CREATE FUNCTION @extschema@.geotext_tsparser_start(internal, int4)
RETURNS internal
AS 'MODULE_PATHNAME', 'geotext_tsparser_start'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.geotext_tsparser_start(internal, int4) IS
'Start function of the text search parser geotext_parser: analyses a document once (tokens, sentences, entities of the built-in analysis; no table is read).';

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
'Headline function of the text search parser geotext_parser: the default parser''s prsd_headline (same options), and every word of a mention highlighted when its entity lexeme matched.';

CREATE TEXT SEARCH PARSER @extschema@.geotext_parser (
	START = @extschema@.geotext_tsparser_start,
	GETTOKEN = @extschema@.geotext_tsparser_gettoken,
	END = @extschema@.geotext_tsparser_end,
	LEXTYPES = @extschema@.geotext_tsparser_lextype,
	HEADLINE = @extschema@.geotext_tsparser_headline
);

COMMENT ON TEXT SEARCH PARSER @extschema@.geotext_parser IS
'German news text: the geotext tokenizer (words, hyphenated words and their parts, numbers, URLs, e-mail addresses, blanks). It also finds the entity mentions, and tells a geotext_entities dictionary the canonical name of each mention''s last word, so that the dictionary adds it at that word''s position. The token types person, organization, country and place are no longer emitted (up to 0.4.0 they were tokens of their own).';

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

CREATE TEXT SEARCH CONFIGURATION @extschema@.geotext_german (PARSER = @extschema@.geotext_parser);

ALTER TEXT SEARCH CONFIGURATION @extschema@.geotext_german
	ADD MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
	                hword_asciipart, hword_part, hword_numpart
	WITH @extschema@.geotext_german_stem;

ALTER TEXT SEARCH CONFIGURATION @extschema@.geotext_german
	ADD MAPPING FOR email, url, number WITH pg_catalog.simple;

COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.geotext_german IS
'German with entities: words stemmed by german_stem as in ''german''; numbers, URLs and e-mail addresses as they are; every recognised entity mention also as one lexeme, its canonical name in lower case (''jens stoltenberg'', ''russland'' for Russlands or russischen), at the position of the mention''s last word (dictionary geotext_german_stem), so a phrase query across a name matches whether or not its own words are read as the same name. Like to_tsvector itself it is IMMUTABLE: entity recognition uses the built-in lexicon and tagger only, never the user gazetteer (no table is read), so indexes on to_tsvector(''geotext_german'', ...) change only when the extension version changes (REINDEX after ALTER EXTENSION geotext UPDATE).';
