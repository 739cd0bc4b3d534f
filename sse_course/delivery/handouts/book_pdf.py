"""The BUILT book as one PDF: every page of _toc.yml in order, printed by Chromium with the
sidebar, header and buttons hidden, merged with pypdf into one file with a bookmark per page."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from sse_course.book.toc import ROOT, toc_pages

from .html import course_title, handout_strings
from .print_css import BOOK_PRINT_CSS, PDF_OPTIONS, footer
from .printing import chromium
from .translation import edition_language

# Make lazy images load before printing, and open folded content (dropdowns, toggles).
_PREPARE_JS = """async () => {
  document.documentElement.dataset.theme = 'light';
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  await Promise.all([...document.images].map(img => {
    img.loading = 'eager';
    return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
  }));
  await document.fonts.ready;
  const h1 = document.querySelector('article h1, main h1, h1');
  if (!h1) return document.title.split(/ [—–-] /)[0].trim();
  const copy = h1.cloneNode(true);
  copy.querySelectorAll('.headerlink').forEach(a => a.remove());
  return copy.textContent.replace(/\\s+/g, ' ').trim();
}"""


@dataclass
class BookPdf:
    path: Path
    titles: list[str]  # one bookmark per page of the table of contents, in order
    refused: list[str]  # requests to other hosts that were refused (should be none)


def book_pdf(
    html_dir: Path,
    out: Path,
    root: Path = ROOT,
    *,
    base_url: str | None = None,
    context=None,
    language: str | None = None,
    pages: list[str] | None = None,
) -> BookPdf:
    """Print every page of the built book (in _toc.yml order) and merge them into ``out`` with
    one bookmark per page. Pages are opened from file:// unless ``base_url`` (a local server
    serving ``html_dir``) is given. ``language``: the edition ``html_dir`` holds (its title and
    the footer's words; default English), such as ``_build/html/pt-BR`` in ``pt_BR``. ``pages``:
    these pages of the table of contents only (default: all)."""
    from pypdf import PdfReader, PdfWriter

    if context is None:
        with chromium() as context:
            return book_pdf(html_dir, out, root, base_url=base_url, context=context, language=language, pages=pages)
    html_dir = Path(html_dir).resolve()
    pages = toc_pages(root) if pages is None else pages
    missing = [p for p in pages if not (html_dir / f"{p}.html").is_file()]
    if missing:
        raise FileNotFoundError(
            f"{html_dir} is not a built book of {root}: no {missing[0]}.html (build it first with `make book`)"
        )
    writer, titles = PdfWriter(), []
    lang = edition_language(language)
    course = (lang.title if lang is not None else "") or course_title(root)
    page_of = handout_strings(language or "en")["page_of"]
    for page_name in pages:
        url = base_url + f"{page_name}.html" if base_url else (html_dir / f"{page_name}.html").as_uri()
        page = context.new_page()
        try:
            page.goto(url, wait_until="load")
            page.add_style_tag(content=BOOK_PRINT_CSS)
            page.emulate_media(media="print", color_scheme="light")
            title = page.evaluate(_PREPARE_JS) or page_name
            pdf = page.pdf(
                footer_template=footer(f"{course} · {title}" if course else title, page_of),
                **PDF_OPTIONS,
            )
        finally:
            page.close()
        writer.append(PdfReader(io.BytesIO(pdf)), outline_item=title, import_outline=False)
        titles.append(title)
    writer.compress_identical_objects()
    writer.add_metadata({"/Title": course or "Course", "/Author": "The SSE course team"})
    writer.page_mode = "/UseOutlines"  # open with the bookmarks shown
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        writer.write(handle)
    return BookPdf(out, titles, list(context.refused))
