"""Calculation tasks: a number checked with a tolerance, with a hint when it is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sse_course.exercises.answers import AnswerError, as_number, is_blank
from sse_course.exercises.feedback import Feedback
from sse_course.formatting import quantity
from sse_course.quiz.numbers import amount_hint


@dataclass(frozen=True)
class NumericTask:
    """``expected`` is computed from a model by the exercise module, never typed in by hand."""

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
        """What the book's exercise page checks against (static/sse-exercise.js)."""
        return {
            "kind": "numeric",
            "title": self.name,
            "expected": self.expected,
            "tolerance": self.tolerance,
            "unit": self.unit,
            "hint": self.hint,
            "explanation": self.explanation,
            "how_to_type": self.how_to_type,
        }

    def check(self, given: Any) -> Feedback:
        if is_blank(given):
            return Feedback("blank", f"Replace ... with your answer in {self.unit}.")
        try:
            value = as_number(given, self.unit)
        except AnswerError as problem:
            return Feedback("invalid", str(problem))
        if abs(value - self.expected) <= self.tolerance + 1e-9:
            return Feedback("correct", self.explanation)
        direction = "too high" if value > self.expected else "too low"
        return Feedback("incorrect", f"{quantity(value)} {self.unit} is {direction}.", self.hint)
