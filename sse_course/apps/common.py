"""Pieces every case-study explorer shares: money and quantity in words, accessible tables, the
results panel and the error message, the controls, the explorer's update cycle, and the SVG chart
frame with the parts of a line chart and a grouped bar chart. Each app keeps only what is
particular to its model."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

import ipywidgets as widgets

from sse_course.display import NO_TEX
from sse_course.models.errors import ModelInputError

# ---- words ------------------------------------------------------------------------------------


def money(amount: float, symbol: str) -> str:
    """``₹1,000`` for whole amounts, ``₹36.50`` otherwise; no sign (say "loss" or "surplus" in words)."""
    amount = abs(amount)
    if abs(amount - round(amount)) < 0.005:
        return f"{symbol}{round(amount):,}"
    return f"{symbol}{amount:,.2f}"


def signed_money(amount: float, symbol: str) -> str:
    """Like :func:`money`, with a minus sign for an amount below zero: ``−R$100`` (never ``−R$0``)."""
    text = money(amount, symbol)
    return "−" + text if amount < 0 and any(d in "123456789" for d in text) else text


def signed_words(amount: float, fmt: Callable[[float], str], positive: str = "surplus",
                 negative: str = "loss", zero: str = "breaks even") -> str:
    """An amount whose sign is said in words, never by colour or a minus sign alone:
    ``surplus ₹1,000``, ``loss ₹1,000`` or ``₹0 (breaks even)``, with ``fmt`` the app's money
    format (no sign) and its own words if it likes."""
    text = fmt(amount)
    if fmt(0) == text:
        return f"{text} ({zero})"
    return f"{positive} {text}" if amount > 0 else f"{negative} {text}"


def quantity(value: float) -> str:
    """``1,000`` for whole quantities, ``12.5`` style (two decimals) otherwise."""
    return f"{round(value):,}" if abs(value - round(value)) < 0.005 else f"{value:,.2f}"


def and_list(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``; with a comma before "and" if an item itself has "and"."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    comma = "," if any(" and " in w for w in words) else ""
    return f"{', '.join(words[:-1])}{comma} and {words[-1]}"


# ---- HTML -------------------------------------------------------------------------------------

def html_table(caption: str, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An accessible table: a caption, column headers, and the first cell of each row as its header."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join(
        f'<tr><th scope="row">{escape(first)}</th>' + "".join(f"<td>{escape(c)}</td>" for c in rest) + "</tr>"
        for first, *rest in rows)
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def text_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """The same table as right-aligned plain-text lines, for terminals and text exports."""
    rows = [tuple(headers), *map(tuple, rows)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(headers))]
    return ["  ".join(cell.rjust(w) for cell, w in zip(r, widths)) for r in rows]


def paragraphs(lines: Iterable[str]) -> str:
    """Each line as an escaped ``<p>``."""
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def bullet_list(items: Iterable[str]) -> str:
    """The items as an escaped ``<ul>``."""
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def static_page(css_class: str, note: str, body: str) -> str:
    """The book's rendering of an explorer: the note on where the figures come from, in italics,
    then ``body`` (already HTML)."""
    return f'<div class="{css_class}"><p><em>{escape(note)}</em></p>{body}</div>'


def results_panel(body: str, note: str) -> str:
    """The explorer's results (``body``, already HTML) and its note, announced by screen readers
    whenever they change."""
    return f'<div aria-live="polite"><div class="{NO_TEX}">{body}</div><p><small>{escape(note)}</small></p></div>'


def error_html(problem: ModelInputError) -> str:
    """The message shown instead of results when an input is impossible (never a traceback)."""
    return f'<div role="alert"><p><b>{escape("Please check the numbers: " + str(problem))}</b></p></div>'


# ---- the live widget --------------------------------------------------------------------------

def control_options() -> dict[str, Any]:
    """The style and layout of every control: its whole description shown, and no wider than the
    screen (a phone too). Pass them on as ``**control_options()``."""
    return {"style": {"description_width": "initial"}, "layout": widgets.Layout(width="auto", max_width="100%")}


def number_box(description: str, value: float, maximum: float, step: float, tooltip: str) -> widgets.BoundedFloatText:
    """A number box from 0 to ``maximum`` (or ``value``, if larger). The model, not the box, says
    why a 0 is impossible where it is."""
    return widgets.BoundedFloatText(value=value, min=0, max=max(maximum, value), step=step,
                                    description=description, tooltip=tooltip, **control_options())


def slider(kind: Callable[..., widgets.Widget], description: str, value: float, low: float, high: float,
           step: float, tooltip: str) -> widgets.Widget:
    """A slider of ``kind`` (``widgets.IntSlider``, ``widgets.FloatSlider``) from ``low`` to ``high``
    (or ``value``, if larger)."""
    return kind(value=value, min=low, max=max(high, value), step=step, description=description,
                tooltip=tooltip, **control_options())


class ModelExplorer(widgets.VBox):
    """An explorer of a model: controls, a results panel (``self.results``) and ``self.charts``.

    A subclass makes its controls and HTML widgets, then calls :meth:`assemble`. On every change
    :meth:`update` reads the controls (:meth:`current_inputs`, which the model checks) and shows the
    results (:meth:`show`), or, if an input is impossible, the model's plain message instead of
    the results, and no chart.
    """

    results: widgets.HTML
    charts: tuple[widgets.HTML, ...] = ()

    def assemble(self, controls: Iterable[widgets.Widget], children: Sequence[widgets.Widget]) -> None:
        """Watch ``controls``, lay out ``children`` one under another, and show the first results."""
        for control in controls:
            control.observe(self.update, names="value")
        super().__init__(list(children))
        self.update()

    def current_inputs(self) -> Any:
        """The model's inputs the controls show now (raises ModelInputError if they are impossible)."""
        raise NotImplementedError

    def show(self, inputs: Any) -> None:
        """Fill the results panel and the charts for possible ``inputs``."""
        raise NotImplementedError

    def update(self, _change=None) -> None:
        """Recompute the results and the charts; show a plain message instead if an input is impossible."""
        try:
            inputs = self.current_inputs()
        except ModelInputError as problem:
            self.results.value = error_html(problem)
            for chart in self.charts:
                chart.value = ""
            return
        self.show(inputs)


