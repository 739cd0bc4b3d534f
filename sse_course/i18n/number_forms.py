"""Money and percentages in a translated text, written by its language's one rule.

The package writes money and percentages as CLDR says for the edition's locale
(:mod:`sse_course.formatting`, reading ``sse_course/locales/numbers.json``): ``R$ 1.200`` and
``56%`` in Portuguese (Brazil), ``R$1.200`` and ``56%`` in Spanish (``es_BO``), ``1 200 R$`` and
``56 %`` in French, each space a no-break one. A translator's sentence beside the explorer's must
write them the same way, or a page shows two styles. :func:`problems` finds each amount or
percentage of a text written otherwise and says how the rule writes it; :func:`corrected` rewrites
them so. Only the form changes: the number's digits and decimals stay as they are.

An amount is a number next to one of the course's currency symbols (``₹``, ``Br``, ``₱``,
``R$``, written ``R\\$`` in a notebook's Markdown), on either side, with or without a space; a
percentage is a number or a ``{placeholder}`` followed by ``%``. The number is read in the
language's own marks (``1.200,50``; ``1 200,50`` with any space in French).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sse_course.formatting import CURRENCY_SYMBOLS, NumberStyle, currency_pattern, localised, style
from sse_course.i18n.numbers import PLACEHOLDER

SPACES = " \u00a0\u202f"
# The course's symbols; R$ may be escaped (R\$) in a notebook's Markdown, where $ opens maths.
_SYMBOLS = sorted({symbol.strip() for symbol in CURRENCY_SYMBOLS.values()}, key=len, reverse=True)
SYMBOL = "(?:" + "|".join(re.escape(s).replace(r"\$", r"\\?\$") for s in _SYMBOLS) + ")"


@dataclass(frozen=True)
class Misformed:
    written: str  # as the text has it
    expected: str  # as the language's rule writes it


@cache
def _patterns(locale: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    chosen = style(locale)
    groups = SPACES if chosen.group.isspace() else chosen.group
    group = "[" + re.escape(groups) + "]"
    decimal = re.escape(chosen.decimal)
    number = rf"(?<![\d.,])(?:\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{decimal}\d+)?(?![\d]|[.,]\d)"
    space = f"[{SPACES}]?"
    before = re.compile(rf"(?<![\w\\$])(?P<symbol>{SYMBOL}){space}(?P<number>{number})")
    after = re.compile(rf"(?P<number>{number}){space}(?P<symbol>{SYMBOL})(?![\w$])")
    percent = re.compile(rf"(?P<number>{number}|\{{\w+\}}){space}%")
    return before, after, percent


def _amount(written: str, chosen: NumberStyle, locale: str) -> str:
    """``written`` (in the language's marks) grouped and marked as the language's rule says."""
    if written.startswith("{"):
        return written
    whole, _, decimals = written.partition(chosen.decimal)
    digits = "".join(c for c in whole if c.isdigit())
    english = f"{int(digits):,}" + (f".{decimals}" if decimals else "")
    return localised(english, locale)


def _expected(match: re.Match[str], locale: str, money: bool) -> str:
    chosen = style(locale)
    amount = _amount(match.group("number"), chosen, locale)
    if not money:
        return chosen.percent.replace("{amount}", amount)
    symbol = match.group("symbol")
    return currency_pattern(symbol.replace("\\", ""), locale).replace("¤", symbol).replace("{amount}", amount)


def _matches(text: str, locale: str) -> list[tuple[re.Match[str], str]]:
    """Each amount and percentage of ``text`` with its form by the rule, in order, none twice.

    A sign between two numbers ("50 Br 3 fois") is read on the side the language puts it first,
    so a sentence written by the rule is never flagged, nor "corrected" into "50 3 Br fois"."""
    before, after, percent = _patterns(locale)
    sides = (after, before) if style(locale).currency.startswith(PLACEHOLDER) else (before, after)
    found: list[tuple[re.Match[str], str]] = []
    taken: list[range] = []
    for pattern, money in ((sides[0], True), (sides[1], True), (percent, False)):
        for match in pattern.finditer(text):
            if any(match.start() in span or match.end() - 1 in span for span in taken):
                continue
            taken.append(range(match.start(), match.end()))
            found.append((match, _expected(match, locale, money)))
    return sorted(found, key=lambda pair: pair[0].start())


def problems(text: str, locale: str) -> list[Misformed]:
    """Each amount or percentage of ``text`` that ``locale`` (a CLDR locale or a course language's
    code) writes otherwise, with the form it writes."""
    return [Misformed(m.group(0), expected) for m, expected in _matches(text, locale) if m.group(0) != expected]


def corrected(text: str, locale: str) -> str:
    """``text`` with each of its amounts and percentages written by ``locale``'s rule."""
    pieces, end = [], 0
    for match, expected in _matches(text, locale):
        pieces += [text[end : match.start()], expected]
        end = match.end()
    return "".join(pieces) + text[end:]
