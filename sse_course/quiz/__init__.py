"""Quizzes: one YAML bank, shown as ipywidgets in Jupyter and as HTML + JavaScript in the book."""

from __future__ import annotations

from ..display import DualDisplay
from .bank import Bank, QuizBankError, list_banks, load_bank
from .html import render_bank_html
from .strings import interface_strings
from .widget import QuizWidget

__all__ = ["Quiz", "QuizBankError", "load_bank", "list_banks", "render_bank_html"]


class Quiz(DualDisplay):
    """Show a quiz bank: ``Quiz("sewa-dura-sundari")`` as the last line of a notebook cell.

    In Jupyter you get the interactive widget; in the built book, the static HTML version.
    """

    def __init__(self, bank: str | Bank, language: str = "en") -> None:
        self.bank = bank if isinstance(bank, Bank) else load_bank(bank)
        words = interface_strings(language)
        super().__init__(
            widget=QuizWidget(self.bank, words),
            html=render_bank_html(self.bank, language),
            text=f"Quiz: {self.bank.title} ({len(self.bank.questions)} questions)",
        )
