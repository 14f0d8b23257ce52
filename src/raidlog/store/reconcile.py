"""Reconciliation across documents: claim groups and the ledger's findings.

- Reports of the same claim form one **claim group** with all its sources: the
  same claimant (a news story's vague "Ukraine says" stands for its side's
  claimant) and scope, and either windows that overlap, or — for a restatement
  without a window ("Ukraine says it downed 98 of 123 drones") — the same day
  (the day of the night it refers to) and numbers within the usual revisions
  (see :func:`_close`). A restatement joins the one claim it is closest to. A
  group whose sources give different totals or breakdowns gets
  ``sources-disagree``. One claim of each group is its **primary**, the one
  ``stats`` counts (:func:`primary_of`).
- Windows of one claimant in one channel that overlap on the same day get
  ``window-overlap`` (a possible double count).
- An official's incident in a region the ministry's breakdown for that day
  does not mention gets ``incident-region-not-in-breakdown``; a region in
  the breakdown whose own officials reported that day without any attack gets
  ``breakdown-region-no-attack-reported``.

Only current versions of documents take part; the work is redone for the
days a batch touched. Everything derived here is a function of the set of
documents, not of the order they were ingested in: claims are taken in an
order of their content (document hash, source, name, claim ref), never of
their row ids, and every choice (a restatement's claim, a group's primary,
the claim a finding is filed under) breaks ties by that order. Runs that
reconcile at the same time take turns (a lock), so the last one sees every
document committed before it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, text, update

from raidlog.geo import Gazetteer
from raidlog.lexicon import en, ru, uk
from raidlog.model import Finding
from raidlog.store import schema as t
from raidlog.store.summary import rebuild_daily_stats

VAGUE_CLAIMANTS = en.VAGUE_CLAIMANTS | ru.VAGUE_CLAIMANTS | uk.VAGUE_CLAIMANTS
ATTACK_KINDS = {"attack_reported", "attack_repelled", "debris", "fire", "damage", "casualties", "hit"}


@dataclass
class StoredClaim:
    id: int
    document_id: int
    source: str
    doc_name: str
    claimant: str
    kind: str
    side: str
    scope: str
    day: str
    start: datetime | None
    end: datetime | None
    total: int | None
    launched: int | None
    breakdown: tuple
    isos: frozenset
    key: tuple  # the claim's content (document hash, source, name, ref): an order that ingest order cannot change
    group_id: int | None = None  # as stored (read by the incremental reconcile only)
    current: bool = True  # its document is the current version

    @property
    def vague(self) -> bool:
        return self.claimant in VAGUE_CLAIMANTS


def _load_claims(conn: Connection, days: set[str]) -> list[StoredClaim]:
    c, d = t.claims.c, t.documents
    rows = conn.execute(
        select(c.id, c.document_id, d.c.source, d.c.name, d.c.doc_hash, c.ref, c.claimant_name, c.claimant_kind,
               c.side, c.scope, c.day, c.window_start_utc, c.window_end_utc, c.destroyed, c.launched)
        .join(d, d.c.id == c.document_id)
        .where(and_(c.day.in_(sorted(days)), d.c.is_current.is_(True)))).all()
    items: dict[int, list] = defaultdict(list)
    ip = t.item_places.c
    # the same claims by the same conditions, not by a list of their ids: a statement whose text
    # grew with the day's claims was a new one at each reconcile, and SQLite keeps the latest 128
    # prepared per connection, which in a long watch grew by MBs an hour
    for r in conn.execute(select(ip.claim_id, func.coalesce(ip.iso, ip.place_id).label("iso"), ip.count,
                                 ip.item_position, ip.position)
                          .join(t.claims, t.claims.c.id == ip.claim_id).join(d, d.c.id == c.document_id)
                          .where(and_(c.day.in_(sorted(days)), d.c.is_current.is_(True)))):
        items[r.claim_id].append(((r.item_position, r.position), r.iso, r.count))
    out = []
    for r in rows:
        parts = items.get(r.id, [])
        out.append(StoredClaim(
            r.id, r.document_id, r.source, r.name, r.claimant_name, r.claimant_kind, r.side, r.scope, r.day,
            parse_time(r.window_start_utc), parse_time(r.window_end_utc),
            r.destroyed if r.destroyed is not None else r.launched, r.launched,
            breakdown_of(parts), frozenset(iso for _, iso, _ in parts if iso),
            (r.doc_hash, r.source, r.name, r.ref)))
    out.sort(key=lambda c: (c.day, c.key))
    return out


def breakdown_of(parts: list[tuple[tuple[int, int], str | None, int | None]]) -> tuple:
    """A claim's breakdown as its sources are compared: (place, count) pairs in one order whatever
    order the text listed them in ("Kursk 6, Belgorod 5" and "Belgorod 5, Kursk 6" are the same
    breakdown, not a disagreement); ``parts`` are (position, place, count) as stored."""
    return tuple(sorted(((iso, n) for _, iso, n in parts), key=lambda p: (p[0] or "", -1 if p[1] is None else p[1])))


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _overlap(a: StoredClaim, b: StoredClaim) -> bool:
    return bool(a.start and a.end and b.start and b.end and a.start < b.end and b.start < a.end)


def has_window(c: StoredClaim) -> bool:
    return bool(c.start and c.end)


def _same_claimant(a: StoredClaim, b: StoredClaim) -> bool:
    """The same claimant, or a vague one ("Ukraine says …") and a claimant of its side."""
    return a.claimant == b.claimant or (a.side == b.side and (a.vague or b.vague))


def same_window_claim(a: StoredClaim, b: StoredClaim) -> bool:
    """Two claims with windows that tell the same claim: the same window, or (from two sources)
    windows that mostly overlap."""
    if a.document_id == b.document_id or a.claimant != b.claimant:
        return False
    return (a.start, a.end) == (b.start, b.end) or (a.source != b.source and _mostly_overlap(a, b))


REVISION = 0.25  # restated numbers differ from the claim's by at most this share of the larger …
REVISION_FLOOR = 2  # … or by this many


def _near(x: int | None, y: int | None) -> bool | None:
    """Whether two counts are within the usual revisions (None: one is not stated)."""
    if x is None or y is None:
        return None
    return abs(x - y) <= max(REVISION_FLOOR, REVISION * max(x, y))


def _close(a: StoredClaim, b: StoredClaim) -> bool:
    """Numbers within the usual revisions: a restatement rounds or tells an earlier update of the
    post ("98 of 123" for its final 123 of 148); it never gives a count far from the claim's.
    The totals and, where both state them, the launched counts."""
    known = [n for n in (_near(a.total, b.total), _near(a.launched, b.launched)) if n is not None]
    return bool(known) and all(known)


def _distance(a: StoredClaim, b: StoredClaim) -> int:
    return abs((a.total or 0) - (b.total or 0)) + abs((a.launched or 0) - (b.launched or 0))


def _night(c: StoredClaim) -> bool:
    """A night's report: its window runs over midnight (UTC: 23:00 Moscow and 18:00 Kyiv are
    still the evening before)."""
    return c.start is not None and c.end is not None and c.start.date() < c.end.date()


def _mostly_overlap(a: StoredClaim, b: StoredClaim) -> bool:
    """Windows that share at least half of the shorter one: the same night told twice, not
    a night report and the next morning's post that starts an hour before it ends."""
    shared = (min(a.end, b.end) - max(a.start, b.start)).total_seconds()
    shorter = min((a.end - a.start).total_seconds(), (b.end - b.start).total_seconds())
    return shorter > 0 and shared >= shorter / 2


