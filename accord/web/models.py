"""The shapes of the API's answers and request bodies, for validation and the OpenAPI
description. Records allow extra fields: columns added to the database later (a
location, a tone) pass through without a change here."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

# The calendar's days as a regular expression (proleptic Gregorian, year 0001 on, as
# Python's dates), so the description says what the validation takes: 2021-02-29 and
# year 0000 are no days; 2020-02-29 and 2000-02-29 are.
YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
MONTH = "(?:0[1-9]|1[0-2])"
LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
DAY = (f"(?:{YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
       f"|02-(?:0[1-9]|1[0-9]|2[0-8]))|{LEAP_YEAR}-02-29)")
PERIOD = f"(?:{DAY}|{YEAR}(?:-{MONTH})?)"  # YYYY, YYYY-MM or YYYY-MM-DD
NO_NUL = r"^[^\x00]*$"
END = r"$(?!\n)"  # the end of the text: a pattern's `$` alone matches before a last newline too (in Python)


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(BaseModel):
    detail: str = Field(description="what is wrong with the request, and what was expected")


class Event(Open):
    id: str
    article_id: str
    seq: int
    asserted: bool = Field(description="false for a negated or hypothetical act (listed only with include_unasserted)")
    source: str = Field(description="ISO 3166 alpha-3 of the source state")
    target: str
    source_actor: str | None = None
    target_actor: str | None = None
    cameo: str
    cameo_root: str
    goldstein: float | None = None
    quad_class: int | None = Field(None, description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
    plover: str | None = None
    plover_mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    modality: str | None = None
    sentence: str | None = None
    sentence_index: int | None = None
    span_start: int | None = Field(None, description="character offset of the trigger in the article text")
    span_end: int | None = None
    evidence: str | None = None
    pattern: str | None = None
    topics: str | None = None
    article_title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


class Page(BaseModel):
    """The envelope of every list."""

    total: int = Field(description="records matching the request, on all pages")
    limit: int = Field(description="records per page")
    offset: int = Field(description="records skipped before this page")
    next: str | None = Field(None, description="the URL of the next page; null on the last")


class EventPage(Page):
    events: list[Event]


class Tally(BaseModel):
    events: int
    goldstein: float = Field(description="sum of the events' Goldstein scores")
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    cooperation: int = Field(description="quad classes 1 and 2")
    conflict: int = Field(description="quad classes 3 and 4")


class TimelinePoint(Tally):
    period: str = Field(description="YYYY-MM-DD (day, or the Monday starting a week) or YYYY-MM")
    a_to_b: int | None = Field(None, description="for a dyad: events from its first actor to its second")
    b_to_a: int | None = None


class DatedTally(Tally):
    date: str = Field(description="the date as known: YYYY or YYYY-MM")
    precision: str = Field(description="day, month or year")
    a_to_b: int | None = None
    b_to_a: int | None = None


class Timeline(BaseModel):
    dyad: str | None = None
    interval: str
    periods: list[TimelinePoint] = Field(description="every period of the window, with the events dated finely enough")
    imprecise: list[DatedTally] = Field([], description="events known only to a period coarser than the interval")
    apart: list[DatedTally] = Field([], description="events dated outside the window (recalled events of other years)")
    first: str | None = Field(None, description="the window's first day: the earliest date of an event not recalled")
    last: str | None = None


class Dyad(Tally):
    stories: int = Field(0, description="distinct stories among the events: one event however many articles report it")
    dyad: str = Field(description="two ISO alpha-3 codes in alphabetical order, e.g. CHN-RUS")


class State(Tally):
    stories: int = Field(0, description="distinct stories among the events: one event however many articles report it")
    state: str = Field(description="a state's ISO alpha-3 code or an organisation's code")
    name: str
    kind: str = Field("state", description="state or organisation")
    as_source: int
    as_target: int
    partners: int


class Actor(BaseModel):
    id: str | None = Field(None, description="the canonical actor: a person's id from the knowledge base (joseph-r-biden-jr), "
                           "a state's or organisation's code; null for an actor the knowledge base does not know")
    name: str = Field(description="the one name shown for the actor")
    names: list[str] = Field([], description="the names the articles use for it, most used first")
    country: str | None = None
    role: str | None = None
    office: str | None = None
    events: int
    as_source: int
    as_target: int
    articles: int


class Edge(Dyad):
    source: str = Field(description="one end of the pair (an edge holds both directions; the ends in alphabetical order)")
    target: str = Field(description="the other end")
    a_to_b: int = Field(0, description="events from `source` to `target`")
    b_to_a: int = Field(0, description="events from `target` to `source`")
    weight: float


class Network(BaseModel):
    weight: str
    nodes: list[State]
    edges: list[Edge]


class Stats(BaseModel):
    model_config = ConfigDict(extra="allow")
    articles: int
    articles_by_status: dict[str, int]
    unasserted_events: int
    events: int
    goldstein: float
    states: int
    actors: int
    dyads: int
    stories: int = Field(0, description="distinct stories (one event however many articles report it) among the events")
    first_date: str | None = None
    last_date: str | None = None
    by_root: dict[str, int]
    by_plover: dict[str, int]


class ArticleSummary(Open):
    id: str
    article_key: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    words: int | None = None
    status: str | None = None
    events: int


class ArticleList(Page):
    articles: list[ArticleSummary]


class Evidence(BaseModel):
    event: str = Field(description="the event's id")
    start: int
    end: int
    text: str = Field(description="the article text between start and end: the trigger")


class Article(Open):
    id: str
    title: str | None = None
    published: str | None = None
    text: str
    events: list[Event | dict[str, Any]]
    actors: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    relations: list[dict[str, Any]] = []
    topics: list[dict[str, Any]] = []
    evidence: list[Evidence]


class ArticleIn(BaseModel):
    """An article pasted or posted: its text and, if known, its publication date."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the article text, not blank; a first line ` date YYYY-MM-DD` is read as its date "
                                                "(a day that does not exist there is a 400)",
                      json_schema_extra={"pattern": r"^[^\x00]*[^\s\x00][^\x00]*$"})
    date: str | None = Field(None, description="publication date, YYYY-MM-DD, a day of the calendar",
                             json_schema_extra={"pattern": f"^{DAY}{END}"})
    title: str | None = Field(None, max_length=500, json_schema_extra={"pattern": NO_NUL})
    source: str | None = Field(None, max_length=200, description="the outlet", json_schema_extra={"pattern": NO_NUL})
    url: str | None = Field(None, max_length=2000, json_schema_extra={"pattern": NO_NUL})

    @field_validator("text", "title", "source", "url")
    @classmethod
    def _encodable(cls, value: str | None) -> str | None:
        if value is not None:
            if "\x00" in value:
                raise ValueError("a NUL character is not allowed")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("is not valid Unicode text (it holds a lone surrogate)") from None
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is blank; paste the text of an article")
        return value

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        from datetime import date

        if value is not None:
            if not re.fullmatch("[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
                raise ValueError(f"{value!r} is not YYYY-MM-DD")
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a calendar date; expected YYYY-MM-DD") from None
        return value


class Extraction(Open):
    """What Accord finds in a text, as `accord extract --jsonl` gives it, with the text
    the offsets refer to and the actor mentions."""

    text: str
    published: str | None = None
    events: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    mentions: list[dict[str, Any]]


class Stored(BaseModel):
    article_id: str
    status: str = Field(description="coded, skipped or unchanged")
    events: int


class ActorPage(Page):
    actors: list[Actor]


class StatePage(Page):
    states: list[State]


class DyadPage(Page):
    dyads: list[Dyad]


class Quote(Open):
    """A quote with its speaker, as stored (the quotes table), and its article's title and date."""

    article_id: str
    seq: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_country: str | None = Field(None, description="ISO alpha-3 of the speaker's state")
    speaker_office: str | None = None
    speaker_text: str | None = Field(None, description="the speaker as the text names them")
    addressee: str | None = None
    addressee_country: str | None = None
    cue: str | None = None
    sentence_index: int | None = None
    span_start: int | None = None
    span_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    coder_version: str | None = None
    article_title: str | None = None
    published: str | None = None


class Story(Open):
    """One event however many articles report it (the stories table)."""

    story_id: str
    source: str
    target: str
    cameo: str
    plover: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    date: str | None = None
    date_precision: str | None = None
    source_actor: str | None = None
    target_actor: str | None = None
    location: str | None = None
    location_country: str | None = None
    num_articles: int = Field(description="articles that report the event")
    num_sources: int = Field(description="distinct outlets among them")
    num_reports: int


class QuotePage(Page):
    quotes: list[Quote]


class StoryPage(Page):
    stories: list[Story]


class Place(Tally):
    location: str = Field(description="the place as named: a city, or a state")
    country: str | None = Field(None, description="ISO alpha-3 of its state")
    lat: float | None = Field(None, description="null for a whole state")
    lon: float | None = None


class PlacePage(Page):
    places: list[Place]


def columns(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a record that hold one value (not a list or a mapping): what a list of
    those records can be sorted by."""
    return tuple(name for name, info in model.model_fields.items()
                 if not any(word in str(info.annotation) for word in ("list", "dict")))
