"""Numbers and money in each language: the data file the kernel reads is what Babel's CLDR data
says, and the course's formatting writes what Babel writes (English stays the course's own)."""

from __future__ import annotations

import pytest
from babel.numbers import format_currency, format_decimal, format_percent

from sse_course.formatting import NumberStyle, money, percent, plain_number, quantity, signed_money, styles
from sse_course.i18n.languages import language, languages
from sse_course.i18n.numbers import number_style, number_styles, read_number_styles
from sse_course.i18n.runtime import current_language, use_language

TRANSLATED = [lang.locale for lang in languages() if not lang.is_source]


def test_the_file_is_what_babel_says():
    # `make translations` rewrites it; a Babel upgrade that changes a language's style shows here.
    assert read_number_styles() == number_styles()
    assert set(read_number_styles()) == set(TRANSLATED)


@pytest.mark.parametrize("locale", TRANSLATED)
@pytest.mark.parametrize("value", [0.5, 12.25, 999.5, 12_000.5, 1_234_567.75])
def test_decimals_and_thousands_as_babel_writes_them(locale, value):
    assert quantity(value, locale) == format_decimal(value, format="#,##0.00", locale=locale)


@pytest.mark.parametrize("locale", TRANSLATED)
def test_four_digit_numbers_are_grouped_in_every_edition(locale):
    # pt_BR, fr and es_BO (the Spanish edition's: es_419 sets CLDR's minimumGroupingDigits back to 1)
    assert quantity(1200, locale) == format_decimal(1200, locale=locale)


def test_spain_groups_thousands_only_from_five_digits(monkeypatch):
    # CLDR's minimumGroupingDigits for es is 2 (Babel does not apply it): 1200 but 12.000. No
    # edition uses es now (the Spanish one is es_BO's, where es_419 sets it back to 1), but a
    # language added with es would.
    assert number_style("es")["minimum_grouping"] == 2 and number_style("es_BO")["minimum_grouping"] == 1
    monkeypatch.setitem(styles(), "es", NumberStyle(**number_style("es")))
    assert quantity(1200, "es") == "1200"
    assert quantity(1200.5, "es") == "1200,50"
    assert quantity(12_000, "es") == "12.000"
    assert quantity(-1200, "es") == "-1200"
    assert money(1200, "INR", "es") == "1200\u00a0₹"


def test_the_spanish_edition_writes_latin_american_money():
    # es_BO: decimal comma, the sign first, against the number unless the sign ends in a letter
    # (CLDR's currency spacing, which ICU applies and Babel does not): R$1.200, Br 1.200, 56%.
    assert language("es").locale == "es_BO"
    assert money(1200.5, "BRL", "es") == "R$1.200,50"
    assert money(1200, "INR", "es") == "₹1.200"
    assert money(1200, "ETB", "es") == "Br\u00a01.200"
    assert signed_money(-36.5, "PHP", "es") == "−₱36,50"
    assert percent(56, "es") == "56%"


@pytest.mark.parametrize(
    ("locale", "currency"),
    # Where CLDR's symbol in that language is the course's own, the whole amount is Babel's.
    [("pt_BR", "BRL"), ("pt_BR", "INR"), ("fr", "BRL"), ("fr", "INR")],
)
def test_money_is_babels_where_the_symbols_agree(locale, currency):
    assert money(1200.5, currency, locale) == format_currency(1200.5, currency, locale=locale)
    assert money(36.5, currency, locale) == format_currency(36.5, currency, locale=locale)


def test_money_keeps_the_courses_symbols_where_cldr_writes_a_code():
    # CLDR writes ETB and PHP; the course's pages say Br and ₱ in every language.
    assert money(1200, "ETB", "pt_BR") == "Br\u00a01.200"
    assert money(1200, "PHP", "fr") == "1\u202f200\u00a0₱"
    assert signed_money(-36.5, "PHP", "pt_BR") == "−₱\u00a036,50"


def test_percentages_as_babel_writes_them():
    for locale in TRANSLATED:
        assert percent(12, locale) == format_percent(0.12, locale=locale)


def test_english_is_unchanged():
    assert money(1000, "INR", "en") == "₹1,000"
    assert money(36.5, "ETB", "en") == "Br 36.50"
    assert percent(12, "en") == "12%"
    assert plain_number(12.5, locale="en") == "12.5"


@pytest.fixture
def french():
    before = current_language()
    use_language("fr")
    yield
    use_language(before)


@pytest.mark.usefixtures("french")
def test_the_current_language_is_the_default():
    assert money(1200.5, "INR") == format_currency(1200.5, "INR", locale="fr")
    assert plain_number(2.5) == "2,5"
    assert money(1000, "INR", "en") == "₹1,000"  # a locale given wins


def test_an_unknown_locale_is_a_clear_error():
    with pytest.raises(ValueError, match="no number format for the locale 'sw'"):
        money(1, "INR", "sw")