def primary_of(group: list[StoredClaim]) -> StoredClaim:
    """The claim of a group that ``stats`` counts: the claimant's own report rather than a
    restatement — a window over none, a named claimant over a vague one, the fuller breakdown —
    then the lower total (a figure an analyst can publish without overstating), then content order."""
    return min(group, key=lambda c: (not has_window(c), c.vague, -len(c.breakdown),
                                     c.total if c.total is not None else -1, c.key))


def reconcile_lock(conn: Connection, immediate: bool = False) -> None:
    """Reconciliations take turns: on PostgreSQL a transaction-scoped advisory lock; on SQLite the
    first statement of :func:`reconcile` writes, which takes the database's write lock (or, with
    ``immediate``, for a reconcile that reads first, the transaction starts with it)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7242011)"))
    elif immediate and conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def reconcile(conn: Connection, days: set[str]) -> int:
    """Redo groups and ledger findings for ``days``; returns the number of findings."""
    days = {d for d in days if d}
    if not days:
        return 0
    reconcile_lock(conn)
    # forget what was derived for these days before (writing first: see _lock)
    conn.execute(update(t.claims).where(t.claims.c.day.in_(sorted(days))).values(group_id=None))
    conn.execute(delete(t.findings).where(and_(t.findings.c.scope == "ledger", t.findings.c.day.in_(sorted(days)))))
    conn.execute(delete(t.group_values).where(t.group_values.c.group_id.in_(
        select(t.claim_groups.c.id).where(t.claim_groups.c.day.in_(sorted(days))))))
    conn.execute(delete(t.claim_groups).where(t.claim_groups.c.day.in_(sorted(days))))
    claims = _load_claims(conn, days)
    findings: list[tuple[Finding, dict]] = []
    for group in _groups(claims):
        found = write_group(conn, group)
        if found:
            findings.append(found)
    rebuild_daily_stats(conn, days)
    findings += [(f, {}) for f in window_overlaps(claims)]
    findings += [(f, {}) for f in incident_regions(conn, days, lambda: claims)]
    write_findings(conn, findings)
    return len(findings)


def write_group(conn: Connection, group: list[StoredClaim]) -> tuple[Finding, dict] | None:
    """Store one claim group (its claims sorted by content) with its values; returns its
    ``sources-disagree`` finding, if any, with the group's id."""
    primary = primary_of(group)
    group_id = conn.execute(insert(t.claim_groups).values(
        claimant_name=primary.claimant, day=primary.day, scope=primary.scope, total=None, sources=0,
        disagree=False, primary_claim_id=primary.id)).inserted_primary_key[0]
    # one statement whatever the group's size (see _load_claims)
    conn.execute(update(t.claims).where(t.claims.c.id == bindparam("claim")).values(group_id=group_id),
                 [{"claim": c.id} for c in group])
    add_values(conn, group_id, values_of(group))
    return settle_group(conn, group_id, primary, len({c.document_id for c in group}))


