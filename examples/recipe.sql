-- The analyst recipe: a news table, materialized views of who is mentioned
-- and who said what, the indexes they need, and the questions they answer.
--
-- Run by examples/recipe.sh (and `make demo`), which passes
--   -v article=FILE   the example article (read with \set body `cat ...`
--                     from the environment variable GEOTEXT_ARTICLE)
--   -v x=NAME -v y=NAME   the two actors of "articles naming both X and Y"
--   -v dotfile=FILE   where to write the Graphviz graph of the example
-- and feeds a JSON-lines corpus ({"id", "label", "text"} per line, e.g.
-- 10kGNAD) on standard input, or /dev/null for the example alone.
--
-- Everything lives in the schema geotext_recipe, dropped and rebuilt on
-- every run.
\set ON_ERROR_STOP on
\pset footer off
\pset null '∅'
\timing off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geotext;
DROP SCHEMA IF EXISTS geotext_recipe CASCADE;
CREATE SCHEMA geotext_recipe;
SET search_path = geotext_recipe, public;

-- ------------------------------------------------------------------ the news

CREATE TABLE news (
	id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source text NOT NULL,			-- where it comes from
	source_id int,					-- its id there
	category text,					-- the corpus label (10kGNAD: Inland, Web, …)
	body text NOT NULL
);
-- geotext is costly per row (COST 20000–100000): let even a small table use
-- parallel workers (larger ones get them from min_parallel_table_scan_size).
ALTER TABLE news SET (parallel_workers = 2);

\set body `cat "$GEOTEXT_ARTICLE"`
INSERT INTO news (source, body) VALUES ('example', :'body');

-- The corpus comes in on standard input; each line is one JSON document.
-- (CSV with quote and delimiter characters that never occur in JSON reads a
-- line as it is.)
CREATE TEMP TABLE news_raw (doc jsonb);
\copy news_raw (doc) FROM pstdin WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
INSERT INTO news (source, source_id, category, body)
SELECT 'corpus', (doc->>'id')::int, doc->>'label', doc->>'text'
FROM news_raw WHERE coalesce(doc->>'text', '') <> '' ORDER BY (doc->>'id')::int;
DROP TABLE news_raw;
VACUUM ANALYZE news;

\echo
\echo '== The news table'
SELECT source, count(*) AS articles, round(sum(octet_length(body)) / 1e6, 2) AS mb
FROM news GROUP BY source ORDER BY source;

-- --------------------------------------------------------- materialized views

-- One analysis per article: the jsonb document of geotext_extract, stored
-- next to the article. Every other view is derived from it, so a REFRESH of
-- news_doc is the only expensive step. The scan runs in parallel workers:
\echo '== The plan of the one expensive step (geotext_extract per article)'
EXPLAIN (COSTS OFF) SELECT id, geotext_extract(body) FROM news;
\set start `date +%s.%N`
CREATE MATERIALIZED VIEW news_doc AS
SELECT id, geotext_extract(body) AS doc FROM news;
CREATE UNIQUE INDEX ON news_doc (id);

-- Entity mentions, one row per mention (spans as int4range).
CREATE MATERIALIZED VIEW mentions AS
SELECT d.id AS article, e.*
FROM news_doc d,
	 jsonb_to_recordset(d.doc->'entities') AS e(idx int, mention text, canonical text, kind text,
												form text, country text, role text, sentence int,
												span int4range, evidence text);
CREATE UNIQUE INDEX ON mentions (article, idx);
CREATE INDEX ON mentions (canonical, kind);

-- Quotes: article, speaker, cue, quote (and kind, spans).
CREATE MATERIALIZED VIEW quotes AS
SELECT d.id AS article, q.idx, q.speaker, q.speaker_kind, q.cue, q.cue_lemma, q.kind,
	   q.quote, q.span, q.sentence
FROM news_doc d,
	 jsonb_to_recordset(d.doc->'quotes') AS q(idx int, quote text, kind text, speaker text,
											  speaker_kind text, cue text, cue_lemma text,
											  sentence int, span int4range);
CREATE UNIQUE INDEX ON quotes (article, idx);
CREATE INDEX ON quotes (speaker) WHERE speaker IS NOT NULL;

-- Actors per article (as geotext_actors gives them): mentions and quotes.
CREATE MATERIALIZED VIEW article_actors AS
SELECT m.article, m.canonical, m.kind,
	   mode() WITHIN GROUP (ORDER BY m.country) AS country,
	   count(*)::int AS mentions,
	   (SELECT count(*)::int FROM quotes q
		WHERE q.article = m.article AND q.speaker = m.canonical AND q.speaker_kind = m.kind) AS quoted
FROM mentions m
GROUP BY m.article, m.canonical, m.kind;
CREATE UNIQUE INDEX ON article_actors (article, canonical, kind);
CREATE INDEX ON article_actors (canonical, kind);

