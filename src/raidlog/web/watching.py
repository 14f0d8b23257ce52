"""What the web pages show of ``raidlog watch``: the watched sources' state (kept in the
ledger's ``watch_sources`` by the watch), whether a watch is running, and the claims
stored since a given one (the overview marks those that arrived after it was opened).

A watch is *running* when its run is open (``runs.kind = 'watch'`` without ``finished_at``)
and no source is overdue by more than :data:`OVERDUE` seconds: a watch killed with SIGKILL
leaves its run open, but its sources' next polls then pass by and stay past.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from raidlog.store import schema as t

OVERDUE = 120.0  # seconds past a source's next poll after which the watch is taken to be stopped
NEW_LIMIT = 50  # new claims listed at most


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def ago(value: str | None, now: datetime) -> str:
    """"12 s ago", "in 3 min", "2 h ago"; "" without a time."""
    stamp = _when(value)
    if stamp is None:
        return ""
    secs = (now - stamp).total_seconds()
    n = abs(secs)
    if n < 90:
        text = f"{n:.0f} s"
    elif n < 90 * 60:
        text = f"{n / 60:.0f} min"
    elif n < 48 * 3600:
        text = f"{n / 3600:.0f} h"
    else:
        text = f"{n / 86400:.0f} days"
    return f"{text} ago" if secs >= 0 else f"in {text}"


def version(conn: Connection) -> str:
    """The ledger's version as the page cache computes it (changes with every stored document,
    claim, finding and run)."""
    from raidlog.web import data

    return hashlib.sha1(repr(data.fingerprint(conn)).encode()).hexdigest()[:16]


def status(conn: Connection, now: datetime | None = None) -> dict[str, Any]:
    """Every watched source's state and whether a watch is running."""
    now = now or datetime.now(UTC)
    ws = t.watch_sources
    sources = []
    for r in conn.execute(select(ws).order_by(ws.c.name)):
        next_at = _when(r.next_poll_at)
        backing_off = bool(r.failures) and next_at is not None and next_at > now
        if r.last_poll_at is None:
            state = "not polled yet"
        elif r.failures:
            state = f"failing ({r.failures} in a row)"
        else:
            state = r.last_status or "ok"
        sources.append({
            "name": r.name, "kind": r.kind, "target": r.target, "state": state,
            "last_poll_at": r.last_poll_at, "last_status": r.last_status, "last_new_at": r.last_new_at,
            "next_poll_at": r.next_poll_at, "failures": r.failures, "backing_off": backing_off,
            "last_error": r.last_error, "last_error_at": r.last_error_at, "polls": r.polls,
            "documents": r.documents,
            "ago": {"last_poll_at": ago(r.last_poll_at, now), "last_new_at": ago(r.last_new_at, now),
                    "next_poll_at": ago(r.next_poll_at, now), "last_error_at": ago(r.last_error_at, now)},
        })
    runs = t.runs
    run = conn.execute(select(runs.c.id, runs.c.started_at, runs.c.finished_at).where(runs.c.kind == "watch")
                       .order_by(runs.c.id.desc()).limit(1)).first()
    overdue = [s for s in sources if (at := _when(s["next_poll_at"])) is not None
               and (now - at).total_seconds() > OVERDUE]
    running = run is not None and run.finished_at is None and bool(sources) and not overdue
    return {
        "now": now.isoformat(timespec="seconds"),
        "running": running,
        "run": None if run is None else {"started_at": run.started_at, "finished_at": run.finished_at},
        "sources": sources,
        "failing": sum(1 for s in sources if s["failures"]),
        "last_poll_at": max((s["last_poll_at"] for s in sources if s["last_poll_at"]), default=None),
    }


def latest_claim(conn: Connection) -> int:
    return conn.execute(select(func.max(t.claims.c.id))).scalar() or 0


def claims_after(conn: Connection, after: int, limit: int = NEW_LIMIT) -> tuple[list[dict[str, Any]], int]:
    """The claims stored after claim ``after`` (its id), newest first, at most ``limit``, and how
    many there are in all. A claim of a new version of a document says so."""
    c, d = t.claims, t.documents
    total = conn.execute(select(func.count()).select_from(c).where(c.c.id > after)).scalar() or 0
    rows = conn.execute(select(c.c.id, c.c.claimant_name, c.c.side, c.c.weapon, c.c.action, c.c.destroyed,
                               c.c.launched, c.c.day, c.c.scope, c.c.document_id, d.c.source, d.c.version,
                               d.c.is_current)
                        .join(d, d.c.id == c.c.document_id).where(c.c.id > after)
                        .order_by(c.c.id.desc()).limit(limit)).all()
    return [{"id": f"c{r.id}", "claimant": r.claimant_name, "side": r.side, "weapon": r.weapon,
             "action": r.action, "destroyed": r.destroyed, "launched": r.launched, "day": r.day,
             "scope": r.scope, "document_id": f"d{r.document_id}", "source": r.source, "version": r.version,
             "current": r.is_current, "summary": line(r)} for r in rows], total


_PLURAL = {"drone", "missile", "guided_bomb", "rocket"}  # as in watch notifications


def line(r) -> str:
    """"destroyed 38 of 45 drones", "launched 30 drones", "destroyed, no count stated (drone)"."""
    weapon = r.weapon.replace("_", " ")
    number = r.destroyed if r.destroyed is not None else r.launched
    if number is None:
        return f"{r.action.replace('_', ' ')}, no count stated ({weapon})"
    if number != 1 and r.weapon in _PLURAL:
        weapon += "s"
    if r.destroyed is not None:
        of = f" of {r.launched}" if r.launched is not None else ""
        return f"destroyed {r.destroyed}{of} {weapon}"
    return f"launched {r.launched} {weapon}"