# A group's distinct values: (total, breakdown as JSON) -> [how many claims give it, the first
# FIRST of them in content order as [doc_hash, source, name, ref, claim id]]
Values = dict[tuple[int | None, str], list]
FIRST = 3  # the claims a sources-disagree finding names for each value (then "and N more")
LISTED = 5  # the values it describes (then "and N other values")


def values_of(claims: list[StoredClaim]) -> Values:
    out: Values = {}
    for c in sorted(claims, key=lambda c: c.key):
        value = out.setdefault((c.total, json.dumps(c.breakdown, ensure_ascii=False)), [0, []])
        value[0] += 1
        if len(value[1]) < FIRST:
            value[1].append([*c.key, c.id])
    return out


def merge_values(values: Values, more: Values) -> None:
    """Add ``more`` to ``values``."""
    for key, (n, first) in more.items():
        value = values.setdefault(key, [0, []])
        value[0] += n
        value[1] = sorted([*value[1], *first])[:FIRST]


_gv = t.group_values.c
_VALUE = and_(_gv.group_id == bindparam("group"), _gv.total.is_not_distinct_from(bindparam("v_total")),
              _gv.breakdown == bindparam("v_breakdown"))
_VALUE_ROW = select(_gv.claims, _gv.first).where(_VALUE)
_ADD_VALUE = update(t.group_values).where(_VALUE).values(claims=bindparam("v_claims"), first=bindparam("v_first"))
GROUP_VALUES = select(_gv.total, _gv.breakdown, _gv.claims, _gv.first).where(_gv.group_id == bindparam("group"))
_TOTALS = select(_gv.total).where(_gv.group_id == bindparam("group"), _gv.total.is_not(None)).distinct().limit(2)
_BREAKDOWNS = (select(_gv.breakdown).where(_gv.group_id == bindparam("group"), _gv.breakdown != "[]")
               .distinct().limit(2))
_MOST = (GROUP_VALUES.order_by(_gv.claims.desc(), func.coalesce(_gv.total, -1), _gv.breakdown)
         .limit(LISTED))
