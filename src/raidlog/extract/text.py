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
_LOOKALIKE = str.maketrans("aceopxyiABCEHKMOPTX", "асеорхуіАВСЕНКМОРТХ")
_ONE_FOR_ONE_TABLE = str.maketrans(_ONE_FOR_ONE)
_DROP_RE = re.compile("[" + "".join(_DROP) + "]")
_MIXED_PAIR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ][A-Za-z]|[A-Za-z][А-Яа-яЁёІіЇїЄєҐґ]")
_MIXED_WORD = re.compile(r"\w*[А-Яа-яЁёІіЇїЄєҐґ]\w*[A-Za-z]\w*|\w*[A-Za-z]\w*[А-Яа-яЁёІіЇїЄєҐґ]\w*")


def _cyrillic_lookalikes(m: re.Match[str]) -> str:
    return m.group(0).translate(_LOOKALIKE)


@dataclass
class Text:
    original: str
    norm: str = ""
    origin: list[int] = field(default_factory=list)  # norm index -> original index (empty: the same)

    @classmethod
    def of(cls, original: str) -> Text:
        norm = original.translate(_ONE_FOR_ONE_TABLE)
        origin: list[int] = []
        if norm.isascii():  # no character to drop, no Cyrillic letter (a C scan, not two regexes)
            return cls(original, norm, origin)
        if _DROP_RE.search(norm):
            # rare: soft hyphens and zero-width characters go, so offsets need a map back
            kept = [(i, ch) for i, ch in enumerate(norm) if ch not in _DROP]
            norm = "".join(ch for _, ch in kept)
            origin = [i for i, _ in kept] + [len(original)]
        if _MIXED_PAIR.search(norm):  # rare: only then look for the words that mix scripts
            norm = _MIXED_WORD.sub(_cyrillic_lookalikes, norm)
        return cls(original, norm, origin)

    def _orig(self, i: int) -> int:
        return self.origin[i] if self.origin else i

    def span(self, start: int, end: int) -> Span:
        """The original-text span of ``norm[start:end]``."""
        if end <= start:
            o = self._orig(start)
            return Span(o, o, "")
        o_start, o_end = self._orig(start), self._orig(end - 1) + 1
        return Span(o_start, o_end, self.original[o_start:o_end])
