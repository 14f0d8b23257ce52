"""One poll of one source: what is new or changed since the last poll, as
batches of documents for the ledger. Polls run in worker threads and touch
nothing but the network (or the folder); the runner stores what they return.

A batch is what is marked seen as one: a feed entry, a Telegram post, an
article, a file (all the documents in it). Its ``key`` and ``mark`` (a hash of
its text, or a file's size and time) go into the source's state once every
document of it is stored, so a poll cut short is done again, and nothing seen
is fetched again."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from raidlog.ingest.encoding import content_type
from raidlog.ingest.feeds import read_feed
from raidlog.ingest.files import KINDS, read_path
from raidlog.ingest.html import read_page
from raidlog.ingest.incoming import Incoming, Rejected, Unreadable
from raidlog.watch import http
from raidlog.watch.config import Source
from raidlog.watch.telegram import as_incoming, parse_preview

SETTLE_SECONDS = 2.0  # a file changed more recently than this may still be being written


@dataclass
class Snapshot:
    """A source's state when its poll starts."""

    etag: str | None = None
    last_modified: str | None = None
    seen: dict[str, str] = field(default_factory=dict)
    last_id: int | None = None
    first: bool = True  # never polled successfully


@dataclass
class Batch:
    key: str
    mark: str
    items: list[Incoming | Rejected]


@dataclass
class Poll:
    status: str  # "ok" | "not modified"
    batches: list[Batch] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    last_id: int | None = None
    notes: list[str] = field(default_factory=list)  # parts that failed and are tried again next poll


class PollError(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def text_mark(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def poll(source: Source, snap: Snapshot, client: httpx.Client) -> Poll:
    """Poll ``source`` once. Raises :class:`PollError` for the source as a whole."""
    try:
        if source.kind == "feed":
            return _feed(source, snap, client)
        if source.kind == "telegram":
            return _telegram(source, snap, client)
        if source.kind == "page":
            return _page(source, snap, client)
        return _folder(source, snap)
    except http.FetchError as err:
        raise PollError(err.reason, err.retry_after) from None
    except Unreadable as err:
        raise PollError(err.reason) from None


def _get(source: Source, client, url: str, snap: Snapshot | None = None) -> http.Fetched:
    return http.get(client, url, etag=snap.etag if snap else None,
                    last_modified=snap.last_modified if snap else None,
                    max_bytes=source.max_bytes, timeout=source.timeout)


def _changed(key: str, text: str, snap: Snapshot) -> str | None:
    mark = text_mark(text)
    return None if snap.seen.get(key) == mark else mark


# -- feeds ------------------------------------------------------------------------------------

def _feed(source: Source, snap: Snapshot, client) -> Poll:
    got = _get(source, client, source.target, snap)
    if got.status == 304:
        return Poll("not modified", etag=got.etag, last_modified=got.last_modified)
    entries = list(read_feed(got.body, name=source.target, fetched_at=got.fetched_at, feed_url=got.url,
                             charset=content_type(got.content_type)[1]))
    if snap.first:
        entries = entries[:source.backfill]  # feeds list the latest first
    batches = []
    for item in entries:
        key = item.external_id or item.name if isinstance(item, Incoming) else item.name
        text = item.text + "\n" + (item.title or "") if isinstance(item, Incoming) else item.reason
        mark = _changed(key, text, snap)
        if mark is not None:
            batches.append(Batch(key, mark, [item]))
    batches.reverse()  # oldest first, so the ledger's versions follow the feed's order
    return Poll("ok", batches, got.etag, got.last_modified)


# -- Telegram web preview ---------------------------------------------------------------------

def _telegram(source: Source, snap: Snapshot, client) -> Poll:
    got = _get(source, client, source.target, snap)
    if got.status == 304:
        return Poll("not modified", etag=got.etag, last_modified=got.last_modified, last_id=snap.last_id)
    charset = content_type(got.content_type)[1]
    try:
        page = parse_preview(got.body, charset)
    except ValueError as exc:
        raise PollError(str(exc)) from None
    posts = {p.id: p for p in page.posts}
    wanted = source.backfill if snap.first else 10_000
    pages, before = 1, page.before
    # older pages: on the first poll to fill the back-fill, later to close a gap since the last poll
    while (before and pages < source.max_pages and len(posts) < wanted
           and (snap.last_id is None or min(posts, default=0) > snap.last_id + 1)):
        older = parse_preview(_get(source, client, _with_before(source.target, before)).body, charset)
        pages += 1
        new = {p.id: p for p in older.posts if p.id not in posts}
        if not new:
            break
        posts.update(new)
        before = older.before
    ids = sorted(posts)
    if snap.first:
        ids = ids[-source.backfill:] if source.backfill else []
    batches = []
    for pid in ids:
        key = str(pid)
        # older than the last seen and never seen: outside what this watch follows (the back-fill)
        if snap.last_id is not None and pid <= snap.last_id and key not in snap.seen:
            continue
        item = as_incoming(posts[pid], fetched_at=got.fetched_at)
        mark = _changed(key, item.text, snap)
        if mark is not None:
            batches.append(Batch(key, mark, [item]))
    last = max([*ids, snap.last_id or 0]) or None
    return Poll("ok", batches, got.etag, got.last_modified, last_id=last)


def _with_before(url: str, before: int) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, f"before={before}", ""))


