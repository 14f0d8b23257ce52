"""The text a pipeline works on: a normalised copy that maps back to the original.

Matching runs on ``norm`` (no soft hyphens, one kind of space, dash, quote and
apostrophe; Latin look-alike letters inside Cyrillic words made Cyrillic).
Every span handed to the outside world is mapped back with :meth:`Text.span`,
so ``original[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from raidlog.model import Span

_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}
_ONE_FOR_ONE = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "\t": " ", "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-",
    "\u2011": "-", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
}
# Latin letters that look like Cyrillic ones; replaced only inside Cyrillic words.
_LOOKALIKE = str.maketrans("aceopxyiAВCEHKMOPTXy", "асеорхуіАВСЕНКМОРТХу")
_CYR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_MIXED_WORD = re.compile(r"\w*[А-Яа-яЁёІіЇїЄєҐґ]\w*")


@dataclass
class Text:
    original: str
    norm: str = ""
    origin: list[int] = field(default_factory=list)  # norm index -> original index

    @classmethod
    def of(cls, original: str) -> Text:
        chars: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(original):
            if ch in _DROP:
                continue
            chars.append(_ONE_FOR_ONE.get(ch, ch))
            origin.append(i)
        norm = "".join(chars)
        if _CYR.search(norm):
            norm = _MIXED_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKE), norm)
        origin.append(len(original))
        return cls(original, norm, origin)

    def span(self, start: int, end: int) -> Span:
        """The original-text span of ``norm[start:end]``."""
        if end <= start:
            o = self.origin[start]
            return Span(o, o, "")
        o_start, o_end = self.origin[start], self.origin[end - 1] + 1
        return Span(o_start, o_end, self.original[o_start:o_end])
