"""Writing the ledger: documents (idempotent, versioned), what their extraction
derived, failures and runs. Each document is one transaction: a crash or
Ctrl-C leaves every finished document stored and nothing half-written."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    not_,
    or_,
    select,
    update,
)
from sqlalchemy import text as sql_text

from raidlog import __version__
from raidlog.geo import Gazetteer
from raidlog.model import Claim, Incident, Place, Report, borrowed_items
from raidlog.store import schema as t
from raidlog.store.engine import open_engine
from raidlog.store.search import index_text


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


# Statements built once: an ingest runs them for every document.
_FIND = select(t.documents.c.id).where(
    t.documents.c.source == bindparam("source"), t.documents.c.doc_hash == bindparam("hash"))
_PREVIOUS = select(t.documents.c.id, t.documents.c.version, t.documents.c.edited).where(
    t.documents.c.source == bindparam("source"), t.documents.c.external_id == bindparam("external_id"),
    t.documents.c.is_current.is_(True))
_SUPERSEDE = update(t.documents).where(t.documents.c.id == bindparam("previous")).values(is_current=False)


@dataclass(frozen=True)
class Stored:
    document_id: int
    status: str  # "new" | "duplicate" | "updated"


class Ledger:
    """The store: open with a path or URL (see :func:`raidlog.store.engine.database_url`)."""

    def __init__(self, db: str | None = None, engine: Engine | None = None):
        self.engine = engine or open_engine(db)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        """Close its connections and forget what it cached of the database (the places seen
        stored): a later database at the same path or URL starts empty."""
        self.engine.dispose()
        _KNOWN_PLACES.pop(str(self.engine.url), None)

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, kind: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(insert(t.runs).values(
                kind=kind, started_at=now(), raidlog_version=__version__,
                gazetteer_version=Gazetteer.default().version, ingested=0, duplicates=0, updated=0, failed=0,
            )).inserted_primary_key[0]

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(finished_at=now(), **counts))

    def repair_runs(self, current: int) -> list[int]:
        """Close the runs a killed process left open (``finished_at`` NULL, counts 0 although
        documents point to them): their counts are recounted from the documents and failures
        they stored (``duplicates`` cannot be: it stays 0) and ``finished_at`` is the time of
        the last thing they stored. A run that is in fact still going (another process)
        overwrites both when it finishes. Watches, which run for days, close their own runs.
        Returns the ids of the runs closed."""
        d, f, c, i = t.documents, t.failures, t.claims, t.incidents
        with self.engine.begin() as conn:
            open_runs = list(conn.execute(select(t.runs.c.id, t.runs.c.started_at).where(
                t.runs.c.finished_at.is_(None), t.runs.c.id != current, t.runs.c.kind != "watch")))
            for run_id, started_at in open_runs:
                extracted = or_(exists().where(c.c.document_id == d.c.id), exists().where(i.c.document_id == d.c.id))
                docs = conn.execute(select(
                    func.count().filter(and_(extracted, d.c.previous_id.is_(None))),
                    func.count().filter(and_(extracted, d.c.previous_id.is_not(None))),
                    func.count().filter(not_(extracted)),
                    func.max(d.c.ingested_at)).where(d.c.run_id == run_id)).one()
                failed, last_failure = conn.execute(select(func.count(), func.max(f.c.at)).where(
                    f.c.run_id == run_id)).one()
                last = max((x for x in (docs[3], last_failure) if x), default=started_at)
                conn.execute(update(t.runs).where(t.runs.c.id == run_id, t.runs.c.finished_at.is_(None)).values(
                    finished_at=last, ingested=docs[0], updated=docs[1], nothing_extracted=docs[2], failed=failed,
                    duplicates=0))
        return [r for r, _ in open_runs]

    def record_failure(self, run_id: int, name: str, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(t.failures).values(run_id=run_id, name=name, reason=reason, at=now()))

    # -- documents -------------------------------------------------------------------------
    def find_document(self, conn: Connection, source: str, text: str) -> int | None:
        return conn.execute(_FIND, {"source": source, "hash": content_hash(text)}).scalar()

    def store(self, *, text: str, source: str, name: str, report: Report, run_id: int,
              external_id: str | None = None, url: str | None = None, title: str | None = None,
              published: str | None = None, fetched_at: str | None = None, edited: str | None = None,
              lang: str | None = None) -> Stored:
        """Store one document and what was extracted from it, in one transaction, which holds the
        lock of ``source`` from its start (see :func:`_lock_source`)."""
        with self.engine.begin() as conn:
            _lock_source(conn, source)
            existing = self.find_document(conn, source, text)
            if existing is not None:
                # the same text under two names (two exports of one channel): the first name in
                # sort order, whichever file came first, so that the ledger does not depend on it
                conn.execute(update(t.documents).where(t.documents.c.id == existing, t.documents.c.name > name)
                             .values(name=name))
                return Stored(existing, "duplicate")
            previous = None
            if external_id is not None:
                previous = conn.execute(_PREVIOUS, {"source": source, "external_id": external_id}).first()
            # an earlier version that arrives after a later one (an older export read last) is kept,
            # but the latest edit stays current: currency follows the edit times, not ingest order
            earlier = previous is not None and _edit_order(edited) < _edit_order(previous.edited)
            if previous is not None and not earlier:
                conn.execute(_SUPERSEDE, {"previous": previous.id})
            doc_id = conn.execute(t.documents.insert(), {
                "doc_hash": content_hash(text), "source": source, "external_id": external_id, "name": name,
                "url": url, "title": title, "published": published, "fetched_at": fetched_at, "edited": edited,
                "lang": lang or report.documents[0].lang, "text": text,
                "version": previous.version + 1 if previous else 1,
                "previous_id": previous.id if previous else None, "is_current": not earlier, "ingested_at": now(),
                "run_id": run_id, "lemmas": index_text(title, text, lang or report.documents[0].lang),
            }).inserted_primary_key[0]
            write_extraction(conn, doc_id, report, run_id, fresh=True)
            return Stored(doc_id, "updated" if previous else "new")


STORE_LOCK = 7242013  # PostgreSQL advisory locks of stores, one per source (reconcile's is 7242011)


def _lock_source(conn: Connection, source: str) -> None:
    """Stores of one source take turns, so that what a store looks up (the same text already
    stored? the post's previous version?) is still true when it writes: two processes ingesting
    the same post at once stored it twice or failed on the unique (source, hash) key. SQLite:
    the transaction takes the database's write lock now (BEGIN IMMEDIATE) instead of at its
    first write; PostgreSQL: a transaction-scoped advisory lock on the source."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(sql_text("SELECT pg_advisory_xact_lock(CAST(:key AS integer), hashtext(:source))"),
                     {"key": STORE_LOCK, "source": source})


