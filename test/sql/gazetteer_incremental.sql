-- A change to the gazetteer brings only the changed keys up to date (the
-- change log and the index on geotext_gazetteer_keys): every kind of change,
-- seen by the next statement of the same session, must give what a full
-- build gives. Each step shows the entries of the keys involved.
SET client_min_messages = warning;
TRUNCATE geotext_gazetteer;

CREATE FUNCTION pg_temp.shows(VARIADIC names text[])
RETURNS TABLE (term text, type text, canonical text, kind text, source text)
LANGUAGE sql AS $$
	SELECT n, l.type, l.canonical, l.kind, l.source
	FROM unnest(names) WITH ORDINALITY AS u(n, i), geotext_lookup(n) l
	WHERE l.source = 'geotext_gazetteer' OR l.type = 'entity'
	ORDER BY i, l.source, l.canonical
$$;

-- the keys of a row: its name normalised, and for a name its genitive
SELECT geotext_gazetteer_keys('Blumenwald', 'place', 'name') AS name_and_genitive,
       geotext_gazetteer_keys('Straße AG', 'organization', 'name') AS sharp_s,
       geotext_gazetteer_keys('blumenwaldisch', 'place', 'adjective') AS adjective;

-- a full build
INSERT INTO geotext_gazetteer (name, canonical, kind, country) VALUES
	('Blumenwald', 'Blumenwald', 'place', 'AT'),
	('Quarnix', 'Quarnix GmbH', 'organization', 'AT'),
	('Zyprexa Holding', 'Zyprexa Holding AG', 'organization', 'CH');
SELECT * FROM pg_temp.shows('Blumenwald', 'Blumenwalds', 'Quarnix', 'Zyprexa Holding');

-- an insert, an update, a rename
INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Fernwald', 'Fernwald', 'place');
UPDATE geotext_gazetteer SET canonical = 'Quarnix SE' WHERE name = 'Quarnix';
UPDATE geotext_gazetteer SET name = 'Zyprexa Group' WHERE name = 'Zyprexa Holding';
SELECT * FROM pg_temp.shows('Fernwald', 'Quarnix', 'Zyprexa Holding', 'Zyprexa Group');
SELECT mention, canonical, evidence FROM geotext_entities('Die Zyprexa Group und Quarnix meldeten Gewinne, die Zyprexa Holding nicht.');

-- two rows of one key (sharp s and ss): changing one keeps the other
INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES
	('Gruß AG', 'Gruß AG (Wien)', 'organization'), ('Gruss AG', 'Gruss AG (Zürich)', 'organization');
UPDATE geotext_gazetteer SET canonical = 'Gruß AG (Graz)' WHERE name = 'Gruß AG';
SELECT * FROM pg_temp.shows('Gruss AG');
DELETE FROM geotext_gazetteer WHERE name = 'Gruß AG';
SELECT * FROM pg_temp.shows('Gruss AG');

-- a genitive that is another row's name: changing one keeps the other
INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Moorbachs', 'Moorbachs', 'place');
INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Moorbach', 'Moorbach', 'place');
SELECT * FROM pg_temp.shows('Moorbachs');
DELETE FROM geotext_gazetteer WHERE name = 'Moorbach';
SELECT * FROM pg_temp.shows('Moorbach', 'Moorbachs');

-- a user row over a built-in name, then deleted: the built-in entry is back
INSERT INTO geotext_gazetteer (name, canonical, kind, country) VALUES ('Kreml', 'Kreml (Festung)', 'place', 'RU');
SELECT * FROM pg_temp.shows('Kreml');
DELETE FROM geotext_gazetteer WHERE name = 'Kreml';
SELECT * FROM pg_temp.shows('Kreml');
-- suppress, and its removal
INSERT INTO geotext_gazetteer (name, canonical, kind, suppress) VALUES ('Kreml', 'Kreml', 'organization', true);
SELECT count(*) AS kreml_mentions FROM geotext_entities('Der Kreml schwieg.');
DELETE FROM geotext_gazetteer WHERE name = 'Kreml';
SELECT count(*) AS kreml_mentions FROM geotext_entities('Der Kreml schwieg.');

-- a rolled-back change, a TRUNCATE rolled back to its savepoint
BEGIN;
SAVEPOINT s;
DELETE FROM geotext_gazetteer WHERE name = 'Fernwald';
SELECT * FROM pg_temp.shows('Fernwald');
ROLLBACK TO SAVEPOINT s;
SELECT * FROM pg_temp.shows('Fernwald');
TRUNCATE geotext_gazetteer;
SELECT * FROM pg_temp.shows('Fernwald', 'Quarnix');
ROLLBACK;
SELECT * FROM pg_temp.shows('Fernwald', 'Quarnix');

-- many keys at once: a full build again, the same answers
INSERT INTO geotext_gazetteer (name, canonical, kind)
SELECT 'Testort' || g, 'Testort ' || g, 'place' FROM generate_series(1, 3000) g;
SELECT * FROM pg_temp.shows('Testort1', 'Testort3000', 'Quarnix');
UPDATE geotext_gazetteer SET canonical = 'Testort Eins' WHERE name = 'Testort1';
SELECT * FROM pg_temp.shows('Testort1', 'Testort2');

-- a suppression read by a full build, then deleted: the name is found again
INSERT INTO geotext_gazetteer (name, canonical, kind, suppress)
SELECT 'Kreml', 'Kreml', 'organization', true
UNION ALL SELECT 'Testdorf' || g, 'Testdorf ' || g, 'place', false FROM generate_series(1, 2500) g;
SELECT count(*) AS kreml_mentions FROM geotext_entities('Der Kreml schwieg.');
DELETE FROM geotext_gazetteer WHERE name = 'Kreml';
SELECT count(*) AS kreml_mentions FROM geotext_entities('Der Kreml schwieg.');

-- nobody but the owner reads or writes the change log
CREATE ROLE geotext_incremental_reader;
SET ROLE geotext_incremental_reader;
SELECT count(*) FROM geotext_gazetteer_changes;
INSERT INTO geotext_gazetteer_changes (keys) VALUES (NULL);
RESET ROLE;
DROP ROLE geotext_incremental_reader;

TRUNCATE geotext_gazetteer;
