"""http(s) URLs: fetched with httpx, then read by Content-Type (a body
whose document element is <rss>, <feed> or <rdf:RDF> is a feed whatever the
server calls it)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import metadata
from urllib.parse import urlsplit

import httpx

from raidlog.ingest.dates import utc_now
from raidlog.ingest.encoding import content_type, decode
from raidlog.ingest.feeds import looks_like_feed, read_feed
from raidlog.ingest.html import read_page
from raidlog.ingest.incoming import (
    EMPTY,
    Incoming,
    Rejected,
    Unreadable,
    over_limit,
    too_large,
)

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml",
}  # fmt: skip
TEXT_TYPES = {"text/plain", "text/markdown"}
ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1"
)


def new_client(timeout: float) -> httpx.Client:
    try:
        version = metadata.version("raidlog")
    except metadata.PackageNotFoundError:
        version = "0"
    return httpx.Client(
        follow_redirects=True,
        timeout=timeout,
        headers={"User-Agent": f"raidlog/{version}", "Accept": ACCEPT},
    )


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    content_type: str | None
    body: bytes
    fetched_at: str


def read_url(
    url: str, *, client: httpx.Client, max_bytes: int, timeout: float
) -> Iterator[Incoming | Rejected]:
    """The documents at ``url``, all named by ``url`` as given."""
    try:
        response = fetch(url, client=client, max_bytes=max_bytes, timeout=timeout)
        yield from _dispatch(url, response)
    except Unreadable as err:
        yield Rejected(url, err.reason)
    except Exception as exc:  # noqa: BLE001 - a bad response must not stop the batch
        yield Rejected(url, f"cannot be read ({type(exc).__name__}: {exc})")


def fetch(url: str, *, client: httpx.Client, max_bytes: int, timeout: float) -> Response:
    """GET ``url``, following redirects. The body is read in chunks and
    refused as soon as it passes ``max_bytes`` (a Content-Length over it is
    refused before reading); ``timeout`` bounds each network wait and the
    whole download. Raises :class:`Unreadable`."""
    timed_out = Unreadable(f"timed out after {timeout:g} s")
    start = time.monotonic()
    try:
        with client.stream("GET", url, follow_redirects=True, timeout=timeout) as resp:
            if resp.status_code >= 400:
                raise Unreadable(f"HTTP {resp.status_code}")
            length = resp.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise Unreadable(too_large(int(length), max_bytes))
            body = bytearray()
            for chunk in resp.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise Unreadable(over_limit(max_bytes))
                if time.monotonic() - start > timeout:
                    raise timed_out
            return Response(str(resp.url), resp.headers.get("content-type"), bytes(body), utc_now())
    except httpx.TimeoutException:
        raise timed_out from None
    except httpx.TooManyRedirects:
        raise Unreadable("too many redirects") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        raise Unreadable("not a valid URL") from None
    except httpx.ConnectError as exc:
        raise Unreadable(f"cannot connect ({exc})") from None
    except httpx.HTTPError as exc:
        raise Unreadable(f"request failed ({type(exc).__name__}: {exc})") from None


def _dispatch(name: str, response: Response) -> Iterator[Incoming | Rejected]:
    mime, charset = content_type(response.content_type)
    host = urlsplit(response.url).hostname or response.url
    body = response.body
    if not body.strip():
        raise Unreadable(EMPTY)
    if mime in FEED_TYPES or looks_like_feed(body):
        yield from read_feed(
            body,
            name=name,
            fetched_at=response.fetched_at,
            feed_url=response.url,
            charset=charset,
        )
    elif mime in HTML_TYPES or (not mime and _looks_like_html(body)):
        page = read_page(
            body,
            name=name,
            source=f"url:{host}",
            external_id=None,
            page_url=response.url,
            fetched_at=response.fetched_at,
            charset=charset,
        )
        yield replace(page, external_id=page.url)
    elif mime in TEXT_TYPES or not mime:
        text = decode(body, charset)
        if not text.strip():
            raise Unreadable(EMPTY)
        yield Incoming(
            text,
            name,
            f"url:{host}",
            response.url,
            url=response.url,
            fetched_at=response.fetched_at,
        )
    else:
        raise Unreadable(f"unsupported content type ({mime})")


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))
