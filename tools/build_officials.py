#!/usr/bin/env python3
"""Build accord/knowledge/officials.csv.

Reads the hand-kept holdings in tools/officials_manual/*.txt (a compact line format,
described below) and the public reference data under ../shared/ref (only to confirm and
cite facts, and to fill (country, office) pairs the manual files do not cover), then writes
accord/knowledge/officials.csv.  Re-running is safe: the manual files are the master copy.

Manual line format
------------------
    @ISO [| pres] [| CODE=Default title] ...      start a country block
    CODE[:Title]; Person; aliases; start; end; flags
    # comment

CODE: HS head_of_state, HG head_of_government, DP deputy_head_of_government,
FM foreign_minister, DM defence_minister, UN un_ambassador, SP fm_spokesperson,
OM other_minister, MO monarch, PL party_leader, MC military_chief, CP crown_prince,
VP vice_head_of_state, NSA national_security_advisor.
`pres` on the block: every HS row also yields a head_of_government row (presidential
systems).  end `>` = the start of the next row with the same CODE in the block; empty end =
still in office.  aliases are `|`-separated; an alias written `~Name` is the short name
news use (no surname is guessed then).  flags (space separated): w26 (fact from the
world-leaders-current 2026 snapshot: CC BY-SA 4.0), mil / party / leg (sector), ns (no
short name guessed), src=URL (a news report the fact was checked against; cited in source).
"""
from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "tools" / "officials_manual"
REF = (ROOT / ".." / "shared" / "ref").resolve()
OUT = ROOT / "accord" / "knowledge" / "officials.csv"

HEADER = ["person", "aliases", "country", "office", "title", "sector", "start", "end",
          "source", "licence"]

CODES = {
    "HS": ("head_of_state", "President"),
    "HG": ("head_of_government", "Prime Minister"),
    "DP": ("deputy_head_of_government", "Deputy Prime Minister"),
    "FM": ("foreign_minister", "Foreign Minister"),
    "DM": ("defence_minister", "Defence Minister"),
    "UN": ("un_ambassador", "Permanent Representative to the United Nations"),
    "SP": ("fm_spokesperson", "Spokesperson"),
    "OM": ("other_minister", "Minister"),
    "MO": ("monarch", "Monarch"),
    "PL": ("party_leader", "General Secretary"),
    "MC": ("military_chief", "Chief of Defence Staff"),
    "CP": ("crown_prince", "Crown Prince"),
    "VP": ("vice_head_of_state", "Vice President"),
    "NSA": ("national_security_advisor", "National Security Advisor"),
}
OFFICE_ORDER = [v[0] for v in CODES.values()]

SRC_AUTHORS = "accord-authors"
SRC_REIGN = "REIGN (OEF Research) 2021"
SRC_WD21 = "Wikidata (CC0) via every-politician-scrapers/world-leaders-2021"
SRC_WD23 = "Wikidata (CC0) via every-politician-scrapers/world (foreign ministers, 2023)"
SRC_CIA = "CIA World Leaders 2019 (public domain)"
SRC_W26 = ("world-leaders-current 2026-08-22 (open-data-archive, from Wikidata/Wikipedia, "
           "CC BY-SA 4.0)")

# Short names are the family name placed first.
FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "HKG", "MAC"}
# No family-name convention news can rely on: short names only when written by hand.
NO_SURNAME = {"MMR", "IDN", "THA", "ISL", "KHM", "LAO", "BTN", "ETH", "ERI"}
PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "da", "do", "dos", "das", "di",
             "du", "la", "le", "ter", "ten", "op"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def strip_accents(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("Ø", "O").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    s = s.replace("’", "'").replace("ʻ", "'").replace("ʼ", "'").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s: str) -> str:
    s = strip_accents(s).lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(s.split())


def guess_surname(person: str, iso: str) -> str | None:
    if iso in NO_SURNAME:
        return None
    low = person.lower()
    if re.search(r"\b(bin|bint|ibn|ben|ould|wad)\b", low) or re.search(r"\bal\b ", low) \
            or " al " in low:
        return None
    toks = person.replace(",", "").split()
    while toks and toks[-1].lower() in SUFFIXES:
        toks.pop()
    if len(toks) < 2:
        return None
    if iso in FAMILY_FIRST:
        return toks[0] if len(toks[0]) >= 2 else None
    i = len(toks) - 1
    while i - 1 >= 1 and toks[i - 1].lower() in PARTICLES:
        i -= 1
    sur = " ".join(toks[i:])
    if i == len(toks) - 1 and len(toks) >= 2 and sur[:1].islower():
        return None
    return sur if len(sur) >= 3 else None


def date_bounds(d: str):
    """(earliest, latest) ISO day a partial date can stand for."""
    if not d:
        return None
    if re.fullmatch(r"\d{4}", d):
        return d + "-01-01", d + "-12-31"
    if re.fullmatch(r"\d{4}-\d{2}", d):
        return d + "-01", d + "-31"
    return d, d


