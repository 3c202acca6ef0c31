#!/usr/bin/env python3
"""Write fuzzing seeds from the shared NER and quote data (run time only).

    python3 fuzz/make_seeds.py ../shared/data fuzz/corpus-run

Reads the JSONL "text" fields of quotes/*.jsonl and ner/*.jsonl and the
sentences of ner/germeval2014-dev.tsv, and writes up to 400 of them (each cut
to 4 KB at a character boundary) as files named by their SHA-1 into the run
corpus, which is not committed. Missing files are skipped: the committed
seeds in fuzz/seeds/ suffice.
"""
import hashlib
import json
import os
import sys

LIMIT = 400
MAX_BYTES = 4096


def jsonl_texts(path, limit):
    """The "text" fields of the first `limit` lines of a JSONL file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(out) >= limit:
                break
            try:
                text = json.loads(line).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str) and text.strip():
                out.append(text)
    return out


def germeval_sentences(path, limit):
    """Sentences of a GermEval 2014 TSV file, tokens joined by blanks."""
    out, words = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(out) >= limit:
                break
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                if words:
                    out.append(" ".join(words))
                words = []
            else:
                words.append(cols[1])
    return out


def cut(text):
    """The text's UTF-8 bytes, cut to MAX_BYTES at a character boundary."""
    data = text.encode("utf-8")[:MAX_BYTES]
    return data.decode("utf-8", "ignore").encode("utf-8")


def main():
    """Write the seeds; print how many."""
    shared, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    texts = []
    sources = [
        ("quotes/wikinews-dev.jsonl", jsonl_texts, 200),
        ("ner/smartdata-dev.jsonl", jsonl_texts, 100),
        ("ner/germeval2014-dev.tsv", germeval_sentences, 100),
    ]
    for rel, reader, limit in sources:
        path = os.path.join(shared, rel)
        if os.path.exists(path):
            texts.extend(reader(path, limit))
    n = 0
    for text in texts[:LIMIT]:
        data = cut(text)
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
        n += 1
    print(f"make_seeds: {n} seeds from {shared} in {outdir}")


if __name__ == "__main__":
    main()
