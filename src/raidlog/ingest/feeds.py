"""RSS and Atom feeds: one document per entry, read with feedparser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from raidlog.ingest.dates import lang_tag, stated_time
from raidlog.ingest.encoding import declared_in_xml, decode
from raidlog.ingest.html import html_to_text
from raidlog.ingest.incoming import EMPTY, NO_TEXT, Incoming, Rejected, Unreadable, with_warnings

NOT_A_FEED = "not an RSS or Atom feed"
_PROLOG_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
_ROOT = re.compile(
    rb"^(?:\s*<\?[^>]*>|\s*<!--.*?-->|\s*<!DOCTYPE[^>]*>)*\s*<(rss|feed|rdf:RDF)\b", re.S | re.I
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_feed(data: bytes) -> bool:
    """Whether the document element is <rss>, <feed> or <rdf:RDF>."""
    return bool(_ROOT.match(data.removeprefix(b"\xef\xbb\xbf")[:4096]))


def read_feed(
    data: bytes,
    *,
    name: str,
    fetched_at: str | None = None,
    feed_url: str | None = None,
    charset: str | None = None,
) -> Iterator[Incoming | Rejected]:
    """The entries of a feed, each named "<name>#<entry id>". The bytes are
    decoded here (HTTP charset, then the XML prolog, then the usual guesses)
    and handed to feedparser as UTF-8, so that a feed in cp1251 without a
    declaration is not read as Latin-1. Raises :class:`Unreadable` for the
    feed as a whole."""
    import feedparser

    warnings: list[str] = []
    text = decode(data, charset or declared_in_xml(data), warnings)
    if not text.strip():
        raise Unreadable(EMPTY)
    utf8 = _PROLOG_ENCODING.sub(r"\1\2utf-8\2", text, count=1).encode("utf-8")
    parsed = feedparser.parse(
        utf8, response_headers={"content-type": "application/xml; charset=utf-8"}
    )
    if not parsed.get("version") and not parsed.entries:
        raise Unreadable(NOT_A_FEED)
    feed = parsed.feed
    title = _clean(feed.get("title"))
    source = "rss:" + (title or feed_url or _http(feed.get("link")) or name)
    feed_lang = lang_tag(feed.get("language"))
    for n, entry in enumerate(parsed.entries, 1):
        eid = _clean(entry.get("id"))
        link = _http(entry.get("link"))
        where = f"{name}#{eid or link or n}"
        try:
            yield with_warnings(_entry(entry, where, eid or link, link, source, feed_lang, fetched_at), warnings)
        except Unreadable as err:
            yield Rejected(where, err.reason)
        except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the feed
            yield Rejected(where, f"cannot be read ({type(exc).__name__}: {exc})")


def _entry(entry, name, external_id, link, source, feed_lang, fetched_at) -> Incoming:
    body = next((c for c in entry.get("content") or [] if (c.get("value") or "").strip()), None)
    body = body or entry.get("summary_detail")
    if not body or body.get("value") is None:
        raise Unreadable(NO_TEXT)
    text = _as_text(body)
    if not text.strip():
        raise Unreadable(EMPTY)
    title = entry.get("title_detail")
    # dict.get: feedparser's own get() answers "updated" with "published"
    # (and warns) when the entry has only one of them
    published = stated_time(dict.get(entry, "published"))
    updated = stated_time(dict.get(entry, "updated"))
    edited = None
    if published is not None and updated is not None and updated != published:
        edited = updated.isoformat()
    stated = published or updated
    return Incoming(
        text=text,
        name=name,
        source=source,
        external_id=external_id,
        url=link,
        title=_clean(_as_text(title)) if title else None,
        published=stated.date().isoformat() if stated else None,
        fetched_at=fetched_at,
        lang=lang_tag(body.get("language")) or feed_lang,
        edited=edited,
    )


def _as_text(detail) -> str:
    value = detail.get("value") or ""
    return html_to_text(value) if detail.get("type") in _HTML_TYPES else value


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _http(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None
