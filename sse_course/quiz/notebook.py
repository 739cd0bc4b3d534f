"""``Quiz("<bank>")``: a bank shown in a notebook cell, as the widget in Jupyter and as the
static HTML in the built book. The only part of ``sse_course.quiz`` that needs ipywidgets."""

from __future__ import annotations

from sse_course.display import DualDisplay
from sse_course.i18n.runtime import gettext

from .bank import Bank, load_bank
from .html import render_bank_html
from .strings import interface_strings
from .widget import QuizWidget


class Quiz(DualDisplay):
    """Show a quiz bank: ``Quiz("sewa-dura-sundari")`` as the last line of a notebook cell.

    In Jupyter you get the interactive widget; in the built book, the static HTML version. Both
    speak ``language`` (default: the language the course speaks now, ``use_language``).
    """

    def __init__(self, bank: str | Bank, language: str | None = None) -> None:
        self.bank = bank if isinstance(bank, Bank) else load_bank(bank, language)
        words = interface_strings(language)
        super().__init__(
            widget=QuizWidget(self.bank, words),
            html=render_bank_html(self.bank, language),
            text=gettext("Quiz: {title} ({count} questions)", language).format(
                title=self.bank.title, count=len(self.bank.questions)
            ),
            not_live=gettext("Run this cell (Shift+Enter) to start the quiz.", language),
        )
