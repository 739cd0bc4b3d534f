"""Numbers, quantities and money as the course shows them: one place for the models' messages,
the explorers, the exercises' feedback, the handouts and the Moodle export.

Every function takes a ``locale``: a CLDR locale (``"pt_BR"``, ``"fr"``) or a course language's
code; by default the language the course speaks now (:func:`sse_course.i18n.runtime.current_language`).
English is the course's own style (``₹1,000``, ``Br 1,000``); every other language writes numbers,
money and percentages as CLDR says for its locale (``R$ 1.200,50`` in pt_BR, ``1 200,50 ₹`` with a
narrow no-break space in fr, ``R$1.200,50`` and ``Br 1.200`` in es_BO), read from
``sse_course/locales/numbers.json``, which
``make translations`` writes from Babel (:mod:`sse_course.i18n.numbers`): a kernel needs no Babel.
Money keeps the course's symbols (``Br``, not CLDR's ``ETB``), placed where the language puts a
currency's symbol. Whether an amount "is zero" or "is one" is decided on the number as shown
(:func:`rounded`), never by comparing formatted text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass
from decimal import Decimal
from functools import cache

from sse_course.i18n.languages import language
from sse_course.i18n.numbers import PLACEHOLDER, read_number_styles
from sse_course.i18n.runtime import current_language

#: Amounts and quantities are shown to this many decimal places, or whole if they round to it.
PLACES = 2
# Symbols as the course writes them in English, before the amount: ₹1,000, Br 1,000.
CURRENCY_SYMBOLS = {"INR": "₹", "ETB": "Br ", "PHP": "₱", "BRL": "R$"}
NO_BREAK_SPACE = "\u00a0"  # CLDR's currency spacing puts this one between
MINUS = "−"  # U+2212, not a hyphen: screen readers say "minus"


@dataclass(frozen=True)
class NumberStyle:
    group: str  # between thousands
    decimal: str  # before the decimals
    minimum_grouping: int = 1  # CLDR: group thousands only from 3 + this many digits (es: 2, so 1200)
    currency: str = "¤" + PLACEHOLDER  # ¤: the currency's symbol; {amount}: the amount
    percent: str = PLACEHOLDER + "%"


ENGLISH = NumberStyle(group=",", decimal=".")


@cache
def styles() -> dict[str, NumberStyle]:
    """Every style the course knows, by CLDR locale: English and ``numbers.json``'s."""
    return {"en": ENGLISH, **{code: NumberStyle(**fields) for code, fields in read_number_styles().items()}}


def _locale(locale: str | None) -> str:
    """The CLDR locale of ``locale`` (a CLDR locale or a course language's code or tag), or of
    the language the course speaks now."""
    if locale is None:
        return language(current_language()).locale
    if locale in styles():
        return locale
    try:
        return language(locale).locale
    except ValueError:
        return locale  # style() says it is unknown


def style(locale: str | None = None) -> NumberStyle:
    """How ``locale`` writes numbers; a clear error for a locale the course does not know yet."""
    code = _locale(locale)
    try:
        return styles()[code]
    except KeyError:
        raise ValueError(
            f"no number format for the locale {code!r} yet; known: {', '.join(sorted(styles()))} "
            "(make translations writes sse_course/locales/numbers.json for every language of the registry)"
        ) from None


def localised(english: str, locale: str | None = None) -> str:
    """``english`` (written with "," between thousands and "." before decimals) in ``locale``'s style."""
    chosen = style(locale)
    if chosen == ENGLISH:
        return english
    whole = english.lstrip("-").split(".")[0].split("e")[0]
    if chosen.minimum_grouping > 1 and len(whole.replace(",", "")) < 3 + chosen.minimum_grouping:
        english = english.replace(",", "")  # Spain (es): 1200, but 12.000
    return english.translate({ord(","): chosen.group, ord("."): chosen.decimal})


def rounded(value: float, places: int = PLACES) -> float:
    """``value`` as it is shown: whole if it is within half a hundredth of a whole number,
    else rounded to ``places`` decimals. Decide on this, not on the text."""
    whole = round(value)
    return float(whole) if abs(value - whole) < 0.5 * 10**-places else round(value, places)


def is_zero(value: float) -> bool:
    """Whether ``value`` is shown as 0 (``Br 0``, ``R$0``): it rounds to nothing."""
    return rounded(value) == 0


def quantity(value: float, locale: str | None = None) -> str:
    """``1,000`` for whole quantities (within half a hundredth), ``12.50`` style otherwise;
    ``1e+265`` for a huge one, which written out would be hundreds of digits."""
    if abs(value) >= 1e15:
        return localised(f"{value:.3g}", locale)
    shown = rounded(value)
    english = f"{round(shown):,}" if shown.is_integer() else f"{value:,.{PLACES}f}"
    return localised(english, locale)


