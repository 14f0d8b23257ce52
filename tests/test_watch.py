"""raidlog watch against local HTTP servers on 127.0.0.1 (tests/watch_server.py): never the internet."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from raidlog.store import Ledger
from raidlog.store import schema as t
from raidlog.watch.config import load_config
from raidlog.watch.runner import Watcher
from raidlog.watch.telegram import parse_preview
from tests.watch_server import (
    EN_FEED,
    MOD_NIGHT,
    MOD_NIGHT_EDITED,
    Entry,
    Post,
    Reply,
    Resource,
    WatchServer,
    rss,
    sample,
    tme_page,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def server():
    srv = WatchServer().start()
    yield srv
    srv.stop()


def config(tmp_path: Path, body: str) -> str:
    path = tmp_path / "watch.toml"
    path.write_text(body, encoding="utf-8")
    return str(path)


def run(cfg: str, db: str, **kw):
    warnings: list[str] = []
    watcher = Watcher(load_config(cfg), Ledger(db), warn=warnings.append, **kw)
    summary = watcher.run()
    return summary, warnings


def documents(db: str) -> list[tuple]:
    with Ledger(db).engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(
            t.documents.c.source, t.documents.c.external_id, t.documents.c.version, t.documents.c.is_current)
            .order_by(t.documents.c.id))]


def mod_channel(server: WatchServer, text: str = MOD_NIGHT, edited: bool = False) -> Resource:
    res = Resource(tme_page("testmod", "Test MoD", [
        Post(7, "Канал создан", service=True),
        Post(8, text, date="2025-11-12T04:05:00+00:00", edited=edited)]), "text/html; charset=utf-8")
    server.route("/s/testmod", res)
    return res


def test_the_preview_page_gives_post_ids_dates_texts_and_edit_marks():
    page = parse_preview(tme_page("chan", "Chan Title", [
        Post(5, "Пост один\nрядок два", date="2025-11-12T04:05:00+00:00"),
        Post(6, "Відповідь", reply_to="цитата іншого поста", edited=True),
        Post(7, "pinned", service=True),
    ], before=5))
    assert page.title == "Chan Title"
    assert page.before == 5
    assert [(p.id, p.channel, p.date, p.text, p.edited) for p in page.posts] == [
        (5, "chan", "2025-11-12T04:05:00+00:00", "Пост один\nрядок два", False),
        (6, "chan", "2025-11-12T06:10:00+00:00", "Відповідь", True),
    ]


def test_an_edit_mark_with_a_time_keeps_that_time():
    """The preview's mark is a bare "edited"; should it carry a time, the version keeps it."""
    from raidlog.watch.telegram import as_incoming

    body = tme_page("chan", "Chan", [Post(5, "Пост", edited=True), Post(6, "Інший", edited=True)]).decode()
    body = body.replace('<span class="tgme_widget_message_edited">edited</span>',
                        '<span class="tgme_widget_message_edited"><time datetime="2025-11-12T07:15:00+00:00">'
                        'edited 07:15</time></span>', 1)
    first, second = parse_preview(body.encode()).posts
    assert (first.edited, first.edited_at, second.edited, second.edited_at) == (
        True, "2025-11-12T07:15:00+00:00", True, None)
    assert as_incoming(first, fetched_at="2025-11-12T09:00:00Z").edited == "2025-11-12T07:15:00+00:00"
    assert as_incoming(second, fetched_at="2025-11-12T09:00:00Z").edited == "2025-11-12T09:00:00Z"
    unedited = parse_preview(tme_page("chan", "Chan", [Post(7, "Пост")])).posts[0]
    assert as_incoming(unedited, fetched_at="2025-11-12T09:00:00Z").edited is None


def test_feed_with_etag_is_not_fetched_again_when_unchanged(server, tmp_path):
    feed = Resource(rss("Test Wire", server.url, [Entry("wire-2", "41 of 52", EN_FEED)]), "application/rss+xml")
    server.route("/feed.xml", feed)
    cfg = config(tmp_path, f'[[source]]\nkind = "feed"\nurl = "{server.url}/feed.xml"\n')
    db = str(tmp_path / "l.db")
    first, _ = run(cfg, db, once=True)
    assert (first.store.ingested, first.not_modified) == (1, 0)
    second, _ = run(cfg, db, once=True)
    assert (second.polls, second.not_modified, second.store.ingested, second.store.duplicates) == (1, 1, 0, 0)
    hits = server.hits("/feed.xml")
    assert "if-none-match" not in hits[0].headers
    assert hits[1].headers["if-none-match"] == '"v0"'
    assert hits[1].headers["if-modified-since"] == "Wed, 12 Nov 2025 06:00:00 GMT"
    assert hits[1].headers["user-agent"].startswith("raidlog/")
    assert documents(db) == [("rss:Test Wire", "wire-2", 1, True)]


def test_telegram_backfill_is_bounded_and_follows_before_pages(server, tmp_path):
    posts = [Post(n, f"Допис номер {n}: збито {n} БпЛА.") for n in range(1, 31)]

    def page(req):  # the latest 20 before ?before=, with a link to older ones if there are any
        shown = [p for p in posts if p.id < int(req.query.get("before", 10**6))][-20:]
        older = shown[0].id if shown and shown[0].id > posts[0].id else None
        return Reply(200, tme_page("bigchan", "Big", shown, before=older), {"Content-Type": "text/html"})

    server.route("/s/bigchan", page)
    cfg = config(tmp_path, f'[watch]\nbackfill = 25\n[[source]]\nkind = "telegram"\nchannel = "bigchan"\n'
                           f'url = "{server.url}"\n')
    db = str(tmp_path / "l.db")
    run(cfg, db, once=True)
    assert [r.query.get("before") for r in server.hits("/s/bigchan")] == [None, "11"]
    assert [int(d[1]) for d in documents(db)] == list(range(6, 31))  # the latest 25, oldest first
    posts.append(Post(31, "Допис номер 31: збито 31 БпЛА."))
    summary, _ = run(cfg, db, once=True)
    assert summary.store.ingested + summary.store.nothing_extracted == 1
    assert [int(d[1]) for d in documents(db)][-1] == 31 and len(documents(db)) == 26


