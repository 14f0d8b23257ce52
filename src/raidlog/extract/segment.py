"""Sentences: where a report's statements begin and end.

A rule-based splitter that knows the abbreviations of these reports
("a.m.", "p.m.", "Gov.", "Dec.", "U.S.") and treats a first line without a
full stop, followed by a blank line, as the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from raidlog.lexicon import gates

# (led by a look-ahead for the characters a match begins with: gates.compiled)
_ABBREV = gates.compiled(
    r"(?:\b(?:[ap]\.m|Gov|Govs|Gen|Lt|Col|Maj|Mr|Mrs|Ms|Dr|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec|approx|incl|vs|etc|U\.S|U\.K|e\.g|i\.e|г|обл|ул|пос|с|им|т\.е|т\.д"
    r"|м|сел|смт|пгт|д|х|вул|просп|р-н)"  # "у м. Ізюм", "в сел. Приколотное", "р-н"
    r"|(?<![-‐‑])\b[A-ZА-Я]"  # an initial, not a model's last letter: "ракетою Іскандер-М. Збито 30"
    # thousands after digits, before a model's Latin name: "приблизно 2,5 тис. Shahed", "1,2 тыс. Shahed"
    r"|(?<=\d\s)(?:тис|тыс))\.$"
)
# the characters an abbreviation's match takes at most ("approx." and a line break after)
_ABBREV_TAIL = 16
_GOES_ON_TAIL = 16  # and a word that never ends a sentence, before a line break
# (also a full stop glued to the next sentence, as pages lose the space: "information.The ministry")
# (a line that ends a sentence ends it whatever the next line begins with: "…, написал Собянин.\nпрежде он …")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"')\]]?\s+(?=[\"'(\[]?[A-ZА-ЯЁІЇЄҐ0-9/])|(?<=[.!?…])[\"')\]]?[ \t]*\n\s*|\n\s*\n|\n(?=\s*[-•*·▪◾►])"
                       # (a line that ends with no mark, then a line that opens with a capital: a headline, a
                       # caption or a quote's "– уточнил Синегубов" ended there: "…», – уточнил Синегубов\nВ течение …")
                       r"|(?<=[^\W_]|[»\"”)])[ \t]*\n(?=[ \t]*[A-ZА-ЯЁІЇЄҐ])"
                       # (or a one-letter word, a preposition, opens it: "…все пожары потушили.В ночь на 3 мая …")
                       r"|(?<=[a-zа-яёіїєґ]{3}[.!?])(?=[A-ZА-ЯЁІЇЄҐ](?:[a-zа-яёіїєґ]{2}|[ \t]))"
                       # (and after the closing quote a paragraph ended with: "…over the sea."Kyiv's forces …")
                       r"|(?<=[^\W\d_]{3}[.!?])[\"”»’](?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]{2})")

# "7 a.m. Moscow time", "8 p.m. 29 April", "6 a.m. December 22" go on; "7 a.m. The ministry said"
# starts anew.
_ZONE_WORD = re.compile(
    r"\(?(?:\d+|Moscow|Kyiv|Kiev|GMT|UTC|MSK|EET|EEST|CET|local|Eastern|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")


# (slots, no __dict__: 88 bytes a sentence, not 352; a long document keeps all of them to its end)
@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_title: bool = False
    is_link: bool = False  # "Read also: …", a link to another story


@dataclass(frozen=True, kw_only=True)
class _Patterns:
    """The lexicon's patterns :func:`split` reads, by name (six of one type: none taken for another);
    None where the language has none."""

    link: re.Pattern[str] | None  # CROSS_LINK: "Read also: …"
    # whether a paragraph holds a cross-link at all (most hold none): the link's branches, each led by
    # the character its anchor stands after (a line break; a sentence's end mark), which a search skips
    # to, not tried at every character as the anchor and the look-behind are (see _has_link)
    link_opening: re.Pattern[str] | None  # .match at the paragraph's start
    link_after: tuple[re.Pattern[str], re.Pattern[str]] | None  # .search: after a line break, after . ! ?
    headline: re.Pattern[str] | None  # LINKED_HEADLINE: another story's headline
    more: re.Pattern[str] | None  # MORE_STORIES: a page's heading of other stories
    on: re.Pattern[str] | None  # LINE_GOES_ON: a line that ends with a word no sentence ends with
    speaker: re.Pattern[str] | None  # ITEM_STOP_SPEAKER: a clause of another speaker
    weapon_list: re.Pattern[str]  # WEAPON_LIST_HEADER: the header of a list of weapons ("the following weapons:")


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> _Patterns:
    """The lexicon's patterns :func:`split` reads, compiled once per language."""
    i = re.IGNORECASE
    return _Patterns(
        # (or glued to the sentence before it by a page's scrape: "… in the region.Read also: Fire in …")
        link=re.compile(rf"^[ \t]*(?:{lex.CROSS_LINK})|(?<=[.!?])[ \t]*(?:{lex.CROSS_LINK_GLUED})", i | re.MULTILINE)
        if lex.CROSS_LINK else None,
        link_opening=re.compile(rf"[ \t]*(?:{lex.CROSS_LINK})", i | re.MULTILINE) if lex.CROSS_LINK else None,
        link_after=(re.compile(rf"\n[ \t]*(?:{lex.CROSS_LINK})", i | re.MULTILINE),
                    re.compile(rf"[.!?][ \t]*(?:{lex.CROSS_LINK_GLUED})", i | re.MULTILINE)) if lex.CROSS_LINK else None,
        headline=re.compile(lex.LINKED_HEADLINE) if lex.LINKED_HEADLINE else None,
        more=re.compile(rf"^[ \t]*(?:{lex.MORE_STORIES})[ \t]*:?[ \t]*$", i | re.MULTILINE) if lex.MORE_STORIES else None,
        on=re.compile(rf"(?<![\w-])(?:{lex.LINE_GOES_ON})[ \t]*$", i) if lex.LINE_GOES_ON else None,
        speaker=re.compile(lex.ITEM_STOP_SPEAKER, i) if lex.ITEM_STOP_SPEAKER else None,
        weapon_list=re.compile(lex.WEAPON_LIST_HEADER, i),
    )


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern table of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex)


