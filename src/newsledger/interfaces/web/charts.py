"""Charts as inline SVG, drawn on the server: no scripts, prints well, escapes every label."""

from __future__ import annotations

from markupsafe import Markup, escape

QUAD_COLOURS = {"q1": "#4c9a6a", "q2": "#1f6f43", "q3": "#e0a040", "q4": "#b8322a"}
QUAD_NAMES = {"q1": "verbal cooperation", "q2": "material cooperation", "q3": "verbal conflict", "q4": "material conflict"}
# Shown, but never counted as cooperation or conflict that happened (analysis.filters.HAPPENED).
OTHER_COLOURS = {"planned": "#8fa3bf", "unrealised": "#d9d9d9"}
OTHER_NAMES = {"planned": "planned or expected", "unrealised": "negated or hypothetical"}
STACK = ("q2", "q1", "q3", "q4", "planned", "unrealised")
COLOURS = {**QUAD_COLOURS, **OTHER_COLOURS}
NAMES = {**QUAD_NAMES, **OTHER_NAMES}


LEGEND_CHAR_WIDTH = 6.0  # average width of a tick-label character in SVG units


def dyad_svg(trend: list[dict], title: str, undated: dict | None = None, width: int = 720, height: int = 280) -> Markup:
    """Stacked bars of event counts per period (the bins of analysis.filters.trend, one slot per period so
    that empty periods show as gaps), by quad class for events that happened and apart for planned and
    unrealised ones, with the mean Goldstein score of what happened as dots; an `undated` bin with events
    gets a bar of its own at the right."""
    slots = [*trend, *([undated] if undated and undated["count"] else [])]
    if not slots:
        return Markup(f'<p class="empty">No events between these actors{"" if not title else ": " + str(escape(title))}.</p>')
    left, right, top, bottom = 40, 40, 30, 70
    plot_w, plot_h = width - left - right, height - top - bottom
    most = max(1, max(row["count"] for row in slots))
    step = plot_w / len(slots)
    bar_w = min(60.0, max(0.5, step * 0.8))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<text x="{left}" y="18" class="chart-title">{escape(title)}</text>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#888"/>']
    every = max(1, len(slots) // 12)
    for i, row in enumerate(slots):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for kind in STACK:
            h = plot_h * row[kind] / most
            if h:
                y -= h
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{COLOURS[kind]}">'
                             f'<title>{escape(row["period"])}: {row[kind]} {NAMES[kind]}</title></rect>')
        if row["goldstein_mean"] is not None:
            gy = top + plot_h / 2 - (plot_h / 2) * row["goldstein_mean"] / 10
            parts.append(f'<circle cx="{x + bar_w / 2:.1f}" cy="{gy:.1f}" r="3" fill="#224"><title>{escape(row["period"])}: '
                         f'mean Goldstein {row["goldstein_mean"]:.2f}</title></circle>')
        if i % every == 0 or row is undated:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" class="tick" text-anchor="middle">{escape(row["period"])}</text>')
    parts.append(f'<text x="{left - 6}" y="{top + 4}" class="tick" text-anchor="end">{most}</text>')
    parts.append(f'<text x="{left + plot_w + 6}" y="{top + 4}" class="tick">+10</text>')
    parts.append(f'<text x="{left + plot_w + 6}" y="{top + plot_h}" class="tick">-10</text>')
    for line, kinds in enumerate((("q1", "q2", "q3", "q4"), ("planned", "unrealised"))):
        lx, ly = left, height - 30 + 16 * line  # legend entries placed one after another, each as wide as its label
        for kind in kinds:
            parts.append(f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{COLOURS[kind]}"/>'
                         f'<text x="{lx + 14}" y="{ly}" class="tick">{NAMES[kind]}</text>')
            lx += 14 + LEGEND_CHAR_WIDTH * len(NAMES[kind]) + 14
    parts.append(f'<circle cx="{lx + 5}" cy="{height - 5}" r="3" fill="#224"/><text x="{lx + 13}" y="{height - 1}" class="tick">mean Goldstein</text></svg>')
    return Markup("".join(parts))


def calibration_svg(calibration: list[dict], name: str, size: int = 90) -> Markup:
    """A small calibration chart for one forecaster: each probability bin of analysis.forecasts.calibration_table
    as a dot at (mean forecast probability, share that came true), its area by the bin's count, against the
    diagonal of perfect calibration; empty when nothing is resolved yet."""
    if not calibration:
        return Markup("")
    pad, side = 6, size - 12
    most = max(b["count"] for b in calibration)
    label = f"Calibration of {name}"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="calibration" width="{size}" height="{size}" viewBox="0 0 {size} {size}" role="img" aria-label="{escape(label)}">',
             f'<rect x="{pad}" y="{pad}" width="{side}" height="{side}" fill="#fff" stroke="#ccc"/>',
             f'<line x1="{pad}" y1="{pad + side}" x2="{pad + side}" y2="{pad}" stroke="#999" stroke-dasharray="3,3"/>']
    for b in calibration:
        x, y = pad + side * b["mean_probability"], pad + side * (1 - b["observed"])
        r = 2 + 4 * (b["count"] / most) ** 0.5
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#1d4f91"><title>{escape(name)}: {b["count"]} forecast(s) '
                     f'at p {b["bin"]}, mean {b["mean_probability"]:.2f}, {b["observed"]:.0%} came true</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))
