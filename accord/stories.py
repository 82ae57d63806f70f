"""Stories: one event reported by many articles, counted once, with the number of
articles and of distinct outlets that report it (GDELT's NumArticles and NumSources).

Two reports are the same event when they have the same source and target, codes that
agree, and dates that agree:

- codes agree when they are equal, or when one is a less specific code of the same
  branch ("040" consult, not specified, and "042" make a visit; "031" and "0311"). A less
  specific report joins a story only if exactly one more specific story fits it: "040"
  never bridges "041" (a call) and "042" (a visit), which stay two events;
- day dates agree within `window_days` (1 by default: "Thursday" in one time zone is
  "Friday" in another, and a report of the next morning says "yesterday"); a story never
  spans more than the window, so a run of daily meetings is not chained into one;
- a report dated only to a month (or a year) joins a story only if exactly one story of
  that month fits it, and an undated report only if exactly one story fits it at all;
  otherwise it stands alone, so a vague report never swallows distinct day events;
- two reports of one article with different days are distinct events.

A story's id is a hash of its key (source, target, code, date), stable across runs;
stories that share a key get it hashed with their articles (`_distinct_ids`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from .records import Event, Extraction, Story

Report = tuple[str, str, Event]  # (article id, outlet, event)


@dataclass
class _Group:
    source: str
    target: str
    cameo: str
    day: date | None  # the earliest day of its day-dated reports
    last: date | None
    vague: str | None  # the month or year of a story with no day-dated report
    members: list[tuple[str, str, int, Event]] = field(default_factory=list)  # (article, outlet, index, event)

    def days(self) -> dict[str, str]:
        return {article: e.date or "" for article, _, _, e in self.members}


def reports_of(extractions: Iterable[Extraction]) -> list[Report]:
    """Every event of the extractions as a report, in order, so that a story's member
    (article id, index) is the index of the event in that article's `events`."""
    return [(x.article.id, x.article.source or x.article.id, e) for x in extractions for e in x.events]


def _parent(code: str) -> str | None:
    """The next less specific CAMEO code: "0311" -> "031" -> "030"; a root has none."""
    if len(code) == 4:
        return code[:3]
    if len(code) == 3 and code[2] != "0":
        return code[:2] + "0"
    return None


def _ancestors(code: str) -> set[str]:
    found = set()
    parent = _parent(code)
    while parent:
        found.add(parent)
        parent = _parent(parent)
    return found


def _day(e: Event) -> date | None:
    if e.date and len(e.date) == 10 and e.date_precision in (None, "day"):
        try:
            return date.fromisoformat(e.date)
        except ValueError:
            return None
    return None


def group_stories(reports: Iterable[Report], window_days: int = 1) -> list[Story]:
    """Group reports of events into stories (see the module's docstring for the rule)."""
    indexed: list[tuple[str, str, int, Event]] = []
    seen: Counter[str] = Counter()
    for article, outlet, event in reports:
        indexed.append((article, outlet, seen[article], event))
        seen[article] += 1
    # most specific codes and day dates first, so that vaguer reports find their stories
    order = sorted(indexed, key=lambda r: (-len(r[3].cameo.rstrip("0")), _day(r[3]) is None, r[3].date or "", r[0], r[2]))
    groups: list[_Group] = []
    # groups by dyad and year, so a report is only compared with the stories it could join
    index: dict[tuple[str, str], dict[int | None, list[int]]] = {}
    for report in order:
        event = report[3]
        by_year = index.setdefault((event.source, event.target), {})
        year = int(event.date[:4]) if event.date else None
        if year is None:  # an undated report may join any story of its dyad
            candidates = sorted(i for numbers in by_year.values() for i in numbers)
        else:
            candidates = sorted(i for y in (year - 1, year, year + 1) for i in by_year.get(y, ()))
        fitting = [groups[i] for i in candidates if _fits(groups[i], event, report[0], window_days)]
        exact = [g for g in fitting if g.cameo == event.cameo]
        day = _day(event)
        if day is not None and exact:
            chosen: _Group | None = exact[0]
        elif len(fitting) == 1:
            chosen = fitting[0]
        else:
            chosen = None
        if chosen is None:
            chosen = _Group(event.source, event.target, event.cameo, day, day, None if day else event.date)
            by_year.setdefault(year, []).append(len(groups))
            groups.append(chosen)
        elif day is not None:
            chosen.day = min(chosen.day, day) if chosen.day else day
            chosen.last = max(chosen.last, day) if chosen.last else day
        chosen.members.append(report)
    stories = _distinct_ids([_story(g) for g in groups])
    return sorted(stories, key=lambda s: (s.date or "", s.source, s.target, s.cameo, s.story_id))


