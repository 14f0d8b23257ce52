"""Bounds on the extraction a web request may ask for (POST /api/extract, the check page):
a time limit per request and a number of extractions running at once.

``RAIDLOG_EXTRACT_SECONDS`` (default 10) and ``RAIDLOG_EXTRACT_CONCURRENCY`` (default 2)
set them; a request that finds every slot taken waits ``QUEUE_SECONDS`` for one, then is
answered 503 with Retry-After."""

from __future__ import annotations

import os
import threading
from datetime import date

from fastapi import HTTPException

import raidlog

TIME_LIMIT = float(os.environ.get("RAIDLOG_EXTRACT_SECONDS", "10"))
CONCURRENCY = max(1, int(os.environ.get("RAIDLOG_EXTRACT_CONCURRENCY", "2")))
QUEUE_SECONDS = 2.0
SLOTS = threading.BoundedSemaphore(CONCURRENCY)


def extract(text: str, published: str | date | None = None, lang: str | None = None,
            title: str | None = None, source: str | None = None) -> raidlog.Report:
    """``raidlog.extract`` within the limits: 503 when the server is busy, 422 when the text
    takes longer than the time limit."""
    if not SLOTS.acquire(timeout=QUEUE_SECONDS):
        raise HTTPException(503, "the server is busy extracting other texts; try again in a few seconds",
                            headers={"Retry-After": "5"})
    try:
        return raidlog.extract(text, published=published, lang=lang, title=title, source=source,
                               time_limit=TIME_LIMIT)
    except raidlog.ExtractionTimeout:
        raise HTTPException(422, f"cannot extract: the text took longer than {TIME_LIMIT:g} s to read; "
                                 "send a shorter one") from None
    finally:
        SLOTS.release()
