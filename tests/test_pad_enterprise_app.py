"""The reusable-pad enterprise explorer: widget, static HTML and plain text (illustrative Br)."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import ipywidgets as widgets
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.apps.pad_enterprise import (
    birr,
    buyer_chart_svg,
    pad_enterprise_explorer,
    profit_chart_svg,
    reading,
    signed_words,
    surplus_words,
)
from sse_course.display import WIDGET_MIME
from sse_course.models.pad_enterprise import BUYER_DEFAULTS, DEFAULTS, break_even, buyer_year


@pytest.fixture
def explorer():
    return pad_enterprise_explorer()


def panel_text(explorer) -> str:
    """The results panel without its tags."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", explorer.widget.results.value))


def test_mimebundle(explorer):
    bundle = explorer._repr_mimebundle_()
    assert WIDGET_MIME in bundle
    page = bundle["text/html"]
    assert "illustrative" in page.lower() and "Ethiopian birr" in page
    assert "<table>" in page
    assert "<caption>Illustrative results at three community prices (Br a month)</caption>" in page
    assert page.count('<th scope="col">') == 4
    for header in ("Price", "Break-even", "Income per member", "Pay per hour"):
        assert f'<th scope="col">{header}</th>' in page
    # The default row: at Br 60, break-even 200 pads; Br 1,500 each; Br 50 an hour. Cells keep
    # their words together with no-break spaces (\u00a0) in narrow columns.
    assert '<th scope="row">Br\u00a060</th><td>200\u00a0pads</td><td>Br\u00a01,500</td><td>Br\u00a050</td>' in page
    assert '<th scope="row">Br\u00a050</th><td>300\u00a0pads</td><td>Br\u00a01,200</td><td>Br\u00a040</td>' in page
    assert "Cost of one pad: Br 50" in page
    assert "If the NGO orders stop: 150 pads a month" in page and "each member gets Br 600" in page
    assert "reusable pads save her Br 690 a year" in page
    assert page.count("<svg") == 2 and page.count("<title>") == 2
    text = bundle["text/plain"]
    assert re.search(r"Br 60\s+200 pads\s+Br 1,500\s+Br 50", text)
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
    assert "buyer&#x27;s year" in explorer.html


def test_profit_chart_is_light_self_contained_and_described():
    svg = profit_chart_svg(DEFAULTS)
    assert len(svg.encode()) < 8 * 1024
    assert 'viewBox="0 0 360 220"' in svg and 'width="100%"' in svg
    assert "href" not in svg and "url(" not in svg
    assert svg.count("http") == 1  # only the xmlns
    assert "<title>" in svg and 'role="img"' in svg
    assert re.search(r'aria-label="[^"]*covers its costs from 200 pads a month', svg)
    assert "break even: 200 pads" in svg and "300 pads: surplus Br 1,500" in svg
    sizes = [int(n) for n in re.findall(r'<g font-size="(\d+)"', svg)]
    assert sizes and min(sizes) >= 11  # readable on a 360 px phone


def test_profit_chart_without_break_even():
    cheap = replace(DEFAULTS, community_price=30, ngo_price=30)
    svg = profit_chart_svg(cheap)
    assert "No break-even" in svg
    assert re.search(r'aria-label="[^"]*There is no break-even', svg)
    assert "loss Br" in svg


def test_buyer_chart_is_described():
    svg = buyer_chart_svg(buyer_year(BUYER_DEFAULTS))
    assert len(svg.encode()) < 8 * 1024 and 'role="img"' in svg
    assert "Br 900 a year" in svg and "Br 210 a year" in svg
    assert "180 disposable pads a year not thrown away" in svg
    assert re.search(r'aria-label="[^"]*she saves Br 690 a year', svg)


def test_controls_are_labelled(explorer):
    controls = [c for c in explorer.widget.children if not isinstance(c, widgets.HTML)]
    assert len(controls) == 16
    assert all(c.description.strip() for c in controls)
    headings = [c.value for c in explorer.widget.children if isinstance(c, widgets.HTML) and "<h4>" in c.value]
    assert len(headings) == 3


def test_panel_shows_defaults(explorer):
    text = panel_text(explorer)
    assert "Cost of one pad: Br 50 = materials Br 20 + labour Br 20" in text
    assert "price would be Br 60 a pad" in text
    assert "Average price paid (community and NGOs): Br 55 a pad" in text
    assert "covers all its costs from 200 pads a month" in text
    assert "sales Br 16,500, surplus Br 1,500" in text
    assert "Each member: Br 1,500 for 30 hours of work, Br 50 an hour" in text
    assert "each member gets Br 600" in text
    assert "In plain words:" in text
    assert 'aria-live="polite"' in explorer.widget.results.value
    assert "<svg" in explorer.widget.chart.value and "<svg" in explorer.widget.buyer_chart.value


