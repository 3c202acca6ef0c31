-- Lexicon: geotext_lookup over the built-in lexicon, and the user gazetteer
-- (insert, override, suppress, delete, rollback, privileges). Everything runs
-- in one transaction that is rolled back. The second-session check is
-- test/sessions/gazetteer_two_sessions.sh (pgTAP has one session only).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS geotext;

SELECT plan(59);

-- A lookup's rows in their output order, for "comes first" checks.
CREATE FUNCTION pg_temp.first_row(term text)
RETURNS TABLE (canonical text, type text, source text)
LANGUAGE sql STABLE AS $$
	SELECT l.canonical, l.type, l.source
	FROM geotext_lookup(term) WITH ORDINALITY AS l
	ORDER BY l.ordinality LIMIT 1
$$;

-- ------------------------------------------------------------ the objects
SELECT has_table('geotext_gazetteer'::name);
SELECT has_function('geotext_lookup'::name, ARRAY['text']);
SELECT volatility_is('geotext_lookup'::name, ARRAY['text'], 'stable');
SELECT is_strict('geotext_lookup'::name, ARRAY['text']);
SELECT ok((SELECT pg_catalog.has_table_privilege(e.extowner, 'geotext_gazetteer', 'INSERT, UPDATE, DELETE WITH GRANT OPTION')
		   FROM pg_extension e WHERE e.extname = 'geotext'),
		  'the extension''s owner may write the gazetteer and grant writing (per database, no cluster-wide role)');
SELECT has_trigger('geotext_gazetteer'::name, 'geotext_gazetteer_changed'::name);
SELECT ok((SELECT c.oid = ANY (e.extconfig)
		   FROM pg_extension e, pg_class c
		   WHERE e.extname = 'geotext' AND c.relname = 'geotext_gazetteer'
		     AND c.relnamespace = e.extnamespace),
		  'geotext_gazetteer is an extension configuration table (dumped by pg_dump)');
SELECT ok((SELECT pg_get_serial_sequence(format('%I.geotext_gazetteer', n.nspname), 'id')::regclass::oid = ANY (e.extconfig)
		   FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
		   WHERE e.extname = 'geotext'),
		  'its identity sequence is dumped too');
SELECT ok(obj_description('geotext_gazetteer'::regclass, 'pg_class') IS NOT NULL,
		  'geotext_gazetteer has a comment');
SELECT ok(obj_description('geotext_lookup(text)'::regprocedure, 'pg_proc') IS NOT NULL,
		  'geotext_lookup has a comment');
SELECT ok(obj_description('geotext_gazetteer_changed()'::regprocedure, 'pg_proc') IS NOT NULL,
		  'geotext_gazetteer_changed has a comment');

-- ------------------------------------------------------ built-in lexicon
SELECT set_has(
	$$SELECT canonical, country, kind, form, source FROM geotext_lookup('Russlands') WHERE type = 'entity'$$,
	$$VALUES ('Russland', 'RU', 'country', 'name', 'countries.tsv')$$,
	'Russlands: genitive of Russland, RU');
-- articles are not part of keys: "der Ukraine" is looked up as "Ukraine"
SELECT set_has(
	$$SELECT canonical, country, kind, form FROM geotext_lookup('Ukraine') WHERE type = 'entity'$$,
	$$VALUES ('Ukraine', 'UA', 'country', 'name')$$,
	'Ukraine → UA');
SELECT set_has(
	$$SELECT canonical, country, kind, form FROM geotext_lookup('russischen') WHERE type = 'entity'$$,
	$$VALUES ('Russland', 'RU', 'country', 'adjective')$$,
	'russischen → RU, form adjective');
SELECT set_has(
	$$SELECT canonical, country, kind, form FROM geotext_lookup('Nordkoreaner') WHERE type = 'entity'$$,
	$$VALUES ('Nordkorea', 'KP', 'country', 'demonym')$$,
	'Nordkoreaner → KP, form demonym');
SELECT set_has(
	$$SELECT canonical, country, kind FROM geotext_lookup('Weißen Hauses') WHERE type = 'entity'$$,
	$$VALUES ('Weißes Haus', 'US', 'organization')$$,
	'Weißen Hauses → Weißes Haus, US');
SELECT set_eq(
	$$SELECT key, canonical FROM geotext_lookup(E'Wei\u00dfen \u00a0 Hauses') WHERE type = 'entity'$$,
	$$SELECT key, canonical FROM geotext_lookup('Weissen Hauses') WHERE type = 'entity'$$,
	'keys are normalised: ß as ss, white space runs as one blank');
SELECT is_empty(
	$$SELECT 1 FROM geotext_lookup('Weißen') WHERE type = 'prefix'$$,
	'prefix records (multi-word steering) are not shown');
SELECT set_has(
	$$SELECT canonical, country, kind FROM geotext_lookup('Kreml') WHERE type = 'entity'$$,
	$$VALUES ('Kreml', 'RU', 'organization')$$,
	'Kreml → RU');
