"""One output option set for every read command: ``--table`` (default),
``--json``, ``--nl`` (JSON lines) and ``--csv``."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table


class Format(StrEnum):
    table = "table"
    json = "json"
    nl = "nl"
    csv = "csv"


# The four flags, declared once and used by every read command.
TableFlag = Annotated[bool, typer.Option("--table", help="A readable table (the default).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="One JSON array.")]
NlFlag = Annotated[bool, typer.Option("--nl", help="One JSON object per line.")]
CsvFlag = Annotated[bool, typer.Option("--csv", help="CSV with a header row.")]


def choose(table: bool, as_json: bool, nl: bool, as_csv: bool) -> Format:
    chosen = [f for f, on in ((Format.table, table), (Format.json, as_json), (Format.nl, nl),
                              (Format.csv, as_csv)) if on]
    if len(chosen) > 1:
        raise typer.BadParameter("choose one of --table, --json, --nl and --csv")
    return chosen[0] if chosen else Format.table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(rows: list[dict[str, Any]], fmt: Format, columns: list[str] | None = None,
           title: str | None = None) -> None:
    """Print ``rows``; ``columns`` picks and orders the table's and the CSV's columns."""
    if fmt == Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == Format.nl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    console = Console(highlight=False)
    if not console.is_terminal:  # piped into a file or a pager: do not squeeze to 80 columns
        console = Console(highlight=False, width=200)
    if not rows:
        console.print("[dim]nothing found[/]")
        return
    table = Table(*columns, title=title, title_justify="left", show_lines=False)
    for row in rows:
        table.add_row(*(escape(_cell(row.get(c))) for c in columns))
    console.print(table)
