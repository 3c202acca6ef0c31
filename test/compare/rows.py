#!/usr/bin/env python3
"""Row-by-row comparison of every geotext SQL function, before and after a change.

A refactoring proves itself by giving the same rows. This script dumps the rows that every function
returns for a corpus (each function's rows in a deterministic order, one TSV file per function) and
compares two such dumps, or a dump of the fixed sample against the golden files committed in
test/compare/expected/ (what `make test` runs).

    rows.py dump --corpus 10kgnad --out /tmp/before      # with the old build installed
    rows.py dump --corpus 10kgnad --out /tmp/after       # with the new build installed
    rows.py diff /tmp/before /tmp/after                  # prints changed rows per function
    rows.py check                                        # the fixed sample against expected/
    rows.py check --update                               # rewrite expected/ (a change on purpose)

Corpora (read from ../shared/data, never copied): example (the example article), 10kgnad, germeval
(the news slice, one document per source URL, as eval/ner_eval.py builds it), wikinews (dev), smartdata
(dev), europeana; and sample, the fixed CI sample (test/compare/sample.jsonl, committed: the example
article, the first SAMPLE_SMARTDATA SmartData dev documents, the first SAMPLE_GERMEVAL GermEval news
documents and the first SAMPLE_EUROPEANA Europeana documents, all of which may ship; `rows.py
make-sample` writes it from ../shared/data). The golden files of the sample hold the full rows of the entity,
actor, quote and lookup functions and a SHA-256 per document for the bulkier ones (tokens, sentences,
extract, text search), so that a changed row is named by function and document.

Needs a database where `CREATE EXTENSION geotext` was run (libpq environment, as the eval scripts).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))
import common  # noqa: E402
import ner_eval  # noqa: E402

EXPECTED = HERE / "expected"
SAMPLE = HERE / "sample.jsonl"   # the fixed sample's texts (committed: every source may ship)
EXAMPLE = HERE.parent.parent / "examples" / "nordkorea-russland.txt"
SAMPLE_SMARTDATA = 60     # SmartData dev documents in the CI sample (CC BY 4.0)
SAMPLE_GERMEVAL = 60      # GermEval 2014 news documents in the CI sample (CC BY 4.0)
SAMPLE_EUROPEANA = 10     # Europeana Newspapers documents in the CI sample (CC0)
LOOKUP_DOCS = 20          # geotext_lookup runs over the distinct words of this many documents

# function name -> query over TEMP TABLE docs(id, body), ordered so that the dump is deterministic
QUERIES = {
    "tokens": "SELECT d.id, t.* FROM docs d, LATERAL geotext_tokens(d.body) t ORDER BY d.id, t.idx",
    "sentences": "SELECT d.id, s.* FROM docs d, LATERAL geotext_sentences(d.body) s "
                 "ORDER BY d.id, s.sentence",
    "entities": "SELECT d.id, e.* FROM docs d, LATERAL geotext_entities(d.body) e ORDER BY d.id, e.idx",
    "actors": "SELECT d.id, a.* FROM docs d, LATERAL geotext_actors(d.body) WITH ORDINALITY a "
              "ORDER BY d.id, a.ordinality",
    "quotes": "SELECT d.id, q.* FROM docs d, LATERAL geotext_quotes(d.body) q ORDER BY d.id, q.idx",
    "extract": "SELECT d.id, geotext_extract(d.body)::text FROM docs d ORDER BY d.id",
    "tsvector": "SELECT d.id, to_tsvector('geotext_german', d.body)::text FROM docs d ORDER BY d.id",
    "lookup": "SELECT w.word, l.* FROM (SELECT DISTINCT t.token AS word FROM docs d, "
              f"LATERAL geotext_tokens(d.body) t WHERE d.id <= {LOOKUP_DOCS} AND t.kind = 'word') w, "
              "LATERAL geotext_lookup(w.word) WITH ORDINALITY l ORDER BY w.word COLLATE \"C\", l.ordinality",
}
# functions whose golden files hold one digest per document instead of the rows
DIGESTED = ("tokens", "sentences", "extract", "tsvector")


def corpus_docs(name: str, data_dir: Path, limit: int | None) -> list[tuple[int, str]]:
    """The (id, text) documents of a named corpus."""
    if name == "example":
        return [(1, EXAMPLE.read_text(encoding="utf-8"))]
    if name == "sample":
        return [(int(r["id"]), r["text"]) for r in common.read_jsonl(SAMPLE)]
    if name == "sample-from-shared":
        docs = [EXAMPLE.read_text(encoding="utf-8")]
        docs += [d.text for d in ner_eval.smartdata_docs(
            common.data_path(data_dir, ner_eval.SMARTDATA_DEV))[:SAMPLE_SMARTDATA]]
        docs += [d.text for d in ner_eval.germeval_docs(
            common.data_path(data_dir, common.GERMEVAL_DEV), False)[0][:SAMPLE_GERMEVAL]]
        paths = [common.data_path(data_dir, Path("ner") / f) for f in ner_eval.EUROPEANA_FILES]
        docs += [d.text for d in ner_eval.europeana_docs(paths)[:SAMPLE_EUROPEANA]]
        texts = docs
    elif name == "10kgnad":
        texts = [r["text"] for r in common.read_jsonl(
            common.data_path(data_dir, Path("corpus") / "10kgnad-test.jsonl"))]
    elif name == "wikinews":
        texts = [r["text"] for r in common.read_jsonl(
            common.data_path(data_dir, Path("quotes") / "wikinews-dev.jsonl"))]
    elif name == "germeval":
        texts = [d.text for d in ner_eval.germeval_docs(
            common.data_path(data_dir, common.GERMEVAL_DEV), False)[0]]
    elif name == "smartdata":
        texts = [d.text for d in ner_eval.smartdata_docs(
            common.data_path(data_dir, ner_eval.SMARTDATA_DEV))]
    elif name == "europeana":
        paths = [common.data_path(data_dir, Path("ner") / f) for f in ner_eval.EUROPEANA_FILES]
        texts = [d.text for d in ner_eval.europeana_docs(paths)]
    else:
        sys.exit(f"error: unknown corpus {name}")
    if limit:
        texts = texts[:limit]
    return list(enumerate(texts, 1))


def dump(docs: list[tuple[int, str]], out: Path, functions: list[str]) -> None:
    """Write each function's rows (COPY text format, one line per row) to out/<function>.tsv."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="geotext-rows-") as tmp:
        path = common.write_csv_file(docs, tmp)
        script = "SET max_parallel_workers_per_gather = 0;\n"
        script += common.load_table_sql("docs", "id int PRIMARY KEY, body text", path)
        for f in functions:
            target = out / f"{f}.tsv"
            script += f"\\copy ({QUERIES[f]}) TO {common.psql_quote(str(target))}\n"
        common.run_psql(script)


