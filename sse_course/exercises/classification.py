"""Sorting tasks: put each item in a category, with feedback on every item."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from sse_course.exercises.answers import AnswerError, as_choice, is_blank
from sse_course.exercises.feedback import Feedback, Report
from sse_course.i18n.lazy import in_language
from sse_course.i18n.runtime import gettext as _


@dataclass(frozen=True)
class Item:
    """One thing to classify: the right category and why (shown whether the answer is right or wrong)."""

    answer: str
    why: str


class ClassificationTask:
    """Items (keyed by a short description the learner sees) to sort into ``choices``.

    A task of the course is made with :func:`sse_course.i18n.lazy.made_in_english` from a
    function whose words are ``gettext`` calls: it shows itself, and gives its feedback, in the
    language of the moment, and it takes a learner's items and choices written in English or in
    that language (a notebook's code may keep the English ones)."""

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
        shown = in_language(self)
        return "\n".join(
            [
                _("{title} Choices: {choices}.").format(title=shown.title, choices=", ".join(shown.choices)),
                *(f"{n}. {name}" for n, name in enumerate(shown.items, 1)),
            ]
        )

    def _repr_html_(self) -> str:
        shown = in_language(self)
        choices = ", ".join(f"<b>{escape(c)}</b>" for c in shown.choices)
        items = "".join(f"<li>{escape(name)}</li>" for name in shown.items)
        heading = escape(_("{title} Choices: {choices}.")).format(title=escape(shown.title), choices=choices)
        return f"<p>{heading}</p><ol>{items}</ol>"

    def to_json(self) -> dict[str, Any]:
        """What the book's exercise page checks against (static/sse-exercise.js), in the language
        of the moment."""
        shown = in_language(self)
        return {
            "kind": "classification",
            "title": shown.title,
            "choices": list(shown.choices),
            "items": [{"text": name, "answer": item.answer, "why": item.why} for name, item in shown.items.items()],
        }

    def check(self, answers: Any) -> Report | Feedback:
        """Feedback on each item; a single message if ``answers`` is not a dictionary of the items."""
        if not isinstance(answers, Mapping):
            return Feedback(
                "invalid",
                _(
                    "Your answers should be a dictionary, as in the cell above: "
                    "each item, a colon, then your choice in quotes."
                ),
            )
        shown = in_language(self)
        english = list(self.items)  # the same items, in the same order
        unknown = [key for key in answers if key not in self.items and key not in shown.items]
        if unknown:
            return Feedback(
                "invalid",
                _(
                    "There is no item called {item}. Keep the items exactly as "
                    "they are written and change only the answers."
                ).format(item=repr(unknown[0])),
            )
        return Report(
            shown.title,
            tuple(
                (name, shown._check_item(item, answers.get(name, answers.get(english[n], ...)), self.choices))
                for n, (name, item) in enumerate(shown.items.items())
            ),
        )

    def _check_item(self, item: Item, given: Any, english: Sequence[str] = ()) -> Feedback:
        """Feedback on one item; ``given`` may be one of ``english`` (the choices in English) too."""
        if is_blank(given):
            return Feedback("blank", _("Choose one of: {choices}.").format(choices=", ".join(self.choices)))
        try:
            choice = as_choice(given, self.choices)
        except AnswerError as problem:
            if len(english) != len(self.choices):
                return Feedback("invalid", str(problem))
            try:
                choice = self.choices[list(english).index(as_choice(given, english))]
            except AnswerError:
                return Feedback("invalid", str(problem))
        if choice == item.answer:
            return Feedback("correct", item.why)
        return Feedback("incorrect", _("The answer is not “{choice}”. {why}").format(choice=choice, why=item.why))
