-- pgTAP: geotext_tokens and geotext_sentences — signatures, volatility,
-- strictness, parallel safety, numbering and span consistency.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS geotext;
SELECT plan(30);

-- The example article, read by psql (pg_prove runs from the repository root).
\set body `cat examples/nordkorea-russland.txt`
CREATE TEMP TABLE article ON COMMIT DROP AS SELECT :'body'::text AS body;

-- Signatures.
SELECT has_function('geotext_tokens', ARRAY['text'], 'geotext_tokens(text) exists');
SELECT has_function('geotext_sentences', ARRAY['text'], 'geotext_sentences(text) exists');
SELECT function_returns('geotext_tokens', ARRAY['text'], 'setof record',
                        'geotext_tokens returns a set of records');
SELECT function_returns('geotext_sentences', ARRAY['text'], 'setof record',
                        'geotext_sentences returns a set of records');
SELECT is(pg_get_function_result('geotext_tokens(text)'::regprocedure),
          'TABLE(idx integer, sentence integer, token text, kind text, span int4range)',
          'geotext_tokens result columns');
SELECT is(pg_get_function_result('geotext_sentences(text)'::regprocedure),
          'TABLE(sentence integer, span int4range, sentence_text text)',
          'geotext_sentences result columns');
SELECT function_lang_is('geotext_tokens', ARRAY['text'], 'c', 'geotext_tokens is written in C');

-- Volatility, strictness, parallel safety.
SELECT volatility_is('geotext_tokens', ARRAY['text'], 'immutable', 'geotext_tokens is IMMUTABLE');
SELECT volatility_is('geotext_sentences', ARRAY['text'], 'immutable', 'geotext_sentences is IMMUTABLE');
SELECT is_strict('geotext_tokens', ARRAY['text'], 'geotext_tokens is STRICT');
SELECT is_strict('geotext_sentences', ARRAY['text'], 'geotext_sentences is STRICT');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'geotext_tokens(text)'::regprocedure),
          's'::"char", 'geotext_tokens is PARALLEL SAFE');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'geotext_sentences(text)'::regprocedure),
          's'::"char", 'geotext_sentences is PARALLEL SAFE');

-- NULL gives no rows; empty and blank text give no rows.
SELECT is_empty('SELECT * FROM geotext_tokens(NULL)', 'geotext_tokens(NULL) gives no rows');
SELECT is_empty('SELECT * FROM geotext_sentences(NULL)', 'geotext_sentences(NULL) gives no rows');
SELECT is_empty($$SELECT * FROM geotext_tokens(E' \n\t ')$$, 'blank text gives no tokens');
SELECT is_empty($$SELECT * FROM geotext_sentences('')$$, 'empty text gives no sentences');

-- Numbering from 1, without gaps.
SELECT results_eq(
  'SELECT idx FROM article, geotext_tokens(body) ORDER BY idx',
  'SELECT generate_series(1, (SELECT count(*)::int FROM article, geotext_tokens(body)))',
  'token idx runs 1..n');
SELECT results_eq(
  'SELECT sentence FROM article, geotext_sentences(body) ORDER BY sentence',
  'SELECT generate_series(1, 15)',
  'the article has sentences 1..15');
SELECT results_eq(
  'SELECT DISTINCT sentence FROM article, geotext_tokens(body) ORDER BY sentence',
  'SELECT generate_series(1, 15)',
  'tokens name every sentence 1..15');
SELECT is((SELECT count(*)::int FROM article, geotext_tokens(body)), 412,
          'the article has 412 tokens');

-- Span consistency over the article.
SELECT is_empty(
  'SELECT idx FROM article, geotext_tokens(body)
    WHERE substr(body, lower(span), upper(span) - lower(span)) IS DISTINCT FROM token',
  'every token span gives its token through substr');
SELECT is_empty(
  'SELECT sentence FROM article, geotext_sentences(body)
    WHERE substr(body, lower(span), upper(span) - lower(span)) IS DISTINCT FROM sentence_text',
  'every sentence span gives its text through substr');
SELECT is_empty(
  'SELECT idx FROM (SELECT idx, span, lag(span) OVER (ORDER BY idx) AS prev
                      FROM article, geotext_tokens(body)) s
    WHERE prev IS NOT NULL AND NOT (prev << span)',
  'token spans are ordered and do not overlap');
SELECT is_empty(
  'SELECT t.idx FROM article, geotext_tokens(body) t
     JOIN geotext_sentences((SELECT body FROM article)) s USING (sentence)
    WHERE NOT s.span @> t.span',
  'every token lies inside its sentence');
SELECT is_empty(
  'SELECT sentence FROM (SELECT sentence, span, lag(span) OVER (ORDER BY sentence) AS prev
                           FROM article, geotext_sentences(body)) s
    WHERE prev IS NOT NULL AND NOT (prev << span)',
  'sentence spans are ordered and do not overlap');
SELECT is_empty(
  $$SELECT 1 FROM article, geotext_tokens(body) WHERE kind NOT IN
     ('word', 'number', 'punct', 'quote', 'quote_open', 'quote_close', 'symbol', 'url', 'email')$$,
  'every kind is a documented one');

-- The same in other scripts and with emoji.
SELECT is_empty(
  $$SELECT 1 FROM (VALUES ('Wir 👩‍👩‍👧‍👦 feiern 👍🏽 in 🇩🇪!'), (E'Cafe\u0301 Zoe\u0308'),
                           ('مرحبا بالعالم. שלום עולם. 北京。'))
                   AS v(body), geotext_tokens(body)
     WHERE substr(body, lower(span), upper(span) - lower(span)) IS DISTINCT FROM token$$,
  'spans are exact for emoji, combining marks, RTL and CJK text');

-- The input size limit.
SET LOCAL geotext.max_input_bytes = 10;
SELECT throws_ok($$SELECT count(*) FROM geotext_tokens('elf Zeichen')$$, '54000',
                 'input of 11 bytes exceeds geotext.max_input_bytes (10)',
                 'inputs above geotext.max_input_bytes are rejected');
SELECT lives_ok($$SELECT count(*) FROM geotext_tokens('zehn Zeich')$$,
                'inputs up to geotext.max_input_bytes are accepted');

SELECT * FROM finish();
ROLLBACK;
