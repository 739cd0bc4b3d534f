"""The collective-purchase explorer: what its widget, static HTML and plain text show (illustrative ₹).
The contract every explorer keeps (note, tables, charts, display, messages) is in test_explorers.py."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from sse_course.apps.collective_purchase import collective_purchase_explorer, rupees, surplus_chart_svg, surplus_words
from sse_course.models.collective_purchase import DEFAULTS

from .test_explorers import panel_text


@pytest.fixture
def explorer():
    return collective_purchase_explorer()


def test_static_html_and_text(explorer):
    page = explorer.html
    assert "<caption>Illustrative outcomes by number of members (₹ per month)</caption>" in page
    # The default 400-member row: 4,000 units at ₹40, ₹1,000 surplus; ₹60 saved each at any size.
    assert '<th scope="row">400</th><td>4,000</td><td>₹40</td><td>surplus ₹1,000</td>' in page
    assert "each member saves ₹60 a month" in page
    assert "<td>loss ₹11,000</td>" in page
    assert "375 members" in page
    text = explorer.text
    assert re.search(r"400\s+4,000\s+₹40\s+surplus ₹1,000", text)
    assert "each member saves ₹60 a month" in text


def test_chart_is_described():
    svg = surplus_chart_svg(DEFAULTS)
    assert 'viewBox="0 0 360 220"' in svg
    assert re.search(r'aria-label="[^"]*375 members', svg)
    assert "break even: 375" in svg and "400 members: surplus ₹1,000" in svg


def test_fixed_wholesale_prices_are_shown(explorer):
    assert "₹45 a unit from 0 units" in explorer.widget.children[5].value


def test_panel_shows_defaults(explorer):
    text = panel_text(explorer)
    assert "Saving per member: ₹60 a month" in text
    assert "4,000" in text and "₹40 a unit" in text
    assert "surplus ₹1,000" in text and "375 members" in text


def test_changing_members_updates_panel(explorer):
    explorer.widget.members.value = 100
    text = panel_text(explorer)
    assert "loss ₹11,000" in text and "1,000 a month" in text
    assert "100 members: loss ₹11,000" in explorer.widget.chart.value
    explorer.widget.members.value = 500
    assert "surplus ₹25,000" in panel_text(explorer)


def test_changing_prices_updates_panel(explorer):
    explorer.widget.member_price.value = 30
    text = panel_text(explorer)
    assert "loss" in text and "does not cover its costs" in text
    assert "Saving per member: ₹200 a month" in text


def test_other_inputs():
    display = collective_purchase_explorer(replace(DEFAULTS, members=800, member_price=30))
    assert display.widget.members.max >= 800
    assert "does not cover its costs" in display.html
    assert "does not cover its costs" in display.text


def test_formatting():
    assert rupees(1000) == "₹1,000" and rupees(-1000) == "₹1,000" and rupees(36.5) == "₹36.50"
    assert surplus_words(-1000) == "loss ₹1,000"
    assert surplus_words(2.5) == "surplus ₹2.50"
    assert surplus_words(0) == "₹0 (breaks even)"
