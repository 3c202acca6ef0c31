#!/usr/bin/env python3
"""Lexicon coverage: share of GermEval 2014 dev news-slice LOC gold mentions that geotext_lookup finds.

Gold mentions are the outer-tag B-LOC/I-LOC spans of the news slice (sentences not from
de.wikipedia.org), counted with their frequency.  A mention string is "found" when
geotext_lookup(term) returns at least one row; all distinct strings are looked up in one query.

It then measures, in fresh backends:
- load time: the first geotext_lookup call of a new backend minus the second one (the built-in
  lexicon is compiled into geotext.so, so this is library load plus the user gazetteer build);
- user gazetteer build time for N synthetic rows (inserted in a transaction that is rolled back;
  needs write access to geotext_gazetteer, else skipped) and its memory context size;
- memory per backend: geotext.so's mappings in /proc/<backend pid>/smaps. The compiled table sits
  in read-only file-backed pages (one copy in the page cache for all backends); only the anonymous
  (copy-on-write) pages are per-backend. smaps is read by psql's \! on the client (same host, same
  user or root) or else with pg_read_file on the server (superuser).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

LOOKUP_QUERY = ("SELECT d.id, EXISTS (SELECT 1 FROM geotext_lookup(d.body)) AS found "
                "FROM docs d ORDER BY d.id")


def loc_mentions(path: Path) -> Counter:
    """Frequency of each LOC gold mention string in the GermEval news slice."""
    return Counter(s.text[start:end] for s in common.germeval_news(path)
                   for start, end, label in s.entities if label == "LOC")


def lookup(terms: list[str]) -> set[str]:
    """The terms for which geotext_lookup returns at least one row (one psql session)."""
    rows = common.query_docs(enumerate(terms, 1), LOOKUP_QUERY)
    return {terms[int(r["id"]) - 1] for r in rows if r["found"] == "t"}


# Times (ms) of the first and second geotext_lookup calls of this backend, server-side.
TIMING_DO = r"""
DO $$
DECLARE t0 timestamptz; t1 timestamptz; t2 timestamptz;
BEGIN
    t0 := clock_timestamp();
    PERFORM count(*) FROM geotext_lookup('Kreml');
    t1 := clock_timestamp();
    PERFORM count(*) FROM geotext_lookup('Russland');
    t2 := clock_timestamp();
    PERFORM set_config('geotext_eval.first_ms', (1000 * extract(epoch FROM t1 - t0))::text, false);
    PERFORM set_config('geotext_eval.second_ms', (1000 * extract(epoch FROM t2 - t1))::text, false);
END $$;
"""

# The geotext.so mappings of this backend: client-side \! first, pg_read_file as a fallback.
SMAPS_SCRIPT = r"""
SELECT pg_backend_pid() AS gt_pid \gset
\setenv GT_PID :gt_pid
\echo __SMAPS_CLIENT__
\! cat /proc/$GT_PID/smaps 2>/dev/null || true
\echo __SMAPS_SERVER__
SELECT CASE WHEN has_function_privilege('pg_read_file(text)', 'EXECUTE')
             AND pg_has_role('pg_read_server_files', 'MEMBER')
            THEN pg_read_file('/proc/' || pg_backend_pid() || '/smaps') END;
\echo __SMAPS_END__
"""

# Build time (ms) and memory context size of a user gazetteer of geotext_eval.rows synthetic rows
# (the caller reads the settings, then rolls the transaction back: set_config is transactional).
BUILD_DO = r"""
BEGIN;
DO $$
DECLARE t0 timestamptz; t1 timestamptz; t2 timestamptz; cxt text;
        n int := current_setting('geotext_eval.rows')::int;
BEGIN
    PERFORM count(*) FROM geotext_lookup('Kreml');   -- library loaded, cache built
    BEGIN
        INSERT INTO geotext_gazetteer (name, canonical, kind, country, note)
        SELECT 'Evalort' || i, 'Evalort ' || i, 'place', 'DE', 'lexicon_coverage.py'
        FROM generate_series(1, n) AS i;
    EXCEPTION WHEN insufficient_privilege THEN
        PERFORM set_config('geotext_eval.build_ms', 'no write access to geotext_gazetteer', false);
        RETURN;
    END;
    t0 := clock_timestamp();
    PERFORM count(*) FROM geotext_lookup('Evalort1');  -- rebuilds the user lexicon
    t1 := clock_timestamp();
    PERFORM count(*) FROM geotext_lookup('Evalort2');  -- cached
    t2 := clock_timestamp();
    PERFORM set_config('geotext_eval.build_ms', (1000 * extract(epoch FROM (t1 - t0) - (t2 - t1)))::text, false);
    IF has_table_privilege('pg_backend_memory_contexts', 'SELECT') THEN
        EXECUTE $q$SELECT sum(total_bytes)::text FROM pg_backend_memory_contexts
                   WHERE name = 'geotext user gazetteer'$q$ INTO cxt;
    END IF;
    PERFORM set_config('geotext_eval.cxt_bytes', coalesce(cxt, ''), false);
