"""The text a pipeline works on: a normalised copy that maps back to the original.

Matching runs on ``norm`` (no invisible format characters: soft hyphens, zero-width
spaces and joiners, direction marks, embeddings, overrides and isolates, which text
copied from some apps carries between words; one kind of space, dash, quote and
apostrophe; HTML tags blanked; Latin look-alike letters inside Cyrillic words made Cyrillic; a long run of whitespace
cut to ``LONG_SPACE`` characters and its line breaks).
Every span handed to the outside world is mapped back with :meth:`Text.span`,
so ``original[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from raidlog.model import Span

# Unicode's format characters (category Cf): invisible, they only shape or direct the text
# around them (soft hyphen, zero-width space/joiners, LRM/RLM/ALM, LRE…RLO, LRI…PDI, BOM, tags).
_DROP_BMP = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    # and the marks that only make the character before them an emoji: variation selectors, the
    # keycap ("1️⃣ на Вінниччині" is "1 на Вінниччині")
    "\ufe00-\ufe0f\u20e3")
_DROP_ASTRAL = ("\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
                "\U000e0001\U000e0020-\U000e007f")
_DROP_RE = re.compile(f"[{_DROP_BMP}{_DROP_ASTRAL}]")
# Emoji and pictographs, which officials' posts glue to words and numbers ("збили 7‼️дронів",
# "✅ 5 – Миколаївщина"): a space each, as a punctuation mark would stand
_PICTOGRAPH_BMP, _PICTOGRAPH_ASTRAL = "\u203c\u2049\u2600-\u27bf\u2b00-\u2bff", "\U0001f000-\U0001faff"
_PICTOGRAPH_RE = re.compile(f"[{_PICTOGRAPH_BMP}{_PICTOGRAPH_ASTRAL}]")
# Whether a text holds one of those: a class of the basic plane alone is tested by a bitmap, ~10x
# faster than one with astral ranges, which only a text with a character beyond that plane can match.
_DROP_BMP_RE, _PICTOGRAPH_BMP_RE = re.compile(f"[{_DROP_BMP}]"), re.compile(f"[{_PICTOGRAPH_BMP}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# A run of whitespace (format characters in it not counted) keeps its first LONG_SPACE characters and,
# beyond them, the line breaks that make it a line's or a paragraph's end (two at most): a pattern that
# opens with optional spaces tries every split of a run before it fails, square or worse in the run's
# length (a quote's mark, then 20 KB of spaces: 14 s), and no real report has a run longer than 11
# (1,436 texts measured).
LONG_SPACE = 16
_SPACE_RUN = re.compile(f"[\\s{_DROP_BMP}{_DROP_ASTRAL}]{{{LONG_SPACE + 1},}}")
# the same where the text holds no character beyond the basic plane (most: every English one): its class
# tested by a bitmap, ~2x faster over a whole report, finding the same runs there
_SPACE_RUN_BMP = re.compile(f"[\\s{_DROP_BMP}]{{{LONG_SPACE + 1},}}")
# and an exclamation in parentheses ("збито 17 (!) російських безпілотників"): spaces, one for each character
_EMPHASIS_RE = re.compile(r"\((?:[!?]\s?){1,3}\)")
_ONE_FOR_ONE = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "\t": " ", "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-",
    "\u2011": "-", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
}
# HTML markup an excerpt copied from a page's source keeps ('<p style="text-align: justify;">', '</p>',
# '<a href="/news/…-i532427">'): spaces, one for each character, with a line break first where a block
# opens or closes (a paragraph's end is a sentence's end; its attributes' words and numbers are nothing)
_TAG_RE = re.compile(r"</?(?:(?P<block>p|div|br|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|table|tr|td|hr)"
                     r"|a|span|img|strong|em|b|i|u|font|sup|sub|picture|source|time)\b[^<>]{0,400}>", re.IGNORECASE)


def _blank_tag(m: re.Match[str]) -> str:
    n = len(m.group(0))
    return "\n" + " " * (n - 1) if m.group("block") else " " * n


# Latin letters that look like Cyrillic ones; replaced only inside Cyrillic words.
_LOOKALIKE = str.maketrans("aceopxyiABCEHKMOPTX", "асеорхуіАВСЕНКМОРТХ")
# the characters replaced, found by one scan (str.translate with a table looks every character
# of a non-ASCII text up in it: ~0.3 us a character, and most texts have a few to replace)
_ONE_FOR_ONE_RE = re.compile("[" + "".join(map(re.escape, _ONE_FOR_ONE)) + "]")
_CYRILLIC_LETTERS = frozenset("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁёІіЇїЄєҐґ")
_CYRILLIC_LETTER = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_MIXED_WORD = re.compile(r"\w*[А-Яа-яЁёІіЇїЄєҐґ]\w*[A-Za-z]\w*|\w*[A-Za-z]\w*[А-Яа-яЁёІіЇїЄєҐґ]\w*")


def _mixes_scripts(norm: str) -> bool:
    """Whether a Latin letter stands next to a Cyrillic one: at the edge of a run of Latin letters
    (a Cyrillic text has few; a scan for the pair at every character took ~0.1 us a character)."""
    if not _CYRILLIC_LETTER.search(norm):
        return False
    last = len(norm)
    return any((a and norm[a - 1] in _CYRILLIC_LETTERS) or (b < last and norm[b] in _CYRILLIC_LETTERS)
               for a, b in (m.span() for m in _LATIN_RUN.finditer(norm)))


def _beyond_long_space(norm: str) -> list[int]:
    """The whitespace of each long run beyond its first LONG_SPACE characters but its first two line
    breaks (format characters in the run are dropped anyway)."""
    out: list[int] = []
    for m in _SPACE_RUN.finditer(norm):
        kept = breaks = 0
        for i in range(m.start(), m.end()):
            c = norm[i]
            if not c.isspace():
                continue
            if kept < LONG_SPACE or (c == "\n" and breaks < 2):
                kept += 1
                breaks += c == "\n"
            else:
                out.append(i)
    return out


def _one_for_one(m: re.Match[str]) -> str:
    c = m.group(0)
    if c == "\u2014":
        # an em dash glued between a word and a lower-case word opens or closes an aside ("killed three
        # people—including a child in Zhytomyr—and wounded …"): a comma, not a hyphen that would glue
        # "Zhytomyr-and" into one name
        t, i = m.string, m.start()
        if 0 < i < len(t) - 1 and t[i - 1].isalpha() and t[i + 1].isalpha() and t[i + 1].islower():
            return ","
    return _ONE_FOR_ONE[c]


def _cyrillic_lookalikes(m: re.Match[str]) -> str:
    return m.group(0).translate(_LOOKALIKE)


@dataclass
class Text:
    original: str
    norm: str = ""
    # where characters were dropped: for each, the norm index it stood before (empty: none was)
    dropped: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, original: str) -> Text:
        norm = _ONE_FOR_ONE_RE.sub(_one_for_one, original)
        if "<" in norm and _TAG_RE.search(norm):
            norm = _TAG_RE.sub(_blank_tag, norm)  # (one for one: the offsets stay)
        if ("(!" in norm or "(?" in norm) and _EMPHASIS_RE.search(norm):
            norm = _EMPHASIS_RE.sub(lambda m: " " * len(m.group(0)), norm)
        ascii_ = norm.isascii()  # no format character, pictograph nor Cyrillic letter (a C scan, not regexes)
        astral = not ascii_ and _ASTRAL.search(norm) is not None
        if not ascii_ and (_PICTOGRAPH_BMP_RE.search(norm) or (astral and _PICTOGRAPH_RE.search(norm))):
            norm = _PICTOGRAPH_RE.sub(" ", norm)  # (one for one: the offsets stay)
        drop: list[int] = []
        if not ascii_ and (_DROP_BMP_RE.search(norm) or (astral and _DROP_RE.search(norm))):
            drop = [m.start() for m in _DROP_RE.finditer(norm)]
        if (_SPACE_RUN if astral else _SPACE_RUN_BMP).search(norm):  # (astral: before the pictographs went)
            drop = sorted(drop + _beyond_long_space(norm))
        dropped: list[int] = []
        if drop:
            # rare: characters go, so offsets need a map back (one entry per dropped character: the norm
            # index it stood before)
            dropped = [i - k for k, i in enumerate(drop)]
            norm = "".join(norm[a + 1 : b] for a, b in zip([-1, *drop], [*drop, len(norm)], strict=True))
        if not ascii_ and _mixes_scripts(norm):  # rare: only then look for the words that mix scripts
            norm = _MIXED_WORD.sub(_cyrillic_lookalikes, norm)
        return cls(original, norm, dropped)

    def _orig(self, i: int) -> int:
        """The original index of ``norm[i]``: ``i`` plus the characters dropped before it."""
        return i + bisect_right(self.dropped, i) if self.dropped else i

    def span(self, start: int, end: int) -> Span:
        """The original-text span of ``norm[start:end]``."""
        if end <= start:
            o = self._orig(start)
            return Span(o, o, "")
        o_start, o_end = self._orig(start), self._orig(end - 1) + 1
        return Span(o_start, o_end, self.original[o_start:o_end])
