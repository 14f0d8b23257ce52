"""A local HTTP server for the watch tests and for samples/watch-local.toml:
scripted responses on 127.0.0.1 only, and a log of every request.

Pages are built here in the structure of the real ones (a Telegram channel's
web preview at /s/<channel>, RSS 2.0, an article list page and its articles);
the report texts are invented for raidlog.

    python tests/watch_server.py --port 8799     # serves the sample sources of samples/watch-local.toml
"""

from __future__ import annotations

import argparse
import html
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the reply (a slow server)


@dataclass(frozen=True)
class Request:
    at: float
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""


Handler = Callable[[Request], Reply]


class WatchServer:
    """``server.route("/feed.xml", handler)``; ``server.url + "/feed.xml"``; ``server.requests``."""

    def __init__(self, port: int = 0):
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        outer = self

        class _H(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                req = Request(time.time(), parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()},
                              {k.lower(): v for k, v in self.headers.items()},
                              self.rfile.read(length) if length else b"")
                with outer.lock:
                    outer.requests.append(req)
                    handler = outer.routes.get(parts.path)
                reply = handler(req) if handler else Reply(404, b"not found")
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    if reply.status != 304:
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.status != 304 and self.command != "HEAD":
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_HEAD = _serve

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _H)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> WatchServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def route(self, path: str, handler: Handler) -> None:
        with self.lock:
            self.routes[path] = handler

    def hits(self, path: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if r.path == path]


# -- handlers ---------------------------------------------------------------------------------

class Resource:
    """A resource whose body can change; answers conditional GETs with 304 when it has not
    (ETag and Last-Modified, as a real server would). ``served``: the versions it sent in full
    (a 200), for a soak to tell a text no poll was shown from one the watch lost."""

    def __init__(self, body: bytes, content_type: str, validators: bool = True):
        self.content_type = content_type
        self.validators = validators
        self.current = (0, body)  # (version, body): one attribute, so a reply never pairs one's ETag
        self.modified = datetime(2025, 11, 12, 6, 0, tzinfo=UTC)  # with the other's body
        self.served: set[int] = set()

    @property
    def version(self) -> int:
        return self.current[0]

    @property
    def body(self) -> bytes:
        return self.current[1]

    def set(self, body: bytes) -> None:
        version, old = self.current
        if body != old:
            self.current = (version + 1, body)
            self.modified = datetime(2025, 11, 12, 6, (version + 1) % 60, tzinfo=UTC)

    def __call__(self, req: Request) -> Reply:
        version, body = self.current
        headers = {"Content-Type": self.content_type}
        if self.validators:
            etag = f'"v{version}"'
            headers |= {"ETag": etag, "Last-Modified": format_datetime(self.modified, usegmt=True)}
            if req.headers.get("if-none-match") == etag:
                return Reply(304, b"", headers)
        self.served.add(version)
        return Reply(200, body, headers)


# -- page builders ----------------------------------------------------------------------------

@dataclass
class Post:
    id: int
    text: str  # plain text; line breaks become <br/>
    date: str = "2025-11-12T06:10:00+00:00"
    edited: bool = False
    reply_to: str | None = None  # the quoted text of a reply
    service: bool = False


def tme_page(channel: str, title: str, posts: list[Post], before: int | None = None) -> bytes:
    """A channel's web preview page (https://t.me/s/<channel>) with ``posts`` (oldest first)."""
    more = (f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{channel}?before='
            f'{before}" class="tme_messages_more js-messages_more" data-before="{before}"></a></div>'
            if before else "")
    blocks = []
    for p in posts:
        if p.service:
            blocks.append(
                f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message '
                f'service_message js-widget_message" data-post="{channel}/{p.id}"><div class="tgme_widget_message_'
                f'bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">{html.escape(p.text)}'
                '</div></div></div></div>')
            continue
        reply = (f'<a class="tgme_widget_message_reply" href="https://t.me/{channel}/1"><div class="tgme_widget'
                 f'_message_author accent_color"><span class="tgme_widget_message_author_name">{html.escape(title)}'
                 f'</span></div><div class="tgme_widget_message_text js-message_text" dir="auto">'
                 f'{html.escape(p.reply_to)}</div></a>') if p.reply_to else ""
        text = "<br/>".join(html.escape(line) for line in p.text.split("\n"))
        edited = '<span class="tgme_widget_message_edited">edited</span> ' if p.edited else ""
        blocks.append(f"""<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{p.id}" data-view="eyJjIjotMTAwMTIzNDU2Nzg5LCJwIjoxMDEsInQiOjE3MzE0MDAwMDB9">
  <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo bgcolor1" data-content="T"></i></a></div>
  <div class="tgme_widget_message_bubble">
    <i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"></svg></i>
    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{channel}"><span dir="auto">{html.escape(title)}</span></a></div>
    {reply}<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>
    <div class="tgme_widget_message_footer compact js-message_footer">
      <div class="tgme_widget_message_info short js-message_info">
        <span class="tgme_widget_message_views">12.4K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta">{edited}<a class="tgme_widget_message_date" href="https://t.me/{channel}/{p.id}"><time datetime="{p.date}" class="time">06:10</time></a></span>
      </div>
    </div>
  </div>
</div></div>""")
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{html.escape(title)} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta property="og:title" content="{html.escape(title)}">
    <meta property="og:description" content="A channel written for raidlog's tests">
    <link rel="canonical" href="https://t.me/s/{channel}">
  </head>
  <body class="widget_frame_base tgme_webpreview_body">
    <header class="tgme_header search_collapsed"><div class="tgme_header_info"><div class="tgme_channel_info_header_title"><span dir="auto">{html.escape(title)}</span></div></div></header>
    <main class="tgme_main"><div class="tgme_container"><section class="tgme_channel_history js-message_history">
{more}
{chr(10).join(blocks)}
    </section></div></main>
  </body>
