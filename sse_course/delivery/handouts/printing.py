"""Print the handouts to PDF with the system Chromium, offline: every request that would leave
the machine is refused (with the blocker the browser tests use)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sse_course.book.toc import ROOT
from sse_course.delivery.chromium import block_other_hosts, launch

from .cards import card_sets, card_sheet_html
from .exercise_sheets import exercise_key_html, exercise_sheet_html, exercise_sheets
from .html import answer_key_html, course_title, handout_html, handout_strings
from .print_css import PDF_OPTIONS, footer
from .sources import check_pdf_names, handout_sources, read_handout


def offline_context(browser):
    """A browser context that refuses (and records in ``.refused``) every request to another host.
    Pass it to :func:`make_handouts` and :func:`book_pdf` to reuse a running Chromium (the tests do:
    Playwright's sync API cannot start a second time inside a running one)."""
    context = browser.new_context(service_workers="block")
    context.refused = []
    block_other_hosts(context, context.refused)
    return context


@contextlib.contextmanager
def chromium():
    """A running Chromium's offline context, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, launch(playwright) as browser:
        context = offline_context(browser)
        try:
            yield context
        finally:
            context.close()


def print_html(context, html: str, out: Path, label: str) -> Path:
    page = context.new_page()
    try:
        page.set_content(html, wait_until="load")
        page.emulate_media(media="print")
        page.pdf(path=str(out), footer_template=footer(label, handout_strings()["page_of"]), **PDF_OPTIONS)
    finally:
        page.close()
    return out


def make_handouts(outdir: Path, root: Path = ROOT, pages: list[str] | None = None, context=None) -> list[Path]:
    """Write ``<page>.pdf`` and ``<page>-answer-key.pdf`` for every chapter and case study, the
    exercise sheets ``exercise-<id>.pdf`` with their keys (see :mod:`.exercise_sheets`), and the
    card sheets ``cards-<activity>.pdf`` (see :mod:`.cards`)."""
    check_pdf_names(handout_sources(root, pages))
    if context is None:
        with chromium() as context:
            return make_handouts(outdir, root, pages, context)
    outdir.mkdir(parents=True, exist_ok=True)
    course, text = course_title(root), handout_strings()
    written = []
    for path in handout_sources(root, pages):
        handout = read_handout(path, root)
        written.append(
            print_html(
                context,
                handout_html(handout, course),
                outdir / f"{handout.name}.pdf",
                text["handout_label"].format(title=handout.title),
            )
        )
        written.append(
            print_html(
                context,
                answer_key_html(handout, course),
                outdir / f"{handout.name}-answer-key.pdf",
                text["key_label"].format(title=handout.title),
            )
        )
    for sheet in exercise_sheets(root):
        written.append(
            print_html(
                context,
                exercise_sheet_html(sheet, course),
                outdir / f"{sheet.name}.pdf",
                text["handout_label"].format(title=sheet.title),
            )
        )
        written.append(
            print_html(
                context,
                exercise_key_html(sheet, course),
                outdir / f"{sheet.name}-answer-key.pdf",
                text["key_label"].format(title=sheet.title),
            )
        )
    for cards in card_sets(root):
        written.append(
            print_html(
                context,
                card_sheet_html(cards, course),
                outdir / f"{cards.name}.pdf",
                text["card_label"].format(title=cards.title),
            )
        )
    return written
