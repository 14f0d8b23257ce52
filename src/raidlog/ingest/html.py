"""Web pages: the main text and the metadata a page states (title, date,
canonical URL, language) through trafilatura; and :func:`html_to_text`, a
small HTML-to-text for feed entries, which are fragments, not pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from raidlog.ingest.dates import date_part, lang_tag
from raidlog.ingest.encoding import declared_in_html, decode
from raidlog.ingest.incoming import EMPTY, Incoming, Unreadable

# Only the date the page's markup states (meta tags, JSON-LD, <time>, the
# URL), never one guessed from the running text, which names other days.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_page(
    data: bytes,
    *,
    name: str,
    source: str,
    external_id: str | None,
    page_url: str | None = None,
    fetched_at: str | None = None,
    charset: str | None = None,
) -> Incoming:
    """One page. ``charset`` is what the transport declares (HTTP); it wins
    over the page's own ``<meta charset>``. Raises :class:`Unreadable`."""
    warnings: list[str] = []
    text = decode(data, charset or declared_in_html(data), warnings)
    if not text.strip():
        raise Unreadable(EMPTY)
    head = _Head.parse(text)
    doc = _extract(text, page_url)
    body = doc.text if doc is not None else None
    if (not body or not body.strip()) and nesting_depth(text) > MAX_PARSER_DEPTH:
        # lxml (under trafilatura) stops at 256 nested elements and finds nothing; the text is
        # still there, and this parser keeps no stack
        body = html_to_text(text)
    if not body or not body.strip():
        raise Unreadable(EMPTY)
    # trafilatura ends each block (headline, paragraph) with one newline; a blank line keeps a
    # headline without a full stop from running into the first sentence
    body = "\n\n".join(line for line in body.splitlines() if line.strip())
    url = _absolute(head.canonical, page_url) or (_absolute(doc.url, None) if doc else None) or page_url
    return Incoming(
        text=body,
        name=name,
        source=source,
        external_id=external_id,
        url=url,
        title=(doc.title if doc else None) or head.title,
        published=date_part(doc.date) if doc else None,
        fetched_at=fetched_at,
        lang=lang_tag(head.lang),
        warnings=tuple(warnings),
    )


def _extract(text: str, page_url: str | None):
    """trafilatura's Document (its text and metadata), or None."""
    import trafilatura

    return trafilatura.bare_extraction(
        text,
        url=page_url,
        with_metadata=True,
        include_comments=False,  # readers' comments are not the report
        include_tables=True,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )


def _absolute(link: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL, resolving a relative one against ``base``."""
    if not link:
        return None
    link = urljoin(base, link.strip()) if base else link.strip()
    parts = urlsplit(link)
    return link if parts.scheme in ("http", "https") and parts.netloc else None


class _Head(HTMLParser):
    """The first <title>, <html lang> and <link rel="canonical">."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: str | None = None
        self.lang: str | None = None
        self.canonical: str | None = None
        self._in_title = False
        self._title: list[str] = []

    @classmethod
    def parse(cls, text: str) -> _Head:
        head = cls()
        try:
            head.feed(text)
            head.close()
        except Exception:  # noqa: BLE001 - metadata is optional; the text is not
            pass
        return head

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and self.lang is None:
            self.lang = a.get("lang") or a.get("xml:lang") or None
        elif tag == "title" and self.title is None:
            self._in_title = True
        elif tag == "link" and self.canonical is None:
            if "canonical" in a.get("rel", "").lower().split():
                self.canonical = a.get("href") or None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = " ".join("".join(self._title).split()) or None


MAX_PARSER_DEPTH = 255  # libxml2's default limit of nested elements
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>")


def nesting_depth(text: str) -> int:
    """How deep the elements of a page nest (void and self-closed elements do not), by its tags
    alone: linear, with no parser and no stack."""
    depth = deepest = 0
    for closing, tag, rest in _TAG.findall(text):
        if tag.lower() in _VOID or rest.endswith("/"):
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


# Elements that end a line of text.
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul",
}  # fmt: skip
_SKIP = {"script", "style", "template", "noscript", "title"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self._pre += tag == "pre"
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self._pre = max(0, self._pre - (tag == "pre"))
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # a line break in HTML source is a space, except inside <pre>
            self.parts.append(data if self._pre else data.replace("\n", " "))


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: one line per block element, spaces
    collapsed within lines, blank lines dropped. A fragment without a single
    tag is plain text that feeds label as HTML: its line breaks are kept."""
    if "<" not in fragment:
        fragment = "<pre>" + fragment + "</pre>"
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
