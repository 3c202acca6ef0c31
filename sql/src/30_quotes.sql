-- Quotes: who said what.
CREATE FUNCTION @extschema@.geotext_quotes(body text)
RETURNS TABLE (idx int, quote text, kind text, speaker text, speaker_kind text,
               speaker_mention text, cue text, cue_lemma text, sentence int,
               span int4range, speaker_span int4range, cue_span int4range,
               evidence text)
AS 'MODULE_PATHNAME', 'geotext_quotes'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100000 ROWS 5;

COMMENT ON FUNCTION @extschema@.geotext_quotes(text) IS
'Quotes of a German text: the quoted words (quote, span, without quotation marks), kind (direct, partial, indirect, reported, term), the speaker resolved to a canonical name or a role phrase (speaker, speaker_kind person/organization/country/place/none), the words that attribute it (speaker_mention, speaker_span), the cue as written and its lemma, the sentence (from 1) and evidence. Spans are 1-based and half-open. STABLE because the user gazetteer (geotext_gazetteer) can change the result.';
