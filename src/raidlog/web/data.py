"""What the web layer reads beyond :mod:`raidlog.store.queries`.

The store's functions (``claims``, ``findings``, ``stats``, ``show``,
``search``, ``document``, ``finding_counts``) are used wherever they answer
the question as asked. This module adds what they cannot do yet:

- :func:`claim_page`: the claims table sorted by day, destroyed or claimant,
  with a total for paging and a ``place`` filter (the map's places). With the
  store's own order and no place it *is* ``queries.claims``; otherwise it
  selects the page itself and builds rows of exactly the same shape (a test
  compares the two).
- :class:`Summary`: claimants' sides and per-day totals per place (the map),
  computed once per change of the ledger (a fingerprint of the newest ids)
  and kept in memory, so the pages stay fast on a million claims.
- groups, the claims and incidents of a document, the latest findings, the places of
  incidents (the map's incidents layer).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, select, text, true

from raidlog.store import queries
from raidlog.store import schema as t
from raidlog.store.queries import ClaimFilter, check_date

log = logging.getLogger("raidlog.web")

SORTS = queries.SORTS


# -- the claims table ---------------------------------------------------------------------------

def claim_page(conn: Connection, f: ClaimFilter, place: str | None = None, sort: str = "day",
               desc: bool = True, names: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """One page of claims (``f.limit``/``f.offset``), as ``queries.claims`` gives them;
    ``names``: every claimant name, to filter by claimant with the index."""
    check_date(f.since, "since"), check_date(f.until, "until")
    return queries.claims(conn, replace(f, place=place, sort=sort, desc=desc), names)


def count_claims(conn: Connection, f: ClaimFilter, place: str | None = None,
                 names: Iterable[str] | None = None) -> int:
    check_date(f.since, "since"), check_date(f.until, "until")
    return queries.count_claims(conn, replace(f, place=place), names)


def claim_ids_at(conn: Connection, place: str) -> set[str]:
    ip = t.item_places
    return {f"c{i}" for i in conn.execute(select(ip.c.claim_id).where(ip.c.place_id == place).distinct()).scalars()}


def place_info(conn: Connection, place: str) -> dict[str, Any] | None:
    r = conn.execute(select(t.places).where(t.places.c.id == place)).first()
    return dict(r._mapping) if r else None


# -- groups, documents, findings ------------------------------------------------------------------

def groups(conn: Connection, since: str | None = None, until: str | None = None, claimant: str | None = None,
           disagree: bool | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    g = t.claim_groups
    conds = []
    since, until = check_date(since, "since"), check_date(until, "until")
    if since:
        conds.append(g.c.day >= since)
    if until:
        conds.append(g.c.day <= until)
    if claimant:
        conds.append(func.lower(g.c.claimant_name).contains(claimant.lower(), autoescape=True))
    if disagree is not None:
        conds.append(g.c.disagree.is_(disagree))
    rows = conn.execute(select(g).where(and_(true(), *conds)).order_by(g.c.day.desc(), g.c.id.desc())
                        .limit(limit).offset(offset)).all()
    ids = [r.id for r in rows]
    members: dict[int, list[str]] = {}
    if ids:
        for cid, gid in conn.execute(select(t.claims.c.id, t.claims.c.group_id)
                                     .where(t.claims.c.group_id.in_(ids)).order_by(t.claims.c.id)):
            members.setdefault(gid, []).append(f"c{cid}")
    return [{"id": f"g{r.id}", "claimant": r.claimant_name, "day": r.day, "scope": r.scope, "total": r.total,
             "sources": r.sources, "disagree": r.disagree, "claims": members.get(r.id, [])} for r in rows]


def document_claims(conn: Connection, doc_id: int) -> list[dict[str, Any]]:
    """The claims of one document: id, group and the full claim (``Claim.to_dict()``)."""
    c = t.claims
    rows = conn.execute(select(c.c.id, c.c.group_id, c.c.data).where(c.c.document_id == doc_id)
                        .order_by(c.c.id)).all()
    return [{"id": f"c{r.id}", "group": f"g{r.group_id}" if r.group_id else None, "claim": json.loads(r.data)}
            for r in rows]


document_incidents = queries.document_incidents


def group_members(conn: Connection, group: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims of a group (``queries.show(conn, "g3")``) with their full claims and documents."""
    ids = [int(m["id"][1:]) for m in group["claims"]]
    if not ids:
        return []
    c, d = t.claims, t.documents
    rows = conn.execute(select(c.c.id, c.c.data, c.c.document_id, d.c.name, d.c.url, d.c.source, d.c.published)
                        .join(d, d.c.id == c.c.document_id).where(c.c.id.in_(ids)).order_by(c.c.id)).all()
    return [{"id": f"c{r.id}", "claim": json.loads(r.data), "document_id": f"d{r.document_id}",
             "document": r.name, "url": r.url, "source": r.source, "published": r.published} for r in rows]


def latest_findings(conn: Connection, limit: int = 10) -> list[dict[str, Any]]:
    """The newest findings, shaped as ``queries.findings`` plus ``document_id``."""
    fd, d = t.findings, t.documents
    rows = conn.execute(select(fd, d.c.name.label("document"))
                        .join(d, d.c.id == fd.c.document_id, isouter=True)
                        .order_by(fd.c.id.desc()).limit(limit)).all()
    return [{**queries.finding_row(r), "document_id": f"d{r.document_id}" if r.document_id else None}
            for r in rows]


# -- the summary -----------------------------------------------------------------------------------

