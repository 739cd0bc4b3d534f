"""The explorers in each translated language, with the course's own catalogues (sse_course.mo):
a few known English sentences are gone and their translations are there, money is as Babel
writes it for the language, and an impossible input gets the translated plain message."""

from __future__ import annotations

from collections.abc import Iterator
from html import unescape

import pytest
from babel.numbers import format_decimal

from sse_course.apps import case_comparison, collective_purchase, network_enterprise, pad_enterprise
from sse_course.i18n.languages import languages
from sse_course.i18n.runtime import gettext, use_language
from sse_course.models.collective_purchase import DEFAULTS as PURCHASE
from sse_course.models.collective_purchase import PurchaseInputs
from sse_course.models.errors import ModelInputError

TRANSLATED = [lang.code for lang in languages() if not lang.is_source]
# Known sentences and labels of each explorer's static book, as the English writes them.
KNOWN = {
    collective_purchase.static_html: ["Number of members", "Result for the cooperative", "Units a month"],
    pad_enterprise.static_html: ["Pads sold a month", "Income per member", "Disposable pads"],
    network_enterprise.static_html: ["Own sales", "Gain from each way of working together", "Big orders"],
    case_comparison.static_html: ["The four cases: how each one works", "How it works"],
}


@pytest.fixture(params=TRANSLATED)
def code(request) -> Iterator[str]:
    use_language(request.param)
    yield request.param
    use_language("en")


@pytest.mark.parametrize("make", KNOWN, ids=[f.__module__.rsplit(".", 1)[-1] for f in KNOWN])
def test_the_static_book_speaks_the_language(code, make):
    html = unescape(make())
    for english in KNOWN[make]:
        translation = gettext(english)
        assert translation != english, f"{code}: {english!r} is not translated"
        assert translation in html and english not in html


def test_money_is_as_babel_writes_it(code):
    locale = next(lang.locale for lang in languages() if lang.code == code)
    html = unescape(collective_purchase.static_html())
    assert format_decimal(PURCHASE.running_costs, locale=locale) in html  # ₹15,000
    assert "15,000" not in html


def test_an_impossible_input_gets_the_translated_message(code):
    with pytest.raises(ModelInputError) as caught:
        PurchaseInputs(**{**PURCHASE.__dict__, "members": -3})
    message = str(caught.value)
    assert gettext("Members") in message and "must be" not in message
