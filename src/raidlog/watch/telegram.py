"""Public Telegram channels through their web preview (https://t.me/s/<channel>):
each message's post id (``data-post="channel/123"``), date (``<time datetime>``
in ``.tgme_widget_message_date``), text (``.tgme_widget_message_text``, not
the quoted reply's), and edit mark (``.tgme_widget_message_edited``); the
``?before=<id>`` link to the page of older posts.

The preview marks an edited post ("edited") without saying when. A version's
``edited`` is then the time the watch fetched the edited text (the edit was made
before it); should the mark carry a time (``<time datetime>`` inside it, or a
``datetime`` attribute), that time is kept instead."""

from __future__ import annotations

from dataclasses import dataclass

from raidlog.ingest.dates import date_part
from raidlog.ingest.encoding import content_type, decode
from raidlog.ingest.html import html_to_text
from raidlog.ingest.incoming import Incoming


def _cls(name: str) -> str:
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


_MESSAGES = f'//div[{_cls("tgme_widget_message")} and @data-post]'
_TEXT = (f'.//div[{_cls("tgme_widget_message_text")}]'
         f'[not(ancestor::*[{_cls("tgme_widget_message_reply")}])]')
_DATE = f'.//a[{_cls("tgme_widget_message_date")}]//time/@datetime'
_EDITED = f'.//*[{_cls("tgme_widget_message_edited")}]'
_EDITED_AT = f'{_EDITED}/@datetime | {_EDITED}//time/@datetime'
_TITLE = ('//meta[@property="og:title"]/@content'
          f' | //div[{_cls("tgme_channel_info_header_title")}]//text()')
_BEFORE = f'//a[{_cls("tme_messages_more")} and @data-before]/@data-before'


@dataclass(frozen=True)
class Post:
    id: int
    channel: str  # as in data-post
    date: str | None  # ISO 8601, as the page states it (UTC)
    text: str
    edited: bool
    edited_at: str | None = None  # ISO 8601, when the page says when (the preview usually does not)


@dataclass(frozen=True)
class Preview:
    title: str | None
    posts: tuple[Post, ...]  # oldest first, as on the page
    before: int | None  # the id for the page of older posts, if the page links one


def parse_preview(data: bytes, charset: str | None = None) -> Preview:
    """The posts of one preview page. Service messages (pins, title changes) and
    posts without text (a photo alone) are left out. Raises ``ValueError`` for a
    page that is not a channel preview."""
    import lxml.html

    text = decode(data, charset)
    doc = lxml.html.document_fromstring(text)
    title = next((t.strip() for t in doc.xpath(_TITLE) if t.strip()), None)
    posts = []
    for message in doc.xpath(_MESSAGES):
        if "service_message" in (message.get("class") or "").split():
            continue
        channel, _, number = (message.get("data-post") or "").rpartition("/")
        if not number.isdigit() or not channel:
            continue
        bodies = message.xpath(_TEXT)
        if not bodies:
            continue
        body = html_to_text(lxml.html.tostring(bodies[-1], encoding="unicode"))
        if not body.strip():
            continue
        dates = message.xpath(_DATE)
        edited_at = next((v.strip() for v in message.xpath(_EDITED_AT)
                          if date_part(v.strip()) and len(v.strip()) <= 32), None)
        posts.append(Post(int(number), channel, dates[0] if dates else None, body, bool(message.xpath(_EDITED)),
                          edited_at))
    if not posts and not doc.xpath(_MESSAGES) and title is None:
        raise ValueError("not a Telegram channel preview (no tgme_widget_message)")
    before = [int(b) for b in doc.xpath(_BEFORE) if b.isdigit()]
    posts.sort(key=lambda p: p.id)
    return Preview(title, tuple(posts), min(before) if before else None)


def page_charset(header: str | None) -> str | None:
    return content_type(header)[1]


def as_incoming(post: Post, *, fetched_at: str | None) -> Incoming:
    """A post as a document: source "t.me/<channel>" (the address, which
    lexicon/sources.py knows for official channels, so a post that names no
    claimant is the channel's), external id the message id (an edited post
    becomes a new version of the same document). ``edited``: for a post marked
    edited, the edit's time when the page gives it, else ``fetched_at`` (the time
    the edited text was seen; the same as the version's ``fetched_at``)."""
    return Incoming(
        text=post.text,
        name=f"https://t.me/{post.channel}/{post.id}",
        source=f"t.me/{post.channel}",
        external_id=str(post.id),
        url=f"https://t.me/{post.channel}/{post.id}",
        published=date_part(post.date),
        fetched_at=fetched_at,
        edited=(post.edited_at or fetched_at) if post.edited else None,
    )
