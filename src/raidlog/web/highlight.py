"""Evidence spans → a tree of marks over the original text, for the templates.

A span is ``{start, end, text}`` with offsets into the original text. Marks of
different kinds nest (a place inside a breakdown item inside a sentence);
a mark that crosses the end of the one it starts in is cut in two. The tree
holds plain strings and mark nodes only: the template escapes every string,
so a report containing ``<script>`` is shown as text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

# kind → (label in the legend, nesting priority: lower wraps higher at equal ranges)
KINDS = {
    "sentence": ("claim sentence", 0),
    "incident": ("incident", 1),
    "finding": ("finding", 2),
    "item": ("number / breakdown item", 3),
    "time": ("time / window", 4),
    "claimant": ("claimant", 5),
    "place": ("place", 6),
}


@dataclass
class Mark:
    start: int
    end: int
    kind: str
    title: str = ""
    ref: str = ""  # anchor of what the mark belongs to (a finding, a claim)
    note: str = ""  # a short marker shown after the mark (finding numbers)
    id: str = ""
    uid: int = 0  # the pieces of a mark cut in two share it (``data-m`` in the page)

    @property
    def key(self) -> tuple:
        return (self.start, -self.end, KINDS[self.kind][1])


@dataclass
class Node:
    mark: Mark | None
    start: int
    end: int
    children: list[Node] = field(default_factory=list)


def locate(text: str, span: dict[str, Any] | None) -> tuple[int, int] | None:
    """The span's offsets, checked against the text (``text[start:end] == span.text``); a span
    whose offsets do not fit is looked up by its text; None when it is not in the text."""
    if not span or not span.get("text"):
        return None
    start, end, quote = span.get("start"), span.get("end"), span["text"]
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) \
            and text[start:end] == quote:
        return start, end
    found = text.find(quote)
    return (found, found + len(quote)) if found >= 0 else None


def find_within(text: str, needle: str, ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """``needle`` inside one of ``ranges`` of ``text`` (exact case first, then ignoring case)."""
    if not needle:
        return None
    for fold in (False, True):
        for a, b in ranges:
            hay, sought = (text[a:b].casefold(), needle.casefold()) if fold else (text[a:b], needle)
            if fold and len(hay) != b - a:
                continue
            i = hay.find(sought)
            if i >= 0:
                return a + i, a + i + len(needle)
    return None


def _count(value: Any) -> str:
    """A breakdown item's count; None when the text names the place without one."""
    return "no count" if value is None else str(value)


def claim_marks(text: str, claim: dict[str, Any], ref: str = "", with_sentences: bool = True) -> list[Mark]:
    """Marks of one claim (``Claim.to_dict()``): its sentences, breakdown items and weapon counts,
    the places inside them, the window and the claimant."""
    marks: list[Mark] = []
    sentences = [r for r in (locate(text, s) for s in claim.get("evidence", [])) if r]
    if with_sentences:
        marks += [Mark(a, b, "sentence", "sentence of the claim", ref) for a, b in sentences]
    items: list[tuple[int, int]] = []
    for k, item in enumerate(claim.get("breakdown", [])):
        here = [r for r in (locate(text, s) for s in item.get("evidence", [])) if r]
        names = ", ".join(p["name"] for p in item.get("places", []))
        each = {True: "each", False: "combined"}.get(item.get("each"), "")
        for a, b in here:
            marks.append(Mark(a, b, "item", f"item {k + 1}: {_count(item.get('count'))} {each} · {names}".replace("  ", " "),
                              ref))
        items += here
        for place in item.get("places", []):
            where = find_within(text, place.get("as_written", ""), here or sentences)
            if where:
                marks.append(Mark(*where, "place", f"{place['name']} ({place.get('iso') or place['kind']})", ref))
    for w in claim.get("weapons", []):
        for a, b in (r for r in (locate(text, s) for s in w.get("evidence", [])) if r):
            marks.append(Mark(a, b, "item", f"{w.get('type')} {w.get('model') or ''}: launched "
                              f"{w.get('launched')}, destroyed {w.get('destroyed')}", ref))
    for place in claim.get("launch_sites", []):
        where = find_within(text, place.get("as_written", ""), sentences)
        if where:
            marks.append(Mark(*where, "place", f"launched from {place['name']}", ref))
    window = claim.get("window") or {}
    for a, b in (r for r in (locate(text, s) for s in window.get("evidence", [])) if r):
        marks.append(Mark(a, b, "time", f"window {window.get('start')} → {window.get('end')}", ref))
    claimant = claim.get("claimant") or {}
    where = find_within(text, claimant.get("as_written", ""), sentences)
    if where:
        marks.append(Mark(*where, "claimant", f"claimant: {claimant.get('name')}", ref))
    return marks


