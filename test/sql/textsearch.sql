-- Text search with geotext_german: entities as whole lexemes next to German
-- stems, queries, ts_headline, and a GIN index on the expression.
\set body `cat examples/nordkorea-russland.txt`

-- The tokens of a short text: words, hyphenated words and their parts. (The
-- entity lexemes ride on the words in a parse; ts_debug lexizes each token
-- on its own and so shows the stems only.)
SELECT alias, token, lexemes
FROM ts_debug('geotext_german',
              'NATO-Generalsekretär Jens Stoltenberg sagte, Russlands Angriff müsse am 11. Juli enden.')
WHERE alias <> 'blank';

-- Entity lexemes of the example article (canonical, lower-cased) and a few stems.
SELECT lexeme, positions IS NOT NULL AS has_positions
FROM unnest(to_tsvector('geotext_german', :'body'))
WHERE lexeme IN ('jens stoltenberg', 'russland', 'wladimir putin', 'karine jean-pierre',
                 'pat ryder', 'nordkorea', 'ukraine', 'us-verteidigungsministerium',
                 'washington', 'waffenliefer', 'sagt')
ORDER BY lexeme;

-- 'german' has no entity lexemes; geotext_german has every stem 'german' has.
SELECT to_tsvector('german', :'body') @@ $$'jens stoltenberg'$$::tsquery AS german_has_entity,
       to_tsvector('geotext_german', :'body') @@ $$'jens stoltenberg'$$::tsquery AS geotext_has_entity,
       (SELECT count(*) FROM unnest(to_tsvector('german', :'body')) g
        WHERE g.lexeme NOT IN (SELECT lexeme FROM unnest(to_tsvector('geotext_german', :'body')))) AS german_stems_missing;

-- Queries parse the same way: a name's last word gives its stem or its entity.
SELECT to_tsquery('geotext_german', 'Stoltenberg') AS stoltenberg,
       to_tsquery('geotext_german', 'Russlands') AS russlands,
       plainto_tsquery('geotext_german', 'Jens Stoltenberg') AS jens_stoltenberg;

-- Matches: by query text, by entity lexeme, a surname alone resolved to the
-- full name, an adjective to its country; and non-matches.
SELECT to_tsvector('geotext_german', :'body') @@ to_tsquery('geotext_german', 'Stoltenberg & Putin') AS names,
       to_tsvector('geotext_german', :'body') @@ phraseto_tsquery('geotext_german', 'Jens Stoltenberg') AS phrase,
       to_tsvector('geotext_german', 'Putin reiste ab.') @@ $$'wladimir putin'$$::tsquery AS surname,
       to_tsvector('geotext_german', 'Die russische Armee.') @@ $$'russland'$$::tsquery AS adjective,
       to_tsvector('geotext_german', 'Die Armee zog ab.') @@ $$'russland'$$::tsquery AS no_country,
       to_tsvector('geotext_german', :'body') @@ to_tsquery('geotext_german', 'Merkel') AS merkel;

-- The entity lexeme shares the position of the mention's last word, so the
-- words keep the positions 'german' gives them and a phrase across a name
-- matches even where the query's own words read a different name (Hans Jörg
-- for Hans Jörg Schelling) or none.
SELECT to_tsvector('geotext_german', 'Das sagte Hans Jörg Schelling am Montag.') AS vector,
       phraseto_tsquery('geotext_german', 'sagte Hans Jörg') AS query;
SELECT to_tsvector('geotext_german', 'Das sagte Hans Jörg Schelling am Montag.')
         @@ phraseto_tsquery('geotext_german', 'sagte Hans Jörg') AS name_cut_short,
       to_tsvector('geotext_german', 'Das sagte Hans Jörg Schelling am Montag.')
         @@ phraseto_tsquery('geotext_german', 'Schelling am Montag') AS after_the_name,
       to_tsvector('geotext_german', 'Das sagte Hans Jörg Schelling am Montag.')
         @@ phraseto_tsquery('geotext_german', 'Jörg Schelling am') AS across_the_name,
       to_tsvector('geotext_german', :'body')
         @@ phraseto_tsquery('geotext_german', array_to_string((regexp_split_to_array(btrim(:'body'), '\s+'))[1:8], ' '))
         AS own_first_words,
       to_tsvector('geotext_german', 'Das sagte Hans Jörg Schelling am Montag.')
         @@ phraseto_tsquery('geotext_german', 'sagte Hans Schelling') AS no_gap_no_match;
