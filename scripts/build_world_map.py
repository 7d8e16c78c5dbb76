"""Build src/newsledger/interfaces/graphics/data/world-110m.json from world-atlas's countries-110m.json.

world-atlas 2.0.2 (ISC licence, Mike Bostock) packs the Natural Earth 1:110m admin-0 countries (public
domain) as TopoJSON: shared arcs, quantized and delta-encoded. This script decodes the arcs, joins them into
each country's rings, projects them equirectangularly onto a 960x480 canvas (x = (lon + 180) * 960/360,
y = (90 - lat) * 480/180), drops points closer than MIN_STEP px to the last kept one, and writes one SVG
path string per country, coordinates rounded to 0.1 px.

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_world_map.py /tmp/package/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WIDTH, HEIGHT = 960, 480
MIN_STEP = 0.5  # px: finer detail is invisible at this size and only makes the file bigger
OUT = Path(__file__).resolve().parent.parent / "src/newsledger/interfaces/graphics/data/world-110m.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Each arc as (lon, lat) points: undo the delta encoding, then the quantization."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    """A ring from its arc indexes; ~i is arc i reversed, and each arc after the first repeats the last point."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def project(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180) * WIDTH / 360, (90 - lat) * HEIGHT / 180


def ring_path(points: list[tuple[float, float]]) -> str:
    """The ring as SVG path data. A ring that crosses the antimeridian (Fiji, Russia) is unwrapped so that it
    runs on past the canvas's edge instead of across it, and drawn twice, once from each side; the viewBox
    clips what lies outside."""
    kept: list[tuple[float, float]] = []
    shift = 0.0
    for x, y in (project(lon, lat) for lon, lat in points):
        if kept and abs(x + shift - kept[-1][0]) > WIDTH / 2:
            shift += WIDTH if kept[-1][0] > x + shift else -WIDTH
        x += shift
        if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= MIN_STEP:
            kept.append((x, y))
    if len(kept) < 3:
        return ""
    xs = [x for x, _ in kept]
    copies = [0] + ([-WIDTH] if max(xs) > WIDTH else []) + ([WIDTH] if min(xs) < 0 else [])
    return "".join("M" + " ".join(_number(x + dx) + "," + _number(y) for x, y in kept) + "Z" for dx in copies)


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def build(topology: dict) -> list[dict]:
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(geometry["type"], [])
        path = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if path:
            countries.append({"id": geometry.get("id"), "name": geometry["properties"]["name"], "path": path})
    return countries


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    countries = build(topology)
    data = {"source": "world-atlas 2.0.2 countries-110m.json (Natural Earth 1:110m, public domain)",
            "width": WIDTH, "height": HEIGHT, "projection": "equirectangular", "countries": countries}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {len(countries)} countries to {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/package/countries-110m.json")
