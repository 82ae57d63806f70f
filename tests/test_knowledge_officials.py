"""accord/knowledge/officials.csv: format, vocabularies, dates, tenures and known facts."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

KNOWLEDGE = Path(__file__).parent.parent / "accord" / "knowledge"
OFFICIALS = KNOWLEDGE / "officials.csv"
STATES = KNOWLEDGE / "states.csv"

HEADER = ["person", "aliases", "country", "office", "title", "sector", "start", "end", "source", "licence"]
OFFICES = {
    "head_of_state", "head_of_government", "deputy_head_of_government", "foreign_minister", "defence_minister",
    "un_ambassador", "fm_spokesperson", "other_minister", "monarch", "party_leader", "military_chief",
    "crown_prince", "vice_head_of_state", "national_security_advisor",
}
SECTORS = {"government", "military", "legislature", "judiciary", "party", "opposition"}
# other_minister groups many different posts, so holders of it may overlap.
MULTI_HOLDER_OFFICES = {"other_minister"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _rows() -> list[dict[str, str]]:
    with OFFICIALS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = _rows()


def _bounds(text: str) -> tuple[date, date]:
    """Earliest and latest day a full or partial ISO date can stand for."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def test_header_is_exact():
    with OFFICIALS.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == HEADER


def test_every_row_is_complete_and_in_the_vocabularies():
    assert len(ROWS) > 1000
    for row in ROWS:
        assert row["person"].strip() == row["person"] and row["person"], row
        assert re.fullmatch(r"[A-Z]{3}", row["country"]), row
        assert row["office"] in OFFICES, row
        assert row["sector"] in SECTORS, row
        assert row["title"], row
        assert row["source"] and row["licence"], row
        assert row["person"] not in row["aliases"].split("|"), row
        assert all(alias.strip() for alias in row["aliases"].split("|")) if row["aliases"] else True, row


def test_rows_from_the_cc_by_sa_snapshot_say_so():
    for row in ROWS:
        if "world-leaders-current" in row["source"]:
            assert row["licence"] == "CC-BY-SA-4.0", row


def test_countries_exist_in_states_csv():
    if not STATES.exists():
        pytest.skip("accord/knowledge/states.csv is absent; country codes checked for shape only")
    with STATES.open(encoding="utf-8", newline="") as handle:
        known = {row["iso3"] for row in csv.DictReader(handle)}
    unknown = sorted({row["country"] for row in ROWS} - known)
    assert not unknown, f"countries missing from states.csv: {unknown}"


def test_dates_parse_and_start_precedes_end():
    for row in ROWS:
        assert DATE.fullmatch(row["start"]), row
        start = _bounds(row["start"])
        if row["end"]:
            assert DATE.fullmatch(row["end"]), row
            assert start[0] <= _bounds(row["end"])[1], row


def test_no_overlapping_tenures_in_one_office():
    """Two holders of one office may not overlap, unless the office is co-held or one is acting.

    Dates known only to the month or year overlap only where they must: the later start
    (at its latest) falls before the earlier end (at its earliest). A handover on one day
    is no overlap.
    """
    by_office = defaultdict(list)
    for row in ROWS:
        if row["office"] in MULTI_HOLDER_OFFICES:
            continue
        if "(co-held)" in row["title"] or "Acting" in row["title"]:
            continue
        by_office[(row["country"], row["office"])].append(row)
    far = date(9999, 12, 31)
    clashes = []
    for key, rows in by_office.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                late_start = max(_bounds(a["start"])[1], _bounds(b["start"])[1])
                early_end = min(_bounds(a["end"])[0] if a["end"] else far, _bounds(b["end"])[0] if b["end"] else far)
                if late_start < early_end:
                    clashes.append((key, a["person"], a["start"], a["end"], b["person"], b["start"], b["end"]))
    assert not clashes, clashes[:10]


# San Marino's two Captains Regent change every six months and are not recorded.
NO_HEADS_RECORDED = {"SMR"}


def test_every_state_has_a_head_of_state_or_government():
    if not STATES.exists():
        pytest.skip("accord/knowledge/states.csv is absent")
    with STATES.open(encoding="utf-8", newline="") as handle:
        known = {row["iso3"] for row in csv.DictReader(handle)}
    offices = defaultdict(set)
    for row in ROWS:
        offices[row["country"]].add(row["office"])
    assert not sorted(known - set(offices)), "states with no officials at all"
    without_head = sorted(
        c for c in known - NO_HEADS_RECORDED if "head_of_state" not in offices[c] and "head_of_government" not in offices[c]
    )
    assert not without_head, without_head


