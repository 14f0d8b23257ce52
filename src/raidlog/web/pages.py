"""The HTML pages: overview, map, claims, incidents, a claim, a document, a claim group,
search, check a report, and the API reference."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from raidlog.geo import Gazetteer
from raidlog.store import queries
from raidlog.store.queries import QueryError
from raidlog.web import charts, data, highlight
from raidlog.web.filters import (
    SIDES,
    WEAPONS,
    ClaimQuery,
    IncidentQuery,
    claim_query,
    incident_query,
    period,
)

router = APIRouter(include_in_schema=False)
PER_PAGE = (25, 50, 100, 200)


def ctx(request: Request):
    return request.app.state.ctx


def region_name(iso: str | None) -> str:
    if not iso:
        return ""
    region = Gazetteer.default().region(iso)
    return region.name if region else iso


# -- overview --------------------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def overview(request: Request, when: Annotated[tuple, Depends(period)],
             new_since: Annotated[str | None, Query(pattern=r"^c?\d{1,18}$", alias="new_since")] = None):
    """``new_since``: the latest claim when the page was first opened; the claims stored after it are
    listed and marked new (the page's script reloads it with this when the ledger changes)."""
    from raidlog.web import watching

    since, until = when
    c = ctx(request)
    with c.connect() as conn:
        watch = watching.status(conn)
        latest_claim = watching.latest_claim(conn)
        opened = int(new_since.lstrip("c")) if new_since else latest_claim
        new_claims, new_total = watching.claims_after(conn, opened) if new_since else ([], 0)
        version = watching.version(conn)
        summary = c.cache.get(conn)
        per_claimant = queries.stats(conn, "day", "claimant", since, until)
        per_region = queries.stats(conn, "month", "region", since, until)
        every_day = queries.stats(conn, "day")
        latest = data.latest_findings(conn, 12)
        codes = queries.finding_counts(conn)
    rows = [{"day": r["period"], "claimant": r["claimant"], "side": summary.sides.get(r["claimant"], "unknown"),
             "destroyed": r["destroyed"], "launched": r["launched"], "documents": r["documents"]}
            for r in per_claimant]
    sides: dict[str, dict[str, Any]] = defaultdict(lambda: {"destroyed": 0, "launched": None, "documents": 0})
    claimants: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"destroyed": 0, "launched": None, "documents": 0})
    for r in rows:
        for cell in (sides[r["side"]], claimants[(r["claimant"], r["side"])]):
            cell["destroyed"] += r["destroyed"]
            cell["launched"] = queries.plus(cell["launched"], r["launched"])
            cell["documents"] += r["documents"]
    by_claimant = sorted(({"claimant": k[0], "side": k[1], **v} for k, v in claimants.items()),
                         key=lambda e: (-e["destroyed"], -(e["launched"] or 0), e["claimant"]))
    regions: dict[str, int] = defaultdict(int)
    for r in per_region:
        regions[r["region"]] += r["destroyed"]
    top = [{"iso": iso, "name": region_name(iso), "count": n}
           for iso, n in sorted(regions.items(), key=lambda e: (-e[1], e[0]))[:12]]
    peak = max((e["count"] for e in top), default=0) or 1
    for e in top:
        e["bar"] = round(160 * e["count"] / peak, 1)
    first, last = (every_day[0]["period"], every_day[-1]["period"]) if every_day else (None, None)
    quick = []
    if last:
        end = date.fromisoformat(last)
        quick = [(f"last {n} days", (end - timedelta(days=n - 1)).isoformat(), last) for n in (7, 30, 90)]
    return c.render(request, "overview.html", since=since, until=until, sides=dict(sides),
                    by_claimant=by_claimant, chart=charts.timeline(rows), top_regions=top, latest=latest,
                    codes=codes, first=first, last=last, quick=quick, watch=watch, opened=opened,
                    new_claims=new_claims, new_total=new_total, ledger_version=version, nav="overview")


# -- map -------------------------------------------------------------------------------------------

