-- Security: no SECURITY DEFINER function; every object the extension's
-- objects use lives in pg_catalog or the extension schema; the extension
-- works from a schema that is not on search_path, and a malicious
-- search_path with objects shadowing built-ins (evil first, pg_catalog
-- after it) changes neither the install script nor the results; an
-- ordinary role cannot alter the gazetteer's table or trigger, nor shadow
-- the gazetteer with a temporary table of the same name. (INSERT, UPDATE,
-- DELETE and TRUNCATE by an ordinary role are in 10_lexicon.sql.)
-- Everything is rolled back.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS geotext;

SELECT plan(24);

-- ------------------------------------------------------ reference results
CREATE TEMP TABLE sample (body text);
INSERT INTO sample VALUES ('NATO-Generalsekretär Jens Stoltenberg traf in Kiew den ukrainischen '
	'Präsidenten. „Wir stehen an Ihrer Seite“, sagte Stoltenberg. Laut Kreml sei das falsch.');

-- One line per function: its rows, in order, as text. Every name in it is
-- qualified, and it runs under the caller's search_path.
CREATE FUNCTION pg_temp.digest(schema_name text)
RETURNS TABLE (f text, rows text)
LANGUAGE plpgsql AS $$
DECLARE
	body text := (SELECT s.body FROM pg_temp.sample s);
BEGIN
	RETURN QUERY EXECUTE pg_catalog.format(
		'SELECT ''tokens'', pg_catalog.string_agg(t::text, '';'' ORDER BY t.idx) FROM %1$I.geotext_tokens($1) t
		 UNION ALL
		 SELECT ''entities'', pg_catalog.string_agg(e::text, '';'' ORDER BY e.idx) FROM %1$I.geotext_entities($1) e
		 UNION ALL
		 SELECT ''quotes'', pg_catalog.string_agg(q::text, '';'' ORDER BY q.idx) FROM %1$I.geotext_quotes($1) q
		 UNION ALL
		 SELECT ''actors'', pg_catalog.string_agg(a::text, '';'' ORDER BY a.first_span) FROM %1$I.geotext_actors($1) a
		 UNION ALL
		 SELECT ''lookup'', pg_catalog.string_agg(l::text, '';'' ORDER BY l::text) FROM %1$I.geotext_lookup(''Kreml'') l',
		schema_name) USING body;
END
$$;

CREATE TEMP TABLE ref AS
SELECT * FROM pg_temp.digest((SELECT n.nspname::text FROM pg_extension e
							  JOIN pg_namespace n ON n.oid = e.extnamespace
							  WHERE e.extname = 'geotext'));

SELECT is((SELECT count(*) FROM ref WHERE rows IS NOT NULL), 5::bigint,
		  'reference results of all five functions');

-- ------------------------------------------------------ catalog checks
CREATE FUNCTION pg_temp.ext_procs()
RETURNS SETOF oid LANGUAGE sql AS $$
	SELECT d.objid FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
	WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass
	  AND d.deptype = 'e' AND e.extname = 'geotext'
$$;

SELECT ok((SELECT count(*) FROM pg_temp.ext_procs()) >= 7, 'the extension owns its functions');
SELECT is((SELECT count(*) FROM pg_proc WHERE oid IN (SELECT pg_temp.ext_procs()) AND prosecdef),
		  0::bigint, 'no SECURITY DEFINER function');
SELECT is((SELECT count(*) FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
		   WHERE p.oid IN (SELECT pg_temp.ext_procs()) AND l.lanname <> 'c'
			 AND NOT coalesce(p.proconfig::text LIKE '%search_path=%', false)),
		  0::bigint, 'every function is C, or pins its search_path');