def currency_code(currency: str) -> str:
    """The ISO code of ``currency``, given as a code (``"INR"``) or as its symbol (``"₹"``)."""
    if currency in CURRENCY_SYMBOLS:
        return currency
    for code, symbol in CURRENCY_SYMBOLS.items():
        if currency.strip() == symbol.strip():
            return code
    raise ValueError(f"unknown currency {currency!r}; known: {', '.join(CURRENCY_SYMBOLS)}")


def money(amount: float, currency: str, locale: str | None = None) -> str:
    """``₹1,000`` for whole amounts, ``₹36.50`` otherwise (``R$ 1.000``, ``36,50 ₹``, ``₹36,50`` in
    other languages: :func:`currency_pattern`); no sign (say "loss" or "surplus" in words, or use :func:`signed_money`).
    ``currency``: a code of :data:`CURRENCY_SYMBOLS` or its symbol."""
    symbol = CURRENCY_SYMBOLS[currency_code(currency)]
    amount_text = quantity(abs(amount), locale)
    if style(locale) == ENGLISH:
        return symbol + amount_text
    return currency_pattern(symbol.strip(), locale).replace("¤", symbol.strip()).replace(PLACEHOLDER, amount_text)


def currency_pattern(symbol: str, locale: str | None = None) -> str:
    """Where ``locale`` puts the currency's ``symbol`` (``¤``) and the amount (``{amount}``):
    its CLDR pattern, with CLDR's *currency spacing* (TR35, root's ``currencySpacing``, which
    Babel 2.18 does not apply): where the pattern puts the symbol against the number and the
    symbol's letter next to it is not itself a symbol (Unicode category S), a no-break space goes
    between, so Spanish (es_BO) writes ``₹1.200`` and ``R$1.200`` but ``Br 1.200``, as ICU does."""
    pattern = style(locale).currency
    if "¤" + PLACEHOLDER in pattern and not unicodedata.category(symbol[-1]).startswith("S"):
        pattern = pattern.replace("¤" + PLACEHOLDER, "¤" + NO_BREAK_SPACE + PLACEHOLDER)
    if PLACEHOLDER + "¤" in pattern and not unicodedata.category(symbol[0]).startswith("S"):
        pattern = pattern.replace(PLACEHOLDER + "¤", PLACEHOLDER + NO_BREAK_SPACE + "¤")
    return pattern


def amount_with_currency(currency: str, amount_text: str, locale: str | None = None) -> str:
    """``amount_text`` with a currency the learner wrote (``Br``, ``₹``, ``pesos``), where
    ``locale`` puts a currency: ``Br 36.50`` in the course's English, ``36,50 Br`` in French,
    ``Br 36,50`` and ``₹36,50`` in Spanish (:func:`currency_pattern`). The exercises' page script
    writes the same (sse-exercise.js, ``withCurrency``)."""
    sign = currency.strip()
    if style(locale) == ENGLISH:
        return f"{currency} {amount_text}"
    if not sign:
        return amount_text
    return currency_pattern(sign, locale).replace("¤", sign).replace(PLACEHOLDER, amount_text)


def style_for_scripts(locale: str | None = None) -> dict[str, object] | None:
    """``locale``'s style for a page script that writes numbers (sse-exercise.js): its marks and
    patterns, or None in the course's English (the script's own)."""
    chosen = style(locale)
    return None if chosen == ENGLISH else asdict(chosen)


def percent(value: float, locale: str | None = None) -> str:
    """``12%`` (``12 %`` in French): ``value`` is in per cent already (12, not 0.12)."""
    return style(locale).percent.replace(PLACEHOLDER, quantity(value, locale))


def signed_money(amount: float, currency: str, locale: str | None = None) -> str:
    """Like :func:`money`, with a minus sign for an amount below zero: ``−R$100`` (never ``−R$0``)."""
    text = money(amount, currency, locale)
    return MINUS + text if amount < 0 and not is_zero(amount) else text


def plain_number(value: float, places: int = 6, locale: str | None = None) -> str:
    """A number as a learner writes it on paper or types it in Moodle: no thousands separator, no
    exponent, no trailing zeros: 2022.0 -> ``2022``, 12.5 -> ``12.5``; at most ``places`` decimals."""
    english = str(int(value)) if float(value).is_integer() else f"{value:.{places}f}".rstrip("0").rstrip(".")
    return localised(english, locale)


def exact_number(value: float) -> str:
    """The number exactly as Python holds it, without an exponent: 16500.75, 1234567, 0.0000001
    (``:g`` rounded to 6 digits, so Moodle would have marked the right answer wrong)."""
    text = format(Decimal(repr(float(value))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