def split(norm: str, lex: ModuleType) -> list[Sentence]:
    """Sentences; a line that opens with the lexicon's ``CROSS_LINK`` ("Read also:", "Читайте також:")
    is a sentence of its own, marked ``is_link`` (a link to another story, with its own numbers), and so
    is a paragraph after the body's first full sentence that is another story's headline
    (``LINKED_HEADLINE``, "…, Air Force says", no full stop), and every paragraph after a line that
    is only a page's heading of other stories (``MORE_STORIES``, "Check Also", "Схожі новини").
    A line that ends with a word no sentence ends with (``LINE_GOES_ON``: "над", "the") goes on into the
    next line, though it opens with a capital ("… уничтожены над\nБелгородской областью").
    A clause of another speaker (``ITEM_STOP_SPEAKER``: ", а губернатор Белгородской области – о трёх",
    ", and the Belgorod governor said …") is a statement of its own: it starts a sentence of the body.
    Each of the first few lines before the body's first full sentence that ends with no full stop is a
    title (``is_title``): the headline, though a dateline or a rubric comes first, and a sub-headline."""
    sentences: list[Sentence] = []
    paragraph = 0
    pats = _patterns(lex)
    link, headline, on, speaker = pats.link, pats.headline, pats.on, pats.speaker
    more = pats.more.search(norm) if pats.more is not None else None
    others = more.start() if more else len(norm)  # where the other stories begin
    body = False  # whether a full sentence of the body came yet
    for start, text, linked in _blocks(norm, pats):
        if (linked and link.match(text)) or (body and headline is not None and headline.fullmatch(text)) \
                or start >= others:
            lead = len(text) - len(text.lstrip())
            seg = text.strip()
            sentences.append(Sentence(len(sentences), start + lead, start + lead + len(seg), seg, paragraph,
                                      is_link=True))
            paragraph += 1
            continue
        pieces: list[tuple[int, int]] = []
        cursor = 0
        head = _headline_end(text) if paragraph == 0 else None
        if head is None and not body and len(sentences) < _TITLE_LINES:
            # (a later paragraph's first line is a sub-headline when the next line opens anew with a capital;
            # "… сбили\n20 дронов над …" is one hard-wrapped sentence)
            head = _headline_end(text)
            head = head if head and text[head + 1 :].lstrip()[:1].isupper() and not (
                on is not None and on.search(text, max(0, head - _GOES_ON_TAIL), head)) else None
        if head:
            # a first line without a full stop, glued to the body by one line break: a sentence of its own
            pieces.append((0, head))
            cursor = head + 1
        for m in _boundaries(text, cursor):
            candidate = text[cursor : m.start()].rstrip("\"') ]")
            # (an abbreviation ends the candidate: only its last characters are searched, where
            # \b still sees the character before them)
            if _ABBREV.search(candidate, max(0, len(candidate) - _ABBREV_TAIL)) \
                    and not candidate.endswith(("p.m.", "a.m.")):
                continue
            if candidate.endswith(("p.m.", "a.m.")) and _ZONE_WORD.match(text, m.end()):
                continue
            if on is not None and m.group(0).endswith("\n") and on.search(text, max(0, m.start() - _GOES_ON_TAIL),
                                                                          m.start()):
                continue  # (a hard-wrapped line: "… 14 БПЛА над\nБелгородской областью")
            pieces.append((cursor, m.start()))
            cursor = m.end()
        pieces.append((cursor, len(text)))
        if speaker is not None:
            pieces = [p for k, (a, b) in enumerate(pieces)
                      for p in (((a, b),) if k == 0 and head else _speaker_clauses(text, a, b, speaker))]
        for a, b in pieces:
            seg = text[a:b]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if not seg:
                continue
            s = start + a + lead
            # (every line of the head before the body's first full sentence is a headline: the title after a
            # dateline or a rubric, and a sub-headline under it, whose count the body tells again)
            is_title = (
                not body
                and len(sentences) < _TITLE_LINES
                and "\n" not in seg
                and not seg.endswith((".", "!", "?", ":", ";"))
                and (len(pieces) == 1 or (a, b) == (0, head))
            )
            sentences.append(Sentence(len(sentences), s, s + len(seg), seg, paragraph, is_title))
            body = body or (not is_title and seg.endswith((".", "!", "?")))
        paragraph += 1
    return _named_lists(sentences, norm, pats.weapon_list, lex)


