"""The ledger's commands: ingest, reprocess, claims, findings, stats, show,
search, export. Each parses its options, makes one library call and renders."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from typing import Annotated, get_args

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from raidlog.cli import output
from raidlog.cli.output import CsvFlag, JsonFlag, NlFlag, TableFlag
from raidlog.model import WeaponType

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Ledger: a SQLite path or postgresql:// URL (default ./raidlog.db, or $RAIDLOG_DB).")]


class Side(StrEnum):
    """The side a claimant speaks for."""

    RU = "RU"
    UA = "UA"


# the weapon types a claim is typed with (model.WeaponType): the choices --weapon offers
Weapon = StrEnum("Weapon", {w: w for w in get_args(WeaponType)})

CLAIM_COLUMNS = ["id", "day", "claimant", "side", "weapon", "destroyed", "launched", "regions", "scope",
                 "group", "findings", "document"]


def weapon_label(row: dict) -> str:
    """"mixed (missile 5/6, drone 104/132)": a mixed claim with its split, destroyed/launched
    per weapon type as stated ("?" where not)."""
    if row["weapon"] != "mixed" or not row.get("weapons"):
        return row["weapon"]
    totals: dict[str, list] = {}
    for w in row["weapons"]:
        t = totals.setdefault(w["type"], [None, None])
        for k, key in enumerate(("destroyed", "launched")):
            if w[key] is not None:
                t[k] = (t[k] or 0) + w[key]
    parts = [f"{kind} {'?' if d is None else d}/{'?' if n is None else n}" for kind, (d, n) in totals.items()]
    return f"mixed ({', '.join(parts)})"


def _ledger(db: str | None):
    from raidlog.store import Ledger, StoreError

    try:
        return Ledger(db)
    except StoreError as exc:
        print(f"raidlog: error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None


def _read_ledger(db: str | None):
    """The ledger a read command reads: one that does not exist yet is an error (exit 1)
    rather than a new, empty file and "nothing found"."""
    from raidlog.store.engine import database_url

    url = database_url(db)
    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None
    if path and path != ":memory:" and not os.path.exists(path):
        print(f"raidlog: error: no ledger at {path} (create one with raidlog ingest, or give --db)", file=sys.stderr)
        raise typer.Exit(1)
    return _ledger(db)


def _fail(exc: Exception) -> None:
    print(f"raidlog: error: {exc}", file=sys.stderr)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        sources: Annotated[list[str], typer.Argument(
            help="Files, folders, feeds, Telegram exports (result.json), JSON Lines/CSV, or http(s) URLs.")],
        db: DbOption = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    ) -> None:
        """Read documents into the ledger: extract, store, reconcile.

        Example: raidlog ingest samples/corpus
        """
        from raidlog.ingest.files import count_documents
        from raidlog.store.intake import ingest as run_ingest

        ledger = _ledger(db)
        console = Console(stderr=True)
        show = not quiet and console.is_terminal
        # the total where it is known before reading (files, JSON Lines lines, CSV rows, feed entries,
        # messages of a Telegram export; not URLs): a bar with the time left
        total = count_documents(sources) if show else None
        with Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                      console=console, disable=not show, transient=True) as progress:
            task = progress.add_task("ingesting", total=total)

            def on_item(name: str, status: str) -> None:
                done = progress.tasks[0].completed + 1
                if total is not None and done > total:  # a reader gave more than counted: grow the bar
                    progress.update(task, total=done)
                progress.update(task, advance=1, description=f"{status:9} {name[-50:]}")

            summary = run_ingest(ledger, sources, on_item=on_item)
        for name, warning in summary.warnings:
            print(f"raidlog: warning: {name}: {warning}", file=sys.stderr)
        for name, reason in summary.failures:
            print(f"raidlog: error: {name}: {reason}", file=sys.stderr)
        out = Console(highlight=False)
        out.print(f"{summary.line()}; {_ledger_findings(summary.findings)}", soft_wrap=True)
        _summary(ledger, out)
        if summary.failed:
            raise typer.Exit(1)

    @app.command()
    def reprocess(db: DbOption = None) -> None:
        """Re-extract every stored document with this raidlog and gazetteer.

        Example: raidlog reprocess --db team.db
        """
        from raidlog.store.intake import reprocess as run_reprocess

        summary = run_reprocess(_ledger(db))
        print(f"reprocessed {summary.updated} (nothing extracted from {summary.nothing_extracted}), "
              f"failed {summary.failed}; {_ledger_findings(summary.findings)}")
        if summary.failed:
            raise typer.Exit(1)

    @app.command()
    def claims(
        since: Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD).")] = None,
        until: Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")] = None,
        claimant: Annotated[str | None, typer.Option(help="Claimant name contains this.")] = None,
        side: Annotated[Side | None, typer.Option(help="The claimant's side.", case_sensitive=False)] = None,
        region: Annotated[str | None, typer.Option(help="ISO 3166-2 code (RU-BEL) or name.")] = None,
        weapon: Annotated[Weapon | None, typer.Option(
            help="The claim's weapon type; a mixed claim (more than one type) is found by each type of "
                 "its split (--weapon missile finds missiles and drones together).",
            case_sensitive=False)] = None,
        with_finding: Annotated[str | None, typer.Option(help="Only claims with this finding code.")] = None,
        limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 100,
        db: DbOption = None,
        table: TableFlag = False, as_json: JsonFlag = False, nl: NlFlag = False, as_csv: CsvFlag = False,
    ) -> None:
        """List claims, newest first.

        Example: raidlog claims --region RU-BEL --since 2025-11-01 --csv
        """
        from raidlog.store import queries

        fmt = output.choose(table, as_json, nl, as_csv)
        f = queries.ClaimFilter(since, until, claimant, side and side.value, region, weapon and weapon.value, with_finding,
                               limit=limit or None)
        try:
            with _read_ledger(db).engine.connect() as conn:
                rows = queries.claims(conn, f)
        except queries.QueryError as exc:
            _fail(exc)
        if fmt == output.Format.table:  # CSV and JSON keep the type ("mixed"), JSON has the split
            rows = [{**r, "weapon": weapon_label(r)} for r in rows]
        output.render(rows, fmt, CLAIM_COLUMNS)

    @app.command()
    def findings(
        code: Annotated[str | None, typer.Option(
            help="Only this finding code (every code and when it fires: docs/findings.md).")] = None,
        severity: Annotated[str | None, typer.Option(help="error, warning or info.")] = None,
        limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 200,
        db: DbOption = None,
        table: TableFlag = False, as_json: JsonFlag = False, nl: NlFlag = False, as_csv: CsvFlag = False,
    ) -> None:
        """List findings (checks that fired), per document and across the ledger.

        Example: raidlog findings --code sources-disagree
        """
        from raidlog.store import queries
        from raidlog.verify.codes import FINDING_CODES

        fmt = output.choose(table, as_json, nl, as_csv)
        if code is not None and code not in FINDING_CODES:
            _fail(ValueError(f"--code {code!r} is no finding code: choose one of {', '.join(FINDING_CODES)} "
                             "(docs/findings.md)"))
        try:
            with _read_ledger(db).engine.connect() as conn:
                rows = queries.findings(conn, code, severity, limit=limit or None)
        except queries.QueryError as exc:
            _fail(exc)
        output.render(rows, fmt, ["id", "severity", "code", "message", "claim", "group", "document"])

    @app.command()
    def stats(
        by: Annotated[list[str], typer.Option(
            help="day, week or month; again: side (the default), claimant or region.")] = ["day"],  # noqa: B006
        since: Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD).")] = None,
        until: Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")] = None,
        db: DbOption = None,
        table: TableFlag = False, as_json: JsonFlag = False, nl: NlFlag = False, as_csv: CsvFlag = False,
    ) -> None:
        """Claimed destroyed and launched, documents and claim groups per period and side.

        Each side's claims apart (never a sum of Russian- and Ukrainian-claimed numbers); a claim
        told by several sources counts once; only night and day reports count (no weekly summaries).

        Example: raidlog stats --by week --by claimant
        """
        from raidlog.store import queries

        fmt = output.choose(table, as_json, nl, as_csv)
        periods = ("day", "week", "month")
        for value in by:
            if value not in periods and value not in queries.SPLITS:
                _fail(ValueError(f"--by {value!r}: choose day, week or month, and optionally side, claimant "
                                 "or region (--by week --by claimant)"))
        period = next((b for b in by if b in periods), "day")
        split = next((b for b in by if b in queries.SPLITS), "side")
        try:
            with _read_ledger(db).engine.connect() as conn:
                rows = queries.stats(conn, period, split, since, until)
        except queries.QueryError as exc:
            _fail(exc)
        output.render(rows, fmt)

    @app.command()
    def show(
        ref: Annotated[str, typer.Argument(help="c<n> (claim), g<n> (claim group) or d<n> (document).")],
        db: DbOption = None,
        as_json: Annotated[bool, typer.Option("--json", help="One JSON object: the item, its evidence and findings.")] = False,
    ) -> None:
        """One claim, claim group or document, with its evidence highlighted.

        Example: raidlog show c12
        """
        from raidlog.cli import render as render_report
        from raidlog.store import queries

        try:
            with _read_ledger(db).engine.connect() as conn:
                item = queries.show(conn, ref)
        except queries.QueryError as exc:
            _fail(exc)
        if as_json:
            sys.stdout.write(json.dumps(item, ensure_ascii=False, indent=2) + "\n")
            return
        render_report.stored(Console(highlight=False), item)

    @app.command()
    def search(
        query: Annotated[str, typer.Argument(help="Words to find in document texts.")],
        limit: Annotated[int, typer.Option(help="At most this many documents.")] = 50,
        db: DbOption = None,
        table: TableFlag = False, as_json: JsonFlag = False, nl: NlFlag = False, as_csv: CsvFlag = False,
    ) -> None:
        """Full-text search over the stored documents: a word matches its inflected forms
        ("Шебекино" finds "в Шебекине", "drone" finds "drones"), a word ending in * is a prefix
        ("Шебекин*"); every word must match.

        Example: raidlog search "Шебекино"
        """
        from raidlog.store import queries

        fmt = output.choose(table, as_json, nl, as_csv)
        try:
            with _read_ledger(db).engine.connect() as conn:
                rows = queries.search(conn, query, limit)
                labels = queries.document_labels(conn, [int(r["id"][1:]) for r in rows])
        except queries.QueryError as exc:
            _fail(exc)
        if fmt in (output.Format.table, output.Format.csv):  # a post without a title: its first words
            rows = [{**r, "title": r["title"] or labels[int(r["id"][1:])]["title"]} for r in rows]
        output.render(rows, fmt, ["id", "published", "title", "extracted", "snippet"])


def _ledger_findings(n: int) -> str:
    """What the run's reconciliation found: the findings across documents (scope "ledger") on the
    days the run touched, which are the "ledger" column of the findings table for those days."""
    return f"{n} finding{'s' if n != 1 else ''} across documents on the days this run touched"


def _summary(ledger, console: Console) -> None:
    """The ledger at a glance, after an ingest."""
    from raidlog.store import queries

    with ledger.engine.connect() as conn:
        rows = queries.stats(conn, "day", "claimant")
        codes = queries.finding_counts_by_scope(conn)
    if rows:
        output.render(rows[-12:], output.Format.table, title="Claimed per day (latest 12 rows)")
    if codes:
        output.render(codes, output.Format.table, title="Findings (document: a report's own checks; "
                      "ledger: across documents)")


def _format_help() -> str:
    from raidlog.export import EXPORTERS

    return "; ".join(f"{e.name}: {e.help}" for e in EXPORTERS.values()) + "."


def register_export(app: typer.Typer) -> None:
    from raidlog.export import EXPORTERS, LAYERS

    @app.command()
    def export(
        fmt: Annotated[str, typer.Option("--format", help=_format_help())] = "csv",
        out: Annotated[str | None, typer.Option("--out", help="File to write (default: standard output; "
                                                "a binary format needs a file).")] = None,
        layer: Annotated[str | None, typer.Option(
            "--layer", help="claims or incidents (default: claims; geojson: both, told apart by the "
                            "property 'feature').")] = None,
        since: Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD).")] = None,
        until: Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")] = None,
        region: Annotated[str | None, typer.Option(help="ISO 3166-2 code or name.")] = None,
        db: DbOption = None,
    ) -> None:
        """Export claims and their breakdown places, or incidents and their places, for analysis and maps.

        Example: raidlog export --format geojson --out raidlog.geojson
        """
        from raidlog import export as ex
        from raidlog.extras import MissingExtra, need
        from raidlog.store import queries

        exporter = EXPORTERS.get(fmt)
        if exporter is None:
            _fail(ValueError(f"--format {fmt!r}: choose one of {', '.join(EXPORTERS)}"))
        if layer is not None and layer not in LAYERS:
            _fail(ValueError(f"--layer {layer!r}: choose claims or incidents"))
        if layer and not exporter.layers:
            _fail(ValueError(f"--format {fmt} has its own rows ({exporter.help}): leave out --layer"))
        if exporter.binary and not out:
            _fail(ValueError(f"--format {fmt} writes a binary file: give --out PATH"))
        if exporter.extra:
            try:
                need(exporter.extra, f"--format {fmt}")
            except MissingExtra as exc:
                _fail(exc)
        f = queries.ClaimFilter(since=since, until=until, region=region, limit=None)
        fi = queries.IncidentFilter(since=since, until=until, region=region, limit=None)
        try:
            with _read_ledger(db).engine.connect() as conn:
                body = ex.export(fmt, conn, layer, f, fi)
        except queries.QueryError as exc:
            _fail(exc)
        if isinstance(body, bytes):
            with open(out, "wb") as fh:
                fh.write(body)
        elif out:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                fh.write(body)
        else:
            sys.stdout.write(body)
