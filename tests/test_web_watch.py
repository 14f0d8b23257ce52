"""`raidlog serve` and `raidlog watch` together: the watched sources' page (/watch), the endpoint
the pages poll (/api/watch), and the overview's live part (the claims stored since it was opened).
The ledger is filled by a real watch of the local sources of tests/watch_server.py (127.0.0.1 only)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

import raidlog
from raidlog.store import Ledger
from raidlog.store import schema as t
from raidlog.watch.config import load_config, parse_config
from raidlog.watch.runner import Watcher
from raidlog.web.app import create_app
from tests.watch_server import Reply, WatchServer, sample


@pytest.fixture
def watched(ledger_url):
    """The four sample sources watched twice; the second time the feed answers 429 (Retry-After
    600 s) and is in back-off. One worker, so the claims come in this order: c1 the Air Force's 38 of 45 (t.me/testaf), c2 the MoD's 17
    (t.me/testmod), c3 the feed's 41 of 52, c4 the article's 24."""
    srv = sample(WatchServer()).start()
    cfg = parse_config({"watch": {"interval": 60, "jitter": 0, "workers": 1}, "source": [
        {"kind": "telegram", "channel": "testaf", "url": srv.url},
        {"kind": "telegram", "channel": "testmod", "url": srv.url},
        {"kind": "feed", "url": srv.url + "/feed.xml", "name": "wire"},
        {"kind": "page", "url": srv.url + "/news/", "links": r"/news/\d{4}/", "name": "news"}]})
    ledger = Ledger(ledger_url)
    Watcher(cfg, ledger, once=True, warn=lambda _m: None).run()
    srv.route("/feed.xml", lambda req: Reply(429, b"slow down", {"Retry-After": "600"}))
    Watcher(cfg, ledger, once=True, warn=lambda _m: None).run()
    yield ledger, srv
    srv.stop()


def row(html: str, name: str) -> str:
    start = html.index(f'<tr data-source="{name}"')
    return html[start:html.index("</tr>", start)]


def cell(row_html: str, cls: str) -> str:
    """A cell's text, tags and the relative time in brackets left out."""
    m = re.search(rf'<td class="(?:n )?{cls}">(.*?)</td>', row_html, re.S)
    assert m, cls
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.sub(r'<span class="muted">\(.*?\)</span>', "", m.group(1)))).strip()


STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"


def test_the_watch_page_shows_each_source_s_polls_errors_and_back_off(watched):
    ledger, srv = watched
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    r = client.get("/watch")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    html = r.text
    assert '<a href="/watch" aria-current="page">Watch</a>' in html
    assert re.search(rf"No watch is running; the last one stopped at {STAMP}\.", html)
    names = re.findall(r'<tr data-source="([^"]+)"', html)
    assert names == ["news", "telegram:testaf", "telegram:testmod", "wire"]
    feed = row(html, "wire")
    assert 'class="failing"' in feed
    assert cell(feed, "state") == "failing (1 in a row)"
    assert re.fullmatch(rf"back-off until {STAMP}", cell(feed, "next-poll"))
    assert re.search(r'\(in (9|10) min\)', feed)
    assert re.fullmatch(rf"HTTP 429 {STAMP}", cell(feed, "error"))
    assert (cell(feed, "polls"), cell(feed, "documents")) == ("2", "1")
    page = row(html, "news")
    assert (cell(page, "state"), cell(page, "error"), cell(page, "polls"), cell(page, "documents")) == (
        "not modified", "none", "2", "1")
    assert 'class="failing"' not in page and "back-off" not in page
    af = row(html, "telegram:testaf")
    assert (cell(af, "state"), cell(af, "documents")) == ("ok", "2")  # the reminder and the night's report
    assert re.fullmatch(STAMP, cell(af, "last-poll")) and re.fullmatch(STAMP, cell(af, "last-new"))
    assert f'<span class="muted target">{srv.url}/s/testaf</span>' in af


