#!/usr/bin/env python3
"""Evaluate geotext_quotes on the German Wikinews quotation-attribution dev set.

Each article's `text` (not the title: gold offsets are into `text`) is one document.  A gold quote's
text may be several spans; their union of characters is the quote.  Only "content" characters count:
not quotation marks („ “ ” ‚ ‘ ’ » « " ' ‹ ›) and not whitespace.  A predicted and a gold quote match
when each covers at least half of the other's content characters; matching is one-to-one, greedy by
overlap (ties prefer a gold type that fits the predicted kind).  Predictions of kind 'term' are ignored.

Printed: quote P/R/F1 over all types; direct F1 (kinds direct+partial vs gold Direct); recall per gold
type and precision per predicted kind; speaker accuracy on matched quotes (right when the predicted
speaker_span overlaps a gold speaker span; matched gold quotes without a speaker are counted apart);
who-said-what P/R/F1 (a hit needs a match and the right speaker, or a NULL speaker when gold has none).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import Score  # noqa: E402

WIKINEWS_DEV = Path("quotes") / "wikinews-dev.jsonl"
QUOTE_MARKS = frozenset("„“”‚‘’»«\"'‹›")
DIRECT_KINDS = ("direct", "partial")
KIND_TYPES = {"direct": {"Direct"}, "partial": {"Direct"}, "reported": {"Reported"},
              "indirect": {"Indirect", "IndirectFreeIndirect", "FreeIndirect"}}  # tie-break only
QUOTE_QUERY = ("SELECT d.id, q.idx, q.kind, q.quote, q.speaker, q.span::text AS span, "
               "q.speaker_span::text AS speaker_span, q.evidence, "
               "coalesce(q.speaker_evidence, '(none)') AS speaker_evidence, q.confidence "
               "FROM docs d, LATERAL geotext_quotes(d.body) q "
               "WHERE q.kind IS DISTINCT FROM 'term' ORDER BY d.id, q.idx")


@dataclass(eq=False)
class Quote:
    """A gold or predicted quote: its spans, content characters, speaker spans and type/kind."""
    doc: int
    spans: list[tuple[int, int]]
    chars: frozenset[int]
    speakers: list[tuple[int, int]]
    type: str
    evidence: str = ""
    speaker_evidence: str = ""
    confidence: float = 0.0


def content_chars(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """Positions in the spans that are neither quotation marks nor whitespace."""
    return frozenset(i for s, e in spans for i in range(max(s, 0), min(e, len(text)))
                     if text[i] not in QUOTE_MARKS and not text[i].isspace())


def gold_quotes(docs: list[dict]) -> list[Quote]:
    """Gold quotes of all documents (document ids are 1-based positions in the file)."""
    out = []
    for doc_id, d in enumerate(docs, 1):
        for q in d["quotes"]:
            spans = [tuple(s) for s in q["quote"]]
            out.append(Quote(doc_id, spans, content_chars(d["text"], spans),
                             [tuple(s) for s in q["speaker"]], q["type"]))
    return out


def fetch_predictions(docs: list[dict]) -> list[Quote]:
    """Run geotext_quotes over all documents in one psql session (kind 'term' excluded)."""
    rows = common.query_docs(((i, d["text"]) for i, d in enumerate(docs, 1)), QUOTE_QUERY)
    out = []
    for r in rows:
        doc_id, span = int(r["id"]), common.range_to_offsets(r["span"])
        speaker = common.range_to_offsets(r["speaker_span"])
        spans = [span] if span else []
        out.append(Quote(doc_id, spans, content_chars(docs[doc_id - 1]["text"], spans),
                         [speaker] if speaker else [], r["kind"], r["evidence"], r["speaker_evidence"],
                         float(r["confidence"])))
    return out


def is_match(g: Quote, p: Quote) -> int:
    """Overlap of content characters when each quote covers at least half of the other, else 0."""
    overlap = len(g.chars & p.chars)
    return overlap if overlap and 2 * overlap >= len(g.chars) and 2 * overlap >= len(p.chars) else 0


def match(golds: list[Quote], preds: list[Quote]) -> list[tuple[Quote, Quote]]:
    """One-to-one greedy matching by overlap within each document; ties prefer a gold type fitting the kind."""
    by_doc = defaultdict(list)
    for j, p in enumerate(preds):
        by_doc[p.doc].append((j, p))
    candidates = []
    for i, g in enumerate(golds):
        for j, p in by_doc[g.doc]:
            overlap = is_match(g, p)
            if overlap:
                candidates.append((-overlap, g.type not in KIND_TYPES.get(p.type, ()), i, j))
    pairs, used_g, used_p = [], set(), set()
    for *_, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((golds[i], preds[j]))
    return pairs


def speaker_right(g: Quote, p: Quote) -> bool:
    """True when the predicted speaker span overlaps any gold speaker span."""
    return any(common.overlaps(ps, gs) for ps in p.speakers for gs in g.speakers)


def who_said_what(g: Quote, p: Quote) -> bool:
    """Right speaker, or no predicted speaker where gold has none."""
    return speaker_right(g, p) if g.speakers else not p.speakers


def counts_score(tp: int, n_pred: int, n_gold: int) -> Score:
    """A Score from true positives and the sizes of both sides."""
    return Score(tp, n_pred - tp, n_gold - tp)


# --------------------------------------------------------------------------- output


def print_by_type(golds: list[Quote], preds: list[Quote], pairs: list[tuple[Quote, Quote]]) -> None:
    """Recall per gold type (with the predicted kinds of its matches) and precision per predicted kind."""
    gold_n, pred_n = Counter(g.type for g in golds), Counter(p.type for p in preds)
    matched_g, matched_p = Counter(g.type for g, _ in pairs), Counter(p.type for _, p in pairs)
    kinds = defaultdict(Counter)
    for g, p in pairs:
        kinds[g.type][p.type] += 1
    print(f"{'gold type':<22} {'gold':>5} {'found':>6} {'R':>7}   predicted kinds of the matches")
    for t, n in gold_n.most_common():
        detail = ", ".join(f"{k} {v}" for k, v in kinds[t].most_common())
        print(f"{t:<22} {n:>5} {matched_g[t]:>6} {100 * matched_g[t] / n:>6.2f}%   {detail}")
    print(f"{'predicted kind':<22} {'pred':>5} {'right':>6} {'P':>7}")
    for k, n in pred_n.most_common():
        print(f"{k:<22} {n:>5} {matched_p[k]:>6} {100 * matched_p[k] / n:>6.2f}%")


def print_speakers(pairs: list[tuple[Quote, Quote]]) -> None:
    """Speaker accuracy on matched quotes; matched gold quotes without speaker reported apart."""
    with_speaker = [(g, p) for g, p in pairs if g.speakers]
    right = sum(speaker_right(g, p) for g, p in with_speaker)
    no_speaker = [(g, p) for g, p in pairs if not g.speakers]
    share = 100 * right / len(with_speaker) if with_speaker else 0.0
    print(f"speaker accuracy on matched quotes: {right}/{len(with_speaker)} = {share:.2f}%  "
          f"(+{len(no_speaker)} matched gold quotes without speaker, "
          f"{sum(not p.speakers for _, p in no_speaker)} of them predicted with NULL speaker)")


def print_by_evidence(preds: list[Quote], pairs: list[tuple[Quote, Quote]]) -> None:
    """Precision per quote evidence, speaker accuracy per speaker evidence, and by confidence band."""
    matched = {id(p) for _, p in pairs}
    by_ev = defaultdict(lambda: [0, 0, 0.0])
    for p in preds:
        e = by_ev[p.evidence]
        e[0] += 1
        e[1] += id(p) in matched
        e[2] += p.confidence
    print(f"{'quote evidence':<28} {'pred':>5} {'match':>6} {'P':>7} {'mean conf':>9}")
    for ev, (n, m, c) in sorted(by_ev.items(), key=lambda x: -x[1][0]):
        print(f"{ev:<28} {n:>5} {m:>6} {100 * m / n:>6.1f}% {c / n:>9.3f}")
    by_spk = defaultdict(lambda: [0, 0])
    for g, p in pairs:
        if g.speakers:
            by_spk[p.speaker_evidence][0] += 1
            by_spk[p.speaker_evidence][1] += speaker_right(g, p)
    print(f"{'speaker evidence':<28} {'matched':>7} {'right':>6} {'acc':>7}")
    for ev, (n, r) in sorted(by_spk.items(), key=lambda x: -x[1][0]):
        print(f"{ev:<28} {n:>7} {r:>6} {100 * r / n:>6.1f}%")
    bands = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 1.01)]
    print(f"{'confidence':<28} {'pred':>5} {'who-said-what right':>20}")
    wsw = {id(p): who_said_what(g, p) for g, p in pairs}
    for lo, hi in bands:
        sel = [p for p in preds if lo <= p.confidence < hi]
        if sel:
            right = sum(wsw.get(id(p), False) for p in sel)
            print(f"[{lo:.1f}, {min(hi, 1.0):.1f}){'':<17} {len(sel):>5} {right:>8} ({100 * right / len(sel):5.1f}%)")


def snippet(text: str, spans: list[tuple[int, int]], width: int = 110) -> str:
    """The text covered by spans (first to last character), shortened to width."""
    if not spans:
        return "(no span)"
    s = " ".join(text[min(a for a, _ in spans):max(b for _, b in spans)].split())
    return s if len(s) <= width else s[:width - 1] + "…"


def doc_text(docs: list[dict], q: Quote) -> str:
    """The text of the document a quote belongs to."""
    return docs[q.doc - 1]["text"]


def print_errors(docs: list[dict], golds: list[Quote], preds: list[Quote],
                 pairs: list[tuple[Quote, Quote]], n: int) -> None:
    """Print samples of unmatched predictions, missed gold quotes and wrong speakers."""
    matched = {id(q) for pair in pairs for q in pair}
    fps = [p for p in preds if id(p) not in matched]
    fns = [g for g in golds if id(g) not in matched]
    wrong = [(g, p) for g, p in pairs if g.speakers and not speaker_right(g, p)]
    print(f"-- {min(n, len(fps))} of {len(fps)} unmatched predictions")
    for p in common.sample(fps, n):
        print(f"FP {p.type:<9} doc {p.doc:<4} {snippet(doc_text(docs, p), p.spans)}")
    print(f"-- {min(n, len(fns))} of {len(fns)} missed gold quotes")
    for g in common.sample(fns, n):
        print(f"FN {g.type:<9} doc {g.doc:<4} {snippet(doc_text(docs, g), g.spans)}")
    print(f"-- {min(n, len(wrong))} of {len(wrong)} wrong speakers on matched quotes")
    for g, p in common.sample(wrong, n):
        print(f"SPK doc {g.doc:<4} predicted {snippet(doc_text(docs, p), p.speakers, 40)!r} gold "
              f"{snippet(doc_text(docs, g), g.speakers, 40)!r} for: {snippet(doc_text(docs, g), g.spans, 60)}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=common.DEFAULT_DATA_DIR / WIKINEWS_DEV,
                    help="Wikinews quotes JSONL file (default: %(default)s)")
    common.add_errors_arg(ap)
    ap.add_argument("--by-evidence", action="store_true",
                    help="also print precision per evidence, speaker accuracy per speaker evidence, "
                         "and who-said-what by confidence band")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    common.print_banner("geotext_quotes: quotation detection and attribution")
    common.require_functions("geotext_quotes")
    docs = common.read_jsonl(common.require_file(args.data))
    golds = gold_quotes(docs)
    preds = fetch_predictions(docs)
    print(f"{args.data.name}: {len(docs)} documents, {len(golds)} gold quotes; "
          f"{len(preds)} predicted quotes (kind 'term' ignored)")
    pairs = match(golds, preds)
    direct_g = [g for g in golds if g.type == "Direct"]
    direct_p = [p for p in preds if p.type in DIRECT_KINDS]
    wsw = sum(who_said_what(g, p) for g, p in pairs)
    common.print_scores([
        ("all quotes", counts_score(len(pairs), len(preds), len(golds))),
        ("direct", counts_score(len(match(direct_g, direct_p)), len(direct_p), len(direct_g))),
        ("who-said-what", counts_score(wsw, len(preds), len(golds))),
    ], label="score")
    print_by_type(golds, preds, pairs)
    print_speakers(pairs)
    if args.by_evidence:
        print_by_evidence(preds, pairs)
    if args.errors:
        print_errors(docs, golds, preds, pairs, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(common.run_main(main))
