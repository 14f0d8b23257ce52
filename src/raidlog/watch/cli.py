"""``raidlog watch``: registered on the main command by raidlog.cli.main."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from raidlog.cli.ledger import DbOption, _ledger


def register_watch(app: typer.Typer) -> None:
    @app.command()
    def watch(
        config: Annotated[str, typer.Option("--config", "-c", help="The watch.toml to follow (docs/watch.md).")],
        db: DbOption = None,
        once: Annotated[bool, typer.Option("--once", help=(
            "Poll every source once (those in back-off are skipped), store, notify, print a summary "
            "and exit (for cron or a systemd timer)."))] = False,
        status: Annotated[bool, typer.Option("--status", help=(
            "Print each watched source's state (last poll, last new post, errors) and exit."))] = False,
        duration: Annotated[float | None, typer.Option("--duration", min=0, help=(
            "Stop after this many seconds (tests, soaks)."))] = None,
    ) -> None:
        """Follow feeds, public Telegram channels, article list pages and folders: store each new post
        and each edit (a new version), and send notifications of new claims and findings.

        Example: raidlog watch --config watch.toml --once
        """
        from rich.console import Console

        from raidlog.watch import state as watch_state
        from raidlog.watch import workers
        from raidlog.watch.config import ConfigError, load_config
        from raidlog.watch.runner import Watcher

        try:
            cfg = load_config(config)
        except ConfigError as exc:
            print(f"raidlog: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        ledger = _ledger(db)
        out = Console(highlight=False)
        if status:
            with ledger.engine.begin() as conn:
                watch_state.ensure(conn, cfg.sources)
                rows = watch_state.sources(conn)
            wanted = {s.name for s in cfg.sources}
            for r in rows:
                if r["name"] not in wanted:
                    continue
                line = (f"{r['name']}: polls {r['polls']}, documents {r['documents']}, last poll "
                        f"{r['last_poll_at'] or 'never'} ({r['last_status'] or '-'}), last new "
                        f"{r['last_new_at'] or 'never'}, next {r['next_poll_at'] or 'now'}")
                if r["failures"]:
                    line += f", failing {r['failures']} time(s): {r['last_error']}"
                out.print(line, soft_wrap=True)
            return
        if not once:
            print(f"raidlog: watching {len(cfg.sources)} source(s); SIGTERM or Ctrl-C stops after the "
                  "current document", file=sys.stderr, flush=True)
        if once or not workers.supported() or not (cfg.recycle_documents or cfg.recycle_minutes):
            watcher = Watcher(cfg, ledger, once=once, duration=duration, console=out)
            watcher.install_signals()
            summary = watcher.run()
        else:  # a long watch: in worker processes, each replaced after its share (docs/watch.md)
            try:
                summary = workers.run_in_workers(cfg, ledger, duration=duration, console=out)
            except workers.WorkerFailed as exc:
                print(f"raidlog: error: {exc}", file=sys.stderr)
                raise typer.Exit(1) from None
        out.print(f"watch: {summary.line()}", soft_wrap=True)