def test_the_endpoint_gives_the_state_and_the_claims_stored_after_one(watched):
    ledger, _srv = watched
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    r = client.get("/api/watch?after=c1")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    state = r.json()
    assert state["running"] is False and state["failing"] == 1 and state["latest_claim"] == "c4"
    feed = next(s for s in state["sources"] if s["name"] == "wire")
    assert (feed["kind"], feed["failures"], feed["backing_off"], feed["last_error"], feed["last_status"]) == (
        "feed", 1, True, "HTTP 429", "HTTP 429")
    assert state["new_total"] == 3
    assert [(c["id"], c["claimant"], c["side"], c["summary"], c["source"]) for c in state["new_claims"]] == [
        ("c4", "Russian Ministry of Defence", "RU", "destroyed 24 drones", "url:127.0.0.1"),
        ("c3", "Ukrainian Air Force", "UA", "destroyed 41 of 52 drones", "rss:Test Wire"),
        ("c2", "Russian Ministry of Defence", "RU", "destroyed 17 drones", "t.me/testmod"),
    ]
    assert "new_claims" not in client.get("/api/watch").json()
    assert client.get("/api/watch?after=c4").json()["new_claims"] == []
    bad = client.get("/api/watch?after=latest")
    assert bad.status_code == 422 and bad.json()["detail"].startswith("after: String should match pattern")


def test_the_state_is_never_an_old_cached_answer(watched):
    """A poll changes a source's state but not the ledger's version: the page cache must not
    answer /watch or /api/watch from before it."""
    ledger, _srv = watched
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    assert client.get("/api/watch").json()["sources"][0]["polls"] == 2
    first = client.get("/watch").text
    with ledger.engine.begin() as conn:
        conn.execute(update(t.watch_sources).where(t.watch_sources.c.name == "news").values(polls=3))
    assert client.get("/api/watch").json()["sources"][0]["polls"] == 3
    assert cell(row(first, "news"), "polls") == "2"
    assert cell(row(client.get("/watch").text, "news"), "polls") == "3"


def test_a_running_watch_is_told_apart_from_a_killed_one(watched):
    """An open watch run whose sources are due soon is running; one whose sources are all long past
    their next poll was killed (SIGKILL leaves its run open)."""
    ledger, _srv = watched
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    ledger.start_run("watch")
    soon = (datetime.now(UTC) + timedelta(seconds=30)).isoformat(timespec="seconds")
    with ledger.engine.begin() as conn:
        conn.execute(update(t.watch_sources).values(next_poll_at=soon))
    assert client.get("/api/watch").json()["running"] is True
    html = client.get("/watch").text
    assert re.search(rf'<p id="watch-running" class="live-status" data-running="yes">\s*A watch is running '
                     rf"\(started {STAMP}\)\.", html)
    overview = client.get("/").text
    assert '<span id="live-running">a watch is running</span>' in overview
    long_ago = (datetime.now(UTC) - timedelta(minutes=10)).isoformat(timespec="seconds")
    with ledger.engine.begin() as conn:
        conn.execute(update(t.watch_sources).values(next_poll_at=long_ago))
    assert client.get("/api/watch").json()["running"] is False
    assert "No watch seems to be running: its sources are past their next poll" in client.get("/watch").text


def test_the_overview_marks_the_claims_stored_since_it_was_opened(watched):
    ledger, _srv = watched
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    html = client.get("/").text
    live = html[html.index('<div id="live"'):html.index('<section class="cards"')]
    assert re.search(r'data-opened="c4" data-watched="4" data-running="no"', live)
    assert re.search(rf'<a href="/watch">Watched sources</a>: <span id="live-sources">4</span>, <span id="live-running">'
                     rf'no watch is running</span> · last poll <span id="live-last-poll">{STAMP}</span> · '
                     rf'<span id="live-failing">1 failing</span>\.', live)
    assert "New since this page was opened" not in html
    marked = client.get("/?new_since=c2&since=2025-11-01").text
    assert '<h2 id="new-claims-title">New since this page was opened: <span id="new-total">2</span> claims</h2>' in marked
    items = re.findall(r'<li class="new" data-claim="(c\d+)">(.*?)</li>', marked, re.S)
    assert [(cid, re.sub(r"<[^>]+>", "", text)) for cid, text in items] == [
        ("c4", "new c4 2025-11-12 · Russian Ministry of Defence (RU): destroyed 24 drones url:127.0.0.1"),
        ("c3", "new c3 2025-11-12 · Ukrainian Air Force (UA): destroyed 41 of 52 drones rss:Test Wire"),
    ]
    assert 'data-opened="c2"' in marked  # the reload keeps the first opening point
    assert '<a href="/?since=2025-11-01">Clear the marks</a>' in marked
    assert client.get("/?new_since=yesterday").status_code == 400


