"""The watched sources' page (``/watch``) and the endpoint the pages poll while a watch runs
(``GET /api/watch``): the sources' state, whether a watch is running, the ledger's version
(the overview reloads itself when it changes) and the claims stored after a given one.

Neither is kept by the page cache: a source's last poll changes without the ledger's
version changing (see ``raidlog.web.cache.UNCACHED``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from raidlog.web import watching

api_router = APIRouter(prefix="/api", tags=["api"])
page_router = APIRouter(include_in_schema=False)

ClaimAfter = Annotated[str | None, Query(pattern=r"^c?\d{1,18}$", description=(
    "c12 (or 12): list the claims stored after this one (at most 50, newest first)"))]


def claim_number(ref: str | None) -> int | None:
    return int(ref.lstrip("c")) if ref else None


@api_router.get("/watch", summary="The watched sources, whether a watch is running, and the claims stored "
                                  "after a given one (the pages poll this)")
def watch_state(request: Request, response: Response, after: ClaimAfter = None) -> dict[str, Any]:
    response.headers["cache-control"] = "no-store"
    with request.app.state.ctx.connect() as conn:
        out = watching.status(conn)
        out["version"] = watching.version(conn)
        out["latest_claim"] = f"c{watching.latest_claim(conn)}"
        n = claim_number(after)
        if n is not None:
            out["new_claims"], out["new_total"] = watching.claims_after(conn, n)
    return out


@page_router.get("/watch", response_class=HTMLResponse)
def watch_page(request: Request):
    c = request.app.state.ctx
    with c.connect() as conn:
        state = watching.status(conn)
        latest = watching.latest_claim(conn)
        version = watching.version(conn)
    page = c.render(request, "watch.html", state=state, latest=latest, ledger_version=version, nav="watch")
    page.headers["cache-control"] = "no-store"
    return page