# ---------------------------------------------------------------- reference data
def load_names():
    names = {}
    with open(REF / "plover" / "countries.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if len(r["CCA3"]) == 3:
                names[norm(r["Name"])] = r["CCA3"]
    extra = {
        "people s republic of china": "CHN", "china": "CHN", "czech republic": "CZE",
        "democratic republic of the congo": "COD", "congo democratic republic of the": "COD",
        "republic of the congo": "COG", "congo republic of the": "COG",
        "east timor": "TLS", "timor leste": "TLS", "federated states of micronesia": "FSM",
        "micronesia federated states of": "FSM", "ivory coast": "CIV", "cote d ivoire": "CIV",
        "kingdom of denmark": "DNK", "kingdom of the netherlands": "NLD",
        "republic of ireland": "IRL", "state of palestine": "PSE", "the bahamas": "BHS",
        "bahamas the": "BHS", "the gambia": "GMB", "gambia the": "GMB", "south sudan": "SSD",
        "united states of america": "USA", "vatican city": "VAT", "vatican city )": "VAT",
        "holy see": "VAT", "cape verde": "CPV", "cabo verde": "CPV", "burma": "MMR",
        "korea north": "PRK", "korea south": "KOR", "sao tome and principe": "STP",
        "dominica": "DMA", "myanmar": "MMR", "czechia": "CZE", "eswatini": "SWZ",
    }
    names.update(extra)
    return names


COUNTRY = load_names()


def iso_of(label: str):
    return COUNTRY.get(norm(label))


def load_reign():
    cow = {}
    with open(REF / "plover" / "cow2iso.txt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["iso3"]:
                cow[r["cow_id"]] = r["iso3"]
    out = []
    with open(REF / "reign" / "leaderlist_3_21.csv", encoding="latin-1") as f:
        for r in csv.DictReader(f):
            iso = cow.get(r["ccode"])
            if not iso or not r["syear"]:
                continue
            try:
                s = f"{int(r['syear']):04d}-{int(r['smonth']):02d}-{int(r['sdate']):02d}"
            except ValueError:
                continue
            if int(r["eyear"] or 9999) < 2014:
                continue
            e = f"{int(r['eyear']):04d}-{int(r['emonth']):02d}" if r["eyear"] else ""
            out.append((iso, norm(r["leader"]), s, e))
    return out


def load_wd21():
    out = []
    with open(REF / "wikidata_world_leaders_2021" / "wikidata.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso = iso_of(r["country"])
            if iso:
                out.append((iso, r["positionLabel"], r["officeholderLabel"], r["start_year"],
                            r["end_year"]))
    return out


def load_wd23():
    out = []
    with open(REF / "everypolitician_world_2023" / "sources_foreign_wikidata.csv",
              encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso = iso_of(r["countryLabel"])
            if iso and r["name"]:
                out.append((iso, r["name"], r["start"][:10], r["positionLabel"]))
    return out


def load_cia():
    out = []
    with open(REF / "cia_world_leaders_2019" / "cia_world_leaders_2019_flat.tsv",
              encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso = iso_of(r["country"])
            if iso:
                caps = [norm(w) for w in r["person"].split() if w.isupper() and len(w) > 1]
                out.append((iso, r["office"], caps))
    return out


REIGN, WD21, WD23, CIA = load_reign(), load_wd21(), load_wd23(), load_cia()

HS_WORDS = re.compile(r"^(President|King|Queen|Monarch|Emir|Amir|Sultan|Supreme Leader|Grand Duke|"
                      r"Prince|Chairman of the State|Chief of State|Yang di-Pertuan)", re.I)
HG_WORDS = re.compile(r"^(Prime Minister|Premier|Chancellor|President of the Government|"
                      r"Federal Chancellor|Chief Executive|President)", re.I)
FM_WORDS = re.compile(r"(Foreign|External|Exterior)", re.I)


def days(d: str) -> int:
    y, m, dd = (int(x) for x in d.split("-"))
    return y * 372 + m * 31 + dd


def confirm(row) -> list[str]:
    """Which reference files state the same fact as this row."""
    iso, office, start, end = row["country"], row["office"], row["start"], row["end"]
    names = {norm(row["person"])} | {norm(a) for a in row["aliases"].split("|") if a}
    toks = set(" ".join(names).split())
    found = []
    if office in ("head_of_state", "head_of_government") and len(start) == 10 \
            and "2014" <= start[:4] <= "2021":
        for r_iso, leader, s, _e in REIGN:
            if r_iso == iso and abs(days(s) - days(start)) <= 5 and \
                    any(len(t) >= 4 and t in toks for t in leader.split()):
                found.append(SRC_REIGN)
                break
    if office in ("head_of_state", "head_of_government"):
        for w_iso, _pos, who, sy, _ey in WD21:
            if w_iso == iso and norm(who) in names and sy == start[:4]:
                found.append(SRC_WD21)
                break
    if office == "foreign_minister":
        for w_iso, who, s, _pos in WD23:
            if w_iso == iso and norm(who) in names and s[:4] == start[:4]:
                found.append(SRC_WD23)
                break
    if office in ("head_of_state", "head_of_government", "foreign_minister") and \
            start[:4] <= "2019" and (not end or end[:4] >= "2018"):
        pat = {"head_of_state": HS_WORDS, "head_of_government": HG_WORDS,
               "foreign_minister": FM_WORDS}[office]
        for c_iso, pos, caps in CIA:
            if c_iso == iso and pat.search(pos) and caps and all(c in toks for c in caps):
                found.append(SRC_CIA)
                break
    return found


# ---------------------------------------------------------------- manual files
def _flush(block, rows, name):
    """Resolve '>' ends within a finished country block and move its rows to rows."""
    for i, r in enumerate(block):
        if r["end"] == ">" and "_pending" not in r:
            nxt = next((b for b in block[i + 1:] if b["_code"] == r["_code"]), None)
            if nxt is None:
                raise SystemExit(f"{name}: no next {r['_code']} after {r['person']}")
            r["end"] = nxt["start"]
    rows.extend(block)
    block.clear()


def parse_manual():
    rows = []
    for path in sorted(MANUAL.glob("*.txt")):
        iso, pres, defaults, block = None, False, {}, []

        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                _flush(block, rows, path.name)
                parts = [p.strip() for p in line[1:].split("|")]
                iso, pres, defaults = parts[0], False, {}
                for p in parts[1:]:
                    if p == "pres":
                        pres = True
                    elif "=" in p:
                        k, v = p.split("=", 1)
                        defaults[k.strip()] = v.strip()
                continue
            f = [x.strip() for x in line.split(";")]
            f += [""] * (6 - len(f))
            code, _, title = f[0].partition(":")
            if code not in CODES or iso is None:
                raise SystemExit(f"{path.name}:{ln}: bad line {line!r}")
            office, dtitle = CODES[code]
            flags = set(f[5].split())
            sector = "government"
            if code == "PL":
                sector = "party"
            if code == "MC":
                sector = "military"
            for fl, sec in (("mil", "military"), ("party", "party"), ("leg", "legislature")):
                if fl in flags:
                    sector = sec
            r = {"person": f[1], "aliases": f[2], "country": iso, "office": office,
                 "title": title or defaults.get(code) or dtitle, "sector": sector,
                 "start": f[3], "end": f[4], "_code": code, "_flags": flags,
                 "_file": f"{path.name}:{ln}"}
            block.append(r)
            if code == "HS" and pres:
                hg = dict(r, office="head_of_government", _code="HG*")
                if r["end"] == ">":
                    hg["_pending"] = r
                block.append(hg)
        _flush(block, rows, path.name)
    # HG* copies made from HS rows whose end was '>'
    for r in rows:
        if "_pending" in r:
            r["end"] = r.pop("_pending")["end"]
    return rows


def finish(r):
    al = []
    for a in [x.strip() for x in r["aliases"].split("|") if x.strip()]:
        al.append(a[1:] if a.startswith("~") else a)
    explicit_short = any(a.strip().startswith("~") for a in r["aliases"].split("|"))
    if not explicit_short and "ns" not in r["_flags"]:
        s = guess_surname(r["person"], r["country"])
        if s:
            al.append(s)
    for a in [r["person"]] + list(al):
        plain = strip_accents(a)
        if plain != a:
            al.append(plain)
    seen, out = {r["person"]}, []
    for a in al:
        if a not in seen:
            seen.add(a)
            out.append(a)
    r["aliases"] = "|".join(out)
    news = [f"news report {f[4:]}" for f in sorted(r["_flags"]) if f.startswith("src=")]
    if "w26" in r["_flags"]:
        r["source"], r["licence"] = "; ".join([SRC_W26] + news), "CC-BY-SA-4.0"
    else:
        refs = confirm(r)
        r["source"] = "; ".join(refs + news + [SRC_AUTHORS])
        r["licence"] = "CC0-1.0"
    return r


def check(rows):
    problems = []
    by = {}
    for r in rows:
        if r["end"] and date_bounds(r["start"])[0] > date_bounds(r["end"])[1]:
            problems.append(f"start>end {r['_file']} {r['person']}")
        by.setdefault((r["country"], r["office"]), []).append(r)
    for key, rs in by.items():
        rs = [r for r in rs if "(co-held)" not in r["title"] and "Acting" not in r["title"]]
        for i in range(len(rs)):
            for j in range(i + 1, len(rs)):
                a, b = rs[i], rs[j]
                late_start = max(date_bounds(a["start"])[1], date_bounds(b["start"])[1])
                early_end = min(date_bounds(a["end"])[0] if a["end"] else "9999",
                                date_bounds(b["end"])[0] if b["end"] else "9999")
                if late_start < early_end:
                    problems.append(f"overlap {key}: {a['person']} {a['start']}..{a['end']} / "
                                    f"{b['person']} {b['start']}..{b['end']} ({a['_file']})")
    return problems


def main():
    rows = [finish(r) for r in parse_manual()]
    problems = check(rows)
    for p in problems:
        print("WARN", p, file=sys.stderr)
    rows.sort(key=lambda r: (r["country"], OFFICE_ORDER.index(r["office"]),
                             date_bounds(r["start"])[0], r["person"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r[h] for h in HEADER])
    print(f"{len(rows)} rows, {len({r['country'] for r in rows})} states -> {OUT}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
