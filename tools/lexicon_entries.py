#!/usr/bin/env python3
"""Expand the lexicon source files of data/ into one list of entries for the table builder.

Reads the readable TSV sources (see data/FORMAT.md) and writes one entry per line (TSV, columns ENTRY_COLUMNS):
every surface form a source row stands for, with its type, kind, form, gender, flags and country by
name. It expands what the sources write compactly (a country's adjective stem into its endings, a
demonym stem into its four forms, variants of a name) and marks which entries take a genitive -s.

Everything that must agree with the C code happens in C, in the table builder (tools/tables, linked
against the core): key normalisation, the genitive rule, duplicate removal, record order, hashing,
Bloom filters and the binary layout. This script knows no enum value and no key rule.

The word lists of data/wordlists.tsv (Debian packages, read at build time, never copied) add
ordinary words to the common-word guard. Each must be present and have the pinned SHA-256: a missing
or different list stops the build, so that the same commit gives the same lexicon on every machine.
--wordlists none builds without them, on purpose, and says so in the build info.

A second file (--info) lists what went in: every source with its version or SHA-256 and the number
of entries it gave; the builder embeds it, and geotext_build_info() shows it in SQL.
"""
import argparse
import hashlib
import os
import sys

ENTRY_COLUMNS = ("key", "type", "source", "canonical", "extra", "kind", "form", "gender",
                 "flags", "country", "inflect", "sub")
GENDERS = {"m": "m", "f": "f", "p": "pl", "pl": "pl", "u": "", "": "", "-": ""}
ADJECTIVE_ENDINGS = ("", "e", "en", "em", "er", "es")
NOUN_ENDINGS = ("s", "es", "e", "en", "n", "er", "ern", "ns")


def cells(value):
    """Split a |-separated cell, dropping empty and '-' items."""
    if value is None:
        return []
    return [v.strip() for v in value.split("|") if v.strip() and v.strip() != "-"]


def cell(row, name):
    """A single-valued cell ('' for a missing column, empty cell or '-')."""
    value = row.get(name, "") if name else ""
    return "" if value == "-" else value


def read_tsv(path):
    """Yield one dict per data row of a commented TSV file with a header line."""
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = [h.strip() for h in fields]
                continue
            fields += [""] * (len(header) - len(fields))
            yield dict(zip(header, (x.strip() for x in fields)))


