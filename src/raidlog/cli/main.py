"""The ``raidlog`` command. Each verb parses its arguments, makes one library
call per input and renders; errors become one line naming the input."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from raidlog.batch.cli import register_batch
from raidlog.cli.ledger import register as register_ledger
from raidlog.cli.ledger import register_export
from raidlog.cli.serve import register_serve
from raidlog.watch.cli import register_watch

app = typer.Typer(
    help="raidlog: reports of air attacks into attributed, geocoded, checked claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Lang(StrEnum):
    en = "en"
    ru = "ru"
    uk = "uk"
    auto = "auto"


SUPPORTED = {"en", "ru", "uk"}


def _published(value: str | None) -> str | None:
    from raidlog.ingest.dates import publication_day

    try:
        return publication_day(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _version(value: bool) -> None:
    if value:
        from raidlog import __version__

        typer.echo(f"raidlog {__version__}")
        raise typer.Exit()


class LogLevel(StrEnum):
    debug = "debug"
    info = "info"
    warning = "warning"
    error = "error"


def setup_logging(verbose: int, level: LogLevel | None) -> None:
    """Log lines on standard error ("raidlog: INFO: raidlog.store: …"): warnings by default, info
    with -v, debug with -vv; --log-level sets the level outright."""
    import logging

    chosen = level.value.upper() if level else ("DEBUG" if verbose > 1 else "INFO" if verbose else "WARNING")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("raidlog: %(levelname)s: %(name)s: %(message)s"))
    root = logging.getLogger("raidlog")
    root.handlers[:] = [handler]
    root.setLevel(chosen)
    root.propagate = False


@app.callback()
def main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print raidlog's version and exit.")] = False,
    verbose: Annotated[int, typer.Option(
        "--verbose", "-v", count=True, help="Say what is done on standard error: -v each document and "
        "step, -vv details (queries, timings).")] = 0,
    log_level: Annotated[LogLevel | None, typer.Option(
        "--log-level", case_sensitive=False, help="The level of the log lines (overrides -v).")] = None,
) -> None:
    """raidlog: reports of air attacks into attributed, geocoded, checked claims."""
    setup_logging(verbose, log_level)


@app.command()
def extract(
    files: Annotated[list[str] | None, typer.Argument(
        help="Files or folders (text, HTML, RSS/Atom, Telegram export .json, .jsonl, .csv), or - for standard input.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON report for all inputs.")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON report per document per line.")] = False,
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD (gives windows their year).", callback=_published)] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the reports.")] = Lang.auto,
) -> None:
    """Extract claims, incidents and findings from reports.

    Example: raidlog extract --published 2025-11-12 report.txt
    """
    from raidlog import extract as run_extract
    from raidlog.cli import inputs, render
    from raidlog.detect import detect_language
    from raidlog.ingest.dates import date_in_name
    from raidlog.ingest.incoming import Rejected
    from raidlog.model import Report

    if as_json and as_jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl")
    failures: list[Rejected] = []
    merged: Report | None = None
    console = render.console()

    def fail(name: str, reason: str) -> None:
        failures.append(Rejected(name, reason))
        print(f"raidlog: error: {failures[-1]}", file=sys.stderr)

    for item in inputs.read(files or []):
        if isinstance(item, Rejected):
            fail(item.name, item.reason)
            continue
        for warning in item.warnings:
            print(f"raidlog: warning: {item.name}: {warning}", file=sys.stderr)
        doc_lang = item.lang or (lang.value if lang != Lang.auto else detect_language(item.text))
        if doc_lang not in SUPPORTED:
            fail(item.name, f"language {doc_lang!r} is not supported")
            continue
        try:
            report = run_extract(item.text, published=item.published or published or date_in_name(item.name),
                                 lang=doc_lang, title=item.title, source=item.source)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            fail(item.name, f"extraction failed: {exc}")
            continue
        if as_jsonl:
            sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        elif as_json:
            merged = report if merged is None else merged.merged(report)
        else:
            render.report(console, report, item.name)
    if as_json:
        out = merged.to_dict() if merged else Report().to_dict()
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    if failures:
        print(f"raidlog: {len(failures)} input(s) failed", file=sys.stderr)
        raise typer.Exit(1)


register_ledger(app)
register_export(app)
register_serve(app)
register_watch(app)
register_batch(app)


def run() -> None:
    app()
