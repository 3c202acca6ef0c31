#!/usr/bin/env python3
"""Instruction counts of to_tsvector and each geotext function, by valgrind's callgrind, on a fixed sample.

Wall-clock times on a shared machine are noisy; instruction counts are not. This script makes a throwaway
database cluster (initdb in a temporary directory; nothing of a running server is touched), loads the first
--docs articles of the corpus into bench_news, and runs every measured query once in a single-user backend
(`postgres --single`) under `valgrind --tool=callgrind --toggle-collect=standard_ExecutorRun`, so that only
the query's execution is counted (not start-up, parsing or the COPY). It prints the instructions (Ir) per
query, per article and per byte, and the ratio to to_tsvector('german', body).

With --cache-sim it also simulates the caches (callgrind --cache-sim=yes, last-level cache --ll-mb MB,
16-way, 64-byte lines, an ordinary server's size: the simulation cannot know the real machine's share of a
shared cache) and prints, per query, the last-level data read misses and the share of them in the lexicon's
lookups and in the taggers' weight rows (the misses of the code of the source files named in LEXICON_SOURCES
and MODEL_SOURCES, read from callgrind_annotate: by file, so that inlined code still counts where it belongs).
Cache simulation is about three times slower.

    python3 bench/callgrind.py                       # Ir of every measure, 300 articles
    python3 bench/callgrind.py --only geotext_entities --cache-sim
    python3 bench/callgrind.py --docs 100 --keep /tmp/cg   # keep the callgrind.out files

Needs valgrind, the PostgreSQL server binaries (pg_config --bindir) and the installed extension. Run as root
it runs the server as the postgres user (the server refuses to run as root).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
import bench  # noqa: E402
import common  # noqa: E402

DEFAULT_DOCS = 300        # the fixed sample: the first 300 articles of the corpus
DEFAULT_LL_MB = 32        # the simulated last-level cache (MB): a common server L3
LL_WAYS = 16
LINE_BYTES = 64
SERVER_USER = "postgres"  # who runs the throwaway server when this script runs as root
# The lexicon's lookups (each inclusive of the hashing and key compares it calls; none calls another)
# Where the lexicon's lookups and the taggers' weight rows are read: the source files whose code loads
# them. The misses are counted by the file of the code that missed (callgrind's debug line info), so that
# a function inlined into another, across files too (the core is built with link-time optimisation),
# still counts as the lookup or the row sum it is.
LEXICON_SOURCES = ["src/core/lexicon/"]
MODEL_SOURCES = ["src/core/model/weight_rows.h", "src/core/model/weight_table.c"]


def bindir() -> Path:
    """The server's binary directory (pg_config --bindir)."""
    return Path(subprocess.run(["pg_config", "--bindir"], check=True, capture_output=True,
                               text=True).stdout.strip())


def as_server_user(cmd: list[str]) -> list[str]:
    """The command, run as the postgres user when this script runs as root."""
    return ["runuser", "-u", SERVER_USER, "--", *cmd] if os.geteuid() == 0 else cmd