def sha256(path):
    """The SHA-256 of a file, hex."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Entries:
    """Writes entries as they come, counting them per source."""

    def __init__(self, out):
        self.out = out
        self.counts = {}

    def add(self, key, type_, source, canonical="", extra="", kind="", form="", gender="",
            flags=(), country="", inflect="", sub=""):
        """Write one entry (the builder normalises its key and drops duplicates)."""
        country = "" if country in ("", "-") else country
        row = (key, type_, source, canonical, extra, kind, form, gender, "|".join(flags),
               country, inflect, sub)
        for value in row:
            if "\t" in value or "\n" in value:
                sys.exit(f"lexicon_entries: {source}: a tab or line break in {value!r}")
        if not key.strip():
            return
        self.out.write("\t".join(row) + "\n")
        self.counts[source] = self.counts.get(source, 0) + 1

    def add_entity(self, key, canonical, kind, country, source, form="name", extra="",
                   gender="", flags=(), inflect=True):
        """An entity name; a name form takes the genitive -s (persons: the last word's)."""
        genitive = ""
        if inflect and form == "name":
            genitive = "person" if kind == "person" else "name"
        self.add(key, "entity", source, canonical, extra, kind, form, gender, flags, country,
                 genitive)


def load_countries(lex, path):
    """Countries: names, variants, genitives, adjectives, demonyms, modifiers."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        code, name = r["code"], r["name"]
        article = r.get("article", "-") or "-"
        inflect = article in ("-", "der", "das")
        for n in [name] + cells(r.get("variants")):
            lex.add_entity(n, name, "country", code, src, inflect=inflect)
        for stem in cells(r.get("adjectives")):
            for ending in ADJECTIVE_ENDINGS:
                form = stem + ending
                lex.add_entity(form, name, "country", code, src, "adjective")
                # capitalised without an ending it is the language (auf Deutsch, Englisch lernen)
                if ending:
                    lex.add_entity(form[0].upper() + form[1:], name, "country", code, src, "adjective")
        for d in cells(r.get("demonyms")):
            lex.add_entity(d, name, "country", code, src, "demonym")
        for m in cells(r.get("modifiers")):
            lex.add_entity(m, name, "country", code, src, "compound")


def load_named(kind):
    """A loader of named entities of one kind: name, canonical, country, type, ambiguous, variants."""
    def load(lex, path):
        src = os.path.basename(path)
        for r in read_tsv(path):
            canonical = r.get("canonical") or r["name"]
            flags = ("ambiguous",) if r.get("ambiguous") == "1" else ()
            for n in [r["name"]] + cells(r.get("variants")):
                lex.add_entity(n, canonical, kind, r.get("country", ""), src,
                               extra=r.get("type", ""), flags=flags)
    return load


def load_candidates(lex, path):
    """Names several entities share (data/candidates.tsv): every candidate an entry of its own, flagged."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        for n in [r["name"]] + cells(r.get("variants")):
            # a party named by an ordinary word has no genitive -s (die Grünen, der Linken)
            inflect = "" if r["sense"] == "party-word" else "name"
            lex.add(n, "entity", src, r["canonical"], r.get("type", ""), r["kind"], "name", "",
                    ("candidate",), r.get("country", ""), inflect, r["sense"])


def load_place_adjectives(lex, path):
    """The adjectives of cities and regions: a form in -er as it is, a stem in -isch with its endings."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        adjective, place, country = r["adjective"], r["place"], r.get("country", "")
        forms = [adjective] if not adjective.endswith("isch") else \
            [adjective + e for e in ADJECTIVE_ENDINGS] + [adjective[0].upper() + adjective[1:] + e
                                                         for e in ADJECTIVE_ENDINGS if e]
        for form in forms:
            lex.add_entity(form, place, "place", country, src, "adjective")


def load_offices(lex, path):
    """State offices (data/offices.tsv): one entry per form and country that has it (* = any state)."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        for n in [r["office"]] + cells(r.get("forms")):
            for country in cells(r["countries"]):
                # the country in extra too: entries that differ only in their country are not duplicates
                country = "" if country == "*" else country
                lex.add(n, "office", src, r["office"], country, country=country)


def load_other_names(lex, path):
    """Names that are none of the four kinds (data/other-names.tsv): entities of no kind."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        for n in [r["name"]] + cells(r.get("variants")):
            lex.add_entity(n, r["name"], "", "", src)


def spaced_given_name(name):
    """The name with its hyphenated first given name written with a space (Heinz-Christian Strache ->
    Heinz Christian Strache, as news also writes it), or None. Only a first word of two capitalised
    parts: a double surname (Strack-Zimmermann) keeps its hyphen."""
    first, sep, rest = name.partition(" ")
    parts = first.split("-")
    if not sep or len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return None
    return " ".join(parts) + " " + rest


def load_persons(lex, path):
    """Public figures: full names, distinctive short forms, and a hyphenated given name with a space."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        canonical = r["canonical"]
        gender = GENDERS.get(r.get("gender", ""), "")
        spaced = spaced_given_name(canonical)
        for n in [canonical] + cells(r.get("variants")) + ([spaced] if spaced else []):
            flags = ("short_form",) if " " not in n and " " in canonical else ()
            lex.add_entity(n, canonical, "person", r.get("country", ""), src,
                           extra=r.get("role", ""), gender=gender, flags=flags)


def load_simple(lex, path, type_, key_col, canonical_col=None, extra_col=None,
                gender_col=None, kind_col=None, sub_col=None):
    """Generic loader for one-key-per-row files (sub_col: the column naming the entry's sub-class)."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        gender = ""
        if gender_col:
            gender = GENDERS.get(r.get(gender_col, ""), "")
            if r.get("number") == "pl":
                gender = "pl"
        kind = cell(r, kind_col) if kind_col else ""
        lex.add(r[key_col], type_, src, cell(r, canonical_col), cell(r, extra_col),
                kind=kind, gender=gender, sub=cell(r, sub_col) if sub_col else "")


def load_surnames(lex, path):
    """The surname feature lexicon, without the function words the GermaNER list also holds (Auch, Dieser)."""
    function_words = {r["word"].lower() for r in read_tsv(os.path.join(os.path.dirname(path), "function-words.tsv"))}
    src = os.path.basename(path)
    for r in read_tsv(path):
        if r["name"].lower() not in function_words:
            lex.add(r["name"], "surname", src, "", "")


def wordlist_words(path, fmt):
    """Words of a plain word list, or of a hunspell .dic (stems; nouns inflected).

    An English list gives only its lower-case words: an English common word is no German name
    ("Love Yourself", "Merger Wins"), while its capitalised entries are names and are left out.
    """
    hunspell = fmt == "hunspell"
    english = fmt == "english"
    with open(path, encoding="utf-8", errors="replace") as f:
        for i, line in enumerate(f):
            if hunspell and (i == 0 or line[:1] in ("\t", " ", "#")):
                continue
            w = line.strip().split("/", 1)[0]
            if not w or w.startswith("#") or (english and not (w.isalpha() and w.islower())):
                continue
            yield w
            if hunspell and w[0].isupper() and w.isalpha() and not w.isupper():
                for ending in NOUN_ENDINGS:
                    yield w + ending


LOADERS = [
    ("countries.tsv", load_countries),
    ("regions.tsv", load_named("place")),
    ("cities.tsv", load_named("place")),
    ("towns-dach.tsv", load_named("place")),
    ("organizations.tsv", load_named("organization")),
    ("persons.tsv", load_persons),
    ("firstnames.tsv", lambda lex, p: load_simple(lex, p, "firstname", "name", gender_col="gender")),
    ("roles.tsv", lambda lex, p: load_simple(lex, p, "role", "form", "lemma", gender_col="gender")),
    ("cues.tsv", lambda lex, p: load_simple(lex, p, "cue", "form", "lemma", "particle", kind_col="type")),
    ("function-words.tsv", lambda lex, p: load_simple(lex, p, "function_word", "word", "class",
                                                       sub_col="class")),
    ("common-nouns.tsv", lambda lex, p: load_simple(lex, p, "common_word", "word")),
    ("org-patterns.tsv", lambda lex, p: load_simple(lex, p, "org_pattern", "pattern", "type", "position",
                                                     sub_col="position")),
    ("abbreviations.tsv", lambda lex, p: load_simple(lex, p, "abbreviation", "abbreviation", "class",
                                                      sub_col="class")),
    ("surnames.tsv", load_surnames),
    ("candidates.tsv", load_candidates),
    ("place-adjectives.tsv", load_place_adjectives),
    ("offices.tsv", load_offices),
    ("other-names.tsv", load_other_names),
]
# data files the table builder reads itself (recorded in the build info)
TABLE_FILES = ("wordsets.tsv",)
WORDLIST_SOURCE = "wordlist"


def check_wordlist(row):
    """Exit with a clear message unless the pinned word list is there with its SHA-256."""
    path, package, version = row["path"], row["package"], row["version"]
    if not os.path.exists(path):
        sys.exit(f"lexicon_entries: the word list {path} (Debian package {package} {version}) is "
                 f"missing: run 'make deps', or build with WORDLISTS=none for a lexicon without "
                 f"word lists (a different analysis)")
    found = sha256(path)
    if found != row["sha256"]:
        sys.exit(f"lexicon_entries: {path} differs from the word list this commit is built with "
                 f"({package} {version}, sha256 {row['sha256']}; found {found}). Install that "
                 f"version, or update data/wordlists.tsv in a commit of its own (the analysis "
                 f"changes with it: rows.py check --update)")


def main():
    """Parse arguments, expand every source, write the entries and the build info."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "data"))
    ap.add_argument("--wordlists", default="pinned", choices=("pinned", "none"),
                    help="read the word lists of data/wordlists.tsv (default), or none")
    ap.add_argument("--output", required=True, help="the entries (TSV)")
    ap.add_argument("--info", required=True, help="what went in (TSV: item, version, entries, sha256)")
    args = ap.parse_args()

    info = []
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write("\t".join(ENTRY_COLUMNS) + "\n")
        lex = Entries(out)
        for name, loader in LOADERS:
            path = os.path.join(args.data, name)
            if not os.path.exists(path):
                sys.exit(f"lexicon_entries: {path} is missing")
            loader(lex, path)
            info.append((f"data/{name}", "", lex.counts.get(name, 0), sha256(path)))
        for name in TABLE_FILES:
            path = os.path.join(args.data, name)
            info.append((f"data/{name}", "", "", sha256(path)))
        if args.wordlists == "pinned":
            for row in read_tsv(os.path.join(args.data, "wordlists.tsv")):
                check_wordlist(row)
                before = lex.counts.get(WORDLIST_SOURCE, 0)
                for w in wordlist_words(row["path"], row["format"]):
                    lex.add(w, "common_word", WORDLIST_SOURCE)
                info.append((row["path"], f"{row['package']} {row['version']}",
                             lex.counts.get(WORDLIST_SOURCE, 0) - before, row["sha256"]))
        else:
            info.append(("word lists", "none (built with WORDLISTS=none)", 0, ""))
    os.replace(tmp, args.output)
    with open(args.info, "w", encoding="utf-8") as f:
        for item, version, n, digest in info:
            f.write(f"{item}\t{version}\t{n}\t{digest}\n")
    total = sum(lex.counts.values())
    print(f"lexicon_entries: {total} entries from {len(info)} sources -> {args.output}")


if __name__ == "__main__":
    main()
