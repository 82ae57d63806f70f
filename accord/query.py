"""Questions asked of the database: events by filter, one article with its evidence.

Each function returns plain data (lists of dicts); the CLI, the exports and the web
API render the same results. Filters become parameters, never SQL text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from .errors import AccordError
from .identity import display_name, ids_named
from .knowledge import organisations, plover_types, states
from .store import Store

ISO3 = re.compile(r"\A[A-Z]{3}\Z")
DAY = re.compile(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z")
MODALITIES = ("asserted", "intended", "recalled", "negated", "hypothetical")
SORTS = ("date", "source", "target", "source_actor", "target_actor", "cameo", "plover", "goldstein", "quad_class", "modality",
         "location", "article_id")  # the columns an event list can be sorted by
EVENT_COLUMNS = (
    "id", "article_id", "seq", "asserted", "source", "target", "source_actor", "target_actor", "cameo", "cameo_root",
    "goldstein", "quad_class", "plover", "plover_mode", "date", "date_precision", "date_source", "modality", "sentence",
    "sentence_index", "span_start", "span_end", "source_start", "source_end", "target_start", "target_end", "evidence",
    "pattern", "topics", "coder_version", "location", "location_country", "lat", "lon", "story_id",
    "source_actor_id", "target_actor_id",
)


def organisation_codes() -> set[str]:
    """The codes of the organisations Accord knows (knowledge/organisations.csv)."""
    return {o.code for o in organisations()}


def _is_actor_code(code: str) -> bool:
    """A state's ISO alpha-3 code or a known organisation's code (knowledge/states.csv,
    knowledge/organisations.csv)."""
    return code in states() or code in organisation_codes()


def _actor_codes_expected() -> str:
    return (f"expected an ISO 3166 alpha-3 code of a state ({', '.join(sorted(states()))}) "
            f"or an organisation's code ({', '.join(sorted(organisation_codes()))})")


def _period_error(value: str) -> str | None:
    """Why a YYYY, YYYY-MM or YYYY-MM-DD value is not a real period, or None."""
    if not DAY.match(value):
        return "expected YYYY, YYYY-MM or YYYY-MM-DD"
    parts = [int(p) for p in value.split("-")]
    if parts[0] == 0:
        return "there is no year 0000; expected YYYY, YYYY-MM or YYYY-MM-DD"
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return f"there is no month {parts[1]:02d}; expected YYYY, YYYY-MM or YYYY-MM-DD"
    if len(parts) == 3:
        try:
            date(*parts)
        except ValueError:
            return f"there is no day {parts[2]:02d} in {value[:7]}; expected YYYY, YYYY-MM or YYYY-MM-DD"
    return None


class QueryError(AccordError):
    """A filter value is not one Accord can use; the message says what is expected."""


@dataclass(frozen=True)
class EventFilter:
    """Which events to return. Every field is optional; all given ones must hold."""

    dyad: str | None = None  # "CHN-RUS": either direction
    source: str | None = None  # ISO3 of the source state
    target: str | None = None
    country: str | None = None  # ISO3 as source or target
    actor: str | None = None  # an actor the knowledge base knows, by any of its names or its id; else part of a name
    root: str | None = None  # CAMEO root, "04"
    cameo: str | None = None  # CAMEO code prefix, "042"
    plover: str | None = None  # PLOVER type, "CONSULT"
    quad_class: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    modality: str | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None
    text: str | None = None  # words in the evidence sentence
    article: str | None = None  # article id
    include_unasserted: bool = False  # negated and hypothetical acts too (implied by modality negated or hypothetical)
    limit: int | None = 100  # None: every matching event
    offset: int = 0
    sort: str | None = None  # one of SORTS, "-" first for descending; newest first when None

    def order_by(self) -> str:
        """The ORDER BY clause of the filter's sort; newest first (undated last) by default."""
        if not self.sort:
            return "ORDER BY e.date IS NULL, e.date DESC, e.article_id, e.seq"
        column = self.sort.removeprefix("-")
        direction = "DESC" if self.sort.startswith("-") else "ASC"
        return f"ORDER BY e.{column} IS NULL, e.{column} {direction}, e.date DESC, e.article_id, e.seq"

    def check(self) -> EventFilter:
        """This filter, or a QueryError naming the field that is wrong."""
        for name in ("source", "target", "country"):  # each may list several values: USA,CHN
            for value in values_of(getattr(self, name)):
                if not _is_actor_code(value):
                    raise QueryError(f"{name}={value!r}: unknown code or name; {_actor_codes_expected()}")
        if self.dyad is not None and not re.fullmatch(r"[A-Z0-9]+-[A-Z0-9]+", self.dyad):
            raise QueryError(f"dyad={self.dyad!r}: expected two ISO alpha-3 codes joined by '-', such as CHN-RUS (or an organisation's code: EU-RUS)")
        for code in (self.dyad or "").split("-") if self.dyad else ():
            if not _is_actor_code(code):
                raise QueryError(f"dyad={self.dyad!r}: unknown code {code!r}; {_actor_codes_expected()}")
        for root in values_of(self.root):
            if not re.fullmatch(r"(0[1-9]|1[0-9]|20)", root):
                raise QueryError(f"root={root!r}: expected a CAMEO root from 01 to 20")
        if self.cameo is not None and not re.fullmatch(r"[0-9]{2,4}", self.cameo):
            raise QueryError(f"cameo={self.cameo!r}: expected a CAMEO code of 2 to 4 digits")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise QueryError(f"quad_class={self.quad_class}: expected 1, 2, 3 or 4")
        for modality in values_of(self.modality):
            if modality not in MODALITIES:
                raise QueryError(f"modality={modality!r}: expected one of {', '.join(MODALITIES)}")
        for plover in values_of(self.plover):
            if plover.upper() not in plover_types():
                raise QueryError(f"plover={plover!r}: unknown PLOVER type; expected one of {', '.join(sorted(plover_types()))}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and (why := _period_error(value)):
                raise QueryError(f"{name}={value!r}: {why}")
        if self.limit is not None and not 1 <= self.limit <= 100_000:
            raise QueryError(f"limit={self.limit}: expected 1 to 100000")
        if self.offset < 0:
            raise QueryError(f"offset={self.offset}: expected 0 or more")
        if self.sort is not None and self.sort.removeprefix("-") not in SORTS:
            raise QueryError(f"sort={self.sort!r}: expected one of {', '.join(SORTS)}, with '-' first for descending")
        return self

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (with placeholders) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def add(clause: str, *values: Any) -> None:
            clauses.append(clause)
            params.extend(values)

        if not self.include_unasserted and not {"negated", "hypothetical"} & set(values_of(self.modality)):
            add("e.asserted = 1")
        if self.dyad:
            a, b = self.dyad.split("-")
            add("((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))", a, b, b, a)
        def any_of(column: str, values: list[str]) -> str:
            return f"{column} IN ({', '.join('?' for _ in values)})"

        if self.source:
            add(any_of("e.source", values_of(self.source)), *values_of(self.source))
        if self.target:
            add(any_of("e.target", values_of(self.target)), *values_of(self.target))
        if self.country:
            countries = values_of(self.country)
            add(f"({any_of('e.source', countries)} OR {any_of('e.target', countries)})", *countries, *countries)
        if self.actor:
            ids = ids_named(self.actor)  # a name the knowledge base knows: every event of that actor, however named
            if ids:
                marks = ", ".join("?" for _ in ids)
                add(f"(e.source_actor_id IN ({marks}) OR e.target_actor_id IN ({marks}))", *ids, *ids)
            else:
                like = f"%{self.actor.lower()}%"
                add("(LOWER(e.source_actor) LIKE ? OR LOWER(e.target_actor) LIKE ?)", like, like)
        if self.root:
            add(any_of("e.cameo_root", values_of(self.root)), *values_of(self.root))
        if self.cameo:
            add("e.cameo LIKE ?", f"{self.cameo}%")
        if self.plover:
            add(any_of("e.plover", values_of(self.plover.upper())), *values_of(self.plover.upper()))
        if self.quad_class is not None:
            add("e.quad_class = ?", self.quad_class)
        if self.modality:
            add(any_of("e.modality", values_of(self.modality)), *values_of(self.modality))
        if self.since:
            add("e.date >= ?", self.since)
        if self.until:
            add("e.date <= ?", _end_of(self.until))
        if self.text:
            for word in self.text.lower().split():
                add("LOWER(e.sentence) LIKE ?", f"%{word}%")
        if self.article:
            add("e.article_id = ?", self.article)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _end_of(period: str) -> str:
    """The last day a YYYY or YYYY-MM period can hold, as a string that sorts after it."""
    return period + "-99" * (2 - period.count("-")) if period.count("-") < 2 else period


CODES = ("dyad", "source", "target", "country", "plover")  # case does not matter: "chn-rus" is CHN-RUS


def values_of(value: str | None) -> list[str]:
    """The values of a filter field that lists several, comma-separated ("USA,CHN")."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _codes_named(value: str) -> str:
    """A source, target or country filter with names made codes: "Russia, NATO" -> "RUS,NATO"."""
    out = []
    for part in values_of(value):
        if _is_actor_code(part.upper()):
            out.append(part.upper())
            continue
        codes = [code for code in ids_named(part) if _is_actor_code(code)]
        out.extend(codes or [part])
    return ",".join(dict.fromkeys(out))


def filter_from(values: dict[str, Any], empty_window: bool = False) -> EventFilter:
    """An EventFilter from a dict of option values (CLI or query string), ignoring Nones;
    codes in any case, states and organisations by code or name, several values of a
    field comma-separated. `since` after `until` is a QueryError unless `empty_window`
    (the API's, whose description cannot tie one parameter to another): then the filter
    simply matches nothing."""
    known = {f.name for f in fields(EventFilter)}
    given = {k: v for k, v in values.items() if k in known and v is not None}
    given = {k: _codes_named(v) if k in ("source", "target", "country") and isinstance(v, str) else v for k, v in given.items()}
    upper: dict[str, Any] = {k: v.upper() if k in CODES and isinstance(v, str) and v.isascii() else v for k, v in given.items()}
    try:
        flt = EventFilter(**upper).check()
    except QueryError:
        EventFilter(**given).check()  # the message names the value as it was given
        raise
    if not empty_window and flt.since and flt.until and flt.since > _end_of(flt.until):
        raise QueryError(f"since={flt.since!r} is after until={flt.until!r}: expected since <= until")
    return flt


def query_events(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Events matching the filter, newest first, with their article's title, outlet and url."""
    return list(iter_events(store, flt))


def iter_events(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """Like `query_events`, fetched a chunk at a time (every matching event when the
    filter's limit is None)."""
    flt.check()
    where, params = flt.where()
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    limit = flt.limit if flt.limit is not None else 2**62  # no bound, in SQLite and PostgreSQL alike
    yield from store.iter_rows(
        f"SELECT {columns}, a.title AS article_title, a.outlet, a.url, a.published FROM events e "
        f"JOIN articles a ON a.id = e.article_id{where} "
        f"{flt.order_by()} LIMIT ? OFFSET ?",
        [*params, limit, flt.offset],
    )


def count_events(store: Store, flt: EventFilter) -> int:
    flt.check()
    where, params = flt.where()
    return int(store.scalar(f"SELECT COUNT(*) FROM events e{where}", params))


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its events, actors, mentions, relations, topics and quotes, or None."""
    found = store.rows("SELECT * FROM articles WHERE id = ?", (article_id,))
    if not found:
        return None
    article = found[0]
    for table, order in (("events", "seq"), ("actors", "seq"), ("mentions", "seq"), ("relations", "seq"), ("topics", "code"),
                         ("quotes", "seq")):
        article[table] = store.rows(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", (article_id,))
    return article


# -- summaries: the dashboard's and the API's aggregate views --------------------------------

INTERVALS = ("day", "week", "month")
NETWORK_WEIGHTS = ("count", "goldstein")
MAX_PERIODS = 5000  # a timeline longer than this is cut to its latest periods
_QUADS = ", ".join(f"SUM(CASE WHEN e.quad_class = {q} THEN 1 ELSE 0 END) AS q{q}" for q in (1, 2, 3, 4))


def _scope(flt: EventFilter | None) -> tuple[str, list[Any]]:
    """The WHERE clause of a filter for an aggregate (its limit and offset do not apply)."""
    return (flt or EventFilter()).check().where()


def events_page(store: Store, flt: EventFilter) -> dict[str, Any]:
    """One page of events matching the filter, with the total that match."""
    return {"total": count_events(store, flt), "limit": flt.limit, "offset": flt.offset, "events": query_events(store, flt)}


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event (asserted or not) with its article's title, outlet and url, or None."""
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    found = store.rows(f"SELECT {columns}, a.title AS article_title, a.outlet, a.url, a.published FROM events e "
                       "JOIN articles a ON a.id = e.article_id WHERE e.id = ?", (event_id,))
    return found[0] if found else None


def period_of(date: str, interval: str) -> str | None:
    """The period a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in: the day, the Monday that
    starts its ISO week, or the month; None for a date that is none of these. A date
    known only to a month or a year counts in the first period of it."""
    from datetime import date as Date
    from datetime import timedelta

    if not DAY.match(date):
        return None
    year, month, day = ([int(p) for p in date.split("-")] + [1, 1])[:3]
    try:
        start = Date(year, month, day)
    except ValueError:
        return None
    if interval == "month":
        return start.isoformat()[:7]
    if interval == "week":
        start -= timedelta(days=start.weekday())
    return start.isoformat()


def _periods(first: str, last: str, interval: str) -> list[str]:
    """Every period from first to last, so that quiet periods show as zero."""
    from datetime import date as Date
    from datetime import timedelta

    if interval == "month":
        y, m = int(first[:4]), int(first[5:7])
        months = (int(last[:4]) - y) * 12 + int(last[5:7]) - m + 1
        if months > MAX_PERIODS:
            y, m = divmod(y * 12 + m - 1 + months - MAX_PERIODS, 12)
            m += 1
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    step = timedelta(days=7 if interval == "week" else 1)
    day, end = Date.fromisoformat(first), Date.fromisoformat(last)
    count = (end - day) // step + 1
    if count > MAX_PERIODS:
        day += step * (count - MAX_PERIODS)
    out = []
    while day <= end:
        out.append(day.isoformat())
        day += step
    return out


PRECISIONS = {"day": 0, "month": 1, "year": 2}  # how finely a date is known
_NEEDS = {"day": 0, "week": 0, "month": 1}  # the precision a period of each interval needs


def timeline(store: Store, flt: EventFilter | None = None, interval: str = "month", dyad: str | None = None) -> dict[str, Any]:
    """Events per day, week or month, with their Goldstein sum and counts by quad class
    (for a dyad, each direction's count too: `a_to_b` is from its first actor). Dates
    are kept at their precision and the window is where the data is:

    - `periods`: every period from the window's first to its last (quiet ones as
      zeros, at most MAX_PERIODS, the latest), each counting the events dated at
      least as finely as the interval (a day for day and week, a month for month);
    - `imprecise`: events known only to a coarser period ("2022" in a monthly
      timeline), one entry per period as written, never counted in its first month;
    - `apart`: events dated outside the window, which spans the dates of the events
      that are not recalled ("a treaty signed in 1949"), those known to a day or a
      month if there are any, so one old date or one year does not stretch the chart;
      `first` and `last` are the window's days.

    Undated events are left out."""
    if interval not in INTERVALS:
        raise QueryError(f"interval={interval!r}: expected one of {', '.join(INTERVALS)}")
    from dataclasses import replace

    scope = replace(flt or EventFilter(), dyad=dyad) if dyad else (flt or EventFilter())
    where, params = scope.check().where()
    where += (" AND " if where else " WHERE ") + "e.date IS NOT NULL"
    rows = store.rows(f"SELECT e.source, e.date, e.date_precision, e.modality, COUNT(*) AS n, SUM(e.goldstein) AS g, {_QUADS} "
                      f"FROM events e{where} GROUP BY e.source, e.date, e.date_precision, e.modality", params)
    a = dyad.split("-")[0] if dyad else None
    dated: list[tuple[dict[str, Any], str, str]] = []
    for r in rows:
        first, last = _span_of(r["date"])
        if first is not None and last is not None:
            dated.append((r, first, last))
    # the window: where the events not recalled are, those dated to a day or a month first (a year-only
    # event does not stretch it to January), else any
    fresh = [(r, f, t) for r, f, t in dated if r["modality"] != "recalled"] or dated
    current = [(f, t) for r, f, t in fresh if (r["date_precision"] or _precision_of(r["date"])) != "year"] or [(f, t) for _, f, t in fresh]
    if not current:
        return {"periods": [], "imprecise": [], "apart": [], "first": None, "last": None}
    window = (min(f for f, _ in current), max(t for _, t in current))
    buckets: dict[str, list[dict[str, Any]]] = {}
    imprecise: dict[tuple[str, str], list[dict[str, Any]]] = {}
    apart: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row, first, last in dated:
        precision = row["date_precision"] if row["date_precision"] in PRECISIONS else _precision_of(row["date"])
        if last < window[0] or first > window[1]:
            apart.setdefault((row["date"], precision), []).append(row)
        elif PRECISIONS[precision] > _NEEDS[interval]:
            imprecise.setdefault((row["date"], precision), []).append(row)
        else:
            period = period_of(row["date"], interval)
            if period is not None:
                buckets.setdefault(period, []).append(row)

    def tally(counts: list[dict[str, Any]]) -> dict[str, Any]:
        merged = _merge(counts)
        if a is None:
            return merged
        a_to_b = sum(int(r["n"]) for r in counts if r["source"] == a)
        return {**merged, "a_to_b": a_to_b, "b_to_a": merged["events"] - a_to_b}

    first_period, last_period = period_of(window[0], interval), period_of(window[1], interval)
    assert first_period is not None and last_period is not None
    return {
        "periods": [{"period": p, **tally(buckets.get(p, []))} for p in _periods(first_period, last_period, interval)],
        "imprecise": [{"date": d, "precision": pr, **tally(c)} for (d, pr), c in sorted(imprecise.items())],
        "apart": [{"date": d, "precision": pr, **tally(c)} for (d, pr), c in sorted(apart.items())],
        "first": window[0], "last": window[1],
    }


def _precision_of(date: str) -> str:
    return ("year", "month", "day")[min(date.count("-"), 2)]


def _span_of(date: str) -> tuple[str | None, str | None]:
    """The first and last day (YYYY-MM-DD) of the period a date names, or (None, None)."""
    import calendar

    if not DAY.match(date):
        return None, None
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        if not 1 <= parts[1] <= 12:
            return None, None
        return f"{date}-01", f"{date}-{calendar.monthrange(parts[0], parts[1])[1]:02d}"
    return date, date


def dyad_timeline(store: Store, dyad: str, interval: str = "month", flt: EventFilter | None = None) -> dict[str, Any]:
    """`timeline` of the events between two actors (either direction)."""
    return timeline(store, flt, interval, dyad=dyad)


def _directed_pairs(store: Store, flt: EventFilter | None) -> list[dict[str, Any]]:
    """Per (source, target): event count, story count, Goldstein sum and counts by quad class."""
    where, params = _scope(flt)
    return store.rows(f"SELECT e.source, e.target, COUNT(*) AS n, COUNT(DISTINCT e.story_id) AS st, SUM(e.goldstein) AS g, {_QUADS} "
                      f"FROM events e{where} GROUP BY e.source, e.target", params)


def _stories(pairs: list[dict[str, Any]]) -> int:
    """The stories of several directed pairs (a story is of one direction: they add up)."""
    return sum(int(p.get("st") or 0) for p in pairs)


def _merge(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """The tallies of several directed pairs added up."""
    quads = [sum(int(p[f"q{q}"] or 0) for p in pairs) for q in (1, 2, 3, 4)]
    return {"events": sum(int(p["n"]) for p in pairs), "goldstein": round(sum((float(p["g"] or 0) for p in pairs), 0.0), 2),
            "verbal_cooperation": quads[0], "material_cooperation": quads[1], "verbal_conflict": quads[2],
            "material_conflict": quads[3], "cooperation": quads[0] + quads[1], "conflict": quads[2] + quads[3]}


def top_dyads(store: Store, flt: EventFilter | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """The pairs of states with the most events (either direction), with their tallies."""
    pairs: dict[str, list[dict[str, Any]]] = {}
    for row in _directed_pairs(store, flt):
        pairs.setdefault("-".join(sorted((row["source"], row["target"]))), []).append(row)
    merged = [{"dyad": dyad, **_merge(rows), "stories": _stories(rows)} for dyad, rows in pairs.items()]
    return sorted(merged, key=lambda r: (-r["events"], r["dyad"]))[:limit]


def state_counts(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Every state in the events, most active first: events as source and as target,
    partners, Goldstein sum and cooperation vs conflict."""
    from .knowledge import states

    involved: dict[str, list[dict[str, Any]]] = {}
    for row in _directed_pairs(store, flt):
        for code in {row["source"], row["target"]}:
            involved.setdefault(code, []).append(row)
    names = states()
    out = []
    for code, rows in involved.items():
        partners = {r["target"] if r["source"] == code else r["source"] for r in rows} - {code}
        kind = "state" if code in names else "organisation"  # organisations are nodes of their own kind
        out.append({"state": code, "name": names.get(code) or display_name(code, code), "kind": kind, **_merge(rows),
                    "stories": _stories(rows),
                    "as_source": sum(int(r["n"]) for r in rows if r["source"] == code),
                    "as_target": sum(int(r["n"]) for r in rows if r["target"] == code), "partners": len(partners)})
    return sorted(out, key=lambda r: (-r["events"], r["state"]))


def actor_counts(store: Store, flt: EventFilter | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The actors named as source or target of events, most active first: one row per
    canonical actor (identity.py; an actor the knowledge base does not know is one row
    per name), with its id, its one display name, the names the articles use, its
    state, the role and office the articles give it, and its event and article counts."""
    where, params = _scope(flt)
    rows = store.rows(
        "SELECT MAX(actor_id) AS actor_id, MIN(name) AS name, country, COUNT(*) AS events, SUM(s) AS as_source, "
        "SUM(t) AS as_target, COUNT(DISTINCT article_id) AS articles FROM ("
        f"SELECT e.article_id, e.source_actor_id AS actor_id, e.source_actor AS name, e.source AS country, 1 AS s, 0 AS t "
        f"FROM events e{where} UNION ALL "
        f"SELECT e.article_id, e.target_actor_id AS actor_id, e.target_actor AS name, e.target AS country, 0 AS s, 1 AS t "
        f"FROM events e{where}"
        ") named WHERE name IS NOT NULL AND name <> '' GROUP BY COALESCE(actor_id, name), country "
        "ORDER BY COUNT(*) DESC, MIN(name), country LIMIT ?",
        [*params, *params, limit],
    )
    names = _actor_names(store, where, params)
    for r in rows:
        r["names"] = names.get((r["actor_id"] or r["name"], r["country"]), [r["name"]])
    roles = _actor_roles(store, [name for r in rows for name in r["names"]])
    none = {"role": None, "office": None}
    return [{"id": r["actor_id"], "name": display_name(r["actor_id"], r["name"]), "country": r["country"], "names": r["names"],
             "events": int(r["events"]), "as_source": int(r["as_source"]),
             "as_target": int(r["as_target"]), "articles": int(r["articles"]),
             **next((roles[(n, r["country"])] for n in r["names"] if (n, r["country"]) in roles), none)} for r in rows]


def _actor_names(store: Store, where: str, params: list[Any]) -> dict[tuple[str, str], list[str]]:
    """(actor id or name, state) -> the names the articles give that actor, most used first."""
    rows = store.rows(
        "SELECT actor_id, name, country, COUNT(*) AS n FROM ("
        f"SELECT e.source_actor_id AS actor_id, e.source_actor AS name, e.source AS country FROM events e{where} UNION ALL "
        f"SELECT e.target_actor_id AS actor_id, e.target_actor AS name, e.target AS country FROM events e{where}"
        ") named WHERE actor_id IS NOT NULL AND name IS NOT NULL GROUP BY actor_id, name, country "
        "ORDER BY COUNT(*) DESC, name", [*params, *params])
    out: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        out.setdefault((r["actor_id"], r["country"]), []).append(r["name"])
    return out


def _actor_roles(store: Store, names: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(name, country) -> the role and office most often given to that actor."""
    seen: dict[tuple[str, str], dict[tuple[Any, Any], int]] = {}
    unique = sorted(set(names))
    for i in range(0, len(unique), 500):
        chunk = unique[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in store.rows(f"SELECT name, country, role, office FROM actors WHERE name IN ({marks})", chunk):
            counts = seen.setdefault((row["name"], row["country"]), {})
            counts[(row["role"], row["office"])] = counts.get((row["role"], row["office"]), 0) + 1
    out = {}
    for key, counts in seen.items():
        role, office = max(counts.items(), key=lambda item: (item[1], str(item[0])))[0]
        out[key] = {"role": role, "office": office}
    return out


def network(store: Store, flt: EventFilter | None = None, weight: str = "count", min_events: int = 1) -> dict[str, Any]:
    """States as nodes and pairs of states as edges (either direction together), each
    edge weighted by its event count or its Goldstein sum; pairs with fewer than
    `min_events` events are left out, and so are states left with no edge."""
    if weight not in NETWORK_WEIGHTS:
        raise QueryError(f"weight={weight!r}: expected one of {', '.join(NETWORK_WEIGHTS)}")
    if min_events < 1:
        raise QueryError(f"min_events={min_events}: expected 1 or more")
    edges = []
    directed = {(r["source"], r["target"]): int(r["n"]) for r in _directed_pairs(store, flt)}
    for pair in top_dyads(store, flt, limit=100_000):
        if pair["events"] < min_events:
            continue
        a, b = pair["dyad"].split("-")  # an edge holds both directions: source and target are the pair's two ends
        edges.append({"source": a, "target": b, **pair, "a_to_b": directed.get((a, b), 0), "b_to_a": directed.get((b, a), 0),
                      "weight": pair["events"] if weight == "count" else pair["goldstein"]})
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = [s for s in state_counts(store, flt) if s["state"] in linked]
    return {"weight": weight, "nodes": nodes, "edges": edges}


def summary_stats(store: Store, flt: EventFilter | None = None) -> dict[str, Any]:
    """What the database holds: articles by status, events (asserted and not), states,
    actors, dyads, the date range, and events by quad class, CAMEO root and PLOVER type."""
    where, params = _scope(flt)
    pairs = _directed_pairs(store, flt)
    statuses = {r["status"]: int(r["n"]) for r in store.rows("SELECT status, COUNT(*) AS n FROM articles GROUP BY status ORDER BY status")}
    span = store.rows(f"SELECT MIN(e.date) AS first, MAX(e.date) AS last FROM events e{where}", params)[0]
    by_root = store.rows(f"SELECT e.cameo_root AS k, COUNT(*) AS n FROM events e{where} GROUP BY e.cameo_root ORDER BY e.cameo_root", params)
    by_plover = store.rows(f"SELECT e.plover AS k, COUNT(*) AS n FROM events e{where} GROUP BY e.plover ORDER BY COUNT(*) DESC, e.plover", params)
    actors = store.scalar(
        f"SELECT COUNT(*) FROM (SELECT COALESCE(e.source_actor_id, e.source_actor) AS name, e.source AS country FROM events e{where} UNION "
        f"SELECT COALESCE(e.target_actor_id, e.target_actor) AS name, e.target AS country FROM events e{where}) named "
        "WHERE name IS NOT NULL AND name <> ''",
        [*params, *params])
    return {
        "articles": sum(statuses.values()),
        "articles_by_status": statuses,
        "unasserted_events": int(store.scalar("SELECT COUNT(*) FROM events WHERE asserted = 0")),
        **_merge(pairs),
        "states": len({p["source"] for p in pairs} | {p["target"] for p in pairs}),
        "actors": int(actors or 0),
        "dyads": len({tuple(sorted((p["source"], p["target"]))) for p in pairs}),
        "stories": int(store.scalar(f"SELECT COUNT(DISTINCT e.story_id) FROM events e{where}", params) or 0),
        "first_date": span["first"],
        "last_date": span["last"],
        "by_root": {r["k"]: int(r["n"]) for r in by_root},
        "by_plover": {(r["k"] or "none"): int(r["n"]) for r in by_plover},
    }


ARTICLE_SORTS = ("published", "title", "outlet", "words", "events", "status")


def list_articles(store: Store, text: str | None = None, limit: int = 50, offset: int = 0, sort: str | None = None) -> dict[str, Any]:
    """Stored articles, newest first (or by `sort`: one of ARTICLE_SORTS, "-" first for
    descending), with their event counts; `text` keeps those whose title or text holds
    every word of it."""
    if sort is not None and sort.removeprefix("-") not in ARTICLE_SORTS:
        raise QueryError(f"sort={sort!r}: expected one of {', '.join(ARTICLE_SORTS)}, with '-' first for descending")
    if not 1 <= limit <= 1000:
        raise QueryError(f"limit={limit}: expected 1 to 1000")
    if offset < 0:
        raise QueryError(f"offset={offset}: expected 0 or more")
    clauses, params = [], []
    for word in (text or "").lower().split():
        clauses.append("(LOWER(a.title) LIKE ? OR LOWER(a.text) LIKE ?)")
        params += [f"%{word}%", f"%{word}%"]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(store.scalar(f"SELECT COUNT(*) FROM articles a{where}", params))
    rows = store.rows(
        "SELECT a.id, a.article_key, a.title, a.published, a.outlet, a.url, a.words, a.status, "
        "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND e.asserted = 1) AS events "
        f"FROM articles a{where} ORDER BY {_article_order(sort)}a.published IS NULL, a.published DESC, a.article_key, a.id "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return {"total": total, "limit": limit, "offset": offset, "articles": rows}


def _article_order(sort: str | None) -> str:
    if not sort:
        return ""
    column = sort.removeprefix("-")
    column = "events" if column == "events" else f"a.{column}"
    return f"{column} IS NULL, {column} {'DESC' if sort.startswith('-') else 'ASC'}, "


def article_with_evidence(store: Store, article_id: str) -> dict[str, Any] | None:
    """`get_article`, plus `evidence`: each event's trigger as (event id, start, end, the
    text there), the spans a reader highlights."""
    article = get_article(store, article_id)
    if article is None:
        return None
    text = article["text"]
    article["evidence"] = [
        {"event": e["id"], "start": e["span_start"], "end": e["span_end"], "text": text[e["span_start"]:e["span_end"]]}
        for e in article["events"]
        if e.get("span_start") is not None and e.get("span_end") is not None and 0 <= e["span_start"] <= e["span_end"] <= len(text)
    ]
    return article


# -- quotes and stories ------------------------------------------------------------------


def list_quotes(store: Store, country: str | None = None, speaker: str | None = None, text: str | None = None,
                limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes, newest article first: by the speaker's state (ISO3), part of the speaker's
    name, words in the quote. Each carries its article's id, title and date."""
    if country is not None and not ISO3.match(country):
        raise QueryError(f"country={country!r}: expected an ISO 3166 alpha-3 code such as CHN")
    clauses: list[str] = []
    params: list[Any] = []
    if country:
        clauses.append("q.speaker_country = ?")
        params.append(country)
    if speaker:
        clauses.append("LOWER(q.speaker) LIKE ?")
        params.append(f"%{speaker.lower()}%")
    for word in (text or "").lower().split():
        clauses.append("LOWER(q.text) LIKE ?")
        params.append(f"%{word}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return store.rows(
        f"SELECT q.*, a.title AS article_title, a.published FROM quotes q JOIN articles a ON a.id = q.article_id{where} "
        "ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.seq LIMIT ? OFFSET ?", [*params, limit, offset])


def list_stories(store: Store, dyad: str | None = None, min_articles: int = 1, since: str | None = None,
                 until: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Stories (one event however many articles report it), most reported first."""
    flt = EventFilter(dyad=dyad, since=since, until=until).check()
    clauses: list[str] = ["s.num_articles >= ?"]
    params: list[Any] = [min_articles]
    if flt.dyad:
        a, b = flt.dyad.split("-")
        clauses.append("((s.source = ? AND s.target = ?) OR (s.source = ? AND s.target = ?))")
        params += [a, b, b, a]
    if flt.since:
        clauses.append("s.date >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("s.date <= ?")
        params.append(_end_of(flt.until))
    return store.rows(
        f"SELECT s.* FROM stories s WHERE {' AND '.join(clauses)} "
        "ORDER BY s.num_articles DESC, s.date IS NULL, s.date DESC, s.story_id LIMIT ? OFFSET ?", [*params, limit, offset])


def place_counts(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Where the events took place: each place (a city with coordinates, or a whole
    state) with its event count and counts by quad class, most events first."""
    where, params = _scope(flt)
    where += (" AND " if where else " WHERE ") + "e.location IS NOT NULL"
    rows = store.rows(f"SELECT e.location, e.location_country, MIN(e.lat) AS lat, MIN(e.lon) AS lon, COUNT(*) AS n, "
                      f"SUM(e.goldstein) AS g, {_QUADS} FROM events e{where} GROUP BY e.location, e.location_country", params)
    out = [{"location": r["location"], "country": r["location_country"], "lat": r["lat"], "lon": r["lon"], **_merge([r])} for r in rows]
    return sorted(out, key=lambda r: (-r["events"], r["location"]))
