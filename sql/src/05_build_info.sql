-- What went into this build of the library.
CREATE FUNCTION @extschema@.geotext_build_info()
RETURNS TABLE (item text, version text, records bigint, sha256 text)
AS 'MODULE_PATHNAME', 'geotext_build_info'
LANGUAGE C STABLE PARALLEL SAFE
COST 10 ROWS 25;

COMMENT ON FUNCTION @extschema@.geotext_build_info() IS
'What went into the installed geotext library: its version, the size of the built-in lexicon and of the word classes, every data file (with its SHA-256 and the entries it gave) and every word list read at build time (with its Debian package version and SHA-256). Two builds with the same rows analyse text alike.';
