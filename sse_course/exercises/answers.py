"""Reading a learner's answer. Wrong types and blanks get a message that says what to write."""

from __future__ import annotations

import re
from typing import Any, Sequence

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


def as_number(value: Any) -> float:
    """A number from an int, a float or text such as ``"1,200"``, ``"₹75"`` or ``"12.5 %"``."""
    if isinstance(value, bool):
        raise AnswerError(f"{value} is not a number. Write only the number, for example 75.")
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise AnswerError("That is not a usable number. Write a number such as 75.")
        return float(value)
    if isinstance(value, str):
        cleaned = re.sub(r"[\s,%₹₱$€]|R\$|Br|birr|rupees?|pesos?|reais", "", value, flags=re.I)
        try:
            return as_number(float(cleaned))
        except ValueError:
            pass
    raise AnswerError(f"{value!r} is not a number. Write only the number, for example 75.")


def as_choice(value: Any, choices: Sequence[str]) -> str:
    """One of ``choices``, ignoring case and spaces at the ends."""
    if isinstance(value, str):
        for choice in choices:
            if value.strip().lower() == choice.lower():
                return choice
    listed = ", ".join(f'"{c}"' for c in choices)
    raise AnswerError(f"{value!r} is not one of the choices. Write one of: {listed}.")
