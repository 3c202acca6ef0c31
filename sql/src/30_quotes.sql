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