_COUNT = select(func.count(), func.sum(_gv.claims)).where(_gv.group_id == bindparam("group"))
_NAMES = select(t.claims.c.id, t.documents.c.name).join(t.documents, t.documents.c.id == t.claims.c.document_id) \
    .where(t.claims.c.id == bindparam("claim"))


def add_values(conn: Connection, group_id: int, values: Values) -> None:
    """Add values (of claims joining the group) to the group's: one row read and written per
    value, whatever the group's size."""
    for (total, breakdown), (n, first) in sorted(values.items(), key=lambda v: (v[0][0] is not None, v[0])):
        params = {"group": group_id, "v_total": total, "v_breakdown": breakdown}
        row = conn.execute(_VALUE_ROW, params).first()
        if row is None:
            conn.execute(insert(t.group_values).values(group_id=group_id, total=total, breakdown=breakdown,
                                                       claims=n, first=json.dumps(first, ensure_ascii=False)))
        else:
            merged = {(total, breakdown): [row.claims, json.loads(row.first)]}
            merge_values(merged, {(total, breakdown): [n, first]})
            conn.execute(_ADD_VALUE, {**params, "v_claims": merged[total, breakdown][0],
                                      "v_first": json.dumps(merged[total, breakdown][1], ensure_ascii=False)})


def settle_group(conn: Connection, group_id: int, primary: StoredClaim, sources: int) -> tuple[Finding, dict] | None:
    """Set a group's primary, sources (documents), total and whether its sources disagree, from
    its values; returns its ``sources-disagree`` finding, if any, with the group's id. Reads the
    group's values, a few of them in full, never its members."""
    params = {"group": group_id}
    totals = conn.execute(_TOTALS, params).scalars().all()
    disagree = len(totals) > 1 or len(conn.execute(_BREAKDOWNS, params).all()) > 1
    conn.execute(update(t.claim_groups).where(t.claim_groups.c.id == group_id).values(
        claimant_name=primary.claimant, day=primary.day, scope=primary.scope,
        total=totals[0] if len(totals) == 1 else None, sources=sources, disagree=disagree,
        primary_claim_id=primary.id))
    if not disagree:
        return None
    return _disagree(conn, group_id, primary, sources, "totals" if len(totals) > 1 else "breakdowns"), \
        {"group_id": group_id}


def write_findings(conn: Connection, findings: list[tuple[Finding, dict]]) -> None:
    if findings:
        conn.execute(insert(t.findings), [{
            "scope": "ledger", "document_id": None, "claim_id": f.data.get("claims", [None])[0],
            "group_id": extra.get("group_id"), "day": f.data["day"], "code": f.code, "severity": f.severity, "message": f.message,
            "suggestion": f.suggestion, "data": json.dumps(f.to_dict(), ensure_ascii=False),
        } for f, extra in findings])


def restates(a: StoredClaim, b: StoredClaim) -> bool:
    """Two claims of different documents that may tell the same claim: the same claimant (see
    :func:`_same_claimant`) and numbers within the usual revisions."""
    return a.document_id != b.document_id and _same_claimant(a, b) and _close(a, b)


def closest_windowed(a: StoredClaim, windowed: list[StoredClaim]) -> StoredClaim | None:
    """The windowed claim (of ``windowed``, all of a day's) that restatement ``a`` joins, if any."""
    near = [b for b in windowed if restates(a, b)]
    return min(near, key=lambda b: (_distance(a, b), not _night(b), b.key)) if near else None


