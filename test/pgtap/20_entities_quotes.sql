-- pgTAP: entities, actors and quotes — signatures, volatility, the example
-- article's actors and quotes, spans, and the user gazetteer's effect.
\set body `cat examples/nordkorea-russland.txt`
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS geotext;
SELECT plan(57);

-- The lines of a query's plan (EXPLAIN as rows).
CREATE FUNCTION pg_temp.explain_plan(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN ' || q LOOP
		RETURN NEXT line;
	END LOOP;
END
$$;

-- psql does not expand variables inside dollar quotes: keep the article in a table.
CREATE TEMP TABLE article AS SELECT :'body'::text AS body;

SELECT has_function('geotext_entities', ARRAY['text']);
SELECT has_function('geotext_entities_v01', ARRAY['text']);
SELECT has_function('geotext_actors', ARRAY['text']);
SELECT has_function('geotext_quotes', ARRAY['text']);
SELECT volatility_is('geotext_entities', ARRAY['text'], 'stable');
SELECT volatility_is('geotext_actors', ARRAY['text'], 'stable');
SELECT volatility_is('geotext_quotes', ARRAY['text'], 'stable');
SELECT is_strict('geotext_entities', ARRAY['text']);
SELECT is_strict('geotext_quotes', ARRAY['text']);
SELECT is((SELECT count(*)::int FROM pg_proc WHERE proname LIKE 'geotext\_%' AND proparallel <> 's'
           AND proname NOT IN ('geotext_gazetteer_changed', 'geotext_gazetteer_stamp')), 0,
          'every extraction function is PARALLEL SAFE');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
           JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'geotext'
           WHERE obj_description(p.oid, 'pg_proc') IS NULL), 0,
          'every function of the extension has a COMMENT');

-- Issue #3: a ministry compound is an organisation with the modifier's country.
SELECT is((SELECT country FROM geotext_entities('Das US-Verteidigungsministerium teilte mit.')
           WHERE kind = 'organization' AND mention = 'US-Verteidigungsministerium'), 'US',
          'US-Verteidigungsministerium is an organisation of the US');

-- Issue #4: the example article's actors.
SELECT set_has(
  $$SELECT canonical, kind, coalesce(country, '') FROM geotext_actors((SELECT body FROM article))$$,
  $$VALUES ('USA', 'country', 'US'), ('NATO', 'organization', ''), ('Russland', 'country', 'RU'),
           ('Nordkorea', 'country', 'KP'), ('Ukraine', 'country', 'UA'),
           ('Jens Stoltenberg', 'person', 'NO'), ('Pat Ryder', 'person', 'US'),
           ('Karine Jean-Pierre', 'person', 'US'), ('Wladimir Putin', 'person', 'RU'),
           ('US-Verteidigungsministerium', 'organization', 'US'),
           ('Weißes Haus', 'organization', 'US'), ('Rodong Sinmun', 'organization', 'KP'),
           ('Washington', 'place', 'US'), ('Indopazifik', 'place', '')$$,
  'every actor of the example with canonical, kind and country');
SELECT is_empty(
  $$SELECT 1 FROM geotext_entities((SELECT body FROM article))
    WHERE mention IN ('Sprecher', 'Sprecherin', 'Beobachter', 'Insgesamt', 'Diese', 'Waffenlieferungen')$$,
  'no ordinary word is taken for a name');
SELECT ok((SELECT bool_and(substr((SELECT body FROM article), lower(span), upper(span) - lower(span)) = mention)
           FROM geotext_entities((SELECT body FROM article))), 'entity spans are exact');
SELECT is((SELECT role FROM geotext_entities((SELECT body FROM article)) WHERE mention = 'Pat Ryder'),
          'Sprecher des US-Verteidigungsministeriums', 'Pat Ryder''s role from apposition');
SELECT is((SELECT DISTINCT role FROM geotext_entities((SELECT body FROM article)) WHERE mention = 'Jens Stoltenberg'),
          'NATO-Generalsekretär', 'Stoltenberg''s role from the compound');
SELECT is((SELECT canonical FROM geotext_entities((SELECT body FROM article)) WHERE mention = 'Russlands' LIMIT 1),
          'Russland', 'Russlands → Russland');
SELECT is((SELECT form FROM geotext_entities((SELECT body FROM article)) WHERE mention = 'russischen'),
          'adjective', 'russischen is an adjective form');
SELECT is((SELECT sum(quoted)::int FROM geotext_actors((SELECT body FROM article)) WHERE canonical = 'Pat Ryder'), 1,
          'Pat Ryder is quoted once');

-- Issue #5: the example article's quotes.
SELECT is((SELECT speaker || '|' || kind || '|' || cue_lemma FROM geotext_quotes((SELECT body FROM article))
           WHERE quote LIKE 'Die sich vertiefende Zusammenarbeit%'),
          'Pat Ryder|direct|sagen', 'Pat Ryder''s direct quote with its cue');
