"""Shared helpers for the geotext evaluation and benchmark scripts.

Everything talks to PostgreSQL through the `psql` binary (no driver needed), using the
standard libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER), so the scripts work
unchanged inside `pg_virtualenv`.  Standard library only.

Span conventions: geotext returns 1-based, half-open int4range character spans; gold data
uses 0-based [start, end) Python offsets.  `range_to_offsets` converts the former into the
latter, so a gold start s corresponds to lower(span) = s + 1.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
GERMEVAL_DEV = Path("ner") / "germeval2014-dev.tsv"
NULL_MARK = r"\N"  # how NULL is written in the CSV we read back from COPY ... TO STDOUT
PSQL_BASE = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]


class PsqlError(RuntimeError):
    """psql exited with an error (its stderr is the message)."""


# --------------------------------------------------------------------------- psql


def psql_env() -> dict:
    """Environment for psql: the caller's libpq settings, UTF-8 client encoding."""
    env = dict(os.environ)
    env["PGCLIENTENCODING"] = "UTF8"
    return env


def run_psql(script: str, extra_args: Sequence[str] = ()) -> str:
    """Run an SQL script (psql syntax, meta-commands allowed) in one psql session; return stdout."""
    with tempfile.NamedTemporaryFile("w", suffix=".sql", encoding="utf-8", delete=False) as f:
        f.write(script)
        path = f.name
    try:
        proc = subprocess.run([*PSQL_BASE, *extra_args, "-f", path], env=psql_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        raise PsqlError(proc.stderr.decode("utf-8", "replace").strip() or f"psql exit {proc.returncode}")
    return proc.stdout.decode("utf-8")


def sql_literal(value: str) -> str:
    """Quote a Python string as an SQL string literal (standard_conforming_strings on)."""
    return "'" + value.replace("'", "''") + "'"


def psql_quote(value: str) -> str:
    """Quote a file name for a psql meta-command argument such as \\copy."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def write_csv_file(rows: Iterable[Sequence], directory: str) -> str:
    """Write rows to a temporary CSV file in directory and return its path."""
    fd, path = tempfile.mkstemp(suffix=".csv", dir=directory)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    return path


def load_table_sql(table: str, columns: str, csv_path: str, temp: bool = True) -> str:
    """SQL (psql) that creates table(columns) and fills it from a CSV file with one \\copy."""
    kind = "TEMP TABLE" if temp else "TABLE"
    names = ", ".join(c.split()[0] for c in columns.split(","))
    return (f"CREATE {kind} {table} ({columns});\n"
            f"\\copy {table} ({names}) FROM {psql_quote(csv_path)} WITH (FORMAT csv)\n")


def copy_out_sql(query: str) -> str:
    """Wrap a query in COPY ... TO STDOUT as CSV with a header and an explicit NULL mark."""
    return f"COPY ({query}) TO STDOUT WITH (FORMAT csv, HEADER true, NULL '{NULL_MARK}');\n"


def parse_csv_rows(text: str) -> list[dict]:
    """Parse COPY CSV output (with header) into dicts; the NULL mark becomes None."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return []
    return [{k: (None if v == NULL_MARK else v) for k, v in zip(header, row)} for row in reader]


def query_docs(docs: Iterable[tuple[int, str]], query: str) -> list[dict]:
    """Load (id, body) pairs into TEMP TABLE docs, run one query in the same session, return rows."""
    with tempfile.TemporaryDirectory(prefix="geotext-eval-") as tmp:
        path = write_csv_file(docs, tmp)
        script = load_table_sql("docs", "id int PRIMARY KEY, body text", path) + copy_out_sql(query)
        return parse_csv_rows(run_psql(script))


def query_rows(query: str) -> list[dict]:
    """Run one query and return its rows as dicts."""
    return parse_csv_rows(run_psql(copy_out_sql(query)))


def existing_functions(names: Iterable[str]) -> set[str]:
    """The subset of function names visible in the current database's search path."""
    names = list(names)
    if not names:
        return set()
    arr = "ARRAY[" + ", ".join(sql_literal(n) for n in names) + "]::text[]"
    rows = query_rows(f"SELECT DISTINCT proname FROM pg_proc WHERE proname = ANY ({arr}) "
                      f"AND pg_function_is_visible(oid)")
    return {r["proname"] for r in rows}


def require_functions(*names: str) -> None:
    """Exit with a clear message when one of the SQL functions does not exist."""
    missing = sorted(set(names) - existing_functions(names))
    if missing:
        sys.exit(f"error: function(s) {', '.join(missing)} not found in this database "
                 f"(is the geotext extension created? CREATE EXTENSION geotext;)")


def connection_banner() -> str:
    """One line naming the database, user, server and geotext version the script talks to."""
    row = query_rows(
        "SELECT current_database() AS db, current_user AS usr, "
        "coalesce(host(inet_server_addr()), 'socket') AS host, "
        "coalesce(inet_server_port()::text, current_setting('port')) AS port, "
        "current_setting('server_version') AS version, "
        "(SELECT extversion FROM pg_extension WHERE extname = 'geotext') AS geotext")[0]
    geotext = row["geotext"] or "not installed as extension"
    return (f"# database {row['db']} as {row['usr']} on {row['host']}:{row['port']} "
            f"(PostgreSQL {row['version']}, geotext {geotext})")


def run_main(main, argv: list[str] | None = None) -> int:
    """Call main(argv), turning a psql failure into a one-line error and exit status 2."""
    try:
        return main(argv)
    except PsqlError as e:
        print(f"error: psql failed: {e}", file=sys.stderr)
        return 2


def print_banner(title: str) -> None:
    """Print the script title and the connection context."""
    print(f"# {title}")
    try:
        print(connection_banner())
    except PsqlError as e:
        sys.exit(f"error: cannot connect with psql: {e}")


# --------------------------------------------------------------------------- spans


def parse_range(value: str | None) -> tuple[int, int] | None:
    """Parse an int4range literal like '[5,10)' into (lower, upper) half-open; None for NULL/empty."""
    if value is None or value == "empty":
        return None
    m = re.fullmatch(r"([\[(])\s*(-?\d*)\s*,\s*(-?\d*)\s*([\])])", value.strip())
    if not m or not m.group(2) or not m.group(3):
        raise ValueError(f"cannot parse range {value!r}")
    lo, hi = int(m.group(2)), int(m.group(3))
    return (lo + (m.group(1) == "("), hi + (m.group(4) == "]"))


def range_to_offsets(value: str | None) -> tuple[int, int] | None:
    """Convert a 1-based half-open int4range literal into 0-based [start, end) offsets."""
    rng = parse_range(value)
    return None if rng is None else (rng[0] - 1, rng[1] - 1)


def offsets_to_range(start: int, end: int) -> str:
    """Convert 0-based [start, end) offsets into a 1-based int4range literal."""
    return f"[{start + 1},{end + 1})"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def context(text: str, start: int, end: int, width: int = 40) -> str:
    """A one-line snippet of text around [start, end) with the span marked by ⟦ ⟧."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"…{left}⟦{text[start:end]}⟧{right}…".split())


# --------------------------------------------------------------------------- data sets


def read_jsonl(path: Path) -> list[dict]:
    """Read a JSON-lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def require_file(path: Path) -> Path:
    """Return path, exiting with a message when the file is missing."""
    if not Path(path).is_file():
        sys.exit(f"error: data file {path} not found (see --help for the path options)")
    return Path(path)


def data_path(data_dir: Path, relative: Path | str) -> Path:
    """Resolve a data file below data_dir, exiting with a message when it is missing."""
    return require_file(Path(data_dir) / relative)


@dataclass
class Sentence:
    """One GermEval sentence rebuilt as text, with its outer-tag entities as 0-based spans."""
    source: str
    text: str
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label)

    @property
    def is_news(self) -> bool:
        """True unless the sentence comes from de.wikipedia.org."""
        return "de.wikipedia.org" not in self.source