# -- article list pages -----------------------------------------------------------------------

def _page(source: Source, snap: Snapshot, client) -> Poll:
    """New articles of the list page (the page itself fetched conditionally), then the latest
    articles already stored that were not checked for ``recheck`` seconds, each fetched again
    conditionally: an article whose text changed becomes a new version of its document."""
    got = _get(source, client, source.target, snap)
    fresh: list[str] = []
    if got.status == 304:
        poll = Poll("not modified", etag=got.etag, last_modified=got.last_modified)
    else:
        links = article_links(got.body, got.url, content_type(got.content_type)[1], source)
        fresh = [link for link in links if link not in snap.seen]
        if snap.first:
            fresh = fresh[:source.backfill]  # list pages put the latest first
        poll = Poll("ok", etag=got.etag, last_modified=got.last_modified)
    slowed = False
    for link in fresh[:source.max_articles]:
        try:
            article = _get(source, client, link)
        except http.FetchError as err:
            poll.notes.append(f"{link}: {err.reason}")
            if err.retry_after is not None:  # the server asks us to slow down: stop here, go on next poll
                slowed = True
                break
            continue
        poll.batches.append(_article(link, article, None))
    if len(fresh) > source.max_articles:
        poll.notes.append(f"{len(fresh) - source.max_articles} more article(s) next poll")
    if poll.notes:  # validators are kept only when the whole page was done
        poll.etag, poll.last_modified = snap.etag, snap.last_modified
    poll.batches.reverse()  # oldest first
    if not slowed:
        budget = source.max_articles - min(len(fresh), source.max_articles)
        poll.batches += _recheck(source, snap, client, budget, poll.notes)
    return poll


def _article(link: str, article: http.Fetched, old: ArticleMark | None) -> Batch:
    """An article fetched in full: a new document, or (``old``: it was stored before) a new
    version when its text changed, or nothing to store but its new mark."""
    host = urlsplit(article.url).hostname or article.url
    checked = time.time()
    try:
        item = read_page(article.body, name=link, source=f"url:{host}", external_id=None,
                         page_url=article.url, fetched_at=article.fetched_at,
                         charset=content_type(article.content_type)[1])
    except Unreadable as err:
        return Batch(link, ArticleMark("-", checked, article.etag, article.last_modified).dump(),
                     [] if old is not None and old.hash == "-" else [Rejected(link, err.reason)])
    mark = ArticleMark(text_mark(item.text), checked, article.etag, article.last_modified)
    if old is not None and old.hash == mark.hash:
        return Batch(link, mark.dump(), [])  # checked again, unchanged
    item = replace(item, external_id=item.url)  # as `raidlog ingest <URL>` names it
    if old is not None and old.hash != "-" and item.edited is None:
        item = replace(item, edited=article.fetched_at)  # the update was seen then (the page says not when)
    return Batch(link, mark.dump(), [item])


