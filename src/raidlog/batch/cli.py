"""The ``raidlog batch`` command (registered in :mod:`raidlog.cli.main`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def register_batch(app: typer.Typer) -> None:
    @app.command()
    def batch(
        inputs: Annotated[list[str], typer.Argument(
            help="Document tables (.jsonl, .jsonl.gz, .jsonl.zst, .parquet) or folders of them, local or "
                 "fsspec URLs (s3://…, gs://…); local paths may also be anything `raidlog ingest` reads.")],
        out: Annotated[str, typer.Option("--out", help="Folder for the Parquet tables and manifest.json.")],
        workers: Annotated[int, typer.Option(
            help="Worker processes of a local Dask cluster (0: in this process, without Dask).")] = 2,
        scheduler: Annotated[str | None, typer.Option(
            help="Address of a running dask.distributed scheduler (tcp://host:8786) instead of a local "
                 "cluster.")] = None,
        db: Annotated[str | None, typer.Option(
            "--db", help="Then load the results into this ledger (postgresql://… with COPY, or a SQLite "
                         "path) and reconcile once.")] = None,
        prefilter: Annotated[bool, typer.Option(
            "--prefilter/--no-prefilter", help="Skip documents with no word that can start a claim or an "
                                               "incident (they are stored, nothing derived).")] = True,
        partition_size: Annotated[int, typer.Option(
            help="Documents per partition (inputs that are not tables: a fiftieth of it in files).")] = 500,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    ) -> None:
        """Extract archives on a Dask cluster into partitioned Parquet (and optionally a ledger).

        Example: raidlog batch samples/corpus --out out/ --workers 2
        """
        from rich.console import Console

        from raidlog.batch.runner import BatchError, run
        from raidlog.extras import MissingExtra, need

        try:  # --workers 0 too: it writes Parquet (pyarrow) and reads its inputs with fsspec
            need("batch", "raidlog batch")
        except MissingExtra as exc:
            print(f"raidlog: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        if scheduler and workers != 2:
            print("raidlog: error: give --scheduler or --workers, not both", file=sys.stderr)
            raise typer.Exit(2)
        console = Console(stderr=True)
        progress, events = _progress(console, quiet)
        try:
            with progress:
                outcome = run(inputs, out, workers=workers, scheduler=scheduler, db=db, prefilter=prefilter,
                              partition_size=partition_size, events=events)
        except BatchError as exc:
            print(f"raidlog: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        except Exception as exc:  # noqa: BLE001 - a ledger that cannot be opened, a full disk
            print(f"raidlog: error: {type(exc).__name__}: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        for name, reason in outcome.failures:
            print(f"raidlog: error: {name}: {reason}", file=sys.stderr)
        m = outcome.manifest
        c, parts = m["counts"], m["partitions"]
        where = f"on {m['workers']} worker(s)" if m["workers"] else f"on {m['scheduler']}" if m["scheduler"] \
            else "in this process"
        speed = f"; {m['docs_per_second']:,.1f} docs/s" if m["docs_per_second"] else ""
        out_console = Console(highlight=False)
        out_console.print(
            f"read {c['read']:,} documents in {parts['total']} partitions ({parts['done_before']} finished "
            f"before) {where}: stored {c['stored']:,}, prefiltered {c['prefiltered']:,}, duplicates "
            f"{c['duplicates']:,}, failed {c['failures']:,}; claims {c['claims']:,}, breakdown items "
            f"{c['breakdown_items']:,}, incidents {c['incidents']:,}, findings {c['findings']:,}{speed}",
            soft_wrap=True)
        folder = str(Path(out))
        out_console.print(f"wrote {folder}/manifest.json and {', '.join(m['tables'].values())} under {folder}/",
                          soft_wrap=True)
        if outcome.load:
            ld = outcome.load
            out_console.print(
                f"loaded into the ledger: ingested {ld['ingested']}, duplicates {ld['duplicates']}, updated "
                f"{ld['updated']}, stored with nothing extracted {ld['nothing_extracted']}, failed {ld['failed']}; "
                f"ledger findings {ld['findings']}", soft_wrap=True)
        if c["failures"]:
            raise typer.Exit(1)


def _progress(console, quiet: bool):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    from raidlog.batch.runner import Events

    class DocsPerSecond(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")

    progress = Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                        MofNCompleteColumn(), DocsPerSecond(), TimeElapsedColumn(), TextColumn("ETA"),
                        TimeRemainingColumn(), console=console, disable=quiet or not console.is_terminal,
                        speed_estimate_period=60)
    state = {}

    def started(total: int, before: int, dashboard: str | None) -> None:
        if dashboard and not quiet:
            console.print(f"Dask dashboard: {dashboard}", soft_wrap=True)
        state["task"] = progress.add_task("extracting", total=total, completed=before)

    def done(result: dict) -> None:
        task = state["task"]
        total = progress.tasks[task].total or 0
        progress.update(task, total=total + result["read"] - result["estimate"], advance=result["read"],
                        description=f"extracting {result['input'][-40:]}")

    return progress, Events(started=started, done=done)
