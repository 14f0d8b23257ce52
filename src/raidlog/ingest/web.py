"""http(s) URLs: fetched with httpx, then read by Content-Type (a body
whose document element is <rss>, <feed> or <rdf:RDF> is a feed whatever the
server calls it).

A URL a client of the web app gives (``POST /api/ingest-url``) is fetched with
:func:`guarded_client`: every connection, the first and each redirect's, goes
to an address resolved and checked beforehand, so the server cannot be made to
read its own loopback, private, link-local, multicast or reserved addresses
(unless the operator allows some networks), and every failure to fetch reads
the same, :data:`NOT_FETCHED`, so the answers do not map the server's network.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
import threading
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


log = logging.getLogger("raidlog.ingest")

NOT_FETCHED = "cannot be fetched (no answer, an address that is not allowed, an error status, too slow or too large)"
GUARDED_MAX_BYTES = 5 * 1024 * 1024
GUARDED_TIMEOUT = 10.0
GUARDED_REDIRECTS = 5

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _user_agent() -> str:
    try:
        version = metadata.version("raidlog")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"raidlog/{version}"


def new_client(timeout: float) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        timeout=timeout,
        headers={"User-Agent": _user_agent(), "Accept": ACCEPT},
    )


class AddressRefused(Exception):
    """A connection to an address the guard does not allow."""


def parse_networks(specs: list[str] | None) -> list[Network]:
    """CIDR networks ("10.1.0.0/16", "127.0.0.1"); raises ValueError naming a bad one."""
    networks = []
    for spec in specs or []:
        try:
            networks.append(ipaddress.ip_network(spec.strip(), strict=False))
        except ValueError:
            raise ValueError(f"not a network: {spec!r} (expected an address or CIDR, e.g. 10.1.0.0/16)") from None
    return networks


def address_allowed(address: str, allowed: list[Network]) -> bool:
    """Public (globally routable unicast) addresses, and those in ``allowed``."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in net for net in allowed):
        return True
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local
                                 or ip.is_private or ip.is_unspecified)


class GuardedTransport(httpx.BaseTransport):
    """httpx's transport behind a check of each request's address, on httpx's public API. The
    client sends every request through it, the first and each redirect's: the host is resolved
    here, refused if any of its addresses is not allowed, and the request goes to the address that
    was checked (the URL's host replaced by it, so a second DNS answer cannot point elsewhere) with
    its Host header and its TLS server name (``sni_hostname``, which the certificate is checked
    against) still the host's name. Connections are not kept, so none is reused for another host."""

    def __init__(self, allowed: list[Network], verify: ssl.SSLContext | bool = True):
        self.allowed = list(allowed)
        self._inner = httpx.HTTPTransport(verify=verify, limits=httpx.Limits(max_keepalive_connections=0))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.raw_host.decode("ascii")  # IDNA-encoded, as DNS and TLS want it
        port = request.url.port or {"http": 80, "https": 443}.get(request.url.scheme, 0)
        failure: httpx.ConnectError | None = None
        for address in self._addresses(host, port, request):
            pinned = httpx.Request(request.method, request.url.copy_with(host=address), headers=request.headers,
                                   stream=request.stream, extensions={**request.extensions, "sni_hostname": host})
            try:
                return self._inner.handle_request(pinned)
            except httpx.ConnectError as exc:  # the next address of the host, if it has one
                failure = exc
        assert failure is not None
        raise failure

    def _addresses(self, host: str, port: int, request: httpx.Request) -> list[str]:
        wait = (request.extensions.get("timeout") or {}).get("connect") or GUARDED_TIMEOUT
        infos = _resolve(host.strip("[]"), port, wait)
        if isinstance(infos, BaseException):
            raise httpx.ConnectError(f"cannot resolve {host} ({infos})", request=request) from None
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        refused = [a for a in addresses if not address_allowed(a, self.allowed)]
        if not addresses or refused:
            raise AddressRefused(f"{host} resolves to {', '.join(refused) or 'nothing'}")
        return addresses

    def close(self) -> None:
        self._inner.close()


