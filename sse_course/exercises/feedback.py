"""Feedback shown after a check: words and a symbol, never colour alone; announced to screen readers."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Literal

from sse_course.display import NO_TEX

Status = Literal["correct", "incorrect", "blank", "invalid"]

LABELS: dict[str, str] = {
    "correct": "✓ Correct.",
    "incorrect": "✗ Not yet.",
    "blank": "… Not answered yet.",
    "invalid": "? Please check how you wrote your answer.",
}


@dataclass(frozen=True, repr=False)
class Feedback:
    """The result of checking one answer."""

    status: Status
    message: str
    hint: str = ""

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    def words(self) -> str:
        return " ".join(
            part for part in (LABELS[self.status], self.message, self.hint and f"Hint: {self.hint}") if part
        )

    def __repr__(self) -> str:  # what Jupyter shows as plain text, and print() too
        return str(self)

    def __str__(self) -> str:
        return self.words()

    def _repr_html_(self) -> str:
        return f'<div class="sse-feedback sse-feedback-{self.status} {NO_TEX}" role="status"><p>{_html(self)}</p></div>'


@dataclass(frozen=True, repr=False)
class Report:
    """Feedback on several items (a classification, a list of calculations)."""

    title: str
    items: tuple[tuple[str, Feedback], ...]

    @property
    def score(self) -> int:
        return sum(feedback.correct for _, feedback in self.items)

    @property
    def all_correct(self) -> bool:
        return self.score == len(self.items)

    def summary(self) -> str:
        if self.all_correct:
            return f"{self.title}: all {len(self.items)} correct. Well done!"
        return f"{self.title}: {self.score} of {len(self.items)} correct. Read the feedback and try again."

    def __repr__(self) -> str:  # what Jupyter shows as plain text, and print() too
        return str(self)

    def __str__(self) -> str:
        return "\n".join([self.summary(), *(f"- {item}: {feedback}" for item, feedback in self.items)])

    def _repr_html_(self) -> str:
        rows = "".join(f"<li><b>{escape(item)}</b><br>{_html(feedback)}</li>" for item, feedback in self.items)
        return f'<div class="sse-feedback {NO_TEX}" role="status"><p><b>{escape(self.summary())}</b></p><ul>{rows}</ul></div>'


def _html(feedback: Feedback) -> str:
    hint = f" <i>Hint: {escape(feedback.hint)}</i>" if feedback.hint else ""
    return f"<b>{escape(LABELS[feedback.status])}</b> {escape(feedback.message)}{hint}"
