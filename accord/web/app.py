"""The ASGI application: settings, the database per request, limits and error handling.

- Read-only by default: every request gets its own connection, set read-only (SQLite's
  `query_only`, PostgreSQL's read-only transactions), so no route can write. With
  `allow_writes`, `POST /api/articles` codes and stores one article.
- Request bodies over `max_body` bytes are refused (413) before they are read whole.
- A wrong parameter is a 4xx whose `detail` is the message of `QueryError` (or of the
  validation that failed); nothing a client sends produces a 5xx. A fault of the server
  itself is a 500 with a JSON body (or the error page) and the same security headers as
  every other answer; a 405 names the methods allowed (`Allow`).
- Coding a pasted text (`code_within_budget`) takes one of `extract_workers` slots and at
  most `extract_seconds`: a busy coder is a 429, a text that takes longer a 503.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import AccordError
from ..records import Article, Extraction
from ..store import Store, StoreError, open_store
from .settings import SETTINGS

HERE = Path(__file__).parent


@dataclass
class WebConfig:
    db: str
    allow_writes: bool = SETTINGS["allow_writes"].default
    max_body: int = SETTINGS["max_body"].default
    max_text: int = SETTINGS["max_text"].default
    extract_workers: int = SETTINGS["extract_workers"].default
    extract_seconds: float = SETTINGS["extract_seconds"].default
    coding: threading.BoundedSemaphore = field(init=False)

    def __post_init__(self) -> None:
        self.coding = threading.BoundedSemaphore(self.extract_workers)


class WebError(AccordError):
    """A request the server cannot answer as asked; `status` is its HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def create_app(db_location: str | None, allow_writes: bool = False, *, max_body: int = SETTINGS["max_body"].default,
               max_text: int = SETTINGS["max_text"].default) -> FastAPI:
    """The API and dashboard over the database at `db_location` (a path or URL). The
    database must exist unless writes are allowed; it is checked now, so a wrong
    location fails at start and not on the first request."""
    from ..store import DEFAULT_DB

    config = WebConfig(db=db_location or DEFAULT_DB, allow_writes=allow_writes, max_body=max_body, max_text=max_text)
    with open_store(config.db, create=allow_writes) as store:
        _check_schema(store)
        store.check_integrity()
    app = FastAPI(
        title="Accord",
        version=__version__,
        description="Events between states coded from news (CAMEO and PLOVER): query them, their articles and "
                    "evidence, timelines of dyads and the network of states. Every list is also CSV "
                    "(`?format=csv` or the `.csv` path). Read-only unless the server was started with --allow-writes.",
        docs_url=None,  # /api/docs is a page of ours: Swagger UI would load from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.config = config
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from .api import describe_vocabularies
    from .api import router as api_router
    from .pages import router as page_router

    app.include_router(api_router)
    describe_vocabularies(app)
    app.include_router(page_router)
    _handle_errors(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.middleware("http")(_security_headers)
    return app


def _check_schema(store: Store) -> None:
    """A database from an older Accord is upgraded by any writing command, not here."""
    from ..store import MIGRATIONS, StoreError

    have, need = store.schema_version(), max(version for version, _, _ in MIGRATIONS)
    if have < need:
        raise StoreError(f"--db {store.location}: its schema is version {have}, this Accord reads version {need}; "
                         f"upgrade it with `accord ingest --db {store.location} --retry-failed` or serve it with --allow-writes")


def config_of(request: Request) -> WebConfig:
    config: WebConfig = request.app.state.config
    return config


def read_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request, closed after it."""
    store = open_store(config_of(request).db, create=False)
    try:
        if store.dialect == "sqlite":
            store.execute("PRAGMA query_only = ON")
        else:
            store.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        yield store
    finally:
        store.close()


def write_store(request: Request) -> Iterator[Store]:
    """A writable connection for one request, only when the server allows writes."""
    config = config_of(request)
    if not config.allow_writes:
        raise WebError("this server is read-only; start it with `accord serve --allow-writes` to store articles", 403)
    store = open_store(config.db)
    try:
        yield store
    finally:
        store.close()


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def _handle_errors(app: FastAPI) -> None:
    def answer(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        templates: Jinja2Templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message}, status_code=status)

    @app.exception_handler(AccordError)
    async def accord_error(request: Request, exc: AccordError) -> Response:
        return answer(request, getattr(exc, "status", 400), str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return answer(request, 422, "; ".join(_describe(e) for e in exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or API route at {request.url.path}"
        response = answer(request, exc.status_code, message)
        for name, value in (exc.headers or {}).items():  # 405's Allow
            response.headers[name] = value
        return response

    @app.exception_handler(Exception)
    async def server_fault(request: Request, exc: Exception) -> Response:
        # Starlette answers this outside the middleware, so the headers are added here
        message = f"the server failed on this request ({type(exc).__name__}); it is a bug in Accord, please report it"
        if isinstance(exc, StoreError):
            message = str(exc)
        elif isinstance(exc, sqlite3.DatabaseError | OSError):
            message = f"the database cannot be read ({type(exc).__name__}: {str(exc)[:200]}); check it with `accord repair`"
        response = JSONResponse({"detail": message}, status_code=500)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _describe(error: Any) -> str:
    """One validation error as `where: what (got value)`."""
    if error.get("type") == "json_invalid":
        return f"request body is not valid JSON ({(error.get('ctx') or {}).get('error', 'cannot be parsed')})"
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")) or "request"
    place = {"query": "parameter", "path": "path segment", "body": "body field"}.get(str((error.get("loc") or ("",))[0]), "")
    got = error.get("input")
    shown = "" if got is None or isinstance(got, dict | list) else f" (got {str(got)[:60]!r})"
    return f"{place} {where}: {error.get('msg', 'invalid')}{shown}".strip()


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
}


async def _security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def csv_download(rows: Iterable[dict[str, Any]], name: str, headers: dict[str, str] | None = None) -> StreamingResponse:
    """Rows as a CSV download, written while it is sent (a few hundred rows at a time, so
    a long list never sits in memory as text), with cells a spreadsheet would run as a
    formula neutralised (`export.spreadsheet_safe`)."""
    import csv
    import io

    from ..export import spreadsheet_safe

    def chunks() -> Iterator[str]:
        out = io.StringIO()
        writer: csv.DictWriter[str] | None = None
        for count, row in enumerate(rows, start=1):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(spreadsheet_safe(row))
            if count % 500 == 0:
                yield out.getvalue()
                out.seek(0)
                out.truncate()
        yield out.getvalue()

    return StreamingResponse(chunks(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}.csv"', **(headers or {})})


def streamed_export(rows: Iterator[dict[str, Any]], fmt: str, media_type: str, headers: dict[str, str]) -> StreamingResponse:
    """Event rows in a text format of `accord export` (csv, jsonl, gdelt, plover), written
    while they are sent, 500 rows at a time: the memory a request takes does not grow
    with its page size. (Rows are read from the request's connection as they go.)"""
    import io
    from itertools import islice

    from ..export import write_export

    def chunks() -> Iterator[str]:
        first = True
        while True:
            batch = list(islice(rows, 500))
            if batch or first:
                out = io.StringIO()
                write_export(iter(batch), fmt, out)
                text = out.getvalue()
                yield text if first or fmt != "csv" else text.split("\n", 1)[-1]  # the header once
            if len(batch) < 500:
                return
            first = False

    return StreamingResponse(chunks(), media_type=media_type, headers=headers)


STREAMED_PAGE = 1000  # a JSON page of more records than this is written while it is sent


def streamed_json_page(envelope: dict[str, Any], name: str, rows: Iterator[dict[str, Any]], model: type[BaseModel]) -> StreamingResponse:
    """A page of a list as JSON (the envelope, its records under `name`), each record
    validated by `model` as FastAPI would and written while the page is sent, 500 at a
    time: a page of 100,000 events takes the memory of 500."""
    import json

    def chunks() -> Iterator[str]:
        yield json.dumps(envelope)[:-1] + f', "{name}": ['
        written: list[str] = []
        for number, row in enumerate(rows):
            written.append(("," if number else "") + model.model_validate(row).model_dump_json())
            if len(written) == 500:
                yield "".join(written)
                written.clear()
        yield "".join(written) + "]}"

    return StreamingResponse(chunks(), media_type="application/json")


def code_within_budget(request: Request, article: Article) -> Extraction:
    """Code a pasted article on one of the server's coder slots: 429 when every slot stays
    busy for 30 s, 503 when coding takes longer than `extract_seconds` (its slot is kept
    until the coding ends, so the CPU in use stays bounded), 422 for text that is not
    Unicode (a lone surrogate)."""
    from ..pipeline import extract
    from ..read import LONE_SURROGATE

    for name, value in (("text", article.text), ("title", article.title), ("source", article.source), ("url", article.url)):
        if value and (bad := LONE_SURROGATE.search(value)):
            raise WebError(f"body field {name}: holds a lone surrogate (U+{ord(bad.group(0)):04X}) at character {bad.start()}, "
                           "which is no Unicode text", 422)
    config = config_of(request)
    if not config.coding.acquire(timeout=30):
        raise WebError("the coder is busy with other texts; try again in a moment", 429)
    done: Future[Extraction] = Future()

    def work() -> None:
        try:
            done.set_result(extract(article))
        except BaseException as exc:  # handed to the request's thread
            done.set_exception(exc)
        finally:
            config.coding.release()

    threading.Thread(target=work, name="accord-extract", daemon=True).start()
    try:
        return done.result(timeout=config.extract_seconds)
    except FutureTimeout:
        raise WebError(f"coding this text took longer than {config.extract_seconds:g} s; send a shorter text", 503) from None


class BodyLimit:
    """Refuse a request body over `max_body` bytes with 413, by its Content-Length or, if
    it has none, as soon as more than that has arrived."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        message = f"request body is over the limit of {self.max_body:,} bytes"
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send, 413, message)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > self.max_body:
                    raise StarletteHTTPException(413, message)
            return event

        await self.app(scope, limited, send)


async def _refuse(send: Send, status: int, message: str) -> None:
    import json

    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
