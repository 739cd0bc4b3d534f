"""How the course reads a number a learner types: one rule for the quizzes in Jupyter, the
exercise checks and the book's pages (``static/sse-quiz.js`` implements the same rule, and
``tests/number_reading.json`` holds the examples both must agree on).

The rule, as the page tells learners ("number_hint" in ``strings/en.yml``):

- Spaces at the ends do not count. A leading ``+``, ``-`` or ``−`` gives the sign.
- Digits may be 0-9 or the digits of the scripts our learners use: Arabic-Indic (٠-٩, ۰-۹),
  Devanagari (०-९), Bengali (০-৯) and full-width (０-９). Nothing else: no letters, no
  exponents (``1e3``), no underscores (``6_0``).
- The decimal mark is a point (``12.5``) or a comma (``12,5``): learners in Brazil and in
  francophone Africa write a decimal comma.
- Thousands may be grouped with commas, points or spaces, but only in real groups: ``1,500,000``,
  ``1.500.000``, ``1 500 000``, ``15,00,000`` (Indian lakhs), ``1,234.5``, ``1.234,5``. ``1 2 0``
  is not a number.
- One comma or one point followed by exactly three digits (``1,500``, ``1.500``) could be one
  thousand five hundred or one and a half: English writes the first, Brazil and Latin America the
  second for 1500. The learner is asked to write ``1500`` or ``1.5``, never guessed for.
- At most 60 characters, and the result is always a finite number.

Errors are the keys of the interface strings: ``type_number`` (nothing typed),
``not_a_number``, ``number_ambiguous``. A quiz question with a unit reads its box with
:func:`read_amount` too, and says ``millions_hint`` where the unit is millions.

An exercise's number box has a unit (birr, %, million, ...), and :func:`read_amount` reads what a
person writes there for an amount, by the same rule plus three things (``AMOUNT_HINT`` says them to
the learner, and the page shows it beside the box):

- A currency sign or a unit word before or after the number is taken off: ``R$ 1 200``, ``Br 50``,
  ``₹75``, ``12.5 %``, ``120 members``. Only one of each side, and never inside the number.
- In an amount of money (the box's unit is birr, rupees, pesos, reais or "money", as on a
  canvas, or a currency sign is typed), one comma or one point before exactly three digits groups thousands, because money has
  at most two decimals: ``1,200``, ``R$ 1.200`` and ``Br 1,200`` are 1200, as the course and
  Brazil write them. Elsewhere the rule above holds: ``1,200 %`` and ``1.200`` are asked about.
- The word ``million`` after a number counts millions: ``260 million`` is 260,000,000. In a box
  whose unit is millions the answer is in millions, so ``260``, ``260 million`` and
  ``260,000,000`` are all 260: a number of a million or more there counts one by one.

The unit words are the English ones, and, in a box of a page or notebook in another language,
that language's too: ``units`` maps each English unit to its word in the learner's language (the
course's ``UNIT_WORDS``, sse_course/i18n/units.py, from the package catalogue), so ``120 socias`` and ``150 milhões``
read as ``120 members`` and ``150 million`` do. A learner may copy an English number, so the
English words stay.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache

MAX_LENGTH = 60
# Spaces taken off the ends, and the spaces that may group thousands.
_END_SPACES = " \t\n\r\u00a0\u2009\u202f\u3000\ufeff"
_GROUP_SPACES = re.compile("[ \u00a0\u2009\u202f]")
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10)
_DIGITS = {zero + k: str(k) for zero in _DIGIT_ZEROS for k in range(10)}
_DIGITS[0x2212] = "-"  # the minus sign some keyboards give
_SHAPE = re.compile(r"([+-]?)([0-9., ]+)")


class NumberError(ValueError):
    """The text is not a number by the course's rule; the message is an interface string key."""


def read_number(text: str) -> float:
    """The number in ``text`` by the rule above; raises :class:`NumberError`."""
    if len(text) > MAX_LENGTH:
        raise NumberError("not_a_number")
    text = text.strip(_END_SPACES)
    if not text:
        raise NumberError("type_number")
    match = _SHAPE.fullmatch(_GROUP_SPACES.sub(" ", text.translate(_DIGITS)))
    if not match or not re.search("[0-9]", match.group(2)):
        raise NumberError("not_a_number")
    sign, body = match.groups()
    whole, fraction = _split(body)
    if not re.fullmatch("[0-9]*", fraction) or (fraction == "" and body[-1:] in ".,"):
        raise NumberError("not_a_number")
    digits = _ungroup(whole, allow_empty=fraction != "")
    value = float(f"{sign}{digits or '0'}.{fraction or '0'}")
    if not math.isfinite(value):
        raise NumberError("not_a_number")
    return value


