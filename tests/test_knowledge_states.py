"""Checks on the state and organisation knowledge files.

states.csv, state_names.csv and organisations.csv are data that Accord's actor matcher reads;
these tests keep them well formed and mutually consistent.
"""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

KNOWLEDGE = Path(__file__).parent.parent / "accord/knowledge"

STATES_HEADER = ["iso3", "name", "status", "source", "licence"]
NAMES_HEADER = ["iso3", "text", "kind", "start", "end", "ambiguous", "source", "licence"]
ORGS_HEADER = ["code", "name", "kind", "aliases", "members", "source", "licence"]

STATUSES = {"member", "observer", "other"}
NAME_KINDS = {"name", "short", "former", "abbreviation", "demonym", "capital", "seat", "territory", "institution"}
ORG_KINDS = {"un_body", "un_agency", "regional", "security", "economic", "financial", "court",
             "ngo", "armed_group", "forum"}

ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _load(name):
    with open(KNOWLEDGE / name, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, row, strict=False)) for row in reader]
    return header, rows


@pytest.fixture(scope="module")
def states():
    return _load("states.csv")


@pytest.fixture(scope="module")
def names():
    return _load("state_names.csv")


@pytest.fixture(scope="module")
def orgs():
    return _load("organisations.csv")


@pytest.fixture(scope="module")
def iso3s(states):
    return {row["iso3"] for row in states[1]}


def _row_widths(name):
    with open(KNOWLEDGE / name, encoding="utf-8", newline="") as f:
        return {len(row) for row in csv.reader(f)}


# ---- headers and shape -------------------------------------------------------------------


@pytest.mark.parametrize("name,header", [
    ("states.csv", STATES_HEADER),
    ("state_names.csv", NAMES_HEADER),
    ("organisations.csv", ORGS_HEADER),
])
def test_header_and_row_width(name, header):
    got, _ = _load(name)
    assert got == header
    assert _row_widths(name) == {len(header)}


@pytest.mark.parametrize("name", ["states.csv", "state_names.csv", "organisations.csv"])
def test_every_row_has_source_and_licence(name):
    _, rows = _load(name)
    bad = [row for row in rows if not row["source"].strip() or not row["licence"].strip()]
    assert not bad, bad[:5]


# ---- states.csv ----------------------------------------------------------------------------


def test_exactly_197_states(states):
    rows = states[1]
    assert len(rows) == 197
    assert len({row["iso3"] for row in rows}) == 197


def test_state_statuses(states):
    by_status = defaultdict(set)
    for row in states[1]:
        assert row["status"] in STATUSES, row
        by_status[row["status"]].add(row["iso3"])
    assert len(by_status["member"]) == 193
    assert by_status["observer"] == {"VAT", "PSE"}
    assert by_status["other"] == {"TWN", "XKX"}


def test_state_codes_and_names(states):
    for row in states[1]:
        assert ISO3.match(row["iso3"]), row
        assert row["name"].strip() == row["name"] and row["name"], row
    assert len({row["name"] for row in states[1]}) == 197


# ---- state_names.csv -----------------------------------------------------------------------


def test_name_rows_refer_to_known_states(names, iso3s):
    for row in names[1]:
        assert ISO3.match(row["iso3"]), row
        assert row["iso3"] in iso3s, row


def test_name_rows_are_well_formed(names):
    for row in names[1]:
        assert row["kind"] in NAME_KINDS, row
        assert row["ambiguous"] in {"yes", "no"}, row
        text = row["text"]
        assert text and text == text.strip(), row
        assert not text.lower().startswith("the "), row
        for key in ("start", "end"):
            assert row[key] == "" or DATE.match(row[key]), row


def test_start_not_after_end(names):
    for row in names[1]:
        if row["start"] and row["end"]:
            # Compare on the shared precision: "1997" <= "1997-05-17".
            width = min(len(row["start"]), len(row["end"]))
            assert row["start"][:width] <= row["end"][:width], row


def test_former_names_have_an_end(names):
    for row in names[1]:
        if row["kind"] == "former":
            assert row["end"], row


