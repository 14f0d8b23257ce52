"""Server-side figures: the overview's daily timeline and the map's circles, as plain
numbers and strings the templates put into inline SVG (no chart library, no script)."""

from __future__ import annotations

import functools
import json
import math
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from raidlog.web import mapproj

SIDE_COLOURS = {"RU": "#c0392b", "UA": "#1f6fb2", "other": "#7d6608", "unknown": "#6c6c6c"}
INCIDENT_COLOUR = "#3f3f46"  # one neutral colour for every reporter: an incident is a report, not a side's score
# series colours by the claimant's side: reds for RU, blues for UA, others neutral
PALETTES = {"RU": ["#c0392b", "#e67e22", "#922b21", "#d4ac0d"], "UA": ["#1f6fb2", "#17a589", "#5b2c6f", "#2e86c1"],
            "other": ["#5d6d7e", "#7d6608", "#6e2c00"]}


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def nice_max(value: float) -> int:
    if value <= 0:
        return 1
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exp:
            return int(math.ceil(step * exp))
    return int(10 * exp)


def timeline(rows: list[dict[str, Any]], width: int = 920, height: int = 280, top: int = 6) -> dict[str, Any]:
    """Daily claimed destroyed (solid) and launched (dashed) of the ``top`` claimants."""
    left, right, upper, lower = 64, 28, 12, 44
    totals: dict[str, int] = defaultdict(int)
    sides: dict[str, str] = {}
    per: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"destroyed": 0, "launched": 0})
    for r in rows:
        launched = r["launched"] or 0  # None: not stated; the line is drawn only where counts are
        totals[r["claimant"]] += r["destroyed"] + launched
        sides.setdefault(r["claimant"], r["side"])
        cell = per[(r["claimant"], r["day"])]
        cell["destroyed"] += r["destroyed"]
        cell["launched"] += launched
    if not rows:
        return {"empty": True, "width": width, "height": height}
    first, last = date.fromisoformat(min(r["day"] for r in rows)), date.fromisoformat(max(r["day"] for r in rows))
    days = [(first + timedelta(days=k)).isoformat() for k in range((last - first).days + 1)]
    chosen = sorted(totals, key=lambda c: (-totals[c], c))[:top]
    peak = max((v for (c, _), cell in per.items() if c in chosen for v in cell.values()), default=0)
    ymax = nice_max(peak)
    plot_w, plot_h = width - left - right, height - upper - lower

    def x(k: int) -> float:
        return round(left + (plot_w * k / (len(days) - 1) if len(days) > 1 else plot_w / 2), 1)

    def y(v: float) -> float:
        return round(upper + plot_h * (1 - v / ymax), 1)

    series = []
    used: dict[str, int] = defaultdict(int)
    for claimant in chosen:
        palette = PALETTES.get(sides[claimant], PALETTES["other"])
        colour = palette[used[sides[claimant]] % len(palette)]
        used[sides[claimant]] += 1
        for measure in ("destroyed", "launched"):
            values = [per[(claimant, d)][measure] if (claimant, d) in per else 0 for d in days]
            if not any(values):
                continue
            points = [(x(k), y(v)) for k, v in enumerate(values)]
            series.append({
                "claimant": claimant, "side": sides[claimant], "measure": measure, "colour": colour,
                "dashed": measure == "launched", "points": " ".join(f"{px},{py}" for px, py in points),
                "dots": [{"x": px, "y": py, "title": f"{days[k]} · {claimant}: {measure} {values[k]}"}
                         for k, (px, py) in enumerate(points) if values[k]],
                "total": sum(values),
            })
    step = max(1, math.ceil(len(days) / 8))
    xticks, year = [], None
    for k in range(0, len(days), step):  # "12 Nov", with the year on the first tick and where it changes
        d = date.fromisoformat(days[k])
        xticks.append({"x": x(k), "label": f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if d.year != year else "")})
        year = d.year
    # one hover column per day: every drawn claimant's values that day
    half = (plot_w / (len(days) - 1) / 2) if len(days) > 1 else plot_w / 2
    columns = []
    for k, day in enumerate(days):
        d = date.fromisoformat(day)
        parts = []
        for claimant in chosen:
            cell = per.get((claimant, day))
            if cell and (cell["destroyed"] or cell["launched"]):
                parts.append(f"{claimant}: destroyed {cell['destroyed']}"
                             + (f", launched {cell['launched']}" if cell["launched"] else ""))
        label = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        columns.append({"x": round(max(left, x(k) - half), 1), "w": round(min(x(k) + half, left + plot_w)
                                                                        - max(left, x(k) - half), 1),
                        "day": day, "title": label + ": " + ("; ".join(parts) if parts else "no claims")})
    yticks = [{"y": y(ymax * k / 4), "label": f"{round(ymax * k / 4):,}"} for k in range(5)]
    return {"empty": False, "width": width, "height": height, "series": series, "xticks": xticks,
            "yticks": yticks, "left": left, "right": width - right, "top": upper, "bottom": height - lower,
            "days": len(days), "first": days[0], "last": days[-1], "columns": columns, "upper": upper, "hidden": max(0, len(totals) - len(chosen))}


