"""Charts as inline SVG, drawn on the server: no scripts, prints well, escapes every label."""

from __future__ import annotations

from markupsafe import Markup, escape

QUAD_COLOURS = {"q1": "#4c9a6a", "q2": "#1f6f43", "q3": "#e0a040", "q4": "#b8322a"}
QUAD_NAMES = {"q1": "verbal cooperation", "q2": "material cooperation", "q3": "verbal conflict", "q4": "material conflict"}


LEGEND_CHAR_WIDTH = 6.0  # average width of a tick-label character in SVG units


def dyad_svg(trend: list[dict], title: str, width: int = 720, height: int = 260) -> Markup:
    """Stacked bars of event counts by quad class per period, and the mean Goldstein score as a line."""
    if not trend:
        return Markup(f'<p class="empty">No dated events between these actors{"" if not title else ": " + str(escape(title))}.</p>')
    left, right, top, bottom = 40, 40, 30, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    most = max(row["count"] for row in trend)
    step = plot_w / len(trend)
    bar_w = min(60.0, max(2.0, step * 0.7))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<text x="{left}" y="18" class="chart-title">{escape(title)}</text>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#888"/>']
    line_points = []
    for i, row in enumerate(trend):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for quad in ("q2", "q1", "q3", "q4"):
            h = plot_h * row[quad] / most
            if h:
                y -= h
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{QUAD_COLOURS[quad]}">'
                             f'<title>{escape(row["period"])}: {row[quad]} {QUAD_NAMES[quad]}</title></rect>')
        gy = top + plot_h / 2 - (plot_h / 2) * row["goldstein_mean"] / 10
        line_points.append(f"{x + bar_w / 2:.1f},{gy:.1f}")
        parts.append(f'<circle cx="{x + bar_w / 2:.1f}" cy="{gy:.1f}" r="3" fill="#224"><title>{escape(row["period"])}: mean Goldstein {row["goldstein_mean"]:.2f}</title></circle>')
        if len(trend) <= 24 or i % max(1, len(trend) // 12) == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" class="tick" text-anchor="middle">{escape(row["period"])}</text>')
    parts.append(f'<polyline points="{" ".join(line_points)}" fill="none" stroke="#224" stroke-width="2"/>')
    parts.append(f'<text x="{left - 6}" y="{top + 4}" class="tick" text-anchor="end">{most}</text>')
    parts.append(f'<text x="{left + plot_w + 6}" y="{top + 4}" class="tick">+10</text>')
    parts.append(f'<text x="{left + plot_w + 6}" y="{top + plot_h}" class="tick">-10</text>')
    lx = left  # legend entries placed one after another, each as wide as its label
    for quad in ("q1", "q2", "q3", "q4"):
        parts.append(f'<rect x="{lx}" y="{height - 16}" width="10" height="10" fill="{QUAD_COLOURS[quad]}"/>'
                     f'<text x="{lx + 14}" y="{height - 7}" class="tick">{QUAD_NAMES[quad]}</text>')
        lx += 14 + LEGEND_CHAR_WIDTH * len(QUAD_NAMES[quad]) + 14
    parts.append(f'<circle cx="{lx + 5}" cy="{height - 11}" r="3" fill="#224"/><text x="{lx + 13}" y="{height - 7}" class="tick">mean Goldstein</text></svg>')
    return Markup("".join(parts))
