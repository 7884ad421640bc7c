"""The HTML report's charts: inline SVG drawn here (no script, no font, no image), every label escaped.

Each chart takes rows of labelled numbers and returns one `<svg>` element, sized to its content.
"""

from __future__ import annotations

import math
from html import escape

CHAR_W = 7.8  # width of a 12px sans-serif character (DejaVu Sans Cyrillic: 7.6), to lay out labels


def esc(value) -> str:
    """`value` as HTML text or attribute (None: empty)."""
    return escape("" if value is None else str(value), quote=True)


def fit(label: str, max_chars: int) -> str:
    """`label` cut to `max_chars` characters, an ellipsis marking the cut."""
    return label if len(label) <= max_chars else label[: max_chars - 1] + "…"


def _mix(color: str, share: float) -> str:
    """`color` blended into white: share 0 → almost white, 1 → the colour itself."""
    share = max(0.0, min(1.0, share))
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 + (c - 255) * (0.12 + 0.88 * share)) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def _svg(width: float, height: float, body: list[str], label: str) -> str:
    return (f'<svg role="img" aria-label="{esc(label)}" '
            f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}">'
            + "".join(body) + "</svg>")


def svg_heat_table(rows: list[tuple[str, list[int]]], columns: list[str], color: str, *, unit: str,
                   label: str, max_width: int = 1000, label_chars: int | None = None) -> str:
    """Rows × periods as coloured cells (darker = more), with each row's total as a bar.

    `label_chars` fixes the width of the label column, so that small multiples line up.
    """
    max_label = label_chars or min(34, max(len(r[0]) for r in rows))
    label_w = max_label * CHAR_W + 12
    total_w = 110
    n = max(1, len(columns))
    cell_w = max(14.0, min(56.0, (max_width - label_w - total_w) / n))
    cell_h = 22
    rotate = cell_w < 8 * CHAR_W
    head_h = 58 if rotate else 24
    width = label_w + n * cell_w + total_w
    height = head_h + len(rows) * cell_h + 6
    top = max((v for _, values in rows for v in values), default=0) or 1
    row_max = max((sum(values) for _, values in rows), default=0) or 1
    out = []
    for i, name in enumerate(columns):
        x = label_w + i * cell_w + cell_w / 2
        if rotate:
            out.append(f'<text class="axis" transform="translate({x + 4:.1f},{head_h - 4}) rotate(-60)">'
                       f'{esc(name)}</text>')
        else:
            out.append(f'<text class="axis" x="{x:.1f}" y="{head_h - 8}" text-anchor="middle">{esc(name)}</text>')
    out.append(f'<text class="axis" x="{label_w + n * cell_w + 8:.1f}" y="{head_h - 8}">total</text>')
    for r, (name, values) in enumerate(rows):
        y = head_h + r * cell_h
        out.append(f'<text class="lbl" x="{label_w - 8:.1f}" y="{y + 15}" text-anchor="end">'
                   f'<title>{esc(name)}</title>{esc(fit(name, max_label))}</text>')
        for c, value in enumerate(values):
            x = label_w + c * cell_w
            share = math.sqrt(value / top) if value else 0.0
            fill = _mix(color, share) if value else "#f4f5f7"
            out.append(f'<rect x="{x + 1:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" height="{cell_h - 2}" '
                       f'rx="2" fill="{fill}"><title>{esc(name)} — {esc(columns[c])}: {value} {esc(unit)}</title></rect>')
            if value and cell_w >= 20:
                ink = "#ffffff" if share > 0.6 else "#1f2933"
                out.append(f'<text class="num" x="{x + cell_w / 2:.1f}" y="{y + 15}" text-anchor="middle" '
                           f'style="fill:{ink}">{value}</text>')
        total = sum(values)
        bar = 60 * total / row_max
        x0 = label_w + n * cell_w + 8
        out.append(f'<rect x="{x0:.1f}" y="{y + 5}" width="{bar:.1f}" height="{cell_h - 10}" fill="{color}" '
                   f'rx="2"><title>{esc(name)}: {total} {esc(unit)}</title></rect>')
        out.append(f'<text class="num" x="{x0 + bar + 4:.1f}" y="{y + 15}">{total}</text>')
    return _svg(width, height, out, label)


