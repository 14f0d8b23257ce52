"""Every finding code raidlog emits, in one catalogue: its severities, its level (a check of one
document, or of the ledger across documents) and when it fires.

The checks (raidlog.verify.*, raidlog.store.reconcile) emit these codes; the JSON Schema's
``Finding.code`` enum is built from this catalogue (raidlog.schema), docs/findings.md lists it,
and a test holds the three and the code together: a new check is one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FindingCode:
    code: str
    severities: tuple[str, ...]  # the severities it is given (some depend on how sure the check is)
    level: str  # "document": one report's own check; "ledger": across documents, by reconciliation
    when: str


FINDING_CODES: dict[str, FindingCode] = {f.code: f for f in (
    FindingCode("breakdown-sum-mismatch", ("error",), "document",
                "the per-place counts of a claim cannot add up to its stated total under any reading"),
    FindingCode("breakdown-ambiguous", ("warning",), "document",
                "a count over several places may be one combined count or a count for each, and the "
                "total does not decide"),
    FindingCode("official-name-misspelt", ("warning",), "document",
                "an official's name is read as a known official's despite a different spelling"),
    FindingCode("official-role-mismatch", ("warning",), "document",
                "a person is called an official of a region or office that the officials list does not "
                "give them on that day"),
    FindingCode("place-misspelt", ("warning",), "document",
                "a place name is not known as written and is read as the closest known spelling"),
    FindingCode("place-unknown", ("warning", "info"), "document",
                "a name looks like a place but matches nothing in the gazetteer (info: a district or "
                "town inside a known region, without coordinates)"),
    FindingCode("place-ambiguous", ("warning", "info"), "document",
                "a name fits several places: resolved by context (info) or not decided by the text "
                "(warning)"),
    FindingCode("place-outside-theatre", ("warning",), "document",
                "a place resolves far from the theatre of the Russia-Ukraine war"),
    FindingCode("regions-attacked-without-interceptions", ("warning",), "document",
                "officials in the document report attacks in regions that its interception breakdown "
                "does not list"),
    FindingCode("window-year-missing", ("warning",), "document",
                "a window gives no year and no publication date is known"),
    FindingCode("window-timezone-assumed", ("info",), "document",
                "a window names no time zone; the claimant's usual zone is assumed"),
    FindingCode("window-invalid", ("error",), "document",
                "a window ends before it starts, or an overnight window lasts implausibly long"),
    FindingCode("sources-disagree", ("warning",), "ledger",
                "sources of one claim group (the same claimant's claim for a day) give different totals "
                "or breakdowns"),
    FindingCode("window-overlap", ("warning",), "ledger",
                "two posts of one claimant in one source cover overlapping windows on a day: a possible "
                "double count"),
    FindingCode("incident-region-not-in-breakdown", ("warning",), "ledger",
                "an official reports an attack in a region that the claimant's breakdown of that day "
                "does not list"),
    FindingCode("breakdown-region-no-attack-reported", ("info",), "ledger",
                "a breakdown lists a region whose officials reported that day without any attack"),
)}
