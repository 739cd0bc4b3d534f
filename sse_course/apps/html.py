"""The explorers' static HTML: accessible tables (and the same as plain text), paragraphs,
lists, the book's rendering of an explorer, the results panel and the error message."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from sse_course.display import NO_TEX
from sse_course.i18n.runtime import gettext as _
from sse_course.models.errors import ModelInputError


def html_table(caption: str, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An accessible table: a caption, column headers, and the first cell of each row as its header."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join(
        f'<tr><th scope="row">{escape(first)}</th>' + "".join(f"<td>{escape(c)}</td>" for c in rest) + "</tr>"
        for first, *rest in rows
    )
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def text_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """The same table as right-aligned plain-text lines, for terminals and text exports."""
    rows = [tuple(headers), *map(tuple, rows)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(headers))]
    return ["  ".join(cell.rjust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]


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
    words = _("Please check the numbers: {problem}").format(problem=problem)
    return f'<div role="alert"><p><b>{escape(words)}</b></p></div>'