SELECT set_has(
	$$SELECT canonical, country, kind FROM geotext_lookup('Rodong Sinmun') WHERE type = 'entity'$$,
	$$VALUES ('Rodong Sinmun', 'KP', 'organization')$$,
	'Rodong Sinmun → KP');
SELECT is_empty($$SELECT 1 FROM geotext_lookup('')$$, 'the empty term matches nothing');
SELECT is_empty($$SELECT 1 FROM geotext_lookup('Blumenwald-Ost')$$, 'an unknown term matches nothing');
SELECT is((SELECT count(*) FROM geotext_lookup(NULL)), 0::bigint, 'geotext_lookup is strict');

-- ------------------------------------------------------ user gazetteer: insert
INSERT INTO geotext_gazetteer (name, canonical, kind, country, role, note)
VALUES ('Blumenwald', 'Blumenwald (Ort)', 'place', 'DE', NULL, 'pgTAP');

SELECT results_eq(
	$$SELECT key, type, canonical, kind, form, country, source FROM geotext_lookup('Blumenwald')$$,
	$$VALUES ('Blumenwald', 'entity', 'Blumenwald (Ort)', 'place', 'name', 'DE', 'geotext_gazetteer')$$,
	'an inserted name is visible to the next statement of the same transaction');
SELECT set_has(
	$$SELECT canonical, source FROM geotext_lookup('Blumenwalds')$$,
	$$VALUES ('Blumenwald (Ort)', 'geotext_gazetteer')$$,
	'a user name gets its genitive -s form');
SELECT is((SELECT created_by FROM geotext_gazetteer WHERE name = 'Blumenwald'), current_user::name,
		  'created_by defaults to the current user');

INSERT INTO geotext_gazetteer (name, canonical, kind, country, gender, role)
VALUES ('Grünspan', 'Erika Grünspan', 'person', 'AT', 'f', 'Sprecherin'),
	   (E'Stra\u00dfe der Einheit', 'Straße der Einheit', 'place', 'DE', NULL, NULL),
	   ('Dnipro-Partei', 'Dnipro-Partei', 'organization', 'UA', NULL, NULL);
SELECT set_has(
	$$SELECT canonical, kind, country, gender, extra FROM geotext_lookup('Grünspans')$$,
	$$VALUES ('Erika Grünspan', 'person', 'AT', 'f', 'Sprecherin')$$,
	'gender and role (as extra) come through, with the genitive');
SELECT set_has(
	$$SELECT canonical FROM geotext_lookup('Strasse der Einheit')$$,
	$$VALUES ('Straße der Einheit')$$,
	'user names are normalised like built-in ones');
SELECT is_empty($$SELECT 1 FROM geotext_lookup('Strasse der Einheits')$$,
	'no genitive for a multi-word non-person name');
SELECT set_has(
	$$SELECT canonical, country FROM geotext_lookup(E'Dnipro\u2011Partei')$$,
	$$VALUES ('Dnipro-Partei', 'UA')$$,
	'a non-breaking hyphen in the term matches an ASCII hyphen');

-- ------------------------------------------------------ override
INSERT INTO geotext_gazetteer (name, canonical, kind, country)
VALUES ('Kreml', 'Moskauer Kreml', 'place', 'RU');
SELECT results_eq(
	$$SELECT * FROM pg_temp.first_row('Kreml')$$,
	$$VALUES ('Moskauer Kreml', 'entity', 'geotext_gazetteer')$$,
	'a user row for a built-in name comes first');
SELECT set_has(
	$$SELECT canonical, source FROM geotext_lookup('Kreml')$$,
	$$VALUES ('Kreml', 'organizations.tsv')$$,
	'the built-in entry is still listed after it');
SELECT results_eq(
	$$SELECT * FROM pg_temp.first_row('Kremls')$$,
	$$VALUES ('Moskauer Kreml', 'entity', 'geotext_gazetteer')$$,
	'the override covers the genitive');

UPDATE geotext_gazetteer SET canonical = 'Kreml (Festung)' WHERE name = 'Kreml';
SELECT results_eq(
	$$SELECT * FROM pg_temp.first_row('Kreml')$$,
	$$VALUES ('Kreml (Festung)', 'entity', 'geotext_gazetteer')$$,
	'an update is visible at once');

-- ------------------------------------------------------ suppress
INSERT INTO geotext_gazetteer (name, canonical, kind, suppress)
VALUES ('Rodong Sinmun', 'Rodong Sinmun', 'organization', true);
SELECT results_eq(
	$$SELECT * FROM pg_temp.first_row('Rodong Sinmun')$$,
	$$VALUES ('Rodong Sinmun', 'suppress', 'geotext_gazetteer')$$,
	'a suppressing row is listed first, as type suppress');
SELECT is((SELECT count(*) FROM geotext_lookup('Rodong Sinmun') WHERE source = 'geotext_gazetteer'), 1::bigint,
		  'the suppressing row is the only user row of the name');

