"""The web app against the hostile probe of issue 10: server-side request forgery through
POST /api/ingest-url, javascript:/data: document URLs, control characters and huge numbers in
query strings, and the exact rule of the bearer token. URLs are served by a local http.server on
127.0.0.1; every other address in here is refused before any connection is made."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from raidlog.ingest import Incoming, Rejected
from raidlog.ingest.web import (
    GUARDED_MAX_BYTES,
    NOT_FETCHED,
    address_allowed,
    guarded_client,
    parse_networks,
    read_url,
)
from raidlog.store import Ledger
from raidlog.web.app import create_app
from tests.test_web_api import DOCUMENTS, NIGHT, fill

TOKEN = "correct-horse-battery-staple-42"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = NIGHT.format(total=7, d0=20, d1=21, first=4, second=3)
HITS: list[str] = []
HOSTS: list[str] = []  # the Host header of each request
SERVER_NAMES: list[str | None] = []  # the TLS server name of each connection


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        HITS.append(self.path)
        HOSTS.append(self.headers.get("Host"))
        if self.path == "/report":
            body = f"<html><body><article><p>{REPORT}</p></article></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/to/"):  # a redirect to wherever the rest of the path says
            self.send_response(302)
            self.send_header("Location", "http://" + self.path[4:])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(6 * 1024 * 1024))
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def ledger(tmp_path) -> Ledger:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    fill(ledger, DOCUMENTS)
    return ledger


def writer(ledger, networks=None) -> TestClient:
    app = create_app(ledger=ledger, allow_ingest=True, token=TOKEN, fetch_networks=networks)
    return TestClient(app, raise_server_exceptions=False)


def ingest_url(client, url):
    r = client.post("/api/ingest-url", json={"url": url}, headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()


def test_ingest_url_refuses_internal_addresses_with_one_neutral_error(ledger, server):
    client = writer(ledger)
    before = client.get("/api/claims").json()["total"]
    HITS.clear()
    for url in (f"http://127.0.0.1:{server}/report", f"http://0x7f000001:{server}/report",
                f"http://2130706433:{server}/report", f"http://localhost:{server}/report",
                f"http://[::1]:{server}/report", f"http://[::ffff:127.0.0.1]:{server}/report",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://192.168.1.1:8080/",
                "http://224.0.0.1/", "http://0.0.0.0:22/", "http://240.0.0.1/",
                f"http://127.0.0.1:{server}/nothing-here", "http://127.0.0.1:1/"):
        summary = ingest_url(client, url)
        assert summary["failures"] == [{"name": url, "reason": NOT_FETCHED}], url
        assert (summary["ingested"], summary["failed"]) == (0, 1)
    assert HITS == []  # not one request reached the server
    assert client.get("/api/claims").json()["total"] == before  # nothing stored


def test_allowed_networks_are_fetched_but_not_their_redirects_elsewhere(ledger, server):
    client = writer(ledger, ["127.0.0.1/32"])
    HITS.clear()
    summary = ingest_url(client, f"http://127.0.0.1:{server}/report")
    assert (summary["ingested"], summary["failed"]) == (1, 0)
    # a redirect is checked like the first request: 127.0.0.2 is loopback, not in the allowed network
    elsewhere = f"http://127.0.0.1:{server}/to/127.0.0.2:{server}/report"
    assert ingest_url(client, elsewhere)["failures"] == [{"name": elsewhere, "reason": NOT_FETCHED}]
    # over the size cap (5 MB), by its Content-Length
    huge = f"http://127.0.0.1:{server}/huge"
    assert ingest_url(client, huge)["failures"] == [{"name": huge, "reason": NOT_FETCHED}]
    assert HITS == ["/report", f"/to/127.0.0.2:{server}/report", "/huge"]


def test_address_rule():
    assert [address_allowed(a, []) for a in ("93.184.216.34", "2606:4700::1111")] == [True, True]
    for internal in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1",
                     "224.0.0.1", "240.0.0.1", "0.0.0.0", "255.255.255.255", "::1", "fe80::1", "fc00::1",
                     "ff02::1", "::ffff:10.0.0.1", "::"):
        assert not address_allowed(internal, []), internal
    assert address_allowed("10.1.2.3", parse_networks(["10.1.0.0/16"]))
    assert not address_allowed("10.2.0.1", parse_networks(["10.1.0.0/16"]))
    with pytest.raises(ValueError, match=r"not a network: '10\.1/x'"):
        parse_networks(["10.1/x"])


def test_serve_refuses_a_bad_fetch_network(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from raidlog.cli.main import app as cli

    monkeypatch.setenv("RAIDLOG_TOKEN", TOKEN)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--allow-ingest",
                                      "--fetch-network", "intranet"])
    assert result.exit_code == 2
    assert "raidlog: error: not a network: 'intranet' (expected an address or CIDR, e.g. 10.1.0.0/16)" \
        in result.output


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                                 "JavaScript:alert(1)", "vbscript:msgbox(1)", "//evil.example/x"])
def test_only_http_document_urls_become_links(ledger, url):
    client = writer(ledger)
    body = {"text": REPORT, "published": "2025-11-21", "source": "upload", "url": url}
    r = client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    doc = r.json()["document"]
    claim = client.get(f"/api/documents/{doc}").json()["claims"][0]
    for page in (f"/documents/{doc}", f"/claims/{claim}"):
        html = client.get(page).text
        assert 'rel="noopener noreferrer nofollow">original</a>' not in html, page
        assert "original: " in html


def test_http_document_urls_stay_links(ledger):
    client = writer(ledger)
    body = {"text": REPORT, "published": "2025-11-21", "source": "upload", "url": "https://example.org/a?b=1&c=2"}
    doc = client.post("/api/documents", json=body, headers=AUTH).json()["document"]
    assert ('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">original</a>'
            in client.get(f"/documents/{doc}").text)


def test_control_characters_and_huge_numbers_in_query_strings(ledger):
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    for url in ("/api/search?q=%00", "/api/search?q=a%01b", "/api/claims?claimant=%00"):
        r = client.get(url)
        assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json", url
        name = url.split("?")[1].split("=")[0]
        code = "U+0001" if "%01" in url else "U+0000"
        assert r.json() == {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
                            "detail": f"{name}: must not contain control characters ({code})"}
    page = client.get("/search?q=%00")
    assert page.status_code == 400 and "q: must not contain control characters (U+0000)" in page.text
    for url in ("/api/findings?offset=99999999999999999999", "/api/groups?offset=99999999999999999999"):
        r = client.get(url)
        assert (r.status_code, r.json()["detail"]) == (422, "offset: Input should be less than or equal to 10000000")
    assert client.get("/api/search", params={"q": "Belgorod\u00a0region"}).status_code == 200


def test_token_rule(ledger):
    """The scheme in any case, one space, the token exactly: nothing padded or trimmed."""
    client = writer(ledger)
    body = {"text": REPORT, "published": "2025-11-21", "source": "upload"}
    for header, status in ((f"bearer {TOKEN}", 201), (f"BEARER {TOKEN}", 200), (f"Bearer {TOKEN}", 200),
                           (f"Bearer  {TOKEN}", 401), (f"Bearer {TOKEN} ", 401), (f"Bearer\t{TOKEN}", 401),
                           (f"Bearer {TOKEN[:-1]}", 401), (f"Bearer {TOKEN} x", 401), (f"Bearer{TOKEN}", 401)):
        r = client.post("/api/documents", json=body, headers={"Authorization": header})
        assert r.status_code == status, (header, r.text)


IMPLAUSIBLE = "'{}' is not a plausible publication date (expected a day from 2000-01-01 to tomorrow)"


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1999-12-31"])
def test_implausible_publication_dates_are_refused_by_extract_check_and_upload(ledger, day):
    """The rule of ingest's tables (2000-01-01 to tomorrow) for every way a date comes in over the web."""
    client = writer(ledger)
    before = client.get("/api/claims").json()["total"]
    r = client.post("/api/extract", json={"text": REPORT, "published": day})
    assert (r.status_code, r.json()["detail"]) == (422, "published: " + IMPLAUSIBLE.format(day))
    r = client.post("/api/documents", json={"text": REPORT, "published": day, "source": "upload"}, headers=AUTH)
    assert (r.status_code, r.json()["detail"]) == (422, "published: " + IMPLAUSIBLE.format(day))
    page = client.post("/check", data={"text": REPORT, "published": day, "lang": "auto"})
    assert page.status_code == 400
    shown = ("Publication date: " + IMPLAUSIBLE.format(day) + ".").replace("'", "&#39;")
    assert f'<p class="error-box" role="alert">{shown}</p>' in page.text
    assert client.get("/api/claims").json()["total"] == before


