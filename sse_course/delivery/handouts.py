"""Printable handouts for workshops, and the whole book as one PDF.

For every chapter and case study in ``_toc.yml``:

- ``<page>.pdf``: a handout for learners: the title, the learning objectives, the key takeaways,
  the glossary words the page links (with their definitions), the discussion questions, and the
  quiz on paper (boxes to tick, a line to write a number on) with no answers;
- ``<page>-answer-key.pdf``: the right answer to every quiz question, with its feedback, for
  the trainer.

The handouts are made from the sources (the chapter's MyST, the quiz banks, book/glossary.md),
not from the built book, as small HTML pages with print CSS that Chromium prints to A4.

And from the BUILT book (``--html-dir``, default ``_build/html``), ``sse-course.pdf``: every page
of ``_toc.yml`` in order, printed by Chromium with the sidebar, header and buttons hidden, merged
with pypdf into one file with a bookmark per page.

Everything runs offline: Chromium is the system one (sse_course.devtools.browser) and every
request that is not a local file is refused.

    python -m sse_course.delivery.handouts [--html-dir _build/html] [OUTDIR]   # default _build/handouts
    python -m sse_course.delivery.handouts --no-book OUTDIR      # handouts only, no built book needed
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import re
import sys
import time
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import urlparse

import yaml

from sse_course.devtools import glossary, myst
from sse_course.devtools.book import ROOT, toc_pages
from sse_course.devtools.chapters import chapter_files, read_chapter
from sse_course.quiz.bank import Bank, Question, load_bank
from sse_course.quiz.strings import interface_strings

BOOK_PDF = "sse-course.pdf"
DEFAULT_OUTDIR = Path("_build") / "handouts"
DEFAULT_HTML_DIR = Path("_build") / "html"

# ---------------------------------------------------------------------------------------------
# Reading a page's parts from its source
# ---------------------------------------------------------------------------------------------

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ITEM_START = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+(?P<text>.*)$")
_OPTION = re.compile(r"^\s*:[\w-]+:")


def plain_myst(text: str, page_dir: Path | None = None) -> str:
    """MyST inline text as plain Markdown (see devtools.myst.plain_roles), links replaced by their
    text and white space collapsed."""
    return " ".join(_LINK.sub(r"\1", myst.plain_roles(text, page_dir)).split())


@functools.lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def inline_html(text: str, page_dir: Path | None = None) -> str:
    """MyST inline text as HTML (emphasis kept, raw HTML escaped)."""
    return _markdown().renderInline(plain_myst(text, page_dir)).strip()


@dataclass
class ListBlock:
    """A block of text that holds a list: paragraphs before it, its items, paragraphs after it."""

    intro: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    outro: list[str] = field(default_factory=list)


def parse_list(block: str) -> ListBlock:
    """Split a Markdown block into intro paragraphs, list items (with their continuation lines,
    which ``Chapter.items`` leaves out) and closing paragraphs. Directive options and fences
    are skipped; a nested list is folded into its parent item."""
    result = ListBlock()
    paragraphs_before, paragraphs_after = [], []
    paragraph: list[str] = []
    in_item = blank_before = False
    item_indent = None

    def end_paragraph():
        if paragraph:
            (paragraphs_after if result.items else paragraphs_before).append(" ".join(paragraph))
            paragraph.clear()

    for line in block.splitlines():
        if _OPTION.match(line) or re.match(r"^\s*(`{3,}|:{3,})", line):
            continue
        if not line.strip():
            end_paragraph()
            blank_before = True
            continue
        start = _ITEM_START.match(line)
        indent = len(line) - len(line.lstrip())
        if start and (item_indent is None or indent <= item_indent + 1):
            end_paragraph()
            item_indent = indent if item_indent is None else item_indent
            result.items.append(start["text"].strip())
            in_item, blank_before = True, False
        elif result.items and in_item and (indent > (item_indent or 0) or not blank_before):
            result.items[-1] += " " + line.strip()
            blank_before = False
        else:
            in_item = False
            paragraph.append(line.strip())
            blank_before = False
    end_paragraph()
    result.intro, result.outro = paragraphs_before, paragraphs_after
    return result


@dataclass
class Term:
    names: tuple[str, ...]
    definition: str  # MyST inline
    base: Path  # the glossary's folder: its {doc} links are relative to it


@dataclass
class Handout:
    """What a chapter's handout shows, read from its source."""

    path: Path  # the source file
    page: str  # as in _toc.yml: book/what-is-sse
    title: str  # plain text
    objectives: ListBlock
    takeaways: ListBlock
    discussion: ListBlock
    terms: list[Term]
    banks: list[Bank]

    @property
    def name(self) -> str:
        return Path(self.page).name