SELECT is((SELECT speaker || '|' || speaker_mention FROM geotext_quotes((SELECT body FROM article))
           WHERE quote = 'brutalen Krieg in der Ukraine'),
          'Karine Jean-Pierre|Sie', '"brutalen Krieg in der Ukraine" via "Sie betonte"');
SELECT is((SELECT speaker FROM geotext_quotes((SELECT body FROM article))
           WHERE quote LIKE 'dass die Waffenlieferungen aus Nordkorea%'),
          'Karine Jean-Pierre', 'the dass-clause around it');
SELECT is((SELECT speaker || '|' || kind FROM geotext_quotes((SELECT body FROM article))
           WHERE quote LIKE 'wie wichtig es sei%'),
          'Jens Stoltenberg|indirect', '"wie wichtig es sei" to Stoltenberg, indirect');
SELECT is((SELECT speaker || '|' || kind FROM geotext_quotes((SELECT body FROM article))
           WHERE quote = 'standhafte Unterstützung'),
          'Wladimir Putin|partial', '"standhafte Unterstützung" to Putin, partial');
SELECT is_empty($$SELECT 1 FROM geotext_quotes((SELECT body FROM article))
                  WHERE quote IN ('militärische Spezialoperation', 'Rodong Sinmun')
                    AND speaker IS NOT NULL$$,
                'scare quotes and titles have no speaker');
SELECT ok((SELECT bool_and(substr((SELECT body FROM article), lower(span), upper(span) - lower(span)) = quote)
           FROM geotext_quotes((SELECT body FROM article))), 'quote spans are exact');
SELECT ok((SELECT bool_and(speaker_span IS NULL OR
                           substr((SELECT body FROM article), lower(speaker_span), upper(speaker_span) - lower(speaker_span)) = speaker_mention)
           FROM geotext_quotes((SELECT body FROM article))), 'speaker spans are exact');

-- Issue #12: the tagger's rows and every row's confidence.
SELECT ok((SELECT bool_and(confidence > 0 AND confidence <= 1) FROM geotext_entities((SELECT body FROM article))),
          'every confidence is in (0, 1]');
SELECT is((SELECT kind || '|' || coalesce(country, '-') FROM geotext_entities('Oskar Deutsch sprach in Wien.')
           WHERE mention = 'Oskar Deutsch'), 'person|-',
          'a first name and a word that is also a country''s: a person, of no country');
SELECT is((SELECT canonical FROM geotext_entities('Stoltenberg warnte.') WHERE kind = 'person'),
          'Jens Stoltenberg', 'the tagger keeps the lexicon''s identity of a name it confirms');
SELECT ok((SELECT bool_and(confidence >= 0.5) FROM geotext_entities((SELECT body FROM article))
           WHERE evidence LIKE 'lexicon:%'), 'the lexicon''s rows of the example are confident');
SELECT set_eq($$SELECT idx, mention, canonical, kind, form, country, role, sentence, span, evidence
                FROM geotext_entities((SELECT body FROM article))$$,
              $$SELECT * FROM geotext_entities_v01((SELECT body FROM article))$$,
              'geotext_entities_v01 gives the same rows without confidence');

-- Issue #14: how every speaker was found, every quote's confidence, the 0.2.0 row shape.
SELECT has_function('geotext_quotes_v02', ARRAY['text']);
SELECT ok((SELECT bool_and(confidence > 0 AND confidence <= 1) FROM geotext_quotes((SELECT body FROM article))),
          'every quote''s confidence is in (0, 1]');
SELECT ok((SELECT bool_and((speaker IS NULL) = (speaker_evidence IS NULL))
           FROM geotext_quotes((SELECT body FROM article))),
          'a speaker has its evidence, and only a speaker');
SELECT set_eq($$SELECT idx, quote, kind, speaker, speaker_kind, speaker_mention, cue, cue_lemma, sentence,
                       span, speaker_span, cue_span, evidence
                FROM geotext_quotes((SELECT body FROM article))$$,
              $$SELECT * FROM geotext_quotes_v02((SELECT body FROM article))$$,
              'geotext_quotes_v02 gives the same rows without speaker_evidence and confidence');
SELECT is((SELECT speaker || '|' || speaker_mention || '|' || speaker_evidence
           FROM geotext_quotes('Die Ministerin Karin Huber besuchte das Hochwassergebiet. Sie forderte, dass der Bund helfen müsse.')),
          'Karin Huber|Sie|coref:pronoun', 'a pronoun speaks for the person it stands for, and says so');
SELECT is((SELECT evidence FROM geotext_quotes('Die Politik des Verteilens ist vorbei, befand der Landesrat.')),
          'rule:unmarked-cue-after', 'content before ", befand X" without quotation marks says so');

-- The user gazetteer changes entities in the same transaction.
SELECT is_empty($$SELECT 1 FROM geotext_entities('Die Firma Zwiebelquark expandiert.')
                  WHERE kind = 'organization'$$, 'an unknown name before the gazetteer row');
