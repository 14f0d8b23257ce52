"""The watch loop: poll each source when it is due (in worker threads, so a
slow or broken source delays no other), store what is new in this thread as
``raidlog ingest`` does (one transaction per document, versions for edits),
reconcile the days touched, notify, and note each source's state in the ledger.

Stopping: SIGTERM or Ctrl-C finishes the document being stored and exits; the
rest of that poll is not marked seen, so the next run polls it again. SIGKILL
loses nothing committed: a document is committed before its source's state
names it seen, and stored documents are never stored twice (the ledger refuses
the same text from the same source); documents stored but not yet notified are
notified on the next start.
"""

from __future__ import annotations

import itertools
import random
import signal
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from raidlog.store.incremental import reconcile_documents
from raidlog.store.intake import NOTHING_EXTRACTED, Summary, ingest_one
from raidlog.store.ledger import Ledger
from raidlog.watch import http, notify, state
from raidlog.watch.config import Source, WatchConfig
from raidlog.watch.sources import Poll, PollError, Snapshot, poll

STORED = {"new", "updated", NOTHING_EXTRACTED}
RECONCILE_EVERY = 5.0  # seconds: new documents wait at most this for their groups, findings and notifications
MAX_PROBLEMS = 100  # the latest failed polls kept in a run's summary: a watch runs for weeks


@dataclass
class RunSummary:
    polls: int = 0
    not_modified: int = 0
    errors: int = 0
    skipped: int = 0  # --once: sources still waiting out a back-off
    events: int = 0
    store: Summary = field(default_factory=Summary)
    # the latest failed polls (each is warned as it happens and recorded in the ledger's failures)
    problems: deque[str] = field(default_factory=lambda: deque(maxlen=MAX_PROBLEMS))
    retired: bool = False  # a worker that did its share (max_documents, max_seconds) and ended

    def as_dict(self) -> dict:
        """What a worker process hands its parent (see :mod:`raidlog.watch.workers`)."""
        return {"polls": self.polls, "not_modified": self.not_modified, "errors": self.errors,
                "skipped": self.skipped, "events": self.events, "retired": self.retired,
                "store": {**self.store.as_counts(), "findings": self.store.findings},
                "problems": list(self.problems)}

    def add(self, part: dict) -> None:
        """Add a worker's :meth:`as_dict` to this summary."""
        for key in ("polls", "not_modified", "errors", "skipped", "events"):
            setattr(self, key, getattr(self, key) + part[key])
        for key, value in part["store"].items():
            setattr(self.store, key, getattr(self.store, key) + value)
        self.problems.extend(part["problems"])

    def line(self) -> str:
        return (f"polled {self.polls} (not modified {self.not_modified}, errors {self.errors}"
                + (f", in back-off {self.skipped}" if self.skipped else "") + "); "
                + self.store.line() + f"; notifications {self.events}")


