-- geotext_build_info(): what went into the library. Versions and digests
-- change with the data, so the test shows their shape, not their values.
SELECT version = (SELECT default_version FROM pg_available_extensions WHERE name = 'geotext')
       AS library_version_is_the_control_files
FROM geotext_build_info() WHERE item = 'geotext';

SELECT item, records > 600000 AS large FROM geotext_build_info() WHERE item LIKE 'lexicon%' ORDER BY item;

-- every data file the lexicon and the word classes come from, with its digest
SELECT count(*) AS data_files,
       bool_and(sha256 ~ '^[0-9a-f]{64}$') AS every_one_has_its_sha256
FROM geotext_build_info() WHERE item LIKE 'data/%';
SELECT item FROM geotext_build_info()
WHERE item IN ('data/countries.tsv', 'data/wordsets.tsv', 'data/abbreviations.tsv') ORDER BY item;

-- the word lists of data/wordlists.tsv, each with its package version and digest
SELECT item, split_part(version, ' ', 1) AS package, records > 10000 AS words,
       sha256 ~ '^[0-9a-f]{64}$' AS pinned
FROM geotext_build_info() WHERE item LIKE '/usr/share/%' ORDER BY item;

SELECT records > 500 AS words_in_classes FROM geotext_build_info() WHERE item = 'word classes';

-- the taggers' models (data/model/ner.model.gz for names, data/model/pos.model.gz for word classes
-- and morphology; trained by make model, committed compressed), each with its digest
SELECT item, version LIKE 'averaged perceptron, features version %' AS tagger,
       records > 0 AS weight_rows, sha256 ~ '^[0-9a-f]{64}$' AS pinned
FROM geotext_build_info() WHERE item LIKE 'data/model/%' ORDER BY item;