def _recheck(source: Source, snap: Snapshot, client, budget: int, notes: list[str]) -> list[Batch]:
    """The latest ``max_articles`` articles seen, those not checked for ``recheck`` seconds, at most
    ``budget`` of them, the longest unchecked first: a conditional GET each (a 304 costs nothing)."""
    if not source.recheck or budget <= 0:
        return []
    now = time.time()
    latest = list(snap.seen.items())[-source.max_articles:]
    due = sorted(((ArticleMark.load(mark), key) for key, mark in latest),
                 key=lambda e: e[0].checked)
    due = [(mark, key) for mark, key in due if now - mark.checked >= source.recheck][:budget]
    out = []
    for old, link in due:
        try:
            article = http.get(client, link, etag=old.etag, last_modified=old.last_modified,
                               max_bytes=source.max_bytes, timeout=source.timeout)
        except http.FetchError as err:
            notes.append(f"{link}: {err.reason} (checking for an update)")
            if err.retry_after is not None:
                break
            out.append(Batch(link, replace(old, checked=now).dump(), []))  # not again before recheck
            continue
        if article.status == 304:
            out.append(Batch(link, ArticleMark(old.hash, now, article.etag, article.last_modified).dump(), []))
        else:
            out.append(_article(link, article, old))
    return out


@dataclass(frozen=True)
class ArticleMark:
    """What a list page's source keeps of an article it stored: the hash of its text, when it was
    last fetched (epoch seconds) and its validators, for the conditional GET of the next check."""

    hash: str
    checked: float = 0.0
    etag: str | None = None
    last_modified: str | None = None

    def dump(self) -> str:
        return json.dumps([self.hash, int(self.checked), self.etag, self.last_modified])

    @staticmethod
    def load(mark: str) -> ArticleMark:
        if mark.startswith("["):
            try:
                h, checked, etag, modified = json.loads(mark)
                return ArticleMark(str(h), float(checked), etag, modified)
            except (ValueError, TypeError):
                pass
        return ArticleMark(mark)  # a mark of an earlier raidlog: the hash alone, never checked again yet


def article_links(body: bytes, base: str, charset: str | None, source: Source) -> list[str]:
    """The links of a list page that lead to articles: on the page's own host,
    matching ``links`` when given, without fragments, in page order, once each."""
    import lxml.html

    from raidlog.ingest.encoding import decode

    doc = lxml.html.document_fromstring(decode(body, charset))
    host = urlsplit(base).hostname
    out: list[str] = []
    for href in doc.xpath("//a/@href"):
        url = urljoin(base, href.strip())
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname != host:
            continue
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
        if url.rstrip("/") == base.rstrip("/") or url in out:
            continue
        if source.links is not None and not source.links.search(url):
            continue
        out.append(url)
    return out


# -- a local folder ---------------------------------------------------------------------------

def _folder(source: Source, snap: Snapshot) -> Poll:
    root = Path(source.target)
    if not root.is_dir():
        raise PollError(f"{root}: no such folder")
    batches = []
    now = time.time()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            path = Path(dirpath) / filename
            if filename.startswith(".") or path.suffix.lower() not in KINDS:
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            if 0 <= now - st.st_mtime < SETTLE_SECONDS:
                continue  # still being written, perhaps: next poll
            key = str(path.relative_to(root))
            mark = f"{st.st_size}:{st.st_mtime_ns}"
            if snap.seen.get(key) == mark:
                continue
            batches.append(Batch(key, mark, list(read_path(str(path), max_bytes=source.max_bytes))))
    return Poll("ok", batches)
