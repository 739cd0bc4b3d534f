"""The collective-purchase explorer: widget, static HTML and plain text (illustrative ₹)."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import ipywidgets as widgets
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.apps.collective_purchase import collective_purchase_explorer
from sse_course.apps.collective_purchase import rupees, surplus_chart_svg, surplus_words
from sse_course.display import WIDGET_MIME
from sse_course.models.collective_purchase import DEFAULTS


@pytest.fixture
def explorer():
    return collective_purchase_explorer()


def panel_text(explorer) -> str:
    """The results panel without its tags."""
    return re.sub(r"<[^>]+>", " ", explorer.widget.results.value)


def test_mimebundle(explorer):
    bundle = explorer._repr_mimebundle_()
    assert WIDGET_MIME in bundle
    page = bundle["text/html"]
    assert "<table>" in page
    assert "<caption>Illustrative outcomes by number of members (₹ per month)</caption>" in page
    assert page.count('<th scope="col">') == 4
    assert "illustrative" in page.lower()
    # The default 100-member row: 1,000 units at ₹40, ₹1,000 surplus; ₹60 saved each at any size.
    assert '<th scope="row">100</th><td>1,000</td><td>₹40</td><td>surplus ₹1,000</td>' in page
    assert "each member saves ₹60 a month" in page
    assert "<td>loss ₹3,250</td>" in page
    assert "75 members" in page
    text = bundle["text/plain"]
    assert re.search(r"100\s+1,000\s+₹40\s+surplus ₹1,000", text)
    assert "each member saves ₹60 a month" in text
    assert "<" not in text


def test_static_html_is_well_formed_and_escaped(explorer):
    class Checker(HTMLParser):
        def __init__(self):
            super().__init__()
            self.open: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag not in {"line", "rect", "circle", "path"}:
                self.open.append(tag)

        def handle_startendtag(self, tag, attrs):
            pass

        def handle_endtag(self, tag):
            assert self.open.pop() == tag

    checker = Checker()
    checker.feed(explorer.html)
    assert checker.open == []
    assert "Dura Sundari&#x27;s" in explorer.html


def test_chart_is_light_self_contained_and_described():
    svg = surplus_chart_svg(DEFAULTS)
    assert len(svg.encode()) < 8 * 1024
    assert 'viewBox="0 0 360 220"' in svg and 'width="100%"' in svg
    assert "href" not in svg and "url(" not in svg
    assert svg.count("http") == 1  # only the xmlns
    assert "<title>" in svg and 'role="img"' in svg
    assert re.search(r'aria-label="[^"]*75 members', svg)
    assert "break even: 75" in svg and "100 members: surplus ₹1,000" in svg


def test_controls_are_labelled(explorer):
    controls = [c for c in explorer.widget.children if not isinstance(c, widgets.HTML)]
    assert len(controls) == 5
    assert all(c.description.strip() for c in controls)
    assert "₹45 a unit from 0 units" in explorer.widget.children[5].value


def test_panel_shows_defaults(explorer):
    text = panel_text(explorer)
    assert "Saving per member: ₹60 a month" in text
    assert "1,000" in text and "₹40 a unit" in text
    assert "surplus ₹1,000" in text and "75 members" in text
    assert "<svg" in explorer.widget.chart.value


def test_changing_members_updates_panel(explorer):
    explorer.widget.members.value = 50
    text = panel_text(explorer)
    assert "loss ₹1,000" in text and "500 a month" in text
    assert "50 members: loss ₹1,000" in explorer.widget.chart.value
    explorer.widget.members.value = 200
    assert "surplus ₹13,000" in panel_text(explorer)


def test_changing_prices_updates_panel(explorer):
    explorer.widget.member_price.value = 30
    text = panel_text(explorer)
    assert "loss" in text and "does not cover its costs" in text
    assert "Saving per member: ₹200 a month" in text


def test_impossible_input_shows_message_not_traceback(explorer):
    explorer.widget.member_price.value = 0  # allowed by the text box (min 0), impossible in the model
    value = explorer.widget.results.value
    assert 'role="alert"' in value
    text = panel_text(explorer)
    assert "Please check the numbers: Member price must be a number greater than 0" in text
    assert "Traceback" not in text
    explorer.widget.need.value = 0  # still no exception while two inputs are impossible
    explorer.widget.member_price.value = 44
    assert "Need per member" in panel_text(explorer)
    explorer.widget.need.value = 10  # back to a possible set: results come back
    assert "surplus ₹1,000" in panel_text(explorer)


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


@settings(max_examples=60, deadline=None)
@given(members=st.integers(1, 500), need=st.floats(0, 1000), retail=st.floats(0, 10_000),
       member_price=st.floats(0, 10_000), running=st.floats(0, 1_000_000))
def test_any_control_values_update_without_raising(members, need, retail, member_price, running):
    panel = collective_purchase_explorer().widget
    panel.members.value, panel.need.value, panel.retail.value = members, need, retail
    panel.member_price.value, panel.running.value = member_price, running
    if 0 in (need, retail, member_price):
        assert panel.results.value.startswith('<div role="alert"><p><b>Please check the numbers: ')
        assert panel.chart.value == ""
    else:
        assert "Cooperative result: " in panel.results.value
        chart = panel.chart.value
        assert chart.startswith("<svg") and chart.endswith("</svg>") and len(chart.encode()) < 8 * 1024
