"""Ingest: read sources, extract each document, store it with what it claims,
then reconcile the days the batch touched.

Each document is committed on its own (see :mod:`raidlog.store.ledger`); a
bad item is recorded with its reason and the batch goes on. Re-running the
same ingest adds nothing; an interrupted one resumes where it stopped.

A document from which nothing could be extracted is stored all the same
(verbatim, searchable, re-derived by ``reprocess``) and counted as "stored with
nothing extracted", not as a failure: today's raidlog may not read a post that
a later one will. Only input that cannot be read as a document at all (not
decodable, empty, too large, not a valid export …) fails, with its reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

import raidlog
from raidlog.ingest import Incoming, Rejected, read_sources
from raidlog.ingest.dates import date_in_name
from raidlog.ingest.incoming import MAX_FILE_BYTES, within_limit
from raidlog.store import schema as t
from raidlog.store.ledger import Ledger, claim_day
from raidlog.store.reconcile import reconcile

NOTHING_EXTRACTED = "nothing extracted"  # the status of a document stored with nothing extracted
log = logging.getLogger("raidlog.store")


@dataclass
class Summary:
    """What a run did. Each document read counts once: ``ingested`` (new, something extracted),
    ``updated`` (a new version of a post, something extracted), ``nothing_extracted`` (new or a
    new version, stored with no claim or incident), ``duplicates`` (stored already) or ``failed``."""

    ingested: int = 0
    duplicates: int = 0
    updated: int = 0
    failed: int = 0
    nothing_extracted: int = 0
    findings: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (name, what reading it had to repair)

    def as_counts(self) -> dict[str, int]:
        return {"ingested": self.ingested, "duplicates": self.duplicates, "updated": self.updated,
                "failed": self.failed, "nothing_extracted": self.nothing_extracted}

    def line(self) -> str:
        """The summary line ``raidlog ingest`` prints (without the ledger findings)."""
        return (f"ingested {self.ingested}, duplicates {self.duplicates}, updated {self.updated}, "
                f"stored with nothing extracted {self.nothing_extracted}, failed {self.failed}")


def ingest(ledger: Ledger, specs: Iterable[str], on_item: Callable[[str, str], None] | None = None,
           **read_options) -> Summary:
    """Ingest every document of ``specs``; ``on_item(name, status)`` follows progress."""
    run_id = ledger.start_run("ingest")
    summary = Summary()
    days = _unfinished_days(ledger, run_id)  # a killed run's days were never reconciled
    ledger.repair_runs(run_id)
    read_options.setdefault("max_bytes", MAX_FILE_BYTES)
    for item in read_sources(specs, **read_options):
        started = time.perf_counter()
        status = ingest_one(ledger, run_id, item, summary, days)
        log.info("%s: %s", item.name, status)
        log.debug("%s: %.0f ms", item.name, 1000 * (time.perf_counter() - started))
        if on_item:
            on_item(item.name, status)
    days |= _unfinished_days(ledger, run_id)
    started = time.perf_counter()
    with ledger.engine.begin() as conn:
        summary.findings = reconcile(conn, days)
    log.info("reconciled %d day(s): %d ledger finding(s) (%.1f s)", len({d for d in days if d}), summary.findings,
             time.perf_counter() - started)
    ledger.finish_run(run_id, summary.as_counts())
    return summary


def ingest_one(ledger: Ledger, run_id: int, item: Incoming | Rejected, summary: Summary, days: set[str],
               documents: list[int] | None = None) -> str:
    """Extract and store one document as ``ingest`` does (``watch`` and ``batch`` too): its
    status, counted in ``summary``; the days it touches are added to ``days``, and the id of
    the document stored (or found stored already) to ``documents``."""
    if isinstance(item, Incoming):
        item = within_limit(item)
    if isinstance(item, Rejected):
        return record_failed(ledger, run_id, summary, item.name, item.reason)
    summary.warnings.extend((item.name, warning) for warning in item.warnings)
    lang = item.lang if item.lang in ("en", "ru", "uk") else None
    published = item.published or date_in_name(item.name)
    error = None
    try:
        report = raidlog.extract(item.text, published=published, lang=lang, title=item.title,
                                 source=item.source)
    except Exception as exc:  # noqa: BLE001 - one document's failure is recorded, the batch goes on
        # the text is kept all the same (nothing derived from it): a fixed raidlog reprocesses it
        error = f"extraction failed: {exc}"
        report = empty_report(item.text, published, lang, item.title, item.source)
    stored = ledger.store(
        text=item.text, source=item.source, name=item.name, report=report, run_id=run_id,
        external_id=item.external_id, url=item.url, title=item.title or report.documents[0].title,
        published=published, fetched_at=item.fetched_at, edited=item.edited, lang=report.documents[0].lang,
    )
    if documents is not None:
        # a duplicate too: stored again under a name that sorts first, it takes that name, which
        # the ledger findings that name it must follow
        documents.append(stored.document_id)
    if stored.status == "duplicate":
        summary.duplicates += 1
        return stored.status
    days |= {claim_day(c, published) for c in report.claims} | {published}
    if error:
        return record_failed(ledger, run_id, summary, item.name,
                     f"{error} (the text is stored as d{stored.document_id}; `raidlog reprocess` tries again)")
    if not report.claims and not report.incidents:
        summary.nothing_extracted += 1
        return NOTHING_EXTRACTED
    summary.updated += stored.status == "updated"
    summary.ingested += stored.status == "new"
    return stored.status


def empty_report(text: str, published: str | None, lang: str | None, title: str | None,
                 source: str | None) -> raidlog.Report:
    """A report of nothing, for a document whose extraction failed."""
    from raidlog.detect import detect_language
    from raidlog.model import Document, Report
    from raidlog.store.ledger import content_hash

    try:
        lang = lang or detect_language(text)
    except Exception:  # noqa: BLE001 - the language is only a label here
        lang = "unknown"
    return Report(documents=(Document(content_hash(text), lang, published, title, source),),
                  raidlog_version=raidlog.__version__)


def record_failed(ledger: Ledger, run_id: int, summary: Summary, name: str, reason: str) -> str:
    """Record that ``name`` failed (with its reason) under the run and in ``summary``."""
    ledger.record_failure(run_id, name, reason)
    summary.failed += 1
    summary.failures.append((name, reason))
    return "failed"


def _unfinished_days(ledger: Ledger, run_id: int) -> set[str]:
    """Days of documents stored by runs that never finished (killed mid-batch)."""
    with ledger.engine.connect() as conn:
        unfinished = select(t.runs.c.id).where(t.runs.c.finished_at.is_(None), t.runs.c.id != run_id)
        docs = select(t.documents.c.id).where(t.documents.c.run_id.in_(unfinished))
        return {d for d in conn.execute(select(t.claims.c.day).where(t.claims.c.document_id.in_(docs))).scalars()
                if d}


def reprocess(ledger: Ledger, on_item: Callable[[str, str], None] | None = None) -> Summary:
    """Re-extract every stored document with this raidlog and gazetteer (a new run): ``updated``
    counts the documents re-derived, ``nothing_extracted`` those of them that gave nothing."""
    from raidlog.store.ledger import write_extraction

    run_id = ledger.start_run("reprocess")
    ledger.repair_runs(run_id)
    summary = Summary()
    days: set[str] = set()
    with ledger.engine.connect() as conn:
        ids = list(conn.execute(select(t.documents.c.id).order_by(t.documents.c.id)).scalars())
    for doc_id in ids:
        with ledger.engine.begin() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).one()
            old_days = set(conn.execute(select(t.claims.c.day).where(t.claims.c.document_id == doc_id)).scalars())
            try:
                report = raidlog.extract(row.text, published=row.published, lang=row.lang, title=row.title,
                                         source=row.source)
            except Exception as exc:  # noqa: BLE001
                summary.failed += 1
                summary.failures.append((row.name, f"extraction failed: {exc}"))
                continue
            write_extraction(conn, doc_id, report, run_id)
            days |= old_days | {claim_day(c, row.published) for c in report.claims} | {row.published}
            summary.updated += 1
            summary.nothing_extracted += not report.claims and not report.incidents
        if on_item:
            on_item(row.name, "reprocessed")
    with ledger.engine.begin() as conn:
        summary.findings = reconcile(conn, {d for d in days if d})
    ledger.finish_run(run_id, summary.as_counts())
    return summary
