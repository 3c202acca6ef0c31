-- geotext_extract: the entities and quotes of a text as one jsonb document.
-- The example article (examples/nordkorea-russland.txt) is read by psql from
-- the repository root, where pg_regress runs.
\set body `cat examples/nordkorea-russland.txt`
CREATE TEMP TABLE article AS SELECT :'body'::text AS body;

-- Declared like geotext_entities: STABLE (the user gazetteer), STRICT,
-- PARALLEL SAFE, returning jsonb.
SELECT provolatile, proisstrict, proparallel, prorettype::regtype
FROM pg_proc WHERE oid = 'geotext_extract(text)'::regprocedure;

-- A short text, in full: every column of geotext_entities and
-- geotext_quotes per item, SQL NULL as JSON null, spans as int4range text.
SELECT jsonb_pretty(geotext_extract(
  'NATO-Generalsekretär Jens Stoltenberg traf in Kiew den ukrainischen Präsidenten. '
  '„Wir stehen an Ihrer Seite“, sagte Stoltenberg.'));

-- The document of the example article: its keys, version and item counts.
SELECT array_agg(k ORDER BY k) AS keys FROM article, jsonb_object_keys(geotext_extract(body)) k;
SELECT d->>'geotext' = (SELECT extversion FROM pg_extension WHERE extname = 'geotext') AS version_ok,
       jsonb_array_length(d->'entities') AS entities,
       jsonb_array_length(d->'quotes') AS quotes
FROM article, geotext_extract(body) d;

-- The first entity and the direct quote of Pat Ryder, as stored (the quote
-- shortened here).
SELECT jsonb_pretty(d->'entities'->0) FROM article, geotext_extract(body) d;
SELECT jsonb_pretty(q || jsonb_build_object('quote', left(q->>'quote', 35) || '…')) FROM article, geotext_extract(body) d, jsonb_array_elements(d->'quotes') q
WHERE q->>'kind' = 'direct' AND q->>'speaker' = 'Pat Ryder';

-- jsonb_to_recordset gives back exactly the rows of geotext_entities and
-- geotext_quotes (EXCEPT ALL in both directions is empty).
CREATE TEMP TABLE doc_entities AS
SELECT e.* FROM article, geotext_extract(body) d,
  jsonb_to_recordset(d->'entities') AS e(idx int, mention text, canonical text, kind text, form text,
                                         country text, role text, sentence int, span int4range,
                                         evidence text, confidence real);
CREATE TEMP TABLE doc_quotes AS
SELECT q.* FROM article, geotext_extract(body) d,
  jsonb_to_recordset(d->'quotes') AS q(idx int, quote text, kind text, speaker text, speaker_kind text,
                                       speaker_mention text, cue text, cue_lemma text, sentence int,
                                       span int4range, speaker_span int4range, cue_span int4range,
                                       evidence text, speaker_evidence text, confidence real);
SELECT (SELECT count(*) FROM doc_entities) AS entities,
       (SELECT count(*) FROM (SELECT * FROM doc_entities EXCEPT ALL
                              SELECT e.* FROM article, geotext_entities(body) e) x) AS only_in_doc,
       (SELECT count(*) FROM (SELECT e.* FROM article, geotext_entities(body) e EXCEPT ALL
                              SELECT * FROM doc_entities) x) AS only_in_srf;
SELECT (SELECT count(*) FROM doc_quotes) AS quotes,
       (SELECT count(*) FROM (SELECT * FROM doc_quotes EXCEPT ALL
                              SELECT q.* FROM article, geotext_quotes(body) q) x) AS only_in_doc,
       (SELECT count(*) FROM (SELECT q.* FROM article, geotext_quotes(body) q EXCEPT ALL
                              SELECT * FROM doc_quotes) x) AS only_in_srf;

-- Spans from the document point at the text.
SELECT bool_and(substr(body, lower(e.span), upper(e.span) - lower(e.span)) = e.mention) AS entity_spans_ok
FROM article, doc_entities e;
SELECT bool_and(substr(body, lower(q.span), upper(q.span) - lower(q.span)) = q.quote) AS quote_spans_ok
FROM article, doc_quotes q;

-- Who is quoted, straight from the document.
SELECT q->>'speaker' AS speaker, count(*) AS quotes
FROM article, geotext_extract(body) d, jsonb_array_elements(d->'quotes') q
WHERE q->>'speaker' IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC, 1;

-- Empty or blank text gives empty arrays; NULL gives NULL (STRICT).
SELECT geotext_extract('');
SELECT geotext_extract('   ');
SELECT geotext_extract(NULL) IS NULL AS is_null;
