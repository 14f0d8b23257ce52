"""Reconciliation of a few documents (a watch's, every few seconds): the claim groups and ledger
findings that the documents just stored (or newly versioned) can change, and only those, with
the results of :func:`raidlog.store.reconcile.reconcile` over their days. That full pass reads
every claim of each day and compares every two restatements, so in a watch that runs all day
its time and memory grew with the day's documents.

What a document's claims (the new version's, and its previous version's, which no longer count)
can change, by the rules of :mod:`raidlog.store.reconcile`:

- groups: a claim joins claims of its (side, scope, day) that it may restate (close numbers, the
  same claimant, see ``restates``) or whose window it shares. A claim's links are those of a
  *changed* claim (new or gone), or of a restatement for which a changed windowed claim is or was
  a candidate (which windowed claim it joins may change), or else they are what they were. So the
  groups of the changed claims are taken apart and formed again from their members, the changed
  claims and every claim that could link to one; a group none of whose claims changed stays whole
  (linked as one) and is rewritten only where it merges with another. The common case of a
  watch — new restatements, no claim gone and no window changed — takes no group apart: the
  groups a new restatement links to are found in SQL (``_RESTATING``) without reading their
  members, and it joins them (:func:`_attach`): the work per new claim does not grow with its
  group (a busy day's restatements of one claim are hundreds, and its ``sources-disagree``
  finding names its distinct values, not every member);
- ``window-overlap``: only among the windows of one claimant, source and day;
- the incident/breakdown findings: only on the days of a ministry's or governor's claim or of an
  incident;
- ``daily_stats``: only the rows of the claimants whose claims were grouped anew.

The ledger must be reconciled (fully or so) but for ``documents``; reconciling documents twice
changes nothing.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import (
    Boolean,
    Connection,
    Integer,
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    update,
)

from raidlog.store import schema as t
from raidlog.store.reconcile import (
    GROUP_VALUES,
    INCIDENT_CODES,
    REVISION,
    REVISION_FLOOR,
    VAGUE_CLAIMANTS,
    StoredClaim,
    add_values,
    breakdown_of,
    closest_windowed,
    has_window,
    incident_regions,
    merge_values,
    parse_time,
    primary_of,
    reconcile_lock,
    restates,
    same_window_claim,
    settle_group,
    values_of,
    window_overlaps,
    write_findings,
    write_group,
)
from raidlog.store.summary import rebuild_claimant_stats

c, d, ip = t.claims.c, t.documents, t.item_places.c

# Statements built once, each run with its parameters: a watch reconciles every few seconds and
# SQLite keeps the latest 128 prepared statements per connection (see reconcile._load_claims).
_CLAIM = select(
    c.id, c.document_id, d.c.source, d.c.name, d.c.doc_hash, c.ref, c.claimant_name, c.claimant_kind, c.side,
    c.scope, c.day, c.window_start_utc, c.window_end_utc, c.destroyed, c.launched, c.group_id, d.c.is_current,
    ip.item_position, ip.position, func.coalesce(ip.iso, ip.place_id).label("iso"), ip.count.label("item_count"),
).select_from(t.claims.join(d, d.c.id == c.document_id).outerjoin(t.item_places, ip.claim_id == c.id))
_PART = and_(c.side == bindparam("side"), c.scope == bindparam("scope"), c.day == bindparam("day"),
             d.c.is_current.is_(True))
_OF_DOCUMENT = _CLAIM.where(c.document_id == bindparam("doc"), c.day.is_not(None))
_WINDOWED = _CLAIM.where(_PART, c.window_start_utc.is_not(None), c.window_end_utc.is_not(None))
_LIGHT = select(
    c.id, c.document_id, d.c.source, d.c.name, d.c.doc_hash, c.ref, c.claimant_name, c.claimant_kind, c.side,
    c.scope, c.day, c.window_start_utc, c.window_end_utc, c.destroyed, c.launched, c.group_id, d.c.is_current,
).select_from(t.claims.join(d, d.c.id == c.document_id))
_LOOSE = (c.window_start_utc.is_(None)) | (c.window_end_utc.is_(None))
_LOOSE_NEAR = _LIGHT.where(_PART, c.document_id != bindparam("doc"), _LOOSE,
                           func.coalesce(c.destroyed, c.launched).between(bindparam("low"), bindparam("high")))


def _near(a, b):
    """reconcile._near in SQL, of two stated counts."""
    diff = func.abs(a - b)
    return or_(diff <= REVISION_FLOOR, diff <= a * REVISION, diff <= b * REVISION)


_TOTAL = func.coalesce(c.destroyed, c.launched)
_X_LAUNCHED = bindparam("launched", type_=Integer)
# reconcile.restates(x, claim) in SQL, for the claims of x's part (x's total stated): another
# document, the same claimant or a vague one, close numbers
_RESTATES = and_(
    c.document_id != bindparam("doc"), _TOTAL.between(bindparam("low"), bindparam("high")),  # an index's range
    _near(_TOTAL, bindparam("total", type_=Integer)),
    or_(_X_LAUNCHED.is_(None), c.launched.is_(None), _near(c.launched, _X_LAUNCHED)),
    or_(c.claimant_name == bindparam("claimant"), bindparam("vague", type_=Boolean),
        c.claimant_name.in_(sorted(VAGUE_CLAIMANTS))))
# the groups (-claim id: a claim in none) of the restatements x restates or is restated by …
_RESTATING = (select(func.coalesce(c.group_id, -c.id)).select_from(t.claims.join(d, d.c.id == c.document_id))
              .where(_PART, _LOOSE, _RESTATES).distinct())
# … of those before x in content order (a document's hash first: the same in any collation)
_RESTATING_BEFORE = _RESTATING.where(d.c.doc_hash < bindparam("doc_hash"))
_RESTATING_IN = _LIGHT.where(_PART, _LOOSE, _RESTATES, c.group_id == bindparam("group"))
_RESTATING_SAME_TEXT = _LIGHT.where(_PART, _LOOSE, _RESTATES, d.c.doc_hash == bindparam("doc_hash"),
                                    func.coalesce(c.group_id, 0) != bindparam("group"))  # not the windowed claim's
_LIGHT_BY_ID = _LIGHT.where(c.id == bindparam("claim"))
_BY_ID = _CLAIM.where(c.id == bindparam("claim"))
_MEMBERS = _CLAIM.where(c.group_id == bindparam("group"), d.c.is_current.is_(True))
_MINISTRY = _CLAIM.where(c.day == bindparam("day"), c.claimant_kind == "ministry", c.scope == "report",
                         d.c.is_current.is_(True))
_VERSIONS = select(d.c.id, d.c.previous_id).where(d.c.id == bindparam("doc"))
_INCIDENT_DAYS = select(t.incidents.c.day).where(t.incidents.c.document_id == bindparam("doc"))
_UNGROUP = update(t.claims).where(t.claims.c.group_id == bindparam("group")).values(group_id=None)
_DROP_GROUP = delete(t.claim_groups).where(t.claim_groups.c.id == bindparam("group"))
_DROP_GROUP_VALUES = delete(t.group_values).where(t.group_values.c.group_id == bindparam("group"))
_GROUP = select(t.claim_groups.c.id, t.claim_groups.c.sources, t.claim_groups.c.primary_claim_id).where(
    t.claim_groups.c.id == bindparam("group"))
_DOCUMENTS_OF = select(c.document_id).where(c.group_id == bindparam("group")).distinct()
_GROUPS_OF_DOCUMENT = select(c.group_id).where(c.document_id == bindparam("doc"))
_MOVE = update(t.claims).where(t.claims.c.group_id == bindparam("from_group")).values(group_id=bindparam("to_group"))
_JOIN = update(t.claims).where(t.claims.c.id == bindparam("claim")).values(group_id=bindparam("to_group"))
_DROP_GROUP_FINDINGS = delete(t.findings).where(t.findings.c.group_id == bindparam("group"))
_DROP_OVERLAPS = delete(t.findings).where(
    t.findings.c.scope == "ledger", t.findings.c.code == "window-overlap", t.findings.c.day == bindparam("day"),
    t.findings.c.claim_id.in_(
        select(c.id).join(d, d.c.id == c.document_id)
        .where(c.claimant_name == bindparam("claimant"), d.c.source == bindparam("source"),
               c.day == bindparam("day"))))
_OVERLAP_CANDIDATES = _CLAIM.where(c.claimant_name == bindparam("claimant"), d.c.source == bindparam("source"),
                                   c.day == bindparam("day"), d.c.is_current.is_(True),
                                   c.window_start_utc.is_not(None), c.window_end_utc.is_not(None))
_DROP_INCIDENT_FINDINGS = delete(t.findings).where(
    t.findings.c.scope == "ledger", t.findings.c.code.in_(INCIDENT_CODES), t.findings.c.day == bindparam("day"))


def _fetch(conn: Connection, statement, known: dict[int, StoredClaim] | None = None, **params) -> list[StoredClaim]:
    """Claims (sorted by content) from one of the statements above (_LIGHT's without their
    breakdowns: see _regroup); those of ``known`` are taken from there."""
    known = known or {}
    parts: dict[int, list] = defaultdict(list)
    first: dict[int, tuple] = {}
    for r in conn.execute(statement, params):
        if r[0] not in first:
            first[r[0]] = r
        if len(r) > 17 and r[17] is not None:  # an item's place (item_position, position, iso, count)
            parts[r[0]].append(((r[17], r[18]), r[19], r[20]))
    out = []
    for claim_id, r in first.items():
        if claim_id in known:
            out.append(known[claim_id])
            continue
        (_id, doc, source, name, doc_hash, ref, claimant, kind, side, scope, day, start, end, destroyed, launched,
         group_id, current) = r[:17]
        items = parts.get(claim_id, ())
        out.append(StoredClaim(
            claim_id, doc, source, name, claimant, kind, side, scope, day, parse_time(start), parse_time(end),
            destroyed if destroyed is not None else launched, launched,
            breakdown_of(items), frozenset(iso for _, iso, _ in items if iso),
            (doc_hash, source, name, ref), group_id, bool(current)))
    out.sort(key=lambda x: (x.day, x.key))
    return out


def _band(total: int) -> tuple[int, int]:
    """The totals a claim with ``total`` may be close to (reconcile._near), a little wider."""
    return (math.floor(min(total - REVISION_FLOOR, (1 - REVISION) * total)) - 1,
            math.ceil(max(total + REVISION_FLOOR, total / (1 - REVISION))) + 1)


def reconcile_documents(conn: Connection, documents: Iterable[int]) -> int:
    """Reconcile what the documents with ids ``documents`` (stored since the last reconcile, any
    version) change; returns the number of ledger findings written anew."""
    reconcile_lock(conn, immediate=True)
    docs: set[int] = set()
    for doc in set(documents):
        for row in conn.execute(_VERSIONS, {"doc": doc}):
            docs.add(row.id)
            if row.previous_id is not None:
                docs.add(row.previous_id)  # its claims no longer count, if this one is current
    changed: list[StoredClaim] = []
    incident_days: set[str] = set()
    for doc in sorted(docs):
        changed += _fetch(conn, _OF_DOCUMENT, doc=doc)
        incident_days |= {day for day in conn.execute(_INCIDENT_DAYS, {"doc": doc}).scalars() if day}
    parts: dict[tuple, list[StoredClaim]] = defaultdict(list)
    for claim in changed:
        parts[(claim.side, claim.scope, claim.day)].append(claim)
    findings = []
    regrouped: list[StoredClaim] = [*changed]
    for (side, scope, day), claims in sorted(parts.items()):
        groups, members, attached = _regroup(conn, side, scope, day, claims)
        regrouped += members
        findings += attached
        for group in groups:
            found = write_group(conn, group)
            if found:
                findings.append(found)
    for claimant, source, day in sorted({(x.claimant, x.source, x.day) for x in changed if has_window(x)}):
        conn.execute(_DROP_OVERLAPS, {"claimant": claimant, "source": source, "day": day})
        windows = _fetch(conn, _OVERLAP_CANDIDATES, claimant=claimant, source=source, day=day)
        findings += [(f, {}) for f in window_overlaps(windows)]
    for day in sorted(incident_days | {x.day for x in changed if x.kind in ("ministry", "governor")}):
        conn.execute(_DROP_INCIDENT_FINDINGS, {"day": day})
        findings += [(f, {}) for f in incident_regions(conn, {day}, lambda day=day: _fetch(conn, _MINISTRY, day=day))]
    write_findings(conn, findings)
    for day, claimant, side in sorted({(x.day, x.claimant, x.side) for x in regrouped}):
        rebuild_claimant_stats(conn, day, claimant, side)
    return len(findings)


def _regroup(conn: Connection, side: str, scope: str, day: str,
             changed: list[StoredClaim]) -> tuple[list[list[StoredClaim]], list[StoredClaim], list]:
    """Take apart the groups of (side, scope, day) that ``changed`` claims (new or gone) can
    change and form them again; returns the groups to store (their old rows are deleted), every
    claim whose group may have changed, and the findings of groups that only grew (where no group
    loses a claim, those claims join the groups they link to: see :func:`_attach`)."""
    part = {"side": side, "scope": scope, "day": day}
    claims: dict[int, StoredClaim] = {}  # every claim that takes part, current ones only
    full: dict[int, StoredClaim] = {}  # those read with their breakdowns (the others: see loose_near)

    def take(found: list[StoredClaim], whole: bool = True) -> list[StoredClaim]:
        for x in found:
            claims.setdefault(x.id, x)
            if whole:
                full[x.id] = x
        return found

    def restated_groups(x: StoredClaim) -> list[tuple[int, int]]:
        """The groups a new restatement ``x`` (no window) joins, as (x, group) links: those of the
        claims it restates or is restated by where the earlier of the two joins no windowed
        claim (reconcile._groups), found without reading the groups' members. In a group without
        a windowed claim no restatement joins one, so x joins it if any of its claims restates
        x — or one before x does, where x joins a windowed claim. The claims of the few groups
        with a windowed claim, of taken apart groups, of no group and, where x joins a windowed
        claim, of x's text in another group (its content order is not the hash's) are read and
        linked as every other claim."""
        if x.total is None:
            return []  # restates nothing (reconcile._close)
        best = closest_windowed(x, windowed)
        low, high = _band(x.total)
        params = {**part, "doc": x.document_id, "total": x.total, "launched": x.launched, "claimant": x.claimant,
                  "vague": x.vague, "doc_hash": x.key[0], "low": low, "high": high}
        with_window = {w.group_id for w in windowed if w.group_id}
        links = []
        for node in conn.execute(_RESTATING_BEFORE if best else _RESTATING, params).scalars().all():
            if node < 0:
                if -node not in claims:
                    take(_fetch(conn, _LIGHT_BY_ID, claim=-node), whole=False)
            elif best is not None and node == best.group_id or node in broken:
                continue  # joined by the windowed claim; read whole
            elif node in with_window:
                take(_fetch(conn, _RESTATING_IN, claims, **params, group=node), whole=False)
            else:
                links.append((x.id, -node))
        if best is not None:  # else every group of a restatement is linked, whatever its order
            take(_fetch(conn, _RESTATING_SAME_TEXT, claims, **params, group=best.group_id or 0), whole=False)
        return links

    def loose_near(x: StoredClaim) -> list[StoredClaim]:
        """The current restatements without a window that ``x`` may restate or be restated by;
        read without their breakdowns (a busy day's restatements of one claim are many, and
        most are in a group that stays whole)."""
        if x.total is None:
            return []  # restates nothing (reconcile._close)
        low, high = _band(x.total)
        return take([y for y in _fetch(conn, _LOOSE_NEAR, claims, **part, doc=x.document_id, low=low, high=high)
                     if restates(x, y)], whole=False)

    windowed = take(_fetch(conn, _WINDOWED, **part))  # all of them: each restatement's candidates
    take([x for x in changed if x.current])
    focus = {x.id for x in changed if x.current}  # the claims whose links may have changed
    moved: list[StoredClaim] = []  # restatements whose windowed candidates changed
    loose = [x for x in changed if x.current and not has_window(x)]  # their links: see joins below
    for x in changed:
        if x in loose:
            continue
        near = loose_near(x)
        if has_window(x):
            moved += [y for y in near if y.id not in focus]
            focus |= {y.id for y in near}
    for y in moved:
        loose_near(y)
    # the groups of those claims are taken apart; their members' links are looked at again
    broken = {x.group_id for x in changed if x.group_id} | {claims[i].group_id for i in focus if claims[i].group_id}
    for group in sorted(broken):
        focus |= {x.id for x in take(_fetch(conn, _MEMBERS, group=group))}
    attach = not broken  # no group loses a claim: groups only grow, or merge
    joins = [link for x in loose for link in restated_groups(x)]
    # every claim that takes part is current (of ``part``) and each windowed one is there
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    ordered = sorted(claims.values(), key=lambda x: x.key)
    rank = {x.id: k for k, x in enumerate(ordered)}
    wins = [x for x in ordered if has_window(x)]
    best = {x.id: closest_windowed(x, wins) for x in ordered if not has_window(x)}
    for x in ordered:
        find(x.id)
        if x.id not in focus and x.group_id:
            union(x.id, -x.group_id)  # a group none of whose links changed stays whole (ids < 0)
    for a in wins:
        if a.id in focus:
            for b in wins:
                if b is not a and same_window_claim(a, b):
                    union(a.id, b.id)
    for a_id, b in best.items():
        if b is not None:
            union(a_id, b.id)
    for a_id, group in joins:
        union(a_id, group)
    # restatements link to restatements of close totals (and to no other): each focus claim is
    # compared with those in its band of totals only, each pair once, none already linked
    by_total = sorted((x.total, rank[x.id], x) for x in ordered if not has_window(x) and x.total is not None)
    totals = [k[0] for k in by_total]
    others = [i for i, k in enumerate(by_total) if k[2].id not in focus]  # positions of non-focus claims
    for i, (_t, _r, a) in enumerate(by_total):
        if a.id not in focus:
            continue
        low, high = _band(a.total)
        # the focus claims above a in the list, and the others below it (a focus claim below a
        # has had its turn)
        above = range(i + 1, bisect_right(totals, high))
        below = others[bisect_left(others, bisect_left(totals, low)):bisect_left(others, i)]
        for j in (*above, *below):
            b = by_total[j][2]
            if parent[a.id] == parent[b.id] or find(a.id) == find(b.id):
                continue
            first, second = (a, b) if rank[a.id] < rank[b.id] else (b, a)
            # the earlier restatement links to later ones unless it joins a windowed claim
            if best[first.id] is None and restates(first, second):
                union(a.id, b.id)
    components: dict[int, list[int]] = defaultdict(list)
    for x in list(parent):
        components[find(x)].append(x)
    out: list[list[StoredClaim]] = []
    regrouped: list[StoredClaim] = []
    attached = []
    for nodes in components.values():
        if not any(n in focus for n in nodes):
            continue  # a whole group, or a claim alone, that nothing changed
        kept = sorted(-n for n in nodes if n < 0)
        if attach and kept:
            joining = sorted(n for n in nodes if n > 0 and claims[n].group_id is None)
            for n in joining:
                if n not in full:
                    take(_fetch(conn, _BY_ID, claim=n))
            found, members = _attach(conn, kept, sorted((full[n] for n in joining), key=lambda x: x.key))
            regrouped += members
            attached += [found] if found else []
            continue
        for group in kept:  # merged with what changed: formed again with its members
            take(_fetch(conn, _MEMBERS, group=group))
        members = {n for n in nodes if n > 0} | {x.id for x in full.values() if x.group_id in kept}
        for n in sorted(members - set(full)):
            take(_fetch(conn, _BY_ID, claim=n))
        group = sorted((full[n] for n in members), key=lambda x: x.key)
        regrouped += group
        broken |= set(kept)
        if len({x.document_id for x in group}) > 1:
            out.append(group)
    for group in sorted(broken):
        _drop_group(conn, group)
    out.sort(key=lambda g: g[0].key)
    return out, regrouped, attached


def _drop_group(conn: Connection, group: int) -> None:
    conn.execute(_DROP_GROUP_FINDINGS, {"group": group})
    conn.execute(_DROP_GROUP_VALUES, {"group": group})
    conn.execute(_UNGROUP, {"group": group})
    conn.execute(_DROP_GROUP, {"group": group})


def _attach(conn: Connection, groups: list[int], joining: list[StoredClaim]) -> tuple[tuple | None, list[StoredClaim]]:
    """Claims (``joining``, none in a group) join ``groups``, which lose none of theirs, and merge
    them: into the group of most sources go the joining claims and the other groups' claims, and
    their values are added to its (:func:`raidlog.store.reconcile.add_values`). The work is that
    of the joining claims and of the smaller groups, never of the largest one's members (a busy
    day's restatements of one claim are hundreds). Returns the group's finding, if any, and the
    claims whose counting in ``daily_stats`` may change (the joining ones and the primaries)."""
    rows = [conn.execute(_GROUP, {"group": g}).one() for g in groups]
    into = max(rows, key=lambda r: (r.sources, -r.id))
    primaries = [_fetch(conn, _BY_ID, claim=r.primary_claim_id)[0] for r in rows]
    values = values_of(joining)
    docs = {x.document_id for x in joining}
    others = [r.id for r in rows if r.id != into.id]
    for group in others:
        docs |= set(conn.execute(_DOCUMENTS_OF, {"group": group}).scalars())
        merge_values(values, {(r.total, r.breakdown): [r.claims, json.loads(r.first)]
                              for r in conn.execute(GROUP_VALUES, {"group": group})})
    # documents (sources) not in the group yet: a document's claims are few
    sources = into.sources + sum(into.id not in conn.execute(_GROUPS_OF_DOCUMENT, {"doc": doc}).scalars().all()
                                 for doc in sorted(docs))
    for group in others:
        conn.execute(_MOVE, {"from_group": group, "to_group": into.id})
        _drop_group(conn, group)
    if joining:
        conn.execute(_JOIN, [{"claim": x.id, "to_group": into.id} for x in joining])
    add_values(conn, into.id, values)
    conn.execute(_DROP_GROUP_FINDINGS, {"group": into.id})
    return settle_group(conn, into.id, primary_of([*primaries, *joining]), sources), [*joining, *primaries]