def test_changing_the_hourly_rate_updates_cost_and_break_even(explorer):
    explorer.widget.hourly_rate.value = 60  # labour Br 30: variable cost Br 50, Br 5 a pad left at Br 55
    text = panel_text(explorer)
    assert "Cost of one pad: Br 60" in text
    assert "from 600 pads a month" in text
    assert "less than the Br 60 an hour they set" in text
    assert "600 pads" in explorer.widget.chart.value


def test_changing_the_channel_mix_updates_income(explorer):
    explorer.widget.ngo_share.value = 0
    text = panel_text(explorer)
    assert "300 pads (300 to community members, 0 to NGOs)" in text
    assert "covers all its costs from 150 pads" in text
    explorer.widget.ngo_share.value = 100
    text = panel_text(explorer)
    assert "Without the NGO orders it would make a loss: it depends on them." in text
    assert "each member would have to put in Br 600" in text


def test_a_price_below_variable_cost_says_so(explorer):
    explorer.widget.community_price.value = 30
    explorer.widget.ngo_price.value = 30
    text = panel_text(explorer)
    assert "does not cover the materials and labour of one pad (Br 40)" in text
    assert "No break-even" in explorer.widget.chart.value


def test_the_buyer_pays_the_community_price(explorer):
    explorer.widget.community_price.value = 100  # set of 5 for Br 500 over 2 years + Br 60 soap
    assert "reusable pads Br 310" in panel_text(explorer)
    explorer.widget.lifetime.value = 1
    assert "reusable pads Br 560" in panel_text(explorer)


def test_impossible_input_shows_message_not_traceback(explorer):
    explorer.widget.minutes.value = 0  # allowed by the text box (min 0), impossible in the model
    value = explorer.widget.results.value
    assert 'role="alert"' in value
    text = panel_text(explorer)
    assert "Please check the numbers: Minutes of work per pad must be a number of at least 1" in text
    assert "Traceback" not in text
    assert explorer.widget.chart.value == "" and explorer.widget.buyer_chart.value == ""
    explorer.widget.lifetime.value = 0  # still no exception while two inputs are impossible
    explorer.widget.minutes.value = 30
    assert "Life of a reusable pad" in panel_text(explorer)
    explorer.widget.lifetime.value = 2  # back to a possible set: results come back
    assert "surplus Br 1,500" in panel_text(explorer)
    assert "<svg" in explorer.widget.chart.value


def test_other_inputs():
    display = pad_enterprise_explorer(replace(DEFAULTS, pads_per_month=2500, members=40))
    assert display.widget.pads.max >= 2500 and display.widget.members.max >= 40
    assert "2,500 pads" in display.html


def test_formatting():
    assert birr(1000) == "Br 1,000" and birr(-1000) == "Br 1,000" and birr(36.5) == "Br 36.50"
    assert surplus_words(-1000) == "loss Br 1,000"
    assert surplus_words(2.5) == "surplus Br 2.50"
    assert surplus_words(0) == "Br 0 (breaks even)"
    assert signed_words(5, lambda a: f"${abs(a):g}", "gain", "cost", "even") == "gain $5"


def test_reading_in_plain_words():
    assert "leave Br 1,500 for the members" in reading(DEFAULTS)
    assert "still covers its costs" in reading(DEFAULTS)
    assert "reusable pads are cheaper" in reading(DEFAULTS, buyer_year(BUYER_DEFAULTS))
    just = replace(DEFAULTS, pads_per_month=200)
    assert "just pay" in reading(just)
    broke = replace(DEFAULTS, community_price=10, ngo_price=10)
    assert "do not even pay for the materials and the overheads" in reading(broke)
    assert break_even(broke).pads is None


@settings(max_examples=60, deadline=None)
@given(rate=st.floats(0, 200), minutes=st.floats(0, 600), materials=st.floats(0, 10_000),
       price=st.floats(1, 300), ngo_price=st.floats(0, 10_000), share=st.integers(0, 100),
       pads=st.integers(1, 2000), lifetime=st.floats(0, 20))
def test_any_control_values_update_without_raising(rate, minutes, materials, price, ngo_price, share, pads,
                                                   lifetime):
    panel = pad_enterprise_explorer().widget
    panel.hourly_rate.value, panel.minutes.value, panel.materials.value = rate, minutes, materials
    panel.community_price.value, panel.ngo_price.value, panel.ngo_share.value = price, ngo_price, share
    panel.pads.value, panel.lifetime.value = pads, lifetime
    if minutes < 1 or ngo_price == 0 or lifetime < 0.1:
        assert panel.results.value.startswith('<div role="alert"><p><b>Please check the numbers: ')
        assert panel.chart.value == ""
    else:
        assert "This month: " in panel.results.value
        for chart in (panel.chart.value, panel.buyer_chart.value):
            assert chart.startswith("<svg") and chart.endswith("</svg>") and len(chart.encode()) < 8 * 1024
