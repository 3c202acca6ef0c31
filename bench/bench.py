#!/usr/bin/env python3
"""Throughput and memory benchmark of the geotext SQL functions against PostgreSQL's own text search.

Throughput (default): loads the corpus into the table bench_news(id, body) of the current database
(replacing it), runs VACUUM ANALYZE, then times each measured expression over the whole table in one
backend with parallel query and JIT off: one warm-up run (whose result is printed), then the best of
--runs runs of EXPLAIN (ANALYZE, TIMING OFF), reading the server-side "Execution Time".
MB = sum of octet_length(body) / 1e6.  Columns: seconds, ms per article, MB/s, and "x to_tsvector", the
THROUGHPUT ratio MB/s / MB/s of to_tsvector('german', body) on the same table in the same server (higher is
better: 2.00x = twice as fast as to_tsvector, 0.50x = half as fast).

Memory (--memory): builds one text of --memory-mb MB by concatenating corpus articles, stores it in
the table bench_big, and for each function opens a fresh connection, reads VmHWM (peak resident
memory) of the backend from /proc/<pg_backend_pid()>/status before and after running the function
on that text.  Needs the server on this machine and /proc readable.

A function that does not exist in the database is reported as n/a.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
import common  # noqa: E402

DEFAULT_CORPUS = common.DEFAULT_DATA_DIR / "corpus" / "10kgnad-test.jsonl"
SESSION_SETUP = "SET max_parallel_workers_per_gather = 0;\nSET jit = off;\n"
BASELINE = "to_tsvector"


@dataclass
class Measure:
    """A named expression: the SQL function it needs and a query over {table} forcing full evaluation."""
    name: str
    function: str
    query: str


MEASURES = [
    Measure("to_tsvector", "to_tsvector", "SELECT sum(length(to_tsvector('german', body))) FROM {table}"),
    Measure("ts_parse", "ts_parse", "SELECT count(*) FROM {table}, LATERAL ts_parse('default', body)"),
    Measure("geotext_tokens", "geotext_tokens", "SELECT count(*) FROM {table}, LATERAL geotext_tokens(body)"),
    Measure("geotext_sentences", "geotext_sentences",
            "SELECT count(*) FROM {table}, LATERAL geotext_sentences(body)"),
    Measure("geotext_entities", "geotext_entities",
            "SELECT count(*) FROM {table}, LATERAL geotext_entities(body)"),
    Measure("geotext_actors", "geotext_actors", "SELECT count(*) FROM {table}, LATERAL geotext_actors(body)"),
    Measure("geotext_quotes", "geotext_quotes", "SELECT count(*) FROM {table}, LATERAL geotext_quotes(body)"),
    Measure("geotext_extract", "geotext_extract",
            "SELECT sum(pg_column_size(geotext_extract(body))) FROM {table}"),
    Measure("icu_word_boundaries", "icu_word_boundaries",
            "SELECT count(*) FROM {table}, LATERAL icu_word_boundaries(body, 'de')"),
    Measure("length", "length", "SELECT sum(length(body)) FROM {table}"),  # floor: read + detoast only
]


# --------------------------------------------------------------------------- loading


def corpus_texts(path: Path) -> list[str]:
    """The article texts of a {id, label, text} JSONL corpus."""
    return [rec["text"] for rec in common.read_jsonl(common.require_file(path))]


def load_table(table: str, bodies: list[str], extra_sql: str = "") -> None:
    """(Re)create table(id, body) from bodies with one \\copy, run extra_sql, then VACUUM ANALYZE."""
    with tempfile.TemporaryDirectory(prefix="geotext-bench-") as tmp:
        path = common.write_csv_file(enumerate(bodies, 1), tmp)
        common.run_psql(f"DROP TABLE IF EXISTS {table};\n"
                        + common.load_table_sql(table, "id int PRIMARY KEY, body text", path, temp=False)
                        + extra_sql + f"VACUUM ANALYZE {table};\n")


def repeat_sql(table: str, repeat: int) -> str:
    """SQL appending repeat-1 copies of the table's rows with new ids."""
    if repeat <= 1:
        return ""
    return (f"INSERT INTO {table} SELECT t.id + k * m.n, t.body FROM {table} t, "
            f"(SELECT max(id) AS n FROM {table}) m, generate_series(1, {repeat - 1}) k;\n")


def table_size(table: str) -> tuple[int, float]:
    """Number of rows and megabytes (octets / 1e6) of the table's bodies."""
    row = common.query_rows(f"SELECT count(*) AS n, coalesce(sum(octet_length(body)), 0) AS b FROM {table}")[0]
    return int(row["n"]), int(row["b"]) / 1e6


