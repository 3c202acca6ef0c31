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
