#!/usr/bin/env python3
"""Throughput, scaling and memory benchmark of the geotext SQL functions against PostgreSQL's own text search.

Throughput (default): loads the corpus into the table bench_news(id, body) of the current database
(replacing it), runs VACUUM ANALYZE, then opens one backend per measured expression (parallel query and
JIT off), runs each once as a warm-up (its result is printed), then --runs rounds in which every
expression runs once in turn (interleaved, so that a slow phase of a noisy machine hits all alike) as
EXPLAIN (ANALYZE, TIMING OFF), reading the server-side "Execution Time"; the median is reported, and
the spread (slowest - fastest) / median as the noise.
MB = sum of octet_length(body) / 1e6.  Columns: seconds, ms per article, MB/s, and "x to_tsvector", the
THROUGHPUT ratio MB/s / MB/s of to_tsvector('german', body) on the same table in the same server (higher is
better: 2.00x = twice as fast as to_tsvector, 0.50x = half as fast).

Parallel (--parallel): the corpus 20 times (--repeat), geotext_extract over it with 0 and with --workers
parallel workers per gather (parallel_setup_cost and parallel_tuple_cost 0, JIT off), interleaved; prints
both times, their ratio, and the plan's Gather node, workers launched and scan.

Linearity (--linearity): the corpus cut at white space into documents of 1 kB, 10 kB, 100 kB, 1 MB and
10 MB (about --linear-mb MB of text per size, tables bench_linear_*), MB/s of tokens, entities, quotes
and extract per size, and max/min of each function's MB/s over the sizes (1.00 = perfectly linear).

Memory (--memory): builds one text of --memory-mb MB by concatenating corpus articles, stores it in
the table bench_big, and for each function opens a fresh connection, reads VmHWM (peak resident
memory) of the backend from /proc/<pg_backend_pid()>/status before and after running the function
on that text.  Needs the server on this machine and /proc readable.

A function that does not exist in the database is reported as n/a.
"""

from __future__ import annotations

import argparse
import json
import statistics
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