def _edit_order(edited: str | None) -> str:
    """A version's place among the versions of a post: the original (never edited) first, then by
    the time of the edit."""
    return edited or ""


def write_extraction(conn: Connection, doc_id: int, report: Report, run_id: int, fresh: bool = False) -> None:
    """Replace what is derived from one document with ``report``'s content (``fresh``: a
    document stored just now, with nothing derived yet)."""
    if not fresh:
        for table in (t.findings, t.incidents, t.claims):
            conn.execute(delete(table).where(table.c.document_id == doc_id))
    published = report.documents[0].published
    _ensure_places(conn, [p for c in report.claims for it in c.breakdown for p in it.places]
                   + [p for i in report.incidents for p in i.places])
    claim_ids: dict[str, int] = {}
    claim_days: dict[str, str | None] = {}
    borrowed = borrowed_items(report.claims)
    for claim in report.claims:
        claim_ids[claim.id] = _write_claim(conn, doc_id, claim, run_id, published, borrowed)
        claim_days[claim.id] = claim_day(claim, published)
    for incident in report.incidents:
        _write_incident(conn, doc_id, incident, run_id, published)
    rows = [{
        "scope": "document", "document_id": doc_id, "claim_id": claim_ids.get(f.claim) if f.claim else None,
        # the day the findings page filters by: its claim's, else the document's (a ledger finding's:
        # the day reconciled)
        "day": (claim_days.get(f.claim) if f.claim else None) or published,
        "code": f.code, "severity": f.severity, "message": f.message, "suggestion": f.suggestion,
        "data": json.dumps(f.to_dict(), ensure_ascii=False),
    } for f in report.findings]
    if rows:
        conn.execute(t.findings.insert(), rows)


