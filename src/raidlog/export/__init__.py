"""Exporting the ledger: CSV, JSON Lines, Parquet, GeoJSON and an ACLED-style CSV.

One row per claim and one per place of each breakdown item, with the
claimant, the window in UTC and local time, place ids, ISO codes and
coordinates, counts, finding codes and source URLs. The incidents layer has
one row per place of each incident (an incident with no place: one row
without coordinates): its kind, reporter, killed and injured as stated, and
its document. GeoJSON has a point per breakdown place and one per incident
place (regions at their centroid, localities at their coordinates, seas at a
point of the sea), told apart by the property ``feature`` ("claim" or
"incident"). The ACLED-style CSV puts interceptions as
"Strategic developments / Disrupted weapons use" and officials' reports of
hits and damage as "Explosions/Remote violence / Air/drone strike", so
analysts can merge the two datasets.
"""

from __future__ import annotations

import csv
import io
import json
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from raidlog.store.queries import ClaimFilter, IncidentFilter

# The store (and SQLAlchemy) is imported where rows are read, not here: the CLI lists these formats
# in its help, and `raidlog extract`, which never opens a store, would pay SQLAlchemy's import
# (about a quarter of its start-up) for it.

LAYERS = ("claims", "incidents")

# row_kind: "claim" (a claimant's totals), "breakdown_item" (one place of one item of a claim's
# breakdown) or "incident" (one place of an official's incident). counted_in_stats: the row belongs
# to a claim that `raidlog stats` counts (a current document's report-scope claim, a claim group
# once, by its primary); incidents never count. docs/exports.md shows the sums.
COLUMNS = [
    "row_kind", "counted_in_stats", "claim_id", "group_id", "document_id", "day", "claimant", "claimant_kind",
    "side", "person", "weapon", "scope", "hedged", "destroyed", "launched", "window_start_utc", "window_end_utc",
    "window_start_local", "window_end_local", "timezone", "timezone_assumed", "item", "count", "each", "subset",
    "item_places", "place_id", "place_name", "place_kind", "iso", "country", "lat", "lon", "findings", "document",
    "title", "source", "url",
]
# ACLED's codebook columns in its order, then raidlog's own. Columns no report lets raidlog fill
# honestly stay empty: assoc_actor_1/2, actor2, inter1/2, interaction (who the actors are in
# ACLED's actor list), civilian_targeting (whether civilians were the target), admin3, tags, and
# timestamp (when ACLED last changed the row).
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    "raidlog_claim", "raidlog_document",
]
ACLED_REGION = {"RU": "Europe", "UA": "Europe", "BY": "Europe"}  # ACLED's region of the country
INCIDENT_COLUMNS = [
    "row_kind", "counted_in_stats", "incident_id", "group_id", "document_id", "day", "scope", "kind", "kinds",
    "reporter", "reporter_kind", "person", "side", "killed", "injured", "locations", "places", "place_id",
    "place_name", "place_kind", "iso", "country", "region", "lat", "lon", "description", "document", "title",
    "source", "url",
]
LIST_COLUMNS = ("findings", "kinds")  # lists in JSON Lines and Parquet; ";"-joined in CSV and GeoJSON
GEO_PRECISION = {"locality": 1, "district": 2, "admin1": 3, "sea": 3, "other": 2, "country": 3}
COUNTRY_NAMES = {"RU": "Russia", "UA": "Ukraine", "BY": "Belarus"}
ISO_NUMERIC = {"RU": 643, "UA": 804, "BY": 112}  # ACLED's iso column: ISO 3166-1 numeric