LAYERS = {"": "claims and incidents", "claims": "claims", "incidents": "incidents"}


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, when: Annotated[tuple, Depends(period)],
             side: Annotated[str | None, Query(max_length=8)] = None,
             claimant: Annotated[str | None, Query(max_length=200)] = None,
             layer: Annotated[Literal["claims", "incidents", ""] | None, Query()] = None):
    from raidlog.web import mapproj

    since, until = when
    c = ctx(request)
    with c.connect() as conn:
        summary = c.cache.get(conn, places=True)
    side, claimant, layer = side or None, claimant or None, layer or ""
    circles, off_map, markers, markers_off, unplaced = [], [], [], [], 0
    regions, shades = charts.region_shading([])
    if layer != "incidents":
        placed = summary.places_in(since, until, side, claimant)
        circles, off_map = charts.map_circles(placed, summary.place_info)
        regions, shades = charts.region_shading(placed)
    with c.connect() as conn:
        national = [r for r in _claimant_totals(conn, since, until, summary.sides)
                    if (not side or r["side"] == side) and (not claimant or r["claimant"] == claimant)]
    if layer != "claims":
        reported = summary.incidents_in(since, until, side, claimant)
        markers, markers_off = charts.incident_markers(reported, summary.place_info)
        unplaced = charts.unplaced_incidents(reported)
    params = {"since": since, "until": until, "side": side, "claimant": claimant}
    reporters = sorted({r["reporter"] for r in summary.incidents or [] if r["reporter"]} - set(summary.sides))
    incident_params = {"since": since, "until": until, "side": side, "reporter": claimant}
    return c.render(request, "map.html", regions=regions, shades=shades, sizes=charts.circle_legend(circles),
                    national=national, attribution=charts.region_outlines()["attribution"], circles=circles, off_map=off_map, markers=markers,
                    markers_off=markers_off, unplaced=unplaced, params=params, incident_params=incident_params, layer=layer,
                    layers=LAYERS, reporters=reporters, incident_colour=charts.INCIDENT_COLOUR,
                    claimants=summary.claimants, sides=SIDES, width=int(mapproj.WIDTH), height=int(mapproj.HEIGHT),
                    since=since, until=until, side=side, claimant=claimant, nav="map")


def _claimant_totals(conn, since: str | None, until: str | None, sides: dict[str, str]) -> list[dict[str, Any]]:
    """Each claimant's claimed destroyed and launched in the period, as ``raidlog stats`` counts
    them, whether or not its claims name places (an air force's national totals name none)."""
    out: dict[str, dict[str, Any]] = {}
    for r in queries.stats(conn, "day", "claimant", since, until):
        e = out.setdefault(r["claimant"], {"claimant": r["claimant"], "side": sides.get(r["claimant"], "unknown"),
                                          "destroyed": 0, "launched": None, "days": 0})
        e["destroyed"] += r["destroyed"]
        e["launched"] = queries.plus(e["launched"], r["launched"])
        e["days"] += 1
    return sorted(out.values(), key=lambda e: (-e["destroyed"], e["claimant"]))


# -- incidents -------------------------------------------------------------------------------------

@router.get("/incidents", response_class=HTMLResponse)
def incidents_page(request: Request, q: Annotated[IncidentQuery, Depends(incident_query)],
                   page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                   per: Annotated[int, Query(ge=1, le=200)] = 50):
    c = ctx(request)
    with c.connect() as conn:
        rows = queries.incidents(conn, q.to_filter(per, (page - 1) * per))
        total = queries.count_incidents(conn, q.to_filter(None))
        place = data.place_info(conn, q.place) if q.place else None
    pages = max(1, math.ceil(total / per))
    params = q.params() | ({"per": str(per)} if per != 50 else {})
    return c.render(request, "incidents.html", q=q, rows=rows, total=total, page=page, pages=pages, per=per,
                    params=params, place=place, sides=SIDES, kinds=queries.INCIDENT_KINDS, download=q.params(),
                    nav="incidents")


# -- findings --------------------------------------------------------------------------------------