# What may stand before or after the number in an exercise's box (not inside it), in English.
_UNIT = r"%|₹|₱|R\$|\$|€|Br|birr|rupees?|pesos?|reais|members?|minutes?|people|women|items?"
_MILLION = "millions?"
_ONE_THOUSANDS_MARK = re.compile(r"[+-]?[0-9]{1,3}[.,][0-9]{3}")
_MONEY = {"₹", "₱", "r$", "$", "€", "br", "birr", "rupee", "rupees", "peso", "pesos", "reais", "money"}
MILLION = 1_000_000


def is_money(unit: str) -> bool:
    return unit.strip().lower() in _MONEY


def in_millions(unit: str) -> bool:
    return unit.strip().lower() in ("million", "millions")


def amount_hint(unit: str) -> str:
    """What the page and the notebook say about how to type an amount in ``unit``."""
    from sse_course.quiz.strings import interface_strings

    words = interface_strings()  # amount_hint and millions_hint, in the language of the moment
    return f"{words['amount_hint']} {words['millions_hint']}" if in_millions(unit) else words["amount_hint"]


@lru_cache(maxsize=16)
def _amount(units: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """The shape of an amount: the English unit words and ``units``' words (English unit, word)."""
    words = sorted({w.strip() for u, w in units if u != "million" and w.strip()}, key=len, reverse=True)
    millions = sorted({w.strip() for u, w in units if u == "million" and w.strip()}, key=len, reverse=True)
    unit = "|".join([_UNIT, *map(re.escape, words)])
    million = "|".join([_MILLION, *map(re.escape, millions)])
    return re.compile(
        rf"\s*(?P<before>{unit})?\s*(?P<number>.*?)\s*(?P<million>{million})?\s*(?P<after>{unit})?\s*", re.I | re.S
    )


def read_amount(text: str, unit: str = "", units: Mapping[str, str] | None = None) -> float:
    """An amount typed in a box whose unit is ``unit``, by the rule above; raises :class:`NumberError`.
    ``units``: each English unit's word in the learner's language, read as the English one."""
    if len(text) > MAX_LENGTH:
        raise NumberError("not_a_number")
    given = tuple(sorted((units or {}).items()))
    parts = _amount(given).fullmatch(text)
    if not parts or not parts["number"].strip(_END_SPACES):
        return read_number(parts["number"] if parts else text)  # the error for a blank box
    number = parts["number"]
    english = {w.strip().lower(): u for u, w in given}  # a word typed -> its English unit
    unit = english.get(unit.strip().lower(), unit)  # a box named in the learner's language
    money = is_money(unit) or any(
        is_money(english.get((parts[side] or "").lower(), parts[side] or "")) for side in ("before", "after")
    )
    if money and _ONE_THOUSANDS_MARK.fullmatch(number.strip(_END_SPACES)):
        number = number.replace(".", "").replace(",", "")
    value = read_number(number)
    if parts["million"]:
        value *= MILLION
    if in_millions(unit) and abs(value) >= MILLION:
        value /= MILLION
    return value


def _split(body: str) -> tuple[str, str]:
    """(whole part, fraction) at the decimal mark: the last of a point and a comma when both
    appear, one point, or one comma; several of the same mark are thousands separators."""
    points, commas = body.count("."), body.count(",")
    if points and commas:
        mark = "." if body.rfind(".") > body.rfind(",") else ","
    elif points == 1 or commas == 1:
        mark = "." if points else ","
        whole, fraction = body.split(mark)
        if re.fullmatch("[1-9][0-9]{0,2}", whole) and re.fullmatch("[0-9]{3}", fraction):
            raise NumberError("number_ambiguous")
    else:
        return body, ""
    if body.count(mark) != 1:
        raise NumberError("not_a_number")
    whole, fraction = body.split(mark)
    return whole, fraction


def _ungroup(whole: str, allow_empty: bool) -> str:
    """The digits of the whole part, checking that any thousands separator groups them truly."""
    if re.fullmatch("[0-9]+", whole) or (allow_empty and whole == ""):
        return whole
    separators = set(re.sub("[0-9]", "", whole))
    if len(separators) == 1:
        sep = re.escape(separators.pop())
        western = f"[0-9]{{1,3}}({sep}[0-9]{{3}})+"
        indian = f"[0-9]{{1,2}}({sep}[0-9]{{2}})*{sep}[0-9]{{3}}"
        if re.fullmatch(western, whole) or re.fullmatch(indian, whole):
            return re.sub("[^0-9]", "", whole)
    raise NumberError("not_a_number")
