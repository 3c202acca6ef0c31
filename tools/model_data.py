#!/usr/bin/env python3
"""Write the tagger's training and evaluation documents as one TSV for the trainer (make model).

Reads, from ../shared/data (never copied into the repository), the data that may shape shipped
weights (CC BY 4.0; ../shared/README.md):

  * train/smartdata-v1-train.jsonl — DFKI SmartData v1 (train and test merged, no overlap with the
    v3 dev/test splits): always training data. PERSON → PER, ORGANIZATION* → ORG, LOCATION* → LOC
    (streets, stops and routes too: GermEval calls them LOC).
  * ner/germeval2014-dev.tsv — GermEval 2014 dev, outer PER/ORG/LOC tags (OTH, *deriv and *part are
    not names of the tagger: the lexicon finds adjectives, compounds are compounds). Sentence n (in
    file order, from 0) is in fold n mod K. Every sentence is a training document of its fold; the
    sentences of a fold are also evaluation documents, grouped by source URL in file order as
    eval/ner_eval.py groups them, so that a fold's model is scored on documents it never saw.

Never read: the Wikinews quotes and 10kGNAD (non-commercial, for measuring only) and SmartData v3
dev (kept clean for measuring).

Output, one document per line: id, set (train | eval), fold (-1: every fold trains on it), source
(smartdata | germeval-news | germeval-wiki), text (\\ \\t \\n \\r escaped), spans (start:end:TYPE
separated by ';', 0-based character offsets into the text).
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval"))
import common  # noqa: E402

FOLDS = 5
SMARTDATA_TRAIN = os.path.join("train", "smartdata-v1-train.jsonl")
GERMEVAL_DEV = os.path.join("ner", "germeval2014-dev.tsv")
TYPES = ("PER", "ORG", "LOC")


def escape(text):
    """The text with backslash, tab and line breaks escaped."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def smartdata_type(label):
    """PER/ORG/LOC for a SmartData mention type, or None."""
    if label == "PERSON":
        return "PER"
    if label.startswith("ORGANIZATION"):
        return "ORG"
    if label.startswith("LOCATION"):
        return "LOC"
    return None


def row(doc_id, set_, fold, source, text, spans):
    """One output line."""
    spans = ";".join(f"{s}:{e}:{t}" for s, e, t in sorted(spans))
    return f"{doc_id}\t{set_}\t{fold}\t{source}\t{escape(text)}\t{spans}\n"


def sha256(path):
    """The SHA-256 of a file, hex."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def provenance(data_dir, counts, folds):
    """The model header's lines on what it was trained on (files, their SHA-256, documents)."""
    smart, germ = common.data_path(data_dir, SMARTDATA_TRAIN), common.data_path(data_dir, GERMEVAL_DEV)
    return [
        f"# trained on: {SMARTDATA_TRAIN} ({counts['smartdata']} documents, CC BY 4.0, DFKI SmartData v1,"
        f" no document of the v3 dev/test splits) sha256 {sha256(smart)}\n",
        f"# trained on: {GERMEVAL_DEV} ({counts['germeval']} sentences, CC BY 4.0, GermEval 2014;"
        f" {folds}-fold cross-validated, sentence n in fold n mod {folds}) sha256 {sha256(germ)}\n",
        "# feature lexicon: data/surnames.tsv (GermaNER surnames, Apache 2.0) and the rest of data/, as built\n",
    ]


def main():
    """Write the documents."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data"))
    ap.add_argument("--folds", type=int, default=FOLDS)
    ap.add_argument("--output", required=True)
    ap.add_argument("--provenance", help="also write the model header's provenance lines here")
    args = ap.parse_args()

    out = []
    n_id = 0
    counts = {"smartdata": 0, "germeval": 0, "eval": 0}
    for rec in common.read_jsonl(common.data_path(args.data, SMARTDATA_TRAIN)):
        spans = [(m["start"], m["end"], smartdata_type(m["type"])) for m in rec["mentions"]
                 if smartdata_type(m["type"])]
        n_id += 1
        out.append(row(n_id, "train", -1, "smartdata", rec["text"], spans))
        counts["smartdata"] += 1

    sentences = common.read_germeval(common.data_path(args.data, GERMEVAL_DEV))
    groups = {}
    for i, s in enumerate(sentences):
        fold = i % args.folds
        source = "germeval-news" if s.is_news else "germeval-wiki"
        spans = [(b, e, t) for b, e, t in s.entities if t in TYPES]
        n_id += 1
        out.append(row(n_id, "train", fold, source, s.text, spans))
        counts["germeval"] += 1
        groups.setdefault((fold, s.source, source), []).append(s)
    # evaluation documents: a fold's sentences of one source URL joined by "\n", as ner_eval does
    for (fold, url, source), group in groups.items():
        text, spans, pos = "\n".join(s.text for s in group), [], 0
        for s in group:
            spans += [(pos + b, pos + e, t) for b, e, t in s.entities if t in TYPES]
            pos += len(s.text) + 1
        n_id += 1
        out.append(row(n_id, "eval", fold, source, text, spans))
        counts["eval"] += 1

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("id\tset\tfold\tsource\ttext\tspans\n")
        f.writelines(out)
    if args.provenance:
        with open(args.provenance, "w", encoding="utf-8") as f:
            f.writelines(provenance(args.data, counts, args.folds))
    print(f"model_data: {counts['smartdata']} SmartData and {counts['germeval']} GermEval training "
          f"documents, {counts['eval']} evaluation documents in {args.folds} folds -> {args.output}")


if __name__ == "__main__":
    main()
