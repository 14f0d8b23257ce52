"""The versions of one post (same source, same external id: an edited Telegram message,
an updated article, a feed entry whose text changed) and what changed between two of
them, word by word, for ``raidlog show`` and the document page."""

from __future__ import annotations

import difflib
import re
from typing import Any

from sqlalchemy import Connection, select

from raidlog.store import schema as t

MAX_TOKENS = 6000  # words and spaces per text compared at most (the comparison is quadratic at worst)
_TOKEN = re.compile(r"\s+|\S+")


def chain(conn: Connection, doc_id: int) -> list[dict[str, Any]]:
    """Every version of the post ``doc_id`` is a version of, oldest first: id, version, edited,
    fetched_at, current; ``[]`` for a document without an external id (it has no versions)."""
    d = t.documents
    row = conn.execute(select(d.c.source, d.c.external_id).where(d.c.id == doc_id)).first()
    if row is None or row.external_id is None:
        return []
    rows = conn.execute(select(d.c.id, d.c.version, d.c.edited, d.c.fetched_at, d.c.is_current)
                        .where(d.c.source == row.source, d.c.external_id == row.external_id)
                        .order_by(d.c.version, d.c.id)).all()
    return [{"id": f"d{r.id}", "version": r.version, "edited": r.edited, "fetched_at": r.fetched_at,
             "edit_time_seen": bool(r.edited) and r.edited == r.fetched_at, "current": r.is_current}
            for r in rows]


def changes(old: str, new: str, context: int = 3) -> list[list[tuple[str, str]]] | None:
    """What changed from ``old`` to ``new``: hunks of segments ``("=", text)`` (unchanged, at most
    ``context`` words either side), ``("-", text)`` (removed) and ``("+", text)`` (added). None when a
    text is too long to compare (over :data:`MAX_TOKENS`); ``[]`` when nothing changed."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    if len(a) > MAX_TOKENS or len(b) > MAX_TOKENS:
        return None
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks = []
    for group in matcher.get_grouped_opcodes(2 * context):
        hunk: list[tuple[str, str]] = []
        for op, i1, i2, j1, j2 in group:
            if op == "equal":
                hunk.append(("=", "".join(a[i1:i2])))
            if op in ("replace", "delete"):
                hunk.append(("-", "".join(a[i1:i2])))
            if op in ("replace", "insert"):
                hunk.append(("+", "".join(b[j1:j2])))
        hunks.append(hunk)
    return hunks


def as_text(hunks: list[list[tuple[str, str]]]) -> list[str]:
    """Each hunk on one line, as ``git diff --word-diff`` writes it: ``… was [-17-]{+19+} drones …``."""
    out = []
    for hunk in hunks:
        parts = []
        for op, text in hunk:
            text = " ".join(text.split()) if op != "=" else re.sub(r"\s+", " ", text)
            parts.append({"=": text, "-": f"[-{text}-]", "+": f"{{+{text}+}}"}[op])
        out.append("… " + "".join(parts).strip() + " …")
    return out