def page_terms(source: str, glossary_path: Path) -> list[Term]:
    """The glossary entries the page links, in the order it first uses them. A page that links
    none yet (a notebook, a chapter not linked yet) gets the entries it uses."""
    if not glossary_path.is_file():
        return []
    all_entries = glossary.entries(glossary_path)
    uses = glossary.first_uses(source, all_entries)
    linked = {entry: at for entry, (at, is_link) in uses.items() if is_link}
    chosen = linked or {entry: at for entry, (at, _) in uses.items()}
    return [Term(entry.names, entry.definition, glossary_path.parent) for entry in sorted(chosen, key=chosen.get)]


def read_handout(path: Path, root: Path = ROOT) -> Handout:
    chapter = read_chapter(path)
    page = path.relative_to(root).with_suffix("").as_posix()
    heading = myst.title(chapter.source)
    banks = [load_bank(root / "sse_course" / "quizzes" / f"{bank}.yml") for bank in chapter.quizzes()]
    return Handout(
        path=path,
        page=page,
        title=plain_myst(heading) if heading else Path(page).name,
        objectives=parse_list(chapter.block("Learning objectives")),
        takeaways=parse_list(chapter.block("Key takeaways")),
        discussion=parse_list(chapter.block("Discussion questions")),
        terms=page_terms(chapter.source, root / "book" / "glossary.md"),
        banks=banks,
    )


def handout_sources(root: Path = ROOT, pages: list[str] | None = None) -> list[Path]:
    """The chapters (book/*.md) and case studies (notebooks/*.ipynb) of the table of contents."""
    pages = toc_pages(root) if pages is None else pages
    return [
        path
        for path in chapter_files(root, pages)
        if path.is_file()
        and (
            path.suffix == ".md"
            and path.parts[-2] == "book"
            or path.suffix == ".ipynb"
            and path.parts[-2] == "notebooks"
        )
    ]


# ---------------------------------------------------------------------------------------------
# HTML for print
# ---------------------------------------------------------------------------------------------