def bio_spans(tags: Sequence[str], offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Decode BIO tags into (start, end, label) spans; an I- tag that continues nothing starts a span."""
    spans, cur = [], None
    for tag, (s, e) in zip(tags, offsets):
        prefix, label = (tag[:2], tag[2:]) if tag[:2] in ("B-", "I-") else ("O", "")
        if cur and prefix == "I-" and label == cur[2]:
            cur[1] = e
            continue
        if cur:
            spans.append(tuple(cur))
        cur = [s, e, label] if prefix != "O" else None
    if cur:
        spans.append(tuple(cur))
    return spans


def build_sentence(source: str, rows: list[list[str]]) -> Sentence:
    """Join tokens with single spaces and decode the outer tag column into entity spans."""
    offsets, pos = [], 0
    for row in rows:
        offsets.append((pos, pos + len(row[1])))
        pos += len(row[1]) + 1
    text = " ".join(row[1] for row in rows)
    return Sentence(source, text, bio_spans([row[2] for row in rows], offsets))


def read_germeval(path: Path) -> list[Sentence]:
    """Read a GermEval 2014 TSV file (comment line, idx/token/outer/inner rows, blank separators)."""
    sentences, source, rows = [], "", []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#\t"):
                source = line.split("\t")[1]
            elif line.strip():
                rows.append(line.split("\t"))
            elif rows:
                sentences.append(build_sentence(source, rows))
                rows = []
    if rows:
        sentences.append(build_sentence(source, rows))
    return sentences


def germeval_news(path: Path) -> list[Sentence]:
    """The GermEval news slice: sentences whose source is not de.wikipedia.org."""
    return [s for s in read_germeval(path) if s.is_news]


# --------------------------------------------------------------------------- scores


@dataclass
class Score:
    """True positives, false positives and false negatives with P/R/F1."""
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def score_table(rows: Iterable[tuple[str, Score]], label: str = "type") -> str:
    """Format named scores as an aligned P/R/F1 table."""
    header = f"{label:<14} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>7} {'R':>7} {'F1':>7}"
    return "\n".join([header, *(score_line(name, s) for name, s in rows)])


def score_line(name: str, s: Score) -> str:
    """One aligned row: name, gold, pred, tp, P, R, F1."""
    return (f"{name:<14} {s.tp + s.fn:>6} {s.tp + s.fp:>6} {s.tp:>6} "
            f"{100 * s.precision:>6.2f}% {100 * s.recall:>6.2f}% {100 * s.f1:>6.2f}%")


def print_scores(rows: Iterable[tuple[str, Score]], label: str = "type") -> None:
    """Print named scores as an aligned P/R/F1 table."""
    print(score_table(rows, label))


def sample(items: Sequence, n: int, seed: int = 0) -> list:
    """A reproducible sample of at most n items, kept in their original order."""
    if n >= len(items):
        return list(items)
    idx = sorted(random.Random(seed).sample(range(len(items)), n))
    return [items[i] for i in idx]


def add_errors_arg(parser) -> None:
    """Add the shared --errors N option to an argparse parser."""
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print a sample of N false positives and N false negatives with context")
