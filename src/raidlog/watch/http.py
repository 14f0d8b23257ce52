"""Polite GETs: conditional (ETag / Last-Modified, so an unchanged feed costs a
304), bounded in size and time, with the raidlog user agent of ``ingest``; a
failure says whether and when to try again (429 and 503 with Retry-After)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from raidlog.ingest.dates import utc_now
from raidlog.ingest.web import new_client, read_body, request_failure

__all__ = ["FetchError", "Fetched", "get", "new_client", "retry_after"]

MAX_RETRY_AFTER = 24 * 3600.0


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 (not modified: no body)
    url: str  # after redirects
    content_type: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    fetched_at: str


class FetchError(Exception):
    """A request that failed: ``reason`` for people, ``retry_after`` in seconds
    when the server asked to wait (429, 503 with Retry-After)."""

    def __init__(self, reason: str, *, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


def get(client: httpx.Client, url: str, *, etag: str | None = None, last_modified: str | None = None,
        max_bytes: int, timeout: float) -> Fetched:
    """GET ``url``; with ``etag``/``last_modified`` a conditional GET. The body
    is read in chunks and refused past ``max_bytes``; ``timeout`` bounds each
    wait and the whole download. Raises :class:`FetchError`."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    start = time.monotonic()
    try:
        with client.stream("GET", url, headers=headers, follow_redirects=True, timeout=timeout) as resp:
            new_etag = resp.headers.get("etag") or etag
            new_modified = resp.headers.get("last-modified") or last_modified
            if resp.status_code == 304:
                return Fetched(304, str(resp.url), None, b"", new_etag, new_modified, utc_now())
            if resp.status_code >= 400:
                wait = retry_after(resp.headers.get("retry-after"))
                if resp.status_code in (429, 503) and wait is None:
                    wait = 0.0  # back off all the same
                raise FetchError(f"HTTP {resp.status_code}", status=resp.status_code, retry_after=wait)
            body = read_body(resp, max_bytes=max_bytes, start=start, timeout=timeout, fail=FetchError)
            return Fetched(resp.status_code, str(resp.url), resp.headers.get("content-type"), body,
                           new_etag, new_modified, utc_now())
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(request_failure(exc, timeout)) from None


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: "120" or an HTTP date; None
    when absent or unreadable; at most a day."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - (now or datetime.now(UTC))).total_seconds()), MAX_RETRY_AFTER)