END $$;
"""

SMAPS_FIELDS = ("Size", "Rss", "Pss", "Shared_Clean", "Shared_Dirty", "Private_Clean", "Private_Dirty",
                "Anonymous")
SMAPS_HEADER = re.compile(r"^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$")


def setting_lines(text: str, names: list[str]) -> dict:
    """Values printed by `SELECT current_setting(...)` lines tagged name=value."""
    out = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key in names:
            out[key] = value
    return out


def parse_smaps(text: str, suffix: str = "/geotext.so") -> dict[str, dict[str, int]]:
    """Sum the smaps fields (kB) of every mapping of a file ending in suffix, per permission set."""
    sums: dict[str, dict[str, int]] = {}
    current = None
    for line in text.splitlines():
        m = SMAPS_HEADER.match(line)
        if m:
            current = sums.setdefault(m.group(1), dict.fromkeys(SMAPS_FIELDS, 0)) \
                if m.group(2).endswith(suffix) else None
            continue
        if current is not None:
            field, _, rest = line.partition(":")
            if field in current:
                current[field] += int(rest.split()[0])
    return sums


def measure_load() -> dict:
    """First and second geotext_lookup call of a fresh backend, and its geotext.so mappings."""
    out = common.run_psql(TIMING_DO + "SELECT 'first_ms=' || current_setting('geotext_eval.first_ms'), "
                          "'second_ms=' || current_setting('geotext_eval.second_ms');\n" + SMAPS_SCRIPT,
                          ["-A", "-t", "-F", "\n"])
    head, _, rest = out.partition("__SMAPS_CLIENT__")
    client, _, rest = rest.partition("__SMAPS_SERVER__")
    server = rest.partition("__SMAPS_END__")[0]
    values = setting_lines(head, ["first_ms", "second_ms"])
    smaps = parse_smaps(client) or parse_smaps(server)
    return {"first_ms": float(values["first_ms"]), "second_ms": float(values["second_ms"]),
            "smaps": smaps, "smaps_from": "client /proc" if parse_smaps(client) else
            ("server pg_read_file" if smaps else None)}


def measure_build(rows: int) -> dict:
    """Build time and memory of a user gazetteer of `rows` rows (rolled back afterwards)."""
    out = common.run_psql(f"SET geotext_eval.rows = {int(rows)};\n" + BUILD_DO +
                          "SELECT 'build_ms=' || current_setting('geotext_eval.build_ms', true), "
                          "'cxt_bytes=' || coalesce(current_setting('geotext_eval.cxt_bytes', true), '');\n"
                          "ROLLBACK;\n",
                          ["-A", "-t", "-F", "\n"])
    return setting_lines(out, ["build_ms", "cxt_bytes"])


def print_load(rows: int) -> None:
    """Print load time, gazetteer build time and memory per backend."""
    load = measure_load()
    print(f"load time: first geotext_lookup {load['first_ms']:.2f} ms, second {load['second_ms']:.3f} ms "
          f"-> library load + user gazetteer build {load['first_ms'] - load['second_ms']:.2f} ms")
    if rows > 0:
        build = measure_build(rows)
        ms = build.get("build_ms", "")
        try:
            line = f"{float(ms):.2f} ms"
        except ValueError:
            line = f"skipped ({ms or 'unknown'})"
        cxt = build.get("cxt_bytes")
        mem = f", {int(cxt) / 1024:.0f} kB in its memory context" if cxt else ""
        print(f"user gazetteer build: {rows} rows in {line}{mem}")
    if not load["smaps"]:
        print("memory per backend: geotext.so mappings not readable (run on the server's host as "
              "root or the server's user, or as superuser)")
        return
    print(f"memory per backend: geotext.so mappings (kB, from {load['smaps_from']}):")
    print(f"  {'perms':<6}" + "".join(f"{f:>15}" for f in SMAPS_FIELDS))
    total = dict.fromkeys(SMAPS_FIELDS, 0)
    for perms, fields in sorted(load["smaps"].items()):
        print(f"  {perms:<6}" + "".join(f"{fields[f]:>15}" for f in SMAPS_FIELDS))
        for f in SMAPS_FIELDS:
            total[f] += fields[f]
    print(f"  {'total':<6}" + "".join(f"{total[f]:>15}" for f in SMAPS_FIELDS))
    private = total["Anonymous"]
    print(f"  resident {total['Rss']} kB of {total['Size']} kB mapped: {total['Rss'] - private} kB file-backed\n"
          f"  (code and compiled lexicon, read-only: one copy in the page cache for all backends),\n"
          f"  {private} kB anonymous copy-on-write (relocations, .data: the only per-backend cost).\n"
          f"  Shared_*/Private_* only count how many processes map a page now; *_Dirty on file-backed\n"
          f"  pages means the page cache has not yet written back a freshly installed geotext.so.")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=common.DEFAULT_DATA_DIR,
                    help="directory holding ner/ (default: %(default)s)")
    ap.add_argument("--misses", type=int, default=30, metavar="N", help="list the N most frequent misses")
    ap.add_argument("--gazetteer-rows", type=int, default=1000, metavar="N",
                    help="time a user gazetteer build of N synthetic rows, rolled back (0: skip)")
    ap.add_argument("--no-coverage", action="store_true",
                    help="only measure load time and memory (no GermEval data needed)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    common.print_banner("lexicon coverage of GermEval dev news-slice LOC mentions (geotext_lookup)")
    common.require_functions("geotext_lookup")
    if args.no_coverage:
        print_load(args.gazetteer_rows)
        return 0
    mentions = loc_mentions(common.data_path(args.data_dir, common.GERMEVAL_DEV))
    terms = sorted(mentions)
    found = lookup(terms)
    total, hits = sum(mentions.values()), sum(mentions[t] for t in found)
    print(f"LOC mentions found: {hits}/{total} = {100 * hits / total:.2f}%  "
          f"(distinct strings: {len(found)}/{len(terms)} = {100 * len(found) / len(terms):.2f}%)")
    misses = Counter({t: n for t, n in mentions.items() if t not in found})
    print(f"-- {min(args.misses, len(misses))} most frequent misses (count, mention)")
    for term, n in misses.most_common(args.misses):
        print(f"{n:>4}  {term}")
    print_load(args.gazetteer_rows)
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
