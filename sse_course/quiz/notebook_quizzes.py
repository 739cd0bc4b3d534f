"""A notebook's quiz in the book shows the bank as it is now, not as it was when the notebook ran.

A case-study notebook ends with ``Quiz("sewa-dura-sundari")``; the book shows that cell's HTML
output. The build keeps executed outputs in a cache keyed on the notebook's *code*, so after a
bank or the quiz code changed, the page went on showing the old questions, the old option order
and the old interface words (which the current ``sse-quiz.js`` may not find). When Sphinx reads a
notebook page, each quiz output of a course bank is made again from the bank file, and the page
is read again whenever that file changes. The notebook itself is not touched.
"""

from __future__ import annotations

import re

from docutils import nodes

from .bank import bank_path, list_banks, load_bank
from .html import render_bank_html

QUIZ_OUTPUT = re.compile(r'^\s*<section class="sse-quiz" id="sse-quiz-[^"]*" data-bank="([^"]+)"')


def refresh_notebook_quizzes(app, doctree: nodes.document) -> None:
    """Sphinx ``doctree-read``: remake each notebook output that is a whole course quiz."""
    env = app.env
    known = set(list_banks())
    language = app.config.language or "en"
    for raw in list(doctree.findall(nodes.raw)):
        if "text_html" not in raw.get("classes", ()):  # myst-nb's class for a text/html output
            continue
        found = QUIZ_OUTPUT.match(raw.astext())
        if not found or found.group(1) not in known:
            continue
        bank = load_bank(found.group(1))
        env.note_dependency(str(bank_path(bank.id)))
        raw.replace_self(nodes.raw("", render_bank_html(bank, language), format="html", classes=raw["classes"]))
