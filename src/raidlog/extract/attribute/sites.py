"""Where weapons were launched from: the places after a launch-site cue ("launched from the
Kursk region"), which are not where they were downed.
"""

from __future__ import annotations

import re
from types import ModuleType

from raidlog.extract.attribute.cues import _patterns
from raidlog.extract.mentions import Mentions
from raidlog.extract.resolve import Resolution
from raidlog.lexicon import may_match
from raidlog.model import Place


def _launch_sites(m: Mentions, res: list[Resolution], lex: ModuleType) -> list[Place]:
    """Places the weapons were launched from ("from the directions of Kursk, Oryol"):
    after a launch verb, or after a cue that says so by itself ("Напрямки пусків –")."""
    if not m.launch_verbs and not (may_match(m.words, lex, "sites_header")
                                   and _patterns(lex)["sites_header"].search(m.sentence.text)):
        return []
    return _after_site_cue(m, res, lex)


def _after_site_cue(m: Mentions, res: list[Resolution], lex: ModuleType) -> list[Place]:
    """The places named after a "from (the direction of)" cue: where weapons came from."""
    text = m.sentence.text
    pats = _patterns(lex)
    cues = [x.end() for x in pats["site_cue"].finditer(text)] if res else []
    sites = []
    last = None  # where the last site's name ends: the list goes on after it
    for r in sorted(res, key=lambda r: r.hit.start):
        before = [end for end in cues if 0 <= r.hit.start - end <= 60]
        if last is not None and last <= r.hit.start:
            before.append(last)
        # only names, commas and "and" between the cue and this place ("from Kursk, Oryol and …", and
        # on from the site before it: "from five directions: Orel, Kursk, …, Millerovo, and Yeysk")
        if r.place is not None and before and not _NAMES_LIST.sub("", text[max(before) : r.hit.start]).strip(" :-"):
            sites.append(r.place)
            last = r.hit.end
    return sites


# "from the directions of Oryol, Bryansk, Millerovo": the names before this one
_NAMES_LIST = re.compile(r"[^\W\d_a-zа-яёіїєґ][\w'-]*(?:,\s*(?:(?:and|и|і|та|й)\s+)?|\s+(?:and|и|і|та|й)\s+)|^(?:,\s*)?(?:(?:and|и|і|та|й)\s+)?")
