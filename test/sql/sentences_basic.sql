-- The example article, read by psql from examples/nordkorea-russland.txt (pg_regress
-- and pg_prove run from the repository root; it begins with a line break, none at its end).
\set body `cat examples/nordkorea-russland.txt`
CREATE TEMP TABLE article AS SELECT :'body'::text AS body;
SELECT length(body) AS chars, octet_length(body) AS bytes FROM article;

-- The article's sentences: the headline (no period, ends at the line break)
-- and 14 sentences of body text.
SELECT sentence, span, sentence_text FROM article, geotext_sentences(body) ORDER BY sentence;

-- Sentence spans are exact, numbered from 1 and cover every token.
SELECT count(*) AS sentences, min(sentence) AS first, max(sentence) AS last,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = sentence_text) AS spans_exact
FROM article, geotext_sentences(body);
SELECT count(*) AS tokens_outside_their_sentence
FROM article, geotext_tokens(body) t
JOIN geotext_sentences((SELECT body FROM article)) s USING (sentence)
WHERE NOT s.span @> t.span;
SELECT (SELECT max(sentence) FROM article, geotext_tokens(body)) =
       (SELECT count(*) FROM article, geotext_sentences(body)) AS same_sentence_count;

-- Abbreviations, ordinals and dates do not end sentences.
SELECT sentence, sentence_text FROM geotext_sentences(
  'Das gilt z. B. für Dr. Müller, u. a. Nr. 5 bzw. ca. 300 Leute aus St. Gallen. '
  'Er kam am 11. Januar. Am 19.6.2024 begann es. Das 3. Mal kam er. Das war 2024. '
  'Die U.S.-Regierung schwieg. Er aß Äpfel, Birnen usw. Dann ging er.');

-- A sentence ending inside a quotation ends after the closing mark.
SELECT sentence, sentence_text FROM geotext_sentences(
  'Sie sagte: „Ja.“ Dann … Er rief: »Hilfe!« Gut. Sie sagte: "Nein." '
  'Er: ‚Nie.‘ „Ja“, sagte sie. Er ging (endlich.) Dann kam sie.');

-- Line breaks end sentences; other scripts split at their full stops.
SELECT sentence, span, sentence_text FROM geotext_sentences(
  E'Titel ohne Punkt\nDer Text. Er endet.\r\n\r\nNeu\nשלום. עולם. 北京。東京。');
