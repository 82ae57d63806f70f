"""The dashboard: server-rendered pages over the same query functions as the API. Charts
and the network are drawn in the browser by static/app.js from the API's JSON."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from .. import query
from ..identity import display_name
from ..knowledge import cameo_codes, organisations, plover_types, states
from ..store import Store
from .app import WebError, config_of, read_store

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Reader = Annotated[Store, Depends(read_store)]
FILTER_FIELDS = ("dyad", "actor", "source", "target", "country", "root", "cameo", "plover", "quad_class", "modality",
                 "since", "until", "text", "sort")
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PAGE_SIZE = 50


def page(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    names = {**{o.code: o.name for o in organisations()}, **states()}
    base = {"state_names": names, "cameo": cameo_codes(), "quad_classes": QUAD_CLASSES, "allow_writes": config_of(request).allow_writes,
            "roots": {f"{i:02d}": cameo_codes()[f"{i:02d}0"].name for i in range(1, 21) if f"{i:02d}0" in cameo_codes()},
            "plover_names": plover_types(), "actor_label": display_name}
    return templates.TemplateResponse(request, template, {**base, **context}, status_code=status)


def filter_values(request: Request) -> dict[str, Any]:
    """The filter fields given in the query string, as typed (empty ones left out)."""
    return {name: request.query_params[name].strip() for name in FILTER_FIELDS if request.query_params.get(name, "").strip()}


def filter_of(values: dict[str, Any], limit: int = PAGE_SIZE, offset: int = 0) -> query.EventFilter:
    """An EventFilter from form values, or a QueryError saying which value is wrong."""
    typed: dict[str, Any] = dict(values)
    for name in ("dyad", "source", "target", "country", "plover"):
        if name in typed:
            typed[name] = typed[name].upper()
    if "quad_class" in typed:
        if not typed["quad_class"].isdigit() or len(typed["quad_class"]) > 2:
            raise query.QueryError(f"quad_class={typed['quad_class']!r}: expected 1, 2, 3 or 4")
        typed["quad_class"] = int(typed["quad_class"])
    if any("\x00" in str(v) or len(str(v)) > 200 for v in typed.values()):
        raise query.QueryError("a filter value is too long (over 200 characters) or holds a NUL character")
    return query.filter_from({**typed, "limit": limit, "offset": offset})


def _int(request: Request, name: str, default: int, high: int) -> int:
    raw = request.query_params.get(name, "")
    if not raw:
        return default
    if not raw.isdigit() or int(raw) > high:
        raise query.QueryError(f"{name}={raw!r}: expected a whole number from 0 to {high}")
    return int(raw)


@router.get("/")
def overview(request: Request, store: Reader) -> Response:
    interval = request.query_params.get("interval", "month")
    if interval not in query.INTERVALS:
        raise query.QueryError(f"interval={interval!r}: expected one of {', '.join(query.INTERVALS)}")
    window = query.timeline(store, interval="month")
    return page(request, "overview.html", stats=query.summary_stats(store), dyads=query.top_dyads(store, limit=12),
                top_states=query.state_counts(store)[:12], latest=query.query_events(store, query.EventFilter(limit=12)),
                window=window, interval=interval)


@router.get("/events")
def events(request: Request, store: Reader) -> Response:
    values = filter_values(request)
    error = None
    try:
        offset = _int(request, "offset", 0, 1_000_000_000)
        flt = filter_of(values, offset=offset)
        result = query.events_page(store, flt)
    except query.QueryError as exc:
        error, result = str(exc), {"total": 0, "limit": PAGE_SIZE, "offset": 0, "events": []}
    facets = query.summary_stats(store, flt) if error is None else None
    return page(request, "events.html", 400 if error else 200, values=values, error=error, result=result,
                plover_types=list(plover_types()), modalities=query.MODALITIES, facets=facets, sorts=query.SORTS)


@router.get("/dyads")
def dyad_picker(request: Request) -> Response:
    """The dyad picker's answer: two states or organisations, by code or name, to their dyad's page."""
    codes = []
    for name in ("a", "b"):
        given = request.query_params.get(name, "").strip()[:200]
        code = query.filter_from({"country": given}).country if given else None
        if not code or "," in code:
            raise query.QueryError(f"{name}={given!r}: expected one state or organisation, by code or name (CHN, Russia, NATO)")
        codes.append(code)
    return RedirectResponse(f"/dyads/{'-'.join(sorted(codes))}", status_code=303)


@router.get("/dyads/{dyad}")
def dyad(request: Request, store: Reader, dyad: Annotated[str, Path(max_length=17)]) -> Response:
    dyad = dyad.upper()
    flt = filter_of({"dyad": dyad}, limit=PAGE_SIZE)
    a, b = dyad.split("-")
    tally = next(iter(query.top_dyads(store, flt, limit=1)), None)
    interval = request.query_params.get("interval", "month")
    since = request.query_params.get("since", "")[:10]
    return page(request, "dyad.html", dyad=dyad, a=a, b=b, tally=tally, result=query.events_page(store, flt),
                dyads=query.top_dyads(store, limit=30), interval=interval if interval in query.INTERVALS else "month", since=since)


NETWORK_FIELDS = ("weight", "min_events", "since", "until", "quad_class", "country", "root")


@router.get("/network")
def network(request: Request) -> Response:
    """The network's filters live in the URL: the form is a GET, the drawing and the
    export links read the same query string."""
    values = {name: request.query_params[name].strip()[:200] for name in NETWORK_FIELDS if request.query_params.get(name, "").strip()}
    return page(request, "network.html", values=values, query=urlencode(values))


@router.get("/actors")
def actors(request: Request, store: Reader) -> Response:
    return page(request, "actors.html", actors=query.actor_counts(store, limit=1000))


@router.get("/articles")
def articles(request: Request, store: Reader) -> Response:
    text = request.query_params.get("text", "").strip()[:200] or None
    offset = _int(request, "offset", 0, 1_000_000_000)
    return page(request, "articles.html", text=text or "", result=query.list_articles(store, text, PAGE_SIZE, offset))


@router.get("/articles/{article_id}")
def article(request: Request, store: Reader, article_id: Annotated[str, Path(max_length=200)]) -> Response:
    found = query.article_with_evidence(store, article_id)
    if found is None:
        raise WebError(f"no article {article_id!r}", 404)
    return page(request, "article.html", article=found, segments=highlight(found["text"], marks_of(found)))


@router.get("/extract")
def extract(request: Request) -> Response:
    return page(request, "extract.html", max_text=config_of(request).max_text)


@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    """The API's reference, rendered from its OpenAPI description."""
    operations = [{"method": method.upper(), "path": path, **operation}
                  for path, methods in request.app.openapi()["paths"].items() for method, operation in methods.items()]
    return page(request, "api_docs.html", operations=operations)


