"""Feedback shown after a check: words and a symbol, never colour alone; announced to screen readers."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Literal

from sse_course.display import NO_TEX
from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import gettext as _

Status = Literal["correct", "incorrect", "blank", "invalid"]

#: The words before a piece of feedback, in the language of the moment.
LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "correct": _("✓ Correct."),
        "incorrect": _("✗ Not yet."),
        "blank": _("… Not answered yet."),
        "invalid": _("? Please check how you wrote your answer."),
    }
)


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
        hint = _("Hint: {hint}").format(hint=self.hint) if self.hint else ""
        return " ".join(part for part in (LABELS[self.status], self.message, hint) if part)

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
            return _("{title}: all {total} correct. Well done!").format(title=self.title, total=len(self.items))
        return _("{title}: {correct} of {total} correct. Read the feedback and try again.").format(
            title=self.title, correct=self.score, total=len(self.items)
        )

    def __repr__(self) -> str:  # what Jupyter shows as plain text, and print() too
        return str(self)

    def __str__(self) -> str:
        return "\n".join([self.summary(), *(f"- {item}: {feedback}" for item, feedback in self.items)])

    def _repr_html_(self) -> str:
        rows = "".join(f"<li><b>{escape(item)}</b><br>{_html(feedback)}</li>" for item, feedback in self.items)
        return f'<div class="sse-feedback {NO_TEX}" role="status"><p><b>{escape(self.summary())}</b></p><ul>{rows}</ul></div>'


def _html(feedback: Feedback) -> str:
    hint = " <i>" + escape(_("Hint: {hint}").format(hint=feedback.hint)) + "</i>" if feedback.hint else ""
    return f"<b>{escape(LABELS[feedback.status])}</b> {escape(feedback.message)}{hint}"
