"""Sorting tasks: put each item in a category, with feedback on every item."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from sse_course.exercises.answers import AnswerError, as_choice, is_blank
from sse_course.exercises.feedback import Feedback, Report


@dataclass(frozen=True)
class Item:
    """One thing to classify: the right category and why (shown whether the answer is right or wrong)."""

    answer: str
    why: str


class ClassificationTask:
    """Items (keyed by a short description the learner sees) to sort into ``choices``."""

    def __init__(self, title: str, choices: Sequence[str], items: Mapping[str, Item]) -> None:
        if len(choices) < 2:
            raise ValueError(f"{title}: a classification needs at least two choices")
        for name, item in items.items():
            if item.answer not in choices:
                raise ValueError(f"{title}: item {name!r} has answer {item.answer!r}, which is not a choice")
            if not item.why.strip():
                raise ValueError(f"{title}: item {name!r} has no explanation")
        self.title, self.choices, self.items = title, tuple(choices), dict(items)

    def __str__(self) -> str:
        return "\n".join(
            [
                f"{self.title} Choices: {', '.join(self.choices)}.",
                *(f"{n}. {name}" for n, name in enumerate(self.items, 1)),
            ]
        )

    def _repr_html_(self) -> str:
        choices = ", ".join(f"<b>{escape(c)}</b>" for c in self.choices)
        items = "".join(f"<li>{escape(name)}</li>" for name in self.items)
        return f"<p>{escape(self.title)} Choices: {choices}.</p><ol>{items}</ol>"

    def to_json(self) -> dict[str, Any]:
        """What the book's exercise page checks against (static/sse-exercise.js)."""
        return {
            "kind": "classification",
            "title": self.title,
            "choices": list(self.choices),
            "items": [{"text": name, "answer": item.answer, "why": item.why} for name, item in self.items.items()],
        }

    def check(self, answers: Any) -> Report | Feedback:
        """Feedback on each item; a single message if ``answers`` is not a dictionary of the items."""
        if not isinstance(answers, Mapping):
            return Feedback(
                "invalid",
                "Your answers should be a dictionary, as in the cell above: "
                "each item, a colon, then your choice in quotes.",
            )
        unknown = [key for key in answers if key not in self.items]
        if unknown:
            return Feedback(
                "invalid",
                f"There is no item called {unknown[0]!r}. Keep the items exactly as "
                "they are written and change only the answers.",
            )
        return Report(
            self.title,
            tuple((name, self._check_item(item, answers.get(name, ...))) for name, item in self.items.items()),
        )

    def _check_item(self, item: Item, given: Any) -> Feedback:
        if is_blank(given):
            return Feedback("blank", f"Choose one of: {', '.join(self.choices)}.")
        try:
            choice = as_choice(given, self.choices)
        except AnswerError as problem:
            return Feedback("invalid", str(problem))
        if choice == item.answer:
            return Feedback("correct", item.why)
        return Feedback("incorrect", f"The answer is not “{choice}”. {item.why}")
