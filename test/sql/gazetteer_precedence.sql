-- The user gazetteer always wins (issue #16): for every span one of its
-- entries covers, longest entry first, over the built-in lexicon, the rules
-- and the tagger; and a suppressing row silences a name whoever found it.
-- Names invented for this test. Each block runs in a transaction that is
-- rolled back, so the gazetteer is empty again after it.
\pset null '(null)'
CREATE TEMP TABLE body (t text);
INSERT INTO body VALUES ('Die Zyprexa Holding meldete Gewinne. Die Alpen Bank AG wächst. '
  'Der Trainer Zbigniew Kowalczyk lobte die Mannschaft. Auch Zyprexa legte zu.');

-- without entries: a rule finds the holding by its tail word, the tagger the
-- bank, a rule the trainer (first name + surname)
SELECT mention, canonical, kind, country, evidence FROM body, geotext_entities(t) ORDER BY idx;

BEGIN;
-- a multi-word entry over a rule's span, an entry inside a span the tagger
-- finds, and a one-word entry that is also the first word of a longer one
INSERT INTO geotext_gazetteer (name, canonical, kind, country) VALUES
  ('Zyprexa Holding', 'Zyprexa Holding AG', 'organization', 'CH'),
  ('Zyprexa', 'Zyprexa Pharma', 'organization', 'DE'),
  ('Alpen Bank', 'Alpenbank Tirol', 'organization', 'AT');
SELECT mention, canonical, kind, country, evidence FROM body, geotext_entities(t) ORDER BY idx;
-- the same rows in extract and actors
SELECT e ->> 'mention' AS mention, e ->> 'canonical' AS canonical, e ->> 'evidence' AS evidence
  FROM body, jsonb_array_elements(geotext_extract(t) -> 'entities') e ORDER BY (e ->> 'idx')::int;
SELECT canonical, kind, country, mentions FROM body, geotext_actors(t) ORDER BY canonical;
ROLLBACK;

BEGIN;
-- suppressing rows silence a rule's name and the tagger's name
INSERT INTO geotext_gazetteer (name, canonical, kind, suppress) VALUES
  ('Zbigniew Kowalczyk', 'Zbigniew Kowalczyk', 'person', true),
  ('Alpen Bank AG', 'Alpen Bank AG', 'organization', true);
SELECT mention, canonical, kind, country, evidence FROM body, geotext_entities(t) ORDER BY idx;
ROLLBACK;

-- and the gazetteer is empty again: the rule's and the tagger's names are back
SELECT count(*) AS rows_after FROM body, geotext_entities(t);
