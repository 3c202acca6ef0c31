#!/usr/bin/env python3
"""Build data/cities.tsv from GeoNames (via Debian's libgeonames data) plus data/city-exonyms.tsv.

Usage:
    python3 tools/import_cities.py [--geonames PATH] [--exonyms PATH] [--out PATH]

Defaults: ../shared/data/lexicon-sources/debian_libgeonames_cities_de.tsv (relative to the repository
root), data/city-exonyms.tsv, data/cities.tsv.

Rules (see also the comments written into the output):
  * every GeoNames city with population >= 100,000, every national capital (CAPITALS below), every
    city named in data/city-exonyms.tsv, and the few places missing from the GeoNames extract (EXTRA);
  * name = canonical = the German newspaper form: the exonym table wins; otherwise GeoNames name_de,
    with qualifiers such as " (Saale)" or ", London" removed, transliteration diacritics (macrons, tone
    marks, dots below) removed for countries whose names reach German text in plain transliteration,
    and Romanian s/t-cedilla corrected to comma-below;
  * a name or variant that several cities claim goes to one city only: capitals first, then a city whose
    own name (or exonym-table variant) it is, then a name set in the exonym table, then the most
    populous; the losers are listed in a comment;
  * variants: exonym-table variants, the form without a qualifier, and an ASCII-folded form when the
    name carries non-German diacritics (Bogotá -> Bogota); never inflected forms;
  * ambiguous = 1 for the names in AMBIGUOUS (ordinary German words, common given or family names,
    English words, famous metonyms); the recogniser accepts them only after a place preposition.
"""
import argparse
import os
import re
import sys
import unicodedata

MIN_POP = 100_000

# National capitals: ISO 3166-1 alpha-2 -> GeoNames name (name_default or name_de) in that country.
# Seat-of-government cities that are not the constitutional capital are listed too where German news
# calls them the capital (BO: La Paz and Sucre). Israel: Jerusalem (status disputed internationally;
# GeoNames marks it as capital). Palestine: no entry (East Jerusalem claimed, Ramallah is the seat).
CAPITALS = """
AF Kabul|AL Tirana|DZ Algiers|AD Andorra la Vella|AO Luanda|AG Saint John's|AR Buenos Aires|AM Yerevan
AU Canberra|AT Vienna|AZ Baku|BS Nassau|BH Manama|BD Dhaka|BB Bridgetown|BY Minsk|BE Brussels
BZ Belmopan|BJ Porto-Novo|BT Thimphu|BO Sucre|BO La Paz|BA Sarajevo|BW Gaborone|BR Brasília
BN Bandar Seri Begawan|BG Sofia|BF Ouagadougou|BI Gitega|KH Phnom Penh|CM Yaoundé|CA Ottawa|CV Praia
CF Bangui|TD N'Djamena|CL Santiago|CN Beijing|CO Bogotá|KM Moroni|CG Brazzaville|CD Kinshasa
CR San José|CI Yamoussoukro|HR Zagreb|CU Havana|CY Nicosia|CZ Prague|DK Copenhagen|DJ Djibouti
DM Roseau|DO Santo Domingo|EC Quito|EG Cairo|SV San Salvador|GQ Malabo|ER Asmara|EE Tallinn
SZ Mbabane|ET Addis Ababa|FJ Suva|FI Helsinki|FR Paris|GA Libreville|GM Banjul|GE Tbilisi|DE Berlin
GH Accra|GR Athens|GD St. George's|GT Guatemala City|GN Conakry|GW Bissau|GY Georgetown
HT Port-au-Prince|HN Tegucigalpa|HU Budapest|IS Reykjavík|IN New Delhi|ID Jakarta|IR Tehran
IQ Baghdad|IE Dublin|IL Jerusalem|IT Rome|JM Kingston|JP Tokyo|JO Amman|KZ Nur-Sultan|KE Nairobi
KI Tarawa|KP Pyongyang|KR Seoul|XK Pristina|KW Kuwait City|KG Bishkek|LA Vientiane|LV Riga
LB Beirut|LS Maseru|LR Monrovia|LY Tripoli|LI Vaduz|LT Vilnius|LU Luxembourg|MG Antananarivo
MW Lilongwe|MY Kuala Lumpur|MV Malé|ML Bamako|MT Valletta|MH Majuro|MU Port Louis|MX Mexico City
FM Palikir|MD Chișinău|MC Monaco|MN Ulaanbaatar|ME Podgorica|MA Rabat|MZ Maputo|MM Nay Pyi Taw
NA Windhoek|NP Kathmandu|NL Amsterdam|NZ Wellington|NI Managua|NE Niamey|NG Abuja|MK Skopje
NO Oslo|OM Muscat|PK Islamabad|PW Ngerulmud|PA Panama City|PG Port Moresby|PY Asunción|PE Lima
PH Manila|PL Warsaw|PT Lisbon|QA Doha|RO Bucharest|RU Moscow|RW Kigali|KN Basseterre|LC Castries
VC Kingstown|WS Apia|SM San Marino|ST São Tomé|SA Riyadh|SN Dakar|RS Belgrade|SC Victoria
SL Freetown|SK Bratislava|SI Ljubljana|SB Honiara|SO Mogadishu|ZA Pretoria|SS Juba|ES Madrid
LK Sri Jayewardenepura Kotte|SD Khartoum|SR Paramaribo|SE Stockholm|CH Bern|SY Damascus|TW Taipei
TJ Dushanbe|TZ Dodoma|TH Bangkok|TL Dili|TG Lomé|TO Nuku'alofa|TT Port of Spain|TN Tunis|TR Ankara
TM Ashgabat|TV Funafuti|UG Kampala|UA Kyiv|AE Abu Dhabi|GB London|US Washington D.C.|UY Montevideo
UZ Tashkent|VU Port Vila|VE Caracas|VN Hanoi|YE Sanaa|ZM Lusaka|ZW Harare
"""

