"""Storing one uploaded document (POST /api/documents): extract, store, reconcile the
days it touches — what ``raidlog ingest`` does for each document it reads."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

import raidlog
from raidlog.ingest.dates import publication_day
from raidlog.store import Ledger
from raidlog.store.ledger import claim_day
from raidlog.store.reconcile import reconcile


def store_document(ledger: Ledger, body) -> dict[str, Any]:
    source = body.source or "web-upload"
    try:
        publication_day(body.published)
    except ValueError as exc:
        raise HTTPException(422, f"published: {exc}") from None
    try:
        report = raidlog.extract(body.text, published=body.published, lang=body.lang, title=body.title,
                                 source=source)
    except ValueError as exc:
        raise HTTPException(422, f"cannot extract: {exc}") from None
    run_id = ledger.start_run("ingest")
    stored = ledger.store(
        text=body.text, source=source, name=body.title or body.url or f"{source}/{report.documents[0].id[7:19]}",
        report=report, run_id=run_id, external_id=body.external_id, url=body.url,
        title=body.title or report.documents[0].title, published=body.published, lang=body.lang
        if body.lang not in (None, "auto") else None,
    )
    found = 0
    nothing = not report.claims and not report.incidents  # stored all the same: searchable, reprocessable
    status = "nothing extracted" if nothing and stored.status != "duplicate" else stored.status
    if stored.status != "duplicate":
        days = {claim_day(c, body.published) for c in report.claims} | {body.published}
        with ledger.engine.begin() as conn:
            found = reconcile(conn, {d for d in days if d})
    ledger.finish_run(run_id, {"ingested": int(status == "new"), "updated": int(status == "updated"),
                               "duplicates": int(status == "duplicate"), "failed": 0,
                               "nothing_extracted": int(status == "nothing extracted")})
    return {"document": f"d{stored.document_id}", "status": status, "claims": len(report.claims),
            "incidents": len(report.incidents), "findings": len(report.findings), "ledger_findings": found}