class Watcher:
    """Run with :meth:`run`. ``once``: poll every source once (those in back-off are left
    alone), store, notify, return. ``duration``: stop after so many seconds (tests, soak).

    A worker process (:mod:`raidlog.watch.workers`) calls :meth:`work` alone, in a run its
    parent began: with ``max_documents`` or ``max_seconds`` (0: no limit) it retires once it has
    stored that many documents or run that long: it starts no new poll, stores what the polls
    under way bring, reconciles, notifies, and returns with ``retired`` set."""

    def __init__(self, config: WatchConfig, ledger: Ledger, *, once: bool = False,
                 duration: float | None = None, console=None, warn=notify.stderr_warn,
                 on_event=None, max_documents: int = 0, max_seconds: float = 0.0):
        self.config = config
        self.ledger = ledger
        self.once = once
        self.duration = duration
        self.max_documents = max_documents
        self.max_seconds = max_seconds
        self.console = console
        self.warn = warn
        self.stop = threading.Event()
        self.summary = RunSummary()
        self.sinks = notify.Sinks(config.sinks, warn, console)
        self.on_event = on_event  # a test's hook: called with each (source name, what happened)
        self.stored: list[int] = []  # documents stored since the last reconcile
        self.unsent: list[int] = []  # documents stored since then, notified after it
        self.reconciled_at = 0.0
        self.run_id: int | None = None  # the run's row: :meth:`begin` starts it, or the worker's parent

    # -- signals ------------------------------------------------------------------------------
    def _on_signal(self, signum, _frame) -> None:
        self.stop.set()

    def install_signals(self) -> None:
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)

    # -- the loop -----------------------------------------------------------------------------
    def run(self) -> RunSummary:
        """The whole watch in this process: :meth:`begin`, :meth:`work`, :meth:`end`."""
        self.begin()
        try:
            return self.work()
        finally:
            self.end()

    def begin(self) -> None:
        """Each source's row, the documents a killed run left unnotified, and this run's row."""
        with self.ledger.engine.begin() as conn:
            state.ensure(conn, self.config.sources)
        self._notify_pending()  # a run killed after storing, before reconciling or notifying
        self.run_id = self.ledger.start_run("watch")

    def end(self) -> None:
        self.ledger.finish_run(self.run_id, self.summary.store.as_counts())

    def work(self) -> RunSummary:
        """Poll each source when due, store, reconcile and notify, until stopped (a signal,
        ``duration``, the end of a ``once`` pass) or retired (``max_documents``, ``max_seconds``)."""
        started = time.monotonic()
        sources = {s.name: s for s in self.config.sources}
        due: dict[str, float] = {}
        now = time.time()
        with self.ledger.engine.connect() as conn:
            for name in sources:
                _snap, next_at, failures = state.load(conn, name)
                if self.once:
                    if failures and next_at and next_at > now:
                        self.summary.skipped += 1
                        self.warn(f"{name}: in back-off until {state.iso(next_at)} (skipped)")
                        continue
                    due[name] = now
                else:
                    due[name] = next_at or now
        self._client = http.new_client(max(s.timeout for s in sources.values()))
        pool = ThreadPoolExecutor(max_workers=self.config.workers, thread_name_prefix="raidlog-watch")
        inflight: dict[Future, str] = {}
        order = itertools.count()
        retiring = False
        try:
            while not self.stop.is_set():
                now = time.time()
                retiring = retiring or self._spent(started)
                for name, at in list(due.items()):
                    if at <= now and name not in inflight.values() and not retiring:
                        del due[name]
                        with self.ledger.engine.connect() as conn:
                            snap, _next, failures = state.load(conn, name)
                        fut = pool.submit(self._poll, sources[name], snap)
                        inflight[fut] = name
                        fut.failures = failures  # type: ignore[attr-defined]
                        fut.seq = next(order)  # type: ignore[attr-defined] # stored in the order submitted
                if not inflight and (retiring or self.once and not due):
                    self.summary.retired = retiring
                    break
                if self.duration is not None and time.monotonic() - started >= self.duration:
                    break
                timeout = min([max(0.0, at - time.time()) for at in due.values() if not retiring] + [0.5])
                done, _ = wait(list(inflight), timeout=timeout, return_when=FIRST_COMPLETED)
                for fut in sorted(done, key=lambda f: f.seq):  # type: ignore[attr-defined]
                    name = inflight.pop(fut)
                    next_at = self._handle(sources[name], fut)
                    if next_at is not None and not self.once:
                        due[name] = next_at
                    if self.stop.is_set():
                        break
                if time.monotonic() - self.reconciled_at >= RECONCILE_EVERY:
                    self._reconcile()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
            self._client.close()  # a fetch still running in a worker fails at once
            self._reconcile()
        return self.summary

    def _spent(self, started: float) -> bool:
        """Whether this worker has done its share: ``max_documents`` stored or ``max_seconds`` run."""
        store = self.summary.store
        stored = store.ingested + store.updated + store.nothing_extracted
        return bool(self.max_documents and stored >= self.max_documents
                    or self.max_seconds and time.monotonic() - started >= self.max_seconds)

    def _poll(self, source: Source, snap: Snapshot) -> Poll:
        return poll(source, snap, self._client)

    def _handle(self, source: Source, fut: Future) -> float | None:
        """Store what a poll brought; returns when to poll the source next (None: stopped
        mid-way, the rest is polled again by the next run)."""
        self.summary.polls += 1
        now = time.time()
        try:
            result: Poll = fut.result()
        except PollError as err:
            return self._failed(source, fut.failures + 1, err.reason, err.retry_after)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - a bug in one source's poll must not stop the others
            return self._failed(source, fut.failures + 1, f"{type(exc).__name__}: {exc}", None)  # type: ignore[attr-defined]
        for batch in result.batches:
            if self.stop.is_set():
                return None
            stored = 0
            for item in batch.items:
                status = ingest_one(self.ledger, self.run_id, item, self.summary.store, set(), self.stored)
                self._tell(self.summary.store)
                if status in STORED:
                    with self.ledger.engine.connect() as conn:
                        doc_id = self.ledger.find_document(conn, item.source, item.text)
                    if doc_id is not None:
                        self.unsent.append(doc_id)
                        stored += 1
                self._event(source.name, f"{status} {item.name}")
            with self.ledger.engine.begin() as conn:
                state.mark_seen(conn, source.name, batch.key, batch.mark, stored)
        if result.status == "not modified":
            self.summary.not_modified += 1
        for note in result.notes:
            self.warn(f"{source.name}: {note}")
        next_at = now + source.interval * (1 + random.uniform(-source.jitter, source.jitter))
        with self.ledger.engine.begin() as conn:
            state.polled(conn, source.name, status=result.status if not result.notes else
                         f"{result.status}; " + "; ".join(result.notes)[:500], next_at=next_at,
                         etag=result.etag, last_modified=result.last_modified, last_id=result.last_id)
        self._event(source.name, result.status)
        return next_at

    def _tell(self, store: Summary) -> None:
        """Warn what storing a document had to repair or could not do, then forget it: ``ingest``
        keeps these lists to print at its end, but a watch has no end, and a list kept for weeks
        grows without bound (the counts stay; failures are in the ledger too)."""
        for name, warning in store.warnings:
            self.warn(f"{name}: {warning}")
        for name, reason in store.failures:
            self.warn(f"{name}: {reason}")
        store.warnings.clear()
        store.failures.clear()

    def _failed(self, source: Source, failures: int, reason: str, retry_after: float | None) -> float:
        """Exponential back-off: twice the interval after one failure, four times after two …, at
        most ``max_backoff``; never sooner than the server's Retry-After."""
        self.summary.errors += 1
        wait_s = max(min(source.max_backoff, source.interval * 2 ** failures), retry_after or 0.0)
        next_at = time.time() + wait_s
        with self.ledger.engine.begin() as conn:
            state.failed(conn, source.name, reason=reason, failures=failures, next_at=next_at)
        self.ledger.record_failure(self.run_id, source.name, reason)
        self.summary.problems.append(f"{source.name}: {reason}")
        self.warn(f"{source.name}: {reason}; next poll in {wait_s:.0f} s")
        self._event(source.name, f"error {reason} wait {wait_s:.1f}")
        return next_at

    def _reconcile(self) -> None:
        """Reconcile what the documents stored since the last time change (not their whole days:
        see :mod:`raidlog.store.incremental`), then notify them (the events carry the ledger's
        findings too)."""
        self.reconciled_at = time.monotonic()
        stored, self.stored = self.stored, []
        if stored:
            with self.ledger.engine.begin() as conn:
                self.summary.store.findings += reconcile_documents(conn, stored)
        unsent, self.unsent = self.unsent, []
        for doc_id in unsent:
            self._notify(doc_id)

    def _notify(self, doc_id: int) -> None:
        with self.ledger.engine.connect() as conn:
            evs = notify.events(conn, doc_id, self.config.base_url)
        self.summary.events += self.sinks.send(evs)
        with self.ledger.engine.begin() as conn:
            state.notified(conn, doc_id, len(evs))

    def _notify_pending(self) -> None:
        with self.ledger.engine.connect() as conn:
            pending = state.unnotified(conn)
        if pending:  # stored, perhaps not reconciled (reconciling them again changes nothing)
            with self.ledger.engine.begin() as conn:
                reconcile_documents(conn, pending)
        for doc_id in pending:
            self._notify(doc_id)

    def _event(self, name: str, what: str) -> None:
        if self.on_event is not None:
            self.on_event(name, what)
