#!/usr/bin/env python3
"""Check the shape of the C code: layers that only point down, no cycles, words as data.

    python3 tools/check_structure.py [ROOT]      (make check-structure; part of make test)

The core (src/core) is in layers, one folder each, and the PostgreSQL glue sits on top:

    base → text → lexicon → model → syntax → entities → linking → quotes → src/pg

Checked, for every .c and .h file under src/:
  * includes: a file includes headers of its own layer or of layers below (the public headers
    src/core/geotext.h and src/core/evidence_list.h are below everything);
  * calls: a function defined in another file is called only if that file is in the same layer
    or one below, and no files call each other in a cycle (strongly connected components of the
    file call graph, functions found by their definitions);
  * words as data: no array of German or English words (a word list belongs in data/), no
    decision by comparing with a word written in the code (strcmp, gt_tok_text_is);
  * every function definition has a comment right above it saying what it is for.
Prints one line per finding and a summary; exits 1 if there is any.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

LAYERS = ["public", "base", "text", "lexicon", "model", "syntax", "entities", "linking", "quotes", "pg"]
PUBLIC = {"src/core/geotext.h", "src/core/evidence_list.h"}
# an array of at least this many string literals that look like words is a word list
WORD_LIST_MIN = 3
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")


def layer_of(rel: str) -> int:
    """The layer number of a file under src/ (by its folder)."""
    if rel in PUBLIC:
        return 0
    parts = rel.split("/")
    if parts[1] == "pg":
        return LAYERS.index("pg")
    if parts[1] == "core" and len(parts) > 3 and parts[2] in LAYERS:
        return LAYERS.index(parts[2])
    raise SystemExit(f"check_structure: {rel} is in no layer (a folder of src/core or src/pg)")


def strip_comments(text: str) -> str:
    """The C text without comments and string contents (newlines kept)."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def resolve_include(rel: str, name: str, files: set) -> str | None:
    """The file an #include "name" of file rel refers to (include path src/core, then the file's folder)."""
    for cand in (f"src/core/{name}", str(Path(rel).parent / name)):
        if cand in files:
            return cand
    return None


def check(root: Path) -> list[str]:
    """All findings for the tree at root."""
    findings = []
    paths = sorted(p for p in (root / "src").rglob("*") if p.suffix in (".c", ".h"))
    rels = {str(p.relative_to(root)): p for p in paths}
    texts = {r: p.read_text(encoding="utf-8") for r, p in rels.items()}
    code = {r: strip_comments(t) for r, t in texts.items()}

    # includes point down
    for rel, t in code.items():
        for name in re.findall(r'#include\s+"([^"]+)"', t):
            target = resolve_include(rel, name, set(rels))
            if target and layer_of(target) > layer_of(rel):
                findings.append(f"include up: {rel} includes {target}")

    # definitions and calls
    defs = {}
    for rel, t in code.items():
        if rel.endswith(".c"):
            for m in re.finditer(r"^([a-z_]\w*)\s*\([^;{)]*\)\s*\{", t, flags=re.M):
                defs.setdefault(m.group(1), rel)
    calls = defaultdict(set)
    for rel, t in code.items():
        if not rel.endswith(".c"):
            continue
        for name in set(re.findall(r"\b([a-z_]\w*)\s*\(", t)):
            target = defs.get(name)
            if target and target != rel:
                calls[rel].add(target)
                if layer_of(target) > layer_of(rel):
                    findings.append(f"call up: {rel} calls {name}() of {target}")
    findings += [f"cycle: {' <-> '.join(sorted(c))}" for c in cycles(calls, list(rels))]

    # words as data, and a comment above every function
    for rel, t in texts.items():
        c = code[rel]
        for m in re.finditer(r"const\s+char\s*\*\s*const\s+(\w+)\s*\[([^\]]*)\]\s*=\s*\{(.*?)\};", c, flags=re.S):
            if "__COUNT" in m.group(2):
                continue        # the SQL names of an enum, one per value
            words = [w for w in re.findall(r'"([^"\\]*)"', m.group(3)) if WORD.fullmatch(w)]
            if len(words) >= WORD_LIST_MIN:
                findings.append(f"word list in C: {rel}: {m.group(1)} ({len(words)} words)")
        for m in re.finditer(r'\b(strn?cmp|gt_tok_text_is|memcmp)\s*\(([^;]*)', c):
            for lit in re.findall(r'"([^"\\]*)"', m.group(2)):
                if WORD.fullmatch(lit) or ":" in lit:
                    findings.append(f"decision on a written word: {rel}: {m.group(1)}(… \"{lit}\")")
        if rel.endswith(".c"):
            lines = t.split("\n")
            for m in re.finditer(r"^([a-z_]\w*)\s*\([^;{)]*\)\s*\{", c, flags=re.M):
                line = c[:m.start()].count("\n")     # 0-based line of the name
                above = line - 1
                while above >= 0 and re.match(r"^(static\s+)?(inline\s+)?[\w\s\*]+$", lines[above]) \
                        and not lines[above].strip().endswith(("*/", ";", "}")):
                    above -= 1          # the return type on the lines above the name
                if above < 0 or not lines[above].rstrip().endswith("*/"):
                    findings.append(f"no comment: {rel}:{line + 1}: {m.group(1)}()")
    return findings


def cycles(graph: dict, nodes: list) -> list[list[str]]:
    """Strongly connected components with more than one file (Tarjan, iterative)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on.add(start)
        while work:
            v, it = work[-1]
            nxt = next(it, None)
            if nxt is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(comp)
            elif nxt not in index:
                index[nxt] = low[nxt] = counter[0]
                counter[0] += 1
                stack.append(nxt)
                on.add(nxt)
                work.append((nxt, iter(sorted(graph[nxt]))))
            elif nxt in on:
                low[v] = min(low[v], index[nxt])
    return out


def main() -> int:
    """Entry point."""
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    findings = check(root)
    for f in findings:
        print(f)
    n = len(list((root / "src").rglob("*.c")))
    print(f"check_structure: {len(findings)} findings in {n} C files "
          f"(layers {' → '.join(LAYERS[1:])})")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
