"""Reading a learner's answer. Wrong types and blanks get a message that says what to write."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sse_course.i18n.runtime import gettext as _
from sse_course.quiz.grading import AnswerError as NumberError
from sse_course.quiz.grading import parse_number
from sse_course.quiz.numbers import NumberError as QuizNumberError
from sse_course.quiz.numbers import read_amount
from sse_course.quiz.strings import interface_strings

# What a learner version of an exercise puts where an answer goes (see devtools/learner.py).
BLANK = ...


class AnswerError(ValueError):
    """An answer that cannot be read; the message tells the learner how to write it."""


def is_blank(value: Any) -> bool:
    """True for ``...`` (the prompt), None, empty text and empty collections."""
    if value is BLANK or value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (list, tuple, set, dict)) and not value


def shown(value: Any) -> str:
    """A learner's answer written back in a message: short, and never a 5,000-digit number
    (Python refuses to write an int that long)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return _("a number about {digits} digits long").format(digits=f"{abs(value).bit_length() * 0.30103:.0f}")
    if isinstance(value, str) and len(value) > 40:
        return repr(value[:37] + "...")
    return repr(value)


def as_number(value: Any, unit: str = "", units: Mapping[str, str] | None = None) -> float:
    """A number from an int, a float or text such as ``"1,200"``, ``"₹75"``, ``"12.5 %"`` or, in
    millions, ``"260 million"``: the course's one reading of amounts
    (:func:`sse_course.quiz.numbers.read_amount`), the same as the book's exercise pages.
    ``units``: the units' words in the learner's language, read as the English ones."""
    try:
        if isinstance(value, str):
            return read_amount(value, unit, units)
        return parse_number(value)
    except (NumberError, QuizNumberError) as problem:
        if isinstance(value, float):  # NaN or infinity
            raise AnswerError(_("That is not a usable number. Write a number such as 75.")) from None
        if str(problem) == "number_ambiguous":  # "1,500": thousands, or a decimal comma?
            raise AnswerError(interface_strings()["number_ambiguous"]) from None
        raise AnswerError(
            _("{answer} is not a number. Write only the number, for example 75.").format(answer=shown(value))
        ) from None


def as_choice(value: Any, choices: Sequence[str]) -> str:
    """One of ``choices``, ignoring case and spaces at the ends."""
    if isinstance(value, str):
        for choice in choices:
            if value.strip().lower() == choice.lower():
                return choice
    listed = ", ".join(f'"{c}"' for c in choices)
    raise AnswerError(
        _("{answer} is not one of the choices. Write one of: {choices}.").format(answer=shown(value), choices=listed)
    )
