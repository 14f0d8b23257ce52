"""The web layer's guard, one ASGI middleware around the whole app:

- request bodies are capped (413 over ``max_body`` bytes, whether announced by
  Content-Length or not);
- no query parameter may hold a control character (U+0000 to U+001F, U+007F): 422 for the
  API, 400 for a page, naming the parameter (a NUL would otherwise reach the database);
- the Host header must name this server when it listens on a loopback address
  (a web page elsewhere cannot read the ledger through DNS rebinding);
- every response gets the security headers (CSP ``default-src 'self'``, no
  sniffing, no referrer, no framing);
- an exception nobody handled becomes a 500 problem object (or a plain error
  page) without a stack trace; the trace goes to the server's log only.

And the bearer-token check of the write endpoints.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from html import escape
from urllib.parse import parse_qsl

from starlette.exceptions import HTTPException

log = logging.getLogger("raidlog.web")

MAX_BODY = 1024 * 1024

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def control_character(query_string: str) -> str | None:
    """The problem with a query string whose names or values hold a control character, else None."""
    for name, value in parse_qsl(query_string, keep_blank_values=True):
        bad = _CONTROL.search(name + value)
        if bad:
            where = "a parameter name" if _CONTROL.search(name) else name
            return f"{where}: must not contain control characters (U+{ord(bad.group()):04X})"
    return None


class BodyTooLarge(HTTPException):
    """Raised while the body is read; an HTTPException so that FastAPI's body parsing lets it
    through as it is (413) instead of calling it a parse error."""

    def __init__(self, limit: int):
        super().__init__(413, f"the request body is over the limit of {limit:,} bytes")


def problem(status: int, title: str, detail: str, type_: str = "about:blank") -> dict:
    return {"type": type_, "title": title, "status": status, "detail": detail}


def wants_json(path: str, accept: str) -> bool:
    return path.startswith("/api/") or path == "/openapi.json" or (
        "application/json" in accept and "text/html" not in accept)


ERROR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{status} {title} · raidlog</title>
<link rel="stylesheet" href="/static/style.css"></head>
<body><main class="error"><h1>{status} · {title}</h1><p>{detail}</p><p><a href="/">raidlog overview</a></p></main>
</body></html>
"""


def error_page(status: int, title: str, detail: str) -> str:
    return ERROR_PAGE.format(status=status, title=escape(title), detail=escape(detail))


class Guard:
    def __init__(self, app, max_body: int = MAX_BODY, allowed_hosts: set[str] | None = None):
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path, accept = scope.get("path", ""), headers.get("accept", "")
        started = False

        async def send_secure(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        async def fail(status: int, title: str, detail: str, extra: list | None = None):
            if wants_json(path, accept):
                body = json.dumps(problem(status, title, detail)).encode()
                ctype = b"application/problem+json"
            else:
                body = error_page(status, title, detail).encode()
                ctype = b"text/html; charset=utf-8"
            await send_secure({"type": "http.response.start", "status": status, "headers": [
                (b"content-type", ctype), (b"content-length", str(len(body)).encode()), *(extra or [])]})
            await send_secure({"type": "http.response.body", "body": body})

        if self.allowed_hosts is not None:
            host = headers.get("host", "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.lower() not in self.allowed_hosts:
                return await fail(400, "Bad Request", "this server answers to its own address only "
                                  f"({', '.join(sorted(self.allowed_hosts))})")
        bad_query = control_character(scope.get("query_string", b"").decode("latin-1"))
        if bad_query:
            api = path.startswith("/api/")
            return await fail(422 if api else 400, "Unprocessable Content" if api else "Bad Request", bad_query)
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return await fail(400, "Bad Request", "invalid Content-Length")
            if int(length) > self.max_body:
                return await fail(413, "Content Too Large",
                                  f"the request body has {int(length):,} bytes; the limit is {self.max_body:,}",
                                  [(b"connection", b"close")])
        received = 0

        async def capped_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, capped_receive, send_secure)
        except BodyTooLarge:
            if not started:
                await fail(413, "Content Too Large", f"the request body is over the limit of {self.max_body:,} bytes",
                           [(b"connection", b"close")])
        except Exception:  # noqa: BLE001 - logged here, never shown to the client
            log.exception("error while serving %s %s", scope.get("method"), path)
            if not started:
                await fail(500, "Internal Server Error",
                           "the server could not answer this request; the reason is in its log")


def token_ok(header: str | None, token: str) -> bool:
    """``Authorization: Bearer <token>``: the scheme in any case ("bearer", "BEARER", as RFC 7235
    says schemes are), one space, then the token exactly as configured, compared in constant
    time. Nothing else is accepted: no other space before, inside or after the token."""
    if not header or not token:
        return False
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), token.encode("utf-8", "surrogateescape"))