@router.get("/findings", response_class=HTMLResponse)
def findings_page(request: Request, when: Annotated[tuple, Depends(period)],
                  code: Annotated[str | None, Query(max_length=64)] = None,
                  severity: Annotated[Literal["error", "warning", "info", ""] | None, Query()] = None,
                  day: Annotated[str | None, Query(max_length=10)] = None,
                  claimant: Annotated[str | None, Query(max_length=200)] = None,
                  page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                  per: Annotated[int, Query(ge=1, le=200)] = 50):
    since, until = when
    day = data.check_date((day or "").strip() or None, "day")
    if day:
        since = until = day
    code, claimant = (code or "").strip() or None, (claimant or "").strip() or None
    f = queries.FindingFilter(code=code, severity=severity or None, since=since, until=until, claimant=claimant,
                              limit=per, offset=(page - 1) * per)
    c = ctx(request)
    with c.connect() as conn:
        rows = queries.finding_page(conn, f)
        total = queries.count_findings(conn, f)
        counts = queries.finding_code_counts(conn, f)
        every = sorted({r["code"] for r in queries.finding_counts(conn)})
        labels = queries.document_labels(conn, [int(r["document_id"][1:]) for r in rows if r["document_id"]])
        claimants = sorted(c.cache.get(conn).sides)
    for r in rows:
        r["doc"] = labels.get(int(r["document_id"][1:])) if r["document_id"] else None
    params = {"code": code, "severity": severity or None, "since": since, "until": until, "claimant": claimant}
    if day:
        params |= {"since": None, "until": None, "day": day}
    params = {k: v for k, v in params.items() if v} | ({"per": str(per)} if per != 50 else {})
    return c.render(request, "findings.html", rows=rows, total=total, counts=counts, codes=every, params=params,
                    code=code, severity=severity or "", since=since, until=until, day=day, claimant=claimant,
                    claimants=claimants, page=page, pages=max(1, math.ceil(total / per)), per=per,
                    nav="findings")


# -- claims ----------------------------------------------------------------------------------------

@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, q: Annotated[ClaimQuery, Depends(claim_query)],
                page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                per: Annotated[int, Query(ge=1, le=200)] = 50):
    c = ctx(request)
    with c.connect() as conn:
        f = q.to_filter(per, (page - 1) * per)
        summary = c.cache.get(conn)
        rows = data.claim_page(conn, f, q.place, q.sort, q.desc, summary.sides)
        total = data.count_claims(conn, f, q.place, summary.sides)
        codes = queries.finding_counts(conn)
        place = data.place_info(conn, q.place) if q.place else None
        isos = {r["region"] for r in queries.stats(conn, "month", "region")}
        labels = queries.document_labels(conn, [int(r["document_id"][1:]) for r in rows])
    for r in rows:
        r["doc"] = labels.get(int(r["document_id"][1:]))
    pages = max(1, math.ceil(total / per))
    regions = sorted(((iso, region_name(iso)) for iso in isos), key=lambda e: e[1])
    params = q.params() | ({"per": str(per)} if per != 50 else {})
    return c.render(request, "claims.html", q=q, rows=rows, total=total, page=page, pages=pages, per=per,
                    params=params, claimants=sorted(summary.sides), weapons=WEAPONS,
                    sides=SIDES, codes=sorted({r["code"] for r in codes}), regions=regions, place=place,
                    download=q.params(), nav="claims")


