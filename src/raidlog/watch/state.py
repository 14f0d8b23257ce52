"""What ``raidlog watch`` keeps in the ledger between runs (tables
``watch_sources`` and ``watch_notices``, schema version 8): per source its
validators, what it has seen, its back-off and its last poll; per document
stored by a watch, whether its notifications went out."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, update

from raidlog.store import schema as t
from raidlog.watch.config import Source
from raidlog.watch.sources import Snapshot

MAX_SEEN = 2000  # keys kept per source (the latest): far more than a feed or a preview page shows


def iso(ts: float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def ts(value: str | None) -> float | None:
    return None if not value else datetime.fromisoformat(value).timestamp()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ensure(conn: Connection, sources: tuple[Source, ...]) -> None:
    """A row for each configured source; a source whose kind or target changed starts afresh."""
    rows = {r.name: r for r in conn.execute(select(t.watch_sources))}
    for s in sources:
        row = rows.get(s.name)
        if row is None:
            conn.execute(insert(t.watch_sources).values(name=s.name, kind=s.kind, target=s.target, seen="{}",
                                                        failures=0, polls=0, documents=0))
        elif (row.kind, row.target) != (s.kind, s.target):
            conn.execute(update(t.watch_sources).where(t.watch_sources.c.name == s.name).values(
                kind=s.kind, target=s.target, seen="{}", etag=None, last_modified=None, failures=0,
                next_poll_at=None))


def load(conn: Connection, name: str) -> tuple[Snapshot, float | None, int]:
    """The source's snapshot, when it may next be polled (epoch seconds) and its failure count."""
    row = conn.execute(select(t.watch_sources).where(t.watch_sources.c.name == name)).one()
    seen = json.loads(row.seen or "{}")
    snap = Snapshot(etag=row.etag, last_modified=row.last_modified, seen=dict(seen.get("items", {})),
                    last_id=seen.get("last_id"), first=row.last_poll_at is None or not seen.get("polled"))
    return snap, ts(row.next_poll_at), row.failures


def mark_seen(conn: Connection, name: str, key: str, mark: str, stored: int) -> None:
    """One batch done: its key is seen; ``stored`` documents (new or versions) were added."""
    row = conn.execute(select(t.watch_sources.c.seen, t.watch_sources.c.documents)
                       .where(t.watch_sources.c.name == name)).one()
    seen = json.loads(row.seen or "{}")
    items = seen.setdefault("items", {})
    items.pop(key, None)
    items[key] = mark  # the latest last: the oldest go first when the map is full
    while len(items) > MAX_SEEN:
        items.pop(next(iter(items)))
    values = {"seen": json.dumps(seen, ensure_ascii=False), "documents": row.documents + stored}
    if stored:
        values["last_new_at"] = now_iso()
    conn.execute(update(t.watch_sources).where(t.watch_sources.c.name == name).values(**values))


def polled(conn: Connection, name: str, *, status: str, next_at: float, etag: str | None,
           last_modified: str | None, last_id: int | None) -> None:
    """A poll finished and everything it brought is stored."""
    row = conn.execute(select(t.watch_sources.c.seen, t.watch_sources.c.polls)
                       .where(t.watch_sources.c.name == name)).one()
    seen = json.loads(row.seen or "{}")
    seen["polled"] = True
    if last_id is not None:
        seen["last_id"] = last_id
    conn.execute(update(t.watch_sources).where(t.watch_sources.c.name == name).values(
        seen=json.dumps(seen, ensure_ascii=False), etag=etag, last_modified=last_modified, failures=0,
        next_poll_at=iso(next_at), last_poll_at=now_iso(), last_status=status, polls=row.polls + 1))


def failed(conn: Connection, name: str, *, reason: str, failures: int, next_at: float) -> None:
    row = conn.execute(select(t.watch_sources.c.polls).where(t.watch_sources.c.name == name)).one()
    conn.execute(update(t.watch_sources).where(t.watch_sources.c.name == name).values(
        failures=failures, next_poll_at=iso(next_at), last_poll_at=now_iso(), last_status=reason,
        last_error=reason, last_error_at=now_iso(), polls=row.polls + 1))


def sources(conn: Connection) -> list[dict]:
    """Every watched source's state, for ``raidlog watch --status`` and the web."""
    out = []
    for r in conn.execute(select(t.watch_sources).order_by(t.watch_sources.c.name)):
        out.append({"name": r.name, "kind": r.kind, "target": r.target, "last_poll_at": r.last_poll_at,
                    "last_status": r.last_status, "last_new_at": r.last_new_at, "last_error": r.last_error,
                    "last_error_at": r.last_error_at, "failures": r.failures, "next_poll_at": r.next_poll_at,
                    "polls": r.polls, "documents": r.documents})
    return out


def unnotified(conn: Connection) -> list[int]:
    """Documents stored by a watch whose notifications have not gone out (a run killed between
    storing a document and notifying it): they are notified on the next start."""
    watch_runs = select(t.runs.c.id).where(t.runs.c.kind == "watch")
    done = select(t.watch_notices.c.document_id)
    return list(conn.execute(select(t.documents.c.id).where(
        t.documents.c.run_id.in_(watch_runs), t.documents.c.id.not_in(done)).order_by(t.documents.c.id)).scalars())


def notified(conn: Connection, document_id: int, events: int) -> None:
    conn.execute(insert(t.watch_notices).values(document_id=document_id, notified_at=now_iso(), events=events))
