"""Events on an offline world map, drawn as SVG on the server: no scripts, no tiles, prints well."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

DATA = Path(__file__).parent / "data" / "world-110m.json"
# Okabe and Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/): blues for cooperation,
# oranges for conflict, the darker shade for material acts.
QUAD_COLOURS = {1: "#56B4E9", 2: "#0072B2", 3: "#E69F00", 4: "#D55E00"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
NO_QUAD_COLOUR = "#999999"
MIN_RADIUS, MAX_RADIUS = 3.0, 16.0  # px on the 960 x 480 canvas


@cache
def world() -> dict:
    """The vendored country shapes: {"width", "height", "countries": [{"id", "name", "path"}]} (see data/README.md)."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def project(lat: float, lon: float) -> tuple[float, float]:
    """(x, y) in px on the map's canvas for a point in degrees: the equirectangular projection the shapes were built with."""
    w = world()
    return (lon + 180) * w["width"] / 360, (90 - lat) * w["height"] / 180


def world_map_svg(points: Iterable[tuple], title: str = "Events by place") -> Markup:
    """The world's countries with one marker per point.

    `points`: (lat, lon, count, quad_class, label, href) tuples; lat and lon in degrees, count the events
    there (> 0), quad_class 1-4 (1 verbal cooperation .. 4 material conflict; None for mixed or unknown) for
    the marker's colour, label and href for its tooltip and link. A marker's area grows with its count
    (radius by square root, scaled to the largest count), and larger markers are drawn first so small ones
    stay clickable. Labels and hrefs are escaped: they come from article text. Raises ValueError for a
    point outside -90..90 / -180..180.
    """
    w = world()
    points = sorted(points, key=lambda p: -p[2])
    most = max((p[2] for p in points), default=1)
    # role "group", not "img": an image's children are hidden from assistive technology, and the markers are links
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 {w["width"]} {w["height"]}" '
             f'role="group" aria-label="{escape(title)}"><title>{escape(title)}</title>',
             f'<rect width="{w["width"]}" height="{w["height"]}" fill="#eef3f7"/><g fill="#d9d9d9" stroke="#fff" stroke-width="0.5">']
    parts += [f'<path d="{c["path"]}"><title>{escape(c["name"])}</title></path>' for c in w["countries"]]
    parts.append("</g>")
    for lat, lon, count, quad, label, href in points:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"point {label!r} lies outside the globe: lat {lat}, lon {lon}")
        x, y = project(lat, lon)
        r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(count / most)
        colour = QUAD_COLOURS.get(quad, NO_QUAD_COLOUR)
        parts.append(f'<a href="{escape(href)}"><circle class="marker" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
                     f'fill-opacity="0.8" stroke="#333" stroke-width="0.5"><title>{escape(label)}: {count} '
                     f'event{"" if count == 1 else "s"}</title></circle></a>')
    parts.append(_legend(w["height"]))
    parts.append("</svg>")
    return Markup("".join(parts))


def _legend(height: int) -> str:
    items = [*QUAD_NAMES.items(), (None, "mixed or unknown")]
    parts = ['<g class="legend" font-size="11">']
    for i, (quad, name) in enumerate(items):
        y = height - 14 * (len(items) - i)
        parts.append(f'<circle cx="12" cy="{y}" r="5" fill="{QUAD_COLOURS.get(quad, NO_QUAD_COLOUR)}"/>'
                     f'<text x="22" y="{y + 4}">{name}</text>')
    return "".join(parts) + "</g>"