-- ------------------------------------------------------ delete, truncate, rollback
DELETE FROM geotext_gazetteer WHERE name IN ('Kreml', 'Rodong Sinmun');
SELECT is_empty($$SELECT 1 FROM geotext_lookup('Kreml') WHERE source = 'geotext_gazetteer'$$,
	'a deleted override is gone');
SELECT is_empty($$SELECT 1 FROM geotext_lookup('Kremls') WHERE source = 'geotext_gazetteer'$$,
	'and so is its genitive');
SELECT results_eq(
	$$SELECT * FROM pg_temp.first_row('Kreml')$$,
	$$VALUES ('Kreml', 'entity', 'organizations.tsv')$$,
	'the built-in entry is first again');
SELECT is_empty($$SELECT 1 FROM geotext_lookup('Rodong Sinmun') WHERE type = 'suppress'$$,
	'a deleted suppression is gone');

SAVEPOINT before_insert;
INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Wolkenstadt', 'Wolkenstadt', 'place');
SELECT isnt_empty($$SELECT 1 FROM geotext_lookup('Wolkenstadt')$$, 'inserted inside a savepoint: visible');
ROLLBACK TO SAVEPOINT before_insert;
SELECT is_empty($$SELECT 1 FROM geotext_lookup('Wolkenstadt')$$,
	'rolled back to the savepoint: gone again');

SAVEPOINT before_truncate;
TRUNCATE geotext_gazetteer;
SELECT is_empty($$SELECT 1 FROM geotext_lookup('Blumenwald')$$, 'TRUNCATE empties the user lexicon');
SELECT isnt_empty($$SELECT 1 FROM geotext_lookup('Kreml')$$, 'the built-in lexicon stays');
ROLLBACK TO SAVEPOINT before_truncate;
SELECT isnt_empty($$SELECT 1 FROM geotext_lookup('Blumenwald')$$, 'rolled-back TRUNCATE: the rows are back');

-- ------------------------------------------------------ privileges
CREATE ROLE geotext_test_reader NOLOGIN;
CREATE ROLE geotext_test_editor NOLOGIN;
GRANT INSERT, UPDATE, DELETE ON geotext_gazetteer TO geotext_test_editor;

SET LOCAL ROLE geotext_test_reader;
SELECT throws_ok(
	$$INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Nirgendwo', 'Nirgendwo', 'place')$$,
	'42501', NULL, 'an ordinary role may not insert');
SELECT throws_ok($$UPDATE geotext_gazetteer SET note = 'x'$$, '42501', NULL,
	'an ordinary role may not update');
SELECT throws_ok($$DELETE FROM geotext_gazetteer$$, '42501', NULL,
	'an ordinary role may not delete');
SELECT throws_ok($$TRUNCATE geotext_gazetteer$$, '42501', NULL,
	'an ordinary role may not truncate');
SELECT isnt_empty($$SELECT 1 FROM geotext_gazetteer$$, 'an ordinary role may read the table');
SELECT isnt_empty($$SELECT 1 FROM geotext_lookup('Blumenwald')$$,
	'an ordinary role sees user rows through geotext_lookup');
RESET ROLE;

SET LOCAL ROLE geotext_test_editor;
SELECT lives_ok(
	$$INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Nirgendwo', 'Nirgendwo', 'place')$$,
	'an editor granted writing may insert');
SELECT lives_ok($$UPDATE geotext_gazetteer SET note = 'checked' WHERE name = 'Nirgendwo'$$,
	'an editor granted writing may update');
SELECT is((SELECT created_by FROM geotext_gazetteer WHERE name = 'Nirgendwo'), 'geotext_test_editor'::name,
		  'created_by records the editor');
-- created_by / created_at are the server's, not the writer's: an audit trail
SELECT lives_ok(
	$$INSERT INTO geotext_gazetteer (name, canonical, kind, created_by, created_at)
	  VALUES ('Fernwald', 'Fernwald', 'place', 'someone_else', '2001-01-01')$$,
	'an editor may name created_by and created_at in an insert');
SELECT is((SELECT (created_by, created_at = now()) FROM geotext_gazetteer WHERE name = 'Fernwald')::text,
		  '(geotext_test_editor,t)', 'but the server sets them: the editor and the transaction''s start');
SELECT lives_ok($$UPDATE geotext_gazetteer SET created_by = 'someone_else', created_at = '2001-01-01'
				  WHERE name = 'Fernwald'$$, 'an editor may update the row');
SELECT is((SELECT (created_by, created_at = now()) FROM geotext_gazetteer WHERE name = 'Fernwald')::text,
		  '(geotext_test_editor,t)', 'an update keeps who inserted the row and when');
SELECT lives_ok($$DELETE FROM geotext_gazetteer WHERE name = 'Nirgendwo'$$,
	'an editor granted writing may delete');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
