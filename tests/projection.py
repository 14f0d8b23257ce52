"""The facts a test case pins: a compact, readable projection of a Report.

Case files (``tests/cases/<lang>/<name>.json``) hold exactly this shape, so a
case states what a careful analyst would record, not incidental details.
"""

from __future__ import annotations

from typing import Any

from raidlog.model import Claim, Claimant, Incident, Place, Report


def place_key(place: Place) -> str:
    """admin1/country: the ISO code; sea: its English name; locality and district (raion,
    hromada, okrug, city district): "Name (ISO)", the district's name with its type word
    ("Rylsky District (RU-KRS)", "Myropil hromada (UA-59)"); anything else: "kind:name"."""
    if place.kind in ("admin1", "country"):
        return place.iso or place.name
    if place.kind == "sea":
        return place.name
    if place.kind in ("locality", "district"):
        return f"{place.name} ({place.iso})"
    return f"{place.kind}:{place.name}"


def claimant_facts(claimant: Claimant | None) -> dict[str, Any] | None:
    if claimant is None:
        return None
    facts: dict[str, Any] = {"kind": claimant.kind, "side": claimant.side}
    if claimant.person:
        facts["person"] = claimant.person
    return facts


def claim_facts(claim: Claim) -> dict[str, Any]:
    window = claim.window
    return {
        "claimant": claimant_facts(claim.claimant),
        "weapon": claim.weapon,
        "destroyed": claim.destroyed,
        "launched": claim.launched,
        "scope": claim.scope,
        "hedged": claim.hedged,
        "window": None
        if window is None
        else {
            "start": window.start,
            "end": window.end,
            "timezone": window.timezone,
            "timezone_assumed": window.timezone_assumed,
        },
        "breakdown": [
            {"places": [place_key(p) for p in item.places], "count": item.count, "each": item.each}
            for item in claim.breakdown
        ],
        "weapons": [
            {"type": w.type, "model": w.model, "launched": w.launched, "destroyed": w.destroyed}
            for w in claim.weapons
        ],
    }


def incident_facts(incident: Incident) -> dict[str, Any]:
    return {
        "kind": incident.kind,
        "places": [place_key(p) for p in incident.places],
        "reporter": claimant_facts(incident.reporter),
        "injured": incident.injured,
        "killed": incident.killed,
        # "hits at 8 locations" (only where the text counts locations)
        **({"locations": incident.locations} if incident.locations is not None else {}),
    }


def report_facts(report: Report) -> dict[str, Any]:
    return {
        "claims": [claim_facts(c) for c in report.claims],
        "incidents": [incident_facts(i) for i in report.incidents],
        "findings": sorted({f.code for f in report.findings}),
    }
