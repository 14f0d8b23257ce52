"""Reading the ledger: claims, findings, statistics, one item, full-text search.

Every query returns plain rows (dicts) that the CLI renders as a table, JSON,
JSON lines or CSV, and that export and the web layer reuse. Only current
versions of documents count unless ``all_versions`` is asked for.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, get_args

from sqlalchemy import Connection, and_, func, select, text, true

from raidlog.geo import Gazetteer
from raidlog.model import WeaponType
from raidlog.store import schema as t


class QueryError(ValueError):
    """A filter that cannot be understood, with the reason."""


@dataclass(frozen=True)
class ClaimFilter:
    since: str | None = None
    until: str | None = None
    claimant: str | None = None  # the name contains this (ignoring case)
    side: str | None = None
    region: str | None = None  # ISO 3166-2 code or a name
    weapon: str | None = None
    with_finding: str | None = None
    place: str | None = None  # a place id ("geonames:578072"): claims with a breakdown item there
    all_versions: bool = False
    limit: int | None = 100
    offset: int = 0
    sort: str = "day"  # day | destroyed | claimant
    desc: bool = True


SORTS = ("day", "destroyed", "claimant")
WEAPONS = get_args(WeaponType)  # drone, missile, guided_bomb, rocket, mixed, unknown


def region_code(region: str) -> str:
    """"RU-BEL", "Belgorod Oblast", "Белгородская область" → an ISO 3166-2 code."""
    if len(region) <= 6 and "-" in region and region.split("-")[0].isalpha():
        return region.upper()
    found = [p for p in Gazetteer.default().lookup(region) if p.kind == "admin1"]
    if not found:
        found = [p for p in Gazetteer.default().lookup(f"{region} Region") if p.kind == "admin1"]
    if not found:
        raise QueryError(f"unknown region {region!r} (give an ISO 3166-2 code such as RU-BEL, or a name)")
    return found[0].iso


def check_date(value: str | None, what: str) -> str | None:
    """``value`` as YYYY-MM-DD (None when empty); a :class:`QueryError` naming ``what`` otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{what} {value!r} is not a date in the form YYYY-MM-DD") from None


def _conditions(f: ClaimFilter, names: Iterable[str] | None) -> list:
    """The filter as SQL conditions. With ``names`` (every claimant name in the ledger),
    "claimant contains X" becomes "claimant is one of …", which an index answers."""
    c, d, ip = t.claims, t.documents, t.item_places
    conds = []
    since, until = check_date(f.since, "--since"), check_date(f.until, "--until")
    if since:
        conds.append(c.c.day >= since)
    if until:
        conds.append(c.c.day <= until)
    if f.claimant and names is not None:
        sought = f.claimant.casefold()
        conds.append(c.c.claimant_name.in_(sorted(n for n in names if sought in n.casefold())))
    elif f.claimant:  # "%" and "_" are letters here, not LIKE wildcards
        conds.append(func.lower(c.c.claimant_name).contains(f.claimant.lower(), autoescape=True))
    if f.side:
        conds.append(c.c.side == f.side.upper())
    if f.weapon:
        if f.weapon not in WEAPONS:
            raise QueryError(f"weapon {f.weapon!r}: choose one of {', '.join(WEAPONS)}")
        # a claim of several weapon types ("mixed") is one of each type its split names
        # (Claim.weapons, stored in its JSON as {"type": "missile", …})
        conds.append((c.c.weapon == f.weapon) | ((c.c.weapon == "mixed") & c.c.data.contains(
            json.dumps({"type": f.weapon})[1:-1], autoescape=True)) if f.weapon not in ("mixed", "unknown")
            else c.c.weapon == f.weapon)
    if not f.all_versions:
        conds.append(d.c.is_current.is_(True))
    if f.region:
        sub = [ip.c.iso == region_code(f.region)]
        if since:
            sub.append(ip.c.day >= since)
        if until:
            sub.append(ip.c.day <= until)
        conds.append(c.c.id.in_(select(ip.c.claim_id).where(and_(true(), *sub))))
    if f.place:
        conds.append(c.c.id.in_(select(ip.c.claim_id).where(ip.c.place_id == f.place)))
    if f.with_finding:
        fd = t.findings
        conds.append(c.c.id.in_(select(fd.c.claim_id).where(fd.c.code == f.with_finding)))
    return conds


