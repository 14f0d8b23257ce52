"""Exports an analyst can sum: ``counted_in_stats``, ``row_kind``, ``group_id`` and ``scope`` on every
row; docs/exports.md's pandas block gives ``raidlog stats`` from the CSV, JSON Lines and Parquet
exports; Parquet has Arrow types and GeoParquet metadata; GeoJSON has every layer with its kind."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [str(ROOT / "samples" / "corpus"), str(ROOT / "tests" / "fixtures" / "restatement")]


def raidlog(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "raidlog", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("exports") / "ledger.db")
    raidlog("ingest", *SOURCES, "--db", db, "--quiet")
    return db


@pytest.fixture(scope="module")
def exported(ledger, tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("files")
    paths = {}
    for fmt in ("csv", "jsonl", "parquet"):
        paths[fmt] = str(folder / f"claims.{fmt}")
        raidlog("export", "--format", fmt, "--out", paths[fmt], "--db", ledger)
    paths["incidents"] = str(folder / "incidents.parquet")
    raidlog("export", "--format", "parquet", "--layer", "incidents", "--out", paths["incidents"], "--db", ledger)
    return paths


def doc_block() -> str:
    text = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    section = text[text.index("### Reproducing `stats` in pandas"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_every_row_says_how_it_counts(ledger):
    rows = [json.loads(line) for line in raidlog("export", "--format", "jsonl", "--db", ledger).splitlines()]
    assert {r["row_kind"] for r in rows} == {"claim", "breakdown_item"}
    assert all(isinstance(r["counted_in_stats"], bool) and "group_id" in r and r["scope"] for r in rows)
    ru_day = [r for r in rows if r["side"] == "RU" and r["day"] == "2025-11-14"]
    # every RU row of the day summed (claims, breakdown rows, the week's summary, each source): not
    # a figure; the counted claim rows: what stats says
    naive = sum(r["destroyed"] or 0 for r in ru_day) + sum(r["count"] or 0 for r in ru_day)
    counted = sum(r["destroyed"] or 0 for r in ru_day if r["row_kind"] == "claim" and r["counted_in_stats"])
    assert naive > 2000 and counted == 45
    # a group counts once: its primary; the restatement and the reposts are in the group, not counted
    group = [r for r in rows if r["row_kind"] == "claim" and r["group_id"]
             and r["group_id"] == next(x["group_id"] for x in rows if x["claimant"] == "Ukrainian military")]
    assert sorted((r["destroyed"], r["counted_in_stats"]) for r in group) == [
        (80, False), (89, False), (89, False), (89, True)]
    summary = [r for r in rows if r["row_kind"] == "claim" and r["scope"] == "summary"]
    assert summary and not any(r["counted_in_stats"] for r in summary)
    incidents = [json.loads(line) for line in
                 raidlog("export", "--format", "jsonl", "--layer", "incidents", "--db", ledger).splitlines()]
    assert {(r["row_kind"], r["counted_in_stats"], r["group_id"], r["scope"]) for r in incidents} == {
        ("incident", False, None, None)}
    assert isinstance(incidents[0]["kinds"], list)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_the_documented_pandas_gives_stats(ledger, exported, fmt):
    pd = pytest.importorskip("pandas")
    space: dict = {}
    exec(doc_block(), space)  # noqa: S102 - the documentation's own example, run as written
    rows = space["read_export"](exported[fmt])
    by_side = space["stats_by_side"](rows)
    by_region = space["stats_by_region"](rows)

    def records(frame, keys):
        return [{k: (None if pd.isna(v) else (int(v) if k in ("destroyed", "launched") else v))
                 for k, v in r.items() if k in keys} for r in frame.to_dict("records")]

    want = json.loads(raidlog("stats", "--json", "--db", ledger))
    assert records(by_side, {"day", "side", "destroyed", "launched"}) == [
        {"day": r["period"], "side": r["side"], "destroyed": r["destroyed"], "launched": r["launched"]} for r in want]
    want_region = json.loads(raidlog("stats", "--by", "day", "--by", "region", "--json", "--db", ledger))
    assert records(by_region, {"day", "side", "iso", "destroyed"}) == [
        {"day": r["period"], "side": r["side"], "iso": r["region"], "destroyed": r["destroyed"]} for r in want_region]
    assert {"day": "2025-11-14", "side": "UA", "destroyed": 101, "launched": 137} in records(
        by_side, {"day", "side", "destroyed", "launched"})


def test_parquet_has_arrow_types_and_geoparquet_metadata(exported):
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(exported["parquet"])
    types = {name: str(schema.field(name).type) for name in schema.names}
    assert types["day"] == "date32[day]"
    assert types["window_end_utc"] == "timestamp[ms, tz=UTC]"
    assert types["destroyed"] == types["launched"] == types["count"] == "int64"
    assert schema.field("findings").type == pa.list_(pa.string())
    assert types["counted_in_stats"] == "bool" and types["lat"] == "double"
    geo = json.loads(schema.metadata[b"geo"])
    column = geo["columns"]["geometry"]
    assert (geo["primary_column"], column["encoding"], column["geometry_types"]) == ("geometry", "WKB", ["Point"])
    assert column["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    lon0, lat0, lon1, lat1 = column["bbox"]
    assert 20 < lon0 < lon1 < 60 and 40 < lat0 < lat1 < 62
    table = pq.read_table(exported["parquet"])
    destroyed = table.column("destroyed").to_pylist()
    assert None in destroyed and 89 in destroyed  # not stated stays null, not NaN or 0
    incidents = pq.read_schema(exported["incidents"])
    assert str(incidents.field("kinds").type) == "list<element: string>" and b"geo" in incidents.metadata


def test_geopandas_reads_the_parquet_as_a_layer(exported):
    gpd = pytest.importorskip("geopandas")
    frame = gpd.read_parquet(exported["parquet"])
    assert isinstance(frame, gpd.GeoDataFrame) and frame.crs.to_epsg() == 4326
    placed = frame[frame["row_kind"] == "breakdown_item"]
    assert placed.geometry.notna().all() and frame[frame["row_kind"] == "claim"].geometry.isna().all()
    point = placed.iloc[0]
    assert (point.geometry.x, point.geometry.y) == (point["lon"], point["lat"])
    incidents = gpd.read_parquet(exported["incidents"])
    assert incidents.crs.to_epsg() == 4326 and set(incidents["row_kind"]) == {"incident"}


def test_geojson_has_every_layer_with_its_kind(ledger):
    data = json.loads(raidlog("export", "--format", "geojson", "--db", ledger))
    kinds = {f["properties"]["row_kind"] for f in data["features"]}
    assert kinds == {"breakdown_item", "incident"}
    incidents = [json.loads(line) for line in
                 raidlog("export", "--format", "jsonl", "--layer", "incidents", "--db", ledger).splitlines()]
    drawn = [f["properties"] for f in data["features"] if f["properties"]["row_kind"] == "incident"]
    assert len(drawn) == len([r for r in incidents if r["lat"] is not None]) > 10
    items = [f["properties"] for f in data["features"] if f["properties"]["row_kind"] == "breakdown_item"]
    assert {p["counted_in_stats"] for p in items} == {True, False} and all(p["claim_id"] for p in items)


def test_acled_counts_each_incidents_fatalities_once(ledger, tmp_path):
    import csv
    import io

    events = list(csv.DictReader(io.StringIO(raidlog("export", "--format", "acled", "--db", ledger))))
    # ISO 3166-1 numeric, as ACLED's codebook has it (empty where no country: a sea)
    assert {e["iso"] for e in events} <= {"643", "804", "112", ""} and {"643", "804"} <= {e["iso"] for e in events}
    assert not any("window ? to ?" in e["notes"] for e in events)
    # two killed in a strike on two towns: one event per town, the two dead once
    db = str(tmp_path / "acled.db")
    raidlog("ingest", str(ROOT / "tests" / "fixtures" / "acled"), "--db", db, "--quiet")
    strikes = [e for e in csv.DictReader(io.StringIO(raidlog("export", "--format", "acled", "--db", db)))
               if e["event_type"] == "Explosions/Remote violence"]
    incidents = [json.loads(line) for line in
                 raidlog("export", "--format", "jsonl", "--layer", "incidents", "--db", db).splitlines()]
    assert [e["location"] for e in strikes] == ["Kharkiv", "Chuhuiv"] and {e["iso"] for e in strikes} == {"804"}
    assert sum(int(e["fatalities"]) for e in strikes) == len({r["incident_id"] for r in incidents}) * 2 == 2
