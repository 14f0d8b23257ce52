"""The ledger's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Documents keep their verbatim text and a version chain; claims, breakdown
items, incidents and findings are what one extraction run derived from a
document (re-derived by ``raidlog reprocess``); claim groups and the findings
with ``scope = 'ledger'`` are what reconciliation derives across documents.
JSON columns hold the full domain objects (``Claim.to_dict()`` …) so nothing
extracted is lost to the flat columns, which exist for queries.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 13  # 1: the ledger; 2: daily_stats, the per-day summary that stats reads; 3: web indexes;
# 4: daily_stats.launched NULL where no counted claim states a launched count; 5: runs.nothing_extracted;
# 6: breakdown item counts NULL where the text names a place without a count; 7: incident indexes;
# 8: watch_sources and watch_notices (the state of `raidlog watch`)
# 9: claim_groups.primary_claim_id (the claim stats counts), daily_stats.side, restatements regrouped
# 10: documents.lemmas (the words' dictionary forms), indexed for search with the title and text
# 11: item_places by claim (a watch's reconcile reads a few claims' places)
# 12: group_values (a claim group's distinct values); indexes of findings, incident places, claims
# 13: findings.day for every finding (a document's: its claim's day, else the document's), indexed

metadata = MetaData()

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # ingest | reprocess
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("raidlog_version", String(32), nullable=False),
    Column("gazetteer_version", String(128), nullable=False),
    Column("ingested", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    # version 5: documents stored although nothing was extracted from them (not failures)
    Column("nothing_extracted", Integer, nullable=False, default=0),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_hash", String(71), nullable=False),  # sha256:<hex> of the verbatim text
    Column("source", Text, nullable=False),
    Column("external_id", Text),
    Column("name", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("fetched_at", String(32)),
    Column("edited", String(32)),
    Column("lang", String(8)),
    Column("text", Text, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("previous_id", Integer, ForeignKey("documents.id")),
    Column("is_current", Boolean, nullable=False, default=True),
    Column("ingested_at", String(32), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    # version 10: the dictionary forms of the title's and text's words, for search (store.search)
    Column("lemmas", Text),
    UniqueConstraint("source", "doc_hash", name="uq_documents_source_hash"),
)
Index("ix_documents_source_external", documents.c.source, documents.c.external_id)
Index("ix_documents_hash", documents.c.doc_hash)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("name", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

places = Table(
    "places", metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("iso", String(8)),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonames_id", Integer),
    Column("region", Text),
)

claim_groups = Table(
    "claim_groups", metadata,
    Column("id", Integer, primary_key=True),
    Column("claimant_name", Text, nullable=False),
    Column("day", String(10), nullable=False),
    Column("scope", String(16), nullable=False),
    Column("total", Integer),
    Column("sources", Integer, nullable=False),
    Column("disagree", Boolean, nullable=False, default=False),
    # version 9: the claim of the group that stats counts (reconcile.primary_of); no foreign key, so
    # that version 1's tables and an upgraded database are the same
    Column("primary_claim_id", Integer),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("ref", String(32), nullable=False),  # the claim's id within its document's report
    Column("claimant_name", Text, nullable=False),
    Column("claimant_kind", String(24), nullable=False),
    Column("side", String(8), nullable=False),
    Column("person", Text),
    Column("claimant_region", String(8)),
    Column("weapon", String(16), nullable=False),
    Column("action", String(32), nullable=False),
    Column("destroyed", Integer),
    Column("launched", Integer),
    Column("lost", Integer),
    Column("window_start", String(32)),
    Column("window_end", String(32)),
    Column("window_start_utc", String(32)),
    Column("window_end_utc", String(32)),
    Column("timezone", String(32)),
    Column("timezone_assumed", Boolean),
    Column("hedged", Boolean, nullable=False),
    Column("scope", String(16), nullable=False),
    Column("day", String(10)),  # the day the claim is about (window end, else publication), for grouping
    Column("group_id", Integer, ForeignKey("claim_groups.id", ondelete="SET NULL")),
    Column("data", Text, nullable=False),  # Claim.to_dict() as JSON
)
Index("ix_claims_day", claims.c.day)
Index("ix_claims_document", claims.c.document_id)
Index("ix_claims_group", claims.c.group_id)
Index("ix_claims_stats", claims.c.day, claims.c.claimant_name, claims.c.destroyed, claims.c.launched)

breakdown_items = Table(
    "breakdown_items", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("count", Integer),  # NULL: the place is named without a count of its own
    Column("each", Boolean),
    Column("subset_of", Integer),
    Column("data", Text, nullable=False),
)
Index("ix_items_claim", breakdown_items.c.claim_id)

item_places = Table(
    "item_places", metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("item_position", Integer, nullable=False),  # the breakdown item (its position in the claim)
    Column("place_id", String(64), ForeignKey("places.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("iso", String(8)),  # the place's region, copied for the region filter
    Column("day", String(10)),  # the claim's day, copied: region + date is the common query
    Column("count", Integer),  # the item's count (NULL: none stated), copied with "each" for per-region sums
    Column("each", Boolean),
    # part of another item ("including 3 …"), or another voice's count a whole lists as its part: not summed
    Column("subset", Boolean, nullable=False),
)
Index("ix_item_places_iso_day", item_places.c.iso, item_places.c.day, item_places.c.claim_id)

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("ref", String(32), nullable=False),
    Column("kind", String(24), nullable=False),
    Column("reporter_name", Text),
    Column("reporter_kind", String(24)),
    Column("side", String(8)),
    Column("injured", Integer),
    Column("killed", Integer),
    Column("day", String(10)),
    Column("data", Text, nullable=False),
)
Index("ix_incidents_day", incidents.c.day)

incident_places = Table(
    "incident_places", metadata,
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("place_id", String(64), ForeignKey("places.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("iso", String(8)),
)
Index("ix_incident_places_iso", incident_places.c.iso)

findings = Table(
    "findings", metadata,
    Column("id", Integer, primary_key=True),
    Column("scope", String(16), nullable=False),  # document | ledger
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE")),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE")),
    Column("group_id", Integer, ForeignKey("claim_groups.id", ondelete="CASCADE")),
    Column("day", String(10)),  # ledger findings: the day reconciled; a document's: its claim's, else published
    Column("code", String(64), nullable=False),
    Column("severity", String(8), nullable=False),
    Column("message", Text, nullable=False),
    Column("suggestion", Text),
    Column("data", Text, nullable=False),  # Finding.to_dict() as JSON
)
Index("ix_findings_code", findings.c.code)
Index("ix_findings_document", findings.c.document_id)

# Version 2: claimed totals per day, claimant and region ('' = all regions), kept by
# reconciliation for the days a batch touched, so `stats` reads a few thousand rows,
# not a million claims. A claim group counts once. ``launched`` is NULL where no claim of
# the day states one (a defence ministry that reports only what it destroyed), never 0.
daily_stats = Table(
    "daily_stats", metadata,
    Column("day", String(10), primary_key=True),
    Column("claimant_name", Text, primary_key=True),
    Column("side", String(8), primary_key=True),  # version 9: stats split by side, never summed across
    Column("region", String(8), primary_key=True),
    Column("destroyed", Integer, nullable=False),
    Column("launched", Integer),
    Column("documents", Integer, nullable=False),
    Column("groups", Integer, nullable=False),
)
V1_TABLES = [table for name, table in metadata.tables.items() if name != "daily_stats"]

# Version 3: indexes for the web pages: the claims table sorted by destroyed or by claimant
# without sorting every claim, the map's place filter, claimants and their sides.
# (DDL text, not Index objects: those would join version 1's tables and be made with them.)
V3_INDEXES = {
    "ix_claims_destroyed_day": "claims (destroyed, day, id)",
    "ix_claims_claimant_day": "claims (claimant_name, day, id)",
    "ix_claims_claimant_side": "claims (claimant_name, side)",
    "ix_item_places_place": "item_places (place_id, claim_id)",
}

# Version 7: incidents by document and by place.
V7_INDEXES = {
    "ix_incidents_document": "incidents (document_id)",
    "ix_incident_places_place": "incident_places (place_id, incident_id)",
}

# Version 11: the places of one claim (the incremental reconcile reads a few claims' places; deleting
# a claim deletes its places).
V11_INDEXES = {
    "ix_item_places_claim": "item_places (claim_id)",
}

# Version 8: `raidlog watch`'s state, so that a restart resumes where the last run stopped: per
# source its validators (ETag, Last-Modified), what it has seen (post ids and text hashes, as
# JSON), its back-off and its last poll; and the documents whose notifications have been sent.
# (Defined after V1_TABLES: version 8's migration makes them.)
watch_sources = Table(
    "watch_sources", metadata,
    Column("name", String(200), primary_key=True),
    Column("kind", String(16), nullable=False),  # feed | telegram | page | folder
    Column("target", Text, nullable=False),  # the URL or folder polled
    Column("etag", Text),
    Column("last_modified", Text),
    Column("seen", Text, nullable=False, default="{}"),  # JSON: {"items": {key: hash}, "last_id": n}
    Column("failures", Integer, nullable=False, default=0),  # consecutive failed polls (the back-off)
    Column("next_poll_at", String(32)),  # ISO 8601 UTC: not before (interval, back-off, Retry-After)
    Column("last_poll_at", String(32)),
    Column("last_status", Text),  # "ok", "not modified", "HTTP 429", "timed out after 10 s" …
    Column("last_error", Text),
    Column("last_error_at", String(32)),
    Column("last_new_at", String(32)),  # when a new post or a new version last came
    Column("polls", Integer, nullable=False, default=0),
    Column("documents", Integer, nullable=False, default=0),  # new documents and versions stored
)

watch_notices = Table(
    "watch_notices", metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("notified_at", String(32), nullable=False),
    Column("events", Integer, nullable=False, default=0),
)
V8_TABLES = [watch_sources, watch_notices]


# Version 12: a claim group's distinct values (total and breakdown), each with how many of the
# group's claims give it and the first few of them in content order, so that a claim joining a
# group (a watch adds one every few seconds) updates its value's row and the group's finding
# names the values, not every member (reconcile.settle_group). Findings by group and by claim:
# a group's finding is rewritten when it grows, a claim's are read by the watch's notifications.
group_values = Table(
    "group_values", metadata,
    Column("group_id", Integer, ForeignKey("claim_groups.id", ondelete="CASCADE"), nullable=False),
    Column("total", Integer),
    Column("breakdown", Text, nullable=False),  # JSON [[region, count], …]; "[]": none
    Column("claims", Integer, nullable=False),  # how many of the group's claims give this value
    Column("first", Text, nullable=False),  # JSON: the first of them by content, [[doc_hash, source, name, ref, id], …]
)
Index("ix_group_values_group", group_values.c.group_id, group_values.c.total)
# Also (EXPLAIN QUERY PLAN of a watch's pass): the places of an incident (incident_regions joined
# each of a day's incidents to every incident place), and one claimant's claims of a day (the
# summary's rows of a claimant were read through the claimant's claims of every day), and a
# day's claims of one side by total (a new restatement's SQL look-up of what it restates walked
# every claim of the day).
V12_INDEXES = {
    "ix_findings_group": "findings (group_id)",
    "ix_findings_claim": "findings (claim_id)",
    "ix_incident_places_incident": "incident_places (incident_id)",
    "ix_claims_day_claimant_side": "claims (day, claimant_name, side)",
    # a day's claims of one side and scope by total: those a new restatement may restate
    "ix_claims_part_total": "claims (day, side, scope, coalesce(destroyed, launched))",
}

# Version 13: findings by day. The findings page and its counts filter and sort by a finding's day;
# a document's finding took it from its claim or document through three joins (every finding read,
# then sorted), and a watch's notifications and each reconcile read or drop one day's ledger
# findings by scanning them all. Every finding now has its day (version 13's migration fills those
# of documents stored before), and the day is indexed (with the id: the page's newest first).
V13_INDEXES = {
    "ix_findings_day": "findings (day, id)",
}