def _holds(name: str, when: str, country: str, office: str) -> bool:
    day = date.fromisoformat(when)
    for row in ROWS:
        names = {row["person"], *row["aliases"].split("|")}
        if name not in names or row["country"] != country or row["office"] != office:
            continue
        if _bounds(row["start"])[0] <= day and (not row["end"] or day <= _bounds(row["end"])[1]):
            return True
    return False


FACTS = [
    # Asia
    ("Wang Yi", "2021-01-01", "CHN", "foreign_minister"),
    ("Wang Yi", "2024-06-01", "CHN", "foreign_minister"),
    ("Qin Gang", "2023-03-01", "CHN", "foreign_minister"),
    ("Xi Jinping", "2020-10-25", "CHN", "head_of_state"),
    ("Xi Jinping", "2024-10-02", "CHN", "party_leader"),
    ("Li Keqiang", "2019-06-01", "CHN", "head_of_government"),
    ("Li Qiang", "2024-01-01", "CHN", "head_of_government"),
    ("Hua Chunying", "2019-01-01", "CHN", "fm_spokesperson"),
    ("Zhao Lijian", "2021-06-01", "CHN", "fm_spokesperson"),
    ("Imran Khan", "2021-05-21", "PAK", "head_of_government"),
    ("Arif Alvi", "2021-05-21", "PAK", "head_of_state"),
    ("Shehbaz Sharif", "2025-01-01", "PAK", "head_of_government"),
    ("Narendra Modi", "2022-04-11", "IND", "head_of_government"),
    ("S. Jaishankar", "2023-01-01", "IND", "foreign_minister"),
    ("Fumio Kishida", "2022-07-08", "JPN", "head_of_government"),
    ("Shinzo Abe", "2019-01-01", "JPN", "head_of_government"),
    ("Ishiba Shigeru", "2025-01-12", "JPN", "head_of_government"),
    ("Sanae Takaichi", "2025-12-01", "JPN", "head_of_government"),
    ("Han Duck-soo", "2024-12-14", "KOR", "head_of_state"),
    ("Han Duck-soo", "2024-12-14", "KOR", "head_of_government"),
    ("Moon Jae-in", "2019-01-01", "KOR", "head_of_state"),
    ("Lee Jae-myung", "2025-07-01", "KOR", "head_of_state"),
    ("Nguyen Phu Trong", "2023-03-29", "VNM", "party_leader"),
    ("Ferdinand Marcos, Jr.", "2025-01-12", "PHL", "head_of_state"),
    ("Tsai Ing-wen", "2020-01-01", "TWN", "head_of_state"),
    ("Kim Jong-un", "2022-01-01", "PRK", "party_leader"),
    # Middle East and North Africa
    ("Mohammed bin Salman", "2023-10-24", "SAU", "head_of_government"),
    ("Mohammed bin Salman", "2023-10-24", "SAU", "crown_prince"),
    ("Mohammed bin Salman", "2019-01-01", "SAU", "defence_minister"),
    ("King Salman", "2020-01-01", "SAU", "head_of_state"),
    ("Tamim bin Hamad Al Thani", "2021-08-20", "QAT", "head_of_state"),
    ("King Abdullah II", "2022-04-25", "JOR", "head_of_state"),
    ("Abdel Fattah Al-Sisi", "2023-10-29", "EGY", "head_of_state"),
    ("Naftali Bennett", "2022-03-30", "ISR", "head_of_government"),
    ("Benjamin Netanyahu", "2024-01-01", "ISR", "head_of_government"),
    ("Mustafa Al-Kadhimi", "2022-08-31", "IRQ", "head_of_government"),
    ("Recep Tayyip Erdogan", "2023-02-06", "TUR", "head_of_state"),
    ("Ali Khamenei", "2020-01-01", "IRN", "head_of_state"),
    ("Mahmoud Abbas", "2023-01-01", "PSE", "head_of_state"),
    # Africa
    ("Bah N'Daw", "2020-10-25", "MLI", "head_of_state"),
    ("Assimi Goïta", "2022-01-01", "MLI", "head_of_state"),
    ("William Ruto", "2023-10-03", "KEN", "head_of_state"),
    ("Bola Tinubu", "2024-10-29", "NGA", "head_of_state"),
    ("Cyril Ramaphosa", "2022-04-08", "ZAF", "head_of_state"),
    ("Naledi Pandor", "2022-01-01", "ZAF", "foreign_minister"),
    ("Abiy Ahmed", "2021-01-01", "ETH", "head_of_government"),
    # Europe
    ("Vladimir Putin", "2021-12-07", "RUS", "head_of_state"),
    ("Sergey Lavrov", "2021-01-02", "RUS", "foreign_minister"),
    ("Maria Zakharova", "2022-03-01", "RUS", "fm_spokesperson"),
    ("Volodymyr Zelenskyy", "2021-12-09", "UKR", "head_of_state"),
    ("Olaf Scholz", "2021-12-10", "DEU", "head_of_government"),
    ("Angela Merkel", "2018-01-01", "DEU", "head_of_government"),
    ("Emmanuel Macron", "2022-02-15", "FRA", "head_of_state"),
    ("Boris Johnson", "2022-02-14", "GBR", "head_of_government"),
    ("Liz Truss", "2022-10-01", "GBR", "head_of_government"),
    ("Rishi Sunak", "2023-06-01", "GBR", "head_of_government"),
    ("Keir Starmer", "2025-01-01", "GBR", "head_of_government"),
    ("Giorgia Meloni", "2023-01-01", "ITA", "head_of_government"),
    ("Pope Francis", "2020-01-01", "VAT", "head_of_state"),
    ("Vjosa Osmani", "2022-01-01", "XKX", "head_of_state"),
    ("Péter Magyar", "2026-06-01", "HUN", "head_of_government"),
    ("Rob Jetten", "2026-06-01", "NLD", "head_of_government"),
    # Americas
    ("Joseph R. Biden, Jr.", "2021-12-07", "USA", "head_of_state"),
    ("Joe Biden", "2016-01-01", "USA", "vice_head_of_state"),
    ("Donald Trump", "2025-06-01", "USA", "head_of_state"),
    ("JD Vance", "2025-06-01", "USA", "vice_head_of_state"),
    ("Antony Blinken", "2022-01-01", "USA", "foreign_minister"),
    ("Marco Rubio", "2025-06-01", "USA", "foreign_minister"),
    ("Marco Rubio", "2025-06-01", "USA", "national_security_advisor"),
    ("Pete Hegseth", "2025-03-01", "USA", "defence_minister"),
    ("Lloyd Austin", "2022-01-01", "USA", "defence_minister"),
    ("Jake Sullivan", "2022-01-01", "USA", "national_security_advisor"),
    ("Ned Price", "2022-01-01", "USA", "fm_spokesperson"),
    ("Linda Thomas-Greenfield", "2022-01-01", "USA", "un_ambassador"),
    ("Justin Trudeau", "2022-02-11", "CAN", "head_of_government"),
    ("Mark Carney", "2025-06-01", "CAN", "head_of_government"),
    ("Andres Manuel Lopez Obrador", "2021-01-01", "MEX", "head_of_state"),
    ("Marcelo Ebrard", "2021-01-01", "MEX", "foreign_minister"),
    ("Claudia Sheinbaum", "2025-01-01", "MEX", "head_of_state"),
    ("Jair Bolsonaro", "2020-01-01", "BRA", "head_of_state"),
    ("Lula", "2023-06-01", "BRA", "head_of_state"),
    ("Javier Milei", "2024-01-01", "ARG", "head_of_state"),
    ("Gustavo Petro", "2023-01-01", "COL", "head_of_state"),
    ("Miguel Díaz-Canel", "2022-01-01", "CUB", "head_of_state"),
    # Oceania
    ("Anthony Albanese", "2023-01-01", "AUS", "head_of_government"),
    ("Penny Wong", "2023-01-01", "AUS", "foreign_minister"),
    ("Tarique Rahman", "2026-06-01", "BGD", "head_of_government"),
    ("Jacinda Ardern", "2020-01-01", "NZL", "head_of_government"),
    ("James Marape", "2022-01-01", "PNG", "head_of_government"),
]


@pytest.mark.parametrize(("name", "when", "country", "office"), FACTS)
def test_known_office_holdings(name, when, country, office):
    assert _holds(name, when, country, office), f"{name} not found as {country} {office} on {when}"


@pytest.mark.parametrize(
    ("name", "when", "country", "office"),
    [
        ("Imran Khan", "2023-01-01", "PAK", "head_of_government"),
        ("Donald Trump", "2022-01-01", "USA", "head_of_state"),
        ("Wang Yi", "2023-03-01", "CHN", "foreign_minister"),
        ("Boris Johnson", "2023-01-01", "GBR", "head_of_government"),
        ("Nicolás Maduro", "2026-06-01", "VEN", "head_of_state"),
        ("Viktor Orbán", "2026-06-01", "HUN", "head_of_government"),
    ],
)
def test_no_holding_outside_the_tenure(name, when, country, office):
    assert not _holds(name, when, country, office)
