-- Edge cases: NULL, empty and blank input, emoji, combining marks,
-- right-to-left and CJK text with exact spans, a 10 MB input, the size limit.

-- NULL gives no rows (STRICT); empty and blank text give no rows.
SELECT count(*) AS null_tokens FROM geotext_tokens(NULL);
SELECT count(*) AS null_sentences FROM geotext_sentences(NULL);
SELECT count(*) AS empty_tokens FROM geotext_tokens('');
SELECT count(*) AS empty_sentences FROM geotext_sentences('');
SELECT count(*) AS blank_tokens FROM geotext_tokens(E'  \t\n\r\n \u00A0 \u2003 ');
SELECT count(*) AS blank_sentences FROM geotext_sentences(E'  \t\n\r\n \u00A0 \u2003 ');

-- Texts of other scripts and symbols: every token with its exact span.
CREATE TEMP TABLE samples (id int, body text);
INSERT INTO samples VALUES
  (1, 'Wir 👩‍👩‍👧‍👦 feiern 👍🏽 in 🇩🇪!'),
  (2, E'Cafe\u0301 und Zoe\u0308, Ångström.'),
  (3, 'مرحبا بالعالم. السلام عليكم'),
  (4, 'Er sagte שלום עולם und ging.'),
  (5, '北京是中国的首都。東京も大きい。'),
  (6, 'Kyiv – Київ, Αθήνα, Москва: ok?');

SELECT id, idx, sentence, token, kind, span FROM samples, geotext_tokens(body) ORDER BY id, idx;
SELECT id, sentence, span, sentence_text FROM samples, geotext_sentences(body) ORDER BY id, sentence;

-- substr() with a token's span gives the token, for every row.
SELECT id, count(*) AS tokens,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = token) AS spans_exact
FROM samples, geotext_tokens(body) GROUP BY id ORDER BY id;
SELECT id, count(*) AS sentences,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = sentence_text) AS spans_exact
FROM samples, geotext_sentences(body) GROUP BY id ORDER BY id;

-- A 10 MB input: counts, not rows.
CREATE TEMP TABLE big AS
  SELECT repeat('Sie sagte am 11. Januar: „Ja.“ Dann kam Dr. Müller (NATO-Generalsekretär) 👍🏽 zurück. ', 110000) AS body;
SELECT octet_length(body) > 10 * 1000 * 1000 AS over_10mb FROM big;
SELECT count(*) AS tokens, max(idx) AS last_idx, max(sentence) AS sentences,
       count(*) FILTER (WHERE kind = 'quote_open') AS quote_open,
       count(*) FILTER (WHERE kind = 'symbol') AS symbols,
       max(upper(span)) AS last_upper, (SELECT length(body) FROM big) AS chars
FROM big, geotext_tokens(body);
SELECT count(*) AS sentences,
       bool_and(sentence_text = CASE WHEN sentence % 2 = 1 THEN 'Sie sagte am 11. Januar: „Ja.“'
                                     ELSE 'Dann kam Dr. Müller (NATO-Generalsekretär) 👍🏽 zurück.' END) AS all_as_expected
FROM big, geotext_sentences(body);

-- geotext.max_input_bytes rejects larger inputs with a clear error.
SET geotext.max_input_bytes = 1000;
SELECT count(*) FROM geotext_tokens(repeat('a', 1001));
SELECT count(*) FROM geotext_tokens(repeat('a ', 500));
RESET geotext.max_input_bytes;

-- Used on a table with LATERAL and as an ordinary set-returning function.
SELECT s.id, t.token FROM samples s, LATERAL geotext_tokens(s.body) t
WHERE t.kind = 'symbol' ORDER BY s.id, t.idx;
SELECT (geotext_sentences('Eins. Zwei.')).sentence_text;

-- A name written as a handle or hashtag is mentioned by the whole handle (mark included, span exact);
-- an e-mail address and a mark with white space after it are no handles.
SELECT mention, canonical, kind,
       substr(b, lower(span), upper(span) - lower(span)) = mention AS span_exact
FROM (VALUES ('RT @Siemens_Presse: Neue Züge bei #Siemens. Mails an presse@siemens.de, nicht an # Siemens.')) v(b),
     LATERAL geotext_entities(b)
ORDER BY idx;
