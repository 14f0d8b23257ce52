"""``raidlog watch``: follow feeds, public Telegram channels, article list pages
and local folders; store each new post (and each edit, as a new version) in the
ledger as ``raidlog ingest`` does; tell the team what changed.

Modules: :mod:`config` (watch.toml), :mod:`http` (polite conditional GET),
:mod:`telegram` (t.me/s web preview pages), :mod:`sources` (one poll of each
kind), :mod:`state` (what the ledger keeps between runs), :mod:`notify`
(events, filters and sinks), :mod:`runner` (the loop).

Nothing is imported here: ``raidlog --help`` and every other command load this
package (the CLI registers ``watch``), and the runner pulls in the store and
the HTTP stack; import from the modules themselves.
"""
