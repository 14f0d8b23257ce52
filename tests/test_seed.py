"""The seed article (read from ../shared, never copied): every point of
seed-article.expected.md, through the library and through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import raidlog

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed-article.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus is not beside the repo")


@pytest.fixture(scope="module")
def report():
    return raidlog.extract(SEED.read_text("utf-8"), published="2025-11-12")


@pytest.fixture(scope="module")
def text():
    return SEED.read_text("utf-8")


def codes(report, code):
    return [f for f in report.findings if f.code == code]


def test_four_claimants(report):
    assert [(c.name, c.kind, c.side, c.person) for c in report.claimants] == [
        ("Russian Ministry of Defence", "ministry", "RU", None),
        ("Governor of Rostov Oblast", "governor", "RU", "Yuri Slyusar"),
        ("Governor of Stavropol Krai", "governor", "RU", "Vladimir Volkov"),
        ("Regional authorities", "authorities", "RU", None),
    ]
    assert report.claimants[1].as_written == "Rostov Governor Yuri Slezar"


def test_one_ministry_claim_of_22_drones(report):
    assert len(report.claims) == 1
    claim = report.claims[0]
    assert (claim.claimant.kind, claim.weapon, claim.destroyed, claim.launched) == ("ministry", "drone", 22, None)
    assert claim.hedged is True
    assert claim.scope == "report"


def test_breakdown(report):
    items = [([p.iso for p in it.places], it.count, it.each) for it in report.claims[0].breakdown]
    assert items == [
        (["RU-ROS"], 8, None),
        (["RU-STA"], 4, None),
        (["RU-ORL", "RU-BRY"], 3, None),
        (["RU-TUL", "RU-KLU"], 2, None),
        (["RU-MOS", "RU-KRS"], 1, True),
    ]


def test_evidence_spans_point_into_the_original(report, text):
    claim = report.claims[0]
    for item in claim.breakdown:
        for span in item.evidence:
            assert text[span.start : span.end] == span.text
    assert claim.breakdown[2].evidence[0].text == "three over the Oryol and Bryansk Regions"
    for f in report.findings:
        for span in f.evidence:
            assert text[span.start : span.end] == span.text


def test_ambiguity_readings(report):
    [finding] = codes(report, "breakdown-ambiguous")
    readings = {tuple(r["each"]): (r["sum"], r["matches"]) for r in finding.data["readings"]}
    assert readings == {
        (False, False): (19, False),
        (True, True): (24, False),
        (True, False): (22, True),
        (False, True): (21, False),
    }
    assert "19" in finding.message and "24" in finding.message and "22 \u2713" in finding.message
    assert "low-confidence" in finding.message
    assert not codes(report, "breakdown-sum-mismatch")


def test_window_with_published_date(report):
    w = report.claims[0].window
    assert (w.start, w.end, w.timezone, w.timezone_assumed) == (
        "2025-11-11T23:23:00+03:00", "2025-11-12T07:00:00+03:00", "Europe/Moscow", True)
    assert codes(report, "window-timezone-assumed")
    assert not codes(report, "window-year-missing")


def test_window_without_published_date_says_year_missing(text):
    rep = raidlog.extract(text)
    w = rep.claims[0].window
    assert (w.start, w.end) == (None, None)
    [missing] = codes(rep, "window-year-missing")
    assert missing.claim == rep.claims[0].id


def test_incidents(report):
    got = [(i.kind, [(p.name, p.kind, p.iso) for p in i.places], i.reporter.name) for i in report.incidents]
    assert got[0][0] == "attack_repelled"
    assert got[0][1][:2] == [("Donetsk", "locality", "RU-ROS"), ("Novoshakhtinsk", "locality", "RU-ROS")]
    assert got[0][1][2][1:] == ("district", "RU-ROS")
    assert set(report.incidents[0].kinds) == {"attack_repelled", "attack_reported"}
    assert (report.incidents[0].injured, report.incidents[0].killed) == (None, None)
    assert got[1] == ("fire", [("Budyonnovsk", "locality", "RU-STA")], "Governor of Stavropol Krai")
    assert "debris" in report.incidents[1].kinds
    assert got[2][0] == "attack_reported"
    assert [p.iso for p in report.incidents[2].places] == ["RU-MO", "RU-KB", "RU-DA", "RU-SE", "RU-STA", "RU-IVA"]
    assert got[2][2] == "Regional authorities"


def test_donetsk_is_the_rostov_town(report):
    donetsk = report.incidents[0].places[0]
    assert (donetsk.geonames_id, donetsk.as_written) == (565348, "Donetsk")
    ambiguous = [f for f in codes(report, "place-ambiguous") if f.evidence[0].text == "Donetsk"]
    assert ambiguous and "Rostov Oblast" in ambiguous[0].message


def test_misspelt_place(report):
    [f] = codes(report, "place-misspelt")
    assert f.evidence[0].text == "Novoshakinsk"
    assert f.suggestion == "Novoshakhtinsk"


def test_place_outside_theatre(report):
    [f] = codes(report, "place-outside-theatre")
    assert f.evidence[0].text == "Sacramento County"
    assert "California" in f.message


def test_officials(report):
    [name] = codes(report, "official-name-misspelt")
    assert name.evidence[0].text == "Yuri Slezar" and name.suggestion == "Yuri Slyusar"
    [role] = codes(report, "official-role-mismatch")
    assert role.evidence[0].text == "Vladimir Volkov"
    assert "Vladimir Vladimirov" in role.message and "Stavropol Krai" in role.message


def test_regions_attacked_without_interceptions(report):
    [f] = codes(report, "regions-attacked-without-interceptions")
    assert f.data["regions"] == ["RU-MO", "RU-KB", "RU-DA", "RU-SE", "RU-IVA"]


def test_commentary(report):
    starts = [c.text.split(",")[0].split(" ")[:3] for c in report.commentary]
    texts = [c.text for c in report.commentary]
    assert any(t.startswith("The incident highlights") for t in texts)
    assert any(t.startswith("These measures aim to prevent panic") for t in texts)
    assert any(t.startswith("The incidents also raise questions") for t in texts)
    assert any(t.startswith("The mention of California") for t in texts)
    assert not any("22 Ukrainian drones" in t or "Rostov Region" in t for t in texts)
    assert starts


def test_cli_json_matches_library():
    out = subprocess.run(
        [sys.executable, "-m", "raidlog", "extract", "--json", "--published", "2025-11-12", str(SEED)],
        capture_output=True, text=True, check=True,
    )
    data = json.loads(out.stdout)
    assert data["claims"][0]["window"]["start"] == "2025-11-11T23:23:00+03:00"
    assert sorted({f["code"] for f in data["findings"]}) == [
        "breakdown-ambiguous", "official-name-misspelt", "official-role-mismatch", "place-ambiguous",
        "place-misspelt", "place-outside-theatre", "regions-attacked-without-interceptions",
        "window-timezone-assumed",
    ]
