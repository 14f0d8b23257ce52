"""Round trip: a synthetic report (:mod:`raidlog.synth`) read by ``raidlog.extract``
gives back the one claim it was written from."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import raidlog
from raidlog.model import Claim
from raidlog.synth import SIZES, Synthetic, generate
from tests.projection import claim_facts

# Findings a generated report must never raise: its breakdown adds up, says "each" or
# "combined" for every multi-place item, and names only places spelt as the gazetteer has them.
FORBIDDEN = {"breakdown-sum-mismatch", "breakdown-ambiguous", "place-unknown", "place-misspelt"}


def projected(claim: Claim, truth: dict[str, Any]) -> dict[str, Any]:
    """The claim's facts, restricted to what ``truth`` states."""
    facts = claim_facts(claim)
    out = {key: facts[key] for key in truth}
    out["claimant"] = {key: facts["claimant"][key] for key in ("kind", "side")}
    return out


def read(s: Synthetic) -> tuple[list[dict[str, Any]], list[str]]:
    report = raidlog.extract(s.text, published=s.published)
    claims = [projected(c, s.truth) for c in report.claims]
    return claims, sorted({f.code for f in report.findings} & FORBIDDEN)


def check(s: Synthetic) -> None:
    claims, codes = read(s)
    context = f"\npublished {s.published}; text:\n{s.text}"
    assert claims == [s.truth], context
    assert codes == [], context