</html>""".encode()


@dataclass
class Entry:
    guid: str
    title: str
    text: str
    date: str = "Wed, 12 Nov 2025 08:30:00 +0300"
    link: str | None = None


def rss(title: str, link: str, entries: list[Entry]) -> bytes:
    """RSS 2.0 with ``entries`` (latest first, as feeds list them)."""
    items = "".join(
        f"<item><title>{html.escape(e.title)}</title><link>{html.escape(e.link or link + '/' + e.guid)}</link>"
        f'<guid isPermaLink="false">{html.escape(e.guid)}</guid><pubDate>{e.date}</pubDate>'
        f"<description>{html.escape('<p>' + e.text + '</p>')}</description></item>" for e in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(title)}'
            f"</title><link>{html.escape(link)}</link><language>en</language><description>test feed</description>"
            f"{items}</channel></rss>").encode()


def list_page(title: str, links: list[tuple[str, str]]) -> bytes:
    """A news list page: navigation, then the article links (latest first)."""
    li = "".join(f'<li><a href="{href}">{html.escape(text)}</a></li>' for href, text in links)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f'<body><nav><a href="/">Home</a> <a href="/about">About</a> <a href="https://elsewhere.example/">'
            f'Partner</a></nav><h1>{html.escape(title)}</h1><ul class="news">{li}</ul></body></html>').encode()


def article(title: str, text: str, date: str = "2025-11-12") -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="{date}T07:00:00+03:00"></head><body>'
            f'<nav><a href="/">Home</a></nav><article><h1>{html.escape(title)}</h1>'
            f'<time datetime="{date}">{date}</time>{paras}</article>'
            "<footer>© Test Ministry</footer></body></html>").encode()


# -- invented reports -------------------------------------------------------------------------

AF_NIGHT = ("У ніч на 12 листопада противник атакував 45 ударними БпЛА типу Shahed.\n"
            "За попередніми даними, станом на 09:00 протиповітряною обороною збито/подавлено 38 ворожих БпЛА "
            "на півночі, півдні та сході країни.")
AF_MISSILES = ("13 листопада противник атакував 2 балістичними ракетами Іскандер-М та 30 ударними БпЛА.\n"
               "Збито 24 БпЛА.")
MOD_NIGHT = ("За прошедшую ночь дежурные средства ПВО перехватили и уничтожили 17 беспилотных "
             "летательных аппаратов ВСУ самолетного типа: 9 – над территорией Белгородской области, "
             "8 – над территорией Курской области.")
MOD_NIGHT_EDITED = MOD_NIGHT.replace("17 беспилотных", "19 беспилотных").replace("9 – над", "11 – над")
EN_ARTICLE = ("Russian air defenses destroyed 24 Ukrainian drones over the Bryansk and Kursk regions overnight, "
              "the Russian Defense Ministry said on Wednesday.\n\nThe ministry said 14 drones were destroyed over "
              "the Bryansk region and 10 over the Kursk region.")
EN_FEED = ("Ukraine's Air Force said Russia launched 52 Shahed-type attack drones overnight; air defenses shot "
           "down or suppressed 41 of them.")


def sample(server: WatchServer) -> WatchServer:
    """The sources of samples/watch-local.toml."""
    server.route("/s/testaf", Resource(tme_page("testaf", "Test Air Force", [
        Post(101, "Пам'ятка: укриття поруч.", date="2025-11-11T18:00:00+00:00"),
        Post(102, AF_NIGHT, date="2025-11-12T06:10:00+00:00"),
    ]), "text/html; charset=utf-8", validators=False))
    server.route("/s/testmod", Resource(tme_page("testmod", "Test MoD", [
        Post(7, "Канал создан", service=True),
        Post(8, MOD_NIGHT, date="2025-11-12T04:05:00+00:00", edited=True),
    ]), "text/html; charset=utf-8", validators=False))
    server.route("/feed.xml", Resource(rss("Test Wire", server.url, [
        Entry("wire-2", "Air Force: 41 of 52 drones shot down", EN_FEED)]), "application/rss+xml"))
    server.route("/news/", Resource(list_page("News", [("/news/2025/11/12/drones", "24 drones destroyed")]),
                                    "text/html; charset=utf-8"))
    server.route("/news/2025/11/12/drones", Resource(article("24 drones destroyed overnight", EN_ARTICLE),
                                                     "text/html; charset=utf-8"))
    return server


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()
    srv = sample(WatchServer(args.port)).start()
    print(f"serving the sample sources on {srv.url} (Ctrl-C stops)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()
