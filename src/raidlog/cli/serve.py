"""``raidlog serve``: the web pages and JSON API over a ledger (see docs/web.md)."""

from __future__ import annotations

import ipaddress
import os
import sys
from typing import Annotated

import typer

from raidlog.cli.ledger import DbOption

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register_serve(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: DbOption = None,
        host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.", min=0, max=65535)] = 8765,
        allow_ingest: Annotated[bool, typer.Option(
            "--allow-ingest", help="Accept documents (POST /api/documents, /api/ingest-url) from clients that "
            "send 'Authorization: Bearer $RAIDLOG_TOKEN'.")] = False,
        fetch_network: Annotated[list[str] | None, typer.Option(
            "--fetch-network", metavar="CIDR", help="A private network POST /api/ingest-url may fetch from "
            "(repeatable; e.g. 10.1.0.0/16). By default it fetches from public addresses only.")] = None,
    ) -> None:
        """Serve the ledger as web pages and a JSON API (read-only by default).

        Example: raidlog serve --db raidlog.db   (then open http://127.0.0.1:8765/)
        """
        from raidlog.extras import MissingExtra, need

        try:
            need("web", "raidlog serve")
        except MissingExtra as exc:
            print(f"raidlog: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        token = os.environ.get("RAIDLOG_TOKEN", "")
        if allow_ingest and not token.strip():
            print("raidlog: error: --allow-ingest needs a token: set RAIDLOG_TOKEN to a long random secret "
                  "(for example: export RAIDLOG_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe(32))'))",
                  file=sys.stderr)
            raise typer.Exit(2)
        if allow_ingest and len(token) < 16:
            print("raidlog: warning: RAIDLOG_TOKEN is short; use at least 16 random characters", file=sys.stderr)
        if not is_loopback(host):
            print(f"raidlog: warning: listening on {host}: anyone who can reach this machine on port {port} can "
                  "read the ledger" + (" and, with the token, write to it" if allow_ingest else "")
                  + "; there is no TLS. Prefer 127.0.0.1 behind a reverse proxy.", file=sys.stderr)
        import uvicorn

        from raidlog.store import StoreError
        from raidlog.web.app import create_app

        allowed = LOOPBACK_NAMES | {"[::1]", host} if is_loopback(host) else None
        try:
            web = create_app(db, allow_ingest=allow_ingest, token=token.strip() or None, allowed_hosts=allowed,
                             warm=True, fetch_networks=fetch_network)
        except (StoreError, ValueError) as exc:
            print(f"raidlog: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        mode = "read-write (token required)" if allow_ingest else "read-only"
        print(f"raidlog: serving {mode} on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
              "(Ctrl-C to stop)", file=sys.stderr)
        uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