def test_an_edited_post_is_a_new_version_with_its_claims_derived_again(server, tmp_path):
    channel = mod_channel(server)
    cfg = config(tmp_path, f'[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"\n')
    db = str(tmp_path / "l.db")
    run(cfg, db, once=True)
    channel.set(tme_page("testmod", "Test MoD", [Post(8, MOD_NIGHT_EDITED, date="2025-11-12T04:05:00+00:00",
                                                       edited=True)]))
    summary, _ = run(cfg, db, once=True)
    assert summary.store.updated == 1
    assert documents(db) == [("t.me/testmod", "8", 1, False), ("t.me/testmod", "8", 2, True)]
    with Ledger(db).engine.connect() as conn:
        claims = [(r.document_id, r.destroyed) for r in conn.execute(select(t.claims).order_by(t.claims.c.id))]
        edits = [(r.edited, r.fetched_at) for r in conn.execute(select(t.documents).order_by(t.documents.c.id))]
    assert claims == [(1, 17), (2, 19)]
    # the preview says "edited" but not when: the version keeps the time its edited text was fetched
    assert edits[0][0] is None and edits[1][0] == edits[1][1] and edits[1][0] >= edits[0][1]  # to the second
    out = subprocess.run([sys.executable, "-m", "raidlog", "show", "d2", "--db", db], capture_output=True,
                         text=True, env=_env(), cwd=ROOT)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[1] == (f"version 2 of 2 (current) · edited {edits[1][0]} (when it was seen edited: the source "
                        "does not say when)")
    assert lines[2] == f"versions: d1 v1, d2 v2 edited {edits[1][0]} (current)"
    assert lines[3] == ("changed from d1: claims then c1 (destroyed 17, launched not stated); now c2 (destroyed 19, "
                        "launched not stated)")
    assert lines[4:6] == ["  … перехватили и уничтожили [-17-]{+19+} беспилотных летательных аппаратов …",
                          "  … ВСУ самолетного типа: [-9-]{+11+} – над территорией …"]
    from fastapi.testclient import TestClient

    from raidlog.web.app import create_app
    page = TestClient(create_app(db)).get("/documents/d2").text
    assert ('<li data-version="2"><strong>d2</strong> (this page) · version 2 · edited '
            f'{edits[1][0]} <span class="muted">(when it was seen edited: the source does not say when)</span>'
            ' · current</li>') in page
    assert "<li>…перехватили и уничтожили <del>17</del><ins>19</ins> беспилотных летательных аппаратов…</li>" in page
    assert ('<p id="claims-changed">Claims then: <a href="/claims/c1">c1</a> (destroyed 17, launched —);\n'
            '  now: <a href="/claims/c2">c2</a> (destroyed 19, launched —).</p>') in page
    # a third run: nothing changed, nothing stored
    third, _ = run(cfg, db, once=True)
    assert (third.store.updated, third.store.ingested, len(documents(db))) == (0, 0, 2)


def test_429_with_retry_after_is_honoured_and_other_sources_go_on(server, tmp_path):
    calls = {"n": 0}

    def limited(req):
        calls["n"] += 1
        if calls["n"] == 1:
            return Reply(429, b"slow down", {"Retry-After": "3"})
        return Reply(200, rss("Limited", server.url, [Entry("l-1", "one", EN_FEED)]),
                     {"Content-Type": "application/rss+xml"})

    server.route("/limited.xml", limited)
    server.route("/healthy.xml", Resource(rss("Healthy", server.url, [Entry("h-1", "one", EN_FEED)]),
                                          "application/rss+xml"))
    server.route("/broken.xml", lambda req: Reply(500, b"oops"))
    cfg = config(tmp_path, "[watch]\ninterval = 0.5\njitter = 0\n" + "".join(
        f'[[source]]\nkind = "feed"\nurl = "{server.url}/{name}.xml"\n' for name in ("limited", "healthy", "broken")))
    db = str(tmp_path / "l.db")
    summary, warnings = run(cfg, db, duration=6)
    limited_hits = server.hits("/limited.xml")
    assert limited_hits[1].at - limited_hits[0].at >= 3.0  # then every half second again
    assert 0.4 <= limited_hits[2].at - limited_hits[1].at < 1.0
    assert len(server.hits("/healthy.xml")) >= 8  # every half second, whatever the others do
    broken = [h.at for h in server.hits("/broken.xml")]
    # exponential back-off: 0.5 s × 2 after one failure, × 4 after two
    assert len(broken) == 3 and broken[1] - broken[0] >= 1.0 and broken[2] - broken[1] >= 2.0  # then 4 s
    assert "feed:" + server.url + "/limited.xml: HTTP 429; next poll in 3 s" in warnings
    assert {d[0] for d in documents(db)} == {"rss:Limited", "rss:Healthy"}
    with Ledger(db).engine.connect() as conn:
        row = conn.execute(select(t.watch_sources).where(t.watch_sources.c.name.like("%broken%"))).one()
    assert (row.last_error, row.failures >= 1) == ("HTTP 500", True)