def map_circles(rows: list[dict[str, Any]], info: dict[str, dict[str, Any]]) -> tuple[list, list]:
    """Summary rows (per day, claimant, side, place) → circles per place and side, biggest first,
    and the places that cannot be drawn (no coordinates, or outside the frame)."""
    agg: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        cell = agg.setdefault((r["place"], r["side"]), {"count": 0, "claims": 0, "claimants": set()})
        cell["count"] += r["count"]
        cell["claims"] += r["claims"]
        cell["claimants"].add(r["claimant"])
    peak = max((c["count"] for c in agg.values()), default=0) or 1
    circles, off_map = [], []
    for (place_id, side), cell in agg.items():
        p = info.get(place_id, {"name": place_id, "kind": "other", "iso": None, "lat": None, "lon": None})
        entry = {"place": place_id, "name": p["name"], "kind": p["kind"], "iso": p.get("iso"), "side": side,
                 "count": cell["count"], "claims": cell["claims"], "claimants": sorted(cell["claimants"]),
                 "colour": SIDE_COLOURS.get(side, SIDE_COLOURS["unknown"])}
        if not mapproj.inside(p.get("lon"), p.get("lat")):
            off_map.append(entry)
            continue
        cx, cy = mapproj.project(p["lon"], p["lat"])
        entry |= {"x": round(cx, 1), "y": round(cy, 1), "r": round(4 + 24 * math.sqrt(cell["count"] / peak), 1)}
        circles.append(entry)
    circles.sort(key=lambda e: (-e["count"], e["place"]))
    off_map.sort(key=lambda e: (-e["count"], e["place"]))
    return circles, off_map


