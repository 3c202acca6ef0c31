-- geotext_extract's own size limit: its result must fit one jsonb object
-- (PostgreSQL's 256 MB). A text whose result cannot fit fails before the
-- result is built, with SQLSTATE 54000 and a hint, instead of after
-- gigabytes of value tree and PostgreSQL's own error. The check is an upper
-- bound (every string, number and padding at its largest): the example
-- article repeated 15,000 times (43.6 MB, under geotext.max_input_bytes)
-- gives a result of about 288 MB, and the lower bound the check was before
-- passed it (about 225 MB) so that it failed only after seconds in
-- PostgreSQL's conversion; 200 copies fit.
\set body `cat examples/nordkorea-russland.txt`
SELECT jsonb_array_length(geotext_extract(repeat(:'body' || E'\n', 200)) -> 'entities')
       AS entities_of_200_copies;

CREATE TEMP TABLE big AS SELECT repeat(:'body' || E'\n', 15000) AS body;
SELECT octet_length(body) < pg_size_bytes(current_setting('geotext.max_input_bytes'))
       AS under_input_cap
FROM big;

DO $$
DECLARE
  state text;
  msg text;
  hint text;
BEGIN
  PERFORM geotext_extract(body) FROM big;
  RAISE NOTICE 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RAISE NOTICE 'SQLSTATE %: % (hint: %)', state, msg, hint;
END $$;