@pytest.mark.parametrize("size", SIZES)
@settings(max_examples=200, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_roundtrip(size: str, seed: int) -> None:
    check(generate(random.Random(seed), size=size))


# An article's padding names no place outside the theatre, and its governor is spelt as the
# officials table has him, heads the region he speaks for and that region is in the breakdown.
CLEAN_ARTICLE = {"official-name-misspelt", "official-role-mismatch",
                 "regions-attacked-without-interceptions", "place-outside-theatre"}


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_article_padding_raises_no_finding(seed: int) -> None:
    s = generate(random.Random(seed), size="article")
    report = raidlog.extract(s.text, published=s.published)
    codes = sorted({f.code for f in report.findings} & CLEAN_ARTICLE)
    assert codes == [], f"\npublished {s.published}; text:\n{s.text}"


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_generate_is_deterministic(seed: int) -> None:
    for size in SIZES:
        assert generate(random.Random(seed), size=size) == generate(random.Random(seed), size=size)


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_article_size_and_total(seed: int) -> None:
    s = generate(random.Random(seed), size="article")
    assert 1024 <= len(s.text.encode("utf-8")) <= 3072
    items = s.truth["breakdown"]
    assert s.truth["destroyed"] == sum(it["count"] * (len(it["places"]) if it["each"] else 1) for it in items)


# -- fixed seeds: one generated text each, every value written out -----------------

MOD = {"kind": "ministry", "side": "RU"}


def window(start: str, end: str, assumed: bool) -> dict[str, Any]:
    return {"start": start, "end": end, "timezone": "Europe/Moscow", "timezone_assumed": assumed}


def item(places: list[str], count: int, each: bool | None) -> dict[str, Any]:
    return {"places": places, "count": count, "each": each}


EXAMPLES = [
    pytest.param(
        14, "short", "2024-09-18",
        "MOSCOW, September 18. /TASS/. Sixty Ukrainian fixed-wing drones were destroyed during the "
        "night, Russia's Ministry of Defense reported.\n\n\u201cFrom 9:00 pm Moscow time (6 pm GMT) on "
        "September 17 until 9:00 am Moscow time (6:00 am GMT) on September 18, on-duty air defense "
        "systems intercepted and destroyed sixty Ukrainian fixed-wing unmanned aerial vehicles: "
        "twenty-six over the Voronezh Region, nine over the Republic of Crimea, eight over the Tambov "
        "Region, six over the Ryazan Region, five over the Republic of Dagestan, and one each over the "
        "Kaluga Region, the Smolensk Region, the Rostov region, Krasnodar Krai, the Tver Region and the "
        "Chukotka Autonomous Okrug,\u201d the ministry said.\n",
        {"claimant": MOD, "destroyed": 60, "launched": None,
         "window": window("2024-09-17T21:00:00+03:00", "2024-09-18T09:00:00+03:00", False),
         "breakdown": [item(["RU-VOR"], 26, None), item(["UA-43"], 9, None), item(["RU-TAM"], 8, None),
                       item(["RU-RYA"], 6, None), item(["RU-DA"], 5, None),
                       item(["RU-KLU", "RU-SMO", "RU-ROS", "RU-KDA", "RU-TVE", "RU-CHU"], 1, True)]},
        id="tass-quote-moscow-time-words",
    ),
    pytest.param(
        249, "short", "2025-03-05",
        "Between 9:40 p.m. and 7 am on March 5, on-duty air defense systems intercepted and destroyed "
        "twenty-four Ukrainian UAVs: eight over the Republic of Crimea and Tula Oblast each, a total of "
        "two over the Oryol Region and Stavropol Krai and one each over Krasnodar Krai, the Kaluga "
        "Region, the Kursk Region, the Moscow Region, the Bryansk Region and Smolensk Oblast, the "
        "Russian Defense Ministry said.\n",
        {"claimant": MOD, "destroyed": 24, "launched": None,
         "window": window("2025-03-04T21:40:00+03:00", "2025-03-05T07:00:00+03:00", True),
         "breakdown": [item(["UA-43", "RU-TUL"], 8, True), item(["RU-ORL", "RU-STA"], 2, False),
                       item(["RU-KDA", "RU-KLU", "RU-KRS", "RU-MOS", "RU-BRY", "RU-SMO"], 1, True)]},
        id="one-sentence-12h-window-total-of",
    ),
    pytest.param(
        70, "short", "2024-09-30",
        "Russia's Defense Ministry reported that air defenses had destroyed twenty-six Ukrainian UAVs."
        "\n\nAir defense interceptors shot down eight UAVs apiece over the Tver and Chelyabinsk Regions, "
        "five over Stavropol Krai, and single UAVs over the Kaluga Region, the Sea of Azov, the Tula "
        "Region, Krasnodar Krai and the Rostov Region.\n\nThe interceptions took place from 14:00 to "
        "19:00, the ministry said.\n",
        {"claimant": MOD, "destroyed": 26, "launched": None,
         "window": window("2024-09-30T14:00:00+03:00", "2024-09-30T19:00:00+03:00", True),
         "breakdown": [item(["RU-TVE", "RU-CHE"], 8, True), item(["RU-STA"], 5, None),
                       item(["RU-KLU", "Sea of Azov", "RU-TUL", "RU-KDA", "RU-ROS"], 1, True)]},
        id="news-sentences-24h-window-single-drones",
    ),
    pytest.param(
        140, "short", "2024-09-06",
        "Russian air defense systems destroyed four Ukrainian fixed-wing drones over the Bryansk Region "
        "over the past night, the Russian Defense Ministry said.\n\nThe interceptions took place from "
        "21:00 until 06:00, the ministry said.\n",
        {"claimant": MOD, "destroyed": 4, "launched": None,
         "window": window("2024-09-05T21:00:00+03:00", "2024-09-06T06:00:00+03:00", True),
         "breakdown": [item(["RU-BRY"], 4, None)]},
        id="one-region-night-window",
    ),
    pytest.param(
        23, "article", "2025-03-24",
        None,
        {"claimant": MOD, "destroyed": 10, "launched": None,
         "window": window("2025-03-24T18:00:00+03:00", "2025-03-24T20:00:00+03:00", True),
         "breakdown": [item(["RU-TAM"], 8, None), item(["RU-KRS", "RU-ORL"], 1, True)]},
        id="article-headline-governor",
    ),
]
ARTICLE_23 = (
    "Russia says it downed 10 Ukrainian aircraft-type drones\n\nFrom 6:00 pm on March 24 to 8:00 pm, "
    "on-duty air defense systems intercepted and destroyed 10 Ukrainian aircraft-type drones: 8 over "
    "the Tambov region, and 1 each over the Kursk and Oryol Regions, the Russian Defense Ministry said.\n\n"
)
GOVERNOR_23 = ("In the Oryol Region, Governor Andrey Klychkov said fragments of a drone fell on an "
               "empty field, and there were no casualties.")


@pytest.mark.parametrize(("seed", "size", "published", "text", "truth"), EXAMPLES)
def test_example(seed: int, size: str, published: str, text: str | None, truth: dict[str, Any]) -> None:
    s = generate(random.Random(seed), size=size)
    assert (s.published, s.truth) == (published, truth)
    if text is not None:
        assert s.text == text
    else:
        assert s.text.startswith(ARTICLE_23)
        assert f"\n\n{GOVERNOR_23}\n\n" in s.text
        assert len(s.text.encode("utf-8")) == 1274
    assert read(s) == ([truth], [])