def incident_markers(rows: list[dict[str, Any]], info: dict[str, dict[str, Any]]) -> tuple[list, list]:
    """Incident place rows (:func:`raidlog.web.data.incident_places`) → a marker per place: how
    many incidents were reported there, their kinds and reporters, how many state casualties;
    and the places that cannot be drawn. Casualty figures are not summed across reports (several
    posts often tell of the same people): the panel lists each incident with its own figures."""
    agg: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["place"] is None:  # an incident that names no place: in the incidents table only
            continue
        cell = agg.setdefault(r["place"], {"incidents": set(), "kinds": defaultdict(int), "reporters": set(),
                                           "casualties": set(), "days": set()})
        if r["incident"] in cell["incidents"]:
            continue
        cell["incidents"].add(r["incident"])
        cell["kinds"][r["kind"]] += 1
        cell["days"].add(r["day"])
        if r["reporter"]:
            cell["reporters"].add(r["reporter"])
        if (r["killed"] or 0) + (r["injured"] or 0) > 0:
            cell["casualties"].add(r["incident"])
    peak = max((len(c["incidents"]) for c in agg.values()), default=0) or 1
    markers, off_map = [], []
    for place_id, cell in agg.items():
        p = info.get(place_id, {"name": place_id, "kind": "other", "iso": None, "lat": None, "lon": None})
        n = len(cell["incidents"])
        kinds = sorted(cell["kinds"].items(), key=lambda e: (-e[1], e[0]))
        entry = {"place": place_id, "name": p["name"], "kind": p["kind"], "iso": p.get("iso"), "incidents": n,
                 "kinds": [k for k, _ in kinds], "kinds_text": ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in kinds),
                 "reporters": sorted(cell["reporters"]), "with_casualties": len(cell["casualties"]),
                 "colour": INCIDENT_COLOUR}
        if not mapproj.inside(p.get("lon"), p.get("lat")):
            off_map.append(entry)
            continue
        cx, cy = mapproj.project(p["lon"], p["lat"])
        half = round(3.5 + 6 * math.sqrt(n / peak), 1)  # half the diagonal of a diamond
        entry |= {"x": round(cx, 1), "y": round(cy, 1), "size": half,
                  "points": f"{cx:.1f},{cy - half:.1f} {cx + half:.1f},{cy:.1f} {cx:.1f},{cy + half:.1f} "
                            f"{cx - half:.1f},{cy:.1f}"}
        markers.append(entry)
    markers.sort(key=lambda e: (-e["incidents"], e["place"]))
    off_map.sort(key=lambda e: (-e["incidents"], e["place"]))
    return markers, off_map


def unplaced_incidents(rows: list[dict[str, Any]]) -> int:
    """How many incidents of ``rows`` name no place (they cannot be drawn)."""
    return len({r["incident"] for r in rows if r["place"] is None})


@functools.cache
def region_outlines() -> dict[str, Any]:
    """The first-level regions drawn on the map (``scripts/build_regions.py``): iso, name, SVG path."""
    return json.loads((Path(__file__).parent / "static" / "map" / "regions.json").read_text(encoding="utf-8"))


SHADES = ("#fbeed3", "#f7d79b", "#f0b45f", "#e08a2c", "#b85f12")  # light to dark: claimed destroyed over a region


def region_shading(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Summary rows (per day, claimant, side, place) → every drawn region with the claimed destroyed
    over it per side (a town's count counts for its region, as ``raidlog stats --by region``), its
    shade, and the legend's classes."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r.get("iso"):
            per[r["iso"]][r["side"]] += r["count"]
    totals = {iso: sum(v.values()) for iso, v in per.items()}
    peak = max(totals.values(), default=0)
    # classes by equal steps of the square root (a few big regions do not wash out the rest)
    bounds = [0] + [math.ceil(peak * (k / len(SHADES)) ** 2) for k in range(1, len(SHADES) + 1)] if peak else []
    regions = []
    for r in region_outlines()["regions"]:
        total = totals.get(r["iso"], 0)
        shade = ""
        if total:
            k = next(i for i in range(len(SHADES)) if total <= bounds[i + 1])
            shade = SHADES[k]
        sides = sorted(per.get(r["iso"], {}).items())
        text = (f"{r['name']}: {total} destroyed claimed over it"
                + "".join(f"; claimed by the {s} side: {n}" for s, n in sides)) if total else f"{r['name']}: no claims"
        regions.append({**r, "total": total, "shade": shade, "title": text})
    legend = [{"colour": SHADES[k], "label": str(bounds[k + 1]) if bounds[k] + 1 == bounds[k + 1]
               else f"{bounds[k] + 1}–{bounds[k + 1]}"}
              for k in range(len(SHADES)) if bounds and bounds[k + 1] > bounds[k]]
    return regions, legend


def circle_legend(circles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Circle sizes for the legend: the largest count drawn, half and a tenth of it."""
    if not circles:
        return []
    peak = max(c["count"] for c in circles)
    values = sorted({v for v in (peak, round(peak / 2), round(peak / 10)) if v > 0}, reverse=True)
    return [{"count": v, "r": round(4 + 24 * math.sqrt(v / peak), 1)} for v in values]
