-- The example article, read by psql from examples/nordkorea-russland.txt (pg_regress
-- and pg_prove run from the repository root; it begins with a line break, none at its end).
\set body `cat examples/nordkorea-russland.txt`
CREATE TEMP TABLE article AS SELECT :'body'::text AS body;
SELECT length(body) AS chars, octet_length(body) AS bytes FROM article;

-- Every token of the article, one row per sentence: plain words as they are,
-- anything else as token/kind.
SELECT t.sentence,
       string_agg(CASE WHEN t.kind = 'word' THEN t.token ELSE t.token || '/' || t.kind END,
                  ' ' ORDER BY t.idx) AS tokens
FROM article, geotext_tokens(body) t
GROUP BY t.sentence ORDER BY t.sentence;

-- Token kinds of the article.
SELECT kind, count(*) FROM article, geotext_tokens(body) GROUP BY kind ORDER BY kind;

-- idx counts from 1 without gaps; spans are exact, ordered and do not overlap.
SELECT count(*) AS tokens, min(idx) AS first_idx, max(idx) AS last_idx,
       count(DISTINCT idx) AS distinct_idx,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = token) AS spans_exact,
       bool_and(length(token) = upper(span) - lower(span)) AS lengths_match
FROM article, geotext_tokens(body);
SELECT count(*) AS overlaps
FROM (SELECT span, lag(span) OVER (ORDER BY idx) AS prev FROM article, geotext_tokens(body)) s
WHERE prev IS NOT NULL AND (lower(span) < upper(prev) OR prev && span);

-- The compounds and quotation marks of the article, with their spans.
SELECT idx, sentence, token, kind, span
FROM article, geotext_tokens(body)
WHERE token LIKE '%-%' OR kind LIKE 'quote%'
ORDER BY idx;

-- German cases: compounds and apostrophes.
SELECT idx, token, kind, span FROM geotext_tokens(
  'US-Verteidigungsministerium, NATO-Generalsekretär, Indopazifik-Raum, Jean-Pierre; '
  'geht''s, geht’s, die Putin''sche und Putin’sche Politik, Hans'' Frau, Ein- und Ausfuhr, '
  'die U.S.-Regierung, Dipl.-Ing. Meier');

-- Ordinals, dates, numbers and abbreviations keep their period.
SELECT idx, token, kind, span FROM geotext_tokens(
  'Am 11. Januar, am 19.6.2024 um 10:30 Uhr: 3,5 Prozent. Der 3. Versuch z. B. mit Dr. Müller, '
  'u. a. Nr. 5, bzw. ca. 300 in St. Gallen, z.B. so. Es war 2024.');

-- Every quotation mark is a quote token; open or close where the context tells.
SELECT idx, token, kind FROM geotext_tokens(
  '„a“ ‚b‘ »c« «d» "e" ''f'' ”g” ’h’ x " y');

-- URLs and e-mail addresses.
SELECT idx, token, kind, span FROM geotext_tokens(
  'Siehe https://www.tagesschau.de/ausland/nordkorea-101.html. Oder www.nato.int, '
  'Mail an presse@bundesregierung.de!');

-- Spans are int4ranges exactly as PostgreSQL makes them: equal, same binary form and hash as
-- int4range(lower, upper), for short and long texts (bounds with 1 to 4 significant bytes).
SELECT count(*) AS tokens,
       count(*) FILTER (WHERE t.span = int4range(lower(t.span), upper(t.span))
                          AND range_send(t.span) = range_send(int4range(lower(t.span), upper(t.span)))
                          AND hash_range(t.span) = hash_range(int4range(lower(t.span), upper(t.span))))
         AS same_as_int4range,
       max(upper(t.span)) > 65536 AS beyond_two_bytes
FROM geotext_tokens(repeat('Ein Satz in Wien. ', 4000)) t;
