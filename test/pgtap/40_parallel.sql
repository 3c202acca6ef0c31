-- pgTAP: parallel query. Every extraction function is PARALLEL SAFE with a
-- realistic COST, so a LATERAL scan of a news table runs them below a Gather
-- in parallel workers; the parallel result equals the serial one, with the
-- user gazetteer read in the workers too.
\set body `cat examples/nordkorea-russland.txt`
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS geotext;
SELECT plan(16);

-- A plain table (parallel workers cannot read temporary tables) of a few
-- hundred generated articles: sentences of the example article in rotating
-- order, plus a sentence with varying persons, places and a quote.
CREATE TABLE par_news (id int PRIMARY KEY, body text NOT NULL);
CREATE TEMP TABLE par_sentences AS
SELECT s.sentence AS n, s.sentence_text AS s FROM geotext_sentences(:'body') s;
INSERT INTO par_news
SELECT i,
       format('%s %s traf in %s den Außenminister. „Wir müssen über %s reden“, sagte %s. ',
              (ARRAY['Bundeskanzler', 'Außenministerin', 'Gouverneur', 'Sprecherin'])[1 + i % 4],
              (ARRAY['Olaf Scholz', 'Annalena Baerbock', 'Anton Zhukarev', 'Marjatta Koskinen', 'Emmanuel Macron'])[1 + i % 5],
              (ARRAY['Kiew', 'Paris', 'Warschau', 'Peking', 'Tschajkowo', 'Bad Aibling'])[1 + i % 6],
              (ARRAY['Russland', 'die Ukraine', 'Nordkorea', 'die NATO'])[1 + i % 4],
              (ARRAY['Scholz', 'Baerbock', 'Zhukarev', 'Koskinen', 'Macron'])[1 + i % 5])
       || (SELECT string_agg(s, E'\n' ORDER BY (n + i) % 17, n)
           FROM par_sentences WHERE (n + i) % 3 <> 0)
FROM generate_series(1, 300) i;
ANALYZE par_news;

-- A user gazetteer row: the workers must build the same gazetteer (this
-- transaction's uncommitted row included) as the leader.
INSERT INTO geotext_gazetteer (name, canonical, kind, country, role)
VALUES ('Zhukarev', 'Anton Zhukarev', 'person', 'RU', 'Gouverneur');

SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
           JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'geotext'
           WHERE p.proname IN ('geotext_tokens', 'geotext_sentences', 'geotext_entities',
                               'geotext_actors', 'geotext_quotes', 'geotext_extract')
             AND p.proparallel = 's' AND p.procost >= 1000), 6,
          'the six extraction functions are PARALLEL SAFE with COST >= 1000');

-- The plan of a query as JSON (EXPLAIN without ANALYZE unless asked).
CREATE FUNCTION pg_temp.plan_of(query text, run boolean DEFAULT false) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
	plan jsonb;
BEGIN
	EXECUTE format('EXPLAIN (FORMAT JSON, COSTS OFF, VERBOSE%s) %s',
	               CASE WHEN run THEN ', ANALYZE, TIMING OFF' END, query) INTO plan;
	RETURN plan;
END
$$;

-- Does the plan have a Function Scan of fn below a Gather?
CREATE FUNCTION pg_temp.runs_below_gather(plan jsonb, fn text) RETURNS boolean
LANGUAGE sql AS $$
	SELECT EXISTS (
		SELECT FROM jsonb_path_query(plan, 'strict $.**') g
		WHERE g->>'Node Type' IN ('Gather', 'Gather Merge')
		  AND jsonb_path_exists(g, 'strict $.**."Function Name" ? (@ == $fn)',
		                        jsonb_build_object('fn', fn)))
$$;

-- With the default parallel_setup_cost and parallel_tuple_cost, the COST of
-- geotext_extract alone makes the planner choose the parallel plan, where a
-- cheap expression stays serial. (The table is small: parallel_workers lifts
-- min_parallel_table_scan_size. PostgreSQL charges a LATERAL function's cost
-- once per nested loop, not per outer row, so for geotext_entities it is the
-- table size that decides; the settings below force the plan.)
ALTER TABLE par_news SET (parallel_workers = 2);
SELECT ok(pg_temp.plan_of('SELECT n.id, geotext_extract(n.body) FROM par_news n')
          @? '$.** ? (@."Node Type" == "Gather")',
  'default parallel costs: geotext_extract over 300 articles is planned in parallel');
