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
    kind: str  # state | organisation | person | group | pronoun | role | institution
    country: str | None = None  # ISO alpha-3 the mention stands for
    name: str | None = None  # canonical name of the actor
    office: str | None = None
    title: str | None = None
    sector: str | None = None
    members: tuple[str, ...] = ()  # for groups: the countries in it
    person_key: str | None = None  # identity of a person within the article
    sentence: int = -1
    organisation: str | None = None  # for organisations: its code in knowledge/organisations.csv


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
    organisation: str | None = None  # an official of an organisation ("WHO Director-General Tedros"): its code


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
    location: str | None = None  # where it took place, from its sentence ("in Vientiane")
    location_country: str | None = None  # ISO alpha-3 of that place
    lat: float | None = None  # the place's coordinates (None for a whole country)
    lon: float | None = None
    source_actor_id: str | None = None  # the canonical actor (identity.py): a person's id, a state's or organisation's code
    target_actor_id: str | None = None

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
class Quote:
    """What someone said, directly ("...," Blinken said) or reported (Xi said that ...)."""

    text: str  # the words quoted or reported, without the quotation marks of a direct quote
    kind: str  # direct | indirect
    speaker: str | None  # canonical name of the person, state or organisation speaking
    speaker_country: str | None  # ISO alpha-3
    speaker_office: str | None  # head_of_state, foreign_minister, ... (officials.office)
    speaker_text: str  # the words naming the speaker ("he", "a US defense official")
    addressee: str | None  # to whom, where the text says ("told his counterpart")
    addressee_country: str | None
    cue: str  # the speech verb or cue ("said", "pointed out", "according to")
    sentence_index: int  # links the quote to the events of that sentence
    span: tuple[int, int]  # the quote in the article text
    speaker_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        d["speaker_span"] = list(self.speaker_span) if self.speaker_span else None
        return d


@dataclass(frozen=True)
class Place:
    """A place resolved from the gazetteer: a city (with coordinates) or a whole state."""

    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    kind: str  # city | country
    span: tuple[int, int]  # where the text names it
    sentence_index: int = -1

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass(frozen=True)
class Tone:
    """An article's tone, as GDELT measures it: percentages of the article's words."""

    tone: float  # positive minus negative
    positive: float  # words of positive valence per 100 words
    negative: float  # words of negative valence per 100 words
    polarity: float  # positive plus negative: how emotive, whatever the sign
    words: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Story:
    """One event reported by one or more articles (GDELT's NumArticles and NumSources)."""

    story_id: str  # stable: a hash of the story's key
    source: str
    target: str
    cameo: str  # the most specific code its reports agree on
    plover: str | None
    goldstein: float
    quad_class: int
    date: str | None
    date_precision: str | None
    source_actor: str
    target_actor: str
    location: str | None
    location_country: str | None
    num_articles: int  # distinct articles reporting it
    num_sources: int  # distinct outlets among them
    num_reports: int  # events merged (an article may report it more than once)
    members: tuple[tuple[str, int], ...]  # (article id, index of the event in that article)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["members"] = [list(m) for m in self.members]
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
    quotes: tuple[Quote, ...] = ()
    tone: Tone | None = None
    dateline: Place | None = None  # where the article was filed ("BEIJING, Oct 5 -"), not copied to events


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
            "quotes": [q.to_dict() for q in self.quotes],
            "tone": self.tone.to_dict() if self.tone else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
        }
