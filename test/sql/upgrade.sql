-- ALTER EXTENSION geotext UPDATE from every earlier release gives exactly the
-- objects of a fresh install: every function (its whole definition, so
-- volatility, cost and result type too), table, column, trigger, type and
-- text search object (a configuration's mapping, a dictionary's options),
-- with its comment, and the privileges of its tables
-- (writing granted to the extension's owner only). Runs last: it reinstalls geotext.
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.geotext_objects()
RETURNS TABLE (object text, definition text)
LANGUAGE sql AS $$
	SELECT pg_describe_object(d.classid, d.objid, d.objsubid),
		   concat_ws(' | ',
					 CASE WHEN d.classid = 'pg_proc'::regclass THEN pg_get_functiondef(d.objid) END,
					 CASE WHEN d.classid = 'pg_class'::regclass THEN
						 (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) ||
											CASE WHEN a.attnotnull THEN ' not null' ELSE '' END ||
											coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '') ||
											coalesce(' -- ' || col_description(a.attrelid, a.attnum), ''),
											', ' ORDER BY a.attnum)
						  FROM pg_attribute a
						  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
						  WHERE a.attrelid = d.objid AND a.attnum > 0 AND NOT a.attisdropped) END,
					 CASE WHEN d.classid = 'pg_ts_config'::regclass THEN
						 (SELECT 'mapping ' || string_agg(m.maptokentype || ':' || m.mapseqno || ':' || m.mapdict::regdictionary::text,
														  ', ' ORDER BY m.maptokentype, m.mapseqno)
						  FROM pg_ts_config_map m WHERE m.mapcfg = d.objid) END,
					 CASE WHEN d.classid = 'pg_ts_dict'::regclass THEN
						 (SELECT 'template ' || (SELECT tmplname FROM pg_ts_template WHERE oid = t.dicttemplate) || ' options ' || coalesce(t.dictinitoption, '')
						  FROM pg_ts_dict t WHERE t.oid = d.objid) END,
					 CASE WHEN d.classid = 'pg_class'::regclass THEN
						 'privileges ' || coalesce((SELECT relacl::text FROM pg_class WHERE oid = d.objid), 'default') END,
					 obj_description(d.objid, (SELECT relname FROM pg_class WHERE oid = d.classid)))
	FROM pg_depend d
	WHERE d.refclassid = 'pg_extension'::regclass
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'geotext')
	  AND d.deptype = 'e'
	UNION ALL
	SELECT 'trigger ' || t.tgname, pg_get_triggerdef(t.oid) || ' enabled ' || t.tgenabled::text ||
		   coalesce(' -- ' || obj_description(t.oid, 'pg_trigger'), '')
	FROM pg_trigger t WHERE t.tgrelid = 'geotext_gazetteer'::regclass AND NOT t.tgisinternal
	UNION ALL
	SELECT 'index ' || i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) ||
		   coalesce(' ' || (SELECT array_to_string(reloptions, ',') FROM pg_class WHERE oid = i.indexrelid), '')
	FROM pg_index i WHERE i.indrelid = 'geotext_gazetteer'::regclass
$$;

CREATE TEMP TABLE fresh AS SELECT * FROM pg_temp.geotext_objects();
SELECT object FROM fresh ORDER BY object COLLATE "C";

-- What an updated installation lacks or has beyond a fresh one (no rows: the same).
CREATE FUNCTION pg_temp.update_problems()
RETURNS TABLE (problem text, object text)
LANGUAGE sql AS $$
	SELECT 'missing after update', object FROM (SELECT * FROM fresh EXCEPT SELECT * FROM pg_temp.geotext_objects()) x
	UNION ALL
	SELECT 'extra after update', object FROM (SELECT * FROM pg_temp.geotext_objects() EXCEPT SELECT * FROM fresh) y
	ORDER BY 1, 2
$$;

-- from 0.1.0
DROP EXTENSION geotext;
CREATE EXTENSION geotext VERSION '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
ALTER EXTENSION geotext UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
SELECT * FROM pg_temp.update_problems();

-- the updated extension works
SELECT count(*) > 0 AS analyses FROM geotext_entities('Angela Merkel sprach in Berlin.');
SELECT count(*) > 0 AS knows_its_build FROM geotext_build_info();

-- from 0.2.0
DROP EXTENSION geotext;
CREATE EXTENSION geotext VERSION '0.2.0';
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
ALTER EXTENSION geotext UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
SELECT * FROM pg_temp.update_problems();
SELECT count(*) > 0 AS quotes_with_confidence
FROM geotext_quotes('"Wir sind bereit", sagte die Ministerin Anna Berger.') WHERE confidence > 0;

-- from 0.3.0
DROP EXTENSION geotext;
CREATE EXTENSION geotext VERSION '0.3.0';
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
ALTER EXTENSION geotext UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
SELECT * FROM pg_temp.update_problems();
SELECT count(*) > 0 AS analyses FROM geotext_entities('Angela Merkel sprach in Berlin.');

-- from 0.4.0
DROP EXTENSION geotext;
CREATE EXTENSION geotext VERSION '0.4.0';
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
ALTER EXTENSION geotext UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'geotext';
SELECT * FROM pg_temp.update_problems();
SELECT count(*) > 0 AS analyses FROM geotext_entities('Angela Merkel sprach in Berlin.');

-- back to a fresh install of the default version
DROP EXTENSION geotext;
CREATE EXTENSION geotext;
