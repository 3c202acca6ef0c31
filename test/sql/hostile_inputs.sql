-- Hostile inputs: every one completes, in time linear in its size, with
-- exact spans and no error but the documented ones. Counts and spans are
-- asserted, rows are not dumped. (NULL, the 10 MB repeated article, the
-- basic scripts and the size cap for geotext_tokens are in text_edge_cases.)

CREATE TABLE hostile (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO hostile VALUES
  ('empty', ''),
  ('blanks', E'  \t\n\r\n \u00A0 \u2003 \u3000 \n\n'),
  ('nospace_10mb', repeat('x', 10 * 1024 * 1024)),
  ('unbalanced_100k', repeat('„a ', 100000)),
  ('ascii_quotes_100k', repeat('" Er ', 100000)),
  ('nested_5000', repeat('„a ', 5000) || repeat('b“ ', 5000)),
  ('combining', 'e' || repeat(U&'\0301', 100000) || ' und Zoe' || U&'\0308'),
  ('zwj_emoji', repeat('👩‍👩‍👧‍👦', 10000) || ' 👍🏽 🇩🇪'),
  ('rtl', repeat('مرحبا بالعالم. ', 20000) || 'שלום עולם'),
  ('cjk', repeat('北京是中国的首都。', 20000)),
  ('controls', repeat(E'\uFEFFBundes\u00ADregierung\u0001\u0002\u200B sagte\u007F. ', 20000)),
  ('word_100k', 'A' || repeat('b', 99999)),
  ('sentences_200k', repeat('Er kam. ', 200000)),
  ('long_sentence', 'Peskow sagte, ' || repeat('und der Mann Olaf Scholz ', 40000) || 'kam.');

SELECT name, length(body) AS chars, octet_length(body) AS bytes FROM hostile ORDER BY name;

-- Tokens: count, kinds, first span and the extent from first to last.
SELECT h.name, count(t.idx) AS tokens, max(t.sentence) AS sentences,
       string_agg(DISTINCT t.kind, ',') AS kinds,
       (array_agg(t.span ORDER BY t.idx))[1] AS first_span,
       int4range(min(lower(t.span)), max(upper(t.span))) AS extent
FROM hostile h LEFT JOIN LATERAL geotext_tokens(h.body) t ON true
GROUP BY h.name ORDER BY h.name;

-- Every token of the periodic inputs at its exact span: the input is a
-- prefix of pre_chars characters and pre_tokens tokens, then a unit of
-- period characters repeated `units` times; the k-th token of a unit (from 0) is token
-- at offset off. (substr() per token would be quadratic on these sizes.)
CREATE TABLE unit_tokens (name text, pre_chars int, pre_tokens int, period int,
                          units int, ntok int, k int, token text, kind text, off int);
INSERT INTO unit_tokens VALUES
  ('unbalanced_100k', 0, 0, 3, 100000, 2, 0, '„', 'quote_open', 0),
  ('unbalanced_100k', 0, 0, 3, 100000, 2, 1, 'a', 'word', 1),
  ('ascii_quotes_100k', 0, 0, 5, 100000, 2, 0, '"', NULL, 0),
  ('ascii_quotes_100k', 0, 0, 5, 100000, 2, 1, 'Er', 'word', 2),
  ('cjk', 0, 0, 9, 20000, 2, 0, '北京是中国的首都', 'word', 0),
  ('cjk', 0, 0, 9, 20000, 2, 1, '。', 'punct', 8),
  ('rtl', 0, 0, 15, 20000, 3, 0, 'مرحبا', 'word', 0),
  ('rtl', 0, 0, 15, 20000, 3, 1, 'بالعالم', 'word', 6),
  ('rtl', 0, 0, 15, 20000, 3, 2, '.', 'punct', 13),
  ('controls', 0, 0, 29, 20000, 3, 0, E'Bundes\u00ADregierung', 'word', 1),
  ('controls', 0, 0, 29, 20000, 3, 1, 'sagte', 'word', 21),
  ('controls', 0, 0, 29, 20000, 3, 2, '.', 'punct', 27),
  ('sentences_200k', 0, 0, 8, 200000, 3, 0, 'Er', 'word', 0),
  ('sentences_200k', 0, 0, 8, 200000, 3, 1, 'kam', 'word', 3),
  ('sentences_200k', 0, 0, 8, 200000, 3, 2, '.', 'punct', 6),
  ('long_sentence', 14, 3, 25, 40000, 5, 0, 'und', 'word', 0),
  ('long_sentence', 14, 3, 25, 40000, 5, 1, 'der', 'word', 4),
  ('long_sentence', 14, 3, 25, 40000, 5, 2, 'Mann', 'word', 8),
  ('long_sentence', 14, 3, 25, 40000, 5, 3, 'Olaf', 'word', 13),
  ('long_sentence', 14, 3, 25, 40000, 5, 4, 'Scholz', 'word', 18);

SELECT u.name, count(*) AS checked,
       count(*) FILTER (WHERE t.token = u.token
                          AND (u.kind IS NULL OR t.kind = u.kind)
                          AND t.span = int4range(u.pre_chars + u.period * ((t.idx - 1 - u.pre_tokens) / u.ntok) + u.off + 1,
                                                 u.pre_chars + u.period * ((t.idx - 1 - u.pre_tokens) / u.ntok) + u.off + 1 + length(u.token))) AS exact
FROM hostile h, geotext_tokens(h.body) t, unit_tokens u
WHERE u.name = h.name AND t.idx > u.pre_tokens
  AND (t.idx - 1 - u.pre_tokens) / u.ntok < u.units
  AND u.k = (t.idx - 1 - u.pre_tokens) % u.ntok
GROUP BY u.name ORDER BY u.name;

-- The kinds of the ASCII quotation marks: which open and which close.
SELECT kind, count(*) FROM hostile, geotext_tokens(body)
WHERE name = 'ascii_quotes_100k' AND token = '"' GROUP BY kind ORDER BY kind;

-- The tokens outside the repeated units, with substr() (once each).
SELECT h.name, t.idx, t.token, t.kind, t.span,
       substr(h.body, lower(t.span), upper(t.span) - lower(t.span)) = t.token AS exact
FROM hostile h, geotext_tokens(h.body) t
WHERE (h.name = 'long_sentence' AND (t.idx <= 3 OR t.idx > 200003))
   OR (h.name = 'rtl' AND t.idx > 60000)
   OR h.name IN ('blanks', 'empty')
ORDER BY h.name, t.idx;

-- Tokens are numbered 1..n in order and never overlap.
SELECT h.name, bool_and(t.idx = t.rn AND (t.prev IS NULL OR upper(t.prev) <= lower(t.span))) AS ordered
FROM hostile h,
     LATERAL (SELECT idx, span, row_number() OVER (ORDER BY idx) AS rn,
                     lag(span) OVER (ORDER BY idx) AS prev
              FROM geotext_tokens(h.body)) t
GROUP BY h.name ORDER BY h.name;

-- A few exact tokens.
SELECT token = repeat('x', 10 * 1024 * 1024) AS whole, kind, span
FROM hostile, geotext_tokens(body) WHERE name = 'nospace_10mb';
SELECT idx, length(token) AS chars, kind, span
FROM hostile, geotext_tokens(body) WHERE name = 'combining' ORDER BY idx;
SELECT idx, kind, span FROM hostile, geotext_tokens(body)
WHERE name = 'zwj_emoji' AND (idx <= 2 OR idx >= 10000) ORDER BY idx;
SELECT idx, token, kind, span FROM hostile, geotext_tokens(body)
WHERE name = 'controls' AND idx <= 4 ORDER BY idx;
SELECT idx, length(token) AS chars, kind, span FROM hostile, geotext_tokens(body)
WHERE name = 'word_100k';

-- Sentences of the many-sentence and the one-sentence input.
SELECT h.name, count(*) AS sentences, (array_agg(s.span ORDER BY s.sentence))[1] AS first_span,
       int4range(min(lower(s.span)), max(upper(s.span))) AS extent,
       count(DISTINCT s.sentence_text) AS distinct_texts,
       (array_agg(s.sentence_text ORDER BY s.sentence))[1] AS first_text
FROM hostile h, geotext_sentences(h.body) s
WHERE h.name IN ('sentences_200k', 'cjk', 'rtl')
GROUP BY h.name ORDER BY h.name;

-- Entities: count, canonical names, first span, extent, spans exact.
SELECT h.name, count(e.idx) AS mentions, string_agg(DISTINCT e.canonical, ', ') AS canonicals,
       (array_agg(e.span ORDER BY lower(e.span)))[1] AS first_span,
       int4range(min(lower(e.span)), max(upper(e.span))) AS extent,
       count(DISTINCT upper(e.span) - lower(e.span)) AS lengths
FROM hostile h LEFT JOIN LATERAL geotext_entities(h.body) e ON true
GROUP BY h.name ORDER BY h.name;

-- The first two and the last mention of each input, exactly.
SELECT h.name, e.idx, e.mention, e.canonical, e.kind, e.sentence, e.span, e.evidence,
       substr(h.body, lower(e.span), upper(e.span) - lower(e.span)) = e.mention AS exact
FROM hostile h, LATERAL (SELECT *, count(*) OVER () AS n FROM geotext_entities(h.body)) e
WHERE e.idx <= 2 OR e.idx = e.n
ORDER BY h.name, e.idx;

-- Every mention of the periodic inputs at the place of its unit.
SELECT h.name, count(*) AS mentions,
       count(*) FILTER (WHERE CASE h.name
           WHEN 'controls' THEN e.mention = E'Bundes\u00ADregierung' AND lower(e.span) % 29 = 2
                                AND upper(e.span) - lower(e.span) = 16
           WHEN 'long_sentence' THEN e.idx = 1 OR (e.mention = 'Olaf Scholz' AND (lower(e.span) - 28) % 25 = 0
                                AND upper(e.span) - lower(e.span) = 11) END) AS in_place
FROM hostile h, geotext_entities(h.body) e
WHERE h.name IN ('controls', 'long_sentence')
GROUP BY h.name ORDER BY h.name;

-- Quotes: count, kinds, first span, extent, spans exact.
SELECT h.name, count(q.idx) AS quotes, string_agg(DISTINCT q.kind, ',') AS kinds,
       (array_agg(q.span ORDER BY lower(q.span)))[1] AS first_span,
       int4range(min(lower(q.span)), max(upper(q.span))) AS extent,
       count(DISTINCT upper(q.span) - lower(q.span)) AS lengths
FROM hostile h LEFT JOIN LATERAL geotext_quotes(h.body) q ON true
GROUP BY h.name ORDER BY h.name;

-- The first two and the last quote of each input, exactly.
SELECT h.name, q.idx, left(q.quote, 30) AS quote, length(q.quote) AS chars, q.kind,
       q.speaker, q.cue_lemma, q.span, q.speaker_span, q.cue_span,
       substr(h.body, lower(q.span), upper(q.span) - lower(q.span)) = q.quote AS exact
FROM hostile h, LATERAL (SELECT *, count(*) OVER () AS n FROM geotext_quotes(h.body)) q
WHERE q.idx <= 2 OR q.idx = q.n
ORDER BY h.name, q.idx;

-- Actors over the same inputs (entities and quotes together).
SELECT h.name, count(a.canonical) AS actors, coalesce(sum(a.mentions), 0) AS mentions,
       coalesce(sum(a.quoted), 0) AS quoted
FROM hostile h LEFT JOIN LATERAL geotext_actors(h.body) a ON true
GROUP BY h.name ORDER BY h.name;

-- statement_timeout stops a long call inside the core, well under 2 s.
-- (The timer starts with the DO statement; the text is built inside it.)
SET statement_timeout = '1s';
DO $$
DECLARE
	t0 timestamptz := clock_timestamp();
	n bigint;
BEGIN
	SELECT count(*) INTO n
	FROM geotext_quotes(repeat('Er sagte, dass Olaf Scholz in Berlin sei. „Ja“, sagte er. ', 1000000));
	RAISE NOTICE 'not canceled: % quotes', n;
EXCEPTION WHEN query_canceled THEN
	RAISE NOTICE 'canceled (SQLSTATE %), within 2 s: %', SQLSTATE,
		clock_timestamp() - t0 < interval '2 seconds';
END
$$;
RESET statement_timeout;

-- geotext.max_input_bytes applies to every function, with its hint
-- (geotext_tokens is checked in text_edge_cases).
SET geotext.max_input_bytes = 100;
SELECT count(*) FROM geotext_entities(repeat('Kiew ', 21));
SELECT count(*) FROM geotext_quotes(repeat('Kiew ', 21));
SELECT count(*) FROM geotext_actors(repeat('Kiew ', 21));
SELECT count(*) FROM geotext_sentences(repeat('Kiew ', 21));
-- bytes, not characters: 50 umlauts are 100 bytes (accepted), 51 are not
SELECT count(*) FROM geotext_entities(repeat('ä', 50));
SELECT count(*) FROM geotext_entities(repeat('ä', 51));
SET geotext.max_input_bytes = 0;
SELECT count(*) FROM geotext_tokens('');
SELECT count(*) FROM geotext_tokens('a');
RESET geotext.max_input_bytes;
-- the cap cannot be raised beyond what a text value can hold
SET geotext.max_input_bytes = '2GB';
SHOW geotext.max_input_bytes;

DROP TABLE hostile;
