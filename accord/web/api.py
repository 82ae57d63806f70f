"""The REST API under /api: each route parses its parameters, calls one function of
`accord.query` (or the coder) and renders the result as JSON or, for lists, CSV."""

from __future__ import annotations

import io
import re
from dataclasses import asdict, replace
from pathlib import Path as Path_
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import Response

from .. import knowledge, query
from ..export import write_export
from ..store import Store
from . import models
from .app import (
    STREAMED_PAGE,
    WebError,
    code_within_budget,
    config_of,
    csv_download,
    read_store,
    streamed_export,
    streamed_json_page,
    write_store,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.Error, "description": "a parameter is not one Accord can use; `detail` says what is expected"},
    422: {"model": models.Error, "description": "a parameter or body field has the wrong type or form"},
}
CSV: dict[int | str, dict[str, Any]] = {
    **ERRORS, 200: {"content": {"text/csv": {"schema": {"type": "string"}},
                                "application/x-ndjson": {"schema": {"type": "string"}},
                                "application/vnd.apache.parquet": {"schema": {"type": "string", "format": "binary"}}},
                    "description": "JSON; CSV with format=csv or the .csv path; JSON Lines or Parquet with format=jsonl or parquet"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {**ERRORS, 404: {"model": models.Error, "description": "no such record"}}
Format = Annotated[Literal["json", "csv", "jsonl", "parquet"], Query(description="json (default), csv, jsonl or parquet")]


def plain_parameters(request: Request) -> None:
    """A parameter given more than once (`country=USA&country=CHN`) is refused with a
    400, never cut to one of its values: every parameter of the API takes one value. A
    value holding a NUL character is refused with a 400 too (the description's patterns
    say so: no text of the database holds one)."""
    for name in dict.fromkeys(request.query_params.keys()):
        values = request.query_params.getlist(name)
        if len(values) > 1:
            raise query.QueryError(f"{name} is given {len(values)} times ({', '.join(values)}); expected it once "
                                   f"(a filter takes several values in one, comma-separated: {name}={','.join(values)})")
        if "\x00" in values[0]:
            raise query.QueryError(f"{name}: a NUL character is not allowed")


router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS, dependencies=[Depends(plain_parameters)])

# -- the vocabularies of the parameters ---------------------------------------------------
# Each is a schema of the description's components, written from the knowledge Accord
# checks a value against (knowledge/states.csv, organisations.csv, plover.yaml; the
# columns of `query` and of the records in `models`), so the description says exactly
# which values the checks of `query` take: a value it allows is answered, one it does
# not is a 400 naming what was expected (or a 422 from the framework: a type, a length).
# Parameters name theirs with "x-vocabulary"; `describe_vocabularies` puts the $ref.

def _one_of(words: Any, any_case: bool = False) -> str:
    """A regular expression of the words, as a trie (AU|AUS|AUT: AU(?:S|T)?): short, and
    quick to draw from for a generator of test cases."""
    def branch(words: list[str]) -> str:
        heads: dict[str, list[str]] = {}
        for word in words:
            heads.setdefault(word[:1], []).append(word[1:])
        ends = heads.pop("", None) is not None
        alternatives = [re.escape(head) + branch(rests) for head, rests in sorted(heads.items())]
        if not alternatives:
            return ""
        if len(alternatives) == 1 and not ends:
            return alternatives[0]
        if len(alternatives) == 1 and len(alternatives[0]) == 1:
            return alternatives[0] + "?"
        return f"(?:{'|'.join(alternatives)})" + ("?" if ends else "")

    return ("(?i:" if any_case else "(?:") + branch(sorted(set(words))) + ")"


def _list_of(item: str) -> str:
    """Values comma-separated, each padded with spaces or not (empty ones ignored), or nothing."""
    return rf"^\s*(?:{item}\s*)?(?:,\s*(?:{item}\s*)?)*{models.END}"  # unambiguous: no backtracking over spaces


def _sorts(columns: Any) -> str:
    return f"^(?:-?{_one_of(columns)})?{models.END}"


def _actor_codes() -> list[str]:
    return sorted(knowledge.states()) + sorted(query.organisation_codes())


DYAD_LENGTH = 2 * max(len(code) for code in _actor_codes()) + 1
LONG_SORT, LONG_TEXT = 40, 200
SORTS = {"EventSort": query.SORTS, "ArticleSort": query.ARTICLE_SORTS, "QuoteSort": models.columns(models.Quote),
         "StorySort": models.columns(models.Story), "ActorSort": models.columns(models.Actor),
         "StateSort": models.columns(models.State), "DyadSort": models.columns(models.Dyad), "PlaceSort": models.columns(models.Place)}


def vocabularies() -> dict[str, dict[str, Any]]:
    """The components' schemas of the parameters' vocabularies, by name."""
    code = _one_of(_actor_codes(), any_case=True)
    text = {"type": "string", "maxLength": LONG_TEXT}
    found = {
        "ActorCodes": {**text, "pattern": _list_of(code),
                       "description": "codes of states (ISO alpha-3, knowledge/states.csv) or organisations "
                                      "(knowledge/organisations.csv), any case, comma-separated; a name the knowledge "
                                      "base knows for one (China, Russia) stands for its code"},
        "DyadFilter": {**text, "pattern": f"^(?:{code}-{code})?{models.END}", "description": "two actors' codes joined by '-', any case"},
        "DyadPath": {"type": "string", "maxLength": DYAD_LENGTH, "pattern": f"^{code}-{code}{models.END}",
                     "description": "two actors' codes joined by '-', any case"},
        "CameoRoots": {**text, "pattern": _list_of("(?:0[1-9]|1[0-9]|20)"), "description": "CAMEO roots, 01 to 20, comma-separated"},
        "CameoCode": {**text, "pattern": f"^(?:[0-9]{{2,4}})?{models.END}", "description": "a CAMEO code or its prefix, 2 to 4 digits"},
        "PloverTypes": {**text, "pattern": _list_of(_one_of(knowledge.plover_types(), any_case=True)),
                        "description": f"PLOVER types (knowledge/plover.yaml), any case, comma-separated: {', '.join(sorted(knowledge.plover_types()))}"},
        "Modalities": {**text, "pattern": _list_of(_one_of(query.MODALITIES)),
                       "description": f"modalities, comma-separated: {', '.join(query.MODALITIES)}"},
        "Period": {**text, "pattern": f"^{models.PERIOD}?{models.END}",
                   "description": "YYYY, YYYY-MM or YYYY-MM-DD: a year from 0001, a month 01 to 12, a day of that month"},
        "FreeText": {**text, "pattern": models.NO_NUL, "description": "any text without a NUL character"},
        "QuoteCountry": {**text, "pattern": f"^(?:[A-Za-z]{{3}})?{models.END}", "description": "an ISO alpha-3 code, any case"},
    }
    for name, columns in SORTS.items():
        found[name] = {"type": "string", "maxLength": LONG_SORT, "pattern": _sorts(columns),
                       "description": f"one of {', '.join(columns)}; '-' first for descending"}
    return found


def describe_vocabularies(app: FastAPI) -> None:
    """Make the app's OpenAPI description give each parameter that names a vocabulary
    that vocabulary's schema, by $ref (a pattern of hundreds of codes is written once)."""
    plain = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = plain()
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            if clash := set(schemas) & set(vocabularies()):
                raise ValueError(f"a vocabulary is named as a model: {', '.join(sorted(clash))}")
            schemas.update(vocabularies())
            for operations in spec.get("paths", {}).values():
                for operation in operations.values():
                    for parameter in operation.get("parameters", []):
                        schema = parameter.get("schema", {})
                        if name := schema.get("x-vocabulary"):
                            parameter["schema"] = {"$ref": f"#/components/schemas/{name}"}
                            if schema.get("examples"):
                                parameter["example"] = schema["examples"][0]
        return app.openapi_schema or plain()

    app.openapi = openapi  # type: ignore[method-assign]


PAGE_SIZE = 50  # the one default page size of every list
PageLimit = Annotated[int, Query(ge=1, le=1000, description="records per page (default 50)")]
PageOffset = Annotated[int, Query(ge=0, le=1_000_000_000)]


def _text(description: str, vocabulary: str = "FreeText", example: str | None = None, max_length: int = LONG_TEXT) -> Any:
    """A text parameter of a vocabulary: its length is checked here (422), its values by
    `query` (400) with the message people read; the description gives the vocabulary."""
    return Query(max_length=max_length, description=description, json_schema_extra={"x-vocabulary": vocabulary},
                 examples=[example] if example else None)


def _sort(vocabulary: str) -> Any:
    return _text(f"the column to sort by: one of {', '.join(SORTS[vocabulary])}; '-' first for descending", vocabulary,
                 max_length=LONG_SORT)


ArticleSort = Annotated[str | None, _sort("ArticleSort")]
QuoteSort = Annotated[str | None, _sort("QuoteSort")]
StorySort = Annotated[str | None, _sort("StorySort")]
ActorSort = Annotated[str | None, _sort("ActorSort")]
StateSort = Annotated[str | None, _sort("StateSort")]
DyadSort = Annotated[str | None, _sort("DyadSort")]
PlaceSort = Annotated[str | None, _sort("PlaceSort")]


def _code(value: str | None) -> str | None:
    """A code as given, in capitals; an empty value (an empty form field) is no filter."""
    return (value.upper() if value.isascii() else value) if value else None


def event_scope(
    dyad: Annotated[str | None, _text("two actors in either direction", "DyadFilter", "CHN-RUS")] = None,
    actor: Annotated[str | None, _text("part of an actor's name, any case", example="Wang Yi")] = None,
    source: Annotated[str | None, _text("ISO alpha-3 of the source state, or an organisation's code", "ActorCodes", "CHN")] = None,
    target: Annotated[str | None, _text("ISO alpha-3 of the target state, or an organisation's code", "ActorCodes", "RUS")] = None,
    country: Annotated[str | None, _text("ISO alpha-3 of a state as source or target, or an organisation's code",
                                         "ActorCodes", "USA")] = None,
    root: Annotated[str | None, _text("CAMEO root code, 01 to 20", "CameoRoots", "04")] = None,
    cameo: Annotated[str | None, _text("CAMEO code or prefix", "CameoCode", "042")] = None,
    plover: Annotated[str | None, _text("PLOVER type", "PloverTypes", "CONSULT")] = None,
    quad_class: Annotated[int | None, Query(description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
                                            json_schema_extra={"minimum": 1, "maximum": 4})] = None,
    modality: Annotated[str | None, _text(f"one of {', '.join(query.MODALITIES)}", "Modalities", "asserted")] = None,
    since: Annotated[str | None, _text("from this date on, YYYY, YYYY-MM or YYYY-MM-DD (after until: no events)",
                                       "Period", "2021-01")] = None,
    until: Annotated[str | None, _text("up to this date, YYYY, YYYY-MM or YYYY-MM-DD", "Period", "2021-12-31")] = None,
    text: Annotated[str | None, _text("words that must all be in the evidence sentence", example="vaccine")] = None,
    article: Annotated[str | None, _text("an article id")] = None,
    include_unasserted: Annotated[bool, Query(description="negated and hypothetical acts too")] = False,
) -> query.EventFilter:
    """The event filter of a request (its limit and offset apply to /api/events only)."""
    values: dict[str, Any] = {
        "dyad": _code(dyad), "actor": actor or None, "source": _code(source), "target": _code(target), "country": _code(country),
        "root": root or None, "cameo": cameo or None, "plover": _code(plover), "quad_class": quad_class, "modality": modality or None,
        "since": since or None, "until": until or None, "text": text or None, "article": article or None,
        "include_unasserted": include_unasserted,
    }
    return query.filter_from(values, empty_window=True)


def event_page(
    flt: Annotated[query.EventFilter, Depends(event_scope)],
    limit: Annotated[int, Query(description="events per page, 1 to 100000 (default 50)",
                                json_schema_extra={"minimum": 1, "maximum": 100_000})] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="events to skip")] = 0,
    sort: Annotated[str | None, _text(f"one of {', '.join(query.SORTS)}; '-' first for descending (default: newest first)",
                                      "EventSort", max_length=LONG_SORT)] = None,
) -> query.EventFilter:
    return replace(flt, limit=limit, offset=offset, sort=sort or None).check()