-- Actors: canonical, kind, country, articles, mentions, quoted.
CREATE MATERIALIZED VIEW actors AS
SELECT canonical, kind, mode() WITHIN GROUP (ORDER BY country) AS country,
	   count(*)::int AS articles, sum(mentions)::int AS mentions, sum(quoted)::int AS quoted
FROM article_actors
GROUP BY canonical, kind;
CREATE UNIQUE INDEX ON actors (canonical, kind);
CREATE INDEX ON actors (country, articles DESC);

-- Actor co-occurrence: pairs of actors named in the same article.
CREATE MATERIALIZED VIEW actor_pairs AS
SELECT a.canonical AS a, a.kind AS a_kind, b.canonical AS b, b.kind AS b_kind,
	   count(*)::int AS articles
FROM article_actors a
JOIN article_actors b ON b.article = a.article AND (a.canonical, a.kind) < (b.canonical, b.kind)
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX ON actor_pairs (a, a_kind, b, b_kind);
CREATE INDEX ON actor_pairs (b, b_kind);
\set stop `date +%s.%N`
SELECT round((:stop - :start)::numeric, 1) AS build_seconds,
	   (SELECT count(*) FROM news_doc) AS documents, (SELECT count(*) FROM mentions) AS mentions,
	   (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM actors) AS actors,
	   (SELECT count(*) FROM actor_pairs) AS pairs \gset v_
\echo '== Materialized views built in' :v_build_seconds 's:' :v_documents 'documents,' :v_mentions 'mentions,' :v_quotes 'quotes,' :v_actors 'actors,' :v_pairs 'actor pairs'

-- REFRESH … CONCURRENTLY keeps the views readable while they are rebuilt;
-- it needs the unique indexes above. Refresh in dependency order, e.g.
-- after new articles arrived or the user gazetteer changed.
\set start `date +%s.%N`
REFRESH MATERIALIZED VIEW CONCURRENTLY news_doc;
REFRESH MATERIALIZED VIEW CONCURRENTLY mentions;
REFRESH MATERIALIZED VIEW CONCURRENTLY quotes;
REFRESH MATERIALIZED VIEW CONCURRENTLY article_actors;
REFRESH MATERIALIZED VIEW CONCURRENTLY actors;
REFRESH MATERIALIZED VIEW CONCURRENTLY actor_pairs;
\set stop `date +%s.%N`
SELECT round((:stop - :start)::numeric, 1) AS s \gset refresh_
\echo '== REFRESH MATERIALIZED VIEW CONCURRENTLY of all six views:' :refresh_s 's'
ANALYZE news_doc, mentions, quotes, article_actors, actors, actor_pairs;

-- ------------------------------------------------------------------ queries

\echo
\echo '== Top actors per country (persons and organisations, by articles)'
SELECT country, rank, canonical, kind, articles, mentions, quoted
FROM (SELECT a.*, rank() OVER (PARTITION BY country ORDER BY articles DESC, mentions DESC, canonical) AS rank,
			 sum(articles) OVER (PARTITION BY country) AS country_articles
	  FROM actors a
	  WHERE country IS NOT NULL AND kind IN ('person', 'organization')) t
WHERE rank <= 3
ORDER BY country_articles DESC, country, rank
LIMIT 24;

\echo '== Most quoted actors (named speakers; role phrases such as "ein Sprecher" left out) and their usual cues'
SELECT q.speaker, q.speaker_kind, count(*) AS quotes, count(DISTINCT q.article) AS articles,
	   (SELECT string_agg(c, ', ') FROM (SELECT cue_lemma AS c FROM quotes q2
										WHERE q2.speaker = q.speaker AND q2.cue_lemma IS NOT NULL
										GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3) top) AS cues
FROM quotes q
WHERE q.speaker IS NOT NULL AND q.speaker_kind <> 'none'
GROUP BY q.speaker, q.speaker_kind
ORDER BY quotes DESC, q.speaker
LIMIT 12;

\echo '== Who is quoted about whom (actors named inside a speaker''s quotes)'
SELECT q.speaker, m.canonical AS about, m.kind, count(*) AS mentions,
	   count(DISTINCT (q.article, q.idx)) AS quotes
FROM quotes q
JOIN mentions m ON m.article = q.article AND m.span <@ q.span
WHERE q.speaker_kind <> 'none' AND m.canonical <> q.speaker
GROUP BY q.speaker, m.canonical, m.kind
ORDER BY quotes DESC, mentions DESC, q.speaker, about
LIMIT 15;

\echo '== Entities inside quotes (e.span <@ q.span): what quoted speech talks about'
SELECT m.canonical, m.kind, count(*) AS in_quotes, count(DISTINCT q.speaker) AS speakers,
	   (array_agg(left(q.quote, 60) ORDER BY q.article, q.idx))[1] AS example
