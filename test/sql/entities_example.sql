-- Entities of the example article (examples/nordkorea-russland.txt), read by
-- psql from the repository root where pg_regress runs.
\set body `cat examples/nordkorea-russland.txt`

-- Every actor with its canonical name, kind and country.
SELECT canonical, kind, country, mentions
FROM geotext_actors(:'body')
ORDER BY kind, canonical;

-- Every mention: the name as written, no article, no title.
SELECT idx, mention, canonical, kind, form, country, role, sentence, evidence
FROM geotext_entities(:'body')
ORDER BY idx;

-- Spans are exact: substr() with the span gives the mention.
SELECT count(*) AS mentions,
       bool_and(substr(:'body', lower(span), upper(span) - lower(span)) = mention) AS spans_exact
FROM geotext_entities(:'body');

-- Ordinary capitalised words are not names.
SELECT count(*) AS ordinary_words_taken_for_names
FROM geotext_entities(:'body')
WHERE mention IN ('Sprecher', 'Sprecherin', 'Beobachter', 'Insgesamt', 'Diese',
                  'Waffenlieferungen', 'Regierungen', 'Auch', 'Seit');

-- German cases: first name + surname, role apposition before and after,
-- surname alone later, organisation patterns, places after prepositions,
-- compounds, adjectives and demonyms, headline capitals.
SELECT mention, canonical, kind, form, country, role, evidence
FROM geotext_entities(
  'Außenministerin Annalena Baerbock traf in Tschajkowo die Botschafterin Marjatta Koskinen '
  'und Gouverneur Zhukarev. Koskinen sagte, die Russen und die russische Regierung müssten handeln. '
  'Ein Sprecher des Kremls widersprach. Die Siemens AG und die Universität Hamburg '
  'kooperieren mit dem THW Kiel. Moritz Kleinschmidt, der Sprecher der EU-Kommission, '
  'reiste nach Bad Aibling. MÜNCHEN – Der Kreis Gießen meldet Stau am Kreuz Stuttgart.')
ORDER BY lower(span);

-- An empty or blank text has no entities; NULL gives no rows.
SELECT count(*) AS none FROM geotext_entities('');
SELECT count(*) AS none FROM geotext_entities(NULL);
SELECT count(*) AS none FROM geotext_actors('   ');
