"""The claims ledger: documents, claims and findings in SQLite or PostgreSQL."""

from raidlog.store.engine import StoreError, database_url
from raidlog.store.ledger import Ledger

__all__ = ["Ledger", "StoreError", "database_url"]
