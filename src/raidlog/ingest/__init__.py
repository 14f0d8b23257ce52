"""Reading sources into documents for the ledger.

    >>> from raidlog.ingest import read_sources
    >>> for item in read_sources(["corpus/", "https://example.org/feed.xml"]):
    ...     print(item)

Kinds, one module each: plain text (files), web pages (html), RSS and Atom
(feeds), Telegram Desktop exports (telegram), JSON Lines and CSV (tables),
http(s) URLs (web); bytes to text in encoding.
"""

from raidlog.ingest.incoming import Incoming, Rejected
from raidlog.ingest.sources import MAX_BYTES, read_sources

__all__ = ["Incoming", "Rejected", "read_sources", "MAX_BYTES"]