def test_one_broken_source_does_not_stop_a_once_pass(server, tmp_path):
    mod_channel(server)
    server.route("/slow.xml", lambda req: Reply(200, b"<rss/>", {"Content-Type": "application/rss+xml"}, delay=3))
    server.route("/bad.xml", lambda req: Reply(200, b"<html><body>not xml", {"Content-Type": "application/rss+xml"}))
    cfg = config(tmp_path, f"""[watch]\ntimeout = 1
[[source]]\nkind = "feed"\nurl = "{server.url}/slow.xml"
[[source]]\nkind = "feed"\nurl = "{server.url}/bad.xml"
[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"
""")
    db = str(tmp_path / "l.db")
    start = time.monotonic()
    summary, warnings = run(cfg, db, once=True)
    assert time.monotonic() - start < 3
    assert (summary.polls, summary.errors, summary.store.ingested) == (3, 2, 1)
    assert any(w.startswith(f"feed:{server.url}/slow.xml: timed out after 1 s") for w in warnings)
    assert any(w.startswith(f"feed:{server.url}/bad.xml: not an RSS or Atom feed") for w in warnings)
    # the next --once leaves the failing sources alone while they are in back-off
    again, warnings = run(cfg, db, once=True)
    assert (again.polls, again.skipped) == (1, 2)


def test_a_long_watch_keeps_no_growing_list_of_failures(server, tmp_path, monkeypatch):
    """A watch runs for weeks: a source that keeps failing, and documents that keep being refused,
    are warned and counted, and the run's summary keeps only the latest few of them."""
    from raidlog.watch import runner

    monkeypatch.setattr(runner, "MAX_PROBLEMS", 5, raising=False)
    server.route("/down.xml", lambda req: Reply(500, b"down"))
    polls = iter(range(10_000))
    server.route("/empty.xml", lambda req: Reply(200, rss("Empty Wire", server.url, [
        Entry(f"e{next(polls)}", "", "")]), {"Content-Type": "application/rss+xml"}))  # no text: refused
    cfg = config(tmp_path, f"""[watch]\ninterval = 0.001\njitter = 0\nmax_backoff = 0.001
[[source]]\nkind = "feed"\nurl = "{server.url}/down.xml"
[[source]]\nkind = "feed"\nurl = "{server.url}/empty.xml"
""")
    warnings: list[str] = []
    watcher = Watcher(load_config(cfg), Ledger(str(tmp_path / "l.db")), once=True, warn=warnings.append)
    for _ in range(30):
        watcher.run()
    summary = watcher.summary
    assert (summary.polls, summary.errors, summary.store.failed) == (60, 30, 30)
    assert len(summary.problems) == 5 and summary.problems[-1].endswith("HTTP 500")
    assert (summary.store.failures, summary.store.warnings) == ([], [])  # told, then not kept
    assert sum("/empty.xml" in w for w in warnings) == 30 and sum("HTTP 500" in w for w in warnings) == 30


def test_a_watch_prepares_no_new_statements_as_its_day_fills(server, tmp_path):
    """SQLite keeps the latest 128 prepared statements of each connection: a statement whose text
    grows with a day's claims (an IN list of their ids) was a new one at each reconcile, and a
    long watch's memory grew with every claim of a busy day (the soak's 1.3 MB of statements a
    minute). Past the first polls, storing and reconciling one more post uses no new statement."""
    from sqlalchemy import event

    res = Resource(tme_page("daymod", "MoD", []), "text/html; charset=utf-8")
    server.route("/s/daymod", res)
    cfg = config(tmp_path, f"""[watch]\ninterval = 0.001\njitter = 0
[[source]]\nkind = "telegram"\nchannel = "daymod"\nurl = "{server.url}"
""")
    ledger = Ledger(str(tmp_path / "l.db"))
    statements: set[str] = set()
    event.listen(ledger.engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.add(sql))
    watcher = Watcher(load_config(cfg), ledger, once=True, warn=lambda _w: None)
    posts, seen = [], []
    for k in range(1, 21):  # one claimant's claims of one night: one growing group
        posts.append(Post(k, MOD_NIGHT.replace("17 беспилотных", f"{17 + k} беспилотных")))
        res.set(tme_page("daymod", "MoD", posts))
        watcher.run()
        seen.append(len(statements))
    assert watcher.summary.store.ingested == 20
    assert seen[-1] == seen[7], seen


def test_notifications_go_once_each_to_the_webhook_and_follow_the_filters(server, tmp_path):
    mod_channel(server)
    server.route("/feed.xml", Resource(rss("Test Wire", server.url, [Entry("w", "41", EN_FEED)]),
                                       "application/rss+xml"))
    server.route("/hook", lambda req: Reply(200, b"ok"))
    server.route("/slack", lambda req: Reply(200, b"ok"))
    cfg = config(tmp_path, f"""[watch]\nbase_url = "http://127.0.0.1:8765"
[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"
[[source]]\nkind = "feed"\nurl = "{server.url}/feed.xml"
[[notify]]\nsink = "webhook"\nurl = "{server.url}/hook"
[[notify]]\nsink = "webhook"\nformat = "slack"\nurl = "{server.url}/slack"\nside = "RU"\nregion = ["RU-BEL"]
[[notify]]\nsink = "jsonl"\npath = "events.jsonl"\nmin_count = 20
""")
    db = str(tmp_path / "l.db")
    run(cfg, db, once=True)
    run(cfg, db, once=True)
    hook = [json.loads(r.body) for r in server.hits("/hook")]
    assert sorted((e["claimant"], e["destroyed"], e["launched"]) for e in hook) == [
        ("Russian Ministry of Defence", 17, None), ("Ukrainian Air Force", 41, 52)]
    mod = next(e for e in hook if e["side"] == "RU")
    assert mod["link"] == f"http://127.0.0.1:8765/claims/{mod['claim']}"
    assert mod["regions"] == ["RU-BEL", "RU-KRS"]
    assert mod["document"]["url"] == "https://t.me/testmod/8"
    slack = [json.loads(r.body) for r in server.hits("/slack")]
    assert slack == [{"text": "Russian Ministry of Defence (RU): destroyed 17 drones on 2025-11-12 — "
                              "Belgorod Oblast 9; Kursk Oblast 8 [t.me/testmod] "
                              f"<http://127.0.0.1:8765/claims/{mod['claim']}>"}]
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["destroyed"] for x in lines] == [41]


