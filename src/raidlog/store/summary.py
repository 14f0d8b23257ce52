"""The per-day summary that ``stats`` reads (table ``daily_stats``): claimed
destroyed and launched per day, claimant and region, documents and claim
groups. A claim told by several sources (a claim group) counts once, by its
primary (``claim_groups.primary_claim_id``, see ``reconcile.primary_of``); only claims of scope ``report`` count (no weekly
summaries, no earlier or previous-night restatements). Per region, an item
over several places without "each" counts once per place: an upper bound; an
item whose ``item_places.subset`` is set (part of another item, or another
voice's count a whole lists as its part: model.borrowed_items) not at all.
``launched`` is NULL, not 0, where no counted claim states a launched count
(always per region: breakdowns count what was destroyed)."""

from __future__ import annotations

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    null,
    select,
    true,
)

from raidlog.store import schema as t


def counted_claims(days: set[str] | None):
    """The claims that count: current documents, scope report, one per claim group."""
    c, d = t.claims, t.documents
    g = t.claim_groups
    # its group's primary, found by the group's key (not "id IN all the primaries": a list of
    # every group of the ledger, made again at each watch's pass)
    primary = exists().where(g.c.id == c.c.group_id, g.c.primary_claim_id == c.c.id)
    conds = [d.c.is_current.is_(True), c.c.scope == "report", c.c.day.is_not(None),
             c.c.group_id.is_(None) | primary]
    if days is not None:
        conds.append(c.c.day.in_(sorted(days)))
    return and_(true(), *conds)


def rebuild_daily_stats(conn: Connection, days: set[str] | None) -> None:
    """Recompute the summary for ``days`` (None: every day)."""
    if days is not None:
        conn.execute(delete(t.daily_stats).where(t.daily_stats.c.day.in_(sorted(days))))
    else:
        conn.execute(delete(t.daily_stats))
    _insert_stats(conn, counted_claims(days))


_ONE = and_(t.claims.c.day == bindparam("day"), t.claims.c.claimant_name == bindparam("claimant"),
            t.claims.c.side == bindparam("side"))


def rebuild_claimant_stats(conn: Connection, day: str, claimant: str, side: str) -> None:
    """Recompute the summary's rows of one claimant (of ``side``) on ``day``: what
    :func:`rebuild_daily_stats` gives them."""
    params = {"day": day, "claimant": claimant, "side": side}
    s = t.daily_stats.c
    conn.execute(delete(t.daily_stats).where(s.day == bindparam("day"), s.claimant_name == bindparam("claimant"),
                                             s.side == bindparam("side")), params)
    _insert_stats(conn, and_(counted_claims(None), _ONE), params)


def _insert_stats(conn: Connection, where, params: dict | None = None) -> None:
    c, d, ip = t.claims, t.documents, t.item_places
    whole = (select(c.c.day, c.c.claimant_name, c.c.side, literal("").label("region"),
                    func.coalesce(func.sum(c.c.destroyed), 0), func.sum(c.c.launched),
                    func.count(func.distinct(c.c.document_id)), func.count(func.distinct(c.c.group_id)))
             .select_from(c).join(d, d.c.id == c.c.document_id).where(where)
             .group_by(c.c.day, c.c.claimant_name, c.c.side))
    regional = (select(c.c.day, c.c.claimant_name, c.c.side, ip.c.iso,
                       func.coalesce(func.sum(ip.c.count), 0), null(),
                       func.count(func.distinct(c.c.document_id)), func.count(func.distinct(c.c.group_id)))
                .select_from(c).join(d, d.c.id == c.c.document_id).join(ip, ip.c.claim_id == c.c.id)
                .where(and_(where, ip.c.subset.is_(False), ip.c.iso.is_not(None)))
                .group_by(c.c.day, c.c.claimant_name, c.c.side, ip.c.iso))
    columns = ["day", "claimant_name", "side", "region", "destroyed", "launched", "documents", "groups"]
    for query in (whole, regional):
        conn.execute(insert(t.daily_stats).from_select(columns, query), params or {})
