#!/usr/bin/env python3
"""Compile the lexicon source files in data/ into src/core/lexicon_data.c.

Reads the readable TSV sources (see data/FORMAT.md), expands inflection
(genitive -s, adjective endings), normalises keys exactly as
src/core/normalize.c does, and writes one open-addressing hash table as
const C arrays (layout: src/core/lexicon_table.h).

Optional word lists (Debian's wngerman /usr/share/dict/ngerman and
hunspell-de-de /usr/share/hunspell/de_DE.dic, both GPL-2+, read at build
time and never copied into the repository) add ordinary German words to the
common-word guard; hunspell stems of nouns get their usual endings.
"""
import argparse
import os
import sys
import unicodedata

TYPES = {"entity": 1, "firstname": 2, "role": 3, "cue": 4, "function_word": 5,
         "common_word": 6, "org_pattern": 7, "abbreviation": 8, "prefix": 9}
KINDS = {"person": 1, "organization": 2, "country": 3, "place": 4}
FORMS = {"name": 0, "adjective": 1, "demonym": 2, "compound": 3}
GENDERS = {"m": 1, "f": 2, "p": 3, "pl": 3, "u": 0, "": 0, "-": 0}
CUE_TYPES = {"verb": 1, "marker": 2, "noun": 3}
FLAG_AMBIGUOUS = 0x01
FLAG_SHORT_FORM = 0x02
ADJECTIVE_ENDINGS = ("", "e", "en", "em", "er", "es")
MAX_KEY_BYTES = 255


def normalize_key(text):
    """Mirror of gt_normalize_key() in src/core/normalize.c."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\u2019\u2018\u02bc\u00b4`":
            out.append("'")
        elif ch in "\u2010\u2011":
            out.append("-")
        elif ch == "\u00ad":
            continue
        elif ch == "\u00df":
            out.append("ss")
        elif ch == "\u1e9e":
            out.append("SS")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def cells(value):
    """Split a |-separated cell, dropping empty and '-' items."""
    if value is None:
        return []
    return [v.strip() for v in value.split("|") if v.strip() and v.strip() != "-"]


def read_tsv(path):
    """Yield one dict per data row of a commented TSV file with a header line."""
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = [h.strip() for h in fields]
                continue
            fields += [""] * (len(header) - len(fields))
            row = dict(zip(header, (x.strip() for x in fields)))
            row["_where"] = f"{os.path.basename(path)}:{lineno}"
            yield row


def genitive(name, multiword=False):
    """The genitive -s form of a proper name (last word inflected), or None."""
    last = name.rsplit(" ", 1)[-1]
    if (" " in name and not multiword) or last.isupper() or \
            last[-1] in "sßxzSXZ" or not last[-1].isalpha():
        return None
    return name + "s"


class Lexicon:
    """Collects entries and writes the C tables."""

    def __init__(self):
        self.entries = []          # (key, canonical, extra, source, type, kind, form, gender, flags, country)
        self.seen = set()
        self.sources = []

    def source_index(self, source):
        """Index of a source name in the source table."""
        if source not in self.sources:
            self.sources.append(source)
        return self.sources.index(source)

    def add(self, key, type_, source, canonical="", extra="", kind=0, form=0,
            gender=0, flags=0, country=""):
        """Add one entry (duplicates of key+type+canonical+form are dropped)."""
        nkey = normalize_key(key)
        if not nkey or len(nkey.encode()) > MAX_KEY_BYTES:
            return
        country = "" if country in ("", "-") else country
        ident = (nkey, type_, canonical, form, kind, extra)
        if ident in self.seen:
            return
        self.seen.add(ident)
        self.entries.append((nkey, canonical, extra, self.source_index(source),
                             TYPES[type_], kind, form, gender, flags, country))

    def add_entity(self, key, canonical, kind, country, source, form="name",
                   extra="", gender=0, flags=0, inflect=True):
        """Add an entity name and (optionally) its genitive."""
        self.add(key, "entity", source, canonical, extra, KINDS[kind],
                 FORMS[form], gender, flags, country)
        if inflect and form == "name":
            g = genitive(key, multiword=(kind == "person"))
            if g:
                self.add(g, "entity", source, canonical, extra, KINDS[kind],
                         FORMS[form], gender, flags, country)


def load_countries(lex, path):
    """Countries: names, variants, genitives, adjectives, demonyms, modifiers."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        code, name = r["code"], r["name"]
        article = r.get("article", "-") or "-"
        inflect = article in ("-", "der", "das")
        names = [name] + cells(r.get("variants"))
        for n in names:
            lex.add_entity(n, name, "country", code, src, inflect=inflect)
        for stem in cells(r.get("adjectives")):
            for ending in ADJECTIVE_ENDINGS:
                form = stem + ending
                lex.add_entity(form, name, "country", code, src, "adjective")
                lex.add_entity(form[0].upper() + form[1:], name, "country", code,
                               src, "adjective")
        for d in cells(r.get("demonyms")):
            lex.add_entity(d, name, "country", code, src, "demonym")
        for m in cells(r.get("modifiers")):
            lex.add_entity(m, name, "country", code, src, "compound")