def count_claims(conn: Connection, f: ClaimFilter, names: Iterable[str] | None = None) -> int:
    c, d = t.claims, t.documents
    query = select(func.count()).select_from(c).join(d, d.c.id == c.c.document_id)
    return conn.execute(query.where(and_(true(), *_conditions(f, names)))).scalar_one()


def claims(conn: Connection, f: ClaimFilter, names: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Claims matching ``f``, sorted (``f.sort``, ``f.desc``), one page (``f.limit``, ``f.offset``)."""
    if f.sort not in SORTS:
        raise QueryError(f"sort {f.sort!r}: choose one of {', '.join(SORTS)}")
    c, d = t.claims, t.documents
    direction = (lambda col: col.desc()) if f.desc else (lambda col: col.asc())
    order = {
        "day": [direction(c.c.day), direction(c.c.id)],
        # NULLs (launch-only claims) last in either direction, on SQLite and PostgreSQL alike
        "destroyed": [direction(c.c.destroyed).nulls_last(), direction(c.c.day), direction(c.c.id)],
        "claimant": [direction(c.c.claimant_name), direction(c.c.day), direction(c.c.id)],
    }[f.sort]
    query = (select(c.c.id, c.c.day, c.c.claimant_name, c.c.claimant_kind, c.c.person, c.c.side, c.c.weapon,
                    c.c.destroyed, c.c.launched, c.c.window_start, c.c.window_end, c.c.window_start_utc,
                    c.c.window_end_utc, c.c.timezone, c.c.timezone_assumed, c.c.scope, c.c.hedged,
                    c.c.group_id, c.c.document_id, c.c.data, d.c.name.label("document"), d.c.url, d.c.source,
                    d.c.title, d.c.is_current, t.claim_groups.c.primary_claim_id)
             .join(d, d.c.id == c.c.document_id)
             .join(t.claim_groups, t.claim_groups.c.id == c.c.group_id, isouter=True)
             .where(and_(true(), *_conditions(f, names))).order_by(*order))
    if f.limit:
        query = query.limit(f.limit).offset(f.offset)
    rows = conn.execute(query).all()
    codes = finding_codes(conn, [r.id for r in rows])
    return [_claim_row(r, codes) for r in rows]


def _claim_row(r, codes: dict[int, list[str]]) -> dict[str, Any]:
    data = json.loads(r.data)
    regions = sorted({p["iso"] for it in data["breakdown"] for p in it["places"] if p["iso"]})
    return {
        "id": f"c{r.id}", "day": r.day, "claimant": r.claimant_name, "claimant_kind": r.claimant_kind,
        "person": r.person, "side": r.side, "weapon": r.weapon,
        "destroyed": r.destroyed, "launched": r.launched, "window_start": r.window_start,
        "window_end": r.window_end, "window_start_utc": r.window_start_utc, "window_end_utc": r.window_end_utc,
        "timezone": r.timezone, "timezone_assumed": r.timezone_assumed, "scope": r.scope, "hedged": r.hedged,
        "regions": regions, "group": f"g{r.group_id}" if r.group_id else None,
        "document": r.document, "document_id": f"d{r.document_id}", "source": r.source, "url": r.url,
        "findings": codes.get(r.id, []), "breakdown": data["breakdown"], "title": r.title,
        # a mixed claim's split by weapon type and model, as stated
        "weapons": [{k: w.get(k) for k in ("type", "model", "launched", "destroyed")} for w in data.get("weapons", [])],
        # the store's rule (raidlog.store.summary.counted_claims): a current document's report-scope
        # claim, a claim group once (by its primary)
        "counted_in_stats": bool(r.is_current and r.scope == "report" and r.day
                                 and (r.group_id is None or r.primary_claim_id == r.id)),
    }


def finding_codes(conn: Connection, claim_ids: list[int]) -> dict[int, list[str]]:
    """The finding codes of each claim, in order of first appearance."""
    out: dict[int, list[str]] = {}
    if not claim_ids:
        return out
    fd = t.findings
    for r in conn.execute(select(fd.c.claim_id, fd.c.code).where(fd.c.claim_id.in_(claim_ids))):
        codes = out.setdefault(r.claim_id, [])
        if r.code not in codes:
            codes.append(r.code)
    return out


def findings(conn: Connection, code: str | None = None, severity: str | None = None,
             limit: int | None = 200, offset: int = 0) -> list[dict[str, Any]]:
    fd, d = t.findings, t.documents
    conds = []
    if code:
        conds.append(fd.c.code == code)
    if severity:
        if severity not in ("error", "warning", "info"):
            raise QueryError(f"severity {severity!r} is not one of error, warning, info")
        conds.append(fd.c.severity == severity)
    query = (select(fd, d.c.name.label("document"))
             .join(d, d.c.id == fd.c.document_id, isouter=True).where(and_(true(), *conds)).order_by(fd.c.id))
    if limit:
        query = query.limit(limit).offset(offset)
    return [finding_row(r) for r in conn.execute(query)]


def finding_row(r) -> dict[str, Any]:
    """A findings row (with the document's name as ``document``) as the API and CLI show it."""
    return {
        "id": f"f{r.id}", "code": r.code, "severity": r.severity, "scope": r.scope, "message": r.message,
        "suggestion": r.suggestion, "claim": f"c{r.claim_id}" if r.claim_id else None,
        "group": f"g{r.group_id}" if r.group_id else None, "document": r.document,
        "evidence": [e["text"] for e in json.loads(r.data).get("evidence", [])],
    }


SPLITS = ("side", "claimant", "region")


def stats(conn: Connection, by: str = "day", split: str | None = None, since: str | None = None,
          until: str | None = None) -> list[dict[str, Any]]:
    """Claimed destroyed and launched, documents and claim groups per period and side (and per
    claimant or region of each side), from the per-day summary (see :mod:`raidlog.store.summary`).
    ``split`` "side": one row per period and side; "claimant" and "region" add the side too, so
    no row adds up one side's claims with the other's. ``split`` None: every claimant of every
    side added up (the web's day list; not for publishing). ``launched`` is None where no claim
    of the period states a launched count."""
    if by not in ("day", "week", "month"):
        raise QueryError(f"--by {by!r}: the first --by is day, week or month; the second side, claimant or region")
    if split not in (None, *SPLITS):
        raise QueryError(f"--by {split!r}: the second --by is side, claimant or region")
    s = t.daily_stats
    conds = [s.c.region != ""] if split == "region" else [s.c.region == ""]
    if since:
        conds.append(s.c.day >= check_date(since, "--since"))
    if until:
        conds.append(s.c.day <= check_date(until, "--until"))
    keys = {"side": [s.c.side], "claimant": [s.c.side, s.c.claimant_name], "region": [s.c.side, s.c.region]}.get(
        split, [])
    rows = conn.execute(select(s.c.day, *keys, func.sum(s.c.destroyed).label("destroyed"),
                               func.sum(s.c.launched).label("launched"), func.sum(s.c.documents).label("documents"),
                               func.sum(s.c.groups).label("groups"))
                        .where(and_(true(), *conds)).group_by(s.c.day, *keys)).all()
    merged: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        period = _bucket(r.day, by)
        labels = {"claimant" if k.name == "claimant_name" else k.name: getattr(r, k.name) for k in keys}
        row = merged.setdefault((period, *map(str, labels.values())), {
            "period": period, **labels, "destroyed": 0, "launched": None, "documents": 0, "groups": 0})
        row["destroyed"] += r.destroyed or 0
        row["launched"] = plus(row["launched"], r.launched)
        row["documents"] += r.documents
        row["groups"] += r.groups
    return [merged[k] for k in sorted(merged)]


def plus(total: int | None, value: int | None) -> int | None:
    """A sum of claimed counts where None is "not stated": it stays None until a count comes."""
    return total if value is None else (total or 0) + value


def _bucket(day: str, by: str) -> str:
    if by == "day":
        return day
    if by == "month":
        return day[:7]
    d = date.fromisoformat(day)
    monday = d - timedelta(days=d.weekday())
    return f"{monday.isoformat()}/W{d.isocalendar().week:02d}"


def show(conn: Connection, ref: str) -> dict[str, Any]:
    """A claim ("c12"), group ("g3") or document ("d7"), with its evidence."""
    kind, num = ref[:1], ref[1:]
    if kind not in ("c", "g", "d") or not num.isdigit():
        raise QueryError(f"{ref!r} is not an id: use c<number> (claim), g<number> (group) or d<number> (document)")
    n = int(num)
    if kind == "c":
        row = conn.execute(select(t.claims).where(t.claims.c.id == n)).first()
        if row is None:
            raise QueryError(f"no claim {ref}")
        doc = document(conn, row.document_id)
        # the ledger's id ("c36"), the one every command and export shows; the extraction's own id
        # (its document's hash and the claim's number in the report) stays as "report_id"
        data = json.loads(row.data)
        claim = {"id": ref, "report_id": data.pop("id", None), **data}
        return {"claim": claim, "id": ref, "group": f"g{row.group_id}" if row.group_id else None,
                "document": doc, "findings": _findings_of(conn, claim_id=n, document_id=row.document_id)}
    if kind == "g":
        row = conn.execute(select(t.claim_groups).where(t.claim_groups.c.id == n)).first()
        if row is None:
            raise QueryError(f"no claim group {ref}")
        members = conn.execute(select(t.claims.c.id, t.claims.c.destroyed, t.claims.c.launched,
                                      t.documents.c.name, t.documents.c.url)
                               .join(t.documents, t.documents.c.id == t.claims.c.document_id)
                               .where(t.claims.c.group_id == n)).all()
        return {"group": ref, "claimant": row.claimant_name, "day": row.day, "scope": row.scope,
                "disagree": row.disagree,
                "claims": [{"id": f"c{m.id}", "destroyed": m.destroyed, "launched": m.launched,
                            "document": m.name, "url": m.url} for m in members],
                "findings": _findings_of(conn, group_id=n)}
    doc = document(conn, n)
    if doc is None:
        raise QueryError(f"no document {ref}")
    ids = conn.execute(select(t.claims.c.id).where(t.claims.c.document_id == n).order_by(t.claims.c.id)).scalars()
    claim_refs = [f"c{i}" for i in ids]
    incidents = document_incidents(conn, n)
    return {"document": doc, "claims": claim_refs, "incidents": incidents,
            "nothing_extracted": not claim_refs and not incidents, "findings": _findings_of(conn, document_id=n),
            **_versions(conn, n, doc)}


def _versions(conn: Connection, n: int, doc: dict[str, Any]) -> dict[str, Any]:
    """The versions of the post a document is a version of, and what changed from the previous
    version: its claims then, and the words removed and added (``raidlog.store.versions``)."""
    from raidlog.store import versions

    out: dict[str, Any] = {"versions": versions.chain(conn, n), "changes": None}
    if doc["previous"]:
        before = document(conn, int(doc["previous"][1:]))

        def counts(doc_id: int) -> list[dict[str, Any]]:
            return [{"id": f"c{r.id}", "destroyed": r.destroyed, "launched": r.launched}
                    for r in conn.execute(select(t.claims.c.id, t.claims.c.destroyed, t.claims.c.launched)
                                          .where(t.claims.c.document_id == doc_id).order_by(t.claims.c.id))]

        out["changes"] = {"from": doc["previous"],
                          "text": versions.changes(before["text"], doc["text"]) if before else None,
                          "claims_before": counts(int(doc["previous"][1:])), "claims_now": counts(n)}
    return out


def document_incidents(conn: Connection, doc_id: int) -> list[dict[str, Any]]:
    """The incidents of one document (``Incident.to_dict()``), in the order extracted."""
    i = t.incidents
    return [json.loads(r.data) for r in conn.execute(select(i.c.data).where(i.c.document_id == doc_id)
                                                     .order_by(i.c.id))]


def extracted(conn: Connection, doc_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(claims, incidents) stored for each of ``doc_ids``; a document with neither is absent."""
    out: dict[int, list[int]] = {}
    if not doc_ids:
        return {}
    for k, table in enumerate((t.claims, t.incidents)):
        for doc_id, n in conn.execute(select(table.c.document_id, func.count())
                                      .where(table.c.document_id.in_(doc_ids)).group_by(table.c.document_id)):
            out.setdefault(doc_id, [0, 0])[k] = n
    return {doc_id: (c, i) for doc_id, (c, i) in out.items()}


def extracted_label(counts: tuple[int, int] | None) -> str:
    """"2 claims, 1 incident", or "nothing extracted"."""
    if not counts:
        return "nothing extracted"
    claims_, incidents = counts
    parts = [f"{claims_} claim{'s' if claims_ != 1 else ''}"] if claims_ else []
    parts += [f"{incidents} incident{'s' if incidents != 1 else ''}"] if incidents else []
    return ", ".join(parts)


def document(conn: Connection, doc_id: int) -> dict[str, Any] | None:
    r = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).first()
    if r is None:
        return None
    return {"id": f"d{r.id}", "name": r.name, "source": r.source, "external_id": r.external_id, "url": r.url,
            "title": r.title, "published": r.published, "lang": r.lang, "version": r.version,
            "previous": f"d{r.previous_id}" if r.previous_id else None, "current": r.is_current,
            "edited": r.edited, "fetched_at": r.fetched_at, "hash": r.doc_hash, "text": r.text}


def _findings_of(conn: Connection, **where) -> list[dict[str, Any]]:
    fd = t.findings
    conds = [getattr(fd.c, k) == v for k, v in where.items() if v is not None]
    if "claim_id" in where and "document_id" in where:
        conds = [(fd.c.claim_id == where["claim_id"]) | (
            (fd.c.document_id == where["document_id"]) & fd.c.claim_id.is_(None))]
    return [json.loads(r.data) | {"scope": r.scope} for r in conn.execute(select(fd).where(and_(true(), *conds)))]


def search(conn: Connection, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search over documents (FTS5 on SQLite, tsvector on PostgreSQL) that finds inflected
    words ("Шебекино" finds "в Шебекине", "drone" finds "drones") and prefixes ("Шебекин*"); see
    :mod:`raidlog.store.search`. Each hit has its title, a snippet with the matching words in [ ],
    and what was extracted from it ("2 claims, 1 incident" or "nothing extracted": such documents
    are stored too)."""
    from raidlog.store import search as fts

    terms = fts.parse(query)
    if not terms:
        raise QueryError("the search text is empty" if not query.strip() else
                         f"{query!r} has no word to search for")
    import logging

    logging.getLogger("raidlog.store").debug("search %r: FTS5 %s; tsquery %s", query, fts.fts5_query(terms),
                                             fts.tsquery(terms))
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(
            "SELECT d.id, d.name, d.title, d.published, d.source, d.url, d.lang, d.text "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH :q AND d.is_current ORDER BY rank LIMIT :n"),
            {"q": fts.fts5_query(terms), "n": limit})
    else:
        rows = conn.execute(text(
            "SELECT d.id, d.name, d.title, d.published, d.source, d.url, d.lang, d.text "
            "FROM documents d, to_tsquery('simple', :q) q WHERE d.tsv @@ q AND d.is_current "
            "ORDER BY ts_rank(d.tsv, q) DESC, d.id LIMIT :n"), {"q": fts.tsquery(terms), "n": limit})
    rows = rows.all()
    counts = extracted(conn, [r.id for r in rows])
    return [{"id": f"d{r.id}", "document": r.name, "title": r.title, "published": r.published,
             "source": r.source, "url": r.url, "extracted": extracted_label(counts.get(r.id)),
             "claims": counts.get(r.id, (0, 0))[0], "incidents": counts.get(r.id, (0, 0))[1],
             "snippet": fts.snippet(r.text, terms, r.lang)} for r in rows]


def finding_counts(conn: Connection) -> list[dict[str, Any]]:
    fd = t.findings
    rows = conn.execute(select(fd.c.code, fd.c.severity, func.count().label("n"))
                        .group_by(fd.c.code, fd.c.severity).order_by(fd.c.code)).all()
    return [{"code": r.code, "severity": r.severity, "count": r.n} for r in rows]


def finding_counts_by_scope(conn: Connection) -> list[dict[str, Any]]:
    """Findings per code and severity, split by scope: ``document`` (one report's own checks) and
    ``ledger`` (across reports: sources that disagree, overlapping windows …)."""
    fd = t.findings
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for r in conn.execute(select(fd.c.code, fd.c.severity, fd.c.scope, func.count().label("n"))
                          .group_by(fd.c.code, fd.c.severity, fd.c.scope)):
        row = out.setdefault((r.code, r.severity), {"code": r.code, "severity": r.severity, "document": 0,
                                                    "ledger": 0})
        row["ledger" if r.scope == "ledger" else "document"] += r.n
    return [out[k] for k in sorted(out)]


# -- incidents -------------------------------------------------------------------------------------

INCIDENT_KINDS = ("attack_reported", "attack_repelled", "debris", "fire", "damage", "casualties", "hit")


@dataclass(frozen=True)
class IncidentFilter:
    """Incidents: what officials report happened (damage, debris, fire, casualties, hits …)."""

    since: str | None = None
    until: str | None = None
    reporter: str | None = None  # the reporter's name contains this (ignoring case)
    side: str | None = None  # the reporter's side
    region: str | None = None  # ISO 3166-2 code or a name: incidents with a place there
    kind: str | None = None  # one of INCIDENT_KINDS
    place: str | None = None  # a place id: incidents there
    all_versions: bool = False
    limit: int | None = 100
    offset: int = 0


def _incident_conditions(f: IncidentFilter) -> list:
    i, d, ip = t.incidents, t.documents, t.incident_places
    conds = []
    since, until = check_date(f.since, "--since"), check_date(f.until, "--until")
    if since:
        conds.append(i.c.day >= since)
    if until:
        conds.append(i.c.day <= until)
    if f.reporter:
        conds.append(func.lower(i.c.reporter_name).contains(f.reporter.lower(), autoescape=True))
    if f.side:
        conds.append(i.c.side == f.side.upper())
    if f.kind:
        if f.kind not in INCIDENT_KINDS:
            raise QueryError(f"kind {f.kind!r}: choose one of {', '.join(INCIDENT_KINDS)}")
        conds.append(i.c.kind == f.kind)
    if not f.all_versions:
        conds.append(d.c.is_current.is_(True))
    if f.region:
        conds.append(i.c.id.in_(select(ip.c.incident_id).where(ip.c.iso == region_code(f.region))))
    if f.place:
        conds.append(i.c.id.in_(select(ip.c.incident_id).where(ip.c.place_id == f.place)))
    return conds


def count_incidents(conn: Connection, f: IncidentFilter) -> int:
    i, d = t.incidents, t.documents
    query = select(func.count()).select_from(i).join(d, d.c.id == i.c.document_id)
    return conn.execute(query.where(and_(true(), *_incident_conditions(f)))).scalar_one()


def incidents(conn: Connection, f: IncidentFilter) -> list[dict[str, Any]]:
    """Incidents matching ``f``, newest first: kind, reporter, places, killed and injured as the
    report states them (None: not stated), the document they come from."""
    i, d = t.incidents, t.documents
    query = (select(i.c.id, i.c.day, i.c.kind, i.c.reporter_name, i.c.reporter_kind, i.c.side, i.c.killed,
                    i.c.injured, i.c.document_id, i.c.data, d.c.name.label("document"), d.c.url, d.c.source,
                    d.c.title)
             .join(d, d.c.id == i.c.document_id).where(and_(true(), *_incident_conditions(f)))
             .order_by(i.c.day.desc(), i.c.id.desc()))
    if f.limit:
        query = query.limit(f.limit).offset(f.offset)
    return [incident_row(r) for r in conn.execute(query)]


def incident_row(r) -> dict[str, Any]:
    data = json.loads(r.data)
    reporter = data.get("reporter") or {}
    places = [{k: p.get(k) for k in ("id", "name", "kind", "iso", "country", "region", "lat", "lon", "as_written")}
              for p in data.get("places", [])]
    return {
        "id": f"i{r.id}", "day": r.day, "kind": r.kind, "kinds": data.get("kinds") or [r.kind],
        "reporter": r.reporter_name, "reporter_kind": r.reporter_kind, "person": reporter.get("person"),
        "side": r.side, "killed": r.killed, "injured": r.injured, "locations": data.get("locations"),
        "places": places, "regions": sorted({p["iso"] for p in places if p["iso"]}),
        "description": data.get("description") or "",
        "evidence": [e["text"] for e in data.get("evidence", [])],
        "document": r.document, "document_id": f"d{r.document_id}", "source": r.source, "url": r.url,
        "title": getattr(r, "title", None),
    }


# -- the findings page -----------------------------------------------------------------------------

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class FindingFilter:
    """Findings by code, severity, day and claimant. A finding's day is the day it was reconciled
    for (ledger findings), else its claim's day, else its document's publication day, stored with
    it (``findings.day``, indexed); its claimant is its claim's or group's."""

    code: str | None = None
    severity: str | None = None
    since: str | None = None
    until: str | None = None
    claimant: str | None = None  # the name contains this (ignoring case)
    limit: int | None = 50
    offset: int = 0


def _finding_parts(f: FindingFilter, with_code: bool = True):
    fd, c, g, d = t.findings, t.claims, t.claim_groups, t.documents
    day = fd.c.day  # stored with each finding (schema version 13): an index lookup, not three joins
    claimant = func.coalesce(c.c.claimant_name, g.c.claimant_name)
    source = (fd.join(c, c.c.id == fd.c.claim_id, isouter=True).join(g, g.c.id == fd.c.group_id, isouter=True)
              .join(d, d.c.id == func.coalesce(fd.c.document_id, c.c.document_id), isouter=True))
    conds = []
    if f.code and with_code:
        conds.append(fd.c.code == f.code)
    if f.severity:
        if f.severity not in SEVERITIES:
            raise QueryError(f"severity {f.severity!r} is not one of error, warning, info")
        conds.append(fd.c.severity == f.severity)
    since, until = check_date(f.since, "since"), check_date(f.until, "until")
    if since:
        conds.append(day >= since)
    if until:
        conds.append(day <= until)
    if f.claimant:
        conds.append(func.lower(claimant).contains(f.claimant.lower(), autoescape=True))
    return source, day, claimant, and_(true(), *conds)


def finding_page(conn: Connection, f: FindingFilter) -> list[dict[str, Any]]:
    """One page of findings matching ``f``, newest first: ``finding_row`` plus day, claimant,
    document id, title and source, and the evidence's quotes."""
    fd, d = t.findings, t.documents
    source, day, claimant, where = _finding_parts(f)
    query = (select(fd, d.c.name.label("document"), d.c.id.label("doc_id"), d.c.title, d.c.source, d.c.url,
                    day.label("fday"), claimant.label("claimant"))
             .select_from(source).where(where).order_by(day.desc(), fd.c.id.desc()))
    if f.limit:
        query = query.limit(f.limit).offset(f.offset)
    return [{**finding_row(r), "day": r.fday, "claimant": r.claimant, "title": r.title, "source": r.source,
             "url": r.url, "document_id": f"d{r.doc_id}" if r.doc_id else None}
            for r in conn.execute(query)]


def count_findings(conn: Connection, f: FindingFilter) -> int:
    source, _, _, where = _finding_parts(f)
    return conn.execute(select(func.count()).select_from(source).where(where)).scalar_one()


def finding_code_counts(conn: Connection, f: FindingFilter) -> list[dict[str, Any]]:
    """Findings per code and severity under ``f``'s other filters (its code left out)."""
    fd = t.findings
    source, _, _, where = _finding_parts(f, with_code=False)
    rows = conn.execute(select(fd.c.code, fd.c.severity, func.count().label("n")).select_from(source).where(where)
                        .group_by(fd.c.code, fd.c.severity).order_by(fd.c.code, fd.c.severity)).all()
    return [{"code": r.code, "severity": r.severity, "count": r.n} for r in rows]


def document_labels(conn: Connection, doc_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """For showing documents by what they are, not by file path: each document's title (else the
    start of its text), its outlet (a channel's or feed's name, else the address's host) and
    publication day."""
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    d = t.documents
    out = {}
    for r in conn.execute(select(d.c.id, d.c.title, d.c.source, d.c.url, d.c.published,
                                 func.substr(d.c.text, 1, 200).label("head")).where(d.c.id.in_(ids))):
        title = (r.title or "").strip()
        if not title:
            head = " ".join((r.head or "").split())
            title = head if len(head) <= 90 else head[:90].rsplit(" ", 1)[0] + " …"
        out[r.id] = {"title": title or f"d{r.id}", "outlet": outlet(r.source, r.url) or r.source or "",
                     "published": r.published}
    return out


def outlet(source: str | None, url: str | None) -> str:
    """Who published a document: a Telegram channel's or feed's name ("telegram:Минобороны России"
    → "Минобороны России"), else its address's host; "" when neither is known (a file)."""
    from urllib.parse import urlsplit

    kind, _, name = (source or "").partition(":")
    if kind in ("telegram", "rss", "feed") and name:
        return name
    return (urlsplit(url).hostname or "") if url else ""