def rows(conn: Connection, f: ClaimFilter | None = None) -> Iterator[dict[str, Any]]:
    """The export rows: each claim, then one row per place of each of its breakdown items."""
    from sqlalchemy import select

    from raidlog.store import schema as t
    from raidlog.store.queries import ClaimFilter, claims

    f = f or ClaimFilter(limit=None)
    # the items not summed per region, as stats leaves them out: part of another item ("including 3 over …"),
    # or another voice's count a whole lists as its part (model.borrowed_items)
    ip = t.item_places.c
    not_summed = {(f"c{r.claim_id}", r.item_position)
                  for r in conn.execute(select(ip.claim_id, ip.item_position).where(ip.subset.is_(True)).distinct())}
    for c in claims(conn, f):
        base = {
            "counted_in_stats": c["counted_in_stats"], "claim_id": c["id"], "group_id": c["group"],
            "document_id": c["document_id"], "day": c["day"],
            "claimant": c["claimant"], "side": c["side"], "weapon": c["weapon"], "scope": c["scope"],
            "hedged": c["hedged"], "claimant_kind": c["claimant_kind"], "person": c["person"],
            "window_start_utc": c["window_start_utc"], "window_end_utc": c["window_end_utc"],
            "window_start_local": c["window_start"], "window_end_local": c["window_end"],
            "timezone": c["timezone"], "timezone_assumed": c["timezone_assumed"],
            "findings": list(c["findings"]), "document": c["document"], "title": c["title"],
            "source": source_label(c), "url": c["url"],
        }
        yield {**dict.fromkeys(COLUMNS), **base, "row_kind": "claim", "destroyed": c["destroyed"],
               "launched": c["launched"]}
        for k, item in enumerate(c["breakdown"]):
            for place in item["places"]:
                yield {**dict.fromkeys(COLUMNS), **base, "row_kind": "breakdown_item", "item": k,
                       "count": item["count"], "each": item["each"], "subset": (c["id"], k) in not_summed,
                       "item_places": len(item["places"]), "place_id": place["id"],
                       "place_name": place["name"], "place_kind": place["kind"], "iso": place["iso"],
                       "country": place["country"], "lat": place["lat"], "lon": place["lon"]}


def source_label(row: dict[str, Any]) -> str:
    """The ``source`` column: who published the document (a Telegram channel's or feed's name,
    else its address's host), else its title, else its name (a file's path) — never the ingest
    argument ("file:samples/corpus")."""
    from raidlog.store.queries import outlet

    return outlet(row.get("source"), row.get("url")) or row.get("title") or row.get("document") or ""


def _claimed(count: int | None) -> str:
    """An item's count in words; None: the place is named without a count of its own."""
    return "an unstated number of" if count is None else str(count)


def incident_rows(conn: Connection, f: IncidentFilter | None = None) -> Iterator[dict[str, Any]]:
    """The incidents layer: a row per place of each incident, or one row without a place for an
    incident that names none ("hits at 8 locations"). ``killed``/``injured``: as the report states
    them (empty: not stated; 0: "no casualties")."""
    from raidlog.store.queries import IncidentFilter, incidents

    for inc in incidents(conn, f or IncidentFilter(limit=None)):
        base = {**dict.fromkeys(INCIDENT_COLUMNS), "row_kind": "incident", "counted_in_stats": False,
                "incident_id": inc["id"], "document_id": inc["document_id"], "day": inc["day"], "kind": inc["kind"],
                "kinds": list(inc["kinds"]), "reporter": inc["reporter"], "reporter_kind": inc["reporter_kind"],
                "person": inc["person"], "side": inc["side"], "killed": inc["killed"], "injured": inc["injured"],
                "locations": inc["locations"], "places": len(inc["places"]), "description": inc["description"],
                "document": inc["document"], "title": inc["title"], "source": source_label(inc), "url": inc["url"]}
        if not inc["places"]:
            yield base
        for place in inc["places"]:
            yield {**base, "place_id": place["id"], "place_name": place["name"], "place_kind": place["kind"],
                   "iso": place["iso"], "country": place["country"], "region": place["region"],
                   "lat": place["lat"], "lon": place["lon"]}


def _flat(value: Any) -> Any:
    return ";".join(value) if isinstance(value, list) else value


def to_csv(rows_: Iterator[dict[str, Any]], columns: list[str] = COLUMNS) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows_:
        writer.writerow({k: "" if v is None else _flat(v) for k, v in row.items()})
    return buf.getvalue()


def to_jsonl(rows_: Iterator[dict[str, Any]], columns: list[str] = COLUMNS) -> str:
    return "".join(json.dumps({k: row[k] for k in columns}, ensure_ascii=False) + "\n" for row in rows_)


