"""The ledger on SQLite and PostgreSQL: idempotence, versions, reconciliation
across documents, queries, and the schema version guard."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event, text

import raidlog
from raidlog.store import Ledger, StoreError
from raidlog.store import queries as q
from raidlog.store.reconcile import reconcile
from raidlog.store.schema import SCHEMA_VERSION

NIGHT = (
    "Russian air defenses destroyed {total} Ukrainian drones between 11 p.m. Moscow time on November {d0} "
    "and 7 a.m. Moscow time on November {d1}, the Russian Defense Ministry said. "
    "{first} were downed over the Belgorod Region and {second} over the Kursk Region."
)
DAY = ("Russian air defenses destroyed {total} Ukrainian drones over the Bryansk Region between "
       "{start} and {end} Moscow time on November 12, the Russian Defense Ministry said.")
GOVERNOR = ("Voronezh Governor Alexander Gusev said debris from a downed drone damaged a house in Liski "
            "overnight; no one was injured.")


def put(ledger: Ledger, text_: str, source: str, external_id: str | None = None, published="2025-11-12"):
    run = ledger.start_run("ingest")
    report = raidlog.extract(text_, published=published)
    stored = ledger.store(text=text_, source=source, name=f"{source}/{external_id or 'doc'}", report=report,
                          run_id=run, external_id=external_id, published=published)
    return stored, report


def reconciled(ledger: Ledger, *days: str) -> None:
    with ledger.engine.begin() as conn:
        reconcile(conn, set(days))


def test_same_text_from_same_source_is_stored_once(ledger_url):
    ledger = Ledger(ledger_url)
    night = NIGHT.format(total=9, d0=11, d1=12, first=5, second=4)
    first, _ = put(ledger, night, "telegram:mod", "101")
    again, _ = put(ledger, night, "telegram:mod", "101")
    assert (first.status, again.status, again.document_id) == ("new", "duplicate", first.document_id)
    other, _ = put(ledger, night, "rss:news", "item-1")
    assert other.status == "new" and other.document_id != first.document_id
    with ledger.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM documents")).scalar() == 2
        assert conn.execute(text("SELECT count(*) FROM claims")).scalar() == 2


def test_an_edited_post_is_a_new_version_and_both_claims_are_kept(ledger_url):
    ledger = Ledger(ledger_url)
    first, _ = put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    edited, _ = put(ledger, NIGHT.format(total=10, d0=11, d1=12, first=6, second=4), "telegram:mod", "101")
    assert edited.status == "updated"
    with ledger.engine.connect() as conn:
        doc = q.show(conn, f"d{edited.document_id}")["document"]
        assert (doc["version"], doc["previous"], doc["current"]) == (2, f"d{first.document_id}", True)
        assert q.show(conn, f"d{first.document_id}")["document"]["current"] is False
        current = q.claims(conn, q.ClaimFilter())
        every = q.claims(conn, q.ClaimFilter(all_versions=True))
    assert [c["destroyed"] for c in current] == [10]
    assert sorted(c["destroyed"] for c in every) == [9, 10]


def test_sources_that_disagree_form_one_group_with_a_finding(ledger_url):
    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    put(ledger, NIGHT.format(total=11, d0=11, d1=12, first=7, second=4), "rss:news", "a")
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4) + " Kyiv did not comment.", "url:agency",
        "b")
    reconciled(ledger, "2025-11-12")
    with ledger.engine.connect() as conn:
        rows = q.claims(conn, q.ClaimFilter())
        assert len({r["group"] for r in rows}) == 1 and rows[0]["group"]
        [finding] = q.findings(conn, "sources-disagree")
        group = q.show(conn, rows[0]["group"])
    assert sorted(c["destroyed"] for c in group["claims"]) == [9, 9, 11]
    assert group["disagree"] is True
    assert "different totals" in finding["message"] and "11" in finding["message"]


REORDERED = (
    "Russian air defenses destroyed 9 Ukrainian drones between 11 p.m. Moscow time on November 11 "
    "and 7 a.m. Moscow time on November 12, the Russian Defense Ministry said. "
    "Four were shot down over the Kursk Region and five over the Belgorod Region."
)


def test_a_retelling_that_lists_the_regions_in_another_order_does_not_disagree(ledger_url):
    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    put(ledger, REORDERED, "rss:news", "a")
    reconciled(ledger, "2025-11-12")
    with ledger.engine.connect() as conn:
        rows = q.claims(conn, q.ClaimFilter())
        assert len(rows) == 2 and len({r["group"] for r in rows}) == 1 and rows[0]["group"]
        assert q.findings(conn, "sources-disagree") == []
        assert q.show(conn, rows[0]["group"])["disagree"] is False


def test_overlapping_windows_of_one_channel_are_a_possible_double_count(ledger_url):
    ledger = Ledger(ledger_url)
    put(ledger, DAY.format(total=4, start="08:00", end="14:00"), "telegram:mod", "1")
    put(ledger, DAY.format(total=3, start="12:00", end="17:00"), "telegram:mod", "2")
    put(ledger, DAY.format(total=2, start="17:00", end="20:00"), "telegram:mod", "3")
    reconciled(ledger, "2025-11-12")
    with ledger.engine.connect() as conn:
        [finding] = q.findings(conn, "window-overlap")
    assert "05:00–11:00 UTC" in finding["message"] and "09:00–14:00 UTC" in finding["message"]


def test_incident_in_a_region_the_breakdown_does_not_mention(ledger_url):
    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    put(ledger, GOVERNOR, "telegram:gusev", "7")
    reconciled(ledger, "2025-11-12")
    with ledger.engine.connect() as conn:
        [finding] = q.findings(conn, "incident-region-not-in-breakdown")
    assert "RU-VOR" in finding["message"] and "Governor of Voronezh Oblast" in finding["message"]


def test_queries_filter_render_and_search(ledger_url):
    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    put(ledger, NIGHT.format(total=7, d0=12, d1=13, first=3, second=4), "telegram:mod", "102",
        published="2025-11-13")
    put(ledger, GOVERNOR, "telegram:gusev", "7")
    reconciled(ledger, "2025-11-12", "2025-11-13")
    with ledger.engine.connect() as conn:
        assert [r["destroyed"] for r in q.claims(conn, q.ClaimFilter(region="RU-BEL"))] == [7, 9]
        assert [r["day"] for r in q.claims(conn, q.ClaimFilter(region="Belgorod Oblast", since="2025-11-13"))] == [
            "2025-11-13"]
        assert q.claims(conn, q.ClaimFilter(side="UA")) == []
        by_day = q.stats(conn, "day")
        assert [(r["period"], r["destroyed"], r["documents"]) for r in by_day] == [
            ("2025-11-12", 9, 1), ("2025-11-13", 7, 1)]
        by_region = q.stats(conn, "month", "region")
        assert [(r["region"], r["destroyed"]) for r in by_region] == [("RU-BEL", 8), ("RU-KRS", 8)]
        hits = q.search(conn, "Liski")
        assert [h["document"] for h in hits] == ["telegram:gusev/7"] and "[Liski]" in hits[0]["snippet"]
        with pytest.raises(q.QueryError, match="unknown region 'Atlantis'"):
            q.claims(conn, q.ClaimFilter(region="Atlantis"))
        with pytest.raises(q.QueryError, match="'c0x' is not an id"):
            q.show(conn, "c0x")


def test_search_finds_inflected_words_and_prefixes(ledger_url):
    """Search matches a word by its dictionary form (Russian and Ukrainian by pymorphy3, English by
    a stem) and a word ending in * as a prefix, on SQLite and PostgreSQL alike; hits carry the
    title and mark the matching words of the text, inflected or not."""
    ledger = Ledger(ledger_url)
    run = ledger.start_run("ingest")
    texts = {
        "ru": ("В Шебекине беспилотник повредил склад, пострадавших нет, сообщил губернатор.", "Склад в Шебекине"),
        "uk": ("У Харкові уламки дронів пошкодили два будинки, повідомив голова ОВА.", None),
        "en": (GOVERNOR, "Debris in Liski"),
    }
    ids = {}
    for lang, (body, title) in texts.items():
        report = raidlog.extract(body, published="2025-11-12", lang=lang)
        stored = ledger.store(text=body, source="file:x", name=f"{lang}.txt", report=report, run_id=run,
                              title=title, published="2025-11-12")
        ids[lang] = f"d{stored.document_id}"
    with ledger.engine.connect() as conn:
        def found(query):
            return [(h["id"], h["snippet"]) for h in q.search(conn, query)]

        assert found("Шебекино") == [(ids["ru"], "В [Шебекине] беспилотник повредил склад, пострадавших нет, "
                                                 "сообщил губернатор.")]
        assert [h[0] for h in found("шебекин*")] == [ids["ru"]]
        assert [h[0] for h in found("Шебекино беспилотники")] == [ids["ru"]]
        assert found("Шебекино дроны") == []
        assert found("Харків") == [(ids["uk"], "У [Харкові] уламки дронів пошкодили два будинки, повідомив "
                                               "голова ОВА.")]
        assert found("drones") == [(ids["en"], "Voronezh Governor Alexander Gusev said debris from a downed "
                                                "[drone] damaged a house in Liski overnight; no one was injured.")]
        [hit] = q.search(conn, "склад")
        assert (hit["id"], hit["title"]) == (ids["ru"], "Склад в Шебекине")
        with pytest.raises(q.QueryError, match="has no word to search for"):
            q.search(conn, "* --")


def test_a_newer_ledger_is_refused(ledger_url):
    ledger = Ledger(ledger_url)
    with ledger.engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_version (version) VALUES (99)"))
    ledger.engine.dispose()
    with pytest.raises(StoreError, match="schema version 99, newer than this raidlog understands"):
        Ledger(ledger_url)


def test_full_claim_is_kept_as_json(ledger_url):
    ledger = Ledger(ledger_url)
    stored, report = put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    with ledger.engine.connect() as conn:
        ref = q.claims(conn, q.ClaimFilter())[0]["id"]
        claim = q.show(conn, ref)["claim"]
    # every field as extracted; its id is the ledger's (the one commands and exports show), the
    # extraction's own id stays as report_id
    extracted = json.loads(json.dumps(report.claims[0].to_dict()))
    assert claim == {**extracted, "id": ref, "report_id": extracted["id"]}


def test_a_version_1_ledger_is_upgraded_when_opened(tmp_path):
    from raidlog.store.engine import MIGRATIONS, open_engine
    from raidlog.store.schema import V3_INDEXES, V7_INDEXES, V11_INDEXES, V12_INDEXES, V13_INDEXES

    path = tmp_path / "old.db"
    engine = open_engine(str(path))  # today's schema, then taken back to version 1
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE daily_stats"))
        conn.execute(text("DROP TABLE group_values"))
        for name in [*V3_INDEXES, *V7_INDEXES, *V12_INDEXES, *V13_INDEXES]:
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("DELETE FROM schema_version WHERE version > 1"))
    ledger = Ledger(engine=engine)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    with engine.begin() as conn:  # version 5's column, after the run that today's code writes
        conn.execute(text("ALTER TABLE runs DROP COLUMN nothing_extracted"))
    engine.dispose()
    assert 1 in MIGRATIONS
    upgraded = Ledger(str(path))
    with upgraded.engine.connect() as conn:
        assert conn.execute(text("SELECT max(version) FROM schema_version")).scalar() == SCHEMA_VERSION
        assert conn.execute(text("SELECT nothing_extracted FROM runs")).scalars().all() == [0]
        # version 10: the stored document's dictionary forms, searched ("drone" finds "drones")
        assert [h["id"] for h in q.search(conn, "drone")] == ["d1"]
        assert [(r["period"], r["destroyed"], r["launched"]) for r in q.stats(conn, "day")] == [
            ("2025-11-12", 9, None)]
        indexes = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))}
    assert set(V3_INDEXES) | set(V7_INDEXES) | set(V11_INDEXES) | set(V12_INDEXES) | set(V13_INDEXES) <= indexes


def test_findings_are_read_by_day_through_an_index_and_an_older_ledger_gets_their_days(ledger_url):
    """The findings page filters and sorts by a finding's day: a ledger finding's is the day
    reconciled, a document's its claim's day (here the night before the post), else the
    document's. Stored with each finding (version 13), it is read through ix_findings_day, not
    taken through joins from every finding; a ledger of version 12 gets its findings' days, the
    same as stored today, when it is opened."""
    from raidlog.store.schema import V13_INDEXES

    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=10, d0=11, d1=12, first=5, second=4), "telegram:mod", "101",
        published="2025-11-13")
    put(ledger, GOVERNOR, "telegram:gusev", "7")
    reconciled(ledger, "2025-11-12")

    def days() -> list[tuple]:
        with ledger.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT scope, code, day FROM findings ORDER BY id"))]

    stored = days()
    assert ("document", "breakdown-sum-mismatch", "2025-11-12") in stored
    assert ("ledger", "incident-region-not-in-breakdown", "2025-11-12") in stored
    assert all(day for _, _, day in stored)
    with ledger.engine.begin() as conn:  # as version 12 left them
        conn.execute(text("UPDATE findings SET day = NULL WHERE scope = 'document'"))
        for name in V13_INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("DELETE FROM schema_version WHERE version > 12"))
    ledger.engine.dispose()
    ledger = Ledger(ledger_url)
    assert days() == stored
    with ledger.engine.connect() as conn:
        page = q.finding_page(conn, q.FindingFilter(since="2025-11-12", until="2025-11-12"))
        assert {f["code"] for f in page} >= {"breakdown-sum-mismatch", "incident-region-not-in-breakdown"}
        assert q.finding_page(conn, q.FindingFilter(since="2025-11-13")) == []
    if ledger.engine.dialect.name != "sqlite":
        return
    statements: list[tuple] = []
    event.listen(ledger.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, params, context, many: statements.append((sql, params)))
    with ledger.engine.connect() as conn:
        q.finding_page(conn, q.FindingFilter(since="2025-11-12", until="2025-11-12"))
        [(sql, params)] = statements
        plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
    assert plan[0].startswith("SEARCH findings USING INDEX ix_findings_day (day>? AND day<?)"), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan  # newest first in the index's order


def test_breakdown_region_whose_officials_reported_no_attack(ledger_url):
    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    put(ledger, "Kursk Governor Alexander Khinshtein said that debris from a downed drone damaged a garage "
                "in Rylsk overnight; nobody was hurt.", "telegram:khinshtein", "5")
    put(ledger, "Belgorod Governor Vyacheslav Gladkov said that schools in the region would reopen on Monday.",
        "telegram:gladkov", "9")
    reconciled(ledger, "2025-11-12")
    with ledger.engine.connect() as conn:
        codes = sorted(f["code"] for f in q.findings(conn))
    # Kursk's governor reported an attack: nothing to say; Belgorod's posted no incident at all, and a
    # post without an incident is not "reported without any attack" either
    assert "breakdown-region-no-attack-reported" not in codes


@pytest.mark.parametrize("speaker", ["Belgorod Governor Vyacheslav Gladkov",
                                     "The Belgorod Region's operational headquarters"])
def test_breakdown_region_whose_administration_reported_no_attack(ledger_url, speaker):
    """A region's named administration (its operational headquarters, government …) speaks for
    the region as its governor does: its count of that night, with no attack of its own reported,
    is a day the region's officials reported without any attack."""
    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    put(ledger, "Kursk Governor Alexander Khinshtein said that debris from a downed drone damaged a garage "
                "in Rylsk overnight; nobody was hurt.", "telegram:khinshtein", "5")
    put(ledger, f"{speaker} said air defenses shot down three drones over the region overnight.",
        "telegram:belgorod", "9")
    reconciled(ledger, "2025-11-12")
    with ledger.engine.connect() as conn:
        found = [f["message"] for f in q.findings(conn) if f["code"] == "breakdown-region-no-attack-reported"]
    assert found == ["Russian Ministry of Defence lists interceptions over RU-BEL on 2025-11-12 (telegram:mod/101), "
                     "but the region's own officials reported that day without any attack."]