def _compare(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The sources of one claim group side by side; rows whose values differ are marked."""
    rows = []

    def add(label: str, values: list[Any]) -> None:
        """A row; it differs when two sources state different values (one that does not say is
        shown as "not stated", not counted as a disagreement)."""
        stated = [None if v in (None, "") else str(v) for v in values]
        rows.append({"label": label, "cells": stated, "differs": len({v for v in stated if v is not None}) > 1})

    claims = [m["claim"] for m in members]
    add("destroyed", [cl.get("destroyed") for cl in claims])
    add("launched", [cl.get("launched") for cl in claims])
    add("window", [f"{(cl.get('window') or {}).get('start') or '?'} → {(cl.get('window') or {}).get('end') or '?'}"
                   if cl.get("window") else None for cl in claims])
    places: dict[str, str] = {}
    cells: list[dict[str, list[str]]] = []
    for cl in claims:
        mine: dict[str, list[str]] = defaultdict(list)
        for item in cl.get("breakdown", []):
            for p in item.get("places", []):
                places.setdefault(p["id"], p["name"])
                count = "named, no count" if item["count"] is None else item["count"]
                mine[p["id"]].append(f"{count}{' each' if item.get('each') else ''}"
                                     f"{' (part)' if item.get('subset_of') is not None else ''}")
        cells.append(mine)
    for pid, name in sorted(places.items(), key=lambda e: e[1]):
        add(name, [", ".join(cell.get(pid, [])) or None for cell in cells])
    return {"members": members, "rows": rows, "differs": any(r["differs"] for r in rows)}


def _label_members(conn, members: list[dict[str, Any]]) -> None:
    labels = queries.document_labels(conn, [int(m["document_id"][1:]) for m in members])
    for m in members:
        m["doc"] = labels.get(int(m["document_id"][1:]))


@router.get("/claims/{ref}", response_class=HTMLResponse)
def claim_page(request: Request, ref: Annotated[str, Path(pattern=r"^c\d{1,18}$")]):
    c = ctx(request)
    with c.connect() as conn:
        item = queries.show(conn, ref)
        group = queries.show(conn, item["group"]) if item["group"] else None
        members = data.group_members(conn, group) if group else []
        _label_members(conn, members)
    doc, claim = item["document"], item["claim"]
    findings = list(item["findings"])
    if group:
        seen = {(f["code"], f["message"]) for f in findings}
        findings += [f for f in group["findings"] if (f["code"], f["message"]) not in seen]
    text = doc["text"]
    marks = highlight.claim_marks(text, claim, ref) + highlight.finding_marks(text, findings)
    comparison = _compare(members) if members else None
    return c.render(request, "claim.html", ref=ref, item=item, doc=doc, claim=claim, findings=findings,
                    segments=highlight.highlight(text, marks), group=group, comparison=comparison, nav="claims")


@router.get("/documents/{ref}", response_class=HTMLResponse)
def document_page(request: Request, ref: Annotated[str, Path(pattern=r"^d\d{1,18}$")]):
    c = ctx(request)
    with c.connect() as conn:
        item = queries.show(conn, ref)
        doc_id = int(ref[1:])
        claims = data.document_claims(conn, doc_id)
        incidents = data.document_incidents(conn, doc_id)
    doc, findings = item["document"], item["findings"]
    text = doc["text"]
    marks = highlight.finding_marks(text, findings)
    for cl in claims:
        marks += highlight.claim_marks(text, cl["claim"], cl["id"])
    for inc in incidents:
        marks += highlight.incident_marks(text, inc, inc.get("id", ""))
    return c.render(request, "document.html", ref=ref, doc=doc, claims=claims, incidents=incidents,
                    findings=findings, segments=highlight.highlight(text, marks), versions=item["versions"],
                    changes=item["changes"], nav="claims")


@router.get("/groups/{ref}", response_class=HTMLResponse)
def group_page(request: Request, ref: Annotated[str, Path(pattern=r"^g\d{1,18}$")]):
    c = ctx(request)
    with c.connect() as conn:
        group = queries.show(conn, ref)
        members = data.group_members(conn, group)
        _label_members(conn, members)
    return c.render(request, "group.html", ref=ref, group=group, comparison=_compare(members), nav="claims")


# -- search ----------------------------------------------------------------------------------------

@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None):
    c = ctx(request)
    hits = []
    if q and q.strip():
        with c.connect() as conn:
            hits = queries.search(conn, q, 50)
            labels = queries.document_labels(conn, [int(h["id"][1:]) for h in hits])
        for h in hits:
            h["doc"] = labels.get(int(h["id"][1:]))
    for h in hits:  # the store marks matches with [ and ]: split them out to escape each part
        h["parts"] = _snippet(h["snippet"] or "")
    return c.render(request, "search.html", q=q or "", hits=hits, nav="search")


def _snippet(snippet: str) -> list[tuple[bool, str]]:
    parts, hit, buf = [], False, ""
    for ch in snippet:
        if ch in "[]" and (ch == "[") != hit:
            if buf:
                parts.append((hit, buf))
            buf, hit = "", ch == "["
        else:
            buf += ch
    if buf:
        parts.append((hit, buf))
    return parts


# -- check a report --------------------------------------------------------------------------------

@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request):
    return ctx(request).render(request, "check.html", text="", published="", lang="auto", report=None,
                               nav="check", error=None)


@router.post("/check", response_class=HTMLResponse)
async def check(request: Request):
    raw = await request.body()
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("application/x-www-form-urlencoded"):
        raise QueryError("send the form (application/x-www-form-urlencoded)")
    form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True).items()}
    text = form.get("text", "").replace("\r\n", "\n")
    published = form.get("published", "").strip() or None
    lang = form.get("lang", "auto")
    c = ctx(request)
    values = {"text": text, "published": published or "", "lang": lang, "nav": "check", "report": None,
              "error": None}
    if not text.strip():
        values["error"] = "Paste the text of a report first."
        return c.render(request, "check.html", status=400, **values)
    if lang not in ("auto", "en", "ru", "uk"):
        lang = "auto"
    try:
        from raidlog.ingest.dates import publication_day

        try:
            publication_day(published)
        except ValueError as exc:
            raise ValueError(f"Publication date: {exc}.") from None
        from starlette.concurrency import run_in_threadpool

        from raidlog.web import limits

        report = await run_in_threadpool(limits.extract, text, published, lang)
    except (QueryError, ValueError) as exc:
        values["error"] = str(exc)
        return c.render(request, "check.html", status=400, **values)
    except HTTPException as exc:  # busy, or past the time limit (raidlog.web.limits)
        values["error"] = exc.detail[:1].upper() + exc.detail[1:] + "."
        return c.render(request, "check.html", status=exc.status_code, **values)
    r = report.to_dict()
    marks = highlight.finding_marks(text, r["findings"])
    for cl in r["claims"]:
        marks += highlight.claim_marks(text, cl, cl["id"])
    for inc in r["incidents"]:
        marks += highlight.incident_marks(text, inc, inc["id"])
    values |= {"report": r, "segments": highlight.highlight(text, marks),
               "places": named_places(r["claims"], r["incidents"])}
    return c.render(request, "check.html", **values)


def named_places(claims: list[dict[str, Any]], incidents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every place the claims' breakdowns and the incidents name, once, with the words as written
    and where each is named ("claim 1: 12", "incident 2")."""
    out: dict[str, dict[str, Any]] = {}

    def add(p: dict[str, Any], used: str) -> None:
        e = out.setdefault(p["id"], {"id": p["id"], "name": p["name"], "kind": p.get("kind") or "",
                                     "iso": p.get("iso"), "region": p.get("region") or region_name(p.get("iso")),
                                     "as_written": [], "used": []})
        if p.get("as_written") and p["as_written"] not in e["as_written"]:
            e["as_written"].append(p["as_written"])
        if used not in e["used"]:
            e["used"].append(used)

    for n, cl in enumerate(claims, 1):
        for item in cl.get("breakdown", []):
            for p in item.get("places", []):
                add(p, f"claim {n}: {'no count' if item.get('count') is None else item['count']}"
                       f"{' each' if item.get('each') else ''}")
    for n, inc in enumerate(incidents, 1):
        for p in inc.get("places", []):
            add(p, f"incident {n}")
    return list(out.values())


# -- the API reference (served here instead of Swagger UI, which loads from a CDN) -----------------

@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    spec = request.app.openapi()
    endpoints = []
    for path_, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "default": p.get("schema", {}).get("default"),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            endpoints.append({"method": method.upper(), "path": path_, "summary": op.get("summary", ""),
                              "params": params, "body": _fields(body, spec) if body else None,
                              "responses": sorted(op.get("responses", {})),
                              "try": method == "get" and "{" not in path_})
    return ctx(request).render(request, "apidocs.html", endpoints=endpoints, spec=spec, nav="api")


def _type(schema: dict) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    return schema.get("type", "")


def _fields(schema: dict, spec: dict) -> list[dict[str, Any]]:
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    required = set(schema.get("required", []))
    return [{"name": k, "type": _type(v), "required": k in required, "description": v.get("description", "")}
            for k, v in schema.get("properties", {}).items()]