def claim_day(claim: Claim, published: str | None) -> str | None:
    w = claim.window
    if w and w.end:
        return _utc(w.end)[:10]
    return published


def _utc(iso: str | None) -> str | None:
    if iso is None:
        return None
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat(timespec="minutes")


def _write_claim(conn: Connection, doc_id: int, c: Claim, run_id: int, published: str | None,
                 borrowed: set[tuple[str, int]] = frozenset()) -> int:
    w = c.window
    day = claim_day(c, published)
    claim_id = conn.execute(t.claims.insert(), {
        "document_id": doc_id, "run_id": run_id, "ref": c.id, "claimant_name": c.claimant.name,
        "claimant_kind": c.claimant.kind, "side": c.claimant.side, "person": c.claimant.person,
        "claimant_region": c.claimant.region, "weapon": c.weapon, "action": c.action, "destroyed": c.destroyed,
        "launched": c.launched, "lost": c.lost, "window_start": w.start if w else None,
        "window_end": w.end if w else None, "window_start_utc": _utc(w.start) if w else None,
        "window_end_utc": _utc(w.end) if w else None, "timezone": w.timezone if w else None,
        "timezone_assumed": w.timezone_assumed if w else None, "hedged": c.hedged, "scope": c.scope, "day": day,
        "data": json.dumps(c.to_dict(), ensure_ascii=False),
    }).inserted_primary_key[0]
    if c.breakdown:
        conn.execute(t.breakdown_items.insert(), [{
            "claim_id": claim_id, "position": k, "count": item.count, "each": item.each,
            "subset_of": item.subset_of, "data": json.dumps(item.to_dict(), ensure_ascii=False),
        } for k, item in enumerate(c.breakdown)])
        # (not summed per region: a part of another item, or another voice's count the claim lists as part of
        # its whole, summed under that voice's claim: each downing once; model.borrowed_items)
        conn.execute(t.item_places.insert(), [{
            "claim_id": claim_id, "item_position": k, "place_id": p.id, "position": n, "iso": p.iso, "day": day,
            "count": item.count, "each": item.each,
            "subset": item.subset_of is not None or (c.id, k) in borrowed,
        } for k, item in enumerate(c.breakdown) for n, p in enumerate(item.places)])
    return claim_id


def _write_incident(conn: Connection, doc_id: int, i: Incident, run_id: int, published: str | None) -> None:
    reporter = i.reporter
    incident_id = conn.execute(t.incidents.insert(), {
        "document_id": doc_id, "run_id": run_id, "ref": i.id, "kind": i.kind,
        "reporter_name": reporter.name if reporter else None, "reporter_kind": reporter.kind if reporter else None,
        "side": reporter.side if reporter else None, "injured": i.injured, "killed": i.killed, "day": published,
        "data": json.dumps(i.to_dict(), ensure_ascii=False),
    }).inserted_primary_key[0]
    if i.places:
        conn.execute(t.incident_places.insert(), [
            {"incident_id": incident_id, "place_id": p.id, "position": k, "iso": p.iso}
            for k, p in enumerate(i.places)])


_KNOWN_PLACES: dict[str, set[str]] = {}  # per database URL: place ids seen stored (a cache of lookups)


def _ensure_places(conn: Connection, places: list[Place]) -> None:
    known = _KNOWN_PLACES.setdefault(str(conn.engine.url), set())
    wanted = {p.id: p for p in places if p.id not in known}
    if not wanted:
        return
    have = set(conn.execute(select(t.places.c.id).where(t.places.c.id.in_(list(wanted)))).scalars())
    rows = [{"id": p.id, "name": p.name, "kind": p.kind, "iso": p.iso, "country": p.country, "lat": p.lat,
             "lon": p.lon, "geonames_id": p.geonames_id, "region": p.region}
            for pid, p in wanted.items() if pid not in have]
    if rows:
        # another process may store the same gazetteer place between the look-up and the insert
        # (its sources' locks do not cover places): the row is the same, so keep the first one
        conn.execute(_insert(conn, t.places).on_conflict_do_nothing(index_elements=["id"]), rows)
    known.update(have)  # only places seen committed: an insert may yet be rolled back


def _insert(conn: Connection, table):
    """The dialect's INSERT, which knows ON CONFLICT (SQLite and PostgreSQL both do)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def count(conn: Connection, table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()