# Places missing from the GeoNames extract (population unknown there: "-").
# (german name, country, type, variants)
EXTRA = [
    ("Nouakchott", "MR", "capital", []),
    ("Singapur", "SG", "capital", ["Singapore"]),
    ("Vatikanstadt", "VA", "capital", ["Vatikan-Stadt"]),
    ("Yaren", "NR", "capital", []),
    ("Davos", "CH", "city", []),
]

# Names that are also ordinary German words, very common given names or surnames, English words that
# German text uses, or famous metonyms of something else. Keyed by final name; "@CC" restricts.
AMBIGUOUS = {
    # German words
    "Gera": "listed as ambiguous in the project brief (short name, also a surname)",
    "Klang": "noun 'Klang' (sound)",
    "Leiden": "verb/noun 'leiden', 'das Leiden'",
    "Man": "pronoun 'man' (capitalised at sentence start)",
    "Oral": "adjective 'oral'",
    "Delta": "noun 'Delta'",
    "Bo": "short given name",
    "Russe": "noun 'Russe' (a Russian)",
    "Metro": "noun 'Metro' (underground); Metro AG",
    "Aral": "Aral Sea; Aral (petrol brand)",
    "Dali": "Salvador Dalí",
    "Formosa": "old name of Taiwan",
    "Virginia": "US state; given name",
    "Lira": "currency",
    "Mary": "given name",
    "Vista": "noun 'Vista'; Windows Vista",
    "Saga": "noun 'Saga'",
    "Darwin": "Charles Darwin",
    "Livingstone": "David Livingstone",
    "Waterloo": "idiom 'sein Waterloo erleben'; Waterloo (Belgium)",
    "Windsor": "House of Windsor; Windsor Castle (England)",
    "Toyota": "company",
    "Hitachi": "company",
    "Kawasaki": "company",
    "Fuji": "mountain; Fujifilm",
    "Mekka": "idiom 'ein Mekka für ...'",
    "Luxemburg": "also the country; surname (Rosa Luxemburg)",
    "Mérida": "several cities (Mexico, Venezuela, Spain)",
    "Armenia": "= Armenien (country) in other languages",
    "Minna": "given name",
    "Guadalupe": "given name; several places",
    "Essen": "noun/verb 'essen', 'das Essen'",
    "Halle": "noun 'Halle' (hall)",
    "Hamm": "surname; dialect word",
    "Bergen": "verb/noun 'bergen', 'das Bergen' (rescue); plural of 'Berg' (in der Nähe von Bergen)",
    "Kiel": "noun 'Kiel' (keel: unter dem Kiel eines Frachters)",
    "Siegen": "verb/noun 'siegen'",
    "Engels": "surname (Friedrich Engels)",
    "Male": "'zum ersten Male'; English 'male'",
    "Malé": "folded form 'Male' = 'zum ersten Male'",
    "Van": "name particle 'Van' (Van der Bellen, Van Gogh)",
    "Batman": "comic hero",
    "Orange": "colour noun 'das Orange'; telecom company",
    "Corona": "Corona pandemic / virus",
    "Mobile": "noun plural 'Mobile'; English 'mobile'",
    "Reading": "English word",
    "Split": "English/German loanword 'Split'",
    "Tours": "plural of 'Tour' in loan usage",
    "Derby": "noun 'Derby' (local football match, horse race)",
    "Enterprise": "English word; company names",
    "Paradise": "English word; 'Paradise Papers'",
    "Surprise": "English word",
    "Independence": "English word",
    "Carlsbad": "= Karlsbad (Karlovy Vary)",
    "Edinburg": "confusable with Edinburgh",
    "Westminster": "metonym for the British Parliament",
    "Bellevue": "Schloss Bellevue (German president's seat)",
    "Hollywood": "film industry metonym (Los Angeles district)",
    "Tottenham": "football club metonym",
    "Phoenix": "mythical bird; TV channel phoenix",
    "Corpus Christi": "Latin name of the Corpus Christi feast",
    "Latina": "noun 'Latina'",
    "Santander": "Banco Santander",
    "Sabadell": "Banco Sabadell",
    "Victoria": "given name; Lake Victoria; Victoria (Australia/Canada)",
    "Santiago": "given name; several cities",
    "Lincoln": "surname (Abraham Lincoln)",
    "Jackson": "given name and surname",
    "Hamilton": "surname (Lewis Hamilton), several cities",
    "Salem": "given name; several cities",
    "Austin": "given name and surname (Lloyd Austin)",
    "Charlotte": "given name",
    "Madison": "given name and surname",
    "Irving": "given name and surname",
    "Gilbert": "given name and surname",
    "Chandler": "surname",
    "Norman": "given name",
    "Lawrence": "given name and surname",
    "Allen": "surname and given name",
    "Aurora": "given name; aurora",
    "Lafayette": "surname (Marquis de Lafayette)",
    "Columbia": "university; several places",
    "Columbus": "Christoph Kolumbus (Columbus)",
    "Elizabeth": "given name",
    "Henderson": "surname",
    "Everett": "given name and surname",
    "Eugene": "given name",
    "Tyler": "given name and surname",
    "Warren": "given name and surname",
    "Savannah": "given name; savanna",
    "Brandon": "given name",
    "Edison": "surname (Thomas Edison)",
    "Kent": "surname; English county",
    "Ontario": "Canadian province",
    "Augusta": "given name",
    "Nancy": "given name",
    "León": "given name Leon",
    "Sofia": "very common female given name",
    "Florence": "given name (German city form is Florenz)",
    "Garland": "surname (Judy Garland)",
    "Davie": "given name",
    "Cary": "given name (Cary Grant)",
    "Gary": "given name",
    "Dudley": "given name",
    "Montgomery": "surname and given name",
}