def arrow_schema(columns: list[str]):
    """The Arrow type of each column: days ``date32``, UTC windows ``timestamp[s, UTC]``, counts
    nullable ``int64``, coordinates ``float64``, flags ``bool``, finding codes and kinds
    ``list<string>``, the rest strings; plus ``geometry`` (WKB points, GeoParquet)."""
    import pyarrow as pa

    ints = ("item", "count", "item_places", "destroyed", "launched", "killed", "injured", "locations", "places")
    types = {**dict.fromkeys(ints, pa.int64()), "lat": pa.float64(), "lon": pa.float64(), "day": pa.date32(),
             "window_start_utc": pa.timestamp("s", tz="UTC"), "window_end_utc": pa.timestamp("s", tz="UTC"),
             **dict.fromkeys(("hedged", "each", "subset", "timezone_assumed", "counted_in_stats"), pa.bool_()),
             **dict.fromkeys(LIST_COLUMNS, pa.list_(pa.string()))}
    return pa.schema([(c, types.get(c, pa.string())) for c in columns] + [("geometry", pa.binary())])


# GeoParquet 1.0: the geometry column, its encoding, and the CRS as PROJJSON (WGS 84, EPSG:4326;
# coordinates are written longitude, latitude, as GeoJSON and GeoParquet readers expect)
EPSG_4326 = {
    "$schema": "https://proj.org/schemas/v0.7/projjson.schema.json", "type": "GeographicCRS", "name": "WGS 84",
    "datum": {"type": "GeodeticReferenceFrame", "name": "World Geodetic System 1984",
              "ellipsoid": {"name": "WGS 84", "semi_major_axis": 6378137, "inverse_flattening": 298.257223563}},
    "coordinate_system": {"subtype": "ellipsoidal", "axis": [
        {"name": "Geodetic latitude", "abbreviation": "Lat", "direction": "north", "unit": "degree"},
        {"name": "Geodetic longitude", "abbreviation": "Lon", "direction": "east", "unit": "degree"}]},
    "id": {"authority": "EPSG", "code": 4326},
}


def _wkb_point(lon: float | None, lat: float | None) -> bytes | None:
    return None if lon is None or lat is None else struct.pack("<BIdd", 1, 1, lon, lat)


