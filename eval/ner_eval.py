#!/usr/bin/env python3
"""CoNLL-style evaluation (exact span and type) of geotext_entities on German NER dev sets.

Data sets (read from ../shared/data, never copied into the repository):

* GermEval 2014 dev, news slice (sentences whose source is not de.wikipedia.org), outer tags only.
  PER/ORG/LOC are the main score; LOCderiv ("deutsche", "Berliner") is scored on its own against
  predictions of kind country|place with form adjective|demonym; OTH, *part and the other *deriv
  labels are not scored.  Sentence texts are rebuilt by joining tokens with single spaces.
  By default all sentences of one source URL are joined with "\\n" into one document (in file
  order), which gives the recogniser what document context the file has: GermEval sentences are
  shuffled, so only a few URLs contribute more than one sentence.  --per-sentence feeds each
  sentence as its own document.
* DFKI SmartData v3 dev: PERSON -> PER, ORGANIZATION* -> ORG, LOCATION and LOCATION_CITY -> LOC;
  other gold types are not scored, and predictions that exactly match such a span are not counted
  as false positives (their number is printed).

* Europeana Newspapers (German, historical OCR text, CC0): B-/I- PER, ORG, LOC; documents of
  about 300 tokens. No target; printed as a figure on data that no rule was written for.

Predictions: kind person -> PER, organization -> ORG, country|place with form name -> LOC;
form compound is ignored in the main score.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import Score  # noqa: E402

MAIN_TYPES = ("PER", "ORG", "LOC")
DERIV = "LOCderiv"
IGNORED = "-"
SMARTDATA_DEV = Path("ner") / "smartdata-dev.jsonl"
EUROPEANA_FILES = ("europeana-enp_DE.lft.bio", "europeana-enp_DE.onb.bio", "europeana-enp_DE.sbb.bio")
EUROPEANA_DOC_TOKENS = 300  # a document ends at the first "." after this many tokens
EUROPEANA_TRIM = ",.;:!?'\"«»„“”‚‘’()[]<>^*"  # OCR punctuation kept on tokens
ENTITY_QUERY = ("SELECT d.id, e.idx, e.kind, e.form, e.mention, e.canonical, e.span::text AS span, "
                "e.confidence FROM docs d, LATERAL geotext_entities(d.body) e")
CONFIDENCE_LEVELS = (0.5, 0.9)  # the calibration table: precision of the rows at or above each


@dataclass
class Doc:
    """A document fed to geotext_entities, with gold spans as (start, end, scored type or '-')."""
    id: int
    text: str
    gold: list[tuple[int, int, str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # the original gold label of each span


@dataclass
class Pred:
    """One predicted entity, 0-based offsets, with the scored type it maps to (or None)."""
    start: int
    end: int
    type: str | None
    kind: str
    form: str
    mention: str
    confidence: float = 1.0


# --------------------------------------------------------------------------- gold


def germeval_type(label: str) -> str:
    """Map a GermEval outer label to PER/ORG/LOC/LOCderiv or IGNORED."""
    return label if label in MAIN_TYPES or label == DERIV else IGNORED


def smartdata_type(label: str) -> str:
    """Map a SmartData mention type to PER/ORG/LOC or IGNORED."""
    if label == "PERSON":
        return "PER"
    if label.startswith("ORGANIZATION"):
        return "ORG"
    if label in ("LOCATION", "LOCATION_CITY"):
        return "LOC"
    return IGNORED


def group_sentences(sentences: list[common.Sentence], per_sentence: bool) -> list[list[common.Sentence]]:
    """Group sentences into documents: one per sentence, or all sentences of a source URL."""
    if per_sentence:
        return [[s] for s in sentences]
    groups: dict[str, list[common.Sentence]] = {}
    for s in sentences:
        groups.setdefault(s.source, []).append(s)
    return list(groups.values())


def germeval_doc(doc_id: int, sentences: list[common.Sentence]) -> Doc:
    """Join sentences with "\\n" into one Doc, shifting their entity offsets."""
    doc, pos = Doc(doc_id, "\n".join(s.text for s in sentences)), 0
    for s in sentences:
        for start, end, label in s.entities:
            doc.gold.append((pos + start, pos + end, germeval_type(label)))
            doc.labels.append(label)
        pos += len(s.text) + 1
    return doc


def germeval_docs(path: Path, per_sentence: bool) -> tuple[list[Doc], list[common.Sentence]]:
    """GermEval news-slice documents and the sentences they were built from."""
    sentences = common.germeval_news(path)
    groups = group_sentences(sentences, per_sentence)
    return [germeval_doc(i, g) for i, g in enumerate(groups, 1)], sentences


def smartdata_docs(path: Path) -> list[Doc]:
    """SmartData documents with gold mentions mapped to scored types."""
    docs = []
    for i, rec in enumerate(common.read_jsonl(path), 1):
        doc = Doc(i, rec["text"])
        for m in rec["mentions"]:
            doc.gold.append((m["start"], m["end"], smartdata_type(m["type"])))
            doc.labels.append(m["type"])
        docs.append(doc)
    return docs


def europeana_docs(paths: list[Path]) -> list[Doc]:
    """Europeana Newspapers BIO files as documents of about EUROPEANA_DOC_TOKENS tokens.

    The files have no sentence or article breaks: tokens are joined with single spaces and a
    document is cut at the first "." token after EUROPEANA_DOC_TOKENS tokens. B-/I- PER, ORG and
    LOC are scored; other labels are not. An I- tag after O or another type starts a mention.
    The OCR tokens often keep their punctuation ("Stockholm,", "„Tageblatt\""), so gold spans
    are trimmed of punctuation at both ends; "# file:" header lines are skipped.
    """
    docs: list[Doc] = []
    for path in paths:
        words: list[str] = []
        spans: list[tuple[int, int, str, str]] = []
        pos = 0
        open_span: list | None = None

        def close() -> None:
            nonlocal open_span
            if open_span:
                start, end = open_span[0], open_span[1]
                text = " ".join(words)
                while start < end and text[start] in EUROPEANA_TRIM:
                    start += 1
                while end > start and text[end - 1] in EUROPEANA_TRIM:
                    end -= 1
                if end > start:
                    spans.append((start, end, open_span[2], open_span[3]))
            open_span = None

        def flush() -> None:
            nonlocal words, spans, pos
            close()
            if words:
                doc = Doc(len(docs) + 1, " ".join(words))
                for start, end, typ, label in spans:
                    doc.gold.append((start, end, typ))
                    doc.labels.append(label)
                docs.append(doc)
            words, spans, pos = [], [], 0

        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# ") and "\t" in line:
                    continue
                parts = line.rstrip("\n").rsplit(" ", 1)
                if len(parts) != 2 or not parts[0]:
                    continue
                word, tag = parts
                start = pos + (1 if words else 0)
                end = start + len(word)
                prefix, _, label = tag.partition("-")
                typ = label if label in MAIN_TYPES else IGNORED
                if prefix == "I" and open_span and open_span[3] == label:
                    open_span[1] = end
                else:
                    close()
                    if prefix in ("B", "I"):
                        open_span = [start, end, typ, label]
                words.append(word)
                pos = end
                if word == "." and len(words) >= EUROPEANA_DOC_TOKENS:
                    flush()
        flush()
    return docs


def names_only(doc: Doc) -> Doc:
    """A copy of doc whose gold adjectives (lower-case) and compound parts are unscored."""
    def is_name(start: int, end: int) -> bool:
        text = doc.text
        inside_word = (start > 0 and text[start - 1] == "-" and start > 1 and text[start - 2].isalnum()) or \
                      (end < len(text) and text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum())
        return text[start:start + 1].isupper() and not inside_word
    copy = Doc(doc.id, doc.text)
    copy.gold = [(s, e, t if is_name(s, e) else IGNORED) for s, e, t in doc.gold]
    copy.labels = doc.labels
    return copy


# --------------------------------------------------------------------------- predictions


def prediction_type(kind: str, form: str | None) -> str | None:
    """Map (kind, form) of a prediction to PER/ORG/LOC/LOCderiv, or None when not scored."""
    if form == "compound":
        return None
    if kind == "person":
        return "PER"
    if kind == "organization":
        return "ORG"
    if kind in ("country", "place"):
        if form in (None, "name"):
            return "LOC"
        if form in ("adjective", "demonym"):
            return DERIV
    return None


def fetch_predictions(docs: list[Doc]) -> dict[int, list[Pred]]:
    """Run geotext_entities over all documents in one psql session; predictions per doc id."""
    rows = common.query_docs(((d.id, d.text) for d in docs), ENTITY_QUERY + " ORDER BY d.id, e.idx")
    preds: dict[int, list[Pred]] = defaultdict(list)
    for r in rows:
        offsets = common.range_to_offsets(r["span"])
        if offsets is None:
            continue
        preds[int(r["id"])].append(Pred(*offsets, prediction_type(r["kind"], r["form"]),
                                        r["kind"], r["form"], r["mention"], float(r["confidence"])))
    return preds


# --------------------------------------------------------------------------- scoring


@dataclass
class Result:
    """Scores per type plus the error lists used for samples."""
    scores: dict[str, Score]
    fps: list[tuple[int, Pred]]
    fns: list[tuple[int, tuple[int, int, str]]]
    on_ignored: int  # false positives that exactly match a gold span of an unscored type


def evaluate(docs: list[Doc], preds: dict[int, list[Pred]], types: tuple[str, ...],
             forgive_ignored: bool) -> Result:
    """Exact span+type scoring restricted to types; optionally forgive hits on unscored gold spans."""
    res = Result({t: Score() for t in types}, [], [], 0)
    for doc in docs:
        gold = {(s, e, t) for s, e, t in doc.gold if t in types}
        ignored = {(s, e) for s, e, t in doc.gold if t not in types}
        seen = set()
        for p in preds.get(doc.id, []):
            key = (p.start, p.end, p.type)
            if p.type not in types or key in seen:
                continue
            seen.add(key)
            if key in gold:
                res.scores[p.type].tp += 1
                continue
            if (p.start, p.end) in ignored:
                res.on_ignored += 1
                if forgive_ignored:
                    continue
            res.scores[p.type].fp += 1
            res.fps.append((doc.id, p))
        for g in sorted(gold - seen):
            res.scores[g[2]].fn += 1
            res.fns.append((doc.id, g))
    return res


def micro(scores: dict[str, Score]) -> Score:
    """Sum of the per-type counts."""
    return sum(scores.values(), Score())


# --------------------------------------------------------------------------- output


def print_prediction_stats(preds: dict[int, list[Pred]]) -> None:
    """Print how many predictions were mapped to each scored type and how many were not scored."""
    c = Counter(p.type or f"unscored {p.kind}/{p.form}" for ps in preds.values() for p in ps)
    print("predictions: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: -kv[1])))


def print_errors(docs: list[Doc], preds: dict[int, list[Pred]], res: Result, n: int) -> None:
    """Print a reproducible sample of false positives and false negatives with context."""
    by_id = {d.id: d for d in docs}
    print(f"-- {min(n, len(res.fps))} of {len(res.fps)} false positives")
    for doc_id, p in common.sample(res.fps, n):
        doc = by_id[doc_id]
        near = [f"{lab}:{doc.text[s:e]!r}" for (s, e, _), lab in zip(doc.gold, doc.labels)
                if common.overlaps((s, e), (p.start, p.end))]
        print(f"FP {p.type:<8} {p.kind + '/' + str(p.form):<20} {common.context(doc.text, p.start, p.end)}"
              f"  gold here: {', '.join(near) or 'none'}")
    print(f"-- {min(n, len(res.fns))} of {len(res.fns)} false negatives")
    for doc_id, (s, e, t) in common.sample(res.fns, n):
        doc = by_id[doc_id]
        near = [f"{p.kind}/{p.form}:{doc.text[p.start:p.end]!r}" for p in preds.get(doc_id, [])
                if common.overlaps((s, e), (p.start, p.end))]
        print(f"FN {t:<8} {common.context(doc.text, s, e)}  predicted here: {', '.join(near) or 'none'}")


def print_confidence(docs: list[Doc], preds: dict[int, list[Pred]], forgive_ignored: bool) -> None:
    """Print how the confidence column is calibrated: precision of the scored rows at or above each level."""
    levels = {c: Score() for c in (0.0, *CONFIDENCE_LEVELS)}
    for doc in docs:
        gold = {(s, e, t) for s, e, t in doc.gold if t in MAIN_TYPES}
        ignored = {(s, e) for s, e, t in doc.gold if t not in MAIN_TYPES}
        seen = set()
        for p in preds.get(doc.id, []):
            key = (p.start, p.end, p.type)
            if p.type not in MAIN_TYPES or key in seen:
                continue
            seen.add(key)
            if key not in gold and forgive_ignored and (p.start, p.end) in ignored:
                continue
            for c, sc in levels.items():
                if p.confidence >= c:
                    sc.tp += key in gold
                    sc.fp += key not in gold
    for c, sc in levels.items():
        print(f"rows with confidence >= {c:.1f}: {sc.tp + sc.fp:6}, precision {100 * sc.precision:6.2f}%")


def print_main(res: Result) -> None:
    """Print the per-type and micro scores of the main track."""
    common.print_scores([*((t, res.scores[t]) for t in MAIN_TYPES), ("micro", micro(res.scores))])


# --------------------------------------------------------------------------- data sets


def run_germeval(data_dir: Path, per_sentence: bool, errors: int) -> None:
    """Evaluate on the GermEval 2014 dev news slice."""
    docs, sentences = germeval_docs(common.data_path(data_dir, common.GERMEVAL_DEV), per_sentence)
    labels = Counter(germeval_type(lab) for s in sentences for _, _, lab in s.entities)
    print("\n== GermEval 2014 dev, news slice (outer tags) ==")
    print("NOTE: GermEval 2014 dev is training data of the shipped tagger, so these figures are no "
          "measurement; the honest one is the cross-validated figure that `make model` prints "
          "(eval/ner_cv.py)")
    print(f"news slice: {len(sentences)} sentences, {sum(labels.values())} entities "
          f"(PER {labels['PER']}, ORG {labels['ORG']}, LOC {labels['LOC']}, LOCderiv {labels[DERIV]}, "
          f"OTH/*part/other deriv {labels[IGNORED]} not scored)")
    grouping = "one per sentence" if per_sentence else "sentences grouped by source URL, joined by \\n"
    print(f"documents: {len(docs)} ({grouping})")
    preds = fetch_predictions(docs)
    print_prediction_stats(preds)
    res = evaluate(docs, preds, MAIN_TYPES, forgive_ignored=False)
    print_main(res)
    deriv = evaluate(docs, preds, (DERIV,), forgive_ignored=False)
    print(common.score_line(DERIV, deriv.scores[DERIV]) + "   (kind country|place, form adjective|demonym)")
    print(f"false positives exactly on an unscored gold span (OTH, *part, ...): {res.on_ignored} (counted)")
    if errors:
        print_errors(docs, preds, res, errors)
        print("-- LOCderiv errors")
        print_errors(docs, preds, deriv, errors)


def run_smartdata(data_dir: Path, errors: int) -> None:
    """Evaluate on the SmartData v3 dev set."""
    docs = smartdata_docs(common.data_path(data_dir, SMARTDATA_DEV))
    labels = Counter(t for d in docs for _, _, t in d.gold)
    print("\n== SmartData v3 dev ==")
    print(f"{len(docs)} documents, {sum(labels.values())} mentions "
          f"(PER {labels['PER']}, ORG {labels['ORG']}, LOC {labels['LOC']}, other types {labels[IGNORED]} not scored)")
    preds = fetch_predictions(docs)
    print_prediction_stats(preds)
    res = evaluate(docs, preds, MAIN_TYPES, forgive_ignored=True)
    print_main(res)
    print(f"predictions exactly on an unscored gold span (street, stop, route, ...): "
          f"{res.on_ignored} (not counted as false positives)")
    print("-- the confidence column (PER/ORG/LOC rows as scored above)")
    print_confidence(docs, preds, forgive_ignored=True)
    names = [names_only(d) for d in docs]
    print("-- the same with GermEval's conventions: gold adjectives and parts of hyphenated "
          "words unscored (as LOCderiv / *part)")
    print_main(evaluate(names, preds, MAIN_TYPES, forgive_ignored=True))
    if errors:
        print_errors(docs, preds, res, errors)


def run_europeana(data_dir: Path, errors: int) -> None:
    """Evaluate on Europeana Newspapers (historical OCR text; no target, tuned on by nobody)."""
    docs = europeana_docs([common.data_path(data_dir, Path("ner") / f) for f in EUROPEANA_FILES])
    labels = Counter(t for d in docs for _, _, t in d.gold)
    print("\n== Europeana Newspapers, German (historical OCR; a figure on data no rule was written for) ==")
    print(f"{len(docs)} documents of about {EUROPEANA_DOC_TOKENS} tokens, {sum(labels.values())} mentions "
          f"(PER {labels['PER']}, ORG {labels['ORG']}, LOC {labels['LOC']}, other {labels[IGNORED]} not scored)")
    preds = fetch_predictions(docs)
    print_prediction_stats(preds)
    res = evaluate(docs, preds, MAIN_TYPES, forgive_ignored=False)
    print_main(res)
    if errors:
        print_errors(docs, preds, res, errors)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", choices=("germeval", "smartdata", "europeana", "all"), default="all")
    ap.add_argument("--data-dir", type=Path, default=common.DEFAULT_DATA_DIR,
                    help="directory holding ner/ (default: %(default)s)")
    ap.add_argument("--per-sentence", action="store_true",
                    help="GermEval: feed each sentence as its own document instead of grouping by URL")
    common.add_errors_arg(ap)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    common.print_banner("geotext_entities: exact span + type (CoNLL-style)")
    common.require_functions("geotext_entities")
    if args.dataset in ("germeval", "all"):
        run_germeval(args.data_dir, args.per_sentence, args.errors)
    if args.dataset in ("smartdata", "all"):
        run_smartdata(args.data_dir, args.errors)
    if args.dataset in ("europeana", "all"):
        run_europeana(args.data_dir, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