# ---- SVG charts -------------------------------------------------------------------------------

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
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'style="max-width:560px;height:auto" role="img" aria-label="{escape(description)}" '
            f'font-family="sans-serif" font-size="11"><title>{escape(description)}</title>{body}</svg>')


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
            lines.append(f'<line x1="{self.left}" x2="{self.right}" y1="{self.y(value):.1f}" y2="{self.y(value):.1f}" '
                         f'stroke="{stroke}"/>' + svg_text(self.left - 4, self.y(value) + 4, label(value), "end"))
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
        return (f'<line x1="{self.left}" x2="{self.right}" y1="{self.y(0):.1f}" y2="{self.y(0):.1f}" stroke="#000" '
                'stroke-dasharray="4 3"/>')

    def circle(self, x: float, value: float) -> str:
        """An open circle at a point (the break-even point, say)."""
        return (f'<circle cx="{self.x(x):.1f}" cy="{self.y(value):.1f}" r="4" fill="#fff" stroke="#000" '
                'stroke-width="2"/>')

    def square(self, x: float, value: float) -> str:
        """A filled square at a point (the learner's current choice, say)."""
        cx, cy = self.x(x), self.y(value)
        return f'<rect x="{cx - 4:.1f}" y="{cy - 4:.1f}" width="8" height="8" fill="#b03a2e"/>'

    def label(self, x: float, value: float, words: str, *, above: bool, below: float = 14,
              headroom: float = 6, text_size: float | None = None, width: float = 360) -> str:
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