def test_a_failing_webhook_is_retried_then_reported(server, tmp_path):
    mod_channel(server)
    server.route("/hook", lambda req: Reply(503, b"down"))
    cfg = config(tmp_path, f"""[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"
[[notify]]\nsink = "webhook"\nurl = "{server.url}/hook"\nretries = 2
""")
    summary, warnings = run(cfg, str(tmp_path / "l.db"), once=True)
    assert len(server.hits("/hook")) == 3
    assert warnings == [f"notify webhook: RuntimeError: {server.url}/hook: HTTP 503 after 3 attempt(s)"]
    assert summary.store.ingested == 1


def test_a_folder_source_reads_new_files_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(MOD_NIGHT, encoding="utf-8")
    old = time.time() - 60
    os.utime(inbox / "a.txt", (old, old))
    cfg = config(tmp_path, '[[source]]\nkind = "folder"\npath = "inbox"\n')
    db = str(tmp_path / "l.db")
    first, _ = run(cfg, db, once=True)
    second, _ = run(cfg, db, once=True)
    assert (first.store.ingested, second.store.ingested, second.store.duplicates) == (1, 0, 0)


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _watch(cfg: str, db: str, *args: str) -> subprocess.Popen:
    Ledger(db).engine.dispose()  # made here: two processes creating one SQLite ledger at once may collide
    return subprocess.Popen([sys.executable, "-m", "raidlog", "watch", "--config", cfg, "--db", db, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT)


def _count(db: str) -> int:
    if not Path(db).exists():
        return 0
    try:
        with Ledger(db).engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
    except Exception:  # noqa: BLE001 - the ledger is being created by the other process
        return 0


def _wait_for(cond, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def _many_posts(server: WatchServer, n: int = 40) -> None:
    server.route("/s/manyposts", Resource(tme_page("manyposts", "Many", [
        Post(k, MOD_NIGHT.replace("17 беспилотных", f"{k} беспилотных")) for k in range(1, n + 1)]),
        "text/html; charset=utf-8"))


def test_sigterm_finishes_the_current_document_and_exits_cleanly(server, tmp_path):
    _many_posts(server)
    cfg = config(tmp_path, f'[watch]\nbackfill = 40\n[[source]]\nkind = "telegram"\nchannel = "manyposts"\n'
                           f'url = "{server.url}"\n')
    db = str(tmp_path / "l.db")
    proc = _watch(cfg, db)
    _wait_for(lambda: _count(db) >= 2)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out.startswith("watch: polled 1 (not modified 0, errors 0); ingested ")
    stored = _count(db)
    assert 2 <= stored < 40
    with Ledger(db).engine.connect() as conn:
        run_row = conn.execute(select(t.runs).where(t.runs.c.kind == "watch")).one()
    assert run_row.finished_at is not None and run_row.ingested == stored
    # the next run stores the rest, each post once
    summary, _ = run(cfg, db, once=True)
    assert (summary.store.ingested, summary.store.duplicates) == (40 - stored, 0)
    assert sorted(int(d[1]) for d in documents(db)) == list(range(1, 41))


def test_sigkill_mid_poll_loses_nothing_and_duplicates_nothing(server, tmp_path):
    _many_posts(server)
    server.route("/hook", lambda req: Reply(200, b"ok"))
    cfg = config(tmp_path, f'[watch]\nbackfill = 40\n[[source]]\nkind = "telegram"\nchannel = "manyposts"\n'
                           f'url = "{server.url}"\n[[notify]]\nsink = "webhook"\nurl = "{server.url}/hook"\n')
    db = str(tmp_path / "l.db")
    proc = _watch(cfg, db)
    _wait_for(lambda: _count(db) >= 3)
    proc.kill()
    proc.wait(timeout=10)
    summary, _ = run(cfg, db, once=True)
    assert summary.store.duplicates <= 1  # at most the post stored but not yet marked seen
    ids = [int(d[1]) for d in documents(db)]
    assert sorted(ids) == list(range(1, 41))
    claims = [json.loads(r.body)["claim"] for r in server.hits("/hook")]
    assert len(claims) >= 40 and len(claims) - len(set(claims)) <= 1  # one each (a kill mid-send may repeat one)


def test_a_worker_that_has_done_its_share_stores_its_poll_under_way_then_retires(server, tmp_path):
    """max_documents = 1: the one poll under way brings 40 posts; all are stored (none is left
    for the next worker to fetch again), then the worker returns long before its duration."""
    _many_posts(server)
    cfg = config(tmp_path, f'[watch]\ninterval = 0.2\nbackfill = 40\n[[source]]\nkind = "telegram"\n'
                           f'channel = "manyposts"\nurl = "{server.url}"\n')
    db = str(tmp_path / "l.db")
    watcher = Watcher(load_config(cfg), Ledger(db), duration=120, max_documents=1, warn=lambda _w: None)
    watcher.begin()
    started = time.monotonic()
    summary = watcher.work()
    assert (summary.retired, summary.polls, summary.store.ingested) == (True, 1, 40)
    assert time.monotonic() - started < 60
    assert sorted(int(d[1]) for d in documents(db)) == list(range(1, 41))


def _children(pid: int) -> set[int]:
    return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}


@pytest.mark.skipif(sys.platform != "linux", reason="worker processes are recycled on Linux only")
def test_a_long_watch_replaces_its_worker_after_its_share_and_counts_every_worker(server, tmp_path):
    """recycle_documents = 3: the worker that stored the first five posts (one poll, finished
    before it retires) is replaced; the next one stores the five posted later; each post is stored
    once, the run and the summary count the documents of every worker, SIGTERM ends it cleanly."""
    def page(n: int) -> bytes:
        return tme_page("manyposts", "Many", [Post(k, MOD_NIGHT.replace("17 беспилотных", f"{k} беспилотных"))
                                              for k in range(1, n + 1)])
    channel = Resource(page(5), "text/html; charset=utf-8")
    server.route("/s/manyposts", channel)
    cfg = config(tmp_path, f'[watch]\ninterval = 0.2\nbackfill = 40\nrecycle_documents = 3\n[[source]]\n'
                           f'kind = "telegram"\nchannel = "manyposts"\nurl = "{server.url}"\n')
    db = str(tmp_path / "l.db")
    proc = _watch(cfg, db)
    workers: set[int] = set()

    def stored(n: int) -> bool:
        workers.update(_children(proc.pid))
        return _count(db) >= n

    _wait_for(lambda: stored(5))
    channel.set(page(10))
    _wait_for(lambda: stored(10))
    _wait_for(lambda: bool(workers.update(_children(proc.pid)) or len(workers) >= 3))  # the third waits
    proc.send_signal(signal.SIGTERM)
    # (the third worker may still be importing raidlog when SIGTERM comes: on a machine loaded 10x its
    # cores that took over 30 s; the test is that it ends cleanly, not how fast)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert ("ingested 10, duplicates 0, updated 0" in out), out
    assert sorted(int(d[1]) for d in documents(db)) == list(range(1, 11))
    with Ledger(db).engine.connect() as conn:
        run_row = conn.execute(select(t.runs).where(t.runs.c.kind == "watch")).one()
    assert run_row.finished_at is not None and run_row.ingested == 10


def test_once_exits_0_with_a_summary_and_a_bad_config_exits_2(server, tmp_path):
    mod_channel(server)
    cfg = config(tmp_path, f'[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"\n'
                           '[[notify]]\nsink = "terminal"\n')
    db = str(tmp_path / "l.db")
    out = subprocess.run([sys.executable, "-m", "raidlog", "watch", "--once", "--config", cfg, "--db", db],
                         capture_output=True, text=True, env=_env(), cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "claim Russian Ministry of Defence (RU): destroyed 17 drones on 2025-11-12 — Belgorod Oblast 9; Kursk "
        "Oblast 8 [t.me/testmod]",
        "watch: polled 1 (not modified 0, errors 0); ingested 1, duplicates 0, updated 0, stored with nothing "
        "extracted 0, failed 0; notifications 1"]
    status = subprocess.run([sys.executable, "-m", "raidlog", "watch", "--status", "--config", cfg, "--db", db],
                            capture_output=True, text=True, env=_env(), cwd=ROOT)
    assert status.stdout.startswith("telegram:testmod: polls 1, documents 1, last poll 20")
    bad = config(tmp_path, '[[source]]\nkind = "telegram"\nchannel = "t.me/x"\n')
    out = subprocess.run([sys.executable, "-m", "raidlog", "watch", "--once", "--config", bad, "--db", db],
                         capture_output=True, text=True, env=_env(), cwd=ROOT)
    assert out.returncode == 2
    assert out.stderr == (f"raidlog: error: {bad}: source 1: channel must be a public channel's username "
                          "(got 't.me/x')\n")


def test_a_list_page_s_new_article_links_are_followed_once(server, tmp_path):
    from tests.watch_server import EN_ARTICLE, article, list_page

    links = [("/news/2025/11/12/drones", "24 drones destroyed")]
    page = Resource(list_page("News", links), "text/html; charset=utf-8")
    server.route("/news/", page)
    server.route("/news/2025/11/12/drones", Resource(article("24 drones destroyed", EN_ARTICLE), "text/html"))
    server.route("/news/2025/11/13/more", Resource(article("More", EN_ARTICLE.replace("24", "26").replace(
        "14 drones", "16 drones"), "2025-11-13"), "text/html"))
    cfg = config(tmp_path, f'[[source]]\nkind = "page"\nurl = "{server.url}/news/"\nlinks = "/news/\\\\d{{4}}/"\n')
    db = str(tmp_path / "l.db")
    run(cfg, db, once=True)
    page.set(list_page("News", [("/news/2025/11/13/more", "More"), *links]))
    second, _ = run(cfg, db, once=True)
    assert second.store.ingested == 1
    assert [h.path for h in server.requests] == [
        "/news/", "/news/2025/11/12/drones", "/news/", "/news/2025/11/13/more"]  # no /about, no other host
    assert documents(db) == [("url:127.0.0.1", f"{server.url}/news/2025/11/12/drones", 1, True),
                             ("url:127.0.0.1", f"{server.url}/news/2025/11/13/more", 1, True)]
    with Ledger(db).engine.connect() as conn:
        assert [r.destroyed for r in conn.execute(select(t.claims).order_by(t.claims.c.id))] == [24, 26]


def test_an_updated_article_of_a_list_page_becomes_a_new_version(server, tmp_path):
    """Articles already stored are fetched again (conditionally) once ``recheck`` seconds have passed,
    even when the list page has not changed; a changed text is a new version, its claims derived again."""
    from tests.watch_server import EN_ARTICLE, article, list_page

    path = "/news/2025/11/12/drones"
    server.route("/news/", Resource(list_page("News", [(path, "24 drones destroyed")]), "text/html"))
    story = Resource(article("24 drones destroyed", EN_ARTICLE), "text/html; charset=utf-8")
    server.route(path, story)
    cfg = config(tmp_path, f'[[source]]\nkind = "page"\nurl = "{server.url}/news/"\nlinks = "/news/\\\\d{{4}}/"\n'
                           'recheck = 0.01\n')
    db = str(tmp_path / "l.db")
    first, _ = run(cfg, db, once=True)
    assert first.store.ingested == 1
    second, _ = run(cfg, db, once=True)  # nothing changed: the list page and the article answer 304
    assert (second.not_modified, second.store.ingested, second.store.updated) == (1, 0, 0)
    assert [(h.path, h.headers.get("if-none-match")) for h in server.requests] == [
        ("/news/", None), (path, None), ("/news/", '"v0"'), (path, '"v0"')]
    story.set(article("30 drones destroyed", EN_ARTICLE.replace("24 Ukrainian", "30 Ukrainian")
                      .replace("10 over", "16 over")))
    third, _ = run(cfg, db, once=True)
    assert (third.not_modified, third.store.ingested, third.store.updated) == (1, 0, 1)
    url = f"{server.url}{path}"
    assert documents(db) == [("url:127.0.0.1", url, 1, False), ("url:127.0.0.1", url, 2, True)]
    with Ledger(db).engine.connect() as conn:
        assert [(r.document_id, r.destroyed) for r in conn.execute(select(t.claims).order_by(t.claims.c.id))] == [
            (1, 24), (2, 30)]
        edited, fetched = conn.execute(select(t.documents.c.edited, t.documents.c.fetched_at)
                                       .where(t.documents.c.id == 2)).one()
    assert edited == fetched
    out = subprocess.run([sys.executable, "-m", "raidlog", "show", "d2", "--db", db], capture_output=True,
                         text=True, env=_env(), cwd=ROOT)
    assert "  … air defenses destroyed [-24-]{+30+} Ukrainian drones over …" in out.stdout.splitlines()
    assert "  … Bryansk region and [-10-]{+16+} over the Kursk …" in out.stdout.splitlines()
    fourth, _ = run(cfg, db, once=True)  # fetched again, unchanged since: nothing stored
    assert (fourth.store.ingested, fourth.store.updated, len(documents(db))) == (0, 0, 2)
    assert server.hits(path)[-1].headers.get("if-none-match") == '"v1"'


def test_restart_resumes_on_either_ledger_without_duplicates(server, ledger_url, tmp_path):
    """SQLite and PostgreSQL: the state survives a restart, an edit becomes a version."""
    channel = mod_channel(server)
    server.route("/feed.xml", Resource(rss("Test Wire", server.url, [Entry("w", "41", EN_FEED)]),
                                       "application/rss+xml"))
    cfg = config(tmp_path, f"""[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"
[[source]]\nkind = "feed"\nurl = "{server.url}/feed.xml"\n""")
    first, _ = run(cfg, ledger_url, once=True)
    second, _ = run(cfg, ledger_url, once=True)
    channel.set(tme_page("testmod", "Test MoD", [Post(8, MOD_NIGHT_EDITED, edited=True)]))
    third, _ = run(cfg, ledger_url, once=True)
    assert [(s.store.ingested, s.store.updated, s.store.duplicates, s.not_modified) for s in (first, second, third)
            ] == [(2, 0, 0, 0), (0, 0, 0, 2), (0, 1, 0, 1)]
    assert sorted(documents(ledger_url)) == [("rss:Test Wire", "w", 1, True), ("t.me/testmod", "8", 1, False),
                                             ("t.me/testmod", "8", 2, True)]


def test_a_command_sink_gets_each_event_as_json_on_its_standard_input(server, tmp_path):
    mod_channel(server)
    out = tmp_path / "got.jsonl"
    script = f"import sys; open({str(out)!r}, 'a', encoding='utf-8').write(sys.stdin.read())"
    cfg = config(tmp_path, f"""[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"
[[notify]]\nsink = "command"\ncommand = {json.dumps([sys.executable, "-c", script])}
[[notify]]\nsink = "command"\ncommand = {json.dumps([sys.executable, "-c", "import sys; sys.exit('no luck')"])}
""")
    summary, warnings = run(cfg, str(tmp_path / "l.db"), once=True)
    events = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(e["event"], e["claimant"], e["destroyed"], e["document"]["source"]) for e in events] == [
        ("claim", "Russian Ministry of Defence", 17, "t.me/testmod")]
    assert warnings == [f"notify command: RuntimeError: {sys.executable} exited with 1: no luck"]


