-- geotext 0.2.0 -> 0.3.0 (ALTER EXTENSION geotext UPDATE TO '0.3.0').
\echo Use "ALTER EXTENSION geotext UPDATE TO '0.3.0'" to load this file. \quit

-- geotext_quotes gains two columns (speaker_evidence, confidence). As with
-- geotext_entities in 0.2.0: PostgreSQL cannot change the row type of a
-- function that views depend on, and users' views must not be dropped, so
-- 0.2.0's function keeps its row type under a new name (views refer to it by
-- OID and go on working and refreshing) and geotext_quotes is created anew.
-- The library fills either row shape.
ALTER FUNCTION @extschema@.geotext_quotes(text) RENAME TO geotext_quotes_v02;

COMMENT ON FUNCTION @extschema@.geotext_quotes_v02(text) IS
'geotext_quotes with the columns of geotext 0.2.0 (without speaker_evidence and confidence): the same rows. Views built over 0.2.0''s geotext_quotes call it after ALTER EXTENSION geotext UPDATE; new queries use geotext_quotes.';

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

-- geotext_extract's quotes carry speaker_evidence and confidence too.
COMMENT ON FUNCTION @extschema@.geotext_extract(text) IS
'Entities and quotes of a German text as one jsonb document {"entities": [...], "quotes": [...], "geotext": "<version>"}, from one analysis pass: each item has every column of geotext_entities / geotext_quotes (confidence a number with three decimals; SQL NULL as JSON null; spans as int4range text such as "[22,38)", 1-based and half-open, so that jsonb_to_recordset(doc->''entities'') AS e(..., span int4range, ...) gives the same rows). STABLE because the user gazetteer (geotext_gazetteer) can change the result: store it in a materialized view or a trigger-maintained column, not a generated column.';
