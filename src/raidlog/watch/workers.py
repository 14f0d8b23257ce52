"""A watch that runs for weeks in worker processes, each replaced after a share of the work.

The memory of a long watch grows although its Python objects do not (docs/watch.md, Soak):
malloc's heap and Python's arenas fragment as documents come and go, and giving free
space back (``malloc_trim``) recovered nothing. So the work is done by a worker process
that is replaced every ``recycle_documents`` documents or ``recycle_minutes`` minutes,
as long-running servers do (gunicorn's ``max_requests``, Celery's ``max_tasks_per_child``):

- the parent begins the run, loads the extraction's data once (the gazetteer, the lexicons,
  the morphology: most of the memory), freezes its objects out of the collector's reach
  (``gc.freeze``, so the workers' collections do not write to, and copy, the pages they
  share), and forks a worker;
- the worker polls, stores, reconciles and notifies (:meth:`Watcher.work`); once it has done
  its share it starts no new poll, stores what its polls under way bring, and exits; the
  parent forks the next one. The ledger holds every source's state, so the next worker
  resumes where the last one stopped;
- SIGTERM or Ctrl-C to the parent is passed to the worker, which finishes the document it is
  storing; the parent then closes the run and prints the summary of every worker. A worker
  dies with its parent (SIGKILL loses nothing committed, as in one process).

Only on Linux (``fork`` and the parent-death signal); elsewhere, and for ``--once``, the
watch runs in one process as before.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import signal
import sys
import time
import traceback

import raidlog
from raidlog.store.ledger import Ledger
from raidlog.watch import notify
from raidlog.watch.config import WatchConfig
from raidlog.watch.runner import RunSummary, Watcher

_PR_SET_PDEATHSIG = 1
_STOPPING = (signal.SIGTERM, signal.SIGINT)
# short invented reports in each language: reading them loads what extraction needs
_WARM = (("en", "Air defenses destroyed 12 drones over the Kursk region overnight."),
         ("ru", "Ночью над Курской областью уничтожены 12 беспилотников."),
         ("uk", "Вночі над Сумщиною збито 12 ударних дронів."))


def supported() -> bool:
    return sys.platform == "linux"


class WorkerFailed(Exception):
    """A worker that ended otherwise than by finishing its share or being stopped."""


def run_in_workers(config: WatchConfig, ledger: Ledger, *, duration: float | None = None, console=None,
                   warn=notify.stderr_warn) -> RunSummary:
    """The watch, in worker processes replaced as :mod:`this module <raidlog.watch.workers>` says;
    returns the summary of all of them. Raises :class:`WorkerFailed`."""
    head = Watcher(config, ledger, duration=duration, console=console, warn=warn)
    head.begin()
    started = time.monotonic()
    child = 0
    stopping = False

    def on_signal(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        if child:
            os.kill(child, signum)

    try:
        _load_once()
        for signum in _STOPPING:
            signal.signal(signum, on_signal)
        while not stopping:
            left = None if duration is None else duration - (time.monotonic() - started)
            if left is not None and left <= 0:
                break
            worker = Watcher(config, ledger, duration=left, console=console, warn=warn,
                             max_documents=config.recycle_documents, max_seconds=60 * config.recycle_minutes)
            worker.run_id = head.run_id
            sys.stdout.flush()
            sys.stderr.flush()
            gc.freeze()  # what is loaded now is shared with the worker; its collections leave it alone
            report, report_in = os.pipe()
            parent = os.getpid()
            blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)  # until each side has its handlers
            child = os.fork()
            if child == 0:
                os.close(report)
                _work(worker, parent, blocked, report_in)  # never returns
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            os.close(report_in)
            with os.fdopen(report, "rb") as pipe:
                sent = pipe.read()  # until the worker exits
            code = os.waitstatus_to_exitcode(os.waitpid(child, 0)[1])
            child = 0
            if code != 0 or not sent:
                raise WorkerFailed("the watch's worker process " + (
                    f"was killed by signal {-code}" if code < 0 else f"exited with status {code}"))
            part = json.loads(sent)
            head.summary.add(part)
            if not part["retired"]:
                break  # stopped, or its duration is over
    finally:
        head.end()
    return head.summary


def _load_once() -> None:
    """Load what extraction reads, before the first fork: every worker shares it."""
    for lang, text in _WARM:
        raidlog.extract(text, published="2025-01-01", lang=lang)


def _work(worker: Watcher, parent: int, blocked: set, report_in: int) -> None:
    """The worker process: work, hand its summary to the parent through the pipe, exit."""
    code = 1
    try:
        if ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG)")
        if os.getppid() != parent:  # the parent died before it was asked to take this one along
            os._exit(1)
        worker.ledger.engine.dispose(close=False)  # the parent's connections stay the parent's
        worker.install_signals()
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        summary = worker.work()
        with os.fdopen(report_in, "wb") as pipe:
            pipe.write(json.dumps(summary.as_dict()).encode())
        code = 0
    except BaseException:  # noqa: BLE001 - reported, and the parent stops the watch
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