INSERT INTO geotext_gazetteer (name, canonical, kind, country) VALUES ('Zwiebelquark', 'Zwiebelquark AG', 'organization', 'DE');
SELECT is((SELECT canonical || '|' || country || '|' || evidence
           FROM geotext_entities('Die Firma Zwiebelquark expandiert.')),
          'Zwiebelquark AG|DE|user:organization', 'a user row is used at once');
SELECT is((SELECT confidence FROM geotext_entities('Die Firma Zwiebelquark expandiert.')), 1::real,
          'a user gazetteer row has confidence 1');
INSERT INTO geotext_gazetteer (name, canonical, kind, suppress) VALUES ('Kreml', 'Kreml', 'organization', true);
SELECT is_empty($$SELECT 1 FROM geotext_entities('Der Kreml schweigt.')$$,
                'a suppress row hides a built-in name');
-- Issue #13: a name listed twice with other countries is a choice the document makes.
INSERT INTO geotext_gazetteer (name, canonical, kind, country) VALUES ('Zwiebelquark', 'Zwiebelquark GmbH', 'organization', 'AT');
SELECT is((SELECT canonical || '|' || country || '|' || evidence
           FROM geotext_entities('Die Firma Zwiebelquark expandiert in Wien und ganz Österreich.') WHERE kind = 'organization'),
          'Zwiebelquark GmbH|AT|link:context-AT', 'two user rows: the document''s country chooses');
SELECT is((SELECT canonical || '|' || country || '|' || evidence
           FROM geotext_entities('Die Firma Zwiebelquark expandiert in Berlin und ganz Deutschland.') WHERE kind = 'organization'),
          'Zwiebelquark AG|DE|link:context-DE', 'two user rows: another document, the other row');
SELECT is((SELECT canonical || '|' || coalesce(country, '-') || '|' || evidence
           FROM geotext_entities('Die Firma Zwiebelquark expandiert.') WHERE kind = 'organization'),
          'Zwiebelquark|-|link:generic', 'two user rows, nothing decides: the name, no country');
DELETE FROM geotext_gazetteer WHERE name IN ('Zwiebelquark', 'Kreml');
SELECT is((SELECT canonical FROM geotext_entities('Der Kreml schweigt.')), 'Kreml',
          'deleting the row brings the built-in name back');

-- Empty and NULL input.
SELECT is((SELECT count(*)::int FROM geotext_quotes('')), 0, 'empty text has no quotes');
SELECT is((SELECT count(*)::int FROM geotext_actors(NULL)), 0, 'NULL has no actors');

-- geotext_actor_keys: the actors as an array, IMMUTABLE, for a generated column and a GIN index.
SELECT is((SELECT provolatile::text FROM pg_proc WHERE oid = 'geotext_actor_keys(text)'::regprocedure), 'i',
          'geotext_actor_keys is IMMUTABLE');
SELECT is(geotext_actor_keys('Angela Merkel traf Wladimir Putin in Berlin. Merkel sagte nichts.'),
          ARRAY(SELECT canonical FROM (SELECT DISTINCT canonical
                FROM geotext_actors('Angela Merkel traf Wladimir Putin in Berlin. Merkel sagte nichts.')) a
                ORDER BY canonical COLLATE "C"),
          'geotext_actor_keys: the distinct canonical names of geotext_actors, in byte order');
SELECT is(geotext_actor_keys(''), '{}'::text[], 'geotext_actor_keys of empty text: an empty array');
SELECT is(geotext_actor_keys(NULL), NULL::text[], 'geotext_actor_keys of NULL: NULL');
INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Zwiebelhausen', 'Zwiebelhausen (Ort)', 'place');
SELECT is(geotext_actor_keys('Er wohnt in Zwiebelhausen.'), '{Zwiebelhausen}'::text[],
          'geotext_actor_keys never reads the user gazetteer: the tagger''s name, not the row''s canonical');
SELECT is((SELECT canonical FROM geotext_entities('Er wohnt in Zwiebelhausen.')), 'Zwiebelhausen (Ort)',
          '(where geotext_entities, STABLE, takes the row''s)');
DELETE FROM geotext_gazetteer WHERE name = 'Zwiebelhausen';
CREATE TEMP TABLE keyed (id int, body text,
                         actors text[] GENERATED ALWAYS AS (geotext_actor_keys(body)) STORED);
INSERT INTO keyed (id, body) VALUES (1, 'Angela Merkel sprach in Berlin.'), (2, 'Olaf Scholz reiste nach Paris.');
CREATE INDEX keyed_actors ON keyed USING gin (actors);
SELECT is((SELECT array_agg(id) FROM keyed WHERE actors @> ARRAY['Angela Merkel']), ARRAY[1],
          'a generated column over geotext_actor_keys answers "which articles mention X?"');
SET LOCAL enable_seqscan = off;
SELECT ok((SELECT string_agg(p, ' ') FROM (SELECT * FROM pg_temp.explain_plan(
              $$SELECT id FROM keyed WHERE actors @> ARRAY['Angela Merkel']$$)) e(p)) LIKE '%keyed_actors%',
          'and a GIN index on it serves the question');
RESET enable_seqscan;

SELECT * FROM finish();
ROLLBACK;
