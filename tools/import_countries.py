#!/usr/bin/env python3
"""Build data/countries.tsv from licensed name sources plus the hand-curated table.

Provenance (all read from ../shared/data/lexicon-sources/ or --sources DIR; all may ship):
  cldr48_territories_de.tsv    Unicode CLDR 48, German territory names incl. alt="short"/"variant"  Unicode licence v3
  icu_regions_de.tsv           ICU 72 German region names (de.res Countries)                         Unicode licence v3
  icu_country_altforms_de.tsv  ICU 72 Countries%short / Countries%variant                            Unicode licence v3
  i18n-iso-countries_de.tsv    npm i18n-iso-countries, German names with alternatives                MIT
  i18n-nationality_de.tsv      npm i18n-nationality, German country adjectives                       MIT
                               (only used as a cross-check: it is wrong for ~50 codes, see NATIONALITY_FIXES)
  data/countries-curated.tsv   hand-curated: canonical press name, article, extra variants incl. inflected
                               multiword forms, adjectives, demonyms, modifiers, forms to drop   (geotext's own)

Merge rules:
  name      = curated name, else the CLDR default name.
  variants  = every German name form of CLDR (default/short/variant/chagos), ICU (regions, altforms) and
              i18n-iso-countries, minus forms with "(" or ", " (sort/disambiguation forms such as
              "Kongo (Republik)", "Syrien, Arabische Republik"), minus the curated `drop` list, minus the name,
              followed by the curated variants.
  article, adjectives, modifiers: curated. demonyms: curated, "Stem+" shorthand expanded to explicit forms.
The ISO 3166-1 alpha-2 code list is checked against /usr/share/iso-codes/json/iso_3166-1.json (Debian
iso-codes) when that file exists; XK (Kosovo) is the only non-ISO code allowed.

Usage: python3 tools/import_countries.py [--sources DIR] [--out data/countries.tsv]
"""
import argparse
import csv
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLUMNS = ["code", "name", "variants", "article", "adjectives", "demonyms", "modifiers"]
ARTICLES = {"-", "der", "die", "die-pl"}
EXTRA_CODES = {"XK"}  # user-assigned, used by CLDR, ICU and the EU for Kosovo

# i18n-nationality_de.tsv, checked by hand. All its entries are capitalised (German adjectives are written
# lowercase); beyond that these entries are wrong. Value = correct adjective stem(s); "" = the source entry is
# not an adjective at all (mostly the territory name copied into the field) and German has none in use.
NATIONALITY_FIXES = {
    # not adjectives: territory names copied into the field
    **{c: "" for c in "BV IO KY CX CC CK FK GF PF TF GP HM HK MO MQ YT MS NF MP PN RE SH KN PM GS SJ TK TC "
                      "UM VG VI WF AX BQ CW GG IM JE BL MF SX".split()},
    "FO": "färöisch",            # source: "Färöer" (the name)
    "GI": "gibraltarisch",       # source: "Gibraltar"
    "NC": "neukaledonisch",      # source: "Neukaledonien"
    "TT": "trinidadisch",        # source: "Trinidad und Tobago"
    "AE": "emiratisch",          # source: "Vereinigte Arabische Emirate"
    "EH": "westsaharisch|sahrauisch",  # source: "Westsahara"
    "XK": "kosovarisch",         # source: "Kosovo"
    # wrong adjectives
    "PS": "palästinensisch",     # source: "Gazastreifen"
    "NZ": "neuseeländisch",      # source: "Neuseelandneuseeländisch" (garbled)
    "NE": "nigrisch",            # source: "Nigerianisch (Niger)" - nigerianisch belongs to Nigeria
    "PG": "papua-neuguineisch",  # source: "Papua-Neuguienisch" (typo)
    "GQ": "äquatorialguineisch",  # source: "Äquatorial-Guineisch" (Duden: one word)
    "MK": "nordmazedonisch|mazedonisch",  # source: "Mazedonisch" (pre-2019 name only)
    "BY": "belarussisch|weißrussisch",    # source: "Weißrussisch" only; press now uses belarussisch
    "MD": "moldauisch|moldawisch",        # source: "Moldawisch" only; official German: moldauisch
    "SZ": "eswatinisch|swasiländisch",    # source: "Swasiländisch" only (renamed 2018)
    "BO": "bolivianisch|bolivisch",       # source: "Bolivisch"; usual form is bolivianisch
    "VU": "vanuatuisch",                  # source: "Vanuatisch"; official German list: vanuatuisch
    # disambiguation qualifiers in the field
    "CD": "kongolesisch",        # source: "Kongolesisch (Demokratische Republik Kongo)"
    "CG": "",                    # source: "Kongolesisch (Republik Kongo)" - kept on CD only, avoids a clash
    "DM": "dominicanisch",       # source: "Dominicanisch (Dominica)"
    "DO": "dominikanisch",       # source: "Dominikanisch (Dominikanische Republik)"
    "NG": "nigerianisch",        # source: "Nigerianisch (Nigeria)"
    # rare/unattested in German press, left out
    "GU": "", "NU": "",
}


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def split_list(cell):
    cell = nfc(cell or "")
    if cell in ("", "-"):
        return []
    return [nfc(x) for x in cell.split("|") if nfc(x)]