-- Everything the extension's objects (functions, table, its constraints,
-- defaults and trigger) refer to is in pg_catalog or the extension schema.
SELECT is((
	WITH ext AS (SELECT oid, extnamespace FROM pg_extension WHERE extname = 'geotext'),
	members AS (SELECT d.classid, d.objid FROM pg_depend d, ext
				WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
	tables AS (SELECT objid FROM members WHERE classid = 'pg_class'::regclass),
	objs AS (SELECT classid, objid FROM members
			 UNION ALL SELECT 'pg_constraint'::regclass, c.oid FROM pg_constraint c JOIN tables t ON c.conrelid = t.objid
			 UNION ALL SELECT 'pg_attrdef'::regclass, a.oid FROM pg_attrdef a JOIN tables t ON a.adrelid = t.objid
			 UNION ALL SELECT 'pg_trigger'::regclass, g.oid FROM pg_trigger g JOIN tables t ON g.tgrelid = t.objid),
	refs AS (SELECT d.refclassid, d.refobjid FROM pg_depend d JOIN objs o ON o.classid = d.classid AND o.objid = d.objid)
	SELECT count(*) FROM refs r
	LEFT JOIN pg_proc p ON r.refclassid = 'pg_proc'::regclass AND p.oid = r.refobjid
	LEFT JOIN pg_operator o ON r.refclassid = 'pg_operator'::regclass AND o.oid = r.refobjid
	LEFT JOIN pg_type t ON r.refclassid = 'pg_type'::regclass AND t.oid = r.refobjid
	LEFT JOIN pg_collation c ON r.refclassid = 'pg_collation'::regclass AND c.oid = r.refobjid
	WHERE coalesce(p.pronamespace, o.oprnamespace, t.typnamespace, c.collnamespace)
		  NOT IN ('pg_catalog'::regnamespace, (SELECT extnamespace FROM ext))),
	0::bigint, 'every function, operator, type and collation used lives in pg_catalog or the extension schema');

SELECT ok((SELECT count(*) FROM pg_constraint c
		   JOIN pg_class r ON r.oid = c.conrelid AND r.relname = 'geotext_gazetteer'
		   WHERE c.contype = 'c') >= 4, 'the gazetteer has its CHECK constraints');

-- ------------------------------------------------------ a malicious search_path
-- Objects named like the built-ins the install script and the functions
-- use, in a schema put before pg_catalog.
CREATE SCHEMA geotext_evil;
CREATE FUNCTION geotext_evil.btrim(text) RETURNS text LANGUAGE sql AS $$ SELECT 'evil'::pg_catalog.text $$;
CREATE FUNCTION geotext_evil.length(text) RETURNS int LANGUAGE sql AS $$ SELECT 0 $$;
CREATE FUNCTION geotext_evil.now() RETURNS timestamptz LANGUAGE sql AS $$ SELECT '1970-01-01'::pg_catalog.timestamptz $$;
CREATE FUNCTION geotext_evil.int4range(int, int) RETURNS int4range LANGUAGE sql AS $$ SELECT 'empty'::pg_catalog.int4range $$;
CREATE FUNCTION geotext_evil.always(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR geotext_evil.~ (LEFTARG = text, RIGHTARG = text, FUNCTION = geotext_evil.always);
CREATE OPERATOR geotext_evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = geotext_evil.always);
CREATE OPERATOR geotext_evil.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = geotext_evil.always);
CREATE TABLE geotext_evil.geotext_gazetteer (name text, canonical text, kind text, form text,
	country text, gender text, role text, suppress boolean, id int);
INSERT INTO geotext_evil.geotext_gazetteer VALUES ('Kiew', 'Evil', 'person', 'name', 'ZZ', NULL, NULL, false, 1);

-- Reinstall in a schema that will not be on search_path, with the evil
-- schema first on the caller's path.
CREATE SCHEMA geotext_hidden;
SET LOCAL search_path = geotext_evil, pg_catalog, public;
DROP EXTENSION geotext;
CREATE EXTENSION geotext SCHEMA geotext_hidden;
CREATE TEMP TABLE evil_run AS SELECT * FROM pg_temp.digest('geotext_hidden');
-- the CHECK constraints still use the built-in operators
CREATE TEMP TABLE evil_check (state text);
DO $$
BEGIN
	INSERT INTO geotext_hidden.geotext_gazetteer (name, canonical, kind, country)
	VALUES ('Blumenwald', 'Blumenwald', 'place', 'zz');
	INSERT INTO pg_temp.evil_check VALUES ('inserted');
