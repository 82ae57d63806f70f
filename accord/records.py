"""Plain records that flow between Accord's stages.

Every stage takes records and returns new ones; nothing here has behaviour beyond
small conveniences.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One article as read: its text with any ` date` line removed."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""  # where it was read from: "path" or "path:line"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A piece of text that names an actor, resolved as far as Accord can."""

    start: int
    end: int
    text: str
    kind: str  # state | organisation | person | group | pronoun | role
    country: str | None = None  # ISO alpha-3 the mention stands for
    name: str | None = None  # canonical name of the actor
    office: str | None = None
    title: str | None = None
    sector: str | None = None
    members: tuple[str, ...] = ()  # for groups: the countries in it
    person_key: str | None = None  # identity of a person within the article
    sentence: int = -1


@dataclass(frozen=True)
class Actor:
    """An official named in the article, with state and office on the article's date."""

    name: str
    country: str | None
    role: str | None
    office: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Event:
    source: str
    target: str
    cameo: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    date: str | None
    date_precision: str | None
    date_source: str  # text | lead | published | "" when undated
    modality: str
    source_actor: str
    target_actor: str
    sentence: str
    sentence_index: int
    span: tuple[int, int]
    evidence: str
    pattern: str = ""
    source_span: tuple[int, int] | None = None  # where the source actor is named, if it is
    target_span: tuple[int, int] | None = None
    topics: tuple[str, ...] = ()  # topic codes of the event's sentence

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        d["source_span"] = list(self.source_span) if self.source_span else None
        d["target_span"] = list(self.target_span) if self.target_span else None
        d["topics"] = list(self.topics)
        return d


@dataclass(frozen=True)
class Relation:
    countries: tuple[str, str]
    established: int | None = None
    anniversary: int | None = None
    partnership: str | None = None
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"countries": list(self.countries)}
        if self.established is not None:
            d["established"] = self.established
        if self.anniversary is not None:
            d["anniversary"] = self.anniversary
        if self.partnership:
            d["partnership"] = self.partnership
        d["evidence"] = self.evidence
        return d


@dataclass(frozen=True)
class Extraction:
    """What Accord finds in one article."""

    article: Article
    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), repr=False)
    date_inferred: tuple[str, str] | None = None  # (date, how) for an undated article
    unasserted: tuple[Event, ...] = ()  # negated or hypothetical acts, never counted as events
    topics: dict[str, int] = field(default_factory=dict)  # topic code -> mentions in the article


    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.id,
            "published": self.article.published,
            "title": self.article.title,
            "events": [e.to_dict() for e in self.events],
            "actors": [asdict(a) for a in self.actors],
            "relations": [r.to_dict() for r in self.relations],
            "topics": self.topics,
            "anchor_date": {"date": self.date_inferred[0], "how": self.date_inferred[1]} if self.date_inferred else None,
            "unasserted_events": [e.to_dict() for e in self.unasserted],
        }
