#!/usr/bin/env python3
"""Two builds of geotext.so side by side: which one is faster, by how much, and how sure.

On a shared machine the time of one query drifts by 20-50% from minute to minute, more than most changes
make; comparing two bench.py runs made minutes apart measures the machine. This script compares two
builds in pairs: for each pair it installs build A, opens a fresh backend, runs the query once as a
warm-up and --runs times as EXPLAIN (ANALYZE, TIMING OFF), keeps the fastest server-side Execution Time,
then does the same with build B (the order alternates from pair to pair, so that a drift hits both
alike), and prints the time ratio B / A of each pair. The median of the ratios, with its quartiles, is the
figure: below 1.00 B is faster. Comparing a build with a copy of itself shows the harness's own noise: on
the development machine (2 shared cores) 10 pairs of geotext_entities gave a median of 1.015 with
quartiles 0.970 .. 1.068, so a difference of less than about 3% needs more pairs, or is not there.

    python3 bench/ab.py /tmp/old/geotext.so ./geotext.so                  # geotext_entities, 10 pairs
    python3 bench/ab.py A.so B.so --measure geotext_quotes --pairs 16 --runs 3

Needs write access to the server's library directory (pg_config --pkglibdir: run as root on a throwaway
or development server), the bench_news table of bench.py (run bench.py once first), and the libpq
environment of bench.py. The library installed before is put back at the end. Both builds must match the
installed SQL scripts (the same extension version). Each pair starts fresh backends, which load the library
that is installed at that moment.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
import common  # noqa: E402


def installed_library() -> Path:
    """Where the server loads geotext.so from."""
    libdir = subprocess.run(["pg_config", "--pkglibdir"], check=True, text=True,
                            capture_output=True).stdout.strip()
    return Path(libdir) / "geotext.so"


def install(library: Path, target: Path) -> None:
    """
    Put library in target's place as a new file (copy beside it, then rename): a backend that is still
    ending keeps its mapping of the old file, where copying over the file in place would change the
    pages under it and crash it (and with it every backend of the server).
    """
    fresh = target.with_name(target.name + ".ab-new")
    shutil.copyfile(library, fresh)
    fresh.replace(target)


def best_seconds(library: Path, target: Path, query: str, runs: int) -> float:
    """Install library, then the fastest of runs timed runs of query in a fresh backend (after a warm-up)."""
    install(library, target)
    backend = bench.Backend()
    try:
        backend.line(query)
        return min(backend.execution_seconds(query) for _ in range(runs))
    finally:
        backend.close()


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """First quartile, median and third quartile (the median alone for fewer than two values)."""
    if len(values) < 2:
        return values[0], values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[1], q[2]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", type=Path, help="build A: a geotext.so (the reference)")
    ap.add_argument("b", type=Path, help="build B: a geotext.so (the change)")
    ap.add_argument("--measure", default="geotext_entities",
                    help="a measure of bench.py (default geotext_entities)")
    ap.add_argument("--pairs", type=int, default=10, metavar="N", help="pairs of runs (default 10)")
    ap.add_argument("--runs", type=int, default=3, metavar="N",
                    help="timed runs per build and pair; the fastest counts (default 3)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    measure = next((m for m in bench.MEASURES if m.name == args.measure), None)
    if measure is None:
        sys.exit(f"error: unknown measure {args.measure}; choose from "
                 f"{', '.join(m.name for m in bench.MEASURES)}")
    for lib in (args.a, args.b):
        if not lib.is_file():
            sys.exit(f"error: {lib} is not a file")
    if args.pairs < 1 or args.runs < 1:
        sys.exit("error: --pairs and --runs must be at least 1")
    common.print_banner(f"geotext A/B: {measure.name}, {args.pairs} pairs, best of {args.runs}")
    target = installed_library()
    query = measure.query.format(table="bench_news")
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        saved = Path(tmp) / "geotext.so"
        shutil.copyfile(target, saved)
        try:
            print(f"{'pair':>4} {'A s':>8} {'B s':>8} {'B/A':>6}")
            for pair in range(args.pairs):
                order = (args.a, args.b) if pair % 2 == 0 else (args.b, args.a)
                times = {lib: best_seconds(lib, target, query, args.runs) for lib in order}
                ratio = times[args.b] / times[args.a]
                ratios.append(ratio)
                print(f"{pair + 1:>4} {times[args.a]:8.3f} {times[args.b]:8.3f} {ratio:6.3f}", flush=True)
        finally:
            install(saved, target)
    low, mid, high = quartiles(ratios)
    print(f"# time B / A: median {mid:.3f} (quartiles {low:.3f} .. {high:.3f}); "
          f"below 1 B is faster: {(1 - mid) * 100:+.1f}% time")
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
