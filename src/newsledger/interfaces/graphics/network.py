"""Who acted on whom, as an SVG graph: layout by networkx, drawn on the server with no scripts."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import networkx as nx
from markupsafe import Markup, escape

WIDTH, HEIGHT, MARGIN = 720, 480, 60  # px; the margin leaves room for labels
NODE_RADIUS = 6.0
MAX_EDGE_WIDTH = 8.0
ARROW = 8.0  # px: length of an arrowhead
SEED = 7  # the layout's random start, fixed so that one view always draws the same picture
# Diverging red-grey-blue, ColorBrewer RdBu ends (colour-blind safe): Goldstein -10 (conflict) .. +10 (cooperation).
NEGATIVE, NEUTRAL, POSITIVE = (178, 24, 43), (160, 160, 160), (33, 102, 172)


def goldstein_colour(score: float | None) -> str:
    """Hex colour for a mean Goldstein score (-10..10, Goldstein 1992): red below zero, blue above, grey at zero or None."""
    if score is None:
        return "#%02x%02x%02x" % NEUTRAL
    t = max(-1.0, min(1.0, score / 10))
    end = POSITIVE if t > 0 else NEGATIVE
    return "#%02x%02x%02x" % tuple(round(n + (e - n) * abs(t)) for n, e in zip(NEUTRAL, end))


def actor_network_svg(edges: Iterable[tuple], href: Callable[[str], str] | None = None,
                      title: str = "Who acted on whom") -> Markup:
    """A directed graph of actors.

    `edges`: (source_id, source_name, target_id, target_name, count, mean_goldstein) tuples, one per
    direction; count > 0 events, mean_goldstein -10..10 or None. Edge width grows with count (by square
    root, scaled to the largest), its colour runs red (conflict) to blue (cooperation), an arrowhead
    marks the target. Nodes are placed by networkx's spring layout with a fixed seed, from the nodes in id
    order, so the same edges always give the same drawing. `href(actor_id)` makes each node a link.
    Names are escaped (they come from article text). Edges from an actor to itself are left out.
    """
    edges = sorted((e for e in edges if e[0] != e[2]), key=lambda e: (e[0], e[2]))  # one order whatever came in
    if not edges:
        return Markup('<p class="empty">No events between two actors in this view.</p>')
    names = {}
    for source, source_name, target, target_name, *_ in edges:
        names[source], names[target] = source_name or source, target_name or target
    graph = nx.DiGraph()
    graph.add_nodes_from(sorted(names))
    graph.add_weighted_edges_from((e[0], e[2], e[4]) for e in edges)
    positions = nx.spring_layout(graph, seed=SEED)
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]

    def place(node: str) -> tuple[float, float]:
        x, y = positions[node]
        span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
        return (MARGIN + (x - min(xs)) / span_x * (WIDTH - 2 * MARGIN),
                MARGIN + (y - min(ys)) / span_y * (HEIGHT - 2 * MARGIN))

    most = max(e[4] for e in edges)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>']
    for source, source_name, target, target_name, count, goldstein in edges:
        parts.append(_edge(place(source), place(target), 1 + (MAX_EDGE_WIDTH - 1) * math.sqrt(count / most),
                           goldstein_colour(goldstein), f"{names[source]} → {names[target]}: {count} event"
                           f"{'' if count == 1 else 's'}" + ("" if goldstein is None else f", mean Goldstein {goldstein:+.1f}")))
    for node in graph.nodes:
        x, y = place(node)
        circle = (f'<circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{NODE_RADIUS}" fill="#fff" stroke="#333">'
                  f'<title>{escape(names[node])}</title></circle>'
                  f'<text x="{x + NODE_RADIUS + 3:.1f}" y="{y + 4:.1f}" font-size="12">{escape(names[node])}</text>')
        parts.append(f'<a href="{escape(href(node))}">{circle}</a>' if href else circle)
    parts.append("</svg>")
    return Markup("".join(parts))


def _edge(start: tuple[float, float], end: tuple[float, float], width: float, colour: str, label: str) -> str:
    """A line from node to node, shifted a little to its right so that A→B and B→A lie side by side,
    stopping at the target's rim with an arrowhead."""
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1) or 1
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    shift = width / 2 + 1
    x1, y1, x2, y2 = x1 - uy * shift, y1 + ux * shift, x2 - uy * shift, y2 + ux * shift
    tip_x, tip_y = x2 - ux * NODE_RADIUS, y2 - uy * NODE_RADIUS
    base_x, base_y = tip_x - ux * (ARROW + width), tip_y - uy * (ARROW + width)
    half = ARROW / 2 + width / 2
    arrow = f"{tip_x:.1f},{tip_y:.1f} {base_x - uy * half:.1f},{base_y + ux * half:.1f} {base_x + uy * half:.1f},{base_y - ux * half:.1f}"
    return (f'<g class="edge"><title>{escape(label)}</title>'
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{base_x:.1f}" y2="{base_y:.1f}" stroke="{colour}" stroke-width="{width:.1f}" '
            f'stroke-opacity="0.85"/><polygon points="{arrow}" fill="{colour}"/></g>')
