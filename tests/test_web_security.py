"""The web layer against hostile input: markup in document texts and query strings,
missing or wrong tokens, oversized bodies, SQL-looking filters, errors without traces."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from raidlog.cli.main import app as cli
from raidlog.store import Ledger
from raidlog.web import data
from raidlog.web.app import create_app
from tests.test_web_api import DOCUMENTS, NIGHT, fill

TOKEN = "correct-horse-battery-staple-42"
PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>',
            "</pre><iframe src=javascript:alert(1)>"]
HOSTILE = (NIGHT.format(total=9, d0=11, d1=12, first=5, second=4)
           + " " + " ".join(PAYLOADS) + " <b>Bryansk</b> & Kursk.")
LIVE = re.compile(r"<(script|img|svg|iframe|b)[\s>]", re.I)


@pytest.fixture
def ledger(tmp_path) -> Ledger:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    fill(ledger, DOCUMENTS + [(HOSTILE, "telegram:<script>", "<img src=x onerror=alert(2)>", "2025-11-15")])
    return ledger


@pytest.fixture
def client(ledger) -> TestClient:
    return TestClient(create_app(ledger=ledger), raise_server_exceptions=False)


@pytest.fixture
def writer(ledger) -> TestClient:
    return TestClient(create_app(ledger=ledger, allow_ingest=True, token=TOKEN), raise_server_exceptions=False)


def no_live_markup(html: str) -> None:
    """The page's own tags are fine; none of the payloads may come out as a tag."""
    for payload in PAYLOADS:
        assert payload not in html
    assert "<b>Bryansk</b>" not in html
    assert not re.search(r"<script>alert|<img src=x|<svg onload|<iframe", html, re.I)


