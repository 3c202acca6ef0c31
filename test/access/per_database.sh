#!/bin/sh
# Write access to the gazetteer belongs to one database (libpq environment; a
# superuser; `make install` done). Creates the roles geotext_acc_* and the
# databases geotext_acc_*, checks that a database owner installs geotext
# (trusted) and grants writing to an editor who may then write there and
# nowhere else, that membership of the old cluster-wide role geotext_admin
# gives no write access to a 0.5.0 database, that an update from 0.4.0 takes
# that role's access away (with a warning naming its members), and that the
# earlier releases stay superuser-only; drops everything again.
# Prints "ok N - ..." / "not ok N - ..."; exits non-zero if any check failed.
set -u
. "$(dirname "$0")/../tap.sh"
export PGCLIENTENCODING=UTF8

# check NAME DB SQL EXPECTED: one psql query whose whole output must match.
check() {
    got=$(psql -X -q -At -v ON_ERROR_STOP=0 -d "$2" -c "$3" 2>&1)
    tap_check "$got" "$4" "$1"
}

# code DB SQL: the SQLSTATE the statement fails with, or "ok".
code() {
    psql -X -At -v ON_ERROR_STOP=1 -v VERBOSITY=sqlstate -d "$1" -c "$2" >/dev/null 2>"$tmp" && { echo ok; return; }
    sed -n 's/^ERROR:  *\([0-9A-Z]\{5\}\).*/\1/p' "$tmp" | head -1
}

DBS="geotext_acc_a geotext_acc_b geotext_acc_old"
ROLES="geotext_acc_owner geotext_acc_editor geotext_acc_member"
tmp=$(mktemp)
cleanup() {
    for db in $DBS; do psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; done
    for r in $ROLES; do psql -X -q -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1; done
    rm -f "$tmp"
}
trap cleanup EXIT
cleanup
tmp=$(mktemp)

psql -X -q -v ON_ERROR_STOP=1 <<SQL || exit 1
CREATE ROLE geotext_acc_owner LOGIN;
CREATE ROLE geotext_acc_editor LOGIN;
CREATE ROLE geotext_acc_member LOGIN;
-- the role of releases up to 0.4.0, which wrote the gazetteer of every database
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'geotext_admin') THEN CREATE ROLE geotext_admin NOLOGIN; END IF;
END \$\$;
GRANT geotext_admin TO geotext_acc_member;
CREATE DATABASE geotext_acc_a OWNER geotext_acc_owner;
CREATE DATABASE geotext_acc_b;
CREATE DATABASE geotext_acc_old;
SQL

A=geotext_acc_a
B=geotext_acc_b
INS="INSERT INTO geotext_gazetteer (name, canonical, kind) VALUES ('Quarnixwerk', 'Quarnixwerk AG', 'organization')"

# a database owner installs it (trusted) and grants writing in their database
check "a database owner (no superuser) installs geotext" $A \
  "SET ROLE geotext_acc_owner; CREATE EXTENSION geotext; SELECT extversion FROM pg_extension WHERE extname = 'geotext'" "0.5.0"
check "an older release stays superuser-only" $A \
  "SET ROLE geotext_acc_owner; DROP EXTENSION geotext; CREATE EXTENSION geotext VERSION '0.4.0'" \
  "ERROR:  permission denied to create extension \"geotext\"
HINT:  Must be superuser to create this extension."
psql -X -q -d $A -c "SET ROLE geotext_acc_owner; CREATE EXTENSION IF NOT EXISTS geotext" >/dev/null 2>&1
psql -X -q -d $B -c "CREATE EXTENSION geotext" || exit 1
tap_check "$(code $A "SET ROLE geotext_acc_owner; $INS")" ok "the installing owner may write the gazetteer"
tap_check "$(code $A "SET ROLE geotext_acc_editor; $INS")" 42501 "an editor may not write before a grant"
tap_check "$(code $A "SET ROLE geotext_acc_owner; GRANT INSERT, UPDATE, DELETE ON geotext_gazetteer TO geotext_acc_editor")" ok \
  "the owner grants writing in their database"
tap_check "$(code $A "SET ROLE geotext_acc_editor; $INS; UPDATE geotext_gazetteer SET note = 'checked'; DELETE FROM geotext_gazetteer WHERE note = 'checked' AND created_by = 'geotext_acc_editor'")" ok \
  "the editor may insert, update and delete there"
check "the editor's row is in the analysis of that database" $A \
  "SET ROLE geotext_acc_editor; $INS; SELECT canonical || ' ' || evidence FROM geotext_entities('Das Quarnixwerk meldete Gewinne.')" \
  "Quarnixwerk AG user:organization"

# ... and nowhere else
tap_check "$(code $B "SET ROLE geotext_acc_editor; $INS")" 42501 "the editor may not write the gazetteer of another database"
tap_check "$(code $B "SET ROLE geotext_acc_owner; $INS")" 42501 "nor may the owner of the first database"
tap_check "$(code $B "SET ROLE geotext_acc_member; $INS")" 42501 "a member of geotext_admin may not write a 0.5.0 gazetteer"
tap_check "$(code $A "SET ROLE geotext_acc_member; $INS")" 42501 "in no database"
tap_check "$(code $B "SET ROLE geotext_acc_editor; SELECT count(*) FROM geotext_gazetteer")" ok "everyone may still read it"

# an update from 0.4.0 takes the cluster-wide role's write access away
O=geotext_acc_old
psql -X -q -d $O -c "CREATE EXTENSION geotext VERSION '0.4.0'" || exit 1
tap_check "$(code $O "SET ROLE geotext_acc_member; $INS")" ok "0.4.0: a member of geotext_admin writes the gazetteer"
got=$(psql -X -At -d $O -c "ALTER EXTENSION geotext UPDATE" 2>&1 | grep -c 'members of geotext_admin no longer write geotext_gazetteer in this database: geotext_acc_member')
tap_check "$got" 1 "the update names the members that lose write access"
tap_check "$(code $O "SET ROLE geotext_acc_member; $INS")" 42501 "after the update the member may not write"
check "the rows written before the update stay" $O "SELECT count(*) FROM geotext_gazetteer" "1"
tap_check "$(code $O "$INS")" ok "the superuser who installed it still writes"

tap_finish