# Countries whose place names reach German newspapers in plain transliteration (no macrons, no tone
# marks, no dots below): fold such diacritics away in the canonical form.
FOLD_CC = set("""AE AF BD BH CN DZ EG ID IN IQ IR JO JP KH KP KR KW KZ KG LA LB LK LY MA MM MN MY NP OM
PH PK PS QA SA SD SY TH TJ TM TN TW UZ VN YE IL""".split())
# Characters that mark transliteration rather than spelling (kept for e.g. Turkish, Polish, Czech).
TRANSLIT_MARKS = set("āēīōūĀĒĪŌŪǎǐǒǔěǍǏǑǓĚḩḨḥḤṭṬţŢşŞẓẒṣṢḍḌʻʼ‘ŏŭŎŬ")

EXTRA_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                            "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "ə": "a", "Ə": "A",
                            "‘": "", "ʻ": "", "ʼ": "", "’": "'"})
GERMAN_KEEP = set("äöüÄÖÜß")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s, keep_german=True):
    """Remove diacritics (keeping ä ö ü ß when keep_german)."""
    out = []
    for ch in s.translate(EXTRA_FOLD):
        if keep_german and ch in GERMAN_KEEP:
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    return nfc("".join(out))


def fix_romanian(s):
    return s.translate(str.maketrans("şţŞŢ", "șțȘȚ"))