def read_rows(path: Path) -> list[str]:
    """The lines of a dump file (missing file: no rows)."""
    if not path.exists():
        return []
    return path.read_text(encoding="utf-8").splitlines()


def doc_digests(rows: list[str]) -> dict[str, str]:
    """SHA-256 of each document's rows (the first column is the document id)."""
    per_doc: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        per_doc[r.split("\t", 1)[0]].append(r)
    return {d: hashlib.sha256("\n".join(rs).encode("utf-8")).hexdigest() for d, rs in per_doc.items()}


def diff_rows(name: str, a: list[str], b: list[str], show: int) -> int:
    """Print how the rows of one function differ; returns the number of changed rows."""
    sa, sb = set(a), set(b)
    only_a = [r for r in a if r not in sb]
    only_b = [r for r in b if r not in sa]
    order = a != b and not only_a and not only_b
    changed = max(len(only_a), len(only_b)) + (1 if order else 0)
    print(f"{name:10} {len(a):8} rows before {len(b):8} after: "
          f"{len(only_a)} only before, {len(only_b)} only after{', order differs' if order else ''}")
    for r in only_a[:show]:
        print(f"  - {r[:300]}")
    for r in only_b[:show]:
        print(f"  + {r[:300]}")
    return changed


def cmd_dump(args: argparse.Namespace) -> int:
    """rows.py dump: write the rows of a corpus."""
    docs = corpus_docs(args.corpus, args.data, args.limit)
    dump(docs, args.out, args.functions)
    print(f"dumped {len(docs)} documents of {args.corpus} ({', '.join(args.functions)}) to {args.out}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    """rows.py diff: compare two dumps function by function."""
    total = 0
    for f in args.functions:
        total += diff_rows(f, read_rows(args.a / f"{f}.tsv"), read_rows(args.b / f"{f}.tsv"), args.show)
    print(f"changed rows: {total}")
    return 1 if total else 0


def golden_lines(dump_dir: Path) -> dict[str, list[str]]:
    """The golden files' contents for a dump: full rows, or per-document digests."""
    out: dict[str, list[str]] = {}
    digests = []
    for f in QUERIES:
        rows = read_rows(dump_dir / f"{f}.tsv")
        if f in DIGESTED:
            digests += [f"{f}\t{d}\t{h}" for d, h in sorted(doc_digests(rows).items(), key=lambda x: int(x[0]))]
        else:
            out[f"{f}.tsv"] = rows
    out["digests.tsv"] = digests
    return out


def cmd_make_sample(args: argparse.Namespace) -> int:
    """rows.py make-sample: write the fixed sample's texts from ../shared/data (all may ship)."""
    docs = corpus_docs("sample-from-shared", args.data, None)
    with open(SAMPLE, "w", encoding="utf-8") as f:
        for i, text in docs:
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    print(f"rows: wrote {len(docs)} texts to {SAMPLE}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """rows.py check: dump the fixed sample and compare it with (or write it to) expected/."""
    with tempfile.TemporaryDirectory(prefix="geotext-rows-") as tmp:
        dump(corpus_docs("sample", args.data, None), Path(tmp), list(QUERIES))
        now = golden_lines(Path(tmp))
    if args.update:
        EXPECTED.mkdir(exist_ok=True)
        for name, lines in now.items():
            (EXPECTED / name).write_text("".join(l + "\n" for l in lines), encoding="utf-8")
        print(f"rows: wrote {len(now)} golden files to {EXPECTED}")
        return 0
    total = 0
    for name, lines in now.items():
        total += diff_rows(name, read_rows(EXPECTED / name), lines, args.show)
    if total:
        print(f"rows: {total} rows differ from test/compare/expected "
              "(a change on purpose: rows.py check --update, and say why in the commit)")
        return 1
    print("rows: the fixed sample gives exactly the expected rows")
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=common.DEFAULT_DATA_DIR, help="shared data directory")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="dump the rows of a corpus")
    d.add_argument("--corpus", required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--limit", type=int)
    d.add_argument("--functions", type=lambda s: s.split(","), default=list(QUERIES))
    c = sub.add_parser("diff", help="compare two dumps")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", type=int, default=5)
    c.add_argument("--functions", type=lambda s: s.split(","), default=list(QUERIES))
    sub.add_parser("make-sample", help="write test/compare/sample.jsonl from ../shared/data")
    k = sub.add_parser("check", help="the fixed sample against test/compare/expected")
    k.add_argument("--update", action="store_true")
    k.add_argument("--show", type=int, default=5)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    return {"dump": cmd_dump, "diff": cmd_diff, "check": cmd_check,
            "make-sample": cmd_make_sample}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(common.run_main(main))
