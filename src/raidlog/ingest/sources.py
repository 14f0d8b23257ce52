"""The entry point: source specs (paths and http(s) URLs) to documents."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from raidlog.ingest.files import read_path
from raidlog.ingest.incoming import Incoming, Rejected

if TYPE_CHECKING:
    import httpx

MAX_BYTES = 5 * 1024 * 1024
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def read_sources(
    specs: Iterable[str],
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = 10.0,
    client: httpx.Client | None = None,
) -> Iterator[Incoming | Rejected]:
    """Documents from each spec in turn, as they are read.

    A spec is a path (a file, or a folder read recursively) or an http(s)
    URL. Whatever cannot be read (a file, a line, a feed entry, a message, a
    URL) comes as a :class:`Rejected` in its place and reading goes on.
    ``client`` is used for URLs if given (and left open); otherwise one is
    made when the first URL comes and closed at the end."""
    if isinstance(specs, str):  # one spec, not its characters
        specs = [specs]
    own: httpx.Client | None = None
    try:
        for spec in specs:
            scheme = _SCHEME.match(spec)
            if scheme is None:
                yield from read_path(spec, max_bytes=max_bytes)
                continue
            if scheme.group(1).lower() not in ("http", "https"):
                yield Rejected(spec, f"unsupported URL scheme ({scheme.group(1)})")
                continue
            from raidlog.ingest import web

            if client is None and own is None:
                own = web.new_client(timeout)
            yield from web.read_url(
                spec, client=client or own, max_bytes=max_bytes, timeout=timeout
            )
    finally:
        if own is not None:
            own.close()
