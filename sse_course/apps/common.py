"""Pieces every case-study explorer shares: money and quantity formatting, accessible tables,
the error panel and the SVG chart frame. Each app keeps only what is particular to its model."""

from __future__ import annotations

import math
from html import escape
from typing import Iterable, Sequence

from sse_course.models.errors import ModelInputError


def money(amount: float, symbol: str) -> str:
    """``₹1,000`` for whole amounts, ``₹36.50`` otherwise; no sign (say "loss" or "surplus" in words)."""
    amount = abs(amount)
    if abs(amount - round(amount)) < 0.005:
        return f"{symbol}{round(amount):,}"
    return f"{symbol}{amount:,.2f}"


def quantity(value: float) -> str:
    """``1,000`` for whole quantities, ``12.5`` style (two decimals) otherwise."""
    return f"{round(value):,}" if abs(value - round(value)) < 0.005 else f"{value:,.2f}"


def nice_step(span: float, intervals: int = 4) -> float:
    """A round step (1, 2 or 5 × a power of ten) giving about ``intervals`` intervals over ``span``."""
    raw = max(span, 1e-9) / intervals
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


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


def error_html(problem: ModelInputError) -> str:
    """The message shown instead of results when an input is impossible (never a traceback)."""
    return f'<div role="alert"><p><b>{escape("Please check the numbers: " + str(problem))}</b></p></div>'


def svg_text(x: float, y: float, words: str, anchor: str = "middle", extra: str = "") -> str:
    """One SVG text element (escaped)."""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{extra}>{escape(words)}</text>'


def svg_chart(description: str, body: str, width: int = 360, height: int = 220) -> str:
    """Wrap chart elements in an inline SVG that scales to a phone and that screen readers announce
    with ``description`` (which should state the chart's message in words, not only its shape)."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'style="max-width:560px;height:auto" role="img" aria-label="{escape(description)}" '
            f'font-family="sans-serif" font-size="11"><title>{escape(description)}</title>{body}</svg>')