FROM quotes q
JOIN mentions m ON m.article = q.article AND m.span <@ q.span
WHERE q.kind <> 'term'
GROUP BY m.canonical, m.kind
ORDER BY in_quotes DESC, m.canonical
LIMIT 12;

\echo '== Articles naming both' :'x' 'and' :'y'
SELECT n.id, n.source, n.category, ax.mentions AS x_mentions, ay.mentions AS y_mentions,
	   left(regexp_replace(btrim(n.body, E' \n'), '\s+', ' ', 'g'), 70) AS beginning
FROM article_actors ax
JOIN article_actors ay ON ay.article = ax.article AND ay.canonical = :'y'
JOIN news n ON n.id = ax.article
WHERE ax.canonical = :'x'
ORDER BY ax.mentions + ay.mentions DESC, n.id
LIMIT 8;

\echo '== Actors most often named together'
SELECT a, b, articles FROM actor_pairs ORDER BY articles DESC, a, b LIMIT 10;

-- ------------------------------------------------------------ the picture

-- The example article as a graph: its actors (shape and colour by kind,
-- label with the number of mentions) and who quotes whom: an edge from a
-- speaker to every actor named inside the speaker's quotes, labelled with
-- the reporting verbs. Written as DOT by SQL; examples/recipe.sh renders it.
\pset format unaligned
\pset tuples_only on
WITH art AS (SELECT id FROM news WHERE source = 'example' ORDER BY id LIMIT 1),
nodes AS (
	SELECT a.canonical, a.kind, a.mentions, a.quoted
	FROM article_actors a JOIN art ON a.article = art.id
	UNION
	-- speakers that are no entity of the article (role phrases)
	SELECT q.speaker, coalesce(q.speaker_kind, 'none'), 0, count(*)::int
	FROM quotes q JOIN art ON q.article = art.id
	WHERE q.speaker IS NOT NULL
	  AND NOT EXISTS (SELECT FROM article_actors a
					  WHERE a.article = art.id AND a.canonical = q.speaker)
	GROUP BY q.speaker, q.speaker_kind),
edges AS (
	SELECT q.speaker, m.canonical AS about, string_agg(DISTINCT q.cue_lemma, ', ') AS cues,
		   count(DISTINCT q.idx) AS quotes
	FROM quotes q JOIN art ON q.article = art.id
	JOIN mentions m ON m.article = q.article AND m.span <@ q.span
	WHERE q.speaker IS NOT NULL AND m.canonical <> q.speaker
	GROUP BY q.speaker, m.canonical),
title AS (
	SELECT split_part(btrim(n.body, E' \n'), E'\n', 1) AS t FROM news n JOIN art ON n.id = art.id)
SELECT concat_ws(E'\n',
	'digraph geotext {',
	'  graph [rankdir=LR, fontname="Helvetica", fontsize=18, labelloc=t, pad=0.3, nodesep=0.25, ranksep=1.1, label="'
		|| replace((SELECT t FROM title), '"', '\"')
		|| E'\\nactors (mentions · quoted) and who quotes whom: speaker → actor named in the quote\\n'
		|| E'ellipse person · box organisation · hexagon country · house place"];',
	'  node [fontname="Helvetica", fontsize=13, style=filled, penwidth=1.2];',
	'  edge [fontname="Helvetica", fontsize=11, color="#555555", fontcolor="#333333"];',
	(SELECT string_agg(format('  "%s" [label="%s\n%s%s", shape=%s, fillcolor="%s"%s];',
							  replace(canonical, '"', '\"'), replace(canonical, '"', '\"'),
							  CASE WHEN mentions > 0 THEN mentions || '×' ELSE kind END,
							  CASE WHEN quoted > 0 THEN ' · quoted ' || quoted ELSE '' END,
							  CASE kind WHEN 'person' THEN 'ellipse' WHEN 'organization' THEN 'box'
										WHEN 'country' THEN 'hexagon' WHEN 'place' THEN 'house'
										ELSE 'note' END,
							  CASE kind WHEN 'person' THEN '#cfe2f3' WHEN 'organization' THEN '#fff2cc'
										WHEN 'country' THEN '#d9ead3' WHEN 'place' THEN '#f4cccc'
										ELSE '#eeeeee' END,
							  CASE WHEN quoted > 0 THEN ', penwidth=2.5' ELSE '' END),
					   E'\n' ORDER BY kind, canonical) FROM nodes),
	(SELECT string_agg(format('  "%s" -> "%s" [label="%s", penwidth=%s];',
							  replace(speaker, '"', '\"'), replace(about, '"', '\"'), cues,
							  1 + quotes), E'\n' ORDER BY speaker, about) FROM edges),
	'}')
\g :dotfile
\pset format aligned
\pset tuples_only off
\echo '== Graph of the example article written to' :'dotfile'