def _resolve(host: str, port: int, wait: float) -> list | BaseException:
    """getaddrinfo's answer, or the error, within ``wait`` seconds: the system's resolver has no
    time limit of its own (a name server that never answers holds it for half a minute), so it
    runs in a thread of its own, left behind if it overruns."""
    answer: list = []

    def lookup() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            answer.append(exc)

    thread = threading.Thread(target=lookup, name="raidlog-resolve", daemon=True)
    thread.start()
    thread.join(wait)
    return answer[0] if answer else TimeoutError(f"no answer within {wait:g} s")


class GuardedClient(httpx.Client):
    """A client for URLs from untrusted callers: see the module's docstring."""


def guarded_client(allowed: list[Network] | None = None, timeout: float = GUARDED_TIMEOUT,
                   verify: ssl.SSLContext | bool = True) -> GuardedClient:
    """A client that connects to public addresses only, plus the networks in ``allowed``. It
    ignores proxy settings of the environment (the proxy's address would be checked instead).
    ``verify``: as httpx's (an SSLContext trusting a private CA, for instance)."""
    return GuardedClient(
        transport=GuardedTransport(list(allowed or []), verify=verify),
        follow_redirects=True,
        max_redirects=GUARDED_REDIRECTS,
        timeout=timeout,
        trust_env=False,
        headers={"User-Agent": _user_agent(), "Accept": ACCEPT},
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
    """The documents at ``url``, all named by ``url`` as given. With a :class:`GuardedClient`
    the reason of any failure to fetch is :data:`NOT_FETCHED` (the real one goes to the log)."""
    try:
        try:
            response = fetch(url, client=client, max_bytes=max_bytes, timeout=timeout)
        except Exception as err:  # noqa: BLE001 - for a guarded client every failure reads the same
            if not isinstance(client, GuardedClient):
                raise
            log.warning("not fetched: %s: %s", url, getattr(err, "reason", err))
            raise Unreadable(NOT_FETCHED) from None
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
    start = time.monotonic()
    try:
        with client.stream("GET", url, follow_redirects=True, timeout=timeout) as resp:
            if resp.status_code >= 400:
                raise Unreadable(f"HTTP {resp.status_code}")
            body = read_body(resp, max_bytes=max_bytes, start=start, timeout=timeout, fail=Unreadable)
            return Response(str(resp.url), resp.headers.get("content-type"), body, utc_now())
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise Unreadable(request_failure(exc, timeout)) from None


def request_failure(exc: httpx.HTTPError | httpx.InvalidURL, timeout: float) -> str:
    """Why a request failed, for people: the reason ingest-url and watch both give."""
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return "not a valid URL"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})"
    return f"request failed ({type(exc).__name__}: {exc})"


def read_body(resp: httpx.Response, *, max_bytes: int, start: float, timeout: float,
              fail: type[Exception]) -> bytes:
    """A streamed response's body, refused (``fail(reason)``) past ``max_bytes`` —
    by its Content-Length before reading, else as the chunks arrive; raises
    httpx's ReadTimeout, as a stalled read would, once ``timeout`` seconds have
    passed since ``start`` (``time.monotonic()``)."""
    length = resp.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise fail(too_large(int(length), max_bytes))
    body = bytearray()
    for chunk in resp.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise fail(over_limit(max_bytes))
        if time.monotonic() - start > timeout:
            raise httpx.ReadTimeout(f"the download took longer than {timeout:g} s")
    return bytes(body)


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
        warnings: list[str] = []
        text = decode(body, charset, warnings)
        if not text.strip():
            raise Unreadable(EMPTY)
        yield Incoming(
            text,
            name,
            f"url:{host}",
            response.url,
            url=response.url,
            fetched_at=response.fetched_at,
            warnings=tuple(warnings),
        )
    else:
        raise Unreadable(f"unsupported content type ({mime})")


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))