# a line of a list that only names something: a bullet, then words without a figure ("- Київської;",
# "• Odesa region,"); a list of counts ("- Ростовская область – 4") keeps a sentence for each line
_NAME_LINE = re.compile(r"[-•*·▪◾►][ \t]*[^\W\d_][^\d\n:]{0,48}")


# a line of a list that counts one weapon type: a bullet, a figure, then words ("- 350 ударних БпЛА;",
# "– 10 missiles.", "- 14 крилатих ракет Х-101"); whether they name only a weapon, see _only_weapon
_COUNT_LINE = re.compile(r"[-–—•*·▪◾►][ \t]*(\d{1,5})[ \t]+[^\W\d_][^\n:]{0,60}")
# a header that ends with its own figure, maybe a word or two after it ("збито/подавлено 380:",
# "атакував 400 засобами повітряного нападу:")
_COUNT_HEADER = re.compile(r"\d[^\d\n]{0,48}:")


def _type_lines(sentences: list[Sentence], k: int, lex: ModuleType) -> int:
    """The end (exclusive) of the lines after the header ``sentences[k]`` that each count one weapon type;
    ``k + 1`` when there are fewer than two or the header tells no figure of its own."""
    s = sentences[k]
    if s.is_link or not _COUNT_HEADER.search(s.text[-50:]):
        return k + 1
    j = k + 1
    while j < len(sentences) and not sentences[j].is_link and _COUNT_LINE.fullmatch(sentences[j].text) \
            and _only_weapon(sentences[j].text, lex):
        j += 1
    return j if j - k > 2 else k + 1


def _only_weapon(line: str, lex: ModuleType) -> bool:
    """Whether ``line`` names a weapon and nothing but a mark or a word or two follows it (no place)."""
    from raidlog.extract import weapons  # (weapons is a later stage's module)

    found = weapons.find(line, lex)
    figure = _COUNT_LINE.fullmatch(line)
    return bool(found) and figure is not None and not re.search(r"\d", line[figure.end(1) : found[0].start]) \
        and len(line[found[-1].end :].strip(" \t;.,")) <= 12