def load_places(lex, path):
    """Regions and cities: place names with country and genitive."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        canonical = r.get("canonical") or r["name"]
        flags = FLAG_AMBIGUOUS if r.get("ambiguous") == "1" else 0
        for n in [r["name"]] + cells(r.get("variants")):
            lex.add_entity(n, canonical, "place", r.get("country", ""), src,
                           extra=r.get("type", ""), flags=flags)


def load_organizations(lex, path):
    """Organisations with country and type."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        canonical = r.get("canonical") or r["name"]
        flags = FLAG_AMBIGUOUS if r.get("ambiguous") == "1" else 0
        for n in [r["name"]] + cells(r.get("variants")):
            lex.add_entity(n, canonical, "organization", r.get("country", ""),
                           src, extra=r.get("type", ""), flags=flags)


def load_persons(lex, path):
    """Public figures: full names and distinctive short forms."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        canonical = r["canonical"]
        gender = GENDERS.get(r.get("gender", ""), 0)
        names = [canonical] + cells(r.get("variants"))
        for n in names:
            flags = FLAG_SHORT_FORM if " " not in n and " " in canonical else 0
            lex.add_entity(n, canonical, "person", r.get("country", ""), src,
                           extra=r.get("role", ""), gender=gender, flags=flags)


def cell(row, name):
    """A single-valued cell ('' for a missing column, empty cell or '-')."""
    value = row.get(name, "") if name else ""
    return "" if value == "-" else value


def load_simple(lex, path, type_, key_col, canonical_col=None, extra_col=None,
                gender_col=None, kind_map=None, kind_col=None):
    """Generic loader for one-key-per-row files."""
    src = os.path.basename(path)
    for r in read_tsv(path):
        gender = 0
        if gender_col:
            gender = GENDERS.get(r.get(gender_col, ""), 0)
            if r.get("number") == "pl":
                gender = GENDERS["p"]
        kind = kind_map.get(r.get(kind_col, ""), 0) if kind_map else 0
        lex.add(r[key_col], type_, src, cell(r, canonical_col), cell(r, extra_col),
                kind=kind, gender=gender)


NOUN_ENDINGS = ("s", "es", "e", "en", "n", "er", "ern", "ns")


def wordlist_words(path):
    """Words of a plain word list, or of a hunspell .dic (stems; nouns inflected).

    An English list (american-english) gives only its lower-case words: an
    English common word is no German name ("Love Yourself", "Merger Wins"),
    while its capitalised entries are names and are left out.
    """
    hunspell = path.endswith(".dic")
    english = os.path.basename(path).endswith("english")
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


def load_wordlist(lex, path):
    """Ordinary words from a system word list, as common-word guard entries."""
    for w in wordlist_words(path):
        lex.add(w, "common_word", "wordlist")


def fnv1a(data):
    """32-bit FNV-1a, as gt_lex_hash() in src/core/lexicon_table.h."""
    h = 2166136261
    for b in data:
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def bloom_positions(h, nbits):
    """The two Bloom-filter bits of a key hash, as gt_bloom_bits() computes them."""
    rot = ((h >> 16) | (h << 16)) & 0xFFFFFFFF
    return (h & (nbits - 1), ((rot * 0x9E3779B1) & 0xFFFFFFFF) & (nbits - 1))


def make_bloom(entries, firsts, nbits, wanted):
    """A Bloom filter (list of 64-bit words) over the keys with a wanted record."""
    bloom = [0] * (nbits // 64)
    for key, first in firsts.items():
        if not any(wanted(key, e[4]) for e in entries[first:first + 64] if e[0] == key):
            continue
        for bit in bloom_positions(fnv1a(key.encode("utf-8")), nbits):
            bloom[bit // 64] |= 1 << (bit % 64)
    return bloom


def write_bloom(f, name, bloom):
    """Write a Bloom filter as a const C array."""
    f.write("static const uint64_t %s[%d] = {\n" % (name, len(bloom)))
    for i in range(0, len(bloom), 4):
        f.write(",".join("0x%016xu" % w for w in bloom[i:i + 4]) + ",\n")
    f.write("};\n\n")


def add_prefixes(lex):
    """Add a prefix record for every word-boundary prefix of a multi-word key."""
    keys = {e[0] for e in lex.entries}
    src = lex.source_index("prefix")
    prefixes = set()
    for k in keys:
        parts = k.split(" ")
        for i in range(1, len(parts)):
            prefixes.add(" ".join(parts[:i]))
    for p in prefixes:
        lex.entries.append((p, "", "", src, TYPES["prefix"], 0, 0, 0, 0, ""))


def c_string(s):
    """A C string literal for UTF-8 text (octal escapes, never ambiguous)."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x20 or b >= 0x7F or b in (0x22, 0x5C, 0x3F):
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return '"' + "".join(out) + '"'


