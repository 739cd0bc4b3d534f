"""Calculation tasks: a number checked with a tolerance, with a hint when it is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sse_course.exercises.answers import AnswerError, as_number, is_blank
from sse_course.exercises.feedback import Feedback
from sse_course.formatting import quantity
from sse_course.i18n.lazy import in_language
from sse_course.i18n.runtime import gettext as _
from sse_course.i18n.units import UNIT_WORDS, unit_words
from sse_course.quiz.numbers import amount_hint


@dataclass(frozen=True)
class NumericTask:
    """``expected`` is computed from a model by the exercise module, never typed in by hand.

    A task of the course is made with :func:`sse_course.i18n.lazy.made_in_english`, so that its
    name, hint and explanation are in the language of the moment."""

    name: str
    expected: float
    unit: str
    hint: str
    explanation: str
    tolerance: float = 0.0

    def __post_init__(self) -> None:
        if self.tolerance < 0:
            raise ValueError(f"{self.name}: the tolerance cannot be negative")

    @property
    def how_to_type(self) -> str:
        """How to type the answer, said beside the box (the reading rule: quiz/numbers.py)."""
        return amount_hint(self.unit)

    def to_json(self) -> dict[str, Any]:
        """What the book's exercise page checks against (static/sse-exercise.js), in the language
        of the moment (the unit as the English says it: it says how an answer is read)."""
        shown = in_language(self)
        return {
            "kind": "numeric",
            "title": shown.name,
            "expected": shown.expected,
            "tolerance": shown.tolerance,
            "unit": shown.unit,
            "hint": shown.hint,
            "explanation": shown.explanation,
            "how_to_type": shown.how_to_type,
        }

    def check(self, given: Any) -> Feedback:
        shown = in_language(self)
        unit = unit_words(self.unit)
        if is_blank(given):
            return Feedback("blank", _("Replace ... with your answer in {unit}.").format(unit=unit))
        try:
            value = as_number(given, self.unit, dict(UNIT_WORDS))  # her language's words too
        except AnswerError as problem:
            return Feedback("invalid", str(problem))
        if abs(value - self.expected) <= self.tolerance + 1e-9:
            return Feedback("correct", shown.explanation)
        words = _("{number} {unit} is too high.") if value > self.expected else _("{number} {unit} is too low.")
        return Feedback("incorrect", words.format(number=quantity(value), unit=unit), shown.hint)