# Print CSS: black on white, no background colours, 11 pt text, A4 (the margins and the page
# numbers are set when printing, see PDF_OPTIONS). DejaVu is Debian's default font; any sans
# serif will do elsewhere.
HANDOUT_CSS = """
@page { size: A4; }
html { -webkit-print-color-adjust: economy; print-color-adjust: economy; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
       line-height: 1.4; color: #000; background: #fff; margin: 0; font-variant-ligatures: none; }
* { color: #000 !important; background: transparent !important; box-shadow: none !important; }
.course { font-size: 9pt; margin: 0 0 2pt; text-transform: uppercase; letter-spacing: 0.04em; }
h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; padding-bottom: 2pt; border-bottom: 0.75pt solid #000;
     break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 5pt; }
ol, ul { margin: 0 0 6pt; padding-left: 18pt; }
li { margin: 0 0 3pt; }
.fill { margin: 0 0 10pt; font-size: 10pt; }
.fill span { display: inline-block; width: 55mm; border-bottom: 0.75pt solid #000; margin-right: 8mm; }
dl { margin: 0; }
dt { font-weight: bold; break-after: avoid; page-break-after: avoid; }
dt .aka { font-weight: normal; }
dd { margin: 0 0 5pt 12pt; }
.questions > li { margin-bottom: 9pt; break-inside: avoid; page-break-inside: avoid; }
.prompt { margin-bottom: 3pt; }
.hint { font-style: italic; font-size: 10pt; margin-bottom: 2pt; }
.options { list-style: none; padding-left: 4pt; margin: 0; }
.options li { margin: 0 0 3pt; padding-left: 24pt; text-indent: -24pt; }
.box { display: inline-block; width: 3.4mm; height: 3.4mm; border: 0.9pt solid #000;
       vertical-align: -0.5mm; margin-right: 6pt; text-indent: 0; }
.letter { font-weight: bold; }
.tf span.choice { margin-right: 18mm; }
.line { display: inline-block; width: 40mm; border-bottom: 0.9pt solid #000; margin: 0 4pt; }
.key > li { margin-bottom: 9pt; break-inside: avoid; page-break-inside: avoid; }
.answer { font-weight: bold; margin: 2pt 0; }
.why { margin: 0; }
.objective { font-size: 9.5pt; font-style: italic; }
.note { font-size: 10pt; font-style: italic; }
"""

# Chromium's page header and footer: empty header, a footer with the page numbers.
_FOOTER = (
    "<div style=\"font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; width: 100%; "
    'margin: 0 14mm; display: flex; justify-content: space-between; color: #000;">'
    '<span>{label}</span><span>Page <span class="pageNumber"></span> of '
    '<span class="totalPages"></span></span></div>'
)
PDF_OPTIONS = {
    "format": "A4",
    "print_background": False,
    "margin": {"top": "16mm", "bottom": "18mm", "left": "17mm", "right": "17mm"},
    "display_header_footer": True,
    "header_template": "<span></span>",
}


def _course_title(root: Path) -> str:
    with contextlib.suppress(OSError, yaml.YAMLError, AttributeError):
        return yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8")).get("title") or ""
    return ""


def _document(title: str, course: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{HANDOUT_CSS}</style></head><body>\n"
        f'<p class="course">{escape(course)}</p>\n{body}\n</body></html>\n'
    )


