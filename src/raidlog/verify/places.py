"""Place checks: ``place-misspelt``, ``place-ambiguous``, ``place-unknown`` and
``place-outside-theatre``, one finding per mention."""

from __future__ import annotations

from typing import TYPE_CHECKING

from raidlog.model import Finding, Place

if TYPE_CHECKING:
    from raidlog.extract.pipeline import Doc


def describe(p: Place) -> str:
    where = p.region if p.region and p.region != p.name else None
    country = p.country if p.kind != "country" else None
    # a village GeoNames lacks: its point is its hromada's
    approximate = "approximate location" if p.unit == "approximate" else None
    bits = [b for b in (where, country, approximate) if b]
    return f"{p.name} ({', '.join(bits)})" if bits else p.name


def check(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    outside_isos: set[str] = set()
    for m, res in zip(doc.mentions, doc.resolutions, strict=True):
        for r in res:
            base = m.sentence.start
            span = doc.span(base + r.hit.start, base + r.hit.end)
            written = r.hit.as_written
            if r.method == "fuzzy":
                out.append(Finding(
                    "place-misspelt", "warning",
                    f"\u201c{written}\u201d is not a known name; it is read as {describe(r.place)} "
                    f"(similarity {r.score:.0f}%).",
                    None, (span,), f"{r.place.name}", data={"place": r.place.id, "score": r.score},
                ))
            elif r.method == "unknown":
                out.append(Finding(
                    "place-unknown", "warning",
                    f"\u201c{written}\u201d looks like a place name but matches nothing in the gazetteer.",
                    None, (span,), "Check the spelling against the original report.",
                ))
            elif r.method == "local":
                elsewhere = "; ".join(describe(c) for c in r.candidates)
                # (or it knows the name in that region, but not as one place the text decides: named as it
                # spells it there)
                there = any(c.iso == r.within.iso for c in r.candidates)
                msg = (f"\u201c{written}\u201d is read as a village of {describe(r.within)}, by "
                       f"{r.context}; " + (f"the gazetteer's places of the name in its region do not decide "
                                           f"which ({elsewhere})." if there else
                                           f"the gazetteer knows the name only elsewhere ({elsewhere})."
                                           if elsewhere else "the gazetteer does not list it."))
                out.append(Finding("place-ambiguous" if elsewhere else "place-unknown", "info", msg,
                                   None, (span,), "Its coordinates are unknown; check the district.",
                                   data={"candidates": [c.id for c in r.candidates],
                                         "resolved": r.place.id, "within": r.within.id}))
            elif r.method in ("context", "unresolved"):
                options = "; ".join(describe(c) for c in r.candidates)
                if r.method == "context":
                    msg = (f"\u201c{written}\u201d names {len(r.candidates)} places ({options}); "
                           f"resolved to {describe(r.place)} by {r.context}.")
                    severity = "info"
                else:
                    msg = (f"\u201c{written}\u201d names {len(r.candidates)} places ({options}); "
                           "nothing in the text decides which.")
                    severity = "warning"
                out.append(Finding("place-ambiguous", severity, msg, None, (span,),
                                   "Name the region with the place to make it unambiguous.",
                                   data={"candidates": [c.id for c in r.candidates],
                                         "resolved": r.place.id if r.place else None}))
            if r.place is not None and not doc.gaz.in_theatre(r.place):
                if r.place.kind in ("admin1", "country") and r.place.iso in outside_isos:
                    continue  # "Sacramento County, California": one finding for the pair
                outside_isos.add(r.place.iso or r.place.name)
                out.append(Finding(
                    "place-outside-theatre", "warning",
                    f"{describe(r.place)} is far from the theatre of the Russia\u2013Ukraine war; "
                    "it is not mapped as a target.",
                    None, (span,), "Likely an unrelated reference or an error in the source.",
                    data={"place": r.place.id},
                ))
    return out