def incident_marks(text: str, incident: dict[str, Any], ref: str = "") -> list[Mark]:
    sentences = [r for r in (locate(text, s) for s in incident.get("evidence", [])) if r]
    marks = [Mark(a, b, "incident", f"incident: {incident.get('kind')}", ref) for a, b in sentences]
    for place in incident.get("places", []):
        where = find_within(text, place.get("as_written", ""), sentences)
        if where:
            marks.append(Mark(*where, "place", f"{place['name']} ({place.get('iso') or place['kind']})", ref))
    reporter = incident.get("reporter") or {}
    where = find_within(text, reporter.get("as_written", ""), sentences)
    if where:
        marks.append(Mark(*where, "claimant", f"reported by {reporter.get('name')}", ref))
    return marks


def finding_marks(text: str, findings: list[dict[str, Any]]) -> list[Mark]:
    """Marks of the findings' evidence; finding ``n`` (1-based, in list order) is anchored ``finding-n``."""
    marks = []
    for n, f in enumerate(findings, 1):
        for k, span in enumerate(f.get("evidence", []) or []):
            where = locate(text, span) if isinstance(span, dict) else None
            if where:
                marks.append(Mark(*where, "finding", f"{f.get('code')}: {f.get('message')}", f"finding-{n}",
                                  note=str(n), id=f"finding-{n}-span-{k + 1}"))
    return marks


def tree(text: str, marks: list[Mark]) -> Node:
    """Nest ``marks`` over ``text``; a mark crossing its parent's end is cut at that end."""
    root = Node(None, 0, len(text))
    queue = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: m.key)
    for uid, m in enumerate(queue, 1):
        m.uid = uid
    keys = [m.key for m in queue]
    stack = [root]
    i = 0
    while i < len(queue):
        m = queue[i]
        i += 1
        while len(stack) > 1 and stack[-1].end <= m.start:
            stack.pop()
        parent = stack[-1]
        if m.end > parent.end:  # crosses: keep the part inside, queue the rest
            rest = Mark(parent.end, m.end, m.kind, m.title, m.ref, m.note, "", m.uid)
            m = Mark(m.start, parent.end, m.kind, m.title, m.ref, "", m.id, m.uid)
            pos = bisect.bisect_left(keys, rest.key, lo=i)
            queue.insert(pos, rest)
            keys.insert(pos, rest.key)
        node = Node(m, m.start, m.end)
        parent.children.append(node)
        stack.append(node)
    return root


def segments(text: str, node: Node) -> list[dict[str, Any]]:
    """The tree as a list the template walks: ``{"text": …}`` or ``{"mark": Mark, "children": […]}``."""
    out: list[dict[str, Any]] = []
    pos = node.start
    for child in node.children:
        if child.start > pos:
            out.append({"text": text[pos:child.start]})
        out.append({"mark": child.mark, "children": segments(text, child)})
        pos = child.end
    if node.end > pos:
        out.append({"text": text[pos:node.end]})
    return out


def highlight(text: str, marks: list[Mark]) -> list[dict[str, Any]]:
    return segments(text, tree(text, marks))
