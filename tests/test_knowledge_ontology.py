"""Checks for the event ontology files: accord/knowledge/cameo.csv and plover.yaml."""

import csv
from pathlib import Path

import pytest
import yaml

KNOWLEDGE = Path(__file__).parent.parent / "accord" / "knowledge"

HEADER = ["code", "name", "description", "goldstein", "quad_class", "plover_type", "plover_mode"]

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
    "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
}

ROOTS = [f"{r:02d}0" for r in range(1, 21)]


def _read_cameo():
    with open(KNOWLEDGE / "cameo.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader]
    return header, rows


@pytest.fixture(scope="module")
def cameo():
    return _read_cameo()


@pytest.fixture(scope="module")
def rows(cameo):
    return cameo[1]


@pytest.fixture(scope="module")
def by_code(rows):
    return {r["code"]: r for r in rows}


@pytest.fixture(scope="module")
def plover():
    with open(KNOWLEDGE / "plover.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="module")
def plover_types(plover):
    return {t["name"]: t for t in plover["types"]}


# ---------------------------------------------------------------- cameo.csv


def test_header_exact(cameo):
    assert cameo[0] == HEADER


def test_rows_have_every_column(cameo):
    header, _ = cameo
    with open(KNOWLEDGE / "cameo.csv", newline="", encoding="utf-8") as f:
        for n, row in enumerate(csv.reader(f), start=1):
            assert len(row) == len(header), f"line {n}: {row}"


def test_code_count(rows):
    assert 290 <= len(rows) <= 310


def test_codes_unique(rows):
    codes = [r["code"] for r in rows]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    assert not dupes


def test_codes_numeric_3_or_4_chars(rows):
    bad = [r["code"] for r in rows if not (r["code"].isdigit() and len(r["code"]) in (3, 4))]
    assert not bad


def test_codes_in_known_roots(rows):
    bad = [r["code"] for r in rows if not 1 <= int(r["code"][:2]) <= 20]
    assert not bad


def test_all_roots_present(by_code):
    missing = [c for c in ROOTS if c not in by_code]
    assert not missing


def test_every_child_has_root_and_parent(by_code):
    for code in by_code:
        assert code[:2] + "0" in by_code, f"{code}: root {code[:2]}0 missing"
        if len(code) == 4:
            assert code[:3] in by_code, f"{code}: parent {code[:3]} missing"


def test_name_and_description_present(rows):
    for r in rows:
        assert r["name"].strip(), r["code"]
        assert r["description"].strip(), r["code"]
        assert r["name"] == r["name"].strip() and r["description"] == r["description"].strip()


def test_goldstein_float_in_range(rows):
    for r in rows:
        g = float(r["goldstein"])
        assert -10.0 <= g <= 10.0, r["code"]


def _quad_for_root(root):
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    return 4


def test_quad_class_matches_root(rows):
    for r in rows:
        assert r["quad_class"] == str(_quad_for_root(int(r["code"][:2]))), r["code"]


def test_plover_type_known(rows, plover_types):
    bad = [(r["code"], r["plover_type"]) for r in rows
           if r["plover_type"] and r["plover_type"] not in plover_types]
    assert not bad


def test_plover_mode_needs_type_and_is_a_mode_of_it(rows, plover_types):
    for r in rows:
        mode = r["plover_mode"]
        if not mode:
            continue
        assert r["plover_type"], f"{r['code']}: mode without type"
        names = {m["name"] for m in plover_types[r["plover_type"]].get("modes") or []}
        assert mode in names, f"{r['code']}: {r['plover_type']} has no mode {mode!r}"


def test_no_surrounding_spaces(rows):
    for r in rows:
        for k, v in r.items():
            assert v == v.strip(), (r["code"], k)


def test_only_statement_codes_lack_plover_type(rows):
    # PLOVER dropped CAMEO's comment categories; everything from 019 onward maps.
    unmapped = {r["code"] for r in rows if not r["plover_type"]}
    assert unmapped <= {f"01{i}" for i in range(10)}


GOLDSTEIN = {
    "010": 0.0, "011": -0.1, "013": 0.4, "016": -2.0, "018": 3.4,
    "020": 3.0, "022": 3.2, "024": -0.3,
    "030": 4.0, "031": 5.2, "0334": 6.0, "036": 4.0, "039": 5.0,
    "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "046": 7.0,
    "050": 3.5, "051": 3.4, "053": 3.8, "057": 8.0,
    "060": 6.0, "061": 6.4, "070": 7.0, "072": 8.3, "074": 8.5,
    "080": 5.0, "084": 7.0, "086": 9.0, "0874": 10.0,
    "090": -2.0, "100": -5.0, "110": -2.0, "111": -2.0, "112": -2.0,
    "120": -4.0, "125": -5.0, "130": -4.4, "131": -5.8, "138": -7.0,
    "140": -6.5, "144": -7.5, "145": -7.5, "150": -7.2,
    "160": -4.0, "162": -5.6, "163": -8.0, "165": -6.5,
    "170": -7.0, "171": -9.2, "172": -5.0, "175": -9.0,
    "180": -9.0, "182": -9.5, "1821": -9.0, "1823": -10.0, "184": -8.0,
    "190": -10.0, "191": -9.5, "196": -9.5, "200": -10.0, "201": -9.5,
}


@pytest.mark.parametrize("code,value", sorted(GOLDSTEIN.items()))
def test_goldstein_spot_checks(by_code, code, value):
    assert float(by_code[code]["goldstein"]) == value


# (type, mode) as in PLOVER's CAMEO2PLOVER-2021 crosswalk, except where marked.
PLOVER_SPOT = {
    "010": ("", ""),  # dropped by PLOVER
    "030": ("AGREE", ""),
    "036": ("AGREE", ""),
    "040": ("CONSULT", ""),
    "041": ("CONSULT", "phone"),
    "042": ("CONSULT", "visit"),
    "043": ("CONSULT", "visit"),
    "044": ("CONSULT", "third-party"),
    "051": ("SUPPORT", ""),
    "057": ("SUPPORT", ""),
    "061": ("COOPERATE", ""),
    "073": ("AID", ""),
    "080": ("CONCEDE", ""),
    "0831": ("CONCEDE", ""),
    "0841": ("RETREAT", "release"),
    "0871": ("RETREAT", "ceasefire"),
    "090": ("ACCUSE", "investigate"),
    "100": ("REQUEST", ""),
    "1041": ("REQUEST", "change"),
    "111": ("ACCUSE", "disapprove"),
    "1122": ("ACCUSE", "allege"),
    "120": ("REJECT", ""),
    "125": ("REJECT", "meet"),
    "130": ("THREATEN", ""),
    "1384": ("THREATEN", "violence"),
    "141": ("PROTEST", "demo"),
    "145": ("PROTEST", "riot"),
    "154": ("MOBILIZE", "troops"),
    "161": ("SANCTION", "withdraw"),
    # crosswalk says COERCE 'restrict'; the PLOVER manual (3.13.3) codes
    # international sanctions as SANCTION 'discontinue'
    "163": ("SANCTION", "discontinue"),
    "173": ("COERCE", "arrest"),
    "191": ("COERCE", "restrict"),
    "192": ("COERCE", "seize"),
    "180": ("ASSAULT", ""),
    "186": ("ASSAULT", "assassinate"),
    "190": ("ASSAULT", ""),
    "193": ("ASSAULT", "firearms"),
    "200": ("ASSAULT", "massacre"),
    "2041": ("ASSAULT", "unconventional"),
}


@pytest.mark.parametrize("code,expected", sorted(PLOVER_SPOT.items()))
def test_plover_spot_checks(by_code, code, expected):
    r = by_code[code]
    assert (r["plover_type"], r["plover_mode"]) == expected


def test_plover_type_follows_root_where_crosswalk_is_uniform(by_code):
    uniform = {3: "AGREE", 4: "CONSULT", 5: "SUPPORT", 6: "COOPERATE", 7: "AID",
               9: "ACCUSE", 10: "REQUEST", 11: "ACCUSE", 12: "REJECT", 13: "THREATEN",
               14: "PROTEST", 15: "MOBILIZE", 18: "ASSAULT", 20: "ASSAULT"}
    for code, r in by_code.items():
        root = int(code[:2])
        if root in uniform:
            assert r["plover_type"] == uniform[root], code


# ---------------------------------------------------------------- plover.yaml


def test_plover_has_exactly_16_types(plover):
    names = [t["name"] for t in plover["types"]]
    assert len(names) == 16
    assert len(set(names)) == 16
    assert set(names) == PLOVER_TYPES


def test_plover_types_have_description_and_quad(plover):
    for t in plover["types"]:
        assert isinstance(t.get("description"), str) and t["description"].strip(), t["name"]
        assert t.get("quad_class") in (1, 2, 3, 4), t["name"]


def test_plover_quad_classes(plover_types):
    quads = {n: t["quad_class"] for n, t in plover_types.items()}
    assert {n for n, q in quads.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {n for n, q in quads.items() if q == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {n for n, q in quads.items() if q == 3} == {
        "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
    assert {n for n, q in quads.items() if q == 4} == {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}


def test_plover_modes_well_formed_and_unique(plover):
    for t in plover["types"]:
        modes = t.get("modes") or []
        assert isinstance(modes, list), t["name"]
        seen = []
        for m in modes:
            assert isinstance(m.get("name"), str) and m["name"] == m["name"].strip() and m["name"]
            assert isinstance(m.get("description"), str) and m["description"].strip(), m["name"]
            seen.append(m["name"])
            seen.extend(m.get("aliases") or [])
        dupes = sorted({s for s in seen if seen.count(s) > 1})
        assert not dupes, f"{t['name']}: {dupes}"


def test_plover_type_aliases(plover_types):
    all_aliases = []
    for name, t in plover_types.items():
        aliases = t.get("aliases") or []
        assert isinstance(aliases, list), name
        all_aliases.extend(aliases)
    assert len(all_aliases) == len(set(all_aliases))
    assert not set(all_aliases) & PLOVER_TYPES
    assert "DEMAND" in plover_types["REQUEST"]["aliases"]
    assert "DISAPPROVE" in plover_types["ACCUSE"]["aliases"]
    assert "INVESTIGATE" in plover_types["ACCUSE"]["aliases"]
    assert "FIGHT" in plover_types["ASSAULT"]["aliases"]


def test_every_plover_type_used_by_cameo(rows, plover_types):
    used = {r["plover_type"] for r in rows if r["plover_type"]}
    assert used == set(plover_types)