def test_no_duplicate_text_per_state(names):
    seen = set()
    for row in names[1]:
        key = (row["iso3"], row["text"].casefold())
        assert key not in seen, row
        seen.add(key)


@pytest.mark.parametrize("kind", ["name", "demonym", "capital"])
def test_every_state_has_name_demonym_capital(names, iso3s, kind):
    have = {row["iso3"] for row in names[1] if row["kind"] == kind}
    assert iso3s - have == set()


def test_states_csv_name_is_a_name_row(states, names):
    name_rows = {(row["iso3"], row["text"]) for row in names[1] if row["kind"] == "name"}
    for row in states[1]:
        assert (row["iso3"], row["name"]) in name_rows, row


def _period(row):
    start = row["start"] or "0000"
    end = row["end"] or "9999"
    return start, end


def _overlap(a, b):
    (s1, e1), (s2, e2) = _period(a), _period(b)
    # Pad to full dates so that a bare year covers the whole year.
    s1, s2 = s1.ljust(10, "0"), s2.ljust(10, "0")
    e1, e2 = e1.ljust(10, "9"), e2.ljust(10, "9")
    return s1 <= e2 and s2 <= e1


def test_shared_texts_are_ambiguous_or_disjoint(names):
    by_text = defaultdict(list)
    for row in names[1]:
        by_text[row["text"].casefold()].append(row)
    problems = []
    for text, rows in by_text.items():
        if len({row["iso3"] for row in rows}) < 2:
            continue
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if a["iso3"] == b["iso3"]:
                    continue
                both_ambiguous = a["ambiguous"] == "yes" and b["ambiguous"] == "yes"
                disjoint_former = ("former" in (a["kind"], b["kind"])) and not _overlap(a, b)
                if not (both_ambiguous or disjoint_former):
                    problems.append((text, a["iso3"], b["iso3"]))
    assert not problems, problems


@pytest.mark.parametrize("text,iso3,kind", [
    ("Malian", "MLI", "demonym"),
    ("Malians", "MLI", "demonym"),
    ("Pakistani", "PAK", "demonym"),
    ("Pakistanis", "PAK", "demonym"),
    ("Beijing", "CHN", "capital"),
    ("Kremlin", "RUS", "seat"),
    ("White House", "USA", "seat"),
    ("DPRK", "PRK", "abbreviation"),
    ("UAE", "ARE", "abbreviation"),
    ("Burma", "MMR", "former"),
    ("Swaziland", "SWZ", "former"),
    ("Soviet Union", "RUS", "former"),
    ("People's Republic of China", "CHN", "name"),
    ("United States of America", "USA", "name"),
    ("Islamic Republic of Pakistan", "PAK", "name"),
    ("Türkiye", "TUR", "name"),
    ("Kyiv", "UKR", "capital"),
    ("Zaire", "COD", "former"),
    ("FYROM", "MKD", "former"),
    ("Taipei", "TWN", "capital"),
    ("Ramallah", "PSE", "capital"),
    ("Pristina", "XKX", "capital"),
    ("Vatican", "VAT", "short"),
])
def test_spot_checks(names, text, iso3, kind):
    hits = [row for row in names[1] if row["text"] == text]
    assert hits, text
    assert {row["iso3"] for row in hits} == {iso3}
    assert kind in {row["kind"] for row in hits}


@pytest.mark.parametrize("text,iso3", [
    ("Burma", "MMR"),
    ("Swaziland", "SWZ"),
    ("Soviet Union", "RUS"),
])
def test_former_names_have_end_dates(names, text, iso3):
    row = next(r for r in names[1] if r["text"] == text and r["iso3"] == iso3)
    assert row["kind"] == "former" and row["end"]


@pytest.mark.parametrize("text,iso3,ambiguous", [
    ("Georgia", "GEO", "yes"),
    ("Jordan", "JOR", "yes"),
    ("Chad", "TCD", "yes"),
    ("Niger", "NER", "yes"),
    ("Guinea", "GIN", "yes"),
    ("Congo", "COG", "yes"),
    ("Congo-Kinshasa", "COD", "no"),
    ("Congo-Brazzaville", "COG", "no"),
    ("Korea", "KOR", "yes"),
    ("Korean", "KOR", "yes"),
    ("Indian", "IND", "yes"),
    ("Chinese", "CHN", "no"),
    ("American", "USA", "no"),
    ("Washington", "USA", "yes"),
    ("Republic of China", "TWN", "yes"),
])
def test_ambiguity_marks(names, text, iso3, ambiguous):
    row = next(r for r in names[1] if r["text"] == text and r["iso3"] == iso3)
    assert row["ambiguous"] == ambiguous