def test_without_a_watch_the_pages_say_so(tmp_path):
    ledger = Ledger(str(tmp_path / "empty.db"))
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    html = client.get("/watch").text
    assert "No source is watched with this ledger. <code>raidlog watch --config watch.toml</code>" in html
    assert 'id="watch-sources"' not in html
    overview = client.get("/").text
    assert 'data-watched="0"' in overview and "Watched sources" not in overview
    assert client.get("/api/watch?after=c0").json() | {"now": None, "version": None} == {
        "now": None, "running": False, "run": None, "sources": [], "failing": 0, "last_poll_at": None,
        "version": None, "latest_claim": "c0", "new_claims": [], "new_total": 0}


CHROMIUM = "/usr/bin/chromium"


def test_in_a_browser_the_overview_and_the_watch_page_follow_a_running_watch(tmp_path):
    """Real processes: `raidlog watch` polls a local channel every second, `raidlog serve` serves the
    ledger, Chromium has the overview open; a new post appears on the channel and the overview,
    without anyone reloading it, lists its claim as new; the watch page's table counts the polls."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (scripts/system-deps.sh installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from tests.test_watch import _env, _wait_for
    from tests.test_web_browser import ARGS, free_port
    from tests.watch_server import MOD_NIGHT, Post, Resource, tme_page

    srv = WatchServer().start()
    channel = Resource(tme_page("testmod", "Test MoD", [Post(8, MOD_NIGHT)]), "text/html; charset=utf-8")
    srv.route("/s/testmod", channel)
    cfg = tmp_path / "watch.toml"
    cfg.write_text(f'[watch]\ninterval = 1\njitter = 0\n[[source]]\nkind = "telegram"\nchannel = "testmod"\n'
                   f'url = "{srv.url}"\n', encoding="utf-8")
    db = str(tmp_path / "l.db")
    Watcher(load_config(str(cfg)), Ledger(db), once=True, warn=lambda _m: None).run()  # c1, before the page opens
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    procs = [subprocess.Popen([sys.executable, "-m", "raidlog", "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(), cwd=tmp_path)]
    try:
        procs.append(subprocess.Popen([sys.executable, "-m", "raidlog", "watch", "--config", str(cfg), "--db", db],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(), cwd=tmp_path))

        def up() -> bool:
            try:
                return json.load(urllib.request.urlopen(base + "/api/watch", timeout=2))["running"]
            except OSError:
                return False

        _wait_for(up, 60)
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(base + "/?since=2025-11-01")
            assert page.get_attribute("#live", "data-opened") == "c1"
            assert page.get_attribute('link[rel="stylesheet"]', "href") == f"/static/style.css?v={raidlog.__version__}"
            assert page.text_content("#live-running") == "a watch is running"
            assert page.query_selector("#new-claims") is None
            channel.set(tme_page("testmod", "Test MoD", [
                Post(8, MOD_NIGHT), Post(9, MOD_NIGHT.replace("17 беспилотных", "23 беспилотных")
                                         .replace("9 – над", "15 – над"), date="2025-11-13T04:05:00+00:00")]))
            page.wait_for_selector('#new-claims li[data-claim="c2"]', timeout=40_000)
            assert page.url == base + "/?since=2025-11-01&new_since=c1"
            item = " ".join(page.text_content('#new-claims li[data-claim="c2"]').split())
            assert item == "new c2 2025-11-13 · Russian Ministry of Defence (RU): destroyed 23 drones t.me/testmod"
            assert page.text_content("#new-total") == "1"

            page.goto(base + "/watch")
            polls = int(page.text_content('tr[data-source="telegram:testmod"] td.polls'))
            page.wait_for_function(
                "n => Number(document.querySelector('tr[data-source=\"telegram:testmod\"] td.polls').textContent) > n",
                arg=polls, timeout=20_000)
            assert page.text_content('tr[data-source="telegram:testmod"] td.state') in ("ok", "not modified")
            assert page.text_content('tr[data-source="telegram:testmod"] td.documents') == "2"
            assert errors == []
            browser.close()
    finally:
        for proc in procs:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        srv.stop()
