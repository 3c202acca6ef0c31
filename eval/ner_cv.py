#!/usr/bin/env python3
"""Score the tagger's k-fold cross-validation on GermEval 2014 dev (run by `make model`).

GermEval dev is training data of the shipped model, so its honest figure is cross-validated: the
trainer (tools/train) trains one model per fold on every other fold (plus SmartData v1 train),
runs the whole entity pipeline with it on the fold's held-out documents and writes every row it
returns. This script scores those rows with eval/ner_eval.py's conventions: the news slice
(sources other than de.wikipedia.org), outer tags, strict span and type, PER/ORG/LOC, a
prediction's type from kind and form (person → PER, organization → ORG, country|place with form
name → LOC; compounds and adjectives not scored), one document per fold and source URL.

It also prints how the confidence column is calibrated on those held-out rows: the precision of
the rows at or above 0.5 and 0.9.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import Score  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
SCORED_SOURCE = "germeval-news"
CONFIDENCE_LEVELS = (0.5, 0.9)


def unescape(s: str) -> str:
    """Undo tools/model_data.py's escaping."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def read_eval_docs(path: Path) -> dict[int, tuple[int, set, str]]:
    """The scored evaluation documents: id → (fold, gold spans, text)."""
    csv.field_size_limit(1 << 30)
    docs = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["set"] != "eval" or row["source"] != SCORED_SOURCE:
                continue
            gold = set()
            for part in filter(None, row["spans"].split(";")):
                s, e, t = part.split(":")
                gold.add((int(s), int(e), t))
            docs[int(row["id"])] = (int(row["fold"]), gold, unescape(row["text"]))
    return docs


def prediction_type(kind: str, form: str) -> str | None:
    """PER/ORG/LOC of a row, or None (not scored), as eval/ner_eval.py maps them."""
    if form != "name":
        return None
    return {"person": "PER", "organization": "ORG", "country": "LOC", "place": "LOC"}.get(kind)


def main() -> int:
    """Print the cross-validated scores, per fold and overall, and the confidence's calibration."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="build/model/train.tsv")
    ap.add_argument("--predictions", type=Path, required=True, help="build/model/cv-predictions.tsv")
    common.add_errors_arg(ap)
    args = ap.parse_args()

    docs = read_eval_docs(args.data)
    preds = defaultdict(list)
    with open(args.predictions, encoding="utf-8") as f:
        for line in f:
            fold, doc, s, e, kind, form, evidence, conf = line.rstrip("\n").split("\t")
            if int(doc) in docs:
                preds[int(doc)].append((int(s), int(e), prediction_type(kind, form), float(conf), evidence))

    total = {t: Score() for t in TYPES}
    per_fold = defaultdict(Score)
    levels = {c: Score() for c in CONFIDENCE_LEVELS}
    errors = []
    for doc_id, (fold, gold, text) in sorted(docs.items()):
        seen = set()
        for s, e, t, conf, _ in preds.get(doc_id, []):
            if t is None or (s, e, t) in seen:
                continue
            seen.add((s, e, t))
            hit = (s, e, t) in gold
            for c in CONFIDENCE_LEVELS:
                if conf >= c:
                    levels[c].tp += hit
                    levels[c].fp += not hit
            if hit:
                total[t].tp += 1
                per_fold[fold].tp += 1
            else:
                total[t].fp += 1
                per_fold[fold].fp += 1
                near = [f"{g[2]}:{text[g[0]:g[1]]!r}" for g in gold if common.overlaps(g[:2], (s, e))]
                errors.append(f"FP {t} {common.context(text, s, e)}  gold here: {', '.join(near) or 'none'}")
        for g in sorted(gold - seen):
            total[g[2]].fn += 1
            per_fold[fold].fn += 1
            near = [f"{p[2]}:{text[p[0]:p[1]]!r}" for p in preds.get(doc_id, []) if common.overlaps(g[:2], p[:2])]
            errors.append(f"FN {g[2]} {common.context(text, g[0], g[1])}  predicted here: {', '.join(near) or 'none'}")

    print(f"# GermEval 2014 dev, news slice, {len(per_fold)}-fold cross-validation "
          f"({len(docs)} held-out documents), strict span and type")
    common.print_scores([*((t, total[t]) for t in TYPES), ("micro", sum(total.values(), Score()))])
    print("per fold: " + ", ".join(f"{f}: F1 {100 * s.f1:.2f}%" for f, s in sorted(per_fold.items())))
    for c, s in levels.items():
        print(f"rows with confidence >= {c}: {s.tp + s.fp}, precision {100 * s.precision:.2f}%")
    if args.errors:
        print(f"-- {min(args.errors, len(errors))} of {len(errors)} errors")
        print("\n".join(common.sample(errors, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