-- Positions of the words are those of 'german' (the same numbers, plus the entity lexemes).
SELECT (SELECT array_agg(p ORDER BY p) FROM unnest(to_tsvector('german', :'body')) g, unnest(g.positions) p)
     = (SELECT array_agg(DISTINCT p ORDER BY p) FROM unnest(to_tsvector('geotext_german', :'body')) g, unnest(g.positions) p)
       AS same_positions_as_german;

-- ts_headline: entity lexemes are never printed; when one matches, the words
-- of its mention are highlighted.
SELECT ts_headline('geotext_german', 'Der Besuch von Putin in Nordkorea dauerte zwei Tage.',
                   $$'wladimir putin'$$::tsquery) AS by_entity,
       ts_headline('geotext_german', 'Die NATO-Generalsekretär Jens Stoltenberg warnte.',
                   to_tsquery('geotext_german', 'Stoltenberg')) AS by_name;
SELECT ts_headline('geotext_german', :'body', $$'wladimir putin'$$::tsquery,
                   'MinWords=5, MaxWords=12') AS one_fragment,
       ts_headline('geotext_german', :'body', $$'jens stoltenberg'$$::tsquery,
                   'MaxFragments=2, MinWords=3, MaxWords=8') AS two_fragments;

-- Without a match the text comes back unchanged (highlightall keeps every token).
SELECT ts_headline('geotext_german', :'body', to_tsquery('geotext_german', 'Merkel'),
                   'HighlightAll=true') = :'body' AS text_intact;

-- A GIN index on the expression serves @@ queries.
CREATE TABLE ts_news (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO ts_news VALUES (1, :'body'),
  (2, 'Bundeskanzler Olaf Scholz reiste nach Paris.'),
  (3, 'Die russische Regierung schwieg.');
INSERT INTO ts_news SELECT g, 'Meldung Nummer ' || g || ' über das Wetter in Hamburg.'
FROM generate_series(4, 300) g;
CREATE INDEX ts_news_body ON ts_news USING gin (to_tsvector('geotext_german', body));
ANALYZE ts_news;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM ts_news WHERE to_tsvector('geotext_german', body) @@ $$'russland'$$::tsquery;
SELECT id FROM ts_news WHERE to_tsvector('geotext_german', body) @@ $$'russland'$$::tsquery ORDER BY id;
SELECT id FROM ts_news WHERE to_tsvector('geotext_german', body) @@ to_tsquery('geotext_german', 'Scholz') ORDER BY id;
RESET enable_seqscan;
DROP TABLE ts_news;

-- Blanks and long tokens: no token reaches the lexeme limit, nothing is lost.
SELECT length(ts_headline('geotext_german', repeat(' ', 5000) || repeat('x', 3000) || ' Berlin',
                          to_tsquery('geotext_german', 'Berlin'), 'HighlightAll=true')) AS long_text,
       to_tsvector('geotext_german', '') AS empty;

-- The dictionary geotext_german_stem outside a geotext_parser parse is
-- german_stem: ts_lexize and the default parser get the stems only.
SELECT ts_lexize('geotext_german_stem', 'Stoltenberg') AS lexize,
       ts_lexize('geotext_german_stem', 'und') AS stopword;
CREATE TEXT SEARCH CONFIGURATION ts_default_parser (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION ts_default_parser
	ALTER MAPPING REPLACE german_stem WITH geotext_german_stem;
SELECT to_tsvector('ts_default_parser', :'body') = to_tsvector('german', :'body') AS default_parser_as_german;
DROP TEXT SEARCH CONFIGURATION ts_default_parser;
-- Its options: stem is required, nothing else is known, and it cannot wrap itself.
CREATE TEXT SEARCH DICTIONARY ts_no_stem (TEMPLATE = geotext_entities);
CREATE TEXT SEARCH DICTIONARY ts_bad_option (TEMPLATE = geotext_entities, stem = 'german_stem', stopwords = 'german');
CREATE TEXT SEARCH DICTIONARY ts_missing (TEMPLATE = geotext_entities, stem = 'no_such_dictionary');
CREATE TEXT SEARCH DICTIONARY ts_itself (TEMPLATE = geotext_entities, stem = 'geotext_german_stem');
