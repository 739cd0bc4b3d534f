"""Print the handouts to PDF with the system Chromium, offline: every request that would leave
the machine is refused (with the blocker the browser tests use)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sse_course.book.toc import ROOT
from sse_course.delivery.chromium import block_other_hosts, launch
from sse_course.i18n.runtime import current_language, speaking

from .cards import card_sets, card_sheet_html
from .exercise_sheets import exercise_key_html, exercise_sheet_html, exercise_sheets
from .html import answer_key_html, course_title, handout_html, handout_strings
from .print_css import PDF_OPTIONS, footer
from .sources import check_pdf_names, handout_sources, read_handout
from .translation import edition_language


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


def print_html(context, html: str, out: Path, label: str, language: str | None = None) -> Path:
    page = context.new_page()
    try:
        page.set_content(html, wait_until="load")
        page.emulate_media(media="print")
        page_of = handout_strings(language or current_language())["page_of"]
        page.pdf(path=str(out), footer_template=footer(label, page_of), **PDF_OPTIONS)
    finally:
        page.close()
    return out


def make_handouts(
    outdir: Path, root: Path = ROOT, pages: list[str] | None = None, context=None, language: str | None = None
) -> list[Path]:
    """Write ``<page>.pdf`` and ``<page>-answer-key.pdf`` for every chapter and case study, the
    exercise sheets ``exercise-<id>.pdf`` with their keys (see :mod:`.exercise_sheets`), and the
    card sheets ``cards-<activity>.pdf`` (see :mod:`.cards`), in ``language`` (default English;
    see :mod:`.translation`)."""
    check_pdf_names(handout_sources(root, pages))
    if context is None:
        with chromium() as context:
            return make_handouts(outdir, root, pages, context, language)
    code = language or "en"
    with speaking(code):
        return _make_handouts(outdir, root, pages, context, code)


def _make_handouts(outdir: Path, root: Path, pages: list[str] | None, context, code: str) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    lang = edition_language(code)
    course = (lang.title if lang is not None else "") or course_title(root)
    text = handout_strings(code)
    written = []

    def write(html: str, name: str, label: str) -> None:
        written.append(print_html(context, html, outdir / f"{name}.pdf", label, code))

    for path in handout_sources(root, pages):
        handout = read_handout(path, root, code)
        write(handout_html(handout, course, code), handout.name, text["handout_label"].format(title=handout.title))
        write(
            answer_key_html(handout, course, code),
            f"{handout.name}-answer-key",
            text["key_label"].format(title=handout.title),
        )
    for sheet in exercise_sheets(root, code):
        write(exercise_sheet_html(sheet, course, code), sheet.name, text["handout_label"].format(title=sheet.title))
        write(
            exercise_key_html(sheet, course, code),
            f"{sheet.name}-answer-key",
            text["key_label"].format(title=sheet.title),
        )
    for cards in card_sets(root, code):
        write(card_sheet_html(cards, course, code), cards.name, text["card_label"].format(title=cards.title))
    return written
