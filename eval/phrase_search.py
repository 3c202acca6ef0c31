#!/usr/bin/env python3
"""Phrase search over names: does phraseto_tsquery on an article's own first words find it?

For every article of a corpus (default: the 1,028 10kGNAD test articles, read from ../shared,
measuring only), the query phraseto_tsquery(CONFIG, the first N whitespace-separated words)
must match to_tsvector(CONFIG, the article). It misses when the entity lexemes of the
article and of the query fall on different positions. Prints the misses for each
configuration (the built-in 'german' as the reference) and some examples.

    python3 eval/phrase_search.py [--words 8] [--configs geotext_german,german] [--examples 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

CORPUS = Path("corpus") / "10kgnad-test.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Count and show the phrase-search misses of each configuration."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=common.DEFAULT_DATA_DIR)
    ap.add_argument("--words", type=int, default=8, help="words of the article in the query (8)")
    ap.add_argument("--configs", default="geotext_german,german")
    ap.add_argument("--examples", type=int, default=5, help="misses to show per configuration")
    args = ap.parse_args(argv)
    common.print_banner("phrase search on each article's own first words")
    docs = [(d["id"], d["text"]) for d in common.read_jsonl(common.data_path(args.data_dir, CORPUS))]
    for config in args.configs.split(","):
        cfg = common.sql_literal(config)
        rows = common.query_docs(docs, f"""
            WITH q AS (SELECT id, body,
                              array_to_string((regexp_split_to_array(btrim(body), '\\s+'))[1:{args.words}], ' ') AS head
                       FROM docs)
            SELECT id, head, phraseto_tsquery({cfg}, head)::text AS query
            FROM q
            WHERE NOT to_tsvector({cfg}, body) @@ phraseto_tsquery({cfg}, head)
            ORDER BY id""")
        print(f"{config}: {len(rows)} of {len(docs)} articles missed")
        for r in rows[:args.examples]:
            print(f"#   {r['id']}: {r['head']!r} -> {r['query']}")
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