def test_document_text_is_escaped_everywhere(client):
    [hostile] = [c for c in client.get("/api/claims").json()["items"] if c["source"] == "telegram:<script>"]
    claim, doc = hostile["id"], hostile["document_id"]
    for url in (f"/documents/{doc}", f"/claims/{claim}", "/claims", "/", "/search?q=alert"):
        html = client.get(url).text
        no_live_markup(html)
    page = client.get(f"/documents/{doc}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "&lt;b&gt;Bryansk&lt;/b&gt; &amp; Kursk." in page
    assert "telegram:&lt;script&gt;" in page  # the source name too
    # the API returns the text as JSON data, never as HTML
    r = client.get(f"/api/documents/{doc}")
    assert r.headers["content-type"] == "application/json" and PAYLOADS[0] in r.json()["document"]["text"]


def test_check_a_report_escapes_what_it_is_given(client):
    page = client.post("/check", data={"text": HOSTILE, "published": "2025-11-12"})
    assert page.status_code == 200
    no_live_markup(page.text)
    assert "&lt;script&gt;" in page.text


@pytest.mark.parametrize("url", [
    "/claims?claimant={p}", "/claims?region={p}", "/claims?finding={p}", "/claims?place={p}",
    "/claims?weapon={p}", "/map?claimant={p}", "/search?q={p}", "/?since={p}", "/claims/{p}", "/documents/{p}",
    "/{p}", "/claims?sort={p}", "/docs?x={p}",
])
def test_query_strings_are_escaped(client, url):
    for payload in PAYLOADS:
        r = client.get(url.format(p=payload))
        assert r.status_code in (200, 400, 404, 422)
        no_live_markup(r.text)
        assert "Traceback" not in r.text


def test_api_errors_are_json_problems(client):
    r = client.get("/api/claims?region=" + PAYLOADS[0])
    assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json"
    assert set(r.json()) == {"type", "title", "status", "detail"}


@pytest.mark.parametrize("value", ["' OR 1=1 --", "x'; DROP TABLE claims; --", "%", "_", '" OR ""="'])
def test_sql_looking_filters_find_nothing_special(client, value):
    for field in ("claimant", "side", "finding", "place"):
        r = client.get("/api/claims", params={field: value})
        assert r.status_code in (200, 422), (field, value)  # 422: longer than a side can be
        assert r.status_code == 422 or r.json()["total"] == 0, (field, value)
    r = client.get("/api/claims", params={"weapon": value})  # weapons are a closed list (raidlog claims --weapon)
    assert r.status_code == 400 and r.json()["detail"] == (
        f"weapon {value!r}: choose one of drone, missile, guided_bomb, rocket, mixed, unknown")
    assert client.get("/api/claims", params={"region": value}).status_code == 400
    assert client.get("/api/claims", params={"since": value}).status_code in (400, 422)
    r = client.get("/api/search", params={"q": value})
    assert r.status_code == 200 or (r.status_code, r.json()["detail"]) == (400, f"{value!r} has no word to search for")
    assert client.get("/api/groups", params={"claimant": value}).json()["items"] == []
    assert client.get("/api/findings", params={"code": value}).json()["items"] == []
    assert client.get("/api/claims").json()["total"] == 6  # still all there


def test_write_endpoints_need_the_token(writer, client):
    body = {"text": NIGHT.format(total=5, d0=20, d1=21, first=3, second=2), "published": "2025-11-21",
            "source": "upload", "title": "night of 20/21"}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": "Bearer "}):
        for path, payload in (("/api/documents", body), ("/api/ingest-url", {"url": "http://127.0.0.1:9/x"})):
            r = writer.post(path, json=payload, headers=headers)
            assert r.status_code == 401, (path, headers)
            assert r.headers["www-authenticate"] == "Bearer" and r.json()["status"] == 401
    # a read-only server has no write endpoints, whatever the token
    assert client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    ok = writer.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and ok.json()["status"] == "new" and ok.json()["claims"] == 1
    again = writer.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert [c["destroyed"] for c in writer.get("/api/claims?since=2025-11-21").json()["items"]] == [5]
    bad = writer.post("/api/documents", content=b"{not json", headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422
    for url in ("file:///etc/passwd", "/etc/passwd", "ftp://example.org/x", "http://"):
        r = writer.post("/api/ingest-url", json={"url": url}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 422, url
    with pytest.raises(ValueError, match="token"):
        create_app(ledger=writer.app.state.ctx.ledger, allow_ingest=True, token=None)


def test_allow_ingest_without_a_token_refuses_to_start(tmp_path, monkeypatch):
    monkeypatch.delenv("RAIDLOG_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--allow-ingest"])
    assert result.exit_code == 2
    assert "--allow-ingest needs a token: set RAIDLOG_TOKEN" in result.output


def test_bodies_over_one_megabyte_are_refused(client):
    big = "x" * (1024 * 1024 + 1)
    r = client.post("/api/extract", json={"text": big})
    assert r.status_code == 413 and r.json()["status"] == 413
    r = client.post("/check", data={"text": big})
    assert r.status_code == 413 and "Traceback" not in r.text

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b"y" * 65536

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_errors_show_no_stack_trace(client, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("secret internals /etc/raidlog.conf")

    monkeypatch.setattr(data, "claim_page", boom)
    r = client.get("/api/claims")
    assert r.status_code == 500 and r.headers["content-type"] == "application/problem+json"
    assert r.json() == {"type": "about:blank", "title": "Internal Server Error", "status": 500,
                        "detail": "the server could not answer this request; the reason is in its log"}
    page = client.get("/claims")
    assert page.status_code == 500 and "text/html" in page.headers["content-type"]
    for body in (r.text, page.text):
        assert "Traceback" not in body and "secret internals" not in body and "RuntimeError" not in body
    assert page.headers["content-security-policy"].startswith("default-src 'self'")


def test_security_headers_and_host_check(ledger):
    client = TestClient(create_app(ledger=ledger, allowed_hosts={"127.0.0.1", "localhost"}),
                        base_url="http://127.0.0.1:8765")
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"
    assert client.get("/api/claims").headers["x-content-type-options"] == "nosniff"
    rebound = client.get("/api/claims", headers={"Host": "evil.example:8765"})
    assert rebound.status_code == 400 and rebound.json()["status"] == 400
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
