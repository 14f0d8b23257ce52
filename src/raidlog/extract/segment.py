"""Sentences: where a report's statements begin and end.

A rule-based splitter that knows the abbreviations of these reports
("a.m.", "p.m.", "Gov.", "Dec.", "U.S.") and treats a first line without a
full stop, followed by a blank line, as the headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = re.compile(
    r"(?:\b(?:[ap]\.m|Gov|Govs|Gen|Lt|Col|Maj|Mr|Mrs|Ms|Dr|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec|approx|incl|vs|etc|U\.S|U\.K|e\.g|i\.e|г|обл|ул|пос|с|им|т\.е|т\.д)"
    r"|\b[A-ZА-Я])\.$"
)
# (also a full stop glued to the next sentence, as pages lose the space: "information.The ministry")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"')\]]?\s+(?=[\"'(\[]?[A-ZА-ЯЁІЇЄҐ0-9/])|\n\s*\n|\n(?=\s*[-•*])"
                       r"|(?<=[a-zа-яёіїєґ]{3}[.!?])(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]{2})")

# "7 a.m. Moscow time", "8 p.m. 29 April", "6 a.m. December 22" go on; "7 a.m. The ministry said"
# starts anew.
_ZONE_WORD = re.compile(
    r"\(?(?:\d+|Moscow|Kyiv|Kiev|GMT|UTC|MSK|EET|EEST|CET|local|Eastern|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_title: bool = False


def split(norm: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", norm):
        start = para.start()
        text = para.group(0)
        pieces: list[tuple[int, int]] = []
        cursor = 0
        if paragraph == 0 and (head := _headline_end(text)):
            # a first line without a full stop, glued to the body by one line break: a sentence of its own
            pieces.append((0, head))
            cursor = head + 1
        for m in _BOUNDARY.finditer(text, cursor):
            candidate = text[cursor : m.start()].rstrip("\"') ]")
            if _ABBREV.search(candidate) and not candidate.endswith(("p.m.", "a.m.")):
                continue
            if candidate.endswith(("p.m.", "a.m.")) and _ZONE_WORD.match(text, m.end()):
                continue
            pieces.append((cursor, m.start()))
            cursor = m.end()
        pieces.append((cursor, len(text)))
        for a, b in pieces:
            seg = text[a:b]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if not seg:
                continue
            s = start + a + lead
            is_title = (
                not sentences
                and paragraph == 0
                and "\n" not in seg
                and not seg.endswith((".", "!", "?", ":", ";"))
                and len(pieces) == 1
            )
            sentences.append(Sentence(len(sentences), s, s + len(seg), seg, paragraph, is_title))
        paragraph += 1
    return sentences



def _headline_end(text: str) -> int | None:
    first, nl, rest = text.partition("\n")
    if nl and len(first) <= 250 and rest.strip() and not first.rstrip().endswith(
            (".", "!", "?", ":", ";", ",", "-")):
        return len(first)
    return None
