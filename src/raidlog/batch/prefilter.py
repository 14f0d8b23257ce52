"""A cheap relevance prefilter: skip documents that cannot hold a claim or an incident.

A document is kept when its words admit any of the trigger gates of the extraction's own
pattern families in its language (weapons, interception and launch verbs, "lost from radar",
incidents, casualties; see :mod:`raidlog.lexicon.gates`): the gates are derived from the
patterns, so a document without any of their words cannot match any of them. It costs one
pass of a word regular expression over the text, a few per cent of an extraction.

Skipped documents are still stored (verbatim, with nothing derived, as ``ingest`` stores a
document from which nothing was extracted) and counted in the manifest as "prefiltered".
"""

from __future__ import annotations

from raidlog.lexicon import for_lang, may_match, words_of

FAMILIES = ("weapons", "destroy", "launch", "lost", "incidents", "casualties")
_LOADED = False


def _load_families() -> None:
    """The stages declare their families when imported."""
    global _LOADED
    if not _LOADED:
        import raidlog.extract.attribute  # noqa: F401
        import raidlog.extract.casualties  # noqa: F401
        import raidlog.extract.mentions  # noqa: F401

        _LOADED = True


def language(text: str, lang: str | None) -> str:
    """The language extraction reads ``text`` in (the stated one, else the detected one)."""
    if lang in ("en", "ru", "uk"):
        return lang
    from raidlog.detect import detect_language

    return detect_language(text)


def relevant(text: str, lang: str | None = None) -> bool:
    """False only when no word of ``text`` can start a claim or an incident."""
    _load_families()
    lex = for_lang(language(text, lang))
    words = words_of(text, lex)
    return any(may_match(words, lex, family) for family in FAMILIES)
