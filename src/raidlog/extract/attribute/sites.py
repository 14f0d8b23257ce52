"""Where weapons were launched from: the places after a launch-site cue ("launched from the
Kursk region"), which are not where they were downed.
"""

from __future__ import annotations

from types import ModuleType

from raidlog.extract.attribute.cues import _patterns
from raidlog.extract.mentions import Mentions
from raidlog.extract.resolve import Resolution
from raidlog.extract.sites import after_site_cue
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
    return [r.place for r in after_site_cue(m.sentence.text, res, lex)]