def fingerprint(conn: Connection) -> tuple:
    """Changes whenever the ledger does: every write adds rows with new ids (runs, documents,
    claims on ingest and reprocess, groups and findings on reconciliation)."""
    return tuple(conn.execute(text(
        "SELECT (SELECT max(id) FROM runs), (SELECT max(id) FROM documents), (SELECT max(id) FROM claims), "
        "(SELECT max(id) FROM findings), (SELECT max(id) FROM claim_groups), (SELECT max(id) FROM incidents), "
        "(SELECT max(finished_at) FROM runs)")).one())


def _counted():
    """The claims that count, by the store's rule (``raidlog.store.summary.counted_claims``):
    current documents, scope report, a claim group once."""
    from raidlog.store.summary import counted_claims

    return counted_claims(None)


def claimant_sides(conn: Connection) -> dict[str, str]:
    """Each claimant's side (the most frequent one, should a name be used by both)."""
    c = t.claims
    best: dict[str, tuple[int, str]] = {}
    for name, side, n in conn.execute(select(c.c.claimant_name, c.c.side, func.count())
                                      .group_by(c.c.claimant_name, c.c.side)):
        if name not in best or n > best[name][0]:
            best[name] = (n, side)
    return {name: side for name, (_, side) in best.items()}


def place_totals(conn: Connection) -> list[dict[str, Any]]:
    """Claimed destroyed per day, claimant, side and place: the claims that count, items that are
    part of another left out (the rules of ``raidlog stats --by region``, per place)."""
    c, d, ip = t.claims, t.documents, t.item_places
    return [{"day": r.day, "claimant": r.claimant_name, "side": r.side, "place": r.place_id, "iso": r.iso,
             "count": int(r.total or 0), "claims": r.n}
            for r in conn.execute(
                select(c.c.day, c.c.claimant_name, c.c.side, ip.c.place_id, ip.c.iso,
                       func.sum(ip.c.count).label("total"), func.count(func.distinct(c.c.id)).label("n"))
                .select_from(ip).join(c, c.c.id == ip.c.claim_id).join(d, d.c.id == c.c.document_id)
                .where(and_(_counted(), ip.c.subset.is_(False)))
                .group_by(c.c.day, c.c.claimant_name, c.c.side, ip.c.place_id, ip.c.iso))]


def incident_places(conn: Connection) -> list[dict[str, Any]]:
    """One row per place of each incident of a current document (``place`` None for an incident
    that names none, "hits at 8 locations"): day, kind, reporter and side, killed and injured as
    stated (the map's incidents layer)."""
    i, d, ip = t.incidents, t.documents, t.incident_places
    return [{"incident": r.id, "day": r.day, "kind": r.kind, "reporter": r.reporter_name, "side": r.side or "unknown",
             "killed": r.killed, "injured": r.injured, "place": r.place_id}
            for r in conn.execute(
                select(i.c.id, i.c.day, i.c.kind, i.c.reporter_name, i.c.side, i.c.killed, i.c.injured, ip.c.place_id)
                .select_from(i).join(ip, ip.c.incident_id == i.c.id, isouter=True).join(d, d.c.id == i.c.document_id)
                .where(d.c.is_current.is_(True)).order_by(i.c.id, ip.c.position))]


@dataclass
class Summary:
    """What the overview and the map need beyond ``queries.stats``, for one state of the ledger."""

    fingerprint: tuple = ()
    sides: dict[str, str] = field(default_factory=dict)
    # (day, claimant, side, place) → claimed destroyed; None until the map asks for it
    places: list[dict[str, Any]] | None = None
    place_info: dict[str, dict[str, Any]] = field(default_factory=dict)
    incidents: list[dict[str, Any]] | None = None  # incident_places(); None until the map asks

    @property
    def claimants(self) -> list[tuple[str, str]]:
        return sorted(self.sides.items())

    def places_in(self, since: str | None, until: str | None, side: str | None = None,
                  claimant: str | None = None) -> list[dict[str, Any]]:
        return [r for r in self.places or [] if (not since or r["day"] >= since) and (not until or r["day"] <= until)
                and (not side or r["side"] == side) and (not claimant or r["claimant"] == claimant)]

    def incidents_in(self, since: str | None, until: str | None, side: str | None = None,
                     reporter: str | None = None) -> list[dict[str, Any]]:
        """Incident places of the period; ``side`` and ``reporter`` are the reporter's."""
        return [r for r in self.incidents or [] if (not since or (r["day"] or "") >= since)
                and (not until or (r["day"] or "") <= until) and (not side or r["side"] == side)
                and (not reporter or r["reporter"] == reporter)]


class SummaryCache:
    """One :class:`Summary` per state of the ledger (its :func:`fingerprint`): claimants' sides at
    once, place totals when first asked for."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._summary: Summary | None = None
        self._lock = threading.Lock()

    def get(self, conn: Connection, places: bool = False) -> Summary:
        current = fingerprint(conn)
        summary = self._summary
        if summary is not None and summary.fingerprint == current and (summary.places is not None or not places):
            return summary
        with self._lock:
            summary = self._summary
            if summary is None or summary.fingerprint != current:
                summary = Summary(fingerprint=current, sides=claimant_sides(conn))
            if places and summary.places is None:
                summary.places = place_totals(conn)
                summary.incidents = incident_places(conn)
                summary.place_info = {r.id: dict(r._mapping) for r in conn.execute(select(t.places))}
            self._summary = summary
            return summary

    def warm(self) -> None:
        try:
            with self.engine.connect() as conn:
                self.get(conn, places=True)
        except Exception:  # noqa: BLE001 - a cold cache is only slower
            log.exception("could not prepare the summary")
