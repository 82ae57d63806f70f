"""Facts about the relationship of two states: the anniversary of diplomatic ties being
marked, the year they were established, and the named level of partnership.

The year of establishment is the anniversary subtracted from the year of the event (or
of publication), or is stated ("established diplomatic ties in 1949"), or comes from
the shipped table of known dates (knowledge/diplomatic_relations.csv), which also
dates an undated article: the 60th anniversary of China-Mali ties falls on 2020-10-25.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from . import knowledge as kb
from .dates import find_dates
from .knowledge import normalise_quotes
from .prefilter import Prefilter
from .records import Mention, Relation, Sentence

ORDINAL_WORDS = {
    "first": 1, "fifth": 5, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "forty-fifth": 45, "fiftieth": 50, "sixtieth": 60, "sixty-fifth": 65, "seventieth": 70,
    "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "centennial": 100, "bicentennial": 200,
}
ANNIVERSARY = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + "|".join(ORDINAL_WORDS) + r"))\s+anniversary\s+of\s+"
    r"(?:the\s+)?(?:establishment\s+of\s+|founding\s+of\s+)?(?:the\s+)?(?:[\w.'-]+\s+){0,3}?"
    r"(?:diplomatic\s+(?:relations|ties|relationship)|(?:bilateral\s+)?(?:relations|ties)\b)",
    re.IGNORECASE,
)
YEARS_OF_TIES = re.compile(
    r"\b(?:celebrat\w+|mark\w*|commemorat\w+)\s+(?P<n>\d{1,3})\s+years\s+of\s+(?:bilateral\s+)?diplomatic\s+(?:relations|ties)",
    re.IGNORECASE,
)
ESTABLISHED = re.compile(
    r"\b(?:established|establishing|establishment of|forged|set up)\s+(?:full\s+)?diplomatic\s+(?:relations|ties)\b[^.;]{0,60}?\b(?:in|on)\s+(?:\w+\s+){0,2}(?P<year>1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Level:
    label: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def partnership_levels() -> list[Level]:
    with (kb.KNOWLEDGE_DIR / "partnerships.yaml").open(encoding="utf-8") as handle:
        data = kb.read_yaml(handle)
    levels = []
    for entry in data["levels"]:
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        for pattern in entry["patterns"]:
            levels.append(Level(entry["label"], re.compile(pattern, flags)))
    return levels


@lru_cache(maxsize=1)
def _prefilter() -> Prefilter:
    return Prefilter([ANNIVERSARY, YEARS_OF_TIES, ESTABLISHED, *(level.regex for level in partnership_levels())], name="relations")


@lru_cache(maxsize=1)
def known_establishments() -> dict[frozenset[str], str]:
    """Pairs of states -> the date they established diplomatic relations."""
    return {frozenset((r["a"], r["b"])): r["established"] for r in kb.read_csv("diplomatic_relations.csv")}


def find_relations(text: str, sentences: list[Sentence], mentions: list[Mention], published: str | None, pair: list[str] | None = None) -> list[Relation]:
    """Relationship facts stated in the article, one per pair of states."""
    norm = normalise_quotes(text)
    found: dict[frozenset[str], dict[str, Any]] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for sentence in sentences:
        countries = _pair_in(sentence, by_sentence.get(sentence.index, [])) or (tuple(pair[:2]) if pair and len(pair) >= 2 else None)
        body = norm[sentence.start : sentence.end]
        matched = _prefilter().matches(body)  # only the expressions that can match, where they can start
        for m in [*matched.get(0, []), *matched.get(1, [])]:  # ANNIVERSARY, YEARS_OF_TIES
            if countries is None:
                continue
            n = int(m.group("n")) if m.group("n") else ORDINAL_WORDS[m.group("word").lower()]
            fact = found.setdefault(frozenset(countries), {"countries": countries, "evidence": m.group(0)})
            fact["anniversary"] = n
            year = _reference_year(body, published)
            known = known_establishments().get(frozenset(countries))
            if year is not None:
                fact["established"] = year - n
            elif known is not None:
                fact["established"] = int(known[:4])
        for m in matched.get(2, []):  # ESTABLISHED
            if countries is not None:
                fact = found.setdefault(frozenset(countries), {"countries": countries, "evidence": m.group(0)})
                fact.setdefault("established", int(m.group("year")))
        best: Level | None = None
        best_len = 0
        for index, level in enumerate(partnership_levels(), start=3):
            hits = matched.get(index)
            hit = hits[0] if hits else None  # level.regex.search(body)
            if hit and len(hit.group(0)) > best_len:
                best, best_len = level, len(hit.group(0))
        if best is not None and countries is not None:
            fact = found.setdefault(frozenset(countries), {"countries": countries, "evidence": ""})
            fact.setdefault("partnership", best.label)
    return [
        Relation(
            countries=tuple(sorted(f["countries"])),  # type: ignore[arg-type]
            established=f.get("established"),
            anniversary=f.get("anniversary"),
            partnership=f.get("partnership"),
            evidence=str(f.get("evidence", "")),
        )
        for f in found.values()
    ]


def anniversary_date(relations: list[Relation]) -> tuple[str, str] | None:
    """For an undated article marking the Nth anniversary of ties whose date is known:
    that anniversary's date, and how it was inferred."""
    for relation in relations:
        if relation.anniversary is None:
            continue
        known = known_establishments().get(frozenset(relation.countries))
        if known is None:
            continue
        day = date.fromisoformat(known)
        try:
            when = day.replace(year=day.year + relation.anniversary)
        except ValueError:
            continue
        how = f"{relation.anniversary}th anniversary of {'-'.join(relation.countries)} diplomatic ties established {known}"
        return when.isoformat(), how
    return None


def _pair_in(sentence: Sentence, mentions: list[Mention]) -> tuple[str, str] | None:
    countries: list[str] = []
    for m in mentions:
        if sentence.start <= m.start < sentence.end:
            for c in m.members if m.kind == "group" else ((m.country,) if m.country and m.kind in {"state", "person", "role"} else ()):
                if c not in countries:
                    countries.append(c)
    return (countries[0], countries[1]) if len(countries) == 2 else None


def _reference_year(body: str, published: str | None) -> int | None:
    for mention in find_dates(body, published):
        if mention.date.precision in {"day", "month"}:
            return int(mention.date.value[:4])
    return int(published[:4]) if published else None
