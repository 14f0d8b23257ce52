"""The web layer's JSON API and pages against a ledger filled from texts, on SQLite and
PostgreSQL: exact totals, filters, sorting, paging, 404s, downloads."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text as sql

import raidlog
from raidlog import export
from raidlog.store import Ledger
from raidlog.store import queries as q
from raidlog.store.reconcile import reconcile
from raidlog.web import data
from raidlog.web.app import create_app

NIGHT = (
    "Russian air defenses destroyed {total} Ukrainian drones between 11 p.m. Moscow time on November {d0} "
    "and 7 a.m. Moscow time on November {d1}, the Russian Defense Ministry said. "
    "{first} were downed over the Belgorod Region and {second} over the Kursk Region."
)
GOVERNOR = ("Voronezh Governor Alexander Gusev said debris from a downed drone damaged a house in Liski "
            "overnight; no one was injured.")
AIR_FORCE = ("Overnight on November 12 (from 18:00 on November 11), the enemy attacked with 64 Shahed-type "
             "strike drones, Ukraine's Air Force said.\n\n"
             "As of 09:00, 50 drones had been shot down over the north, east and south of the country.")
MISMATCH = ("MOSCOW, November 14. Russian air defence forces destroyed 31 Ukrainian drones over five regions "
            "overnight, the Russian Defence Ministry said on Friday.\n\n"
            "Twelve drones were downed over the Belgorod region, eight over the Kursk region, five over the "
            "Bryansk and Oryol regions and two over the Voronezh region, the ministry said in its statement.")

# (text, source, external id, published): c1 9 (group with c3), c2 7, c3 11 (disagrees), the governor's
# incident (no claim), c4 the Air Force's 64/50, c5 31 with a breakdown that cannot add up
DOCUMENTS = [
    (NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101", "2025-11-12"),
    (NIGHT.format(total=7, d0=12, d1=13, first=3, second=4), "telegram:mod", "102", "2025-11-13"),
    (NIGHT.format(total=11, d0=11, d1=12, first=7, second=4), "rss:news", "a", "2025-11-12"),
    (GOVERNOR, "telegram:gusev", "7", "2025-11-12"),
    (AIR_FORCE, "telegram:kpszsu", "3106", "2025-11-12"),
    (MISMATCH, "rss:tass", "b", "2025-11-14"),
]
BELGOROD = "geonames:578071"
LISKI = "geonames:534838"


def fill(ledger: Ledger, documents=DOCUMENTS) -> None:
    """Store ``documents`` as ``raidlog ingest`` would (extract, store, reconcile)."""
    run = ledger.start_run("ingest")
    days = set()
    for text, source, external_id, published in documents:
        report = raidlog.extract(text, published=published, source=source)
        ledger.store(text=text, source=source, name=f"{source}/{external_id}", report=report, run_id=run,
                     external_id=external_id, published=published)
        days |= {published} | {c.window.end[:10] for c in report.claims if c.window and c.window.end}
    with ledger.engine.begin() as conn:
        reconcile(conn, days)
    ledger.finish_run(run, {"ingested": len(documents), "duplicates": 0, "updated": 0, "failed": 0})


@pytest.fixture
def ledger(ledger_url) -> Ledger:
    ledger = Ledger(ledger_url)
    fill(ledger)
    return ledger


@pytest.fixture
def client(ledger) -> TestClient:
    return TestClient(create_app(ledger=ledger), raise_server_exceptions=False)


def destroyed(response) -> list:
    assert response.status_code == 200, response.text
    return [c["destroyed"] for c in response.json()["items"]]


def test_claims_filters_sorting_and_paging(client):
    everything = client.get("/api/claims").json()
    assert everything["total"] == 5 and [c["id"] for c in everything["items"]] == ["c5", "c2", "c4", "c3", "c1"]
    assert destroyed(client.get("/api/claims")) == [31, 7, 50, 11, 9]
    assert destroyed(client.get("/api/claims?region=RU-BEL")) == [31, 7, 11, 9]
    assert destroyed(client.get("/api/claims?region=Belgorod Oblast&since=2025-11-13")) == [31, 7]
    assert destroyed(client.get("/api/claims?side=UA")) == [50]
    assert destroyed(client.get("/api/claims?side=ua")) == [50]
    assert destroyed(client.get("/api/claims?claimant=ministry")) == [31, 7, 11, 9]
    assert destroyed(client.get("/api/claims?until=2025-11-12")) == [50, 11, 9]
    assert destroyed(client.get("/api/claims?weapon=drone&side=RU&since=2025-11-12&until=2025-11-12")) == [11, 9]
    assert destroyed(client.get("/api/claims?finding=breakdown-sum-mismatch")) == [31]
    assert destroyed(client.get("/api/claims?finding=sources-disagree")) == [9]
    assert destroyed(client.get(f"/api/claims?place={BELGOROD}")) == [31, 7, 11, 9]
    assert destroyed(client.get("/api/claims?place=geonames:1")) == []
    assert destroyed(client.get("/api/claims?sort=destroyed")) == [50, 31, 11, 9, 7]
    assert destroyed(client.get("/api/claims?sort=destroyed&order=asc")) == [7, 9, 11, 31, 50]
    assert destroyed(client.get("/api/claims?sort=day&order=asc")) == [9, 11, 50, 7, 31]
    by_claimant = client.get("/api/claims?sort=claimant&order=asc").json()["items"]
    assert [c["claimant"] for c in by_claimant] == ["Russian Ministry of Defence"] * 4 + ["Ukrainian Air Force"]
    page = client.get("/api/claims?limit=2&offset=2").json()
    assert (page["total"], page["limit"], page["offset"], [c["id"] for c in page["items"]]) == (5, 2, 2, ["c4", "c3"])
    assert client.get("/api/claims?limit=2&offset=4").json()["items"][0]["id"] == "c1"
    assert client.get("/api/claims?offset=10").json() == {"total": 5, "limit": 100, "offset": 10, "items": []}
    empty_fields = client.get("/api/claims?since=&until=&claimant=&side=&region=&weapon=&finding=&place=")
    assert destroyed(empty_fields) == [31, 7, 50, 11, 9]


def test_claim_rows_are_the_stores(ledger):
    """The sorted and place-filtered table builds rows exactly as ``queries.claims`` does."""
    with ledger.engine.connect() as conn:
        store = {r["id"]: r for r in q.claims(conn, q.ClaimFilter())}
        for sort in ("destroyed", "claimant"):
            mine = {r["id"]: r for r in data.claim_page(conn, q.ClaimFilter(), sort=sort)}
            assert mine == store
        at_belgorod = {r["id"]: r for r in data.claim_page(conn, q.ClaimFilter(), place=BELGOROD)}
        assert at_belgorod == {k: v for k, v in store.items() if "RU-BEL" in v["regions"]}
        assert data.count_claims(conn, q.ClaimFilter(region="RU-KRS", since="2025-11-13")) == 2
        names = data.claimant_sides(conn)
        assert names == {"Russian Ministry of Defence": "RU", "Ukrainian Air Force": "UA"}
        for claimant in ("ministry", "AIR force", "nobody"):
            f = q.ClaimFilter(claimant=claimant)
            mine = {r["id"]: r for r in data.claim_page(conn, f, sort="destroyed", names=names)}
            assert mine == {r["id"]: r for r in q.claims(conn, f)}
            assert data.count_claims(conn, f, names=names) == data.count_claims(conn, f) == len(mine)


def test_place_totals_agree_with_stats_by_region(ledger):
    with ledger.engine.connect() as conn:
        per_region: dict[str, int] = {}
        for r in data.place_totals(conn):
            if r["iso"]:
                per_region[r["iso"]] = per_region.get(r["iso"], 0) + r["count"]
        stats = {r["region"]: r["destroyed"] for r in q.stats(conn, "month", "region")}
    assert per_region == stats == {"RU-BEL": 20, "RU-KRS": 16, "RU-BRY": 5, "RU-ORL": 5, "RU-VOR": 2}


def test_one_claim_group_document_and_404s(client):
    claim = client.get("/api/claims/c3").json()
    assert claim["claim"]["destroyed"] == 11 and claim["group"] == "g1"
    assert client.get("/api/claims/3").json()["id"] == "c3"
    group = client.get("/api/groups/g1").json()
    assert sorted(c["destroyed"] for c in group["claims"]) == [9, 11] and group["disagree"] is True
    assert [f["code"] for f in group["findings"]] == ["sources-disagree"]
    groups = client.get("/api/groups?disagree=true").json()["items"]
    assert [(g["id"], g["claims"], g["total"]) for g in groups] == [("g1", ["c1", "c3"], None)]
    assert client.get("/api/groups?disagree=false").json()["items"] == []
    doc = client.get("/api/documents/d4").json()
    assert doc["document"]["text"] == GOVERNOR and doc["claims"] == []
    assert [i["kind"] for i in doc["incidents"]] == ["damage"]
    for url in ("/api/claims/c999", "/api/documents/d999", "/api/groups/g999"):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
        assert set(r.json()) == {"type", "title", "status", "detail"} and r.json()["status"] == 404
    assert client.get("/api/claims/x1").status_code == 422
    assert client.get("/api/nowhere").json()["status"] == 404
    for url in ("/claims/c999", "/documents/d999", "/groups/g999", "/nowhere"):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "404" in r.text and "Traceback" not in r.text


def test_bad_filters_are_told(client):
    r = client.get("/api/claims?region=Atlantis")
    assert r.status_code == 400 and "unknown region 'Atlantis'" in r.json()["detail"]
    r = client.get("/api/claims?since=12/11/2025")
    assert r.status_code == 400 and "not a date" in r.json()["detail"]
    assert client.get("/api/claims?limit=0").status_code == 422
    assert client.get("/api/claims?sort=weight").status_code == 422
    assert client.get("/api/stats?by=year").status_code == 422
    assert client.get("/claims?since=yesterday").status_code == 400


def test_stats_findings_and_search(client):
    stats = client.get("/api/stats?split=claimant").json()["items"]
    assert [(r["period"], r["claimant"], r["destroyed"], r["launched"]) for r in stats] == [
        ("2025-11-12", "Russian Ministry of Defence", 9, None),  # the group of 9 and 11 counts once: its first
        ("2025-11-12", "Ukrainian Air Force", 50, 64),
        ("2025-11-13", "Russian Ministry of Defence", 7, None),
        ("2025-11-14", "Russian Ministry of Defence", 31, None),
    ]
    found = client.get("/api/findings").json()
    codes = {c["code"]: c["count"] for c in found["counts"]}
    assert codes["sources-disagree"] == 1 and codes["breakdown-sum-mismatch"] == 1
    assert codes["incident-region-not-in-breakdown"] == 1
    assert [f["claim"] for f in client.get("/api/findings?code=breakdown-sum-mismatch").json()["items"]] == ["c5"]
    hits = client.get("/api/search?q=Liski").json()["items"]
    assert [h["id"] for h in hits] == ["d4"]


def test_overview_totals(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert '<span class="total-destroyed">47</span>' in html  # RU: 9 + 7 + 31 (the group once)
    assert '<span class="total-destroyed">50</span>' in html and '<span class="total-launched">64</span>' in html
    assert "Belgorod Oblast" in html and "sources-disagree" in html
    later = client.get("/?since=2025-11-13").text
    assert '<span class="total-destroyed">38</span>' in later and '<span class="total-destroyed">0</span>' in later
    assert "<polyline" in html  # the timeline, drawn on the server


def test_claims_page_filters_in_the_url(client):
    html = client.get("/claims?region=RU-BEL&sort=destroyed&order=asc&per=2").text
    assert '<span id="total">4</span>' in html and "page 1 of 2" in html
    assert html.index('data-claim="c2"') < html.index('data-claim="c1"')  # 7 before 9
    assert 'href="/claims?region=RU-BEL&amp;sort=destroyed&amp;order=asc&amp;per=2&amp;page=2"' in html
    assert 'href="/api/claims.csv?region=RU-BEL&amp;sort=destroyed&amp;order=asc"' in html
    second = client.get("/claims?region=RU-BEL&sort=destroyed&order=asc&per=2&page=2").text
    assert 'data-claim="c3"' in second and 'data-claim="c5"' in second and 'data-claim="c2"' not in second


def test_claim_view_highlights_the_evidence(client):
    html = client.get("/claims/c5").text
    assert 'data-kind="item"' in html and 'data-kind="place"' in html and 'data-kind="claimant"' in html
    assert "breakdown-sum-mismatch" in html and 'id="finding-1"' in html
    group = client.get("/claims/c1").text
    assert "Other sources of this claim" in group and "They disagree" in group and 'class="differs"' in group


def test_csv_and_geojson_downloads(client):
    r = client.get("/api/claims.csv?region=RU-BEL&since=2025-11-13")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert r.text.splitlines()[0] == ",".join(export.COLUMNS)
    claims = [row for row in rows if row["row_kind"] == "claim"]
    assert [(row["claim_id"], row["destroyed"]) for row in claims] == [("c5", "31"), ("c2", "7")]
    assert len(rows) == 2 + 5 + 2  # two claims, then a row per place of each item
    at = client.get(f"/api/claims.csv?place={BELGOROD}&side=RU&until=2025-11-12")
    assert sorted(row["claim_id"] for row in csv.DictReader(io.StringIO(at.text)) if row["row_kind"] == "claim") == [
        "c1", "c3"]
    g = client.get("/api/claims.geojson")
    assert g.status_code == 200 and g.headers["content-type"] == "application/geo+json"
    geo = json.loads(g.text)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2 + 2 + 2 + 5
    for feature in geo["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert 18 < lon < 60 and 40 < lat < 62
        assert feature["properties"]["claim_id"].startswith("c")
    belgorod = [f for f in geo["features"] if f["properties"]["place_id"] == BELGOROD]
    assert sorted(f["properties"]["count"] for f in belgorod) == [3, 5, 7, 12]


def test_map_places(client):
    places = client.get("/api/map").json()["places"]
    belgorod = next(p for p in places if p["place"] == BELGOROD)
    assert (belgorod["count"], belgorod["side"], belgorod["claims"]) == (20, "RU", 3)
    assert places[0]["place"] == BELGOROD and all(0 <= p["x"] <= 1000 and 0 <= p["y"] <= 833 for p in places)
    html = client.get("/map?since=2025-11-13").text
    assert f'data-place="{BELGOROD}"' in html and 'data-count="15"' in html  # 3 + 12


def test_extract_and_check_without_storing(client):
    r = client.post("/api/extract", json={"text": MISMATCH, "published": "2025-11-14"})
    assert r.status_code == 200
    report = r.json()
    assert [c["destroyed"] for c in report["claims"]] == [31]
    assert "breakdown-sum-mismatch" in [f["code"] for f in report["findings"]]
    assert client.post("/api/extract", json={"text": ""}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "published": "2025-13-45"}).status_code in (400, 422)
    page = client.post("/check", data={"text": MISMATCH, "published": "2025-11-14", "lang": "auto"})
    assert page.status_code == 200 and "breakdown-sum-mismatch" in page.text
    assert client.get("/api/claims").json()["total"] == 5  # nothing stored
    assert client.post("/check", data={"text": "  "}).status_code == 400


def test_pages_and_offline_api_docs(client):
    for url in ("/", "/map", "/claims", "/claims/c1", "/documents/d1", "/groups/g1", "/check", "/search?q=Kursk",
                "/docs"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "http://" not in r.text.replace("http://127.0.0.1", "") and "https://" not in r.text, url
    docs = client.get("/docs").text
    assert "/api/claims.geojson" in docs and "/openapi.json" in docs
    spec = client.get("/openapi.json").json()
    assert {"/api/claims", "/api/claims.csv", "/api/claims.geojson", "/api/groups", "/api/findings",
            "/api/documents/{document}", "/api/stats", "/api/extract", "/api/documents",
            "/api/ingest-url"} <= set(spec["paths"])
    assert client.get("/static/map/countries.svg").headers["content-type"].startswith("image/svg+xml")


ANNOUNCEMENT = ("Belgorod Governor Vyacheslav Gladkov said that the regional library would open a new "
                "reading room for schoolchildren on Monday.")


def test_a_document_with_nothing_extracted_is_stored_searched_and_shown(ledger):
    """An upload with no claim or incident is stored (status "nothing extracted"), found by search
    and shown with a note, never refused."""
    token = "a-token-for-this-test-only-0123456789"
    writer = TestClient(create_app(ledger=ledger, allow_ingest=True, token=token), raise_server_exceptions=False)
    auth = {"Authorization": f"Bearer {token}"}
    body = {"text": ANNOUNCEMENT, "published": "2025-11-20", "source": "telegram:gladkov", "external_id": "88"}
    r = writer.post("/api/documents", json=body, headers=auth)
    assert r.status_code == 201, r.text
    assert {k: r.json()[k] for k in ("document", "status", "claims", "incidents")} == {
        "document": "d7", "status": "nothing extracted", "claims": 0, "incidents": 0}
    again = writer.post("/api/documents", json=body, headers=auth)
    assert (again.status_code, again.json()["status"]) == (200, "duplicate")
    hits = writer.get("/api/search", params={"q": "library"}).json()["items"]
    assert [(h["id"], h["extracted"], h["claims"], h["incidents"]) for h in hits] == [
        ("d7", "nothing extracted", 0, 0)]
    liski = writer.get("/api/search", params={"q": "Liski"}).json()["items"]
    assert [(h["id"], h["extracted"]) for h in liski] == [("d4", "1 incident")]
    doc = writer.get("/api/documents/d7").json()
    assert (doc["document"]["text"], doc["claims"], doc["incidents"], doc["nothing_extracted"]) == (
        ANNOUNCEMENT, [], [], True)
    assert writer.get("/api/documents/d1").json()["nothing_extracted"] is False
    page = writer.get("/documents/d7").text
    assert 'id="nothing-extracted"' in page and "Nothing extracted." in page
    assert 'id="nothing-extracted"' not in writer.get("/documents/d4").text
    found = writer.get("/search", params={"q": "library"}).text
    assert '<span class="extracted">nothing extracted</span>' in found
    with ledger.engine.connect() as conn:
        run = conn.execute(sql("SELECT ingested, nothing_extracted FROM runs ORDER BY id DESC LIMIT 2")).all()
    assert [tuple(r) for r in run] == [(0, 0), (0, 1)]  # the duplicate's run, then the upload's


def test_incidents_api_geojson_and_map(client, ledger):
    """The governor's report (damage and debris in Liski, nobody injured) as the incidents API,
    the GeoJSON layer, the map's diamonds and the incidents page show it."""
    everything = client.get("/api/incidents").json()
    assert (everything["total"], everything["limit"], everything["offset"]) == (1, 100, 0)
    [inc] = everything["items"]
    assert {k: inc[k] for k in ("day", "kind", "kinds", "reporter", "reporter_kind", "person", "side", "killed",
                                "injured", "regions", "document_id", "document")} == {
        "day": "2025-11-12", "kind": "damage", "kinds": ["damage", "debris"],
        "reporter": "Governor of Voronezh Oblast", "reporter_kind": "governor", "person": "Alexander Gusev",
        "side": "RU", "killed": 0, "injured": 0, "regions": ["RU-VOR"], "document_id": "d4",
        "document": "telegram:gusev/7"}
    assert [(p["id"], p["name"]) for p in inc["places"]] == [(LISKI, "Liski")]
    total = {q: client.get(f"/api/incidents?{q}").json()["total"] for q in (
        "side=RU", "side=ua", "kind=damage", "kind=fire", "region=RU-VOR", "region=Voronezh Oblast",
        "region=RU-BEL", f"place={LISKI}", f"place={BELGOROD}", "since=2025-11-13", "until=2025-11-12",
        "reporter=voronezh", "reporter=kursk")}
    assert total == {"side=RU": 1, "side=ua": 0, "kind=damage": 1, "kind=fire": 0, "region=RU-VOR": 1,
                     "region=Voronezh Oblast": 1, "region=RU-BEL": 0, f"place={LISKI}": 1, f"place={BELGOROD}": 0,
                     "since=2025-11-13": 0, "until=2025-11-12": 1, "reporter=voronezh": 1, "reporter=kursk": 0}
    assert client.get("/api/incidents?kind=explosion").status_code == 422
    assert client.get("/api/incidents?region=Atlantis").status_code == 400

    g = client.get("/api/incidents.geojson")
    assert g.status_code == 200 and g.headers["content-type"] == "application/geo+json"
    [feature] = g.json()["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [39.50403, 50.9824]}
    props = feature["properties"]
    assert {k: props[k] for k in ("feature", "incident_id", "kind", "kinds", "reporter", "side", "killed", "injured",
                                  "place_name", "place_kind", "iso", "places", "document_id")} == {
        "feature": "incident", "incident_id": inc["id"], "kind": "damage", "kinds": "damage;debris",
        "reporter": "Governor of Voronezh Oblast", "side": "RU", "killed": 0, "injured": 0,
        "place_name": "Liski", "place_kind": "locality", "iso": "RU-VOR", "places": 1, "document_id": "d4"}
    with ledger.engine.connect() as conn:
        both = json.loads(export.to_geojson(export.rows(conn), export.incident_rows(conn)))
        claims_only = json.loads(export.to_geojson(export.rows(conn)))
    kinds = [f["properties"]["feature"] for f in both["features"]]
    assert kinds == ["claim"] * len(claims_only["features"]) + ["incident"]

    drawn = client.get("/api/map").json()
    assert [(m["place"], m["name"], m["incidents"], m["kinds"], m["reporters"], m["with_casualties"])
            for m in drawn["incidents"]] == [(LISKI, "Liski", 1, ["damage"], ["Governor of Voronezh Oblast"], 0)]
    assert client.get("/api/map?side=UA").json()["incidents"] == []
    assert client.get("/api/map?until=2025-11-11").json()["incidents"] == []
    page = client.get("/map").text
    assert f'<a class="incident-place" href="/incidents?place={LISKI.replace(":", "%3A")}"' in page
    assert ("<title>Liski: 1 incident reported (damage 1) · reported by Governor of Voronezh Oblast</title>"
            in page)
    assert 'class="incident-place"' not in client.get("/map?layer=claims").text
    only = client.get("/map?layer=incidents").text
    assert 'class="incident-place"' in only and '<a class="place"' not in only
    assert client.get("/map?layer=everything").status_code == 400

    table = client.get(f"/incidents?place={LISKI}").text
    assert f'<tr data-incident="{inc["id"]}">' in table and 'id="total">1<' in table
    assert "Governor of Voronezh Oblast" in table and '<a href="/documents/d4">d4</a>' in table
    assert 'id="total">0<' in client.get("/incidents?kind=fire").text


AF_LOCATIONS = ("Overnight, the enemy attacked with 60 Shahed-type drones, the Air Force said. Air defence shot "
                "down 45 drones. Hits by 12 attack drones were recorded at 6 locations, and debris fell at "
                "2 locations.")


def test_incidents_at_n_locations_have_no_place_but_are_counted(ledger):
    """An Air Force summary's "hits at 6 locations": incidents with ``locations`` and no place — in
    the table and the export (a row without coordinates), counted under the map, never drawn."""
    fill(ledger, [(AF_LOCATIONS, "telegram:kpszsu", "3200", "2025-11-20")])
    client = TestClient(create_app(ledger=ledger), raise_server_exceptions=False)
    items = client.get("/api/incidents?since=2025-11-20").json()["items"]
    assert sorted((i["kind"], i["locations"], i["places"], i["reporter"]) for i in items) == [
        ("debris", 2, [], "Ukrainian Air Force"), ("hit", 6, [], "Ukrainian Air Force")]
    drawn = client.get("/api/map?since=2025-11-20").json()
    assert (drawn["incidents"], drawn["incidents_without_place"]) == ([], 2)
    assert client.get("/api/map").json()["incidents_without_place"] == 2
    page = client.get("/map?since=2025-11-20").text
    assert '<p class="muted" id="incidents-without-place">2 incidents name no place' in page
    table = client.get("/incidents?since=2025-11-20").text
    assert '<span class="muted">(6 locations)</span>' in table and '<span class="muted">(2 locations)</span>' in table
    with ledger.engine.connect() as conn:
        rows = [r for r in export.incident_rows(conn, q.IncidentFilter(since="2025-11-20", limit=None))]
        geo = json.loads(export.to_geojson(None, iter(rows)))
    assert sorted((r["kind"], r["locations"], r["places"], r["place_id"], r["lat"]) for r in rows) == [
        ("debris", 2, 0, None, None), ("hit", 6, 0, None, None)]
    assert geo["features"] == []
