"""Shared fixtures: a ledger on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools

import pytest

from tests.postgres import Server

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres_server():
    server = Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request, tmp_path) -> str:
    """A fresh, empty ledger: a SQLite file, or a new database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    server = request.getfixturevalue("postgres_server")
    return server.create_database(f"t{next(_names)}")
