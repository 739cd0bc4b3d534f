"""Printable handouts for workshops, and the whole book as one PDF.

For every chapter and case study in ``_toc.yml``:

- ``<page>.pdf``: a handout for learners: the title, the learning objectives, the parts of the
  page that the session plans read (with their tables and figures), the key takeaways, the
  glossary words the page links (with their definitions), the discussion questions, and the
  quiz on paper (boxes to tick, a line to write a number on) with no answers;
- ``<page>-answer-key.pdf``: the right answer to every quiz question, with its feedback, for
  the trainer;

for every exercise, ``exercise-<id>.pdf`` (its tasks on paper, from the same catalogue the notebook
and the book page check) and ``exercise-<id>-answer-key.pdf``;

and for the trainers' games, ``cards-<activity>.pdf``: card sheets in large type to cut out,
with no key, and ``cards-roles-and-names.pdf`` (the group roles and name cards).

The handouts are made from the sources (the chapter's MyST, the quiz banks, book/glossary.md),
not from the built book, as small HTML pages with print CSS that Chromium prints to A4.

And from the BUILT book (``--html-dir``, default ``_build/html``), ``sse-course.pdf``: every page
of ``_toc.yml`` in order, printed by Chromium with the sidebar, header and buttons hidden, merged
with pypdf into one file with a bookmark per page.

Everything runs offline: Chromium is the system one (sse_course.delivery.chromium) and every
request that is not a local file is refused.

    python -m sse_course.delivery.handouts [--html-dir _build/html] [OUTDIR]   # default _build/handouts
    python -m sse_course.delivery.handouts --no-book OUTDIR      # handouts only, no built book needed

The rooms, one job each: ``sources`` (a page's parts, read from its MyST source), ``readings``
(the parts the session plans read, as print HTML), ``cards`` (the card sheets),
``exercise_sheets`` (the exercises on paper), ``terms`` (the
glossary words a page uses), ``print_css`` (the print stylesheets and page options), ``html``
(the handout and answer key as HTML, in words from ``strings/<language>.yml``), ``printing``
(Chromium, offline, prints HTML to PDF), ``book_pdf`` (the built book as one PDF with
bookmarks) and ``cli`` (the command line).
"""

from __future__ import annotations

from .book_pdf import BookPdf, book_pdf
from .cards import CardSet, card_sets, card_sheet_html
from .cli import main
from .exercise_sheets import ExerciseSheet, exercise_key_html, exercise_sheet_html, exercise_sheets
from .html import answer_key_html, handout_html, handout_strings, right_answers
from .printing import make_handouts, offline_context, print_html
from .readings import Reading, plan_readings, reading_html
from .sources import BOOK_PDF, Handout, check_pdf_names, handout_sources, read_handout
from .terms import Term, page_terms

__all__ = [
    "BOOK_PDF",
    "BookPdf",
    "CardSet",
    "ExerciseSheet",
    "Handout",
    "Reading",
    "Term",
    "answer_key_html",
    "book_pdf",
    "card_sets",
    "card_sheet_html",
    "check_pdf_names",
    "exercise_key_html",
    "exercise_sheet_html",
    "exercise_sheets",
    "handout_html",
    "handout_sources",
    "handout_strings",
    "main",
    "make_handouts",
    "offline_context",
    "page_terms",
    "plan_readings",
    "print_html",
    "read_handout",
    "reading_html",
    "right_answers",
]