def _paragraphs(paragraphs: list[str], page_dir: Path, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{inline_html(p, page_dir)}</p>\n" for p in paragraphs)


def _list(block: ListBlock, page_dir: Path, tag: str) -> str:
    html = _paragraphs(block.intro, page_dir)
    if block.items:
        html += (
            f"<{tag}>\n" + "".join(f"<li>{inline_html(item, page_dir)}</li>\n" for item in block.items) + f"</{tag}>\n"
        )
    return html + _paragraphs(block.outro, page_dir)


def _letter(i: int) -> str:
    return chr(ord("A") + i)


def number_text(value: float) -> str:
    """A number as a learner would write it: 2022.0 -> 2022; 12.5 -> 12.5 (no exponent)."""
    return str(int(value)) if float(value).is_integer() else f"{value:f}".rstrip("0").rstrip(".")


def _question_on_paper(q: Question, words: dict[str, str]) -> str:
    html = f'<li><p class="prompt">{escape(q.prompt)}</p>\n'
    if q.type in ("single", "multiple"):
        hint = "Tick one box." if q.type == "single" else "Tick every box that applies."
        if q.type == "single" or words["choose_all"].lower() not in q.prompt.lower():
            html += f'<p class="hint">{hint}</p>\n'
        html += (
            '<ul class="options">\n'
            + "".join(
                f'<li><span class="box"></span><span class="letter">{_letter(i)}.</span> {escape(o.text)}</li>\n'
                for i, o in enumerate(q.ordered_options())
            )
            + "</ul>\n"
        )
    elif q.type == "true_false":
        html += (
            '<p class="hint">Tick one box.</p>\n<p class="tf">'
            f'<span class="choice"><span class="box"></span>{escape(words["answer_true"])}</span>'
            f'<span class="choice"><span class="box"></span>{escape(words["answer_false"])}</span></p>\n'
        )
    else:
        unit = f" {escape(q.unit)}" if q.unit else ""
        html += f'<p class="write">{escape(words["your_answer"])}:<span class="line"></span>{unit}</p>\n'
    return html + "</li>\n"


def right_answers(q: Question, words: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(the right answer as the key prints it, its feedback) for a question."""
    words = words or interface_strings()
    if q.type in ("single", "multiple"):
        return [(f"{_letter(i)}. {o.text}", o.feedback) for i, o in enumerate(q.ordered_options()) if o.correct]
    if q.type == "true_false":
        return [(words["answer_true"], q.feedback_true) if q.answer else (words["answer_false"], q.feedback_false)]
    answer = number_text(q.answer) + (f" {q.unit}" if q.unit else "")
    if q.tolerance:
        answer += f" (accept {number_text(q.answer - q.tolerance)} to {number_text(q.answer + q.tolerance)})"
    return [(answer, q.feedback_correct)]


def handout_html(handout: Handout, course: str = "") -> str:
    """The learner's handout: no answers and no feedback."""
    page_dir = handout.path.parent
    words = interface_strings()
    parts = [f"<h1>{escape(handout.title)}</h1>\n", '<p class="fill">Name: <span></span> Date: <span></span></p>\n']
    if handout.objectives.items:
        parts.append("<h2>Learning objectives</h2>\n" + _list(handout.objectives, page_dir, "ol"))
    if handout.takeaways.items:
        parts.append("<h2>Key takeaways</h2>\n" + _list(handout.takeaways, page_dir, "ul"))
    if handout.terms:
        parts.append(
            "<h2>Words to know</h2>\n<dl>\n"
            + "".join(
                f"<dt>{escape(t.names[0])}"
                + (f' <span class="aka">(also: {escape(", ".join(t.names[1:]))})</span>' if t.names[1:] else "")
                + f"</dt>\n<dd>{inline_html(t.definition, t.base)}</dd>\n"
                for t in handout.terms
            )
            + "</dl>\n"
        )
    if handout.discussion.items:
        parts.append("<h2>Discussion questions</h2>\n" + _list(handout.discussion, page_dir, "ol"))
    for bank in handout.banks:
        parts.append(
            f"<h2>Quiz: {escape(bank.title)}</h2>\n"
            '<p class="note">Answer on paper. Your trainer has the answer key.</p>\n'
            '<ol class="questions">\n' + "".join(_question_on_paper(q, words) for q in bank.questions) + "</ol>\n"
        )
    return _document(handout.title, course, "".join(parts))


def answer_key_html(handout: Handout, course: str = "") -> str:
    """The trainer's answer key: each question, its right answer(s) and the feedback."""
    words = interface_strings()
    parts = [
        f"<h1>Answer key: {escape(handout.title)}</h1>\n",
        '<p class="note">For the trainer. It goes with the handout of the same name: '
        "keep it apart until the group has answered.</p>\n",
    ]
    if not handout.banks:
        parts.append("<p>This page has no quiz.</p>\n")
    for bank in handout.banks:
        parts.append(f'<h2>Quiz: {escape(bank.title)}</h2>\n<ol class="key">\n')
        for q in bank.questions:
            objective = f' <span class="objective">(objective {q.objective})</span>' if q.objective else ""
            parts.append(f'<li><p class="prompt">{escape(q.prompt)}{objective}</p>\n')
            for answer, feedback in right_answers(q, words):
                parts.append(f'<p class="answer">Answer: {escape(answer)}</p>\n<p class="why">{escape(feedback)}</p>\n')
            parts.append("</li>\n")
        parts.append("</ol>\n")
    return _document(f"Answer key: {handout.title}", course, "".join(parts))


# ---------------------------------------------------------------------------------------------
# Printing with Chromium
# ---------------------------------------------------------------------------------------------

LOCAL_SCHEMES = ("file", "data", "blob", "about")


def _offline(context, refused: list[str]) -> None:
    """Refuse (and record) every request that would leave the machine; local servers are fine."""

    def route(request_route):
        url = request_route.request.url
        parsed = urlparse(url)
        if parsed.scheme in LOCAL_SCHEMES or parsed.hostname in ("127.0.0.1", "localhost"):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    context.route("**/*", route)


def offline_context(browser):
    """A browser context that refuses (and records in ``.refused``) every request to another host.
    Pass it to :func:`make_handouts` and :func:`book_pdf` to reuse a running Chromium (the tests do:
    Playwright's sync API cannot start a second time inside a running one)."""
    context = browser.new_context(service_workers="block")
    context.refused = []
    _offline(context, context.refused)
    return context


@contextlib.contextmanager
def _chromium():
    from playwright.sync_api import sync_playwright

    from sse_course.devtools.browser import launch

    with sync_playwright() as playwright, launch(playwright) as browser:
        context = offline_context(browser)
        try:
            yield context
        finally:
            context.close()


def _footer(label: str) -> str:
    return _FOOTER.format(label=escape(label))


def print_html(context, html: str, out: Path, label: str) -> Path:
    page = context.new_page()
    try:
        page.set_content(html, wait_until="load")
        page.emulate_media(media="print")
        page.pdf(path=str(out), footer_template=_footer(label), **PDF_OPTIONS)
    finally:
        page.close()
    return out


def make_handouts(outdir: Path, root: Path = ROOT, pages: list[str] | None = None, context=None) -> list[Path]:
    """Write ``<page>.pdf`` and ``<page>-answer-key.pdf`` for every chapter and case study."""
    if context is None:
        with _chromium() as context:
            return make_handouts(outdir, root, pages, context)
    outdir.mkdir(parents=True, exist_ok=True)
    course = _course_title(root)
    written = []
    for path in handout_sources(root, pages):
        handout = read_handout(path, root)
        written.append(
            print_html(
                context, handout_html(handout, course), outdir / f"{handout.name}.pdf", f"{handout.title} · handout"
            )
        )
        written.append(
            print_html(
                context,
                answer_key_html(handout, course),
                outdir / f"{handout.name}-answer-key.pdf",
                f"{handout.title} · answer key for the trainer",
            )
        )
    return written


# Injected into every page of the built book before printing: only the article is printed,
# black on white, with the quizzes' options but none of their buttons.
BOOK_PRINT_CSS = """
@page { size: A4; }
html, body { background: #fff !important; }
body { font-size: 11pt !important; }
.bd-header, .bd-header-article, .bd-sidebar-primary, .bd-sidebar-secondary, .bd-sidebar,
.bd-footer, .bd-footer-article, .bd-footer-content, footer, .prev-next-area, .prev-next-footer,
.skip-link, .search-button-field, .pst-async-banner-revealer, .headerlink, .sidebar-toggle,
.theme-switch-button, .article-header-buttons, .dropdown-download-buttons, .back-to-top,
#pst-back-to-top, button, .sse-quiz-check, .sse-quiz-reset, .sse-quiz-note, .sse-quiz-nojs,
.sse-quiz-score, .sse-quiz-feedback:empty, .d-print-none { display: none !important; }
.bd-container, .bd-container__inner, .bd-main, .bd-content, .bd-article-container, .bd-article,
.bd-page-width { max-width: none !important; width: auto !important; margin: 0 !important;
                 padding: 0 !important; display: block !important; }
*, *::before, *::after { color: #000 !important; background-color: transparent !important;
    box-shadow: none !important; text-shadow: none !important; filter: none !important;
    font-variant-ligatures: none; }
a { text-decoration: none !important; }
/* The theme gives admonitions a shadow with !important: override it with a stronger selector,
   or Chromium turns every shadow into a page-wide bitmap. */
html body .admonition, html body div.admonition { box-shadow: none !important; border: 0.75pt solid #000 !important;
    break-inside: avoid; }
.sse-quiz-question { break-inside: avoid; page-break-inside: avoid; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; line-height: 1.25 !important; }
h1 { font-size: 20pt !important; }
h2 { font-size: 15pt !important; }
h3 { font-size: 12.5pt !important; }
img, svg, figure, table { break-inside: avoid; max-width: 100% !important; }
"""

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


def book_pdf(html_dir: Path, out: Path, root: Path = ROOT, *, base_url: str | None = None, context=None) -> BookPdf:
    """Print every page of the built book (in _toc.yml order) and merge them into ``out`` with
    one bookmark per page. Pages are opened from file:// unless ``base_url`` (a local server
    serving ``html_dir``) is given."""
    from pypdf import PdfReader, PdfWriter

    if context is None:
        with _chromium() as context:
            return book_pdf(html_dir, out, root, base_url=base_url, context=context)
    html_dir = Path(html_dir).resolve()
    pages = toc_pages(root)
    missing = [p for p in pages if not (html_dir / f"{p}.html").is_file()]
    if missing:
        raise FileNotFoundError(
            f"{html_dir} is not a built book of {root}: no {missing[0]}.html (build it first with `make book`)"
        )
    writer, titles = PdfWriter(), []
    course = _course_title(root)
    for page_name in pages:
        url = base_url + f"{page_name}.html" if base_url else (html_dir / f"{page_name}.html").as_uri()
        page = context.new_page()
        try:
            page.goto(url, wait_until="load")
            page.add_style_tag(content=BOOK_PRINT_CSS)
            page.emulate_media(media="print", color_scheme="light")
            title = page.evaluate(_PREPARE_JS) or page_name
            pdf = page.pdf(footer_template=_footer(f"{course} · {title}" if course else title), **PDF_OPTIONS)
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


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sse_course.delivery.handouts",
        description="Printable handouts, answer keys and the whole book as one PDF.",
    )
    parser.add_argument(
        "outdir", nargs="?", type=Path, default=None, help=f"where to write the PDFs (default: {DEFAULT_OUTDIR})"
    )
    parser.add_argument(
        "--html-dir", type=Path, default=None, help=f"the built book, for {BOOK_PDF} (default: {DEFAULT_HTML_DIR})"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the course's folder (default: this checkout)")
    parser.add_argument("--no-book", action="store_true", help=f"make the handouts only, not {BOOK_PDF}")
    parser.add_argument(
        "--serve", action="store_true", help="open the built book from a local web server instead of file:// URLs"
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    outdir = args.outdir or root / DEFAULT_OUTDIR
    html_dir = args.html_dir or root / DEFAULT_HTML_DIR
    if not args.no_book and not (html_dir / "index.html").is_file():
        print(
            f"No built book in {html_dir}. Build it first (make book), pass --html-dir, "
            "or use --no-book for the handouts only.",
            file=sys.stderr,
        )
        return 1
    started = time.perf_counter()
    with _chromium() as context:
        written = make_handouts(outdir, root, context=context)
        for path in written:
            print(f"{path}  {_size(path)}")
        print(f"{len(written)} handouts and answer keys in {time.perf_counter() - started:.1f} s")
        if not args.no_book:
            started = time.perf_counter()
            if args.serve:
                from sse_course.devtools.browser import serve

                with serve(html_dir) as base:
                    result = book_pdf(html_dir, outdir / BOOK_PDF, root, base_url=base, context=context)
            else:
                result = book_pdf(html_dir, outdir / BOOK_PDF, root, context=context)
            print(
                f"{result.path}  {_size(result.path)}  ({len(result.titles)} pages of the book, "
                f"one bookmark each) in {time.perf_counter() - started:.1f} s"
            )
            if result.refused:
                print(
                    "Refused requests to other hosts (the book should make none):",
                    *result.refused,
                    sep="\n  ",
                    file=sys.stderr,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
