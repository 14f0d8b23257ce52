"""raidlog: air-attack reports into attributed, geocoded, checked claims.

    >>> import raidlog
    >>> report = raidlog.extract(text, published="2025-11-12")
"""

from __future__ import annotations

from datetime import date

from raidlog.detect import detect_language

# Imported first: binding the subpackage ``raidlog.extract`` here lets the
# function below take the name ``raidlog.extract`` for good.
from raidlog.extract.pipeline import Doc, ExtractionTimeout, run, to_report
from raidlog.model import Report

__version__ = "0.1.0"
__all__ = ["extract", "ExtractionTimeout", "Report", "__version__"]


def extract(
    text: str,
    published: str | date | None = None,
    lang: str | None = None,
    title: str | None = None,
    source: str | None = None,
    time_limit: float | None = None,
) -> Report:
    """Extract the claims, incidents and findings of one report
    (``lang``: "en", "ru", "uk", or None to detect it). With ``time_limit`` (seconds) an
    extraction still running after it stops with :class:`ExtractionTimeout` (checked between
    stages and sentences)."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    if lang in (None, "auto"):
        lang = detect_language(text)
    doc = run(Doc(text, lang, published, title, source, time_limit=time_limit))
    return to_report(doc, __version__)
