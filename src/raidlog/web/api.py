"""The JSON API under /api/: the ledger's queries as the CLI has them, downloads of the
current filter, extraction without storing, and (with --allow-ingest and the
bearer token) the write endpoints."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError

import raidlog
from raidlog import export
from raidlog.store import queries
from raidlog.web import charts, data, limits
from raidlog.web.filters import ClaimQuery, IncidentQuery, claim_query, incident_query, period
from raidlog.web.security import token_ok

router = APIRouter(prefix="/api", tags=["api"])

ClaimRef = Annotated[str, Path(pattern=r"^c?\d{1,18}$", description="c12 (or 12)")]
GroupRef = Annotated[str, Path(pattern=r"^g?\d{1,18}$", description="g3 (or 3)")]
DocRef = Annotated[str, Path(pattern=r"^d?\d{1,18}$", description="d7 (or 7)")]
DOWNLOAD_LIMIT = 200_000


def ctx(request: Request):
    return request.app.state.ctx


def ref(prefix: str, value: str) -> str:
    return value if value.startswith(prefix) else prefix + value


# -- reading -------------------------------------------------------------------------------------

@router.get("/claims", summary="Claims (the filters of `raidlog claims`), a page at a time")
def claims(request: Request, q: Annotated[ClaimQuery, Depends(claim_query)],
           limit: Annotated[int, Query(ge=1, le=1000)] = 100,
           offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
    c = ctx(request)
    with c.connect() as conn:
        f = q.to_filter(limit, offset)
        names = c.cache.get(conn).sides if q.claimant else None
        items = data.claim_page(conn, f, q.place, q.sort, q.desc, names)
        total = data.count_claims(conn, f, q.place, names)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


class _Download(export.Rows):
    """The export's rows under the web's filters (claims at a place: those with a breakdown item there)."""

    def __init__(self, conn, claims_query: ClaimQuery | None, incidents_query: IncidentQuery | None, limit: int):
        super().__init__(conn, claims_query.to_filter(limit) if claims_query else queries.ClaimFilter(limit=limit),
                         incidents_query.to_filter(limit) if incidents_query else queries.IncidentFilter(limit=limit))
        self.claims_query = claims_query

    def layer(self, layer: str):
        if layer == "claims" and self.claims_query is not None:
            return _download_rows(self.conn, self.claims_query, self.claims.limit)
        return super().layer(layer)


def _download_route(exporter: export.Exporter, layer: str) -> None:
    """GET /api/<layer><suffix>: the layer under the page's filter, as ``raidlog export --format
    <name> --layer <layer>`` writes it (one route per format and layer of export.EXPORTERS)."""
    headers = {"content-disposition": f'attachment; filename="raidlog-{layer}{exporter.suffix}"'}

    def respond(request: Request, q: ClaimQuery | IncidentQuery, limit: int) -> Response:
        from raidlog.extras import missing

        if exporter.extra and missing(exporter.extra):
            raise HTTPException(501, f"{exporter.name} needs the server's {exporter.extra} extra: "
                                     f"pip install 'raidlog[{exporter.extra}]'")
        with ctx(request).connect() as conn:
            source = _Download(conn, q if layer == "claims" else None, q if layer == "incidents" else None, limit)
            body = exporter.write(source, (layer,))
        return Response(body, media_type=exporter.media_type, headers=headers)

    # (annotations name module-level types only: FastAPI reads them as strings from this module)
    def claims_download(request: Request, q: Annotated[ClaimQuery, Depends(claim_query)],
                        limit: Annotated[int, Query(ge=1, le=1_000_000)] = DOWNLOAD_LIMIT) -> Response:
        return respond(request, q, limit)

    def incidents_download(request: Request, q: Annotated[IncidentQuery, Depends(incident_query)],
                           limit: Annotated[int, Query(ge=1, le=1_000_000)] = DOWNLOAD_LIMIT) -> Response:
        return respond(request, q, limit)

    download = claims_download if layer == "claims" else incidents_download
    router.add_api_route(
        f"/{layer}{exporter.suffix}", download, methods=["GET"], response_class=Response,
        name=f"{layer}_{exporter.name}",
        summary=f"The {layer} of the current filter as `raidlog export --format {exporter.name} --layer {layer}` "
                f"({exporter.help})",
        responses={200: {"content": {exporter.media_type.split(";")[0]: {}}}})


def _download_rows(conn, q: ClaimQuery, limit: int | None):
    rows = export.rows(conn, q.to_filter(limit))
    if q.place:
        keep = data.claim_ids_at(conn, q.place)
        rows = (r for r in rows if r["claim_id"] in keep)
    return rows


for _exporter in export.EXPORTERS.values():
    for _layer in _exporter.layers:
        _download_route(_exporter, _layer)


@router.get("/claims/{claim}", summary="One claim with its document and findings (`raidlog show c12`)")
def claim(request: Request, claim: ClaimRef) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        return queries.show(conn, ref("c", claim))


@router.get("/groups", summary="Claim groups: the same claim reported by several sources")
def groups(request: Request, when: Annotated[tuple, Depends(period)],
           claimant: Annotated[str | None, Query(max_length=200)] = None,
           disagree: Annotated[bool | None, Query(description="Only groups whose sources disagree (or agree).")] = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 100,
           offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        items = data.groups(conn, when[0], when[1], claimant or None, disagree, limit, offset)
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/groups/{group}", summary="One claim group with its claims and findings (`raidlog show g3`)")
def group(request: Request, group: GroupRef) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        return queries.show(conn, ref("g", group))


@router.get("/findings", summary="Findings, per document and across the ledger (`raidlog findings`)")
def findings(request: Request, code: Annotated[str | None, Query(max_length=64)] = None,
             severity: Annotated[Literal["error", "warning", "info"] | None, Query()] = None,
             limit: Annotated[int, Query(ge=1, le=1000)] = 200,
             offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        items = queries.findings(conn, code or None, severity, limit=limit, offset=offset)
        counts = queries.finding_counts(conn)
    return {"limit": limit, "offset": offset, "items": items, "counts": counts}


@router.get("/documents/{document}", summary="One document: text, claims, incidents, findings (`raidlog show d7`)")
def document(request: Request, document: DocRef) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        return queries.show(conn, ref("d", document))


@router.get("/incidents", summary="Incidents officials report (damage, debris, fire, casualties, hits …), "
            "newest first, a page at a time")
def incidents(request: Request, q: Annotated[IncidentQuery, Depends(incident_query)],
              limit: Annotated[int, Query(ge=1, le=1000)] = 100,
              offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        items = queries.incidents(conn, q.to_filter(limit, offset))
        total = queries.count_incidents(conn, q.to_filter(None))
    return {"total": total, "limit": limit, "offset": offset, "items": items}



@router.get("/stats", summary="Claimed destroyed and launched per period (`raidlog stats`)")
def stats(request: Request, when: Annotated[tuple, Depends(period)],
          by: Annotated[Literal["day", "week", "month"], Query()] = "day",
          split: Annotated[Literal["region", "claimant"] | None, Query(description="Per region or claimant.")] = None,
          ) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        return {"by": by, "split": split, "items": queries.stats(conn, by, split, when[0], when[1])}


@router.get("/search", summary="Full-text search over document texts (`raidlog search`)")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict[str, Any]:
    with ctx(request).connect() as conn:
        return {"items": queries.search(conn, q, limit)}


@router.get("/map", summary="What the map draws: claimed destroyed per place and side (report-scope claims), "
            "and the places of reported incidents")
def map_places(request: Request, when: Annotated[tuple, Depends(period)],
               side: Annotated[str | None, Query(max_length=8)] = None,
               claimant: Annotated[str | None, Query(max_length=200, description="The claimant or reporter.")] = None,
               ) -> dict[str, Any]:
    c = ctx(request)
    with c.connect() as conn:
        summary = c.cache.get(conn, places=True)
    circles, off_map = charts.map_circles(summary.places_in(when[0], when[1], side or None, claimant or None),
                                          summary.place_info)
    reported = summary.incidents_in(when[0], when[1], side or None, claimant or None)
    markers, markers_off = charts.incident_markers(reported, summary.place_info)
    return {"places": circles, "off_map": off_map, "incidents": markers, "incidents_off_map": markers_off,
            "incidents_without_place": charts.unplaced_incidents(reported)}


# -- extraction ----------------------------------------------------------------------------------

class ExtractIn(BaseModel):
    text: str = Field(min_length=1, max_length=1_000_000, description="The report's text.")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")
    lang: Literal["en", "ru", "uk", "auto"] | None = None
    title: str | None = Field(None, max_length=500)
    source: str | None = Field(None, max_length=500)


def run_extract(body: ExtractIn) -> raidlog.Report:
    from raidlog.ingest.dates import publication_day

    try:
        publication_day(body.published)
    except ValueError as exc:
        raise HTTPException(422, f"published: {exc}") from None
    try:
        return limits.extract(body.text, published=body.published, lang=body.lang, title=body.title,
                              source=body.source)
    except queries.QueryError:
        raise
    except ValueError as exc:
        raise HTTPException(422, f"cannot extract: {exc}") from None


@router.post("/extract", summary="Extract claims and findings from a text without storing it")
def extract(request: Request, body: ExtractIn) -> dict[str, Any]:
    return run_extract(body).to_dict()


# -- writing (--allow-ingest, bearer token) ------------------------------------------------------

def authorised(request: Request) -> None:
    c = ctx(request)
    if not c.allow_ingest:
        raise HTTPException(403, "this server is read-only (start it with --allow-ingest to accept documents)")
    if not token_ok(request.headers.get("authorization"), c.token or ""):
        raise HTTPException(401, "a valid 'Authorization: Bearer <RAIDLOG_TOKEN>' header is needed",
                            headers={"WWW-Authenticate": "Bearer"})


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=1_000_000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    source: str | None = Field(None, max_length=500, description="Where it came from (default: web-upload).")
    title: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    external_id: str | None = Field(None, max_length=200, description="A message id: a new text with the same "
                                    "source and id becomes a new version of the document.")
    lang: Literal["en", "ru", "uk", "auto"] | None = None


class UrlIn(BaseModel):
    url: str = Field(min_length=8, max_length=2000)


async def _parse(request: Request, model: type[BaseModel]) -> Any:
    """The body, read only once the caller is authorised."""
    raw = await request.body()
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        parts = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise HTTPException(422, "; ".join(parts) or "invalid body") from None


def _schema(model: type[BaseModel]) -> dict:
    return {"requestBody": {"required": True,
                            "content": {"application/json": {"schema": model.model_json_schema()}}}}


@router.post("/documents", status_code=201, openapi_extra=_schema(DocumentIn),
             summary="Store a document and what it claims (needs --allow-ingest and the bearer token)")
async def upload(request: Request) -> JSONResponse:
    authorised(request)
    body: DocumentIn = await _parse(request, DocumentIn)
    from starlette.concurrency import run_in_threadpool

    from raidlog.web.writes import store_document

    result = await run_in_threadpool(store_document, ctx(request).ledger, body)
    return JSONResponse(result, status_code=201 if result["status"] != "duplicate" else 200)


@router.post("/ingest-url", openapi_extra=_schema(UrlIn),
             summary="Fetch an http(s) page or feed and ingest it (needs --allow-ingest and the bearer token)")
async def ingest_url(request: Request) -> dict[str, Any]:
    authorised(request)
    body: UrlIn = await _parse(request, UrlIn)
    parts = urlsplit(body.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HTTPException(422, "url: only http:// and https:// URLs can be ingested")
    from starlette.concurrency import run_in_threadpool

    from raidlog.ingest.web import GUARDED_MAX_BYTES, GUARDED_TIMEOUT, guarded_client
    from raidlog.store.intake import ingest

    def run():
        with guarded_client(list(ctx(request).fetch_networks)) as client:
            return ingest(ctx(request).ledger, [body.url], client=client, max_bytes=GUARDED_MAX_BYTES,
                          timeout=GUARDED_TIMEOUT)

    summary = await run_in_threadpool(run)
    return {**summary.as_counts(), "findings": summary.findings,
            "failures": [{"name": n, "reason": r} for n, r in summary.failures],
            "warnings": [{"name": n, "warning": w} for n, w in summary.warnings]}
