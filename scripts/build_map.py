"""Build the map's base layer: country outlines of Russia, Ukraine and their
neighbours as one small SVG, src/raidlog/web/static/map/countries.svg.

The geometry is Natural Earth's admin-0 countries (1:50m) as TopoJSON from the
npm package ``world-atlas`` (fetched with ``npm pack`` into a temporary folder;
nothing is fetched when the web app runs). This script decodes the TopoJSON
arcs itself, clips every ring to lon 18–60° E / lat 40–62° N, projects it with
:mod:`raidlog.web.mapproj` (the projection the map page uses for the claims),
simplifies it (Douglas–Peucker, about half a pixel) and writes the SVG.

    python scripts/build_map.py                 # npm pack world-atlas@2
    python scripts/build_map.py --topojson countries-50m.json --version 2.0.2

Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from raidlog.web import mapproj

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "raidlog" / "web" / "static" / "map" / "countries.svg"
PACKAGE = "world-atlas@2"
ATTRIBUTION = "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com"

# ISO 3166-1 numeric (world-atlas ids) → alpha-2, for the countries in the frame.
ALPHA2 = {
    "643": "RU", "804": "UA", "112": "BY", "498": "MD", "616": "PL", "642": "RO", "268": "GE", "398": "KZ",
    "440": "LT", "428": "LV", "233": "EE", "246": "FI", "792": "TR", "100": "BG", "703": "SK", "348": "HU",
    "203": "CZ", "688": "RS", "191": "HR", "070": "BA", "499": "ME", "008": "AL", "807": "MK", "300": "GR",
    "051": "AM", "031": "AZ", "860": "UZ", "795": "TM", "752": "SE", "364": "IR", "578": "NO", "040": "AT",
    "-99": "XK", "196": "CY", "417": "KG", "762": "TJ", "004": "AF", "760": "SY", "368": "IQ", "705": "SI",
}
LABELLED = {"RU", "UA", "BY", "MD", "PL", "RO", "GE", "KZ", "LT", "LV", "EE", "FI", "TR", "BG", "AM", "AZ",
            "UZ", "TM", "SE", "HU", "SK"}
TOLERANCE = 0.5  # px, Douglas–Peucker
MIN_AREA = 4.0  # px², smaller islands are dropped


def fetch(workdir: Path) -> tuple[dict, str]:
    """``npm pack world-atlas@2`` → (the countries-50m topology, the package version)."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True, capture_output=True)
    [tgz] = workdir.glob("world-atlas-*.tgz")
    with tarfile.open(tgz) as tar:
        version = json.load(tar.extractfile("package/package.json"))["version"]
        topology = json.load(tar.extractfile("package/countries-50m.json"))
    return topology, version


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Quantised, delta-encoded arcs → lists of (lon, lat)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """A ring from arc indexes (``~i`` is arc ``i`` reversed); shared end points once."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def clip(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sutherland–Hodgman against the map's lon/lat frame."""
    edges = [
        (lambda p: p[0] >= mapproj.LON_MIN, lambda a, b: _at_x(a, b, mapproj.LON_MIN)),
        (lambda p: p[0] <= mapproj.LON_MAX, lambda a, b: _at_x(a, b, mapproj.LON_MAX)),
        (lambda p: p[1] >= mapproj.LAT_MIN, lambda a, b: _at_y(a, b, mapproj.LAT_MIN)),
        (lambda p: p[1] <= mapproj.LAT_MAX, lambda a, b: _at_y(a, b, mapproj.LAT_MAX)),
    ]
    for keep, cut in edges:
        if not points:
            return []
        out = []
        prev = points[-1]
        for cur in points:
            if keep(cur):
                if not keep(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif keep(prev):
                out.append(cut(prev, cur))
            prev = cur
        points = out
    return points


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker (iterative) on projected points."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = -1.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area_centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, points[0][0], points[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def fmt(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def build(topology: dict, version: str) -> str:
    arcs = decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = (geometry.get("properties") or {}).get("name", "")
        code = ALPHA2.get(str(geometry.get("id")), "")
        d_parts, best = [], (0.0, 0.0, 0.0)
        for polygon in polygons(geometry):
            for k, indexes in enumerate(polygon):
                clipped = clip(ring(arcs, indexes))
                if len(clipped) < 3:
                    continue
                projected = simplify([mapproj.project(lon, lat) for lon, lat in clipped], TOLERANCE)
                if len(projected) < 3:
                    continue
                area, cx, cy = area_centroid(projected)
                if area < MIN_AREA:
                    continue
                if k == 0 and area > best[0]:
                    best = (area, cx, cy)
                coords = " ".join(f"{fmt(x)},{fmt(y)}" for x, y in projected)
                d_parts.append(f"M{coords}Z")
        if d_parts:
            shapes.append((name, code, "".join(d_parts), best))
    w, h = fmt(mapproj.WIDTH), fmt(mapproj.HEIGHT)
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        f'data-source="world-atlas@{escape(version)} countries-50m">',
        f"<!-- {ATTRIBUTION}. world-atlas {escape(version)} (npm). Built by scripts/build_map.py. -->",
        "<style>.sea{fill:#dbe7f0}.land{fill:#f4f1ea;stroke:#9a968c;stroke-width:.6;stroke-linejoin:round}"
        ".land.RU,.land.UA{fill:#ece6d8}.grat{fill:none;stroke:#c7d5e0;stroke-width:.5}"
        ".label{font:13px sans-serif;fill:#8a857a;text-anchor:middle;letter-spacing:.08em}</style>",
        f'<rect class="sea" width="{w}" height="{h}"/>',
    ]
    grat = []
    for lon in range(20, 60, 5):
        (x0, y0), (_, y1) = mapproj.project(lon, mapproj.LAT_MAX), mapproj.project(lon, mapproj.LAT_MIN)
        grat.append(f"M{fmt(x0)},{fmt(y0)}V{fmt(y1)}")
    for lat in range(45, 62, 5):
        (x0, y0), (x1, _) = mapproj.project(mapproj.LON_MIN, lat), mapproj.project(mapproj.LON_MAX, lat)
        grat.append(f"M{fmt(x0)},{fmt(y0)}H{fmt(x1)}")
    lines.append(f'<path class="grat" d="{"".join(grat)}"/>')
    for name, code, d, _ in shapes:
        lines.append(f'<path class="land {code}" data-name={quoteattr(name)} d="{d}"><title>{escape(name)}</title></path>')
    for name, code, _, (area, cx, cy) in shapes:
        if code in LABELLED and area > 1500:
            label = {"RU": "RUSSIA", "UA": "UKRAINE"}.get(code, name.upper())
            lines.append(f'<text class="label" x="{fmt(cx)}" y="{fmt(cy)}">{escape(label)}</text>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topojson", help="a countries-50m.json already at hand (skips npm pack)")
    parser.add_argument("--version", help="the world-atlas version of --topojson", default="unknown")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    if args.topojson:
        topology, version = json.loads(Path(args.topojson).read_text()), args.version
    else:
        with tempfile.TemporaryDirectory() as tmp:
            topology, version = fetch(Path(tmp))
    svg = build(topology, version)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(svg, encoding="utf-8")
    print(f"wrote {args.out} ({len(svg):,} bytes) from world-atlas {version}")


if __name__ == "__main__":
    main()