def _groups(claims: list[StoredClaim]) -> list[list[StoredClaim]]:
    """The claim groups among ``claims`` (sorted by day and content), each sorted the same way
    and the groups in the order of their first claim; only groups of two documents or more."""
    parent = {c.id: c.id for c in claims}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: StoredClaim, b: StoredClaim) -> None:
        ra, rb = find(a.id), find(b.id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_key: dict[tuple, list[StoredClaim]] = defaultdict(list)
    for c in claims:
        by_key[(c.side, c.scope, c.day)].append(c)
    for members in by_key.values():
        windowed = [c for c in members if has_window(c)]
        for i, a in enumerate(windowed):
            for b in windowed[i + 1:]:
                if same_window_claim(a, b):
                    union(a, b)
        loose = [c for c in members if not has_window(c)]
        for i, a in enumerate(loose):
            # a restatement without a window joins the one windowed claim it is closest to …
            best = closest_windowed(a, windowed)
            if best is not None:
                union(a, best)
                continue
            # … else the other restatements of that day's claim
            for b in loose[i + 1:]:
                if restates(a, b):
                    union(a, b)
    groups: dict[int, list[StoredClaim]] = defaultdict(list)
    for c in claims:
        groups[find(c.id)].append(c)
    out = [g for g in groups.values() if len({c.document_id for c in g}) > 1]
    return sorted(out, key=lambda g: (g[0].day, g[0].key))


def _disagree(conn: Connection, group_id: int, primary: StoredClaim, sources: int, what: str) -> Finding:
    """The group's distinct values, the primary's first, then those most claims give: each with
    the first few documents that give it (the group's view lists every member)."""
    params = {"group": group_id}
    mine = (primary.total, json.dumps(primary.breakdown, ensure_ascii=False))
    rows = conn.execute(_MOST, params).all()
    if not any((r.total, r.breakdown) == mine for r in rows):
        rows = [conn.execute(GROUP_VALUES.where(_VALUE), {**params, "v_total": mine[0], "v_breakdown": mine[1]}).one(),
                *rows]
    rows = sorted(rows, key=lambda r: (r.total, r.breakdown) != mine)[:LISTED]
    values, claims = conn.execute(_COUNT, params).one()
    described, listed = [], []
    for r in rows:
        first = json.loads(r.first)
        names = [conn.execute(_NAMES, {"claim": f[-1]}).one().name for f in first]
        parts = ", ".join(f"{iso} {n}" for iso, n in json.loads(r.breakdown))
        who = ", ".join(names) if r.claims <= len(names) else \
            f"{r.claims} reports: {', '.join(names)} and {r.claims - len(names)} more"
        described.append(f"{r.total if r.total is not None else '?'}" + (f" ({parts})" if parts else "") + f" in {who}")
        listed.append({"total": r.total, "breakdown": json.loads(r.breakdown), "claims": r.claims,
                       "first": [f[-1] for f in first]})
    rest = values - len(rows)
    others = claims - sum(r.claims for r in rows)
    more = (f"; and {rest} other value{'s' * (rest > 1)} in {others} report{'s' * (others > 1)}" if rest else "")
    return Finding(
        "sources-disagree", "warning",
        f"{sources} sources report the {primary.claimant}'s claim for {primary.day} with different {what}: "
        + "; ".join(described) + more + ".",
        None, (), "Compare with the claimant's own statement; a restatement may have a typo or an older figure.",
        # the primary first: the finding is filed under the claim that stats counts
        data={"day": primary.day, "claims": [primary.id], "documents": [primary.document_id], "values": listed,
              "other_values": rest},
    )


def window_overlaps(claims: list[StoredClaim]) -> list[Finding]:
    out = []
    by_key: dict[tuple, list[StoredClaim]] = defaultdict(list)
    for c in claims:
        if c.start and c.end:
            by_key[(c.claimant, c.source, c.day)].append(c)
    for members in by_key.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.document_id != b.document_id and _overlap(a, b) and (a.start, a.end) != (b.start, b.end):
                    out.append(Finding(
                        "window-overlap", "warning",
                        f"Two posts of {a.claimant} in {a.source} cover overlapping windows on {a.day}: "
                        f"{a.start:%H:%M}–{a.end:%H:%M} UTC ({a.doc_name}, {a.total}) and "
                        f"{b.start:%H:%M}–{b.end:%H:%M} UTC ({b.doc_name}, {b.total}); the same drones "
                        "may be counted twice.",
                        None, (), "Check the windows of both posts; only non-overlapping windows add up.",
                        data={"day": a.day, "claims": [a.id, b.id], "documents": [a.document_id, b.document_id]},
                    ))
    return out


INCIDENT_CODES = ("incident-region-not-in-breakdown", "breakdown-region-no-attack-reported")


def incident_regions(conn: Connection, days: set[str], day_claims: Callable[[], list[StoredClaim]]) -> list[Finding]:
    """Officials' incidents against the ministry's breakdown of the same day, both ways.
    ``day_claims()``: the days' claims (at least the ministry's), sorted by day and content; read
    only where an official reported something that day."""
    i, d, ip = t.incidents, t.documents, t.incident_places
    rows = conn.execute(
        select(i.c.id, i.c.kind, i.c.day, i.c.reporter_name, i.c.reporter_kind, d.c.name, d.c.id.label("doc"),
               ip.c.iso, d.c.doc_hash, d.c.source, i.c.ref, ip.c.position)
        .join(d, d.c.id == i.c.document_id).join(ip, ip.c.incident_id == i.c.id)
        .where(and_(i.c.day.in_(sorted(days)), d.c.is_current.is_(True)))).all()
    # content order, not row ids: the incident a finding names must not depend on ingest order
    rows.sort(key=lambda r: (r.day, r.iso or "", r.doc_hash, r.source, r.name, r.ref, r.position))
    rows = [r for r in rows if r.kind in ATTACK_KINDS and r.iso and r.iso.startswith("RU-")]
    official_days = _official_days(conn, days)
    if not rows and not official_days:
        return []  # nothing for a breakdown to be checked against
    # the night's report (its window ends in the morning) is what an official's morning post answers
    ministry = [c for c in day_claims() if c.kind == "ministry" and c.scope == "report" and c.breakdown
                and (c.end is None or _night(c))]
    covered: dict[str, set[str]] = defaultdict(set)
    for c in ministry:
        covered[c.day] |= c.isos
    out = []
    seen: set[tuple] = set()
    reported: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        reported[r.day].add(r.iso)
        if r.day in covered and r.iso not in covered[r.day] and (r.day, r.iso) not in seen:
            seen.add((r.day, r.iso))
            claim = next(c for c in ministry if c.day == r.day)
            out.append(Finding(
                "incident-region-not-in-breakdown", "warning",
                f"{r.reporter_name} reports {r.kind.replace('_', ' ')} in {_region_name(r.iso)} on {r.day} "
                f"({r.name}); the {claim.claimant}'s breakdown for that day ({claim.doc_name}) lists no "
                f"interception there.",
                None, (), "The attack may have got through, or the breakdown is incomplete.",
                data={"day": r.day, "region": r.iso, "claims": [claim.id], "documents": [r.doc, claim.document_id],
                      "incident": r.id},
            ))
    for c in ministry:
        for iso in sorted(c.isos):
            if (iso, c.day) in official_days and iso not in reported[c.day]:
                out.append(Finding(
                    "breakdown-region-no-attack-reported", "info",
                    f"{c.claimant} lists interceptions over {iso} on {c.day} ({c.doc_name}), but the "
                    f"region's own officials reported that day without any attack.",
                    None, (), "Compare with the governor's posts of that night.",
                    data={"day": c.day, "region": iso, "claims": [c.id], "documents": [c.document_id]},
                ))
    return out


def _region_name(iso: str) -> str:
    """"Lipetsk Oblast (RU-LIP)": a notification or a finding is read without a table of codes."""
    region = Gazetteer.default().region(iso)
    return f"{region.name} ({iso})" if region else iso


# who speaks for a region: its governor, or its named administration ("Belgorod Oblast
# Operational Headquarters", "Kharkiv Oblast Military Administration": kind "authorities" with the
# region; "Regional authorities", named by no region, has none)
_REGION_VOICES = ("governor", "authorities")


def _official_days(conn: Connection, days: set[str]) -> set[tuple[str, str]]:
    """(region, day) of each claim or post on ``days`` by a governor or a region's administration."""
    i, d = t.incidents, t.documents
    officials = conn.execute(
        select(t.claims.c.claimant_region, t.claims.c.day, d.c.name)
        .join(d, d.c.id == t.claims.c.document_id)
        .where(and_(t.claims.c.day.in_(sorted(days)), t.claims.c.claimant_kind.in_(_REGION_VOICES),
                    t.claims.c.claimant_region.is_not(None)))).all()
    official_days = {(r.claimant_region, r.day) for r in officials}
    posts = conn.execute(
        select(i.c.day, i.c.data).join(d, d.c.id == i.c.document_id)
        .where(and_(i.c.day.in_(sorted(days)), i.c.reporter_kind.in_(_REGION_VOICES)))).all()
    for r in posts:
        region = json.loads(r.data)["reporter"].get("region")
        if region:
            official_days.add((region, r.day))
    return official_days
