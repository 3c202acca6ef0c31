#!/usr/bin/env python3
"""Lexicon coverage: share of GermEval 2014 dev news-slice LOC gold mentions that geotext_lookup finds.

Gold mentions are the outer-tag B-LOC/I-LOC spans of the news slice (sentences not from
de.wikipedia.org), counted with their frequency.  A mention string is "found" when
geotext_lookup(term) returns at least one row; all distinct strings are looked up in one query.
"""

from __future__ import annotations

import argparse
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


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=common.DEFAULT_DATA_DIR,
                    help="directory holding ner/ (default: %(default)s)")
    ap.add_argument("--misses", type=int, default=30, metavar="N", help="list the N most frequent misses")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    common.print_banner("lexicon coverage of GermEval dev news-slice LOC mentions (geotext_lookup)")
    common.require_functions("geotext_lookup")
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
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