EXCEPTION WHEN check_violation THEN
	INSERT INTO pg_temp.evil_check VALUES (SQLSTATE);
END
$$;
DO $$
BEGIN
	INSERT INTO geotext_hidden.geotext_gazetteer (name, canonical, kind) VALUES ('  ', 'x', 'place');
	INSERT INTO pg_temp.evil_check VALUES ('inserted');
EXCEPTION WHEN check_violation THEN
	INSERT INTO pg_temp.evil_check VALUES (SQLSTATE);
END
$$;
WITH r AS (INSERT INTO geotext_hidden.geotext_gazetteer (name, canonical, kind, country)
		   VALUES ('Blumenwald', 'Blumenwald (Ort)', 'place', 'DE') RETURNING created_at)
INSERT INTO pg_temp.evil_check SELECT 'created_at ' || (created_at > '2000-01-01')::text FROM r;
-- only pg_catalog on the path: the gazetteer is still found
SET LOCAL search_path = pg_catalog;
CREATE TEMP TABLE hidden_run AS
SELECT e.canonical, e.evidence FROM geotext_hidden.geotext_entities('Er wohnt in Blumenwald und Kiew.') e;
RESET search_path;

SELECT results_eq($$SELECT f, rows FROM evil_run ORDER BY f$$, $$SELECT f, rows FROM ref ORDER BY f$$,
				  'a malicious search_path changes no result of any function');
SELECT is((SELECT count(*) FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'geotext'
		   WHERE d.deptype = 'e' AND d.classid = 'pg_proc'::regclass
			 AND d.objid IN (SELECT oid FROM pg_proc WHERE pronamespace = 'geotext_evil'::regnamespace)),
		  0::bigint, 'the install script created nothing in the caller''s schema');
SELECT is((SELECT count(*) FROM pg_proc WHERE oid IN (SELECT pg_temp.ext_procs())
		   AND pronamespace <> 'geotext_hidden'::regnamespace), 0::bigint,
		  'all functions were created in the extension schema');
SELECT is((SELECT string_agg(state, ',' ORDER BY state) FROM evil_check),
		  '23514,23514,created_at true',
		  'CHECK constraints and defaults use the built-ins, not the shadowing objects');
SELECT set_eq($$SELECT canonical, evidence FROM hidden_run$$,
			  $$VALUES ('Blumenwald (Ort)', 'user:place'), ('Kiew', 'lexicon:place')$$,
			  'with only pg_catalog on the path: the extension''s gazetteer is used, the shadowing table is not');
SELECT is((SELECT count(*) FROM geotext_hidden.geotext_entities('Kiew') WHERE canonical = 'Evil'), 0::bigint,
		  'a table named geotext_gazetteer elsewhere is never read');

-- ------------------------------------------------------ an ordinary role
CREATE ROLE geotext_sec_user NOLOGIN;
GRANT USAGE ON SCHEMA geotext_hidden TO geotext_sec_user;
GRANT USAGE ON SCHEMA geotext_evil TO geotext_sec_user;
SET LOCAL ROLE geotext_sec_user;
SELECT throws_ok($$ALTER TABLE geotext_hidden.geotext_gazetteer DISABLE TRIGGER geotext_gazetteer_changed$$,
				 '42501', NULL, 'an ordinary role cannot disable the invalidation trigger');
SELECT throws_ok($$CREATE TRIGGER t BEFORE INSERT ON geotext_hidden.geotext_gazetteer
				  FOR EACH ROW EXECUTE FUNCTION geotext_hidden.geotext_gazetteer_changed()$$,
				 '42501', NULL, 'an ordinary role cannot add a trigger to the gazetteer');
