"""Numbers, quantities and money as the course shows them: one place for the models' messages,
the explorers, the exercises' feedback, the handouts and the Moodle export.

Every function takes a ``locale`` (default ``"en"``), so that a translation only adds a
:class:`NumberStyle` here (or swaps these bodies for Babel's) and every caller follows. Whether an
amount "is zero" or "is one" is decided on the number as shown (:func:`rounded`), never by
comparing formatted text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: Amounts and quantities are shown to this many decimal places, or whole if they round to it.
PLACES = 2
# Symbols as the course writes them in English, before the amount: ₹1,000, Br 1,000.
CURRENCY_SYMBOLS = {"INR": "₹", "ETB": "Br ", "PHP": "₱", "BRL": "R$"}
MINUS = "−"  # U+2212, not a hyphen: screen readers say "minus"


@dataclass(frozen=True)
class NumberStyle:
    group: str  # between thousands
    decimal: str  # before the decimals


STYLES = {"en": NumberStyle(group=",", decimal=".")}


def style(locale: str = "en") -> NumberStyle:
    """How ``locale`` writes numbers; a clear error for a locale the course does not know yet."""
    try:
        return STYLES[locale]
    except KeyError:
        raise ValueError(
            f"no number format for the locale {locale!r} yet; known: {', '.join(sorted(STYLES))}"
        ) from None


def _localised(english: str, locale: str) -> str:
    """``english`` (written with "," between thousands and "." before decimals) in ``locale``'s style."""
    if locale == "en":
        return english
    chosen = style(locale)
    return english.translate({ord(","): chosen.group, ord("."): chosen.decimal})


def rounded(value: float, places: int = PLACES) -> float:
    """``value`` as it is shown: whole if it is within half a hundredth of a whole number,
    else rounded to ``places`` decimals. Decide on this, not on the text."""
    whole = round(value)
    return float(whole) if abs(value - whole) < 0.5 * 10**-places else round(value, places)


def is_zero(value: float) -> bool:
    """Whether ``value`` is shown as 0 (``Br 0``, ``R$0``): it rounds to nothing."""
    return rounded(value) == 0


def quantity(value: float, locale: str = "en") -> str:
    """``1,000`` for whole quantities (within half a hundredth), ``12.50`` style otherwise;
    ``1e+265`` for a huge one, which written out would be hundreds of digits."""
    if abs(value) >= 1e15:
        return _localised(f"{value:.3g}", locale)
    shown = rounded(value)
    english = f"{round(shown):,}" if shown.is_integer() else f"{value:,.{PLACES}f}"
    return _localised(english, locale)


def currency_code(currency: str) -> str:
    """The ISO code of ``currency``, given as a code (``"INR"``) or as its symbol (``"₹"``)."""
    if currency in CURRENCY_SYMBOLS:
        return currency
    for code, symbol in CURRENCY_SYMBOLS.items():
        if currency.strip() == symbol.strip():
            return code
    raise ValueError(f"unknown currency {currency!r}; known: {', '.join(CURRENCY_SYMBOLS)}")


def money(amount: float, currency: str, locale: str = "en") -> str:
    """``₹1,000`` for whole amounts, ``₹36.50`` otherwise; no sign (say "loss" or "surplus" in
    words, or use :func:`signed_money`). ``currency``: a code of :data:`CURRENCY_SYMBOLS` or its symbol."""
    return CURRENCY_SYMBOLS[currency_code(currency)] + quantity(abs(amount), locale)


def signed_money(amount: float, currency: str, locale: str = "en") -> str:
    """Like :func:`money`, with a minus sign for an amount below zero: ``−R$100`` (never ``−R$0``)."""
    text = money(amount, currency, locale)
    return MINUS + text if amount < 0 and not is_zero(amount) else text


def plain_number(value: float, places: int = 6, locale: str = "en") -> str:
    """A number as a learner writes it on paper or types it in Moodle: no thousands separator, no
    exponent, no trailing zeros: 2022.0 -> ``2022``, 12.5 -> ``12.5``; at most ``places`` decimals."""
    english = str(int(value)) if float(value).is_integer() else f"{value:.{places}f}".rstrip("0").rstrip(".")
    return _localised(english, locale)


def exact_number(value: float) -> str:
    """The number exactly as Python holds it, without an exponent: 16500.75, 1234567, 0.0000001
    (``:g`` rounded to 6 digits, so Moodle would have marked the right answer wrong)."""
    text = format(Decimal(repr(float(value))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
