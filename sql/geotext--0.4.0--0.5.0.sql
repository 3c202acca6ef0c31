-- geotext 0.4.0 -> 0.5.0 (ALTER EXTENSION geotext UPDATE TO '0.5.0').
\echo Use "ALTER EXTENSION geotext UPDATE TO '0.5.0'" to load this file. \quit

-- No function's row type changes: users' views over 0.4.0 stay as they are.

-- Write access belongs to one database. Up to 0.4.0 the cluster-wide role
-- geotext_admin could write the gazetteer of every database with geotext; now
-- the extension's owner writes and grants writing here, database by database.
-- The role itself is left alone (other databases may still use an older
-- release); members who lose write access here are named in a warning (an
-- extension script shows no notices).
DO $$
DECLARE
	members text;
BEGIN
	IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'geotext_admin') THEN
		SELECT pg_catalog.string_agg(pg_catalog.quote_ident(m.rolname), ', ' ORDER BY m.rolname)
		  INTO members
		  FROM pg_catalog.pg_auth_members a
		  JOIN pg_catalog.pg_roles r ON r.oid = a.roleid AND r.rolname = 'geotext_admin'
		  JOIN pg_catalog.pg_roles m ON m.oid = a.member;
		REVOKE INSERT, UPDATE, DELETE ON TABLE @extschema@.geotext_gazetteer FROM geotext_admin;
		IF members IS NOT NULL THEN
			RAISE WARNING 'members of geotext_admin no longer write geotext_gazetteer in this database: %', members
				USING HINT = 'Grant writing per database: GRANT INSERT, UPDATE, DELETE ON geotext_gazetteer TO role.';
		END IF;
	END IF;
END
$$;

GRANT INSERT, UPDATE, DELETE ON TABLE @extschema@.geotext_gazetteer TO @extowner@ WITH GRANT OPTION;

COMMENT ON TABLE @extschema@.geotext_gazetteer IS
'User gazetteer: names that add to or override the built-in lexicon for every later call, in the same transaction at once and in other sessions right after commit. A row''s name is looked up as a normalised key (NFC, typographic apostrophes and hyphens, sharp s (U+00DF) as ss); names of form ''name'' also get their genitive -s form (Kreml, Kremls). User rows come before built-in entries for the same key. Everyone may read it; the extension''s owner may write it and grant writing to others, database by database (GRANT INSERT, UPDATE, DELETE ON geotext_gazetteer TO editor). Dumped by pg_dump.';