def event_title(e: dict[str, Any]) -> str:
    """What a reader sees on hovering over an event's trigger."""
    code = cameo_codes().get(e["cameo"])
    parts = [f"{e['source']} → {e['target']}", f"CAMEO {e['cameo']}" + (f" {code.name}" if code else "")]
    if e.get("plover"):
        parts.append(f"PLOVER {e['plover']}" + (f" ({e['plover_mode']})" if e.get("plover_mode") else ""))
    if e.get("goldstein") is not None:
        parts.append(f"Goldstein {e['goldstein']:+.1f}")
    if e.get("date"):
        parts.append(f"date {e['date']}")
    if e.get("modality") and e["modality"] != "asserted":
        parts.append(e["modality"])
    return " · ".join(parts)


def mention_title(m: dict[str, Any]) -> str:
    who = m.get("name") or m.get("text")
    details = ", ".join(str(v) for v in (m.get("country"), m.get("office")) if v)
    return f"{who}" + (f" ({details})" if details else "") + f" · {m.get('kind')}"


def marks_of(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The spans to highlight in an article: actor mentions and event triggers."""
    marks = [{"start": m["start_offset"], "end": m["end_offset"], "kind": "mention", "title": mention_title(m), "id": ""}
             for m in article.get("mentions", [])]
    marks += [{"start": e["span_start"], "end": e["span_end"], "kind": "trigger" if e.get("asserted", 1) else "unasserted",
               "title": event_title(e), "id": e["id"]}
              for e in article.get("events", []) if e.get("span_start") is not None and e.get("span_end") is not None]
    return marks


def highlight(text: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut where any mark starts or ends; each piece with the kinds, titles and
    ids of the marks covering it (marks may overlap or nest)."""
    n = len(text)
    spans = [m for m in marks if isinstance(m["start"], int) and isinstance(m["end"], int) and 0 <= m["start"] < m["end"] <= n]
    cuts = sorted({0, n, *(m["start"] for m in spans), *(m["end"] for m in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in spans if m["start"] <= start and end <= m["end"]]
        pieces.append({"text": text[start:end], "kinds": sorted({m["kind"] for m in covering}),
                       "titles": list(dict.fromkeys(m["title"] for m in covering)), "ids": [m["id"] for m in covering if m["id"]]})
    return pieces
