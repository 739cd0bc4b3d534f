"""Inline SVG charts for the explorers, sized for a phone and announced by screen readers: the
chart frame, round grid steps, the parts of a line chart (:class:`Plot`) and grouped bars."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape

#: Bold text with a white outline, readable over lines and grid.
HALO = ' font-weight="bold" stroke="#fff" stroke-width="3" paint-order="stroke"'


def nice_step(span: float, intervals: int = 4) -> float:
    """A round step (1, 2 or 5 × a power of ten) giving about ``intervals`` intervals over ``span``."""
    raw = max(span, 1e-9) / intervals
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


def value_range(values: Sequence[float]) -> tuple[float, float, float]:
    """``(low, high, step)``: grid lines a round ``step`` apart, from ``low`` to ``high``, around
    every one of ``values`` (at least one step)."""
    step = nice_step(max(values) - min(values))
    low, high = math.floor(min(values) / step) * step, math.ceil(max(values) / step) * step
    return low, max(high, low + step), step


def svg_text(x: float, y: float, words: str, anchor: str = "middle", extra: str = "") -> str:
    """One SVG text element (escaped)."""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{extra}>{escape(words)}</text>'


def svg_chart(description: str, body: str, width: int = 360, height: int = 220) -> str:
    """Wrap chart elements in an inline SVG that scales to a phone and that screen readers announce
    with ``description`` (which should state the chart's message in words, not only its shape)."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'style="max-width:560px;height:auto" role="img" aria-label="{escape(description)}" '
        f'font-family="sans-serif" font-size="11"><title>{escape(description)}</title>{body}</svg>'
    )


@dataclass(frozen=True)
class Plot:
    """The plot area of a line chart, in SVG units (``left`` to ``right``, ``top`` to ``bottom``),
    showing x from ``x_low`` to ``x_high`` and values from ``low`` to ``high``."""

    left: float
    right: float
    top: float
    bottom: float
    x_low: float
    x_high: float
    low: float
    high: float

    def x(self, value: float) -> float:
        return self.left + (value - self.x_low) / (self.x_high - self.x_low) * (self.right - self.left)

    def y(self, value: float) -> float:
        return self.bottom - (value - self.low) / (self.high - self.low) * (self.bottom - self.top)

    def grid(self, step: float, label: Callable[[float], str], stroke: str = "#ddd") -> str:
        """Horizontal grid lines every ``step`` from ``low`` to ``high``, each labelled on the left."""
        lines = []
        for i in range(round((self.high - self.low) / step) + 1):
            value = self.low + i * step
            lines.append(
                f'<line x1="{self.left}" x2="{self.right}" y1="{self.y(value):.1f}" y2="{self.y(value):.1f}" '
                f'stroke="{stroke}"/>' + svg_text(self.left - 4, self.y(value) + 4, label(value), "end")
            )
        return "".join(lines)

    def y_title(self, words: str, x: float = 12) -> str:
        """The title of the value axis, read upwards, at ``x`` and half the plot's height."""
        middle = (self.top + self.bottom) / 2
        return svg_text(x, middle, words, extra=f' transform="rotate(-90 {x} {middle:.1f})"')

    def path(self, points: Iterable[tuple[float, float]]) -> str:
        """The ``d`` of a line through ``(x, value)`` points."""
        return " ".join(f"{'L' if i else 'M'}{self.x(x):.1f} {self.y(v):.1f}" for i, (x, v) in enumerate(points))

    def zero_line(self) -> str:
        """A dashed black line at the value 0: breaking even."""
        return (
            f'<line x1="{self.left}" x2="{self.right}" y1="{self.y(0):.1f}" y2="{self.y(0):.1f}" stroke="#000" '
            'stroke-dasharray="4 3"/>'
        )

    def circle(self, x: float, value: float) -> str:
        """An open circle at a point (the break-even point, say)."""
        return (
            f'<circle cx="{self.x(x):.1f}" cy="{self.y(value):.1f}" r="4" fill="#fff" stroke="#000" stroke-width="2"/>'
        )

    def square(self, x: float, value: float) -> str:
        """A filled square at a point (the learner's current choice, say)."""
        cx, cy = self.x(x), self.y(value)
        return f'<rect x="{cx - 4:.1f}" y="{cy - 4:.1f}" width="8" height="8" fill="#b03a2e"/>'

    def label(
        self,
        x: float,
        value: float,
        words: str,
        *,
        above: bool,
        below: float = 14,
        headroom: float = 6,
        text_size: float | None = None,
        width: float = 360,
    ) -> str:
        """Bold, haloed ``words`` beside a point, on the side with more room, inside the plot.

        The label goes above the point (``above``) or ``below`` units under it, and to the other
        side if it would leave the plot; it may rise ``headroom`` units above the plot's top (a
        negative ``headroom`` keeps it that far below). With ``text_size``, a label that would run
        past the chart's ``width`` at that size goes to the point's other side.
        """
        px, py = self.x(x), self.y(value)
        anchor = "end" if px > (self.left + self.right) / 2 else "start"
        if text_size is not None:
            wide = len(words) * 0.62 * text_size  # 0.62: about how wide a bold sans-serif character is
            if anchor == "start" and px + 6 + wide > width - 2:
                anchor = "end"
            elif anchor == "end" and px - 6 - wide < 2:
                anchor = "start"
        dy = -8 if above else below
        if not self.top - headroom < py + dy < self.bottom:
            dy = below if dy < 0 else -8
        return svg_text(px + (-6 if anchor == "end" else 6), py + dy, words, anchor, HALO)


Bar = tuple[str, float, str, str]  # (label, value, text shown after the bar, fill colour)


def bar_groups_svg(description: str, groups: Sequence[tuple[str, Sequence[Bar]]], width: int = 320) -> str:
    """Horizontal bars in titled groups, drawn to one scale, for a phone-width inline SVG.

    Each bar has its label on the left and its value as text on the right, so the chart reads
    without colour. A negative value draws no bar (its text says the amount). ``description``
    becomes the chart's title and aria-label: it should state the message in words. The viewBox is
    about as wide as a phone's text column (320), so the 13-unit text shows at about 13 px there.
    """
    label_width, value_room, row, bar, title_row, gap = 78, 70, 22, 15, 20, 8
    largest = max([value for _, bars in groups for _, value, _, _ in bars] + [0])
    scale = (width - 8 - label_width - value_room) / largest if largest > 0 else 0
    parts, y = [], 4
    for title, bars in groups:
        parts.append(svg_text(4, y + 14, title, "start", ' font-weight="bold"'))
        y += title_row
        for label, value, text, fill in bars:
            length = max(value, 0) * scale
            parts.append(svg_text(4, y + 12, label, "start"))
            if length > 0:
                parts.append(f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar}" fill="{fill}"/>')
            parts.append(svg_text(label_width + length + 4, y + 12, text, "start"))
            y += row
        y += gap
    body = f'<g font-size="13">{"".join(parts)}</g>'
    return svg_chart(description, body, width=width, height=y)