def _distinct_ids(stories: list[Story]) -> list[Story]:
    """Two stories can share a key (distinct events of one day and dyad): those get the
    key hashed with their articles, and a number in the order of their articles, so ids
    stay unique and do not depend on the order the reports came in."""
    by_id: dict[str, list[Story]] = {}
    for story in stories:
        by_id.setdefault(story.story_id, []).append(story)
    out = []
    for same in by_id.values():
        if len(same) == 1:
            out += same
            continue
        same.sort(key=lambda s: (sorted({a for a, _ in s.members}), s.num_reports, s.date or ""))
        for n, story in enumerate(same):
            articles = ",".join(sorted({a for a, _ in story.members}))
            suffix = hashlib.sha1(f"{story.story_id}|{articles}|{n}".encode()).hexdigest()[:16]
            out.append(replace(story, story_id=suffix))
    return out


def _fits(g: _Group, e: Event, article: str, window_days: int) -> bool:
    if (g.source, g.target) != (e.source, e.target):
        return False
    if e.cameo != g.cameo and e.cameo not in _ancestors(g.cameo):
        return False
    day = _day(e)
    if day is not None:
        if g.day is None or g.last is None:
            return False  # a day report founds its own story rather than join a vague one
        if (max(g.last, day) - min(g.day, day)).days > window_days:
            return False
        other = g.days().get(article)
        return other is None or other == e.date
    if not e.date:
        return True
    if g.day is None:
        return g.vague == e.date
    return g.day.isoformat().startswith(e.date)


def _story(g: _Group) -> Story:
    events = [m[3] for m in g.members]
    specific = [e for e in events if e.cameo == g.cameo]
    days = Counter(e.date for e in events if e.date and _day(e))
    when: str | None
    precision: str | None
    if days:
        top = max(days.values())
        when, precision = min(d for d, n in days.items() if n == top), "day"
    else:
        vague = sorted((e.date for e in events if e.date), key=len, reverse=True)
        when = vague[0] if vague else None
        precision = next((e.date_precision for e in events if e.date == when), None) if when else None
    lead = specific[0]
    source_actor = Counter(e.source_actor for e in specific).most_common(1)[0][0]
    target_actor = Counter(e.target_actor for e in specific).most_common(1)[0][0]
    located = Counter((e.location, e.location_country) for e in events if e.location)
    location, location_country = located.most_common(1)[0][0] if located else (None, None)
    key = f"{g.source}|{g.target}|{g.cameo}|{when or ''}"
    members = tuple(sorted((m[0], m[2]) for m in g.members))
    return Story(
        story_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        source=g.source,
        target=g.target,
        cameo=g.cameo,
        plover=lead.plover,
        goldstein=lead.goldstein,
        quad_class=lead.quad_class,
        date=when,
        date_precision=precision,
        source_actor=source_actor,
        target_actor=target_actor,
        location=location,
        location_country=location_country,
        num_articles=len({m[0] for m in g.members}),
        num_sources=len({m[1] for m in g.members}),
        num_reports=len(g.members),
        members=members,
    )
