"""The case studies' print-outs of a model's result (sse_course/apps/printouts.py): the English
lines a learner reads under the model's cell, and the same lines in each translated language,
read from its catalogue, with no English label left and money written by the language's rule."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

import pytest
from babel.messages.pofile import read_po

from sse_course.apps import printouts
from sse_course.formatting import money, quantity
from sse_course.i18n.languages import LOCALES, languages
from sse_course.i18n.runtime import use_language
from sse_course.models import collective_purchase, diversified_income, network_enterprise, pad_enterprise

TRANSLATED = [lang for lang in languages() if not lang.is_source]


def atemdo() -> str:
    return printouts.network_summary(network_enterprise.simulate(network_enterprise.DEFAULTS))


def atemdo_fund() -> str:
    return printouts.fund_summary(network_enterprise.revolving_fund(network_enterprise.FUND_DEFAULTS))


def patamaba() -> str:
    return printouts.income_summary(diversified_income.simulate())


def sewa() -> str:
    inputs = collective_purchase.DEFAULTS
    return printouts.purchase_summary(
        collective_purchase.simulate(inputs), collective_purchase.break_even_members(inputs)
    )


def wise() -> str:
    inputs = pad_enterprise.DEFAULTS
    return printouts.pad_summary(
        pad_enterprise.costing(inputs),
        pad_enterprise.break_even(inputs),
        pad_enterprise.month(inputs),
        pad_enterprise.month_without_ngo_orders(inputs),
        pad_enterprise.buyer_year(pad_enterprise.BUYER_DEFAULTS),
    )


#: What each print-out says in English with the made-up defaults, line by line, as the notebook
#: showed it before the lines moved into the package (only the spaces that line up the values
#: changed), and one amount of it (with a thousands' group) that each language writes its own way.
ENGLISH: dict[Callable[[], str], tuple[str, Callable[[str], str] | None]] = {
    atemdo: (
        """One member, one month (R$)
            Alone  Together
Sales       1,000     1,080
Costs         450       255
Net income    550       825

Gain from working together:
  Buying together:     R$60
  Producing together:  R$80
  Selling together:    R$135
  Total:               R$275""",
        lambda locale: quantity(1_000, locale),  # the table's sales, under its heading's (R$)
    ),
    atemdo_fund: (
        """Months  Loans each month
1-6     0 0 1 0 1 0
7-12    1 1 1 1 1 1
Members who borrowed: 8 of 10""",
        None,
    ),
    patamaba: (
        """Normal month, both groups: ₱120,000

Diversified group
  Worst month:        ₱66,000
  Gap best to worst:  ₱54,000
  Year's income:      ₱1,278,000
  After food in the worst month,
  per member:
    with kitchen:     ₱400 left
    without kitchen:  ₱1,100 short

Garments only
  Worst month:        ₱0
  Gap best to worst:  ₱120,000
  Year's income:      ₱1,080,000
  After food in the worst month,
  per member:
    with kitchen:     ₱6,200 short
    without kitchen:  ₱7,700 short""",
        lambda locale: money(1_278_000, "PHP", locale),
    ),
    sewa: (
        """Units bought:   4,000 a month
Bulk price:     ₹40 a unit
Member saves:   ₹60 a month
Surplus:        ₹1,000 a month
Break-even at:  375 members""",
        lambda locale: money(1_000, "INR", locale),
    ),
    wise: (
        """Cost of a pad:   Br 50
With margin:     Br 60
Break-even:      200 pads a month
Each member:     Br 1,500 a month
  if NGOs stop:  Br 600 a month
A buyer's year:
  disposable:     Br 900
  reusable:       Br 210
  waste avoided:  180 pads""",
        lambda locale: money(1_500, "ETB", locale),
    ),
}
IDS = [make.__name__ for make in ENGLISH]
WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str | tuple) -> set[str]:
    """The words of a text, or of every form of a plural entry's."""
    texts = text if isinstance(text, tuple) else (text,)
    return {word.lower() for form in texts for word in WORD.findall(form)}


@cache
def catalogue(code: str):
    with open(LOCALES / code / "LC_MESSAGES" / "sse_course.po", "rb") as file:
        return read_po(file)


def kept_words(code: str) -> set[str]:
    """The words a translator of ``code`` kept as the English has them somewhere (``Total``,
    ``normal``): not English left behind."""
    return {word for message in catalogue(code) if message.id for word in words(message.id) & words(message.string)}