AIR_FORCE = ("Ukraine's Air Force said Russia launched 40 Shahed-type attack drones overnight; "
             "air defenses shot down or suppressed 31 of them.")


def test_launched_is_not_stated_rather_than_zero(ledger_url):
    """A claimant that never states a launched count has no launched figure, not 0."""
    ledger = Ledger(ledger_url)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    put(ledger, AIR_FORCE, "telegram:kpszsu", "7")
    reconciled(ledger, "2025-11-12")
    with ledger.engine.connect() as conn:
        by_claimant = [(r["claimant"], r["destroyed"], r["launched"]) for r in q.stats(conn, "day", "claimant")]
        by_day = [(r["destroyed"], r["launched"]) for r in q.stats(conn, "month")]
        by_region = {r["region"]: r["launched"] for r in q.stats(conn, "day", "region")}
    assert by_claimant == [("Russian Ministry of Defence", 9, None), ("Ukrainian Air Force", 31, 40)]
    assert by_day == [(40, 40)]
    assert by_region == {"RU-BEL": None, "RU-KRS": None}


def test_a_version_3_ledger_gets_its_summary_rebuilt(tmp_path):
    from raidlog.store.engine import open_engine

    path = tmp_path / "v3.db"
    engine = open_engine(str(path))
    ledger = Ledger(engine=engine)
    put(ledger, NIGHT.format(total=9, d0=11, d1=12, first=5, second=4), "telegram:mod", "101")
    with engine.begin() as conn:  # version 3 kept 0 for "no launched count stated"
        conn.execute(text("DROP TABLE daily_stats"))
        conn.execute(text("CREATE TABLE daily_stats (day VARCHAR(10), claimant_name TEXT, region VARCHAR(8), "
                          "destroyed INTEGER NOT NULL, launched INTEGER NOT NULL, documents INTEGER NOT NULL, "
                          "groups INTEGER NOT NULL, PRIMARY KEY (day, claimant_name, region))"))
        conn.execute(text("INSERT INTO daily_stats VALUES ('2025-11-12', 'Russian Ministry of Defence', '', "
                          "9, 0, 1, 0)"))
        conn.execute(text("DELETE FROM schema_version WHERE version > 3"))
    engine.dispose()
    with Ledger(str(path)).engine.connect() as conn:
        assert conn.execute(text("SELECT max(version) FROM schema_version")).scalar() == SCHEMA_VERSION
        assert [(r["destroyed"], r["launched"]) for r in q.stats(conn, "day")] == [(9, None)]
