#!/bin/sh
# Install what a fresh Debian 12 machine lacks to build and test geotext.
# Idempotent: does nothing (and touches no network) when all is present.
set -eu
PKGS="postgresql-15 postgresql-server-dev-15 postgresql-contrib libicu-dev pkg-config
      postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl postgresql-15-plproxy wngerman hunspell-de-de wamerican graphviz
      python3 gcc make clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# sudo resets the environment: pass DEBIAN_FRONTEND through env(1); no prompts (CI has no stdin)
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $missing
