"""raidlog's optional parts and the packages each needs (pyproject.toml's extras).

``pip install raidlog`` gives the extractor, the readers and the SQLite ledger. The web app,
PostgreSQL ledgers, Parquet export and batch runs each need an extra; a command that needs one
that is missing stops with one line naming it::

    raidlog: error: raidlog serve needs the web extra (fastapi is not installed): pip install 'raidlog[web]'
"""

from __future__ import annotations

from importlib.util import find_spec

# extra → the modules it installs (the import names of pyproject.toml's packages)
EXTRAS: dict[str, tuple[str, ...]] = {
    "web": ("fastapi", "uvicorn", "jinja2"),
    "postgres": ("psycopg",),
    "parquet": ("pyarrow",),
    "batch": ("dask", "distributed", "fsspec", "zstandard", "pyarrow"),
}


class MissingExtra(RuntimeError):
    """A command needs an extra that is not installed; the message is the one line to show."""


def missing(extra: str) -> str | None:
    """The first module of ``extra`` that is not installed, or None."""
    return next((m for m in EXTRAS[extra] if find_spec(m) is None), None)


def need(extra: str, what: str) -> None:
    """Raise :class:`MissingExtra` when ``extra`` is not installed: ``what`` needs it."""
    module = missing(extra)
    if module is not None:
        raise MissingExtra(f"{what} needs the {extra} extra ({module} is not installed): "
                           f"pip install 'raidlog[{extra}]'")
