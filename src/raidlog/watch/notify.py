"""Notifications of what a watch stored: one event per new claim (of a new
post, or of a new version of an edited one) with its findings, and one per
finding of a document that belongs to no claim, or of the ledger that names the
document but none of its claims (an official's post against another document's
breakdown, often a post with no claim at all). Each sink has its own filters
(claimant, side, region, finding code, minimum count) and sends the events that
pass: the terminal (Rich), a JSON Lines file, a webhook (JSON POST, or a
Slack/Mattermost ``{"text": …}`` payload, with retries), or a command run with
the event as JSON on its standard input."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import Connection, bindparam, select

from raidlog.store import schema as t
from raidlog.watch.config import Filter, Sink


def events(conn: Connection, document_id: int, base_url: str | None) -> list[dict[str, Any]]:
    """The events of one stored document (none for a duplicate: it is never stored)."""
    d = conn.execute(select(t.documents).where(t.documents.c.id == document_id)).first()
    if d is None:
        return []
    doc = {"id": f"d{d.id}", "source": d.source, "name": d.name, "url": d.url, "title": d.title,
           "published": d.published, "version": d.version,
           "previous": f"d{d.previous_id}" if d.previous_id else None}
    findings = [(r.claim_id, {"code": r.code, "severity": r.severity, "message": r.message, "scope": r.scope})
                for r in conn.execute(select(t.findings).where(t.findings.c.document_id == document_id)
                                      .order_by(t.findings.c.id))]
    out = []
    claims = list(conn.execute(select(t.claims).where(t.claims.c.document_id == document_id)
                               .order_by(t.claims.c.id)))
    incident_days = conn.execute(select(t.incidents.c.day).distinct()
                                 .where(t.incidents.c.document_id == document_id)).scalars()
    ledger_findings = _ledger_findings(conn, {c.day for c in claims if c.day} | {day for day in incident_days if day})
    told: set[int] = set()
    for c in claims:
        ledger = [lf for lf in ledger_findings if c.id in lf.claims or lf.group is not None and lf.group == c.group_id]
        told.update(lf.id for lf in ledger)
        data = json.loads(c.data)
        regions = sorted({p.get("iso") for item in data.get("breakdown", []) for p in item.get("places", [])
                          if p.get("iso")})
        event = {
            "event": "claim", "claim": f"c{c.id}", "claimant": c.claimant_name, "side": c.side,
            "person": c.person, "weapon": c.weapon, "action": c.action, "destroyed": c.destroyed,
            "launched": c.launched, "day": c.day, "scope": c.scope, "regions": regions,
            "breakdown": [_item(item) for item in data.get("breakdown", [])],
            "findings": [f for cid, f in findings if cid == c.id] + [lf.finding for lf in ledger],
            "document": doc, "link": f"{base_url}/claims/c{c.id}" if base_url else None,
        }
        event["summary"] = summary(event)
        out.append(event)
    for cid, f in findings:
        if cid is None:
            event = {"event": "finding", **f, "document": doc,
                     "link": f"{base_url}/documents/d{d.id}" if base_url else None}
            event["summary"] = f"{f['code']}: {f['message']} ({d.source}, d{d.id})"
            out.append(event)
    for lf in ledger_findings:
        # a ledger finding this document took part in that none of its claims carries (an
        # official's incidents against another document's breakdown: the post may have no claim)
        if lf.id in told or d.id not in lf.documents:
            continue
        others = [f"d{x}" for x in lf.documents if x != d.id]
        event = {"event": "finding", **lf.finding, "day": lf.day, "regions": [lf.region] if lf.region else [],
                 "documents": [f"d{d.id}", *others], "claims": [f"c{x}" for x in sorted(lf.claims) if x],
                 "document": doc, "link": f"{base_url}/documents/d{d.id}" if base_url else None}
        event["summary"] = f"{lf.finding['code']}: {lf.finding['message']} ({d.source}, d{d.id}" \
            + (f"; with {', '.join(others)}" if others else "") + ")"
        out.append(event)
    return out


@dataclass(frozen=True)
class _LedgerFinding:
    id: int
    claims: frozenset[int]    # the claims it names (the one it is filed under among them)
    group: int | None         # the claim group it lies on (sources-disagree)
    documents: tuple[int, ...]  # the documents it names, as the finding lists them
    day: str
    region: str | None
    finding: dict             # what an event tells of it


def _ledger_findings(conn: Connection, days: set[str]) -> list[_LedgerFinding]:
    """The ledger's findings of ``days``, each with the claims and documents it names and its
    claim group. A claim's event carries those that name it and those of its group:
    reconciliation puts a group's ``sources-disagree`` on the group's primary, which may be a
    claim notified before the one whose arrival made the group disagree (and ``window-overlap``
    names two claims). One that names the document but none of its claims is an event of its
    own (an official's incidents against a breakdown of another document)."""
    out = []
    for day in sorted(days):  # one statement whatever the days (a watch runs for weeks)
        for r in conn.execute(_LEDGER_OF_DAY, {"day": day}):
            data = json.loads(r.data).get("data", {})
            out.append(_LedgerFinding(
                r.id, frozenset({r.claim_id} | set(data.get("claims") or ())), r.group_id,
                tuple(data.get("documents") or ()), r.day, data.get("region"),
                {"code": r.code, "severity": r.severity, "message": r.message, "scope": r.scope}))
    return out


_LEDGER_OF_DAY = select(t.findings).where(t.findings.c.scope == "ledger", t.findings.c.day == bindparam("day")) \
    .order_by(t.findings.c.id)


def _item(item: dict) -> dict:
    return {"count": item.get("count"), "each": item.get("each"),
            "places": [p.get("name") for p in item.get("places", [])]}


_PLURAL = {"drone", "missile", "guided_bomb", "rocket"}


def summary(e: dict) -> str:
    """One line: "Ukrainian Air Force (UA): destroyed 31 of 40 drones on 2025-11-12 — Kursk Oblast 2 …"."""
    counts = []
    if e["destroyed"] is not None:
        counts.append(f"destroyed {e['destroyed']}" + (f" of {e['launched']}" if e["launched"] is not None else ""))
    elif e["launched"] is not None:
        counts.append(f"launched {e['launched']}")
    number = e["destroyed"] if e["destroyed"] is not None else e["launched"]
    weapon = e["weapon"].replace("_", " ")
    if number != 1 and e["weapon"] in _PLURAL:
        weapon += "s"
    what = f"{e['claimant']} ({e['side']}): {' '.join(counts) or e['action']} {weapon}"
    if e["day"]:
        what += f" on {e['day']}"
    items = [", ".join(i["places"]) + (f" {i['count']}" if i["count"] is not None else "")
             for i in e["breakdown"] if i["places"]]
    if items:
        what += " — " + "; ".join(items)
    doc = e["document"]
    what += f" [{doc['source']}" + (f", version {doc['version']}" if doc["version"] > 1 else "") + "]"
    if e["findings"]:
        what += " findings: " + ", ".join(f["code"] for f in e["findings"])
    return what


def passes(event: dict, f: Filter) -> bool:
    """Whether ``event`` passes filter ``f`` (every condition given must hold)."""
    if event["event"] == "finding":
        if f.claimant or f.side or f.min_count is not None:
            return False
        if f.region and not set(f.region) & set(event.get("regions") or ()):
            return False  # a ledger finding's region (an official's incidents); a document's has none
        return not f.finding or event["code"] in f.finding
    if f.claimant and not any(c.lower() in event["claimant"].lower() for c in f.claimant):
        return False
    if f.side and event["side"] not in f.side:
        return False
    if f.region and not set(f.region) & set(event["regions"]):
        return False
    if f.finding and not any(x["code"] in f.finding for x in event["findings"]):
        return False
    if f.min_count is not None and max(event["destroyed"] or 0, event["launched"] or 0) < f.min_count:
        return False
    return True


class Sinks:
    """The configured sinks, each sending what passes its filter; a sink that fails is reported
    (``warn``) and the others go on."""

    def __init__(self, sinks: tuple[Sink, ...], warn, console=None, client: httpx.Client | None = None):
        self.sinks = sinks
        self.warn = warn
        self.console = console
        self.client = client
        self.sent = 0

    def send(self, events: list[dict]) -> int:
        """Send ``events``; returns how many (event, sink) deliveries passed the filters."""
        count = 0
        for sink in self.sinks:
            chosen = [e for e in events if passes(e, sink.filter)]
            for event in chosen:
                try:
                    getattr(self, "_" + sink.sink)(sink, event)
                except Exception as exc:  # noqa: BLE001 - one sink's failure must not stop the watch
                    self.warn(f"notify {sink.sink}: {type(exc).__name__}: {exc}")
            count += len(chosen)
        self.sent += count
        return count

    def _terminal(self, sink: Sink, event: dict) -> None:
        from rich.markup import escape

        kind = "[bold green]claim[/]" if event["event"] == "claim" else "[bold yellow]finding[/]"
        link = f" [dim]{escape(event['link'])}[/]" if event.get("link") else ""
        if self.console is not None:
            self.console.print(f"{kind} {escape(event['summary'])}{link}", soft_wrap=True, highlight=False)
        else:
            print(event["summary"], flush=True)

    def _jsonl(self, sink: Sink, event: dict) -> None:
        with open(sink.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")

    def _webhook(self, sink: Sink, event: dict) -> None:
        payload = event if sink.format == "json" else {
            "text": event["summary"] + (f" <{event['link']}>" if event.get("link") else "")}
        client = self.client or httpx.Client(timeout=sink.timeout)
        try:
            for attempt in range(sink.retries + 1):
                try:
                    resp = client.post(sink.url, json=payload, timeout=sink.timeout)
                    if resp.status_code < 300:
                        return
                    problem = f"HTTP {resp.status_code}"
                    if 400 <= resp.status_code < 500 and resp.status_code not in (408, 429):
                        break  # the receiver refuses this payload: trying again will not help
                except httpx.HTTPError as exc:
                    problem = f"{type(exc).__name__}: {exc}"
                if attempt < sink.retries:
                    time.sleep(min(30.0, 0.5 * 2 ** attempt))
            raise RuntimeError(f"{sink.url}: {problem} after {attempt + 1} attempt(s)")
        finally:
            if self.client is None:
                client.close()

    def _command(self, sink: Sink, event: dict) -> None:
        done = subprocess.run(list(sink.command), input=json.dumps(event, ensure_ascii=False) + "\n",
                              text=True, capture_output=True, timeout=sink.timeout, check=False)
        if done.returncode != 0:
            err = (done.stderr or "").strip().splitlines()
            raise RuntimeError(f"{sink.command[0]} exited with {done.returncode}" + (f": {err[-1]}" if err else ""))


def stderr_warn(message: str) -> None:
    print(f"raidlog: warning: {message}", file=sys.stderr, flush=True)