def test_a_re_exported_telegram_channel_in_a_folder_gives_versions_of_edited_messages(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    def export(text: str) -> None:
        (inbox / "result.json").write_text(json.dumps({"name": "Test MoD", "type": "public_channel", "messages": [
            {"id": 8, "type": "message", "date": "2025-11-12T07:05:00", "text": text}]}, ensure_ascii=False),
            encoding="utf-8")
        old = time.time() - 600 + len(text)  # settled, and a new mtime for the new export
        os.utime(inbox / "result.json", (old, old))

    export(MOD_NIGHT)
    cfg = config(tmp_path, '[[source]]\nkind = "folder"\npath = "inbox"\n')
    db = str(tmp_path / "l.db")
    run(cfg, db, once=True)
    export(MOD_NIGHT_EDITED)
    summary, _ = run(cfg, db, once=True)
    assert summary.store.updated == 1
    assert documents(db) == [("telegram:Test MoD", "8", 1, False), ("telegram:Test MoD", "8", 2, True)]


def test_retry_after_reads_seconds_and_http_dates():
    from datetime import UTC, datetime

    from raidlog.watch.http import retry_after

    now = datetime(2025, 11, 12, 6, 0, 0, tzinfo=UTC)
    assert retry_after("120", now) == 120.0
    assert retry_after("Wed, 12 Nov 2025 06:01:30 GMT", now) == 90.0
    assert retry_after("Wed, 12 Nov 2025 05:00:00 GMT", now) == 0.0  # in the past: at once
    assert retry_after("999999", now) == 86400.0  # at most a day
    assert retry_after("soon", now) is None and retry_after(None, now) is None


@pytest.mark.parametrize(("body", "message"), [
    ('[[source]]\nkind = "rss"\n', "source 1: kind must be one of feed, telegram, page, folder (got 'rss')"),
    ('[[source]]\nkind = "feed"\nurl = "ftp://x"\n', "source 1: url must be an http(s) URL (got 'ftp://x')"),
    ('[[source]]\nkind = "feed"\nurl = "http://a/f"\nchannel = "x"\n',
     "source 1: unknown key(s) for a feed source: channel"),
    ('[[source]]\nkind = "page"\nurl = "http://a/"\nlinks = "("\n',
     "source 1: links is not a regular expression (missing ), unterminated subpattern at position 0)"),
    ('[watch]\ninterval = 60\n', "no [[source]] to watch"),
    ('[[source]]\nkind = "folder"\npath = "x"\n[[notify]]\nsink = "webhook"\nurl = "http://h"\nformat = "teams"\n',
     "notify 1: format must be json or slack (got 'teams')"),
    ('[[source]]\nkind = "feed"\nurl = "http://a/f"\n[[source]]\nkind = "feed"\nurl = "http://a/f"\n',
     "two sources are named 'feed:http://a/f' (give each a unique name)"),
    ("[[source]\n", "not valid TOML"),
])
def test_a_bad_config_is_refused_with_the_reason(tmp_path, body, message):
    from raidlog.watch.config import ConfigError

    path = config(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}: {message}")


def test_an_article_s_mark_keeps_its_check_and_validators_and_old_marks_are_read():
    from raidlog.watch.sources import ArticleMark

    mark = ArticleMark("0123456789abcdef0123", 1764900000.7, '"v3"', "Wed, 12 Nov 2025 06:03:00 GMT")
    assert mark.dump() == '["0123456789abcdef0123", 1764900000, "\\"v3\\"", "Wed, 12 Nov 2025 06:03:00 GMT"]'
    assert ArticleMark.load(mark.dump()) == ArticleMark("0123456789abcdef0123", 1764900000.0, '"v3"',
                                                        "Wed, 12 Nov 2025 06:03:00 GMT")
    # a mark written before rechecks (the text's hash alone) is due for a check at once
    assert ArticleMark.load("0123456789abcdef0123") == ArticleMark("0123456789abcdef0123", 0.0, None, None)
    assert ArticleMark.load("[broken") == ArticleMark("[broken", 0.0, None, None)


def _two_channels_of_one_claim(server: WatchServer, tmp_path: Path) -> str:
    """The ministry's night post and a channel that reposts it with other totals: one claim group
    with a sources-disagree finding."""
    mod_channel(server)
    server.route("/s/repost", Resource(tme_page("repost", "Reposts", [
        Post(3, MOD_NIGHT_EDITED, date="2025-11-12T04:30:00+00:00")]), "text/html; charset=utf-8"))
    return config(tmp_path, f"""[[source]]\nkind = "telegram"\nchannel = "testmod"\nurl = "{server.url}"
[[source]]\nkind = "telegram"\nchannel = "repost"\nurl = "{server.url}"
""")


def _groups_and_findings(db: str) -> tuple[int, list[str]]:
    with Ledger(db).engine.connect() as conn:
        groups = conn.execute(select(func.count()).select_from(t.claim_groups)).scalar()
        codes = list(conn.execute(select(t.findings.c.code).where(t.findings.c.scope == "ledger")).scalars())
    return groups, codes


def test_a_watch_killed_before_reconciling_reconciles_those_documents_when_it_starts(server, tmp_path,
                                                                                       monkeypatch):
    """Documents stored by a run killed before its reconcile (and so not notified) are reconciled
    at the next start: a watch reconciles only what it has just stored, never whole days."""
    cfg = _two_channels_of_one_claim(server, tmp_path)
    db = str(tmp_path / "l.db")
    with monkeypatch.context() as m:
        m.setattr(Watcher, "_reconcile", lambda self: None)  # killed after storing
        run(cfg, db, once=True)
    assert len(documents(db)) == 2 and _groups_and_findings(db) == (0, [])
    summary, _ = run(cfg, db, once=True)  # nothing new to store
    assert summary.store.ingested == 0
    assert _groups_and_findings(db) == (1, ["sources-disagree"])



_AF = "[[source]]\nkind = \"telegram\"\nchannel = \"testaf\"\nurl = \"{url}\"\n"
_WIRE = "[[source]]\nkind = \"feed\"\nurl = \"{url}/feed.xml\"\n"


def _findings_told(tmp_path: Path) -> dict[str, list[str]]:
    """Each claim event of events.jsonl, by its source: the codes of the findings it carries."""
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return {e["document"]["source"]: [f["code"] for f in e["findings"]] for e in map(json.loads, lines)
            if e["event"] == "claim"}


@pytest.mark.parametrize(("first", "then", "told"), [
    (_AF, _WIRE, {"t.me/testaf": ["window-timezone-assumed"], "rss:Test Wire": ["sources-disagree"]}),
    (_WIRE, _AF, {"rss:Test Wire": [], "t.me/testaf": ["window-timezone-assumed", "sources-disagree"]}),
], ids=["air-force-first", "wire-first"])
def test_the_claim_whose_arrival_makes_its_group_disagree_tells_it_whichever_came_first(
        server, tmp_path, first, then, told):
    """The Air Force's post (38 of 45) and a wire's report of it (41 of 52) are one claim group
    whose sources disagree. Whichever is stored (and notified) first, the event of the one that
    comes after tells the disagreement: the group's finding is on its primary, which may be the
    claim notified before, and the later claim's event carries its group's findings too."""
    sample(server)
    sink = f'[[notify]]\nsink = "jsonl"\npath = "{tmp_path / "events.jsonl"}"\n'
    db = str(tmp_path / "l.db")
    for source in (first, then):  # one source a run: the order is the test's, not the polls'
        run(config(tmp_path, source.format(url=server.url) + sink), db, once=True)
    assert _findings_told(tmp_path) == told
    assert _groups_and_findings(db) == (1, ["sources-disagree"])


def test_claims_reconciled_together_each_tell_their_group_s_disagreement(server, tmp_path, monkeypatch):
    """Both stored before one reconcile (here: a run killed before it, the next start reconciles
    and notifies them): each event carries the group's finding."""
    sample(server)
    cfg = config(tmp_path, (_AF + _WIRE).format(url=server.url)
                 + f'[[notify]]\nsink = "jsonl"\npath = "{tmp_path / "events.jsonl"}"\n')
    db = str(tmp_path / "l.db")
    with monkeypatch.context() as m:
        m.setattr(Watcher, "_reconcile", lambda self: None)  # killed after storing
        run(cfg, db, once=True)
    assert not (tmp_path / "events.jsonl").exists()
    run(cfg, db, once=True)
    assert _findings_told(tmp_path) == {"t.me/testaf": ["window-timezone-assumed", "sources-disagree"],
                                        "rss:Test Wire": ["sources-disagree"]}


_SPAN = ("Russian air defenses destroyed {total} Ukrainian drones over the Oryol Region between "
         "{start} and {end} Moscow time on November 12, the Russian Defense Ministry said.")


@pytest.mark.parametrize("spans", [(("09:00", "15:00", 6), ("13:00", "18:00", 5)),
                                   (("13:00", "18:00", 5), ("09:00", "15:00", 6))], ids=["early-first", "late-first"])
def test_the_later_of_two_overlapping_windows_tells_the_overlap(server, tmp_path, spans):
    """A window-overlap finding names both claims and lies on one of them (the first in content
    order): whichever post comes second, its event tells the overlap."""
    posts = [Post(20 + k, _SPAN.format(start=s, end=e, total=n), date="2025-11-12T16:00:00+00:00")
             for k, (s, e, n) in enumerate(spans)]
    res = Resource(tme_page("spans", "Spans", posts[:1]), "text/html; charset=utf-8")
    server.route("/s/spans", res)
    cfg = config(tmp_path, f'[[source]]\nkind = "telegram"\nchannel = "spans"\nurl = "{server.url}"\n'
                 f'[[notify]]\nsink = "jsonl"\npath = "{tmp_path / "events.jsonl"}"\n')
    db = str(tmp_path / "l.db")
    run(cfg, db, once=True)
    res.set(tme_page("spans", "Spans", posts))
    run(cfg, db, once=True)
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert [(e["destroyed"], [f["code"] for f in e["findings"]]) for e in map(json.loads, lines)] == [
        (spans[0][2], []), (spans[1][2], ["window-overlap"])]


_BREAKDOWN = ("Russian air defenses destroyed 11 Ukrainian drones between 11 p.m. Moscow time on November 20 and "
              "7 a.m. Moscow time on November 21, the Russian Defense Ministry said. 6 were downed over the "
              "Bryansk Region and 5 over the Oryol Region.")
_NO_CLAIM = ("Lipetsk Governor Igor Artamonov said debris of a downed drone damaged two houses in Dobroye, "
             "Dobrovsky district overnight; nobody was hurt.")


def test_an_official_s_post_with_incidents_and_no_claim_is_notified_against_the_breakdown(tmp_path):
    """A governor's post tells of damage and claims nothing; the ministry's breakdown of that night,
    stored before it, leaves the governor's region out. The ledger's finding names the breakdown's
    claim, not the post (which has none): its own event names both documents, the region and the
    day, and a sink filtered by region hears of it when the region is the finding's."""
    (tmp_path / "mod.jsonl").write_text(json.dumps(
        {"text": _BREAKDOWN, "published": "2025-11-21", "source": "t.me/testmod"}) + "\n", encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "gov.jsonl").write_text(json.dumps(
        {"text": _NO_CLAIM, "published": "2025-11-21", "source": "t.me/testgov"}) + "\n", encoding="utf-8")
    old = time.time() - 60
    os.utime(inbox / "gov.jsonl", (old, old))
    cfg = config(tmp_path, '[watch]\nbase_url = "http://127.0.0.1:8765"\n'
                           '[[source]]\nkind = "folder"\npath = "inbox"\n[[notify]]\nsink = "terminal"\n'
                           + "".join(f'[[notify]]\nsink = "jsonl"\npath = "{tmp_path / iso}.jsonl"\n'
                                     f'region = ["{iso}"]\n' for iso in ("RU-LIP", "RU-ORL")))
    db = str(tmp_path / "l.db")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "raidlog", *args, "--db", db],
                              capture_output=True, text=True, env=_env(), cwd=tmp_path)

    assert cli("ingest", "mod.jsonl", "--quiet").returncode == 0
    out = cli("watch", "--once", "--config", cfg)
    assert out.returncode == 0, out.stderr
    told = ("incident-region-not-in-breakdown: Governor of Lipetsk Oblast reports damage in Lipetsk Oblast (RU-LIP) "
            f"on 2025-11-21 ({inbox / 'gov.jsonl'}:1); the Russian Ministry of Defence's breakdown for that day "
            "(mod.jsonl:1) lists no interception there. (t.me/testgov, d2; with d1)")
    assert out.stdout.splitlines() == [
        f"finding {told} http://127.0.0.1:8765/documents/d2",
        "watch: polled 1 (not modified 0, errors 0); ingested 1, duplicates 0, updated 0, stored with nothing "
        "extracted 0, failed 0; notifications 2"]
    [event] = [json.loads(line) for line in (tmp_path / "RU-LIP.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {k: event[k] for k in ("event", "code", "severity", "day", "regions", "documents", "claims", "summary")} \
        == {"event": "finding", "code": "incident-region-not-in-breakdown", "severity": "warning",
            "day": "2025-11-21", "regions": ["RU-LIP"], "documents": ["d2", "d1"], "claims": ["c1"], "summary": told}
    assert not (tmp_path / "RU-ORL.jsonl").exists()