SELECT throws_ok($$ALTER TABLE geotext_hidden.geotext_gazetteer DROP CONSTRAINT geotext_gazetteer_kind_check$$,
				 '42501', NULL, 'an ordinary role cannot drop the gazetteer''s constraints');
SELECT throws_ok($$CREATE FUNCTION geotext_hidden.geotext_entities(int) RETURNS int LANGUAGE sql AS 'SELECT 1'$$,
				 '42501', NULL, 'an ordinary role cannot create objects in the extension schema');
SELECT throws_ok($$CREATE OR REPLACE FUNCTION geotext_hidden.geotext_tokens(body text)
				  RETURNS TABLE (idx int, sentence int, token text, kind text, span int4range)
				  LANGUAGE sql AS 'SELECT 1, 1, ''x'', ''word'', NULL::int4range'$$,
				 '42501', NULL, 'an ordinary role cannot replace a function of the extension');
-- A temporary table of the same name, first on the path, is never read.
CREATE TEMP TABLE geotext_gazetteer (name text, canonical text, kind text, form text,
	country text, gender text, role text, suppress boolean, id int);
INSERT INTO pg_temp.geotext_gazetteer VALUES ('Kiew', 'Evil', 'person', 'name', 'ZZ', NULL, NULL, false, 1);
SET LOCAL search_path = pg_temp, geotext_evil, geotext_hidden, public;
SELECT is((SELECT count(*) FROM geotext_hidden.geotext_entities('Er wohnt in Kiew.') WHERE canonical = 'Kiew'),
		  1::bigint, 'an ordinary role''s temporary geotext_gazetteer changes nothing');
RESET search_path;
RESET ROLE;

-- ------------------------------------------------------ IMMUTABLE functions read no table
-- Tokens, sentences and to_tsvector with geotext_german are IMMUTABLE: they
-- never read the gazetteer, so a role that may not read it can call them
-- (and they never wait behind a lock on it); the STABLE ones need it.
REVOKE SELECT ON geotext_hidden.geotext_gazetteer FROM PUBLIC;
SET LOCAL ROLE geotext_sec_user;
SELECT lives_ok($$SELECT count(*) FROM geotext_hidden.geotext_tokens('Angela Merkel sprach in Berlin.')$$,
				'geotext_tokens works for a role that may not read the gazetteer');
SELECT lives_ok($$SELECT count(*) FROM geotext_hidden.geotext_sentences('Angela Merkel sprach. Dann ging sie.')$$,
				'geotext_sentences works for a role that may not read the gazetteer');
SELECT lives_ok($$SELECT to_tsvector('geotext_hidden.geotext_german', 'Angela Merkel sprach in Berlin.')$$,
				'to_tsvector(geotext_german) works for a role that may not read the gazetteer');
SELECT throws_ok($$SELECT count(*) FROM geotext_hidden.geotext_entities('Angela Merkel sprach in Berlin.')$$,
				 '42501', NULL, 'geotext_entities (STABLE, uses the gazetteer) needs SELECT on it');
RESET ROLE;

-- ------------------------------------------------------ the input cap a role cannot lift
SET LOCAL geotext.max_input_bytes_limit = 1000;
SET LOCAL ROLE geotext_sec_user;
SET LOCAL geotext.max_input_bytes = '1000MB';
SELECT throws_ok($$SELECT count(*) FROM geotext_hidden.geotext_tokens(repeat('a ', 1000))$$,
				 '54000', 'input of 2000 bytes exceeds geotext.max_input_bytes_limit (1000)',
				 'a role that raises geotext.max_input_bytes is still held to the superuser''s limit');
SELECT throws_ok($$SET geotext.max_input_bytes_limit = '1000MB'$$, '42501', NULL,
				 'only a superuser may change geotext.max_input_bytes_limit');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