def svg_bars(rows: list[tuple[str, list[int]]], colors: list[str], *, series: list[str], label: str,
             bar_w: int = 420) -> str:
    """Horizontal (stacked) bars, one row per label, the total written after the bar."""
    max_label = min(40, max(len(r[0]) for r in rows))
    label_w = max_label * CHAR_W + 12
    row_h = 22
    width = label_w + bar_w + 60
    height = len(rows) * row_h + 4
    top = max((sum(values) for _, values in rows), default=0) or 1
    out = []
    for r, (name, values) in enumerate(rows):
        y = r * row_h
        out.append(f'<text class="lbl" x="{label_w - 8:.1f}" y="{y + 15}" text-anchor="end">'
                   f'<title>{esc(name)}</title>{esc(fit(name, max_label))}</text>')
        x = label_w
        for value, color, what in zip(values, colors, series):
            w = bar_w * value / top
            if w > 0:
                out.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{color}">'
                           f'<title>{esc(name)}: {value} {esc(what)}</title></rect>')
            x += w
        out.append(f'<text class="num" x="{x + 5:.1f}" y="{y + 15}">{sum(values)}</text>')
    return _svg(width, height, out, label)


def svg_columns(columns: list[str], values: list[int], color: str, *, unit: str, label: str,
                max_width: int = 1000, height: int = 150) -> str:
    """Vertical bars over the time axis (articles per month)."""
    n = max(1, len(columns))
    left, bottom, top_pad = 40, 58 if n > 8 else 24, 16
    col_w = max(12.0, min(60.0, (max_width - left) / n))
    width = left + n * col_w + 10
    plot_h = height - bottom - top_pad
    top = max(values, default=0) or 1
    base = top_pad + plot_h
    out = [f'<line x1="{left}" y1="{base}" x2="{width - 10:.1f}" y2="{base}" stroke="#9aa5b1"/>',
           f'<text class="axis" x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{top}</text>',
           f'<text class="axis" x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>']
    for i, (name, value) in enumerate(zip(columns, values)):
        x = left + i * col_w
        h = plot_h * value / top
        if value:
            out.append(f'<rect x="{x + 2:.1f}" y="{top_pad + plot_h - h:.1f}" width="{col_w - 4:.1f}" '
                       f'height="{h:.1f}" fill="{color}" rx="2"><title>{esc(name)}: {value} {esc(unit)}</title></rect>')
            if col_w >= 22:
                out.append(f'<text class="num" x="{x + col_w / 2:.1f}" y="{top_pad + plot_h - h - 3:.1f}" '
                           f'text-anchor="middle">{value}</text>')
        cx = x + col_w / 2
        if n > 8:
            out.append(f'<text class="axis" transform="translate({cx + 4:.1f},{top_pad + plot_h + 12}) rotate(-60)" '
                       f'text-anchor="end">{esc(name)}</text>')
        else:
            out.append(f'<text class="axis" x="{cx:.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle">'
                       f'{esc(name)}</text>')
    return _svg(width, height, out, label)


def svg_places(points: list[tuple[str, float, float, int]], color: str, *, label: str, width: int = 900,
               labels: int = 15) -> str:
    """Places as dots on longitude × latitude (plate carrée, the whole world: no basemap ships in a
    package), dot area by count; the `labels` largest are named.  Points: (name, lat, lon, count)."""
    height = width / 2
    top = max((n for *_, n in points), default=1) or 1
    out = [f'<rect x="0" y="0" width="{width}" height="{height:.0f}" fill="#f4f7fa" stroke="#dde2e8"/>']
    for lon in range(-150, 181, 30):  # a graticule every 30°
        x = (lon + 180) / 360 * width
        out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height:.0f}" stroke="#e3e8ee"/>')
    for lat in range(-60, 61, 30):
        y = (90 - lat) / 180 * height
        out.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#e3e8ee"/>')
    ranked = sorted(points, key=lambda p: (-p[3], p[0]))
    for i, (name, lat, lon, n) in enumerate(reversed(ranked)):
        x, y = (lon + 180) / 360 * width, (90 - lat) / 180 * height
        r = 2.5 + 9 * math.sqrt(n / top)
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}" fill-opacity="0.55">'
                   f'<title>{esc(name)}: {n}</title></circle>')
    for name, lat, lon, n in ranked[:labels]:
        x, y = (lon + 180) / 360 * width, (90 - lat) / 180 * height
        out.append(f'<text class="axis" x="{x + 5:.1f}" y="{y - 5:.1f}">{esc(fit(name, 24))}</text>')
    return _svg(width, height, out, label)


def legend(items: list[tuple[str, str]]) -> str:
    """A line of (name, colour) swatches, for a chart of several series."""
    return '<p class="legend">' + "".join(
        f'<span><i style="background:{c}"></i>{esc(name)}</span>' for name, c in items) + "</p>"
