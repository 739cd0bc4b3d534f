"""The reusable-pad enterprise explorer: what its widget, static HTML and plain text show
(illustrative Br). The contract every explorer keeps (note, tables, charts, display, messages) is
in test_explorers.py."""

from __future__ import annotations

import re
from dataclasses import replace

import ipywidgets as widgets
import pytest

from sse_course.apps.pad_enterprise import (
    birr,
    buyer_chart_svg,
    pad_enterprise_explorer,
    profit_chart_svg,
    reading,
    surplus_words,
)
from sse_course.models.pad_enterprise import BUYER_DEFAULTS, DEFAULTS, break_even, buyer_year

from .test_explorers import panel_text


@pytest.fixture
def explorer():
    return pad_enterprise_explorer()


def test_static_html_and_text(explorer):
    page = explorer.html
    assert "Ethiopian birr" in page
    assert "<caption>Illustrative results at three community prices (Br a month)</caption>" in page
    for header in ("Price", "Break-even", "Income per member", "Pay per hour"):
        assert f'<th scope="col">{header}</th>' in page
    # The default row: at Br 60, break-even 200 pads; Br 1,500 each; Br 50 an hour. Cells keep
    # their words together with no-break spaces (\u00a0) in narrow columns.
    assert '<th scope="row">Br\u00a060</th><td>200\u00a0pads</td><td>Br\u00a01,500</td><td>Br\u00a050</td>' in page
    assert '<th scope="row">Br\u00a050</th><td>300\u00a0pads</td><td>Br\u00a01,200</td><td>Br\u00a040</td>' in page
    assert "Cost of one pad: Br 50" in page
    assert "If the NGO orders stop: 150 pads a month" in page and "each member gets Br 600" in page
    assert "reusable pads save her Br 690 a year" in page
    assert "buyer&#x27;s year" in page  # escaped
    text = explorer.text
    assert re.search(r"Br 60\s+200 pads\s+Br 1,500\s+Br 50", text)


def test_profit_chart_is_described():
    svg = profit_chart_svg(DEFAULTS)
    assert 'viewBox="0 0 360 220"' in svg
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
    assert "Br 900 a year" in svg and "Br 210 a year" in svg
    assert "180 disposable pads a year not thrown away" in svg
    assert re.search(r'aria-label="[^"]*she saves Br 690 a year', svg)


def test_controls_have_headings(explorer):
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


def test_other_inputs():
    display = pad_enterprise_explorer(replace(DEFAULTS, pads_per_month=2500, members=40))
    assert display.widget.pads.max >= 2500 and display.widget.members.max >= 40
    assert "2,500 pads" in display.html


def test_formatting():
    assert birr(1000) == "Br 1,000" and birr(-1000) == "Br 1,000" and birr(36.5) == "Br 36.50"
    assert surplus_words(-1000) == "loss Br 1,000"
    assert surplus_words(2.5) == "surplus Br 2.50"
    assert surplus_words(0) == "Br 0 (breaks even)"


def test_reading_in_plain_words():
    assert "leave Br 1,500 for the members" in reading(DEFAULTS)
    assert "still covers its costs" in reading(DEFAULTS)
    assert "reusable pads are cheaper" in reading(DEFAULTS, buyer_year(BUYER_DEFAULTS))
    just = replace(DEFAULTS, pads_per_month=200)
    assert "just pay" in reading(just)
    broke = replace(DEFAULTS, community_price=10, ngo_price=10)
    assert "do not even pay for the materials and the overheads" in reading(broke)
    assert break_even(broke).pads is None