def test_plausible_and_malformed_publication_dates_over_the_web(ledger):
    client = writer(ledger)
    tomorrow = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()
    for day in ("2000-01-01", "2025-11-21", tomorrow):
        r = client.post("/api/extract", json={"text": REPORT, "published": day})
        assert (r.status_code, r.json()["documents"][0]["published"]) == (200, day)
    r = client.post("/api/extract", json={"text": REPORT, "published": "2025-02-30"})
    assert (r.status_code, r.json()["detail"]) == (422, "published: '2025-02-30' is not a date "
                                                        "(day is out of range for month)")
    r = client.post("/api/extract", json={"text": REPORT, "published": "12.11.2025"})
    assert r.status_code == 422 and r.json()["detail"].startswith("published: String should match pattern")


@pytest.mark.parametrize(("day", "message"), [
    ("9999-12-31", IMPLAUSIBLE.format("9999-12-31")), ("0001-01-01", IMPLAUSIBLE.format("0001-01-01")),
    ("2025-02-30", "'2025-02-30' is not a date (day is out of range for month)")])
def test_cli_refuses_an_implausible_published_date(day, message):
    from typer.testing import CliRunner

    from raidlog.cli.main import app as cli

    result = CliRunner().invoke(cli, ["extract", "--published", day, "-"], input=REPORT)
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("\u2502", " ").split())


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """An https server on 127.0.0.1 with a certificate for the name "localhost" only, and the
    context a client needs to trust it."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True, timeout=60)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: SERVER_NAMES.append(name)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1], ssl.create_default_context(cafile=str(cert))
    httpd.shutdown()
    httpd.server_close()


def guarded_read(url: str, networks: list[str], trust) -> list:
    with guarded_client(parse_networks(networks), timeout=5, verify=trust) as client:
        return list(read_url(url, client=client, max_bytes=GUARDED_MAX_BYTES, timeout=5))


def test_the_guard_connects_to_the_checked_address_under_the_host_name(tls_server):
    """The guard connects to the address it resolved and checked, but the server is asked for the
    host by name: the Host header, and the TLS server name the certificate is checked against."""
    port, trust = tls_server
    url = f"https://localhost:{port}/report"
    HOSTS.clear()
    SERVER_NAMES.clear()
    [doc] = guarded_read(url, ["127.0.0.0/8", "::1/128"], trust)
    assert isinstance(doc, Incoming) and (doc.url, doc.source) == (url, "url:localhost")
    assert (HOSTS, SERVER_NAMES) == ([f"localhost:{port}"], ["localhost"])
    # the certificate names "localhost", not the address: asked as 127.0.0.1, TLS refuses it
    assert guarded_read(f"https://127.0.0.1:{port}/report", ["127.0.0.0/8"], trust) == [
        Rejected(f"https://127.0.0.1:{port}/report", NOT_FETCHED)]
    # without the network allowed, nothing is asked of the server
    assert guarded_read(url, [], trust) == [Rejected(url, NOT_FETCHED)]
    assert len(HOSTS) == 1


def test_the_guard_keeps_the_host_header_over_http(ledger, server):
    client = writer(ledger, ["127.0.0.0/8"])
    HITS.clear()
    url = f"http://localhost:{server}/report"
    HOSTS.clear()
    assert (ingest_url(client, url)["ingested"], HITS, HOSTS) == (1, ["/report"], [f"localhost:{server}"])


def test_the_guard_connects_to_the_address_it_checked(server, monkeypatch):
    """The host is resolved once, by the guard, and the connection goes to that address: a second
    lookup (where DNS rebinding would answer with another address) never happens. The name here
    resolves only through the guard's resolver."""
    import types

    from raidlog.ingest import web

    def resolve(host, port, type=0):  # noqa: A002 - socket.getaddrinfo's name
        assert host == "ledger-test.invalid"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(web, "socket", types.SimpleNamespace(getaddrinfo=resolve, SOCK_STREAM=socket.SOCK_STREAM))
    HITS.clear()
    HOSTS.clear()
    url = f"http://ledger-test.invalid:{server}/report"
    with guarded_client(parse_networks(["127.0.0.0/8"]), timeout=5) as client:
        [doc] = read_url(url, client=client, max_bytes=GUARDED_MAX_BYTES, timeout=5)
    assert isinstance(doc, Incoming) and doc.url == url
    assert (HITS, HOSTS) == (["/report"], [f"ledger-test.invalid:{server}"])


def test_a_name_server_that_never_answers_is_cut_off(monkeypatch):
    """The system's resolver has no time limit of its own: the guard waits for it no longer than
    the fetch's time limit."""
    import time
    import types

    from raidlog.ingest import web

    def slow(host, port, type=0):  # noqa: A002 - socket.getaddrinfo's name
        time.sleep(3)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(web, "socket", types.SimpleNamespace(getaddrinfo=slow, SOCK_STREAM=socket.SOCK_STREAM))
    url = "http://slow-dns.invalid/report"
    start = time.monotonic()
    with guarded_client(parse_networks(["127.0.0.0/8"]), timeout=0.5) as client:
        assert list(read_url(url, client=client, max_bytes=GUARDED_MAX_BYTES, timeout=0.5)) == [
            Rejected(url, NOT_FETCHED)]
    assert time.monotonic() - start < 2