def big_text(texts: list[str], megabytes: float) -> str:
    """Concatenate articles (repeating the corpus) until the text has at least megabytes * 1e6 octets."""
    parts, size, target = [], 0, megabytes * 1e6
    while size < target:
        for t in texts:
            parts.append(t)
            size += len(t.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- throughput


def time_query(query: str, runs: int) -> tuple[str, float]:
    """Warm up once (returning the query's result), then best Execution Time of runs EXPLAIN ANALYZE, in s."""
    explain = f"EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {query};\n"
    script = SESSION_SETUP + "\\echo ::result\n" + query + ";\n\\echo ::explain\n" + explain * runs
    out = common.run_psql(script, ["-A", "-t"])
    result_part, explain_part = out.split("::explain\n", 1)
    result = result_part.split("::result\n", 1)[1].strip()
    return result, min(execution_times(explain_part)) / 1000.0


def execution_times(text: str) -> list[float]:
    """Execution Time (ms) of each JSON EXPLAIN document in concatenated psql output."""
    decoder, pos, times = json.JSONDecoder(), 0, []
    text = text.strip()
    while pos < len(text):
        doc, end = decoder.raw_decode(text, pos)
        times.append(doc[0]["Execution Time"])
        pos = end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return times


def run_throughput(measures: list[Measure], available: set[str], runs: int) -> None:
    """Time each measure over bench_news; print seconds, ms/article, MB/s, throughput ratio and result."""
    rows, mb = table_size("bench_news")
    print(f"bench_news: {rows} rows, {mb:.2f} MB; best of {runs} runs after one warm-up, "
          f"one backend, parallel query and JIT off")
    print(f"x to_tsvector = throughput (MB/s) relative to to_tsvector('german', body): higher is better")
    print(f"{'name':<20} {'seconds':>9} {'ms/article':>10} {'MB/s':>9} {'x to_tsvector':>13}  result")
    base = None
    for m in measures:
        if m.function not in available:
            print(f"{m.name:<20} {'n/a':>9}  (function not installed)")
            continue
        try:
            result, secs = time_query(m.query.format(table="bench_news"), runs)
        except common.PsqlError as e:
            print(f"{m.name:<20} {'error':>9}  {str(e).splitlines()[0] if str(e) else ''}")
            continue
        base = secs if m.name == BASELINE else base
        ratio = f"{base / secs:.2f}x" if base and secs else "n/a"
        per_article = 1000 * secs / rows if rows else float("nan")
        mbps = mb / secs if secs else float("inf")
        print(f"{m.name:<20} {secs:>9.3f} {per_article:>10.3f} {mbps:>9.2f} {ratio:>13}  {result}")


# --------------------------------------------------------------------------- memory


def vm_hwm_kb(pid: int) -> int:
    """Peak resident set size (VmHWM, kB) of a local process."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmHWM for pid {pid}")


def psql_line(proc: subprocess.Popen, sql: str) -> str:
    """Send one statement to an interactive psql and read its one-line result."""
    proc.stdin.write(sql + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    if not line:
        raise common.PsqlError(proc.stderr.read().strip() or "psql ended")
    return line.strip()


def measure_memory(query: str) -> tuple[int, int, str]:
    """Run query in a fresh backend; return VmHWM before and after (kB) and the query result."""
    proc = subprocess.Popen([*common.PSQL_BASE, "-A", "-t"], env=common.psql_env(), text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        setup = SESSION_SETUP.replace("\n", " ")
        pid = int(psql_line(proc, setup + " SELECT pg_backend_pid();"))
        before = vm_hwm_kb(pid)
        result = psql_line(proc, query + ";")
        return before, vm_hwm_kb(pid), result
    finally:
        proc.stdin.close()
        proc.wait()


def run_memory(measures: list[Measure], available: set[str]) -> None:
    """Print the backend's peak memory before/after each measure on the one-row bench_big table."""
    rows, mb = table_size("bench_big")
    print(f"bench_big: {rows} row, {mb:.2f} MB; VmHWM of a fresh backend before and after the query")
    print(f"{'name':<20} {'before MB':>10} {'after MB':>10} {'delta MB':>10}  result")
    for m in measures:
        if m.function not in available:
            print(f"{m.name:<20} {'n/a':>10}")
            continue
        try:
            before, after, result = measure_memory(m.query.format(table="bench_big"))
        except (common.PsqlError, OSError) as e:
            print(f"{m.name:<20} {'error':>10}  {str(e).splitlines()[0] if str(e) else ''}")
            continue
        print(f"{m.name:<20} {before / 1024:>10.1f} {after / 1024:>10.1f} {(after - before) / 1024:>10.1f}  {result}")


# --------------------------------------------------------------------------- main


def select_measures(only: str | None) -> list[Measure]:
    """The measures named in --only (plus the to_tsvector baseline), or all of them."""
    if not only:
        return MEASURES
    names = {n.strip() for n in only.split(",") if n.strip()}
    unknown = names - {m.name for m in MEASURES}
    if unknown:
        sys.exit(f"error: unknown measure(s) {', '.join(sorted(unknown))}; "
                 f"choose from {', '.join(m.name for m in MEASURES)}")
    return [m for m in MEASURES if m.name in names | {BASELINE}]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                    help="JSONL corpus with a text field (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N", help="load N copies of the corpus")
    ap.add_argument("--runs", type=int, default=3, metavar="N", help="timed runs per expression (best is kept)")
    ap.add_argument("--only", metavar="NAMES",
                    help="comma-separated measures (" + ", ".join(m.name for m in MEASURES) + "); "
                         "to_tsvector is always run as the baseline")
    ap.add_argument("--skip-load", action="store_true", help="reuse the existing bench_news / bench_big table")
    ap.add_argument("--memory", action="store_true", help="measure peak backend memory instead of throughput")
    ap.add_argument("--memory-mb", type=float, default=10.0, metavar="MB",
                    help="size of the text for --memory (default: %(default)s)")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.runs < 1:
        ap.error("--repeat and --runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    common.print_banner("geotext benchmark: " + ("peak backend memory" if args.memory else "throughput"))
    measures = select_measures(args.only)
    available = common.existing_functions(m.function for m in measures)
    table = "bench_big" if args.memory else "bench_news"
    if not args.skip_load:
        texts = corpus_texts(args.corpus)
        print(f"# loading {args.corpus} into {table}")
        if args.memory:
            load_table(table, [big_text(texts, args.memory_mb)])
        else:
            load_table(table, texts, repeat_sql(table, args.repeat))
    if args.memory:
        run_memory(measures, available)
    else:
        run_throughput(measures, available, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