def write_c(lex, out_path):
    """Write the pool, records, slots and source table as C."""
    entries = sorted(lex.entries, key=lambda e: (e[0].encode(), e[4]))
    pool = bytearray(b"\0")
    offsets = {"": 0}

    def intern(s):
        if s not in offsets:
            offsets[s] = len(pool)
            pool.extend(s.encode("utf-8") + b"\0")
        return offsets[s]

    recs = []
    firsts = {}
    for i, (key, canonical, extra, src, type_, kind, form, gender, flags, country) in enumerate(entries):
        k = intern(key)
        firsts.setdefault(key, i)
        recs.append((k, intern(canonical), intern(extra), src, type_, kind, form,
                     gender, flags, country))
    nslots = 16
    while nslots < 2 * len(firsts):
        nslots *= 2
    slots = [(0, 0)] * nslots
    for key, first in firsts.items():
        h = fnv1a(key.encode("utf-8"))
        idx = h & (nslots - 1)
        while slots[idx][1]:
            idx = (idx + 1) & (nslots - 1)
        slots[idx] = (h, first + 1)

    tmp_path = "%s.tmp.%d" % (out_path, os.getpid())
    bloom_bits, noun_bloom_bits = 1 << 20, 1 << 22
    bloom = make_bloom(entries, firsts, bloom_bits,
                       lambda key, t: t in (TYPES["entity"], TYPES["prefix"]))
    noun_bloom = make_bloom(entries, firsts, noun_bloom_bits,
                            lambda key, t: key[:1].isupper() and
                            t in (TYPES["common_word"], TYPES["role"],
                                  TYPES["org_pattern"]))
    cue_bloom_bits = 1 << 18
    cue_bloom = make_bloom(entries, firsts, cue_bloom_bits,
                           lambda key, t: t in (TYPES["cue"], TYPES["prefix"]))

    with open(tmp_path, "w", encoding="ascii") as f:
        f.write("/* Generated by tools/compile_lexicon.py from data/: do not edit. */\n")
        f.write('#include "lexicon/lexicon_table.h"\n\n')
        f.write("static const char pool[%d] =\n" % (len(pool) + 1))
        chunk = 0
        while chunk < len(pool):
            piece = bytes(pool[chunk:chunk + 96])
            f.write('"' + "".join("\\%03o" % b if b < 0x20 or b >= 0x7F or b in (0x22, 0x5C, 0x3F)
                                  else chr(b) for b in piece) + '"\n')
            chunk += 96
        f.write(";\n\n")
        f.write("static const gt_lex_rec recs[%d] = {\n" % max(1, len(recs)))
        for (k, c, x, src, type_, kind, form, gender, flags, country) in recs:
            cc = "{%s,%s}" % (("'%s'" % country[0]) if country else "0",
                              ("'%s'" % country[1]) if len(country) > 1 else "0")
            f.write("{%d,%d,%d,%d,%d,%d,%d,%d,%d,%s},\n" % (k, c, x, src, type_, kind, form,
                                                          gender, flags, cc))
        f.write("};\n\n")
        f.write("static const gt_lex_slot slots[%d] = {\n" % nslots)
        for h, first in slots:
            f.write("{%du,%d},\n" % (h, first) if first else "{0,0},\n")
        f.write("};\n\n")
        f.write("static const char *const sources[%d] = {\n" % max(1, len(lex.sources)))
        for s in lex.sources:
            f.write("%s,\n" % c_string(s))
        f.write("};\n\n")
        write_bloom(f, "entity_bloom", bloom)
        write_bloom(f, "noun_bloom", noun_bloom)
        write_bloom(f, "cue_bloom", cue_bloom)
        f.write("const struct gt_lexicon gt_builtin_lexicon = {\n")
        f.write("\tpool, recs, %d, slots, %d, %d, sources, %d, entity_bloom, %d,\n"
                "\tnoun_bloom, %d, cue_bloom, %d\n};\n"
                % (len(recs), nslots, len(firsts), len(lex.sources), bloom_bits,
                   noun_bloom_bits, cue_bloom_bits))
    os.replace(tmp_path, out_path)
    return len(recs), len(firsts), len(pool)


