#!/usr/bin/env python3
"""The release's version is stated once, in geotext.control; check META.json and the docs against it.

Checks META.json against the PGXN meta spec 1.0.0 (the required keys and their shapes, semantic
versions, a provides entry for the extension whose file exists) and that every other place that names
the version names the control file's default_version: META.json (version, provides), the README's
"brought to this version (X)", the examples in docs/reference.md, and that an upgrade script leads to it
from the previous release. Prints one line per problem and exits 1 when there is any (make check-meta).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")
REQUIRED = ("name", "abstract", "maintainer", "license", "provides", "meta-spec", "version")
RELEASE_STATUS = ("stable", "testing", "unstable")


def control_version() -> str:
    """default_version of geotext.control."""
    m = re.search(r"^default_version\s*=\s*'([^']+)'", (ROOT / "geotext.control").read_text(), re.M)
    if not m:
        sys.exit("geotext.control: no default_version")
    return m.group(1)


def check_meta(version: str) -> list[str]:
    """Problems of META.json."""
    problems = []
    try:
        meta = json.loads((ROOT / "META.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"META.json: not readable JSON: {e}"]
    for key in REQUIRED:
        if key not in meta:
            problems.append(f"META.json: required key {key!r} missing")
    if meta.get("name") != "geotext":
        problems.append("META.json: name is not geotext")
    if not isinstance(meta.get("maintainer"), (str, list)) or not meta.get("maintainer"):
        problems.append("META.json: maintainer must be a string or a non-empty list")
    if not isinstance(meta.get("license"), (str, list, dict)) or not meta.get("license"):
        problems.append("META.json: license must be a string, a list or an object")
    if meta.get("meta-spec", {}).get("version") != "1.0.0":
        problems.append("META.json: meta-spec version must be 1.0.0")
    if meta.get("release_status", "stable") not in RELEASE_STATUS:
        problems.append(f"META.json: release_status must be one of {', '.join(RELEASE_STATUS)}")
    if not SEMVER.match(str(meta.get("version", ""))):
        problems.append("META.json: version is not a semantic version")
    if meta.get("version") != version:
        problems.append(f"META.json: version {meta.get('version')} is not the control file's {version}")
    ext = meta.get("provides", {}).get("geotext")
    if not isinstance(ext, dict):
        problems.append("META.json: provides has no geotext entry")
    else:
        if ext.get("version") != version:
            problems.append(f"META.json: provides.geotext.version {ext.get('version')} is not {version}")
        if not ext.get("file") or not (ROOT / ext["file"]).is_file():
            problems.append(f"META.json: provides.geotext.file {ext.get('file')!r} does not exist")
    return problems


def check_docs(version: str) -> list[str]:
    """Problems of the places in the docs that name the version."""
    problems = []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"brought to this version \(([^)]+)\)", readme)
    if not m or m.group(1) != version:
        problems.append(f"README.md: 'brought to this version ({m.group(1) if m else '?'})' is not {version}")
    for found in re.findall(r'"geotext": "([^"]+)"', (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")):
        if found != version:
            problems.append(f'docs/reference.md: example "geotext": "{found}" is not {version}')
    if not list((ROOT / "sql").glob(f"geotext--*--{version}.sql")):
        problems.append(f"sql/: no upgrade script to {version}")
    return problems


def main() -> int:
    """Entry point."""
    version = control_version()
    problems = check_meta(version) + check_docs(version)
    for p in problems:
        print(p)
    print(f"check-meta: version {version}: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
