"""The raidlog web app: server-rendered pages and a JSON API over one ledger.

    >>> from raidlog.web.app import create_app
    >>> app = create_app("raidlog.db")            # read-only
    >>> app = create_app(db, allow_ingest=True, token="…")  # + POST /api/documents, /api/ingest-url

Everything the pages need (styles, one small script, the map's outlines) is
served from the package; nothing is loaded from elsewhere.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from raidlog import __version__
from raidlog.store import Ledger, StoreError
from raidlog.store.queries import QueryError
from raidlog.web import charts, data, fmt, highlight
from raidlog.web.security import MAX_BODY, Guard, error_page, problem, wants_json

log = logging.getLogger("raidlog.web")

HERE = Path(__file__).parent
STATUS_TITLES = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                 405: "Method Not Allowed", 409: "Conflict", 413: "Content Too Large",
                 422: "Unprocessable Content", 500: "Internal Server Error", 503: "Service Unavailable"}


class NotFound(Exception):
    pass


@dataclass
class Context:
    ledger: Ledger
    cache: data.SummaryCache
    env: jinja2.Environment
    allow_ingest: bool = False
    token: str | None = None
    fetch_networks: tuple = ()  # networks POST /api/ingest-url may fetch from beyond public addresses

    def connect(self):
        return self.ledger.engine.connect()

    def render(self, request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        page = self.env.get_template(template).render(request=request, path=request.url.path, **values)
        return HTMLResponse(page, status_code=status)


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every template, whatever its name: user data is always escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.globals.update(version=__version__, qs=qs, kinds=highlight.KINDS, side_colours=charts.SIDE_COLOURS,
                       readable_window=fmt.window, side_names=fmt.SIDE_NAMES)
    env.filters["num"] = lambda v: "—" if v is None else f"{v:,}".replace(",", "\u202f")
    env.filters["tojson_text"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1)
    env.tests["web_link"] = web_link
    return env


def web_link(url: object) -> bool:
    """Whether ``url`` may be a link on a page: an absolute http(s) URL with a host. A document's
    URL comes from its source, and javascript: or data: URLs must never become links."""
    if not isinstance(url, str) or any(ch < " " or ch == "\x7f" for ch in url):
        return False
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def qs(params: dict[str, Any], **changes: Any) -> str:
    """A query string of ``params`` with ``changes`` applied, empty values left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", False)})


def create_app(db: str | None = None, *, ledger: Ledger | None = None, allow_ingest: bool = False,
               token: str | None = None, allowed_hosts: set[str] | None = None, max_body: int = MAX_BODY,
               warm: bool = False, fetch_networks: list[str] | None = None, cache: bool = True,
               cache_ttl: float = 1.0) -> FastAPI:
    """The app over the ledger ``db`` (path or URL, see ``raidlog.store.database_url``).
    ``fetch_networks`` (CIDR) are the private networks POST /api/ingest-url may fetch from; by
    default it fetches from public addresses only."""
    from raidlog.ingest.web import parse_networks

    if allow_ingest and not token:
        raise ValueError("allow_ingest needs a token (RAIDLOG_TOKEN)")
    ledger = ledger or Ledger(db)
    app = FastAPI(
        title="raidlog", version=__version__, docs_url=None, redoc_url=None, openapi_url="/openapi.json",
        description="Claims about air attacks, each attributed to its claimant and its source text. "
                    "Read-only unless the server was started with --allow-ingest.",
    )
    networks = tuple(parse_networks(fetch_networks))
    ctx = Context(ledger, data.SummaryCache(ledger.engine), make_env(), allow_ingest, token, networks)
    app.state.ctx = ctx
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from raidlog.web import api, live, pages

    app.include_router(api.router)
    app.include_router(live.api_router)
    app.include_router(pages.router)
    app.include_router(live.page_router)
    _errors(app)
    if cache:  # answers to reads kept per ledger version, with ETag/Last-Modified (inside the Guard)
        from raidlog.web.cache import PageCache

        app.add_middleware(PageCache, engine=ledger.engine, ttl=cache_ttl)
    app.add_middleware(Guard, max_body=max_body, allowed_hosts=allowed_hosts)
    if warm:
        import threading

        threading.Thread(target=ctx.cache.warm, name="raidlog-summary", daemon=True).start()
    return app


def respond_error(request: Request, status: int, detail: str, headers: dict | None = None):
    title = STATUS_TITLES.get(status, "Error")
    if wants_json(request.url.path, request.headers.get("accept", "")):
        return JSONResponse(problem(status, title, detail), status_code=status, headers=headers,
                            media_type="application/problem+json")
    return HTMLResponse(error_page(status, title, detail), status_code=status, headers=headers)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else STATUS_TITLES.get(exc.status_code, "Error")
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}"
        return respond_error(request, exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        status = 422 if request.url.path.startswith("/api/") else 400
        return respond_error(request, status, "; ".join(parts) or "invalid request")

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError):
        status = 404 if str(exc).startswith("no ") else 400
        return respond_error(request, status, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return respond_error(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError):
        log.error("ledger error: %s", exc)
        return respond_error(request, 503, "the ledger cannot be read right now")
