#!/usr/bin/env python3
"""Peak backend memory of geotext extraction over 1,000 and 100,000 rows.

    python3 bench/memory.py [--rows 1000,100000] [--functions geotext_tokens,geotext_quotes]

Creates (and replaces) the table geotext_mem_news with rows made from the
example article (examples/nordkorea-russland.txt): each row is the article's
sentences rotated by a row-dependent amount, with the row number in a
heading, so no two rows are alike. For every function (by default every SQL
function of the extension) and row count it opens a fresh backend, runs one
extraction over the first N rows (SELECT count(*) FROM geotext_mem_news,
LATERAL f(body) WHERE id <= N for the set-returning functions; a call per row
for geotext_extract; geotext_lookup looks up one word of each row) and prints
the backend's peak resident set (VmHWM) and its anonymous resident memory
(RssAnon: the backend's own heap, without the shared lexicon pages) from
/proc/self/status, read by the backend itself with pg_read_file, so a
superuser and the same machine are needed) before and after. Flat memory
means the peak does not grow with the number of rows.

The measuring backends run with max_parallel_workers_per_gather = 0 and
jit = off: with parallel workers the leader does only part of the rows (and
the workers' memory is not seen), and LLVM's memory for JIT-compiling a large
query (about 20 MB of RssAnon, outside PostgreSQL's memory contexts, once the
query's cost passes jit_above_cost) would hide what the functions use.

Needs psql and the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER);
CREATE EXTENSION geotext must have been done.
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = os.path.join(HERE, "..", "examples", "nordkorea-russland.txt")


# One backend does all the work, without JIT (see the module docstring).
MEASURE_OPTIONS = "-c max_parallel_workers_per_gather=0 -c jit=off"

# How each function is run over the rows n.id <= N: a LATERAL call for the
# set-returning functions, a call per row for the value function, and one word
# of each row for geotext_lookup (which takes a term, not a text).
QUERIES = {
    "geotext_extract": "SELECT count(geotext_extract(n.body)) FROM geotext_mem_news n WHERE n.id <= {n}",
    "geotext_lookup": ("SELECT count(*) FROM geotext_mem_news n, "
                       "LATERAL geotext_lookup(split_part(n.body, ' ', 4 + n.id % 30)) z "
                       "WHERE n.id <= {n}"),
}
LATERAL = "SELECT count(*) FROM geotext_mem_news n, LATERAL {f}(n.body) z WHERE n.id <= {n}"
ALL_FUNCTIONS = ("geotext_tokens,geotext_sentences,geotext_entities,geotext_actors,"
                 "geotext_quotes,geotext_extract,geotext_lookup")


def psql(sql, options=None):
    """Run SQL in a fresh psql session; return its unaligned output."""
    env = dict(os.environ)
    if options:
        env["PGOPTIONS"] = (env.get("PGOPTIONS", "") + " " + options).strip()
    out = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True, env=env)
    return out.stdout


def dollar(text):
    """A dollar-quoted SQL literal of text."""
    tag = "$geotext_mem$"
    assert tag not in text
    return tag + text + tag


def make_table(nrows):
    """Create geotext_mem_news with nrows rows of varied article text."""
    with open(ARTICLE, encoding="utf-8") as f:
        article = f.read()
    sentences = [s for s in re.split(r"(?<=[.!?“])\s+", article) if s.strip()]
    arr = "ARRAY[" + ",".join(dollar(s) for s in sentences) + "]::text[]"
    psql(f"""
DROP TABLE IF EXISTS geotext_mem_news;
CREATE TABLE geotext_mem_news AS
SELECT i AS id,
       'Meldung ' || i || E' vom ' || (date '2024-01-01' + (i % 365)) || E'\\n\\n' ||
       array_to_string(a[1 + i % n:n] || a[1:i % n], ' ') AS body
FROM generate_series(1, {nrows}) AS i,
     LATERAL (SELECT {arr} AS a) s,
     LATERAL (SELECT array_length(s.a, 1) AS n) m;
ANALYZE geotext_mem_news;
""")


HWM_SQL = "(SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\\s*(\\d+) kB')::bigint)"
# Anonymous resident memory now: the backend's own heap, without the file-backed
# (shared) lexicon pages of geotext.so that VmHWM also counts. A leak grows it.
ANON_SQL = "(SELECT substring(pg_read_file('/proc/self/status') FROM 'RssAnon:\\s*(\\d+) kB')::bigint)"


def measure(func, nrows):
    """Peak RSS (kB) of a fresh backend before and after one extraction."""
    query = QUERIES.get(func, LATERAL)
    sql = (f"SELECT {HWM_SQL};"
           f"{query.format(f=func, n=1)};"  # load the library
           f"SELECT {HWM_SQL}, {ANON_SQL};"
           f"{query.format(f=func, n=nrows)};"
           f"SELECT {HWM_SQL}, {ANON_SQL};")
    t0 = time.monotonic()
    values = [int(x) for x in psql(sql, MEASURE_OPTIONS).replace("|", " ").split()]
    elapsed = time.monotonic() - t0
    start, _, loaded, anon_loaded, rows, after, anon_after = values
    return start, loaded, rows, after, anon_loaded, anon_after, elapsed


def main():
    """Build the table, measure each function and row count, print a table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="1000,100000")
    ap.add_argument("--functions", default=ALL_FUNCTIONS)
    args = ap.parse_args()
    counts = [int(x) for x in args.rows.split(",")]
    funcs = args.functions.split(",")
    make_table(max(counts))
    print(f"{'function':<18} {'rows':>8} {'result rows':>12} {'VmHWM start':>12} "
          f"{'after load':>11} {'after rows':>11} {'growth':>8} {'RssAnon load':>13} "
          f"{'RssAnon rows':>13} {'seconds':>8}")
    for func in funcs:
        for n in counts:
            start, loaded, rows, after, anon_loaded, anon_after, secs = measure(func, n)
            print(f"{func:<18} {n:>8} {rows:>12} {start:>9} kB {loaded:>8} kB "
                  f"{after:>8} kB {after - loaded:>5} kB {anon_loaded:>10} kB "
                  f"{anon_after:>10} kB {secs:>8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