SELECT ok(NOT (pg_temp.plan_of('SELECT n.id, length(n.body) FROM par_news n')
               @? '$.** ? (@."Node Type" == "Gather")'),
  'default parallel costs: length(body) over the same table stays serial');

SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;

SELECT ok(pg_temp.runs_below_gather(pg_temp.plan_of(
  'SELECT n.id, e.* FROM par_news n, LATERAL geotext_entities(n.body) e'), 'geotext_entities'),
  'geotext_entities runs below Gather');
SELECT ok(pg_temp.runs_below_gather(pg_temp.plan_of(
  'SELECT n.id, q.* FROM par_news n, LATERAL geotext_quotes(n.body) q'), 'geotext_quotes'),
  'geotext_quotes runs below Gather');
SELECT ok(pg_temp.runs_below_gather(pg_temp.plan_of(
  'SELECT a.canonical, count(*) FROM par_news n, LATERAL geotext_actors(n.body) a GROUP BY 1'),
  'geotext_actors'),
  'geotext_actors runs below Gather (partial aggregate)');
SELECT ok(pg_temp.runs_below_gather(pg_temp.plan_of(
  'SELECT n.id, t.* FROM par_news n, LATERAL geotext_tokens(n.body) t'), 'geotext_tokens'),
  'geotext_tokens runs below Gather');
SELECT ok(pg_temp.plan_of('SELECT n.id, geotext_extract(n.body) FROM par_news n')
          @? '$.** ? (@."Node Type" == "Gather").Plans[*] ? (@."Parallel Aware" == true).Output[*] ? (@ like_regex "geotext_extract")',
  'geotext_extract is computed by the parallel scan below Gather');

-- The workers really run (leader participation off: they do all the work).
SET LOCAL parallel_leader_participation = off;
SELECT cmp_ok((pg_temp.plan_of('SELECT count(*) FROM par_news n, LATERAL geotext_entities(n.body) e', true)
               #>> '{0,Plan,Plans,0,Workers Launched}')::int, '>=', 1,
              'parallel workers are launched for geotext_entities');

CREATE TEMP TABLE par_entities AS SELECT n.id, e.* FROM par_news n, LATERAL geotext_entities(n.body) e;
CREATE TEMP TABLE par_quotes AS SELECT n.id, q.* FROM par_news n, LATERAL geotext_quotes(n.body) q;
CREATE TEMP TABLE par_extract AS SELECT n.id, geotext_extract(n.body) AS doc FROM par_news n;

-- Serial: the same queries without parallel query.
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT ok(NOT pg_temp.runs_below_gather(pg_temp.plan_of(
  'SELECT n.id, e.* FROM par_news n, LATERAL geotext_entities(n.body) e'), 'geotext_entities'),
  'serial plan has no Gather');
CREATE TEMP TABLE ser_entities AS SELECT n.id, e.* FROM par_news n, LATERAL geotext_entities(n.body) e;
CREATE TEMP TABLE ser_quotes AS SELECT n.id, q.* FROM par_news n, LATERAL geotext_quotes(n.body) q;
CREATE TEMP TABLE ser_extract AS SELECT n.id, geotext_extract(n.body) AS doc FROM par_news n;

SELECT cmp_ok((SELECT count(*)::int FROM ser_entities), '>', 3000, 'a few thousand entity rows');
SELECT ok(EXISTS (SELECT FROM par_entities WHERE evidence = 'user:person' AND canonical = 'Anton Zhukarev'),
          'the workers used the user gazetteer');
SELECT is_empty('SELECT * FROM par_entities EXCEPT ALL SELECT * FROM ser_entities',
                'parallel entities ⊆ serial entities (EXCEPT ALL)');
SELECT is_empty('SELECT * FROM ser_entities EXCEPT ALL SELECT * FROM par_entities',
                'serial entities ⊆ parallel entities (EXCEPT ALL)');
SELECT is_empty('(SELECT * FROM par_quotes EXCEPT ALL SELECT * FROM ser_quotes)
                 UNION ALL (SELECT * FROM ser_quotes EXCEPT ALL SELECT * FROM par_quotes)',
                'parallel quotes = serial quotes');
SELECT is_empty('(SELECT * FROM par_extract EXCEPT ALL SELECT * FROM ser_extract)
                 UNION ALL (SELECT * FROM ser_extract EXCEPT ALL SELECT * FROM par_extract)',
                'parallel geotext_extract = serial geotext_extract');

SELECT * FROM finish();
ROLLBACK;
