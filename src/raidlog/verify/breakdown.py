"""Does the per-place breakdown add up to the stated total?

An item with one count over several places and no word saying "each" or
"combined" can be read either way; every combination of readings is summed
(``breakdown-ambiguous`` names the ones that reach the total), and when none
does, ``breakdown-sum-mismatch`` is an error. A place named without a count
("shot down 28 over Kyiv, Kharkiv and Sumy regions") leaves the sum open: no
mismatch can be told."""

from __future__ import annotations

from itertools import product
from typing import TYPE_CHECKING

from raidlog.model import BreakdownItem, Claim, Finding, borrowed_items

if TYPE_CHECKING:
    from raidlog.extract.pipeline import Doc

MAX_AMBIGUOUS = 10  # 2**10 readings at most


def _value(item: BreakdownItem, each: bool) -> int:
    if item.count is None:
        return 0
    return item.count * len(item.places) if each else item.count


def _open_items(claim: Claim) -> list[BreakdownItem]:
    """The items read both ways: one count over several places, with no word saying which."""
    return [it for it in claim.breakdown if it.subset_of is None and it.each is None
            and len(it.places) > 1 and it.count is not None]


def readings(claim: Claim, unplaced: int = 0) -> list[dict]:
    """Every combination of readings of the first ``MAX_AMBIGUOUS`` open items; the later ones
    count as one combined count each (as written). ``unplaced``: the claim's parts its list told with no
    place, in the total and in no item."""
    top = [it for it in claim.breakdown if it.subset_of is None]
    open_items = _open_items(claim)[:MAX_AMBIGUOUS]
    fixed = sum(_value(it, bool(it.each)) for it in top if not any(it is o for o in open_items))
    out = []
    for choice in product((False, True), repeat=len(open_items)):
        total = fixed + sum(_value(it, each) for it, each in zip(open_items, choice, strict=True))
        uniform = len(set(choice)) <= 1
        out.append({
            "each": list(choice),
            "sum": total,
            # ("six drones over Odesa, nine over Mykolaiv, along with three cruise missiles": the
            # places may count one weapon type of the claim)
            "matches": claim_total(claim) == total + unplaced or any(w.destroyed == total for w in claim.weapons),
            "confidence": "medium" if uniform else "low",
        })
    return out


def claim_total(claim: Claim) -> int | None:
    return claim.destroyed if claim.destroyed is not None else claim.launched


def _describe(item: BreakdownItem) -> str:
    return item.evidence[0].text if item.evidence else f"{item.count or 'some'} over {len(item.places)} places"


def check(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    borrowed = borrowed_items(doc.claims)  # (another voice's counts a whole also lists as its parts)
    for claim in doc.claims:
        if not claim.breakdown:
            continue
        unplaced = doc.unplaced.get(claim.id, 0)
        if claim.id in doc.each_by_sum:
            out.append(_each_by_sum(claim, doc.each_by_sum[claim.id], unplaced))
        total = claim_total(claim)
        rs = readings(claim, unplaced)
        open_items = _open_items(claim)[:MAX_AMBIGUOUS]  # the items the readings vary
        evidence = tuple(it.evidence[0] for it in open_items) or tuple(
            it.evidence[0] for it in claim.breakdown if it.evidence)
        if total is None:
            if open_items:
                out.append(_ambiguous(claim, open_items, rs, None, evidence))
            continue
        matching = [r for r in rs if r["matches"]]
        tops = [it for it in claim.breakdown if it.subset_of is None]  # (the items no other item holds)
        if any(it.count is None for it in tops) and not matching:
            continue  # places named without counts: the sum cannot be checked
        if not matching and tops and all((claim.id, k) in borrowed
                                         for k, it in enumerate(claim.breakdown) if it.subset_of is None):
            continue  # the whole's parts that other voices told: some of its places, never all of them
        if matching and open_items:
            out.append(_ambiguous(claim, open_items, rs, total, evidence))
        elif not matching:
            sums = sorted({r["sum"] for r in rs})
            how = (f"the breakdown adds up to {sums[0]}" if len(sums) == 1
                   else "no reading of the breakdown reaches it: " + _list_readings(open_items, rs))
            out.append(Finding(
                "breakdown-sum-mismatch", "error",
                f"{claim.claimant.name} states a total of {total}, but {how}.",
                claim.id, (claim.evidence[0], *evidence) if claim.evidence else evidence,
                "Check the total and each per-region count against the original statement.",
                data={"total": total, "readings": rs},
            ))
    return out


def _each_by_sum(claim: Claim, indexes: tuple[int, ...], unplaced: int = 0) -> Finding:
    """The extractor read these items as "each" because only that reading reaches the total."""
    items = [claim.breakdown[k] for k in indexes]
    names = " and ".join(f"\u201c{_describe(it)}\u201d" for it in items)
    less = f" (less {unplaced} told with no place)" if unplaced else ""
    return Finding(
        "breakdown-ambiguous", "warning",
        f"{names} can mean one combined count or a count for each place; read as each place's count, "
        f"because only that reading adds up to the stated total of {claim_total(claim)}{less}.",
        claim.id, tuple(it.evidence[0] for it in items if it.evidence),
        "Find the original statement: its wording (e.g. \u201cпо 3\u201d = 3 each) decides.",
        data={"total": claim_total(claim), "each_by_sum": list(indexes)},
    )


def _list_readings(open_items: list[BreakdownItem], rs: list[dict]) -> str:
    parts = []
    for r in rs:
        words = [f"\u201c{_describe(it)}\u201d {'each' if e else 'combined'}"
                 for it, e in zip(open_items, r["each"], strict=True)]
        parts.append(f"{' and '.join(words)} = {r['sum']}")
    return "; ".join(parts)


def _ambiguous(claim: Claim, open_items, rs, total, evidence) -> Finding:
    names = " and ".join(f"\u201c{_describe(it)}\u201d" for it in open_items)
    matching = [r for r in rs if r["matches"]]
    if total is None:
        verdict = "No total is stated to decide."
    elif any(r["confidence"] == "medium" for r in matching):
        verdict = f"The stated total {total} matches the reading{'s' if len(matching) > 1 else ''} marked \u2713."
    else:
        verdict = (f"Only a mixed reading reaches the stated total {total}; a list rarely mixes "
                   "readings, so this is a low-confidence match.")
    lines = []
    for r in rs:
        words = ", ".join(f"{'each' if e else 'combined'}" for e in r["each"])
        mark = " \u2713" if r["matches"] else ""
        lines.append(f"{words} = {r['sum']}{mark}")
    return Finding(
        "breakdown-ambiguous", "warning",
        f"{names} can each mean one combined count or a count for each place. "
        f"Readings (in text order): {'; '.join(lines)}. {verdict}",
        claim.id, evidence,
        "Find the original statement: its wording (e.g. \u201cпо 3\u201d = 3 each) decides.",
        data={"total": total, "readings": rs},
    )