def _arrow_value(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column == "day":
        return date.fromisoformat(value)
    if column in ("window_start_utc", "window_end_utc"):
        return datetime.fromisoformat(value).astimezone(UTC)
    return value


def to_parquet(rows_: Iterator[dict[str, Any]], path: Any, columns: list[str] = COLUMNS) -> None:
    """Parquet with Arrow types (:func:`arrow_schema`) and GeoParquet metadata: GeoPandas reads it
    as a GeoDataFrame in EPSG:4326, QGIS as a point layer (rows without a place: empty geometry).
    ``path``: a file name or a binary file object."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(columns)
    data = [{**{k: _arrow_value(k, row[k]) for k in columns}, "geometry": _wkb_point(row["lon"], row["lat"])}
            for row in rows_]
    points = [(r["lon"], r["lat"]) for r in data if r["geometry"] is not None]
    geo = {"version": "1.0.0", "primary_column": "geometry", "columns": {"geometry": {
        "encoding": "WKB", "geometry_types": ["Point"], "crs": EPSG_4326,
        **({"bbox": [min(p[0] for p in points), min(p[1] for p in points),
                     max(p[0] for p in points), max(p[1] for p in points)]} if points else {})}}}
    schema = schema.with_metadata({b"geo": json.dumps(geo).encode()})
    pq.write_table(pa.Table.from_pylist(data, schema=schema), path)


def to_geojson(rows_: Iterator[dict[str, Any]] | None = None,
               incident_rows_: Iterator[dict[str, Any]] | None = None) -> str:
    """A FeatureCollection: a point per breakdown place of ``rows_`` (property ``row_kind``
    "breakdown_item"; ``feature`` "claim") and per place of each incident of ``incident_rows_``
    (``row_kind`` and ``feature`` "incident"), with the layer's columns as properties. Rows
    without coordinates are left out."""
    features = []
    for row in rows_ or ():
        if row["row_kind"] != "breakdown_item" or row["lat"] is None or row["lon"] is None:
            continue
        props = {"feature": "claim", **{k: _flat(row[k]) for k in COLUMNS if k not in ("lat", "lon")}}
        features.append(_point(row, props))
    for row in incident_rows_ or ():
        if row["lat"] is None or row["lon"] is None:
            continue
        props = {"feature": "incident", **{k: _flat(row[k]) for k in INCIDENT_COLUMNS if k not in ("lat", "lon")}}
        features.append(_point(row, props))
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


def _point(row: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": props}


def acled_rows(conn: Connection, f: ClaimFilter | None = None) -> Iterator[dict[str, Any]]:
    """ACLED-style events: interceptions per breakdown place, then officials' hits and damage."""
    from sqlalchemy import select

    from raidlog.store import schema as t

    n = 0
    for row in rows(conn, f):
        if row["row_kind"] != "breakdown_item":
            continue
        n += 1
        each = {True: " (each)", False: " (combined over several places)"}.get(
            row["each"], " (over several places; the text does not say whether each)"
            if row["item_places"] > 1 and row["count"] is not None else "")
        yield {
            "event_id_cnty": f"RAIDLOG{n}", "event_date": row["day"], "year": (row["day"] or "")[:4],
            "time_precision": 1 if row["window_end_utc"] else 2, "disorder_type": "Strategic developments",
            "event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use",
            "actor1": row["claimant"], "country": COUNTRY_NAMES.get(row["country"], row["country"]),
            "iso": ISO_NUMERIC.get(row["country"], ""), "region": ACLED_REGION.get(row["country"], ""),
            "admin1": _admin1(row), "admin2": row["place_name"] if row["place_kind"] == "district" else "",
            "location": row["place_name"], "latitude": row["lat"],
            "longitude": row["lon"], "geo_precision": GEO_PRECISION.get(row["place_kind"], 3),
            "source": row["source"], "source_scale": "National" if row["claimant_kind"] == "ministry" else "Subnational",
            "notes": f"{row['claimant']} claims {_claimed(row['count'])} {row['weapon']} destroyed over {row['place_name']}"
                     f"{each}{_window(row)}. "
                     f"Claim, not a verified fact.",
            "fatalities": 0, "raidlog_claim": row["claim_id"], "raidlog_document": row["document_id"],
        }
    i, ip, p, d = t.incidents, t.incident_places, t.places, t.documents
    q = (select(i.c.id, i.c.kind, i.c.day, i.c.reporter_name, i.c.reporter_kind, i.c.killed, i.c.document_id,
                p.c.name, p.c.kind.label("place_kind"), p.c.iso, p.c.country, p.c.lat, p.c.lon, p.c.region,
                d.c.source, d.c.url, d.c.title, d.c.name.label("document"))
         .join(ip, ip.c.incident_id == i.c.id).join(p, p.c.id == ip.c.place_id).join(d, d.c.id == i.c.document_id)
         .where(i.c.kind.in_(("hit", "damage", "casualties", "fire")), d.c.is_current.is_(True))
         .order_by(i.c.id, ip.c.position))
    seen: set[int] = set()
    for r in conn.execute(q):
        n += 1
        first = r.id not in seen  # an incident's fatalities go on its first place only: sums count them once
        seen.add(r.id)
        yield {
            "event_id_cnty": f"RAIDLOG{n}", "event_date": r.day, "year": (r.day or "")[:4], "time_precision": 1,
            "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike", "actor1": "", "country": COUNTRY_NAMES.get(r.country, r.country),
            "iso": ISO_NUMERIC.get(r.country, ""), "region": ACLED_REGION.get(r.country, ""), "admin1": r.region or "",
            "admin2": r.name if r.place_kind == "district" else "", "location": r.name, "latitude": r.lat,
            "longitude": r.lon,
            "geo_precision": GEO_PRECISION.get(r.place_kind, 3),
            "source": source_label({"source": r.source, "url": r.url, "title": r.title, "document": r.document}),
            "source_scale": "Subnational",
            "notes": f"{r.reporter_name} reports {r.kind.replace('_', ' ')} in {r.name}.",
            "fatalities": (r.killed or 0) if first else 0, "raidlog_claim": "", "raidlog_document": f"d{r.document_id}",
        }


def _window(row: dict[str, Any]) -> str:
    """"; window 2025-11-13T20:00+00:00 to … UTC", or nothing when the claim states no window."""
    if not row["window_start_utc"] and not row["window_end_utc"]:
        return ""
    return f"; window {row['window_start_utc'] or '?'} to {row['window_end_utc'] or '?'} UTC"


def _admin1(row: dict[str, Any]) -> str:
    from raidlog.geo import Gazetteer

    if row["place_kind"] == "admin1":
        return row["place_name"]
    region = Gazetteer.default().region(row["iso"]) if row["iso"] else None
    return region.name if region else ""


# -- the formats -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rows:
    """What an exporter reads, each made when asked: the claims layer, the incidents layer and the
    ACLED-style events, under one filter."""

    conn: Connection
    claims: ClaimFilter
    incidents: IncidentFilter

    def layer(self, layer: str) -> Iterator[dict[str, Any]]:
        return incident_rows(self.conn, self.incidents) if layer == "incidents" else rows(self.conn, self.claims)


def _parquet_bytes(rows_: Iterator[dict[str, Any]], columns: list[str]) -> bytes:
    buf = io.BytesIO()
    to_parquet(rows_, buf, columns)
    return buf.getvalue()


def _columns(layer: str) -> list[str]:
    return INCIDENT_COLUMNS if layer == "incidents" else COLUMNS


@dataclass(frozen=True)
class Exporter:
    """One export format: its name (``--format``), file suffix and media type (web downloads), what
    it writes, the layers it offers (``()``: rows of its own, no ``--layer``), the layers it writes
    when none is asked, and the extra it needs (raidlog.extras)."""

    name: str
    suffix: str
    media_type: str
    help: str
    write: Callable[[Rows, tuple[str, ...]], str | bytes]
    layers: tuple[str, ...] = LAYERS
    default_layers: tuple[str, ...] = ("claims",)
    extra: str | None = None

    @property
    def binary(self) -> bool:
        return not self.media_type.startswith(("text/", "application/json", "application/geo+json",
                                               "application/x-ndjson"))


def _table(writer: Callable[[Iterator[dict[str, Any]], list[str]], str | bytes]):
    return lambda src, layers: writer(src.layer(layers[0]), _columns(layers[0]))


EXPORTERS: dict[str, Exporter] = {e.name: e for e in (
    Exporter("csv", ".csv", "text/csv; charset=utf-8", "one row per claim and per breakdown place "
             "(or per incident place)", _table(to_csv)),
    Exporter("jsonl", ".jsonl", "application/x-ndjson", "the CSV's rows as JSON Lines, lists as lists",
             _table(to_jsonl)),
    Exporter("parquet", ".parquet", "application/vnd.apache.parquet", "typed columns (date32, UTC "
             "timestamps, int64, list<string>) with GeoParquet points", _table(_parquet_bytes), extra="parquet"),
    Exporter("geojson", ".geojson", "application/geo+json", "a point per breakdown place and per incident "
             "place (property 'feature': claim or incident)",
             lambda src, layers: to_geojson(src.layer("claims") if "claims" in layers else None,
                                            src.layer("incidents") if "incidents" in layers else None),
             default_layers=LAYERS),
    Exporter("acled", ".csv", "text/csv; charset=utf-8", "ACLED-style events: interceptions, then "
             "officials' hits and damage", lambda src, layers: to_csv(acled_rows(src.conn, src.claims),
                                                                     ACLED_COLUMNS), layers=()),
)}
FORMATS = tuple(EXPORTERS)


def export(name: str, conn: Connection, layer: str | None = None, claims_filter: ClaimFilter | None = None,
           incidents_filter: IncidentFilter | None = None) -> str | bytes:
    """The export ``name`` of the ledger under the filters: text, or bytes for a binary format."""
    from raidlog.store.queries import ClaimFilter, IncidentFilter

    exporter = EXPORTERS[name]
    layers = (layer,) if layer else exporter.default_layers
    return exporter.write(Rows(conn, claims_filter or ClaimFilter(limit=None),
                               incidents_filter or IncidentFilter(limit=None)), layers)