def single_user(datadir: Path, sql: str, wrapper: list[str] | None = None) -> str:
    """Run SQL statements (one per line) in a single-user backend; return its output."""
    cmd = [*(wrapper or []), str(bindir() / "postgres"), "--single", "-D", str(datadir),
           "-c", "max_parallel_workers_per_gather=0", "-c", "jit=off", "postgres"]
    proc = subprocess.run(as_server_user(cmd), input=sql, capture_output=True, text=True)
    if proc.returncode != 0 or "ERROR:" in proc.stdout + proc.stderr:
        raise RuntimeError(f"single-user backend failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return proc.stdout


def make_cluster(tmp: Path, texts: list[str]) -> Path:
    """initdb a cluster in tmp, create the extension and bench_news(id, body) with the texts."""
    datadir = tmp / "data"
    subprocess.run(as_server_user([str(bindir() / "initdb"), "-D", str(datadir), "-U", SERVER_USER,
                                   "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
                   check=True, capture_output=True)
    csv = common.write_csv_file(enumerate(texts, 1), str(tmp))
    os.chmod(csv, 0o644)
    single_user(datadir, "CREATE EXTENSION geotext\n"
                         "CREATE TABLE bench_news (id int PRIMARY KEY, body text)\n"
                         f"COPY bench_news FROM '{csv}' WITH (FORMAT csv)\n"
                         "VACUUM ANALYZE bench_news\n")
    return datadir


def callgrind(datadir: Path, query: str, out: Path, cache_sim: bool, ll_mb: int) -> Path:
    """Run query once in a single-user backend under callgrind, counting the executor only."""
    wrapper = ["valgrind", "--tool=callgrind", "--toggle-collect=standard_ExecutorRun",
               f"--callgrind-out-file={out}"]
    if cache_sim:
        wrapper += ["--cache-sim=yes", f"--LL={ll_mb * 1024 * 1024},{LL_WAYS},{LINE_BYTES}"]
    single_user(datadir, query.replace("\n", " ") + "\n", wrapper)
    return out


def totals(out: Path) -> dict[str, int]:
    """Event totals of a callgrind.out file (events: Ir, or Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw)."""
    events, total = None, None
    for line in out.read_text(errors="replace").splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith(("summary:", "totals:")):
            total = [int(x) for x in line.split()[1:]]
    if not events or not total:
        raise RuntimeError(f"no totals in {out}")
    return dict(zip(events, total))


def misses_by_source(out: Path) -> dict[str, int]:
    """Last-level data read misses per source file of the code that missed (callgrind_annotate, exclusive)."""
    ann = subprocess.run(["callgrind_annotate", "--inclusive=no", "--show=DLmr", "--threshold=100", str(out)],
                         capture_output=True, text=True, check=True).stdout
    misses: dict[str, int] = {}
    for line in ann.splitlines():
        # "N (p%)  file:function [object]": one line per function and file its code came from
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(\S*?):[A-Za-z_][\w.]*", line)
        if m:
            misses[m.group(2)] = misses.get(m.group(2), 0) + int(m.group(1).replace(",", ""))
    return misses


def miss_shares(out: Path) -> tuple[int, int, int]:
    """All last-level data read misses, those in lexicon lookups and those in the models' weight rows."""
    total = totals(out).get("DLmr", 0)
    by_source = misses_by_source(out)
    lexicon = sum(n for f, n in by_source.items() if any(s in f for s in LEXICON_SOURCES))
    model = sum(n for f, n in by_source.items() if any(s in f for s in MODEL_SOURCES))
    return total, lexicon, model


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=bench.DEFAULT_CORPUS)
    ap.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="articles in the sample (default %(default)s)")
    ap.add_argument("--only", metavar="NAMES", help="comma-separated measures (to_tsvector always runs)")
    ap.add_argument("--cache-sim", action="store_true", help="simulate the caches: last-level misses")
    ap.add_argument("--ll-mb", type=int, default=DEFAULT_LL_MB, help="simulated last-level cache, MB")
    ap.add_argument("--keep", type=Path, help="keep the callgrind.out files in this directory")
    args = ap.parse_args(argv)
    if not shutil.which("valgrind"):
        sys.exit("error: valgrind is not installed (apt-get install valgrind)")
    measures = [m for m in bench.select_measures(args.only) if m.name not in ("icu_word_boundaries",)]
    texts = bench.corpus_texts(args.corpus)[:args.docs]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    tmp = Path(tempfile.mkdtemp(prefix="geotext-callgrind-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(tmp, SERVER_USER)
        datadir = make_cluster(tmp, texts)
        print(f"# {len(texts)} articles, {nbytes / 1e6:.2f} MB; one run each in a single-user backend, "
              f"instructions of the executor (callgrind --toggle-collect=standard_ExecutorRun)")
        head = f"{'name':<20} {'Ir':>15} {'Ir/article':>12} {'Ir/byte':>9} {'x to_tsvector':>13}"
        if args.cache_sim:
            head += f" {'LL read misses':>15} {'lexicon':>8} {'models':>8}"
        print(head)
        base = None
        for m in measures:
            out = callgrind(datadir, m.query.format(table="bench_news"), tmp / f"callgrind.{m.name}.out",
                            args.cache_sim, args.ll_mb)
            ir = totals(out)["Ir"]
            base = ir if m.name == bench.BASELINE else base
            line = (f"{m.name:<20} {ir:>15,} {ir / len(texts):>12,.0f} {ir / nbytes:>9.0f} "
                    f"{(base / ir if base else float('nan')):>12.2f}x")
            if args.cache_sim:
                total, lex, model = miss_shares(out)
                line += (f" {total:>15,} {100 * lex / total if total else 0:>7.1f}% "
                         f"{100 * model / total if total else 0:>7.1f}%")
            print(line)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(out, args.keep / out.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
