"""``raidlog watch``: follow feeds, public Telegram channels, article list pages
and local folders; store each new post (and each edit, as a new version) in the
ledger as ``raidlog ingest`` does; tell the team what changed.

Modules: :mod:`config` (watch.toml), :mod:`http` (polite conditional GET),
:mod:`telegram` (t.me/s web preview pages), :mod:`sources` (one poll of each
kind), :mod:`state` (what the ledger keeps between runs), :mod:`notify`
(events, filters and sinks), :mod:`runner` (the loop).
"""

from raidlog.watch.config import ConfigError, WatchConfig, load_config
from raidlog.watch.runner import Watcher

__all__ = ["ConfigError", "WatchConfig", "Watcher", "load_config"]