def test_congolese_is_ambiguous_for_both_congos(names):
    rows = [r for r in names[1] if r["text"] == "Congolese"]
    assert {r["iso3"] for r in rows} == {"COD", "COG"}
    assert {r["ambiguous"] for r in rows} == {"yes"}


# ---- organisations.csv ---------------------------------------------------------------------


def test_org_codes_unique_and_well_formed(orgs):
    codes = [row["code"] for row in orgs[1]]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.match(r"^[A-Z][A-Z0-9]*$", code), code


def test_org_rows_are_well_formed(orgs):
    for row in orgs[1]:
        assert row["name"].strip(), row
        assert row["kind"] in ORG_KINDS, row
        aliases = row["aliases"].split("|")
        assert row["aliases"] and all(a.strip() == a and a for a in aliases), row
        assert len(aliases) == len(set(aliases)), row


def test_org_members_are_known_states(orgs, iso3s):
    for row in orgs[1]:
        if not row["members"]:
            continue
        members = row["members"].split("|")
        assert len(members) == len(set(members)), row
        for code in members:
            assert ISO3.match(code) and code in iso3s, (row["code"], code)


@pytest.mark.parametrize("code,count", [
    ("EU", 27), ("NATO", 32), ("G7", 7), ("G20", 19), ("UNSC", 5), ("GCC", 6),
    ("QUAD", 4), ("AUKUS", 3), ("BRICS", 10),
])
def test_org_membership_sizes(orgs, code, count):
    row = next(r for r in orgs[1] if r["code"] == code)
    assert len(row["members"].split("|")) == count


@pytest.mark.parametrize("code,alias", [
    ("UNO", "UN"), ("UNO", "U.N."), ("UNSC", "Security Council"), ("WB", "World Bank"),
    ("CELAC", "CELAC"), ("SCO", "Shanghai Cooperation Organization"), ("G7", "G-7"),
    ("ARL", "Arab League"), ("ICRC", "Red Cross"), ("ISIS", "ISIL"), ("HOUTHIS", "Houthis"),
    ("HAMAS", "Hamas"), ("WAGNER", "Wagner Group"),
])
def test_org_spot_checks(orgs, code, alias):
    row = next(r for r in orgs[1] if r["code"] == code)
    assert alias in row["aliases"].split("|")


def test_required_orgs_present(orgs):
    codes = {row["code"] for row in orgs[1]}
    required = {
        "UNO", "UNSC", "UNGA", "UNHRC", "WHO", "IMF", "WB", "WTO", "EU", "EUC", "NATO", "AU",
        "ASEAN", "CELAC", "SCO", "BRICS", "G7", "G20", "OAS", "ARL", "GCC", "OIC", "OPEC",
        "ECOWAS", "SADC", "EAC", "IGAD", "CARICOM", "MERCOSUR", "APEC", "OSCE", "CIS", "CSTO",
        "EAEU", "QUAD", "AUKUS", "IAEA", "ICC", "ICJ", "UNICEF", "UNHCR", "WFP", "UNESCO", "FAO",
        "ILO", "UNDP", "UNRWA", "IOM", "OHCHR", "UNCTAD", "ADB", "AIIB", "AFDB", "IDB", "EBRD",
        "NDB", "PIF", "ARF", "OECD", "INTERPOL", "ICRC", "MSF", "HAMAS", "HEZBOLLAH", "TALIBAN",
        "ISIS", "AQ", "SHABAAB", "BOKOHARAM", "HOUTHIS", "WAGNER",
    }
    assert required - codes == set()
    assert len(codes) >= 80


def test_org_codes_do_not_clash_with_states(orgs, iso3s):
    clashes = {row["code"] for row in orgs[1]} & iso3s
    assert not clashes, clashes
