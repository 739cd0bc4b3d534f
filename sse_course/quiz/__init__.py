"""Quizzes: one YAML bank, shown as ipywidgets in Jupyter and as HTML + JavaScript in the book.

The bank (``bank``), grading (``grading``), the static HTML (``html``) and the Moodle export
(``export``) import without ipywidgets; ``Quiz`` and ``QuizWidget`` load the widget only when
they are first used (``from sse_course.quiz import Quiz``), so a build, a grader or an export
never needs a kernel's widget library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .bank import Bank, QuizBankError, list_banks, load_bank
from .html import render_bank_html
from .strings import interface_strings

if TYPE_CHECKING:
    from .notebook import Quiz
    from .widget import QuizWidget

__all__ = [
    "Bank",
    "Quiz",
    "QuizBankError",
    "QuizWidget",
    "interface_strings",
    "list_banks",
    "load_bank",
    "render_bank_html",
]

# Names that need ipywidgets, and the module that defines each.
_LAZY = {"Quiz": ".notebook", "QuizWidget": ".widget"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
