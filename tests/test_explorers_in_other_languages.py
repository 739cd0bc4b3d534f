"""The explorers, the models' messages and the cases speak the language of the moment.

A pseudo-translation stands in for a catalogue: every message comes back with accents on its
vowels ("Number of members" -> "Númbér óf mémbérs"), placeholders kept, which lower() and
upper() keep too. Any word left with a plain vowel in what a reader sees is then a word that
does not go through gettext. Each
message asked for must also be one that Babel's extractor finds in the source (a message made
from a variable would never reach a translator). Numbers and money are French, as Babel writes
them. English is pinned by the other explorer tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path

import ipywidgets as widgets
import pytest
from babel.numbers import format_decimal

from sse_course.apps import (
    case_comparison,
    collective_purchase,
    diversified_income,
    network_enterprise,
    pad_enterprise,
)
from sse_course.apps.controls import control_in
from sse_course.cases import WHERE, case_words
from sse_course.display import DualDisplay
from sse_course.i18n.runtime import DOMAIN
from sse_course.models.collective_purchase import DEFAULTS as PURCHASE
from sse_course.models.collective_purchase import PurchaseInputs
from sse_course.models.diversified_income import DEFAULTS as GROUP
from sse_course.models.diversified_income import Shock
from sse_course.models.errors import ModelInputError
from sse_course.models.pad_enterprise import DEFAULTS as PADS
from sse_course.models.pad_enterprise import EnterpriseInputs

from .pseudo_translation import accented, english_words, extracted_messages, pseudo_french, seen

PACKAGE = Path(__file__).resolve().parent.parent / "sse_course"
KEYWORDS = {"gettext": None, "_": None, "pgettext": ((1, "c"), 2)}
EXPLORERS: dict[str, Callable[[], DualDisplay]] = {
    "collective purchase": collective_purchase.collective_purchase_explorer,
    "diversified income": diversified_income.diversified_income_explorer,
    "network enterprise": network_enterprise.network_enterprise_explorer,
    "pad enterprise": pad_enterprise.pad_enterprise_explorer,
    "case comparison": case_comparison.comparison_explorer,
}


@pytest.fixture
def asked(monkeypatch) -> Iterator[set[tuple[str, str | None, str]]]:
    """Speak pseudo-French (French numbers, accented words) for one test, then English again."""
    yield from pseudo_french(monkeypatch)


@pytest.mark.parametrize("name", EXPLORERS)
def test_the_static_book_has_no_english_word_left(asked, name):
    display = EXPLORERS[name]()
    assert english_words(seen(display.html)) == []
    assert english_words(display.text) == []
    assert "Number of members" not in display.html and "Please check" not in display.html


@pytest.mark.parametrize("name", EXPLORERS)
def test_the_live_widget_has_no_english_word_left(asked, name):
    panel = EXPLORERS[name]().widget
    shown = [panel.results.value, *(chart.value for chart in getattr(panel, "charts", ()))]
    controls = [control_in(child) for child in panel.children]  # a slider, not its row with its value
    shown += [f"{getattr(c, 'description', '') or ''} {getattr(c, 'tooltip', '') or ''}" for c in controls]
    shown += [child.value for child in panel.children if isinstance(child, widgets.HTML)]  # headings, notes
    shown += [label for child in panel.children for label, _value in getattr(child, "options", ())]  # a dropdown's
    assert english_words(" ".join(seen(text) for text in shown)) == []


def test_every_message_asked_for_is_in_the_source_for_the_extractor(asked):
    for make in EXPLORERS.values():
        make()
    extracted = extracted_messages()
    assert {domain for domain, _context, _message in asked} == {DOMAIN}
    # The cases' words come from cases.yml (the table case_words(), contexts cases:<key>).
    table = {(f"{WHERE}:{key}", english) for key, english in case_words().items()}
    from_cases = {(context, message) for _domain, context, message in asked if (context or "").startswith(WHERE + ":")}
    from_source = {(context, message) for _domain, context, message in asked} - from_cases
    assert from_source and from_source <= extracted, sorted(from_source - extracted)[:5]
    assert from_cases and from_cases <= table


def test_money_and_numbers_are_french(asked):
    html = collective_purchase.static_html()
    rupees = format_decimal(PURCHASE.running_costs, locale="fr") + "\u00a0₹"  # 15 000 ₹
    assert rupees in unescape(html) and "₹15,000" not in html
    html = pad_enterprise.static_html()
    assert format_decimal(PADS.monthly_overheads, locale="fr") + "\u00a0Br" in unescape(html)  # 3 000 Br
    html = diversified_income.static_html()
    assert format_decimal(GROUP.total, locale="fr") + "\u00a0₱" in unescape(html)  # 120 000 ₱


@pytest.mark.parametrize(
    "make",
    [
        lambda: PurchaseInputs(**{**PURCHASE.__dict__, "members": -3}),
        lambda: PurchaseInputs(**{**PURCHASE.__dict__, "bulk_tiers": ((5, 40),)}),
        lambda: EnterpriseInputs(**{**PADS.__dict__, "ngo_share_percent": 120}),
        lambda: Shock(stopped=["rugs"], start=11, length=4),
        lambda: Shock(stopped=["cakes"], start=1, length=1),
    ],
)
def test_impossible_inputs_get_the_plain_message_in_the_language(asked, make):
    with pytest.raises(ModelInputError) as caught:
        make()
    assert english_words(str(caught.value)) == [], str(caught.value)


def test_the_explorer_shows_the_translated_plain_message(asked):
    panel = pad_enterprise.pad_enterprise_explorer().widget
    panel.minutes.value = 0
    message = seen(panel.results.value)
    assert accented("Please check the numbers") in message and english_words(message) == []
    assert all(chart.value == "" for chart in panel.charts)


def test_a_decimal_in_a_message_has_the_french_comma(asked):
    with pytest.raises(ModelInputError) as caught:
        PurchaseInputs(**{**PURCHASE.__dict__, "need_per_member": -2.5})
    assert "-2,5" in str(caught.value)
