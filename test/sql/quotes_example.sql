-- The example article, read by psql from examples/nordkorea-russland.txt (pg_regress
-- and pg_prove run from the repository root; it begins with a line break, none at its end).
\set body `cat examples/nordkorea-russland.txt`
CREATE TEMP TABLE article AS SELECT :'body'::text AS body;

-- Every quote of the article: Pat Ryder's direct quote; the dass-clause and
-- the partial "brutalen Krieg in der Ukraine" to Karine Jean-Pierre (via
-- "Sie betonte"); "wie wichtig es sei …" to Jens Stoltenberg (via "Er
-- betonte"); "standhafte Unterstützung" to Putin as partial; the titles and
-- scare quotes ("Rodong Sinmun", "militärische Spezialoperation") as term
-- with no speaker.
SELECT idx, kind, left(quote, 60) AS quote, speaker, speaker_kind,
       speaker_mention, cue, cue_lemma, sentence
FROM article, geotext_quotes(body) ORDER BY idx;

-- Spans point at the text: quote, speaker_mention and cue are substrings.
SELECT count(*) AS quotes,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = quote) AS quote_spans_ok,
       bool_and(speaker_span IS NULL OR substr(body, lower(speaker_span),
                upper(speaker_span) - lower(speaker_span)) = speaker_mention) AS speaker_spans_ok,
       bool_and(cue_span IS NULL OR substr(body, lower(cue_span),
                upper(cue_span) - lower(cue_span)) = cue) AS cue_spans_ok
FROM article, geotext_quotes(body);

-- A term is never attributed to anyone.
SELECT count(*) AS terms_with_speaker
FROM article, geotext_quotes(body) WHERE kind = 'term' AND speaker IS NOT NULL;

-- Own sentences, one per pattern.
SELECT idx, kind, quote, speaker, speaker_kind, speaker_mention, cue, cue_lemma
FROM geotext_quotes($t$„Wir bauen die Brücke bis zum Herbst fertig“, sagte Anna Berger, die Sprecherin der Stadtwerke. Stadtrat Michael Becker erklärte: »Die Schule bleibt offen.« „Der Zug fährt wieder“, sagte Thomas Krüger, „aber nur stündlich.“ Die Ministerin Julia Brandt traf Stefan Krause. Sie betonte, dass die Stadt mehr Geld bekomme. Er sagte, die Pläne seien gut. Laut Polizei wurden in Köln drei Autos beschädigt. Ein Sprecher des Umweltamtes sagte, die Werte seien gesunken. In der Zeitung "Morgenblatt" lobte Karl Lindemann die "mutige Entscheidung" des Rates.$t$)
ORDER BY idx;

-- NULL and empty input.
SELECT count(*) AS null_rows FROM geotext_quotes(NULL);
SELECT count(*) AS empty_rows FROM geotext_quotes('');
