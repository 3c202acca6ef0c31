-- What users built over 0.1.0 survives ALTER EXTENSION geotext UPDATE (to
-- 0.2.0, 0.3.0 and on to the default version): the README recipe's materialized views (over
-- geotext_extract) and views straight over geotext_entities, geotext_quotes
-- and geotext_actors stay, give the same rows and refresh; the new
-- geotext_entities has the confidence column, the new geotext_quotes
-- speaker_evidence and confidence.
SET client_min_messages = warning;
DROP EXTENSION geotext;
CREATE EXTENSION geotext VERSION '0.1.0';

CREATE TABLE news (id int PRIMARY KEY, body text);
INSERT INTO news VALUES
  (1, 'Bundeskanzler Olaf Scholz traf in Berlin den französischen Präsidenten Emmanuel Macron. "Wir stehen zusammen", sagte Scholz.'),
  (2, 'Die Europäische Zentralbank in Frankfurt hob die Zinsen an, teilte EZB-Präsidentin Christine Lagarde mit.');

-- the recipe's views: one analysis per article, then rows from its jsonb
CREATE MATERIALIZED VIEW news_doc AS SELECT id, geotext_extract(body) AS doc FROM news;
CREATE UNIQUE INDEX ON news_doc (id);
CREATE MATERIALIZED VIEW mentions AS
SELECT d.id AS article, e.*
FROM news_doc d,
     jsonb_to_recordset(d.doc->'entities') AS e(idx int, mention text, canonical text, kind text,
                                                form text, country text, role text, sentence int,
                                                span int4range, evidence text);
CREATE UNIQUE INDEX ON mentions (article, idx);
-- views straight over the row functions, as the README's first example queries them
CREATE MATERIALIZED VIEW entity_rows AS
SELECT a.id, e.* FROM news a, LATERAL geotext_entities(a.body) e;
CREATE UNIQUE INDEX ON entity_rows (id, idx);
CREATE VIEW entity_names AS
SELECT a.id, e.canonical, e.kind, e.country FROM news a, LATERAL geotext_entities(a.body) e;
CREATE MATERIALIZED VIEW actor_rows AS
SELECT a.id, x.* FROM news a, LATERAL geotext_actors(a.body) x;
CREATE MATERIALIZED VIEW quote_rows AS
SELECT a.id, q.* FROM news a, LATERAL geotext_quotes(a.body) q;
CREATE UNIQUE INDEX ON quote_rows (id, idx);

CREATE TEMP TABLE before AS
SELECT 'mentions' AS v, count(*) AS n, md5(string_agg(m::text, '|' ORDER BY article, idx)) AS rows FROM mentions m
UNION ALL SELECT 'entity_rows', count(*), md5(string_agg(e::text, '|' ORDER BY id, idx)) FROM entity_rows e
UNION ALL SELECT 'entity_names', count(*), md5(string_agg(e::text, '|' ORDER BY e::text)) FROM entity_names e
UNION ALL SELECT 'actor_rows', count(*), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM actor_rows x
UNION ALL SELECT 'quote_rows', count(*), md5(string_agg(q::text, '|' ORDER BY id, idx)) FROM quote_rows q;

ALTER EXTENSION geotext UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'geotext';

-- the views are all there, refresh, and give the same rows as before
REFRESH MATERIALIZED VIEW CONCURRENTLY news_doc;
REFRESH MATERIALIZED VIEW CONCURRENTLY mentions;
REFRESH MATERIALIZED VIEW CONCURRENTLY entity_rows;
REFRESH MATERIALIZED VIEW actor_rows;
REFRESH MATERIALIZED VIEW CONCURRENTLY quote_rows;
SELECT b.v, b.n > 0 AS has_rows, a.n = b.n AND a.rows = b.rows AS same_rows
FROM before b JOIN (
  SELECT 'mentions' AS v, count(*) AS n, md5(string_agg(m::text, '|' ORDER BY article, idx)) AS rows FROM mentions m
  UNION ALL SELECT 'entity_rows', count(*), md5(string_agg(e::text, '|' ORDER BY id, idx)) FROM entity_rows e
  UNION ALL SELECT 'entity_names', count(*), md5(string_agg(e::text, '|' ORDER BY e::text)) FROM entity_names e
  UNION ALL SELECT 'actor_rows', count(*), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM actor_rows x
  UNION ALL SELECT 'quote_rows', count(*), md5(string_agg(q::text, '|' ORDER BY id, idx)) FROM quote_rows q
) a USING (v) ORDER BY b.v;

-- the views over geotext_entities now call 0.1.0's row shape by its new name
SELECT c.relname, pg_get_viewdef(c.oid) LIKE '%geotext_entities_v01(%' AS calls_v01
FROM pg_class c WHERE c.relname IN ('entity_rows', 'entity_names') ORDER BY 1;

-- the view over geotext_quotes calls 0.2.0's row shape by its new name
SELECT c.relname, pg_get_viewdef(c.oid) LIKE '%geotext_quotes_v02(%' AS calls_v02
FROM pg_class c WHERE c.relname = 'quote_rows';

-- new queries get the quotes' speaker_evidence and confidence, with the same rows otherwise
SELECT count(*) AS rows, bool_and(confidence BETWEEN 0 AND 1) AS confidence_in_range,
       count(speaker_evidence) AS with_speaker_evidence
FROM news a, LATERAL geotext_quotes(a.body) q;
SELECT count(*) AS differing_rows FROM (
  SELECT a.id, q.idx, q.quote, q.kind, q.speaker, q.speaker_kind, q.speaker_mention, q.cue, q.cue_lemma,
         q.sentence, q.span, q.speaker_span, q.cue_span, q.evidence
  FROM news a, LATERAL geotext_quotes(a.body) q
  EXCEPT
  SELECT * FROM quote_rows) d;

-- new queries get the confidence column, with the same rows otherwise
SELECT count(*) AS rows, bool_and(confidence BETWEEN 0 AND 1) AS confidence_in_range
FROM news a, LATERAL geotext_entities(a.body) e;
SELECT count(*) AS differing_rows FROM (
  SELECT a.id, e.idx, e.mention, e.canonical, e.kind, e.form, e.country, e.role, e.sentence, e.span, e.evidence
  FROM news a, LATERAL geotext_entities(a.body) e
  EXCEPT
  SELECT * FROM entity_rows) d;
SELECT count(*) AS entities_with_confidence
FROM news_doc d, jsonb_array_elements(d.doc->'entities') x WHERE x ? 'confidence';

-- users migrate a view at their pace: the new function, by name
CREATE OR REPLACE VIEW entity_names AS
SELECT a.id, e.canonical, e.kind, e.country FROM news a, LATERAL geotext_entities(a.body) e;
SELECT count(*) > 0 AS migrated FROM entity_names;

DROP VIEW entity_names;
DROP MATERIALIZED VIEW quote_rows, actor_rows, entity_rows, mentions, news_doc;
DROP TABLE news;
DROP EXTENSION geotext;
CREATE EXTENSION geotext;