def literal_parts(message: str) -> list[str]:
    """The words of an entry around its placeholders: ``{count} a month`` -> ``["a month"]``."""
    return [part.strip() for part in re.split(r"\{\w+\}", message) if part.strip()]


@pytest.fixture(params=TRANSLATED, ids=[lang.code for lang in TRANSLATED])
def lang(request) -> Iterator:
    use_language(request.param.code)
    yield request.param
    use_language("en")


@pytest.mark.parametrize("make", ENGLISH, ids=IDS)
def test_the_english_print_out_keeps_its_lines(make):
    use_language("en")
    assert make() == ENGLISH[make][0]


@pytest.mark.parametrize("make", ENGLISH, ids=IDS)
def test_a_translated_print_out_has_no_english_label_left(lang, make):
    shown = make()
    left = words(ENGLISH[make][0]) & words(shown) - kept_words(lang.code)
    assert not left, f"{lang.code}: English words left in the print-out: {sorted(left)}\n{shown}"
    for message in catalogue(lang.code):
        if message.context != printouts.CONTEXT:
            continue
        used = all(part in ENGLISH[make][0] for part in literal_parts(message.id))
        if used:
            assert message.string, f"{lang.code}: {message.id!r} has no translation"
            for part in literal_parts(message.string):
                assert part in shown, f"{lang.code}: {message.string!r} (for {message.id!r}) is not in\n{shown}"


@pytest.mark.parametrize("make", ENGLISH, ids=IDS)
def test_a_translated_print_out_writes_numbers_by_the_languages_rule(lang, make):
    english, form = ENGLISH[make]
    shown = make()
    assert len(shown.splitlines()) == len(english.splitlines())
    if form is None:  # the fund's print-out: counts under 1,000, the same in every language
        assert quantity(8, lang.locale) in shown.splitlines()[-1]
        return
    assert form(lang.locale) in shown and form("en") not in shown
    for written in amounts(shown):
        value = float(re.sub(r"[^\d,]", "", written).replace(",", "."))  # the three write a decimal comma
        currency = next(sign for sign in SIGNS if sign in written)
        assert written == money(value, currency, lang.locale), f"{lang.code}: {written!r}"


#: The currencies' signs, and an amount with its sign before or after it, as any language writes it.
SIGNS = ("R$", "₹", "₱", "Br")
_SIGN = "|".join(map(re.escape, SIGNS))
_NUMBER = r"\d(?:[\d.,\u202f]*\d)?"
AMOUNT = re.compile(rf"(?:{_SIGN})[ \u00a0]?{_NUMBER}|{_NUMBER}[ \u00a0](?:{_SIGN})")


def amounts(text: str) -> list[str]:
    """Every amount of money in ``text``, with its sign."""
    return [found.group() for found in AMOUNT.finditer(text) if any(sign in found.group() for sign in SIGNS)]


def test_amounts_finds_every_form_of_money():
    text = "R$60 R$ 1.200 60\u00a0R$ Br 50 Br\u00a01.500 1\u202f500\u00a0Br ₱0 ₹1,000 375 membres"
    assert amounts(text) == [
        "R$60",
        "R$ 1.200",
        "60\u00a0R$",
        "Br 50",
        "Br\u00a01.500",
        "1\u202f500\u00a0Br",
        "₱0",
        "₹1,000",
    ]


def test_a_fund_of_more_than_a_year_shows_every_month_six_to_a_line():
    use_language("en")
    fund = network_enterprise.revolving_fund(replace(network_enterprise.FUND_DEFAULTS, months=14))
    lines = printouts.fund_summary(fund).splitlines()
    assert [line.split()[0] for line in lines[1:4]] == ["1-6", "7-12", "13-14"]
    assert len(lines[3].split()) == 1 + 2


def test_a_cooperative_that_never_breaks_even_says_so(lang):
    inputs = replace(collective_purchase.DEFAULTS, member_price=collective_purchase.DEFAULTS.retail_price / 2)
    outcome = collective_purchase.simulate(inputs)
    assert collective_purchase.break_even_members(inputs) is None
    shown = printouts.purchase_summary(outcome, None)
    assert quantity(collective_purchase.MAX_MEMBERS, lang.locale) in shown
    assert "none up to" not in shown
