"""Answers to reads, kept per state of the ledger.

Everything a GET page or API answer shows derives from the ledger, and the ledger
changes only on ingest (or reprocess, reconcile). :class:`PageCache` keeps the
answers of GET requests keyed by the ledger's version (``data.fingerprint``: the
newest ids of runs, documents, claims, findings, groups and incidents, and the
last run's end) and the request's path and query; a new ingest changes the version
and so every key. Each answer carries an ``ETag`` (the version and the URL) and a
``Last-Modified`` (the last run's end), so a browser that sends ``If-None-Match`` or
``If-Modified-Since`` gets a 304 with no body. The version is read from the ledger
at most once per ``ttl`` seconds (default 1 s): an answer may be that much older
than the ledger, never more.

Not cached: anything but GET/HEAD, ``/static`` (served with its own validators),
the watch's state (:data:`UNCACHED`: a source's last poll changes without the
ledger's version changing), error answers, and answers larger than ``max_body``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from datetime import datetime
from email.utils import formatdate, parsedate_to_datetime

from starlette.concurrency import run_in_threadpool

from raidlog.web import data

UNCACHED = ("/watch", "/api/watch")


class PageCache:
    def __init__(self, app, engine, ttl: float = 1.0, entries: int = 512, max_body: int = 4_000_000):
        self.app = app
        self.engine = engine
        self.ttl = ttl
        self.entries = entries
        self.max_body = max_body
        self._version: tuple[float, str, str | None] | None = None  # (read at, version, last modified)
        self._store: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def _read_version(self) -> tuple[str, str | None]:
        with self.engine.connect() as conn:
            fp = data.fingerprint(conn)
        version = hashlib.sha1(repr(fp).encode()).hexdigest()[:16]
        modified = None
        if fp[-1]:
            try:
                stamp = datetime.fromisoformat(str(fp[-1]))
                modified = formatdate(stamp.timestamp(), usegmt=True)
            except ValueError:
                modified = None
        return version, modified

    async def version(self) -> tuple[str, str | None]:
        now = time.monotonic()
        known = self._version
        if known is None or now - known[0] > self.ttl:
            version, modified = await run_in_threadpool(self._read_version)
            self._version = known = (now, version, modified)
        return known[1], known[2]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"].startswith("/static/") or scope["path"] in UNCACHED:
            return await self.app(scope, receive, send)
        if scope["method"] not in ("GET", "HEAD"):
            try:
                return await self.app(scope, receive, send)
            finally:
                self._version = None  # a write through this server is seen at the next read
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        try:
            version, modified = await self.version()
        except Exception:  # noqa: BLE001 - the ledger cannot be read: the app answers (503) as it would
            return await self.app(scope, receive, send)
        url = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        accept = headers.get("accept", "")
        json_wanted = "json" in accept and "html" not in accept
        etag = '"' + hashlib.sha1(f"{version} {url} {json_wanted}".encode()).hexdigest()[:20] + '"'
        validators = [(b"etag", etag.encode()), (b"cache-control", b"no-cache")]
        if modified:
            validators.append((b"last-modified", modified.encode()))
        if self._not_modified(headers, etag, modified):
            await send({"type": "http.response.start", "status": 304, "headers": validators})
            await send({"type": "http.response.body", "body": b""})
            return
        key = (version, url, json_wanted)
        with self._lock:
            hit = self._store.get(key)
            if hit is not None:
                self._store.move_to_end(key)
        if hit is not None:
            self.hits += 1
            status, head, body = hit
            await send({"type": "http.response.start", "status": status, "headers": head})
            await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
            return
        self.misses += 1
        start: dict = {}
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def capture(message):
            nonlocal size, keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message["status"] == 200 and not any(k.lower() == b"set-cookie" for k, _ in message["headers"])
                if keep:
                    message = dict(message)
                    message["headers"] = [(k, v) for k, v in message["headers"]
                                          if k.lower() not in (b"etag", b"last-modified", b"cache-control")] + validators
                    start.update(message)
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > self.max_body:
                    keep = False
                elif not message.get("more_body") and scope["method"] == "GET":
                    with self._lock:
                        self._store[key] = (start["status"], start["headers"], b"".join(chunks))
                        while len(self._store) > self.entries:
                            self._store.popitem(last=False)
                        for old in [k for k in self._store if k[0] != version]:  # a new ledger version
                            del self._store[old]
            await send(message)

        await self.app(scope, receive, capture)

    @staticmethod
    def _not_modified(headers: dict[str, str], etag: str, modified: str | None) -> bool:
        sent = headers.get("if-none-match")
        if sent is not None:
            return etag in [t.strip() for t in sent.split(",")] or sent.strip() == "*"
        since = headers.get("if-modified-since")
        if since and modified:
            try:
                return parsedate_to_datetime(since) >= parsedate_to_datetime(modified)
            except (TypeError, ValueError):
                return False
        return False
