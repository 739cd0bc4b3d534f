"""Marking a learner's answer in Python (the live widget). ``static/sse-quiz.js`` does the same
in the browser, and both mark the right answers of every course quiz correct: in Jupyter
``tests/test_quiz_rendering.py`` checks it, in Chromium ``tests/test_browser.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .bank import Question
from .numbers import NumberError, read_amount, read_number
from .strings import interface_strings


@dataclass(frozen=True)
class Result:
    correct: bool
    feedback: tuple[str, ...]


class AnswerError(ValueError):
    """The learner's answer cannot be marked (nothing chosen, not a number, ...)."""


def grade(question: Question, response: Any, words: dict[str, str] | None = None) -> Result:
    """Mark ``response``: an option index (single), a set of indexes (multiple), a bool
    (true_false), a number or numeric text (numeric), or for matching one choice index (or None)
    per item, in the items' order. ``words``: the interface strings."""
    words = words or interface_strings()
    result = _grade(question, response, words)
    # The verdict ("Not quite.") is shown once, above the feedback: not again at its start.
    verdict = words["correct" if result.correct else "incorrect"]
    return Result(result.correct, tuple(without_verdict(text, verdict) for text in result.feedback))


def without_verdict(text: str, verdict: str) -> str:
    """Feedback that starts with the verdict the quiz already shows, without it."""
    if verdict and text.startswith(verdict):
        return text[len(verdict) :].lstrip() or text
    return text


def _grade(question: Question, response: Any, words: dict[str, str]) -> Result:
    if question.type == "single":
        if response is None:
            raise AnswerError("choose_one")
        option = question.options[response]
        return Result(option.correct, (option.feedback,))
    if question.type == "multiple":
        chosen = set(response or ())
        if not chosen:
            raise AnswerError("choose_some")
        right = {i for i, option in enumerate(question.options) if option.correct}
        # In the order shown: each option the learner ticked, and each right one they missed.
        lines = []
        for i in question.display_order():
            if i in chosen or i in right:
                template = words["ticked_option" if i in chosen else "missed_option"]
                lines.append(template.format(option=question.options[i].text, feedback=question.options[i].feedback))
        return Result(chosen == right, tuple(lines))
    if question.type == "matching":
        return _grade_matching(question, response, words)
    if question.type == "true_false":
        if response is None:
            raise AnswerError("choose_one")
        said_true = bool(response)
        return Result(
            said_true == question.answer,
            (question.feedback_true if said_true else question.feedback_false,),
        )
    value = parse_number(response, question.unit, question.unit_words())
    ok = abs(value - question.answer) <= question.tolerance + 1e-9
    return Result(ok, (question.feedback_correct if ok else question.feedback_incorrect,))


def _grade_matching(question: Question, response: Any, words: dict[str, str]) -> Result:
    """All items right is correct. One line per item, in the order shown: right or not, and the
    item's feedback."""
    picked = list(response) if isinstance(response, (list, tuple)) else []
    picked += [None] * (len(question.items) - len(picked))
    valid = [
        isinstance(p, int) and not isinstance(p, bool) and 0 <= p < len(question.choices)
        for p in picked[: len(question.items)]
    ]
    if not all(valid):
        raise AnswerError("choose_each")
    lines = []
    all_right = True
    for item, choice in zip(question.items, picked, strict=False):
        right = question.choices[choice] == item.answer
        all_right = all_right and right
        line = words["matched_right" if right else "matched_wrong"].format(
            item=item.text, choice=question.choices[choice]
        )
        lines.append(f"{line} {item.feedback}" if item.feedback else line)
    return Result(all_right, tuple(lines))


def parse_number(response: Any, unit: str | None = None, units: dict[str, str] | None = None) -> float:
    """Read a number as a learner might type it, by the course's one rule (:mod:`.numbers`):
    ``1,250.5``, ``6,5``, `` 60 ``, ``१२``; never NaN or infinity. In a box with a ``unit``, the
    unit may be typed with it, and millions are read as :func:`.numbers.read_amount` says; ``units``:
    the unit in English -> as a translated question names it (``Question.unit_words``)."""
    if isinstance(response, (int, float)) and not isinstance(response, bool):
        try:
            value = float(response)
        except OverflowError:  # an int too large for a float
            raise AnswerError("not_a_number") from None
        if not math.isfinite(value):
            raise AnswerError("not_a_number")
        return value
    try:
        text = str(response if response is not None else "")
        return read_amount(text, unit, units) if unit else read_number(text)
    except NumberError as problem:
        raise AnswerError(str(problem)) from None