def _named_lists(sentences: list[Sentence], norm: str, weapon_list: re.Pattern[str],
                 lex: ModuleType) -> list[Sentence]:
    """A sentence that ends with a colon, then lines that only name things: one sentence, as the
    same list written in the line ("знищено 24 дрони у межах 3 областей:\n- Київської;\n- Одеської;",
    "within four regions, namely:\n\n  • Mykolaiv region,\n  • Odesa region."). Not the lines of a
    list of weapons (``WEAPON_LIST_HEADER``, "по області вдарило таке озброєння:\n- ракети;\n- КАБ;"):
    each line, one weapon with no figure, is a part of it of its own (see attribute.totals).
    A header that tells its own figure, then lines that each count one weapon type ("збито/подавлено 380:\n
    - 350 ударних БпЛА;\n- 30 крилатих ракет"), is one sentence too: the lines split the header's count by
    type, as the same list written in the line does; lines that count places stay sentences of their own."""
    out: list[Sentence] = []
    k = 0
    while k < len(sentences):
        s = sentences[k]
        j = k + 1
        if s.text.endswith(":"):
            j = _type_lines(sentences, k, lex)
        if j > k + 1:
            pass
        elif s.text.endswith(":") and not s.is_link and not weapon_list.search(s.text):
            while j < len(sentences) and not sentences[j].is_link and _NAME_LINE.fullmatch(sentences[j].text):
                j += 1
        if j - k <= 2:  # (two lines at least: one is a caption's or a heading's)
            j = k + 1
        elif s.text.endswith(":"):
            s = Sentence(s.index, s.start, sentences[j - 1].end, norm[s.start : sentences[j - 1].end],
                         s.paragraph, s.is_title)
        if s.index != len(out):
            s = Sentence(len(out), s.start, s.end, s.text, s.paragraph, s.is_title, s.is_link)
        out.append(s)
        k = j
    return out


def _speaker_clauses(text: str, a: int, b: int, speaker: re.Pattern[str]) -> list[tuple[int, int]]:
    """The piece ``text[a:b]`` cut after each comma that opens another speaker's clause. The pattern
    is tried at the piece's commas alone, not at every space: a clause cut opens with its comma, and
    ITEM_STOP_SPEAKER holds no other ("… and the governor …" without one goes on; its match, which
    holds no comma, hides none that opens with one; tests/test_segment_speaker.py)."""
    out = []
    comma = text.find(",", a, b)
    while comma >= 0:
        x = speaker.match(text, comma, b)
        if x is not None:
            out.append((a, comma + 1))
            a = comma + 1
        comma = text.find(",", x.end() if x is not None else comma + 1, b)
    out.append((a, b))
    return out


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # lines up to a blank line

# Every boundary starts right after a sentence's closing mark or at a line break.
_BOUNDARY_START = re.compile(r"[.!?…\n]")


def _boundaries(text: str, start: int) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(text, start)``, tried only where a boundary may start (its look-behinds
    made a search try every character)."""
    end = start  # where the next boundary may start (a mark just before ``start`` counts)
    for c in _BOUNDARY_START.finditer(text, max(0, start - 1)):
        at = c.start() if c.group(0) == "\n" else c.end()
        if at < end:
            continue
        m = _BOUNDARY.match(text, at)
        if m is not None:
            yield m
            end = max(m.end(), at + 1)  # (an empty boundary at ``at`` is found there again)


def _blocks(norm: str, pats: _Patterns) -> list[tuple[int, str, bool]]:
    """Paragraphs (text between blank lines), with each cross-link line cut out as a block of its own;
    each with whether a link may open it (False: its paragraph holds none, so :func:`split` need not
    ask again: the link's match at the paragraph's start is its dearest part, a caption's run to a "(")."""
    out: list[tuple[int, str, bool]] = []
    link = pats.link
    for para in _PARAGRAPH.finditer(norm):
        start, text = para.start(), para.group(0)
        if link is None or not _has_link(text, pats):
            out.append((start, text, False))
            continue
        cut = 0
        for x in link.finditer(text):
            line_end = text.find("\n", x.start())
            line_end = len(text) if line_end < 0 else line_end
            if text[cut : x.start()].strip():
                out.append((start + cut, text[cut : x.start()].rstrip("\n"), True))
            out.append((start + x.start(), text[x.start() : line_end], True))
            cut = line_end + 1
        if text[cut:].strip():
            out.append((start + cut, text[cut:], True))
    return out


def _has_link(text: str, pats: _Patterns) -> bool:
    """Whether ``pats.link.search(text)`` finds a cross-link: where the link's anchor holds (the text's
    start, a line break or a sentence's end mark before it), its branch matches from there."""
    after_break, after_mark = pats.link_after
    return bool(pats.link_opening.match(text) or after_break.search(text) or after_mark.search(text))


# how many lines a story's head may hold before its body: a page's rubric or dateline, the title, a
# sub-headline ("12 мая 2026, 21:05", "Над Энском работает ПВО", "Губернатор: над Энском сбиты три БПЛА")
_TITLE_LINES = 4


def _headline_end(text: str) -> int | None:
    first, nl, rest = text.partition("\n")
    if nl and len(first) <= 250 and rest.strip() and not first.rstrip().endswith(
            (".", "!", "?", ":", ";", ",", "-")):
        return len(first)
    return None