def strip_qualifier(s):
    s2 = re.sub(r"\s*\([^)]*\)\s*$", "", s)
    s2 = re.sub(r",\s.*$", "", s2)
    return s2.strip()


def is_latin(s):
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            yield line.split("\t")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--geonames", default=os.path.join(
        root, "..", "shared", "data", "lexicon-sources", "debian_libgeonames_cities_de.tsv"))
    ap.add_argument("--exonyms", default=os.path.join(root, "data", "city-exonyms.tsv"))
    ap.add_argument("--out", default=os.path.join(root, "data", "cities.tsv"))
    args = ap.parse_args()

    rows = list(read_tsv(args.geonames))
    header, rows = rows[0], rows[1:]
    assert header[:6] == ["geonameid", "name_de", "name_default", "cc", "admin1", "population"], header
    geo = {}
    for r in rows:
        gid, name_de, name_def, cc, _adm, pop = r[:6]
        geo[gid] = dict(id=gid, de=nfc(name_de), en=nfc(name_def), cc=cc, pop=int(pop or 0))

    def lookup(key):
        cc = None
        if "@" in key:
            key, cc = key.rsplit("@", 1)
        if key.isdigit():
            return geo.get(key)
        key = nfc(key)
        cands = [g for g in geo.values() if (g["en"] == key or g["de"] == key) and (cc is None or g["cc"] == cc)]
        if not cands:
            kf = fold(key, keep_german=False).lower()
            cands = [g for g in geo.values() if (fold(g["en"], False).lower() == kf or fold(g["de"], False).lower() == kf)
                     and (cc is None or g["cc"] == cc)]
        return max(cands, key=lambda g: g["pop"]) if cands else None

    warnings = []
    # exonym table
    exo = {}
    drop = set()
    ex_rows = list(read_tsv(args.exonyms))
    assert ex_rows[0] == ["geonames_name", "german_name", "variants"], ex_rows[0]
    for r in ex_rows[1:]:
        r = (r + ["", "", ""])[:3]
        key, german, variants = (nfc(x.strip()) for x in r)
        g = lookup(key)
        if g is None:
            warnings.append(f"exonym key not found in GeoNames: {key}")
            continue
        if variants == "DROP":
            drop.add(g["id"])
            continue
        vs = [v.strip() for v in variants.split("|") if v.strip() and v.strip() != "-"]
        exo[g["id"]] = (german if german not in ("", "-") else None, vs)

    capitals = set()
    for line in CAPITALS.strip().splitlines():
        for item in line.split("|"):
            cc, name = item.strip().split(" ", 1)
            g = lookup(f"{name}@{cc}")
            if g is None:
                warnings.append(f"capital not found in GeoNames: {cc} {name}")
            else:
                capitals.add(g["id"])

    selected = [g for g in geo.values()
                if g["id"] not in drop and (g["pop"] >= MIN_POP or g["id"] in capitals or g["id"] in exo)]

    entries = []
    for g in selected:
        cc = g["cc"]
        auto_variants = []
        if g["id"] in exo and exo[g["id"]][0]:
            name = exo[g["id"]][0]
        else:
            name = g["de"] if is_latin(g["de"]) else g["en"]
            base = strip_qualifier(name)
            if base != name:
                if "," not in name:
                    auto_variants.append(name)
                name = base
            if cc in ("RO", "MD"):
                name = fix_romanian(name)
            if cc in FOLD_CC and any(ch in TRANSLIT_MARKS for ch in name):
                name = fold(name, keep_german=True)
            elif cc in FOLD_CC and cc in ("CN", "JP", "KR", "KP", "VN", "TW"):
                name = fold(name, keep_german=True)
            name = name.replace("’", "'") if cc in ("CN", "KP", "KR") else name
        variants = list(exo.get(g["id"], (None, []))[1]) + auto_variants
        if cc not in ("DE", "AT", "CH", "LI", "LU"):
            f = fold(name, keep_german=True)
            if f != name:
                variants.append(f)
        # dedupe, drop self
        seen, vv = {name}, []
        for v in variants:
            v = nfc(v)
            if v not in seen:
                seen.add(v)
                vv.append(v)
        entries.append(dict(g=g, name=name, variants=vv, strong=set(exo.get(g["id"], (None, []))[1]),
                            type="capital" if g["id"] in capitals else "city",
                            exo=g["id"] in exo, pop=g["pop"]))
    for name, cc, typ, vs in EXTRA:
        entries.append(dict(g=dict(id="extra:" + name, cc=cc, pop=0), name=name, variants=list(vs), strong=set(vs),
                            type=typ, exo=True, pop=None))

    # resolve name collisions: each surface form belongs to one city
    # strong claims: the name itself and variants from the exonym table; weak: automatic variants
    def rank(e, form):
        strong = form == e["name"] or form in e["strong"]
        return (e["type"] == "capital", strong, e["exo"] and form == e["name"], e["pop"] or 0)
    claims = {}
    for e in entries:
        for form in [e["name"]] + e["variants"]:
            claims.setdefault(form, []).append(e)
    notes = []
    removed = set()
    for form, es in claims.items():
        if len({id(e) for e in es}) < 2:
            continue
        winner = max(es, key=lambda e: rank(e, form))
        for e in es:
            if e is winner:
                continue
            if e["name"] == form:
                removed.add(id(e))
                notes.append(f"{form}: kept {winner['g']['cc']} ({winner['pop'] or '-'}), "
                             f"dropped {e['g']['cc']} ({e['pop'] or '-'})")
            else:
                e["variants"] = [v for v in e["variants"] if v != form]
    entries = [e for e in entries if id(e) not in removed]
    # a variant may still be claimed by a removed entry only; nothing to do then.

    amb_name = {k for k in AMBIGUOUS if "@" not in k}
    amb_cc = {tuple(k.split("@")) for k in AMBIGUOUS if "@" in k}

    def is_amb(f, cc):
        return f in amb_name or (f, cc) in amb_cc

    def ambiguous(e):
        return is_amb(e["name"], e["g"]["cc"])

    # the flag is per row: an ambiguous variant of an unambiguous name is dropped rather than making the
    # whole row ambiguous (Santiago de Chile keeps its full name unrestricted, bare "Santiago" is left out)
    for e in entries:
        if not ambiguous(e):
            dropped = [v for v in e["variants"] if is_amb(v, e["g"]["cc"])]
            if dropped:
                notes.append(f"{e['name']}: ambiguous variant(s) not listed: {', '.join(dropped)}")
                e["variants"] = [v for v in e["variants"] if v not in dropped]

    entries.sort(key=lambda e: (-(e["pop"] or 0), e["name"]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        w = out.write
        w("# source: GeoNames (https://www.geonames.org/) via Debian libgeonames data "
          "(shared/data/lexicon-sources/debian_libgeonames_cities_de.tsv), plus hand-curated German exonyms "
          "(data/city-exonyms.tsv) and capitals/ambiguity lists in tools/import_cities.py\n")
        w("# licence: CC BY 4.0 (GeoNames, https://creativecommons.org/licenses/by/4.0/) - attribution "
          "required: \"Contains data from GeoNames (geonames.org), CC BY 4.0\"\n")
        w("# generated by tools/import_cities.py - do not edit by hand; edit data/city-exonyms.tsv or the "
          "script and re-run\n")
        w("# selection: population >= 100,000 (GeoNames), every national capital, every city in "
          "city-exonyms.tsv (news places such as Bachmut, Butscha, Dschenin), plus places missing from the "
          "GeoNames extract (population '-')\n")
        w("# ambiguous = 1: also an ordinary German word, a common given name/surname, an English word or a "
          "metonym; accept only after a place preposition (in, aus, nach, bei, ...)\n")
        w("# names shared by several cities go to one city (capital > own name or exonym-table variant > population); "
          "dropped (and ambiguous variants left out):\n")
        for n in sorted(notes):
            w(f"#   {n}\n")
        w("name\tcanonical\tcountry\tpopulation\ttype\tambiguous\tvariants\n")
        for e in entries:
            pop = str(e["pop"]) if e["pop"] else "-"
            w("\t".join([e["name"], e["name"], e["g"]["cc"], pop, e["type"],
                         "1" if ambiguous(e) else "0", "|".join(e["variants"]) or "-"]) + "\n")
    for wmsg in warnings:
        print("warning:", wmsg, file=sys.stderr)
    print(f"wrote {len(entries)} cities to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