class Backend:
    """One interactive psql (one server backend) that runs queries and returns their one-line results."""

    def __init__(self, setup: str = SESSION_SETUP):
        self.proc = subprocess.Popen([*common.PSQL_BASE, "-A", "-t"], env=common.psql_env(), text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.pid = int(self.line(setup.replace("\n", " ") + " SELECT pg_backend_pid()"))

    def line(self, sql: str) -> str:
        """Run one statement whose result is one line; return that line."""
        return psql_line(self.proc, sql + ";")

    def explain(self, query: str, verbose: bool = False) -> dict:
        """EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON[, VERBOSE]) of query, as the plan document."""
        options = "ANALYZE, TIMING OFF, FORMAT JSON" + (", VERBOSE" if verbose else "")
        self.proc.stdin.write(f"EXPLAIN ({options}) {query};\n\\echo ::end\n")
        self.proc.stdin.flush()
        lines = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise common.PsqlError(self.proc.stderr.read().strip() or "psql ended")
            if line.strip() == "::end":
                break
            lines.append(line)
        return json.loads("".join(lines))[0]

    def execution_seconds(self, query: str) -> float:
        """Server-side Execution Time of one run of query, in seconds."""
        return self.explain(query)["Execution Time"] / 1000.0

    def close(self) -> None:
        """End the session."""
        self.proc.stdin.close()
        self.proc.wait()


def median(values: list[float]) -> float:
    """The median of a non-empty list."""
    return statistics.median(values)


def interleaved_times(measures: list[Measure], table: str, runs: int,
                      setup: str = SESSION_SETUP) -> dict[str, tuple[str, list[float]]]:
    """
    Warm each measure up in its own backend (result kept), then run the measures round-robin, runs rounds,
    so that a slow phase of the machine hits every measure alike. name -> (result, seconds per run).
    """
    backends, out = {}, {}
    try:
        for m in measures:
            try:
                b = Backend(setup)
                backends[m.name] = b
                out[m.name] = (b.line(m.query.format(table=table)), [])
            except common.PsqlError as e:
                out[m.name] = ("error: " + (str(e).splitlines()[0] if str(e) else ""), [])
                backends.pop(m.name, None)
        for _ in range(runs):
            for m in measures:
                if m.name in backends:
                    out[m.name][1].append(backends[m.name].execution_seconds(m.query.format(table=table)))
    finally:
        for b in backends.values():
            b.close()
    return out


def run_throughput(measures: list[Measure], available: set[str], runs: int) -> None:
    """Time each measure over bench_news; print seconds, ms/article, MB/s, throughput ratio and result."""
    rows, mb = table_size("bench_news")
    print(f"bench_news: {rows} rows, {mb:.2f} MB; median of {runs} interleaved runs after one warm-up, "
          f"one backend per measure, parallel query and JIT off")
    print(f"x to_tsvector = throughput (MB/s) relative to to_tsvector('german', body): higher is better; "
          f"spread = (slowest - fastest) / median of the runs (the machine's noise)")
    print(f"{'name':<20} {'seconds':>9} {'ms/article':>10} {'MB/s':>9} {'x to_tsvector':>13} {'spread':>7}  result")
    present = [m for m in measures if m.function in available]
    times = interleaved_times(present, "bench_news", runs)
    base = median(times[BASELINE][1]) if times.get(BASELINE, ("", []))[1] else None
    for m in measures:
        if m.function not in available:
            print(f"{m.name:<20} {'n/a':>9}  (function not installed)")
            continue
        result, secs_list = times[m.name]
        if not secs_list:
            print(f"{m.name:<20} {'error':>9}  {result}")
            continue
        secs = median(secs_list)
        spread = (max(secs_list) - min(secs_list)) / secs if secs else 0.0
        ratio = f"{base / secs:.2f}x" if base and secs else "n/a"
        per_article = 1000 * secs / rows if rows else float("nan")
        mbps = mb / secs if secs else float("inf")
        print(f"{m.name:<20} {secs:>9.3f} {per_article:>10.3f} {mbps:>9.2f} {ratio:>13} {100 * spread:>6.1f}%  {result}")


# --------------------------------------------------------------------------- parallel scaling


PARALLEL_REPEAT = 20   # copies of the corpus for --parallel: long enough for the workers to matter
PARALLEL_MEASURE = Measure("geotext_extract", "geotext_extract",
                           "SELECT sum(pg_column_size(geotext_extract(body))) FROM {table}")
PARALLEL_SETUP = ("SET max_parallel_workers_per_gather = {workers};\nSET jit = off;\n"
                  "SET parallel_setup_cost = 0;\nSET parallel_tuple_cost = 0;\n")


def plan_nodes(plan: dict):
    """Every node of an EXPLAIN JSON plan tree."""
    yield plan
    for child in plan.get("Plans", []):
        yield from plan_nodes(child)


def run_parallel(runs: int, workers: int) -> None:
    """geotext_extract over bench_news serial and with parallel workers; time ratio and the plan's shape."""
    rows, mb = table_size("bench_news")
    query = PARALLEL_MEASURE.query.format(table="bench_news")
    print(f"bench_news: {rows} rows, {mb:.2f} MB; {PARALLEL_MEASURE.query.format(table='bench_news')}")
    print(f"median of {runs} interleaved runs; parallel_setup_cost = parallel_tuple_cost = 0 in both sessions")
    serial, parallel = Backend(PARALLEL_SETUP.format(workers=0)), Backend(PARALLEL_SETUP.format(workers=workers))
    try:
        serial.line(query)
        parallel.line(query)
        st, pt, plan = [], [], None
        for _ in range(runs):
            st.append(serial.execution_seconds(query))
            doc = parallel.explain(query, verbose=True)
            pt.append(doc["Execution Time"] / 1000.0)
            plan = doc["Plan"]
    finally:
        serial.close()
        parallel.close()
    nodes = list(plan_nodes(plan))
    scan = next((n for n in nodes if n.get("Node Type") == "Seq Scan"), {})
    gather = next((n for n in nodes if n.get("Node Type", "").startswith("Gather")), {})
    print(f"{'plan':<28} {'seconds':>9} {'MB/s':>9}")
    print(f"{'serial (0 workers)':<28} {median(st):>9.3f} {mb / median(st):>9.2f}")
    print(f"{f'parallel ({workers} workers)':<28} {median(pt):>9.3f} {mb / median(pt):>9.2f}")
    print(f"parallel / serial time: {median(pt) / median(st):.2f}")
    print(f"plan: {gather.get('Node Type', 'no Gather')}, {gather.get('Workers Planned', 0)} workers planned, "
          f"{gather.get('Workers Launched', 0)} launched, over "
          f"{'Parallel ' if scan.get('Parallel Aware') else ''}{scan.get('Node Type', 'no scan')}")
    below = [n for n in nodes if n is not gather and n is not plan and "geotext_extract" in " ".join(n.get("Output", []))]
    print("geotext_extract is computed " + ("below the Gather, in the workers: " + below[0]["Node Type"] + " "
                                            + below[0].get("Partial Mode", "") if below else "above the Gather (in the leader only)"))


# --------------------------------------------------------------------------- linearity


LINEAR_SIZES_KB = [1, 10, 100, 1000, 10000]
LINEAR_FUNCTIONS = ["geotext_tokens", "geotext_entities", "geotext_quotes", "geotext_extract"]


def cut_documents(texts: list[str], size: int, total: int) -> list[str]:
    """Documents of about size octets (cut at white space), from the corpus repeated, totalling about total."""
    words = " ".join(texts).split(" ")
    docs, cur, cur_len, used, i = [], [], 0, 0, 0
    while used < total:
        w = words[i % len(words)]
        i += 1
        cur.append(w)
        cur_len += len(w.encode("utf-8")) + 1
        if cur_len >= size:
            docs.append(" ".join(cur))
            used += cur_len
            cur, cur_len = [], 0
    return docs


def run_linearity(texts: list[str], available: set[str], runs: int, total_mb: float, skip_load: bool) -> None:
    """MB/s of each function for documents of 1 kB to 10 MB (about total_mb of text per size)."""
    total = int(total_mb * 1e6)
    print(f"documents of {', '.join(f'{k} kB' for k in LINEAR_SIZES_KB)}; about {total_mb:g} MB of text per size "
          f"(the corpus cut at white space); median of {runs} interleaved runs; MB/s per function")
    measures = [m for m in MEASURES if m.name in LINEAR_FUNCTIONS and m.function in available]
    results = {}
    for kb in LINEAR_SIZES_KB:
        table = f"bench_linear_{kb}k"
        if not skip_load:
            load_table(table, cut_documents(texts, kb * 1000, max(total, kb * 1000)))
        rows, mb = table_size(table)
        times = interleaved_times(measures, table, runs)
        results[kb] = (rows, {m.name: mb / median(times[m.name][1]) for m in measures if times[m.name][1]})
    print(f"{'size':>8} {'docs':>6}  " + " ".join(f"{m.name:>17}" for m in measures))
    for kb, (rows, rates) in results.items():
        print(f"{kb:>5} kB {rows:>6}  " + " ".join(f"{rates.get(m.name, float('nan')):>17.2f}" for m in measures))
    print(f"{'max/min':>15}  " + " ".join(
        f"{max(r[1][m.name] for r in results.values()) / min(r[1][m.name] for r in results.values()):>17.2f}"
        for m in measures))


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
    ap.add_argument("--repeat", type=int, metavar="N",
                    help=f"load N copies of the corpus (default 1; {PARALLEL_REPEAT} with --parallel)")
    ap.add_argument("--runs", type=int, default=5, metavar="N",
                    help="timed runs per expression, interleaved; the median is kept (default: %(default)s)")
    ap.add_argument("--only", metavar="NAMES",
                    help="comma-separated measures (" + ", ".join(m.name for m in MEASURES) + "); "
                         "to_tsvector is always run as the baseline")
    ap.add_argument("--skip-load", action="store_true", help="reuse the existing tables")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--memory", action="store_true", help="measure peak backend memory instead of throughput")
    mode.add_argument("--parallel", action="store_true",
                      help="time geotext_extract serial and with --workers parallel workers")
    mode.add_argument("--linearity", action="store_true",
                      help="MB/s of each function for documents of 1 kB, 10 kB, 100 kB, 1 MB and 10 MB")
    ap.add_argument("--memory-mb", type=float, default=10.0, metavar="MB",
                    help="size of the text for --memory (default: %(default)s)")
    ap.add_argument("--workers", type=int, default=2, metavar="N",
                    help="max_parallel_workers_per_gather for --parallel (default: %(default)s)")
    ap.add_argument("--linear-mb", type=float, default=10.0, metavar="MB",
                    help="MB of text per document size for --linearity (default: %(default)s)")
    args = ap.parse_args(argv)
    if args.repeat is None:
        args.repeat = PARALLEL_REPEAT if args.parallel else 1
    if args.repeat < 1 or args.runs < 1:
        ap.error("--repeat and --runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    what = ("peak backend memory" if args.memory else "parallel scaling" if args.parallel
            else "linearity in text size" if args.linearity else "throughput")
    common.print_banner("geotext benchmark: " + what)
    measures = select_measures(args.only)
    available = common.existing_functions(m.function for m in MEASURES)
    if args.linearity:
        run_linearity(corpus_texts(args.corpus), available, args.runs, args.linear_mb, args.skip_load)
        return 0
    table = "bench_big" if args.memory else "bench_news"
    if not args.skip_load:
        texts = corpus_texts(args.corpus)
        print(f"# loading {args.corpus} into {table}" + (f" ({args.repeat} copies)" if args.repeat > 1 else ""))
        if args.memory:
            load_table(table, [big_text(texts, args.memory_mb)])
        else:
            load_table(table, texts, repeat_sql(table, args.repeat))
    if args.memory:
        run_memory(measures, available)
    elif args.parallel:
        run_parallel(args.runs, args.workers)
    else:
        run_throughput(measures, available, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
