"""The readable terminal report: each claim with its breakdown, the incidents,
the findings with the quoted evidence."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from raidlog.model import Claim, Place, Report

_SEVERITY = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def place_label(p: Place) -> str:
    code = p.iso or ""
    return f"{p.name} [dim]{code}[/]" if code else p.name


def _count(value: int | None) -> str:
    return "—" if value is None else str(value)


def _claim(c: Claim, console: Console) -> None:
    who = escape(c.claimant.name)
    head = f"[bold]{who}[/] ({c.claimant.side}) claims"
    parts = []
    if c.launched is not None:
        parts.append(f"[bold]{c.launched}[/] launched")
    if c.destroyed is not None:
        parts.append(f"[bold]{c.destroyed}[/] destroyed")
    if c.lost is not None:
        parts.append(f"{c.lost} lost from radar")
    lines = [f"{head} {', '.join(parts) or 'no total'} · weapon: {c.weapon}"
             + (" · [italic]hedged[/]" if c.hedged else "") + (f" · scope: {c.scope}" if c.scope != "report" else "")]
    if c.window:
        w = c.window
        tz = f"{w.timezone}{' (assumed)' if w.timezone_assumed else ''}"
        lines.append(f"window: {w.start or '?'} → {w.end or '?'} · {tz} · as written: “{escape(w.as_written)}”")
    if c.launch_sites:
        lines.append("launched from: " + ", ".join(place_label(p) for p in c.launch_sites))
    console.print(Panel("\n".join(lines), title=f"claim {c.id}", title_align="left", expand=True))
    if c.weapons:
        t = Table("weapon", "model", "launched", "destroyed", box=None, padding=(0, 2))
        for w in c.weapons:
            t.add_row(w.type, w.model or "", _count(w.launched), _count(w.destroyed))
        console.print(t)
    if c.breakdown:
        t = Table("count", "places", "each?", "as written", box=None, padding=(0, 2))
        for item in c.breakdown:
            each = {True: "each", False: "combined", None: "?" if len(item.places) > 1 else ""}[item.each]
            if item.subset_of is not None:
                each = f"{each} (part of the item above)".strip()
            t.add_row(_count(item.count), ", ".join(place_label(p) for p in item.places), each,
                      escape(item.evidence[0].text if item.evidence else ""))
        console.print(t)


def report(console: Console, rep: Report, name: str) -> None:
    for d in rep.documents:
        console.rule(f"[bold]{escape(name)}[/] · {d.lang} · published {d.published or 'unknown'}")
        if d.title:
            console.print(f"[italic]{escape(d.title)}[/]")
    if rep.claimants:
        console.print("[bold]Claimants:[/] " + "; ".join(
            escape(c.name + (f" ({c.person})" if c.person else "")) + f" [dim]{c.side}[/]" for c in rep.claimants))
    for c in rep.claims:
        _claim(c, console)
    if rep.incidents:
        t = Table("incident", "places", "reported by", "injured", "killed", title="Incidents", box=None,
                  padding=(0, 2), title_justify="left")
        for i in rep.incidents:
            reporter = i.reporter.name + (f" ({i.reporter.person})" if i.reporter and i.reporter.person else "")
            t.add_row(", ".join(i.kinds or (i.kind,)), ", ".join(place_label(p) for p in i.places),
                      escape(reporter), _count(i.injured), _count(i.killed))
        console.print(t)
    if rep.findings:
        console.print("[bold]Findings[/]")
        for f in rep.findings:
            style = _SEVERITY.get(f.severity, "")
            console.print(f"  [{style}]{f.severity:7}[/] [bold]{f.code}[/]: {escape(f.message)}")
            for ev in f.evidence[:3]:
                console.print(f"           [dim]“{escape(ev.text)}” (chars {ev.start}–{ev.end})[/]")
            if f.suggestion:
                console.print(f"           → {escape(f.suggestion)}")
    if rep.commentary:
        console.print(f"[dim]{len(rep.commentary)} commentary sentence(s) carry no attributable fact.[/]")


_KIND_STYLE = {"numbers": "bold yellow", "places": "bold cyan", "times": "bold magenta", "claimant": "bold green"}


def stored(console: Console, item: dict) -> None:
    """A stored claim, group or document (``raidlog show``), evidence highlighted in the text."""
    from rich.text import Text

    if "group" in item and "claims" in item and "document" not in item:
        console.rule(f"claim group {item['group']} · {item['claimant']} · {item['day']}")
        for c in item["claims"]:
            console.print(f"  {c['id']}: {_counts(c)} — {escape(c['document'])}")
        _stored_findings(console, item["findings"])
        return
    doc = item["document"]
    console.rule(f"{doc['id']} · {escape(doc['name'])} · published {doc['published'] or 'unknown'} · v{doc['version']}")
    text = Text(doc["text"])
    claim = item.get("claim")
    _versions(console, item)
    if item.get("nothing_extracted"):
        console.print("[bold]nothing extracted[/] from this document (it is stored all the same; "
                      "`raidlog reprocess` derives it again with a newer raidlog)")
    elif "nothing_extracted" in item:
        console.print(f"claims: {', '.join(item['claims']) or '—'} · incidents: {len(item['incidents'])}")
        for inc in item["incidents"]:
            console.print(f"  {escape(incident_line(inc))}")
    if claim:
        console.print(f"claim {item['id']}: [bold]{escape(claim['claimant']['name'])}[/] claims {_counts(claim)} · {claim['weapon']} · "
                      f"group {item.get('group') or '—'}")
        for span in claim["evidence"]:
            text.stylize("underline", span["start"], span["end"])
        for it in claim["breakdown"]:
            for span in it["evidence"]:
                text.stylize(_KIND_STYLE["numbers"], span["start"], span["end"])
        if claim["window"]:
            for span in claim["window"]["evidence"]:
                text.stylize(_KIND_STYLE["times"], span["start"], span["end"])
    console.print(text)
    _stored_findings(console, item["findings"])


def _versions(console: Console, item: dict) -> None:
    """A document that is one version of an edited post: which version, when it was edited, and what
    changed from the previous one (its claims then and now, the words removed and added)."""
    from raidlog.store.versions import as_text

    doc, chain = item["document"], item.get("versions") or []
    if len(chain) < 2 and not doc.get("edited"):
        return
    line = f"version {doc['version']} of {len(chain) or doc['version']}"
    line += " (current)" if doc["current"] else " (not the current version)"
    if doc.get("edited"):
        line += f" · edited {doc['edited']}"
        if doc["edited"] == doc.get("fetched_at"):
            line += " (when it was seen edited: the source does not say when)"
    console.print(escape(line), soft_wrap=True)
    if len(chain) > 1:
        console.print("versions: " + ", ".join(
            f"{v['id']} v{v['version']}" + (f" edited {v['edited']}" if v["edited"] else "")
            + (" (current)" if v["current"] else "") for v in chain), soft_wrap=True)
    changes = item.get("changes")
    if not changes:
        return
    before = ", ".join(f"{c['id']} ({_counts(c)})" for c in changes["claims_before"]) or "none"
    now = ", ".join(f"{c['id']} ({_counts(c)})" for c in changes["claims_now"]) or "none"
    console.print(escape(f"changed from {changes['from']}: claims then {before}; now {now}"), soft_wrap=True)
    if changes["text"] is None:
        console.print("  (the texts are too long to compare word by word)")
    for hunk in as_text(changes["text"] or []):
        console.print("  " + escape(hunk), soft_wrap=True)


def _counts(claim: dict) -> str:
    """"destroyed 43, launched not stated": a count the claim does not give is said so, never None."""
    return ", ".join(f"{k} {claim[k] if claim[k] is not None else 'not stated'}" for k in ("destroyed", "launched"))


def _stored_findings(console: Console, findings: list[dict]) -> None:
    for f in findings:
        style = _SEVERITY.get(f["severity"], "")
        console.print(f"  [{style}]{f['severity']:7}[/] [bold]{f['code']}[/]: {escape(f['message'])}")


def incident_line(inc: dict) -> str:
    """One incident in a line: kind, places, reporter, casualties as stated."""
    parts = [inc["kind"].replace("_", " ")]
    if inc.get("places"):
        parts.append(", ".join(p["name"] for p in inc["places"]))
    if inc.get("locations") is not None:
        parts.append(f"at {inc['locations']} location{'s' if inc['locations'] != 1 else ''}")
    if inc.get("reporter"):
        parts.append(f"reported by {inc['reporter']['name']}")
    parts += [f"{k} {inc[k]}" for k in ("killed", "injured") if inc.get(k) is not None]
    return " · ".join(parts)