Scope = Annotated[query.EventFilter, Depends(event_scope)]
Reader = Annotated[Store, Depends(read_store)]


def page_of(request: Request, name: str, rows: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    """The one envelope of every list: the page's records under `name`, the total that
    match, the page's limit and offset, and the URL of the next page (null on the last)."""
    following = None
    if offset + len(rows) < total:
        following = str(request.url.include_query_params(offset=offset + limit))
    return {"total": total, "limit": limit, "offset": offset, "next": following, name: rows}


def sliced(request: Request, name: str, rows: list[dict[str, Any]], limit: int, offset: int, sort: str | None,
           vocabulary: str) -> dict[str, Any]:
    """A page of a whole list (an aggregate), sorted by one of its columns (SORTS[vocabulary]) if asked."""
    if sort:
        key = sort.removeprefix("-")
        if key not in SORTS[vocabulary]:
            raise query.QueryError(f"sort={sort!r}: expected one of {', '.join(SORTS[vocabulary])}, with '-' first for descending")
        present = [r for r in rows if r.get(key) is not None]
        present.sort(key=lambda r: r[key], reverse=sort.startswith("-"))
        rows = present + [r for r in rows if r.get(key) is None]
    return page_of(request, name, rows[offset:offset + limit], len(rows), limit, offset)


def rendered(request: Request, data: Any, rows: list[dict[str, Any]], fmt: str, name: str) -> Any:
    """The data as JSON (returned for FastAPI to validate), or its rows as a CSV download
    when asked by `format=csv` or a path ending in .csv."""
    if fmt not in ("csv", "jsonl", "parquet") and not request.url.path.endswith(".csv"):
        return data
    headers = {"X-Total-Count": str(data["total"])} if isinstance(data, dict) and "total" in data else {}
    if fmt in ("jsonl", "parquet"):  # the rows as `accord export` writes other tables
        return _file_of(rows, fmt, name, headers)
    return csv_download(({k: _cell(v) for k, v in row.items()} for row in rows), name, headers)


def _one_type_a_column(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with one type in each column, as Parquet needs: a column that mixes text
    and numbers (the figures of /api/stats) is written as text."""
    kinds: dict[str, set[type]] = {}
    for row in rows:
        for key, value in row.items():
            if value is not None:
                kinds.setdefault(key, set()).add(float if isinstance(value, int | float) and not isinstance(value, bool) else type(value))
    mixed = {key for key, seen in kinds.items() if len(seen) > 1}
    return [{k: str(v) if k in mixed and v is not None else v for k, v in row.items()} for row in rows]


def _file_of(rows: list[dict[str, Any]], fmt: str, name: str, headers: dict[str, str], schema: bool = False) -> Response:
    """Rows as a JSON Lines or Parquet download (`schema`: rows of events, in the export's columns)."""
    headers = {**headers, "Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    if fmt == "parquet":
        import tempfile

        rows = _one_type_a_column(rows)
        with tempfile.NamedTemporaryFile(suffix=".parquet") as handle:
            write_export(iter(rows), fmt, path=handle.name, schema=schema)
            return Response(Path_(handle.name).read_bytes(), media_type=MEDIA[fmt], headers=headers)
    out = io.StringIO()
    write_export(iter(rows), fmt, out, schema=schema)
    return Response(out.getvalue(), media_type=MEDIA[fmt], headers=headers)


def _cell(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    return value


@router.get("/events", response_model=models.EventPage, responses=CSV, summary="Events matching a filter, a page at a time")
@router.get("/events.json", response_model=models.EventPage, responses=CSV, summary="Events matching a filter, as JSON")
@router.get("/events.csv", response_model=models.EventPage, responses=CSV,
            summary="Events matching a filter, as CSV: the columns of `accord export --format csv`")
def events(request: Request, store: Reader, flt: Annotated[query.EventFilter, Depends(event_page)], format: Format = "json") -> Any:
    if format in ("jsonl", "parquet"):
        return export_events(store, format, flt)
    if format == "csv" or request.url.path.endswith(".csv"):
        from ..export import export_rows

        headers = {"Content-Disposition": 'attachment; filename="events.csv"',
                   "X-Total-Count": str(query.count_events(store, flt))}
        return streamed_export(export_rows(store, flt, paged=True), "csv", "text/csv; charset=utf-8", headers)
    limit = flt.limit or PAGE_SIZE
    if limit > STREAMED_PAGE:  # a long page is written while it is sent, in bounded memory
        total = query.count_events(store, flt)
        following = str(request.url.include_query_params(offset=flt.offset + limit)) if flt.offset + limit < total else None
        envelope = {"total": total, "limit": limit, "offset": flt.offset, "next": following}
        return streamed_json_page(envelope, "events", query.iter_events(store, flt), models.Event)
    found = query.events_page(store, flt)
    return page_of(request, "events", found["events"], found["total"], limit, flt.offset)


ExportFormat = Annotated[Literal["csv", "jsonl", "parquet", "gdelt", "plover"], Path(description="a format of `accord export`")]
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet",
         "gdelt": "text/tab-separated-values; charset=utf-8", "plover": "application/x-ndjson"}
SUFFIX = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "gdelt": "tsv", "plover": "plover.jsonl"}


@router.get("/export/{fmt}", response_class=Response, responses={**ERRORS, 200: {"description": "the events in the format"}},
            summary="The events of a filter (a page of them: limit, offset, sort) in any format of `accord export`")
def export_events(store: Reader, fmt: ExportFormat, flt: Annotated[query.EventFilter, Depends(event_page)]) -> Response:
    from ..export import export_rows

    headers = {"Content-Disposition": f'attachment; filename="events.{SUFFIX[fmt]}"',
               "X-Total-Count": str(query.count_events(store, flt))}
    if fmt == "parquet":
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".parquet") as handle:
            write_export(export_rows(store, flt, paged=True), fmt, path=handle.name)
            body: bytes | str = Path_(handle.name).read_bytes()
        return Response(body, media_type=MEDIA[fmt], headers=headers)
    return streamed_export(export_rows(store, flt, paged=True), fmt, MEDIA[fmt], headers)


@router.get("/events/{event_id}", response_model=models.Event, responses=NOT_FOUND, summary="One event")
def event(store: Reader, event_id: Annotated[str, Path(max_length=LONG_TEXT)]) -> Any:
    found = query.get_event(store, event_id)
    if found is None:
        raise WebError(f"no event {event_id!r}", 404)
    return found


@router.get("/articles", response_model=models.ArticleList, responses=CSV, summary="Stored articles, newest first")
@router.get("/articles.json", response_model=models.ArticleList, responses=CSV, summary="Stored articles, as JSON")
@router.get("/articles.csv", response_model=models.ArticleList, responses=CSV, summary="Stored articles, as CSV")
def articles(request: Request, store: Reader,
             text: Annotated[str | None, _text("words that must all be in the title or text")] = None,
             limit: PageLimit = PAGE_SIZE, offset: PageOffset = 0, sort: ArticleSort = None,
             format: Format = "json") -> Any:
    found = query.list_articles(store, text, limit, offset, sort or None)
    page = page_of(request, "articles", found["articles"], found["total"], limit, offset)
    return rendered(request, page, page["articles"], format, "articles")


@router.get("/articles/{article_id}", response_model=models.Article, responses=NOT_FOUND,
            summary="One article with its text, events, actors, mentions and evidence spans")
def article(store: Reader, article_id: Annotated[str, Path(max_length=LONG_TEXT)]) -> Any:
    found = query.article_with_evidence(store, article_id)
    if found is None:
        raise WebError(f"no article {article_id!r}", 404)
    return found


@router.get("/quotes", response_model=models.QuotePage, responses=CSV, summary="Quotes with their speakers, newest first")
@router.get("/quotes.json", response_model=models.QuotePage, responses=CSV, summary="Quotes with their speakers, as JSON")
@router.get("/quotes.csv", response_model=models.QuotePage, responses=CSV, summary="Quotes with their speakers, as CSV")
def quotes(request: Request, store: Reader,
           country: Annotated[str | None, _text("ISO alpha-3 of the speaker's state", "QuoteCountry", "CHN")] = None,
           speaker: Annotated[str | None, _text("part of the speaker's name, any case", example="Xi")] = None,
           text: Annotated[str | None, _text("words that must all be in the quote")] = None,
           limit: PageLimit = PAGE_SIZE, offset: PageOffset = 0, sort: QuoteSort = None,
           format: Format = "json") -> Any:
    rows = query.list_quotes(store, _code(country), speaker, text, 10**9, 0)
    page = sliced(request, "quotes", rows, limit, offset, sort, "QuoteSort")
    return rendered(request, page, page["quotes"], format, "quotes")


@router.get("/stories", response_model=models.StoryPage, responses=CSV,
            summary="Stories: one event however many articles report it, most reported first")
@router.get("/stories.json", response_model=models.StoryPage, responses=CSV, summary="Stories, as JSON")
@router.get("/stories.csv", response_model=models.StoryPage, responses=CSV, summary="Stories, as CSV")
def stories(request: Request, store: Reader,
            dyad: Annotated[str | None, _text("two actors in either direction", "DyadFilter", "CHN-USA")] = None,
            min_articles: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            since: Annotated[str | None, _text("from this date on (after until: no stories)", "Period", "2021-01")] = None,
            until: Annotated[str | None, _text("up to this date", "Period", "2021-12-31")] = None,
            limit: PageLimit = PAGE_SIZE, offset: PageOffset = 0, sort: StorySort = None,
            format: Format = "json") -> Any:
    rows = query.list_stories(store, _code(dyad), min_articles, since or None, until or None, 10**9, 0)
    page = sliced(request, "stories", rows, limit, offset, sort, "StorySort")
    return rendered(request, page, page["stories"], format, "stories")


@router.get("/actors", response_model=models.ActorPage, responses=CSV,
            summary="Actors of the events, most active first: one per canonical actor")
@router.get("/actors.json", response_model=models.ActorPage, responses=CSV, summary="Actors of the events, as JSON")
@router.get("/actors.csv", response_model=models.ActorPage, responses=CSV, summary="Actors of the events, as CSV")
def actors(request: Request, store: Reader, flt: Scope, limit: PageLimit = PAGE_SIZE, offset: PageOffset = 0,
           sort: ActorSort = None,
           format: Format = "json") -> Any:
    page = sliced(request, "actors", query.actor_counts(store, flt, 10**9), limit, offset, sort, "ActorSort")
    return rendered(request, page, page["actors"], format, "actors")


@router.get("/states", response_model=models.StatePage, responses=CSV, summary="States with their event counts")
@router.get("/states.json", response_model=models.StatePage, responses=CSV, summary="States with their event counts, as JSON")
@router.get("/states.csv", response_model=models.StatePage, responses=CSV, summary="States with their event counts, as CSV")
def states(request: Request, store: Reader, flt: Scope, limit: PageLimit = PAGE_SIZE, offset: PageOffset = 0,
           sort: StateSort = None,
           format: Format = "json") -> Any:
    page = sliced(request, "states", query.state_counts(store, flt), limit, offset, sort, "StateSort")
    return rendered(request, page, page["states"], format, "states")


@router.get("/dyads", response_model=models.DyadPage, responses=CSV, summary="Pairs of actors with the most events")
@router.get("/dyads.json", response_model=models.DyadPage, responses=CSV, summary="Pairs of actors with the most events, as JSON")
@router.get("/dyads.csv", response_model=models.DyadPage, responses=CSV, summary="Pairs of actors with the most events, as CSV")
def dyads(request: Request, store: Reader, flt: Scope, limit: PageLimit = PAGE_SIZE, offset: PageOffset = 0,
          sort: DyadSort = None,
          format: Format = "json") -> Any:
    page = sliced(request, "dyads", query.top_dyads(store, flt, limit=10**9), limit, offset, sort, "DyadSort")
    return rendered(request, page, page["dyads"], format, "dyads")


Interval = Annotated[Literal["day", "week", "month"], Query(description="the length of a period")]
DyadPath = Annotated[str, Path(max_length=DYAD_LENGTH, description="two actors' codes joined by '-': states' ISO alpha-3 codes or "
                                                                  "organisations' codes, e.g. CHN-RUS, NATO-RUS",
                               json_schema_extra={"x-vocabulary": "DyadPath"})]


@router.get("/dyads/{pair}/timeline", response_model=models.Timeline, responses=CSV,
            summary="Events of a dyad per day, week or month: counts, Goldstein sums, cooperation vs conflict")
@router.get("/dyads/{pair}/timeline.json", response_model=models.Timeline, responses=CSV, summary="A dyad's timeline, as JSON")
@router.get("/dyads/{pair}/timeline.csv", response_model=models.Timeline, responses=CSV, summary="A dyad's timeline, as CSV")
def timeline(request: Request, store: Reader, pair: DyadPath, flt: Scope, interval: Interval = "month", format: Format = "json") -> Any:
    dyad = pair.upper() if pair.isascii() else pair
    found = query.dyad_timeline(store, dyad, interval, flt)
    return rendered(request, {"dyad": dyad, "interval": interval, **found}, timeline_rows(found), format, f"timeline-{dyad}")


@router.get("/timeline", response_model=models.Timeline, responses=CSV,
            summary="Events of the filter per day, week or month, by quad class; imprecise dates and dates apart kept apart")
@router.get("/timeline.json", response_model=models.Timeline, responses=CSV, summary="The events' timeline, as JSON")
@router.get("/timeline.csv", response_model=models.Timeline, responses=CSV, summary="The events' timeline, as CSV")
def events_timeline(request: Request, store: Reader, flt: Scope, interval: Interval = "month", format: Format = "json") -> Any:
    found = query.timeline(store, flt, interval)
    return rendered(request, {"dyad": None, "interval": interval, **found}, timeline_rows(found), format, "timeline")


def timeline_rows(found: dict[str, Any]) -> list[dict[str, Any]]:
    """A timeline as the chart shows it, one row each: the periods, then the events known
    only to a coarser period and those apart, `band` saying which."""
    rows = [{"band": "period", "precision": None, **p} for p in found["periods"]]
    for band in ("imprecise", "apart"):
        rows += [{"band": band, "period": x["date"], **{k: v for k, v in x.items() if k != "date"}} for x in found[band]]
    return rows


@router.get("/places", response_model=models.PlacePage, responses=CSV, summary="Where the events took place, with their counts")
@router.get("/places.json", response_model=models.PlacePage, responses=CSV, summary="Where the events took place, as JSON")
@router.get("/places.csv", response_model=models.PlacePage, responses=CSV, summary="Where the events took place, as CSV")
def places(request: Request, store: Reader, flt: Scope, limit: PageLimit = PAGE_SIZE, offset: PageOffset = 0,
           sort: PlaceSort = None,
           format: Format = "json") -> Any:
    page = sliced(request, "places", query.place_counts(store, flt), limit, offset, sort, "PlaceSort")
    return rendered(request, page, page["places"], format, "places")


@router.get("/network", response_model=models.Network, responses=CSV,
            summary="States as nodes, pairs of states as edges weighted by event count or Goldstein sum (CSV: the edges)")
@router.get("/network.json", response_model=models.Network, responses=CSV, summary="The network, as JSON")
@router.get("/network.csv", response_model=models.Network, responses=CSV, summary="The network's edges, as CSV")
def network(request: Request, store: Reader, flt: Scope,
            weight: Annotated[Literal["count", "goldstein"], Query(description="what an edge's weight is")] = "count",
            min_events: Annotated[int, Query(ge=1, le=1_000_000, description="leave out pairs with fewer events")] = 1,
            format: Format = "json") -> Any:
    data = query.network(store, flt, weight, min_events)
    return rendered(request, data, data["edges"], format, "network")


@router.get("/stats", response_model=models.Stats, responses=CSV, summary="Summary statistics (CSV: one row per figure)")
@router.get("/stats.json", response_model=models.Stats, responses=CSV, summary="Summary statistics, as JSON")
@router.get("/stats.csv", response_model=models.Stats, responses=CSV, summary="Summary statistics, as CSV")
def stats(request: Request, store: Reader, flt: Scope, format: Format = "json") -> Any:
    data = query.summary_stats(store, flt)
    rows = [{"figure": f"{key}.{k}", "value": v} for key, value in data.items() if isinstance(value, dict) for k, v in value.items()]
    rows = [{"figure": key, "value": value} for key, value in data.items() if not isinstance(value, dict)] + rows
    return rendered(request, data, rows, format, "stats")


TOO_LARGE: dict[int | str, dict[str, Any]] = {**ERRORS, 413: {"model": models.Error, "description": "the text or body is over the size limit"},
                                            429: {"model": models.Error, "description": "the coder is busy; try again"},
                                            503: {"model": models.Error, "description": "coding took longer than the server's extract_seconds"}}


def _article(request: Request, body: models.ArticleIn) -> Any:
    from ..read import parse_text

    limit = config_of(request).max_text
    if len(body.text) > limit:
        raise WebError(f"text is {len(body.text):,} characters, over the limit of {limit:,}", 413)
    article = parse_text(body.text, article_id="pasted", origin="web")
    return replace(article, published=body.date or article.published, title=body.title or article.title,
                   source=body.source, url=body.url)


@router.post("/extract", response_model=models.Extraction, responses=TOO_LARGE,
             summary="Code a pasted article and return its events, actors and mentions; nothing is stored")
def extract(request: Request, body: models.ArticleIn) -> Any:
    article = _article(request, body)
    extraction = code_within_budget(request, article)
    data = extraction.to_dict()
    for key in ("events", "unasserted_events", "quotes"):  # one span convention: start and end, as /api/events has them
        data[key] = [spans_flat(record) for record in data.get(key, [])]
    return {**data, "text": article.text, "mentions": [asdict(m) for m in extraction.mentions]}


SPANS = {"span": "span", "source_span": "source", "target_span": "target", "speaker_span": "speaker"}


def spans_flat(record: dict[str, Any]) -> dict[str, Any]:
    """A record with each [start, end] span as two fields, `span_start` and `span_end`
    (`source_start`, `source_end` ...), the columns of the stored events."""
    out = {k: v for k, v in record.items() if k not in SPANS}
    for key, prefix in SPANS.items():
        if key in record:
            span = record[key]
            out[f"{prefix}_start"], out[f"{prefix}_end"] = (span[0], span[1]) if span else (None, None)
    return out


@router.post("/articles", response_model=models.Stored, status_code=200,
             responses={**TOO_LARGE, 403: {"model": models.Error, "description": "the server is read-only"}},
             summary="Code and store one article (only when the server runs with --allow-writes)")
def store_article(request: Request, body: models.ArticleIn, store: Annotated[Store, Depends(write_store)]) -> Any:
    from ..ingest import content_id, ingest_article

    article = _article(request, body)
    summary = ingest_article(article, store)
    article_id = content_id(article)
    status = "unchanged" if summary.unchanged else "skipped" if summary.skipped else "coded"
    events = query.count_events(store, query.EventFilter(article=article_id))
    return {"article_id": article_id, "status": status, "events": events}