def uniq(items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def expand_demonym(item):
    if not item.endswith("+"):
        return [item]
    s = item[:-1]
    if s.endswith("er"):
        return [s, s + "n", s + "in", s + "innen"]
    if s.endswith("e"):
        return [s, s + "n", s[:-1] + "in", s[:-1] + "innen"]
    raise ValueError("cannot expand demonym shorthand %r" % item)


def load_sources(d):
    names = {}  # code -> list of (form, provenance)
    cldr_default = {}

    def add(code, form, prov):
        form = nfc(form)
        if form:
            names.setdefault(code, []).append((form, prov))

    for code, alt, name in read_rows(os.path.join(d, "cldr48_territories_de.tsv")):
        if alt == "":
            cldr_default[code] = nfc(name)
        add(code, name, "cldr48" + (":" + alt if alt else ""))
    for code, name in read_rows(os.path.join(d, "icu_regions_de.tsv")):
        add(code, name, "icu72")
    for key, code, name in read_rows(os.path.join(d, "icu_country_altforms_de.tsv")):
        add(code, name, "icu72:" + key.split("%")[-1])
    for code, cell in read_rows(os.path.join(d, "i18n-iso-countries_de.tsv")):
        for form in cell.split(" | "):
            add(code, form, "i18n-iso-countries")
    nationality = {code: nfc(adj) for code, adj in read_rows(os.path.join(d, "i18n-nationality_de.tsv"))}
    return names, cldr_default, nationality


def iso_codes():
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {c["alpha_2"] for c in json.load(f)["3166-1"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", default=os.path.join(ROOT, "..", "shared", "data", "lexicon-sources"))
    ap.add_argument("--curated", default=os.path.join(ROOT, "data", "countries-curated.tsv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "countries.tsv"))
    args = ap.parse_args()

    names, cldr_default, nationality = load_sources(args.sources)
    rows = read_rows(args.curated)
    header, rows = rows[0], rows[1:]
    warnings = []
    out = []
    iso = iso_codes()
    seen_codes = set()
    for r in rows:
        rec = dict(zip(header, r + [""] * (len(header) - len(r))))
        code = rec["code"].strip()
        if code in seen_codes:
            sys.exit("duplicate code %s" % code)
        seen_codes.add(code)
        if iso is not None and code not in iso and code not in EXTRA_CODES:
            sys.exit("not an ISO 3166-1 alpha-2 code: %s" % code)
        name = nfc(rec["name"]) or cldr_default.get(code)
        if not name:
            sys.exit("no name for %s" % code)
        article = rec["article"].strip() or "-"
        if article not in ARTICLES:
            sys.exit("bad article %r for %s" % (article, code))
        drop = set(split_list(rec.get("drop", "")))
        src_forms = [f for f, _ in names.get(code, []) if "(" not in f and ", " not in f and f not in drop]
        variants = [v for v in uniq(src_forms + split_list(rec["variants"])) if v != name]
        adjectives = uniq(split_list(rec["adjectives"]))
        demonyms = uniq([d for item in split_list(rec["demonyms"]) for d in expand_demonym(item)])
        modifiers = [m for m in uniq(split_list(rec["modifiers"])) if m != name]
        for a in adjectives:
            if a != a.lower() and not a.startswith("US-"):
                warnings.append("%s: adjective not lowercase: %s" % (code, a))
        # cross-check against i18n-nationality (after the documented fixes)
        if code in nationality:
            exp = NATIONALITY_FIXES.get(code, nationality[code].lower())
            for e in split_list(exp):
                if e not in adjectives:
                    warnings.append("%s: i18n-nationality adjective %r not in curated adjectives" % (code, e))
        # multiword forms whose first word is a strong adjective need their -en form listed
        forms = [name] + variants
        for f in forms:
            w = f.split(" ")
            if len(w) > 1 and w[0][:1].isupper() and (w[0].endswith("ische") or w[0].endswith("ische")
                                                       or w[0] in ("Vereinigte", "Vereinigtes", "Nördliche",
                                                                   "Kleinere", "Föderierte", "Demokratische",
                                                                   "Palästinensische", "Karibische")
                                                       or w[0].endswith("isches")):
                w0 = w[0][:-2] + "en" if w[0].endswith("es") else w[0] + "n"
                infl = " ".join([w0] + w[1:])
                if not any(x.startswith(" ".join([w0] + w[1:2])) for x in forms):
                    warnings.append("%s: multiword %r: no inflected form like %r" % (code, f, infl))
        out.append([code, name, "|".join(variants) or "-", article, "|".join(adjectives) or "-",
                    "|".join(demonyms) or "-", "|".join(modifiers) or "-"])

    if iso is not None:
        missing = iso - seen_codes
        if missing:
            sys.exit("missing ISO codes: %s" % " ".join(sorted(missing)))

    # a surface form must not point to two countries
    owner = {}
    for row in out:
        for col in (1, 2, 4, 5):
            for f in ([row[col]] if col == 1 else split_list(row[col])):
                key = f.lower() if col == 4 else f
                if key in owner and owner[key] != row[0]:
                    warnings.append("form %r in %s and %s" % (f, owner[key], row[0]))
                owner.setdefault(key, row[0])

    out.sort(key=lambda r: r[0])
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("# source: Unicode CLDR 48 and ICU 72 German territory names; npm i18n-iso-countries (German names);\n"
                "#   npm i18n-nationality (German adjectives, checked and corrected by hand); hand-curated columns\n"
                "#   from data/countries-curated.tsv. Generated by tools/import_countries.py - edit the curated\n"
                "#   file or the script, not this file.\n"
                "# licence: CLDR/ICU data: Unicode License v3; i18n-iso-countries, i18n-nationality: MIT;\n"
                "#   curated columns: geotext's own licence\n"
                "# notes: one row per ISO 3166-1 alpha-2 code plus XK (Kosovo, user-assigned). article: - (no article,\n"
                "#   genitive -s), der (masc. with article), die (fem.), die-pl (plural). Inflected forms are listed\n"
                "#   in variants only for multiword forms, for plural dative -n, and for variants whose gender\n"
                "#   differs from the name (Amerikas, Vatikans, Kongos, Hollands). demonyms are explicit.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(COLUMNS)
        for row in out:
            w.writerow([unicodedata.normalize("NFC", c) for c in row])
    for msg in warnings:
        print("warning:", msg, file=sys.stderr)
    print("wrote %d rows to %s (%d warnings)" % (len(out), args.out, len(warnings)), file=sys.stderr)


if __name__ == "__main__":
    main()
