"""Officials: ``official-name-misspelt`` and ``official-role-mismatch``, by the
officials table (who held which office on the publication date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from raidlog.model import Finding

if TYPE_CHECKING:
    from raidlog.extract.pipeline import Doc


def check(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple[str, str | None]] = set()
    for oc, offset in zip(doc.attribution.officials, doc.attribution.official_offsets, strict=True):
        match = oc.match
        if match is None or match.status in ("ok", "unknown") or not oc.person.role and match.status != "misspelt":
            continue
        key = (oc.person.name, oc.region)
        if key in seen:
            continue
        seen.add(key)
        span = doc.span(offset + oc.person.start, offset + oc.person.end)
        region = doc.gaz.region(oc.region)
        region_name = region.name if region else oc.region
        heads = ", ".join(f"{o.name} ({o.role.replace('_', ' ')}, {o.start or '?'}\u2013{o.end or 'now'})"
                          for o in match.expected)
        sources = sorted({s for o in match.expected for s in o.sources})
        if match.status == "misspelt":
            out.append(Finding(
                "official-name-misspelt", "warning",
                f"\u201c{oc.person.name}\u201d is read as {match.official.name} "
                f"({match.official.native}), {match.official.role.replace('_', ' ')} of {region_name} "
                f"(similarity {match.score:.0f}%).",
                None, (span,), match.official.name, data={"official": match.official.name, "sources": sources},
            ))
        else:
            out.append(Finding(
                "official-role-mismatch", "warning",
                f"\u201c{oc.person.name}\u201d is called {oc.person.role or 'an official'} speaking for "
                f"{region_name}, but the officials table lists {heads or 'someone else'} for that office.",
                None, (span,), "Check who made the statement; the name or the office is wrong.",
                data={"expected": [o.name for o in match.expected], "sources": sources},
            ))
    return out
