"""The pages in a real browser (Debian's Chromium driven by Playwright) against
``raidlog serve`` on a free 127.0.0.1 port: every page loads without a script or
policy error, filters land in the URL, the map's panel lists a place's claims, a
claim's highlighted spans are exactly its evidence, Check a report finds a
problem, and no request leaves 127.0.0.1.

Screenshots of every page go to a pytest temporary folder; with
RAIDLOG_SCREENSHOTS=docs/screenshots they are also written there (the ones
docs/web.md shows).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from raidlog.store import Ledger
from tests.test_web_api import BELGOROD, LISKI, MISMATCH, fill

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent
DOCS_SHOTS = {"overview", "map", "claims", "claim", "check", "incidents", "findings", "map-dark-desktop",
              "claims-light-phone", "overview-dark-phone"}

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing (scripts/system-deps.sh installs Debian's chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    db = str(folder / "ledger.db")
    fill(Ledger(db))
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("RAIDLOG_TOKEN", None)
    log = open(folder / "serve.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([sys.executable, "-m", "raidlog", "serve", "--db", db, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(folder))
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.1)
    else:
        proc.kill()
    if proc.poll() is not None:
        log.close()
        pytest.fail("raidlog serve did not start:\n" + (folder / "serve.log").read_text())
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    also = os.environ.get("RAIDLOG_SCREENSHOTS")
    target = (ROOT / also) if also and not Path(also).is_absolute() else (Path(also) if also else None)
    if target:
        target.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> None:
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        if target and name in DOCS_SHOTS:
            shutil.copy(path, target / f"{name}.png")

    save.folder = folder
    return save


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server)
    page = context.new_page()
    page.requests = []
    page.problems = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    yield page
    outside = [u for u in page.requests if not u.startswith(server + "/") and not u.startswith(("data:", "about:"))]
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert page.problems == [], f"errors in the browser: {page.problems}"
    context.close()


def api(server: str, path: str):
    with urllib.request.urlopen(server + path, timeout=10) as r:
        return json.load(r)


def rows(page) -> list[str]:
    return page.eval_on_selector_all("#claims-table tbody tr[data-claim]", "els => els.map(e => e.dataset.claim)")


@pytest.mark.parametrize("name,path,heading", [
    ("overview", "/", "Overview"), ("map", "/map", "Map of claims and incidents"), ("claims", "/claims", "Claims"),
    ("incidents", "/incidents", "Incidents"), ("findings", "/findings", "Findings"),
    ("claim", "/claims/c5", "Claim c5"), ("document", "/documents/d1", "d1"), ("group", "/groups/g1", "Claim group g1"),
    ("check-empty", "/check", "Check a report"), ("search", "/search?q=Kursk", "Search the texts"),
    ("api", "/docs", "JSON API"),
])
def test_every_page_loads(page, shots, name, path, heading):
    response = page.goto(path)
    assert response.status == 200
    assert heading in page.inner_text("h1")
    shots(page, name)


def test_claims_filter_lives_in_the_url(page, shots):
    page.goto("/claims")
    assert rows(page) == ["c5", "c2", "c4", "c3", "c1"]
    page.fill("input[name=region]", "RU-BEL")
    page.select_option("select[name=side]", "RU")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/claims?**")
    assert page.url.endswith("/claims?side=RU&region=RU-BEL")  # empty fields left out
    assert rows(page) == ["c5", "c2", "c3", "c1"]
    assert page.inner_text("#total") == "4"
    page.click("a.sort:has-text('Destroyed')")
    page.wait_for_url("**sort=destroyed**")
    assert "region=RU-BEL" in page.url and "order=desc" in page.url
    assert rows(page) == ["c5", "c3", "c1", "c2"]  # 31, 11, 9, 7
    shared = page.url
    page.goto(shared)  # the same view from its URL alone
    assert rows(page) == ["c5", "c3", "c1", "c2"]
    shots(page, "claims-filtered")


def test_map_place_lists_its_claims(page, shots, server):
    page.goto("/map")
    spot = page.locator(f'svg#map a.place[data-place="{BELGOROD}"]')
    assert spot.count() == 1
    spot.locator("circle").click()
    page.wait_for_selector("#panel-claims li")
    assert page.inner_text("#panel-title") == "Belgorod Oblast"
    listed = page.eval_on_selector_all("#panel-claims li", "els => els.map(e => e.dataset.claim)")
    expected = [c["id"] for c in api(server, f"/api/claims?place={BELGOROD}")["items"]]
    assert listed == expected == ["c5", "c2", "c3", "c1"]
    assert "4 claims" in page.inner_text("#panel-total")
    assert page.url.endswith("/map")  # the panel, not a new page
    shots(page, "map-panel")


def test_map_incident_place_lists_its_incidents(page, shots, server):
    """The governor's report of damage in Liski is a diamond; clicking it lists the incident with
    its reporter and figures, linking to the document."""
    page.goto("/map")
    diamond = page.locator(f'svg#map a.incident-place[data-place="{LISKI}"]')
    assert diamond.count() == 1
    assert diamond.locator("title").text_content() == (
        "Liski: 1 incident reported (damage 1) · reported by Governor of Voronezh Oblast")
    diamond.locator("polygon").click()
    page.wait_for_selector("#panel-incidents li")
    assert page.inner_text("#panel-title") == "Liski"
    assert page.inner_text("#panel-total") == "1 incident reported at this place."
    listed = page.eval_on_selector_all("#panel-incidents li", "els => els.map(e => e.dataset.incident)")
    assert listed == [i["id"] for i in api(server, f"/api/incidents?place={LISKI}")["items"]]
    assert page.inner_text("#panel-incidents li") == (
        "d4 2025-11-12 · damage, debris · reported by Governor of Voronezh Oblast · killed 0, injured 0")
    assert page.url.endswith("/map")
    shots(page, "map-incident-panel")
    page.goto("/map?layer=claims")
    assert page.locator("svg#map a.incident-place").count() == 0 and page.locator("svg#map a.place").count() > 0
    page.goto("/map?layer=incidents")
    assert page.locator("svg#map a.place").count() == 0 and page.locator("svg#map a.incident-place").count() == 1


def test_claim_highlights_exactly_its_evidence(page, server):
    claim = api(server, "/api/claims/c5")
    page.goto("/claims/c5")
    marks = page.eval_on_selector_all("#text mark.ev", """els => {
        const by = {};
        for (const e of els) {
            const key = e.dataset.m;
            by[key] = by[key] || {kind: e.dataset.kind, text: ""};
            by[key].text += e.textContent;
        }
        return Object.values(by);
    }""")

    def shown(kind: str) -> list[str]:
        return sorted(m["text"] for m in marks if m["kind"] == kind)

    c = claim["claim"]
    assert shown("sentence") == sorted(s["text"] for s in c["evidence"])
    assert shown("item") == sorted(s["text"] for it in c["breakdown"] for s in it["evidence"])
    assert shown("time") == sorted(s["text"] for s in (c["window"] or {}).get("evidence", []))
    assert shown("claimant") == [c["claimant"]["as_written"]]
    places = sorted(p["as_written"] for it in c["breakdown"] for p in it["places"])
    assert [p.casefold() for p in shown("place")] == [p.casefold() for p in places]
    findings = [f for f in claim["findings"] if f["evidence"]]
    assert findings and shown("finding") == sorted(s["text"] for f in findings for s in f["evidence"])
    text = claim["document"]["text"]
    assert page.eval_on_selector("#text", "e => e.textContent") == text  # nothing added, nothing lost


def test_check_a_report_shows_a_finding(page, shots):
    page.goto("/check")
    page.fill("textarea[name=text]", MISMATCH)
    page.fill("input[name=published]", "2025-11-14")
    page.click("#check-form button[type=submit]")
    page.wait_for_selector("#result")
    assert int(page.inner_text("#finding-count")) >= 1
    assert page.locator("li.finding code", has_text="breakdown-sum-mismatch").count() == 1
    assert page.locator("#text mark.ev-finding").count() >= 1
    shots(page, "check")


def test_findings_page_filters_in_the_url(page, shots):
    page.goto("/findings")
    listed = lambda: page.eval_on_selector_all("#finding-list li[data-finding]", "els => els.map(e => e.dataset.code)")  # noqa: E731
    assert listed() == ["breakdown-sum-mismatch", "incident-region-not-in-breakdown", "sources-disagree",
                        "window-timezone-assumed"]
    page.select_option("select[name=severity]", "warning")
    page.fill("input[name=claimant]", "ministry")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/findings?**")
    assert page.url.endswith("/findings?severity=warning&claimant=ministry")  # empty fields left out
    assert listed() == ["incident-region-not-in-breakdown", "sources-disagree"]
    page.click("#finding-counts a:has-text('sources-disagree')")
    page.wait_for_url("**code=sources-disagree**")
    assert listed() == ["sources-disagree"] and page.inner_text("#total") == "1"
    page.click("#finding-list a.to-group")
    page.wait_for_url("**/groups/g1")
    assert "Claim group g1" in page.inner_text("h1")
    page.go_back()
    shots(page, "findings-filtered")


def test_check_a_report_lists_an_incident(page, shots):
    from tests.test_web_pages import REPORT

    page.goto("/check")
    page.fill("textarea[name=text]", REPORT)
    page.fill("input[name=published]", "2025-11-12")
    page.click("#check-form button[type=submit]")
    page.wait_for_selector("#result")
    assert page.inner_text("#result-summary").startswith("1 claim, 1 incident, ")
    assert page.inner_text("#incident-list li .kinds") == "casualties, damage, debris"
    assert "injured 2" in page.inner_text("#incident-list li .casualties")
    assert page.eval_on_selector_all("#places tbody tr", "els => els.map(e => e.dataset.place)") == [
        "geonames:578071", "geonames:538555", "geonames:534838"]
    shots(page, "check-incident")


PAGES = {"overview": "/", "map": "/map", "claims": "/claims", "incidents": "/incidents", "findings": "/findings",
         "claim": "/claims/c5", "document": "/documents/d1", "group": "/groups/g1", "check": "/check",
         "search": "/search?q=Kursk"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1360, 390])
def test_colour_schemes_and_phone_width(browser, server, shots, scheme, width):
    """Every page in light and dark (the system's prefers-color-scheme), at desktop and phone width:
    the dark pages are dark, and at 390 px no page scrolls sideways."""
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server, color_scheme=scheme,
                                  is_mobile=width < 500, device_scale_factor=1)
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    try:
        for name, path in PAGES.items():
            assert page.goto(path).status == 200, path
            background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
            channels = [int(v) for v in background[background.index("(") + 1:-1].split(",")[:3]]
            assert (sum(channels) < 150) if scheme == "dark" else (sum(channels) > 700), (name, background)
            if width < 500:
                overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                assert overflow <= 0, f"{path} scrolls sideways by {overflow} px at {width} px"
            shots(page, f"{name}-{scheme}-{'phone' if width < 500 else 'desktop'}")
    finally:
        context.close()
    assert problems == []


def test_map_zoom_pan_tooltips_and_date_range(page, shots):
    page.goto("/map")
    svg = page.locator("svg#map")
    assert svg.get_attribute("data-zoom") == "1.00" and svg.get_attribute("viewBox") == "0.0 0.0 1000.0 832.0"
    page.click("#zoom-in")
    assert svg.get_attribute("data-zoom") == "1.60"
    x, y, w, h = (float(v) for v in svg.get_attribute("viewBox").split())
    assert (round(w), round(h), round(x + w / 2), round(y + h / 2)) == (625, 520, 500, 416)  # about the centre
    page.evaluate("window.scrollTo(0, 0)")
    page.evaluate("document.getElementById('map').scrollIntoView()")
    box = svg.bounding_box()
    page.mouse.move(box["x"] + 200, box["y"] + 200)
    page.mouse.down()
    page.mouse.move(box["x"] + 300, box["y"] + 260, steps=5)
    page.mouse.up()
    x2, y2, _, _ = (float(v) for v in svg.get_attribute("viewBox").split())
    assert x2 < x and y2 < y  # dragged right and down: the view moves left and up
    page.mouse.move(box["x"] + 500, box["y"] + 300)
    page.mouse.wheel(0, -300)
    page.wait_for_function("Number(document.getElementById('map').dataset.zoom) > 1.6")
    page.click("#zoom-reset")
    assert svg.get_attribute("data-zoom") == "1.00"
    page.click("#zoom-out")
    assert svg.get_attribute("data-zoom") == "1.00"  # never smaller than the whole map
    # tooltips: a region's and a place's
    assert page.locator('path.region[data-iso="RU-BEL"] title').text_content() == (
        "Belgorod: 20 destroyed claimed over it; claimed by the RU side: 20")
    page.hover(f'svg#map a.place[data-place="{BELGOROD}"] circle')
    assert page.locator(f'svg#map a.place[data-place="{BELGOROD}"] title').text_content() == (
        "Belgorod Oblast: 20 destroyed, claimed by the RU side (3 claims: Russian Ministry of Defence)")
    shots(page, "map-zoomed")
    # the date range changes the map, the lists beside it and the URL together
    page.fill("form.period input[name=since]", "2025-11-13")
    page.click("form.period button[type=submit]")
    page.wait_for_url("**/map?since=2025-11-13")
    assert page.locator('path.region[data-iso="RU-BEL"]').get_attribute("data-total") == "15"
    assert page.locator(f'svg#map a.place[data-place="{BELGOROD}"]').get_attribute("data-count") == "15"
    assert page.eval_on_selector_all("#national tbody tr", "els => els.map(e => e.dataset.claimant)") == [
        "Russian Ministry of Defence"]
    assert page.locator("svg#map a.incident-place").count() == 0  # the governor's incident was on the 12th
    page.locator(f'svg#map a.place[data-place="{BELGOROD}"] circle').click()
    page.wait_for_selector("#panel-claims li")
    assert page.eval_on_selector_all("#panel-claims li", "els => els.map(e => e.dataset.claim)") == ["c5", "c2"]


def test_map_layers_toggle_without_reloading(page):
    page.goto("/map")
    diamond = page.locator(f'svg#map a.incident-place[data-place="{LISKI}"] polygon')
    circle = page.locator(f'svg#map a.place[data-place="{BELGOROD}"] circle')
    assert diamond.is_visible() and circle.is_visible()
    page.uncheck("#toggle-incidents")
    assert not diamond.is_visible() and circle.is_visible()
    page.uncheck("#toggle-claims")
    assert not circle.is_visible() and not page.locator('path.region[data-iso="RU-BEL"]').is_visible()
    page.check("#toggle-incidents")
    assert diamond.is_visible() and page.url.endswith("/map")
