"""``regions-attacked-without-interceptions``: regions where the document's
officials report attacks but the interception breakdown lists nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from raidlog.geo import SURROUNDING
from raidlog.model import Finding

if TYPE_CHECKING:
    from raidlog.extract.pipeline import Doc


def check(doc: Doc) -> list[Finding]:
    with_breakdown = [c for c in doc.claims if c.breakdown and c.scope == "report"]
    if not with_breakdown:
        return []
    covered = {p.iso for c in with_breakdown for it in c.breakdown for p in it.places}
    # a city downed drones were flying to is counted with its region ("летевшего на Москву": RU-MOS)
    covered |= {city for city, region in SURROUNDING.items() if region in covered}
    countries = {p.country for c in with_breakdown for it in c.breakdown for p in it.places if p.country}
    missing: dict[str, list] = {}
    for inc in doc.incidents:
        for p in inc.places:
            if p.iso and p.iso not in covered and p.country in countries and doc.gaz.in_theatre(p):
                missing.setdefault(p.iso, []).append(inc)
    if not missing:
        return []
    names = []
    for iso in missing:
        region = doc.gaz.region(iso)
        names.append(region.name if region else iso)
    evidence = tuple({id(i): i.evidence[0] for incs in missing.values() for i in incs}.values())
    claim = with_breakdown[0]
    return [Finding(
        "regions-attacked-without-interceptions", "warning",
        f"Officials in this document report attacks in {', '.join(names)}, but the interception "
        f"breakdown of {claim.claimant.name} lists none there.",
        claim.id, evidence,
        "Either the breakdown is incomplete or the attacks were not intercepted there; compare "
        "with the officials' own posts.",
        data={"regions": list(missing)},
    )]
