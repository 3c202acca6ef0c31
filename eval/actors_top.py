#!/usr/bin/env python3
"""The top actors of a corpus as the README recipe's actor view counts them (issue 13's lists).

Loads the corpus (default: the 1,028 10kGNAD articles read from ../shared/data, never copied) into a
temporary table, builds the recipe's chain — one geotext_extract document per article, its entity
rows, the actors per article (mode of the country), the actors (articles, mode of the country) — and
prints the top persons, organisations and places/countries by articles, with their country and how
many of their mentions each evidence decided (to judge a row: where its country came from).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

CORPUS = Path("corpus") / "10kgnad-test.jsonl"
QUERY = """
WITH doc AS MATERIALIZED (SELECT id, geotext_extract(body) AS doc FROM docs),
mentions AS MATERIALIZED (
  SELECT d.id AS article, e.*
  FROM doc d, jsonb_to_recordset(d.doc->'entities') AS e(idx int, mention text, canonical text, kind text,
                                                         form text, country text, evidence text)),
article_actors AS (
  SELECT article, canonical, kind, mode() WITHIN GROUP (ORDER BY country) AS country, count(*) AS mentions
  FROM mentions GROUP BY article, canonical, kind),
actors AS (
  SELECT canonical, kind, mode() WITHIN GROUP (ORDER BY country) AS country, count(*) AS articles,
         sum(mentions) AS mentions
  FROM article_actors GROUP BY canonical, kind),
evidence AS (
  SELECT canonical, kind, string_agg(evidence || ' ' || n, ', ' ORDER BY n DESC, evidence) AS evidence
  FROM (SELECT canonical, kind, evidence, count(*) AS n FROM mentions GROUP BY 1, 2, 3) x GROUP BY 1, 2)
SELECT CASE WHEN a.kind IN ('country', 'place') THEN 'place' ELSE a.kind END AS list, a.canonical, a.kind,
       a.country, a.articles, a.mentions, e.evidence
FROM actors a JOIN evidence e USING (canonical, kind)
ORDER BY list, a.articles DESC, a.mentions DESC, a.canonical
"""
LISTS = (("person", 40), ("organization", 30), ("place", 40))


def main(argv=None) -> int:
    """Print the three lists."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, help="JSONL with a text field (default: 10kGNAD test)")
    ap.add_argument("--data-dir", type=Path, default=common.DEFAULT_DATA_DIR)
    ap.add_argument("--evidence", action="store_true", help="also print each row's evidence counts")
    args = ap.parse_args(argv)
    path = args.corpus or common.data_path(args.data_dir, CORPUS)
    docs = [(i, rec["text"]) for i, rec in enumerate(common.read_jsonl(path), 1) if rec.get("text")]
    common.print_banner(f"actors of {len(docs)} articles of {path.name}, as the recipe's actor view counts them")
    rows = common.query_docs(docs, QUERY)
    for name, n in LISTS:
        top = [r for r in rows if r["list"] == name][:n]
        without = sum(1 for r in top if not r["country"])
        print(f"\n== top {n} {name}s by articles ({without} without a country)")
        for i, r in enumerate(top, 1):
            line = f"{i:3} {r['articles']:>4} {r['canonical']:<40} {r['kind']:<13} {r['country'] or '-':<3}"
            print(line + (f"  {r['evidence']}" if args.evidence else ""))
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