LOADERS = [
    ("countries.tsv", load_countries),
    ("regions.tsv", load_places),
    ("cities.tsv", load_places),
    ("towns-dach.tsv", load_places),
    ("organizations.tsv", load_organizations),
    ("persons.tsv", load_persons),
    ("firstnames.tsv", lambda lex, p: load_simple(lex, p, "firstname", "name",
                                                   gender_col="gender")),
    ("roles.tsv", lambda lex, p: load_simple(lex, p, "role", "form", "lemma",
                                              gender_col="gender")),
    ("cues.tsv", lambda lex, p: load_simple(lex, p, "cue", "form", "lemma", "particle",
                                             kind_map=CUE_TYPES, kind_col="type")),
    ("function-words.tsv", lambda lex, p: load_simple(lex, p, "function_word", "word",
                                                       "class")),
    ("common-nouns.tsv", lambda lex, p: load_simple(lex, p, "common_word", "word")),
    ("org-patterns.tsv", lambda lex, p: load_simple(lex, p, "org_pattern", "pattern",
                                                     "type", "position")),
    ("abbreviations.tsv", lambda lex, p: load_simple(lex, p, "abbreviation",
                                                      "abbreviation", "class")),
]


def main():
    """Parse arguments, load every source, write the C file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "data"))
    ap.add_argument("--wordlist",
                    default="/usr/share/dict/ngerman,/usr/share/hunspell/de_DE.dic,"
                            "/usr/share/dict/american-english",
                    help="comma-separated system word lists for the common-word guard "
                         "(plain lists or hunspell .dic; '' to skip)")
    ap.add_argument("--output", required=True)
    args = ap.parse_args()

    lex = Lexicon()
    for name, loader in LOADERS:
        path = os.path.join(args.data, name)
        if os.path.exists(path):
            loader(lex, path)
        else:
            print(f"compile_lexicon: warning: {path} missing", file=sys.stderr)
    for wl in filter(None, args.wordlist.split(",")):
        if os.path.exists(wl):
            load_wordlist(lex, wl)
        else:
            print(f"compile_lexicon: note: no word list at {wl}; "
                  "the common-word guard is smaller without it", file=sys.stderr)
    add_prefixes(lex)
    nrecs, nkeys, pool = write_c(lex, args.output)
    print(f"compile_lexicon: {nrecs} records, {nkeys} keys, {pool} pool bytes -> {args.output}")


if __name__ == "__main__":
    main()
