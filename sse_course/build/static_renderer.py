"""How myst-nb renders notebooks into the static book (``nb_render_plugin`` in _config.yml).

The book is static: a widget's Python callbacks never run there, and every notebook output that
has a widget also carries a static HTML rendering (see ``display.py``). So the saved widget
state is not embedded in the page, and no widget manager is loaded: that state can weigh more
than the page itself, and the manager would come from a CDN.

A quiz shown by ``Quiz("<bank>")`` is rendered again from its bank here, at build time: the
execution cache keys a notebook on its code only, so the HTML saved when the cell last ran would
keep a bank's old questions after an author edits the bank.
"""

from __future__ import annotations

import re
from html import unescape

from docutils import nodes
from myst_nb.core.render import MimeData, NbElementRenderer

from sse_course.display import FALLBACK_CLASS
from sse_course.quiz.bank import bank_path, load_bank
from sse_course.quiz.html import render_bank_html

# The opening tag that quiz/html.py writes for a bank.
QUIZ_OUTPUT = re.compile(r'\s*<section class="sse-quiz" id="[^"]*" data-bank="(?P<bank>[^"]+)"')
# The line display.py writes above a widget for a notebook reopened before it runs: a page of the
# book is never live, and shows the widget's static HTML instead.
NOT_LIVE_OUTPUT = re.compile(rf'\s*<div class="{FALLBACK_CLASS} ')


class StaticBookRenderer(NbElementRenderer):
    def render_text_html(self, data: MimeData) -> list[nodes.Element]:
        if NOT_LIVE_OUTPUT.match(data.string):
            # Nothing, but a node: for no node at all, myst-nb would show the text/plain instead.
            return [nodes.raw(text="", format="html")]
        quiz = QUIZ_OUTPUT.match(data.string)
        if not quiz:
            return super().render_text_html(data)
        env = self.renderer.document.settings.env
        path = bank_path(unescape(quiz["bank"]))
        env.note_dependency(str(path))  # re-read this page when the bank changes
        language = env.config.language or "en"  # the edition's: the bank and its words in it
        html = render_bank_html(load_bank(path, language), language)
        return [nodes.raw(text=html, format="html", classes=["output", "text_html"])]

    def render_nb_finalise(self, metadata: dict) -> None:
        """myst-nb's default embeds the notebook's ipywidgets state here; the book needs none."""
