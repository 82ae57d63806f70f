"""Load Accord's knowledge files (see knowledge/README.md) into lookup tables.

Loading is lazy and cached: the tables are built once per process.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import yaml

from .errors import KnowledgeError

KNOWLEDGE_DIR = Path(__file__).parent / "knowledge"


@dataclass(frozen=True)
class StateName:
    iso3: str
    text: str
    kind: str
    start: str
    end: str
    ambiguous: bool


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class Holding:
    """One office holding of one person."""

    person: str
    aliases: tuple[str, ...]
    country: str
    office: str
    title: str
    sector: str
    start: str
    end: str
    source: str
    organisation: str = ""  # for an organisation's official (org_officials.csv): its code; country is ""

    def active_on(self, day: str | None) -> bool:
        if day is None:
            return True
        return self.start[: len(day)] <= day and (not self.end or day[: len(self.end)] <= self.end)


@dataclass(frozen=True)
class Title:
    title: str
    office: str
    sector: str
    role: str


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


def read_csv(name: str) -> list[dict[str, str]]:
    path = KNOWLEDGE_DIR / name
    if not path.exists():
        raise KnowledgeError(f"{path}: knowledge file is missing")
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=1)
def states() -> dict[str, str]:
    """ISO alpha-3 -> common name."""
    return {row["iso3"]: row["name"] for row in read_csv("states.csv")}


@lru_cache(maxsize=1)
def state_names() -> list[StateName]:
    rows = [
        StateName(r["iso3"], normalise_quotes(r["text"]), r["kind"], r["start"], r["end"], r["ambiguous"] == "yes")
        for r in read_csv("state_names.csv")
    ]
    listed = {(r.iso3, r.text) for r in rows}
    for iso3, name in states().items():
        if (iso3, name) not in listed:
            rows.append(StateName(iso3, name, "name", "", "", False))
    return rows


@lru_cache(maxsize=1)
def organisations() -> list[Organisation]:
    return [
        Organisation(r["code"], r["name"], r["kind"], _split(r["aliases"]), _split(r["members"]))
        for r in read_csv("organisations.csv")
    ]


@lru_cache(maxsize=1)
def holdings() -> list[Holding]:
    return [
        Holding(
            normalise_quotes(r["person"]),
            tuple(normalise_quotes(a) for a in _split(r["aliases"])),
            r["country"],
            r["office"],
            r["title"],
            r["sector"],
            r["start"],
            r["end"],
            r["source"],
        )
        for r in read_csv("officials.csv")
    ] + [
        Holding(
            normalise_quotes(r["person"]),
            tuple(normalise_quotes(a) for a in _split(r["aliases"])),
            "",
            r["office"],
            r["title"],
            "international",
            r["start"],
            r["end"],
            r["source"],
            organisation=r["organisation"],
        )
        for r in read_csv("org_officials.csv")
    ]


@lru_cache(maxsize=1)
def holdings_by_name() -> dict[str, list[Holding]]:
    """Folded name or alias -> the holdings of people known by it."""
    index: dict[str, list[Holding]] = defaultdict(list)
    for holding in holdings():
        for name in {holding.person, *holding.aliases}:
            index[fold(name)].append(holding)
    return dict(index)


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """Folded title -> Title."""
    return {fold(r["title"]): Title(r["title"], r["office"], r["sector"], r["role"]) for r in read_csv("titles.csv")}


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    table = {}
    for r in read_csv("cameo.csv"):
        table[r["code"]] = CameoCode(
            r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]), r["plover_type"] or None, r["plover_mode"] or None
        )
    return table


@lru_cache(maxsize=1)
def regions() -> dict[str, frozenset[str]]:
    """ISO alpha-3 -> the region words news uses for the state ("gulf", "north african",
    "landlocked"), which resolve "the Gulf state" to a state named earlier."""
    known = states()
    table: dict[str, frozenset[str]] = {}
    for line, r in enumerate(read_csv("regions.csv"), start=2):
        where = f"regions.csv line {line}"
        if r["iso3"] not in known:
            raise KnowledgeError(f"{where}: {r['iso3']!r} is not a state of states.csv")
        if r["iso3"] in table:
            raise KnowledgeError(f"{where}: {r['iso3']} is listed again")
        words = _split(r["regions"])
        if not words:
            raise KnowledgeError(f"{where}: {r['iso3']} has no region")
        for word in words:
            if word != word.lower() or not re.fullmatch(r"[a-z]+(?:[ -][a-z]+)*", word):
                raise KnowledgeError(f"{where}: region {word!r}; expected lowercase words such as 'north african'")
        table[r["iso3"]] = frozenset(words)
    return table


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """Every region word of regions.csv."""
    return frozenset(word for words in regions().values() for word in words)


def read_yaml(source: IO[str] | str) -> Any:
    """A YAML knowledge file, parsed by libyaml where PyYAML has it (several times faster
    than the pure-Python parser, which gives the same data and is used otherwise)."""
    return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def plover_types() -> dict[str, Any]:
    with (KNOWLEDGE_DIR / "plover.yaml").open(encoding="utf-8") as handle:
        data = read_yaml(handle)
    return {t["name"]: t for t in data["types"]}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """Word lists used by the coder (pronouns, group nouns, negations...)."""
    with (KNOWLEDGE_DIR / "lexicon.yaml").open(encoding="utf-8") as handle:
        return read_yaml(handle)


_QUOTES = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}


def normalise_quotes(text: str) -> str:
    """Straight quotes and hyphens for curly ones; keeps the length of the text."""
    if text.isascii():
        return text
    for curly, straight in _QUOTES.items():
        if curly in text:
            text = text.replace(curly, straight)  # much faster than str.translate
    return text


def fold(text: str) -> str:
    """A name folded for comparison: accents, case, quotes and dots removed."""
    if text.isascii():  # the same, faster: nothing to decompose or straighten
        return " ".join(text.lower().replace(".", "").replace(",", "").split())
    import unicodedata

    text = unicodedata.normalize("NFKD", normalise_quotes(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[.,]", "", text.lower())
    return re.sub(r"\s+", " ", text).strip()
