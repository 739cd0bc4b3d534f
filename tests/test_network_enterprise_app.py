"""The network-enterprise explorer (ATEMDO): widget, static HTML and plain text (illustrative R$)."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import ipywidgets as widgets
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.apps.network_enterprise import (
    bar_groups_svg,
    comparison_chart_svg,
    network_enterprise_explorer,
    reais,
    signed_money,
    signed_reais,
)
from sse_course.display import WIDGET_MIME
from sse_course.models.network_enterprise import DEFAULTS, FUND_DEFAULTS, simulate


@pytest.fixture
def explorer():
    return network_enterprise_explorer()


def words(html: str) -> str:
    """Text without tags, entities decoded as a reader sees them, spaces collapsed."""
    text = re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'").replace("&amp;", "&")
    return re.sub(r"\s+", " ", text)


def panel_text(explorer) -> str:
    return words(explorer.widget.results.value)


def test_mimebundle(explorer):
    bundle = explorer._repr_mimebundle_()
    assert WIDGET_MIME in bundle
    page = bundle["text/html"]
    assert "illustrative" in page.lower() and "Brazilian reais" in page
    assert "<caption>One member&#x27;s month, alone and in a group of 10 (illustrative R$)</caption>" in page
    assert "<caption>Net income per member by group size (illustrative R$ a month)</caption>" in page
    assert page.count("<table>") == 2
    assert page.count('<th scope="col">') == 8  # two tables of 4 short columns: they fit 360 px
    assert '<th scope="col">Alone</th><th scope="col">Together</th>' in page
    assert '<th scope="row">Net income</th><td>R$550</td><td>R$825</td><td>R$275</td>' in page
    assert '<th scope="row">25</th><td>R$550</td><td>R$850</td><td>R$300</td>' in page
    assert "<svg" in page and "<title>" in page
    assert "8 of them in 12 months" in page
    text = bundle["text/plain"]
    assert re.search(r"Net income\s+R\$550\s+R\$825\s+R\$275", text)
    assert "R$275 more" in text and "8 of them" in text
    assert "<" not in text


def test_static_html_is_well_formed_and_escaped(explorer):
    class Checker(HTMLParser):
        def __init__(self):
            super().__init__()
            self.open: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag not in {"rect"}:
                self.open.append(tag)

        def handle_startendtag(self, tag, attrs):
            pass

        def handle_endtag(self, tag):
            assert self.open.pop() == tag

    checker = Checker()
    checker.feed(explorer.html)
    assert checker.open == []
    assert "ATEMDO&#x27;s" in explorer.html


def test_static_reading_in_plain_words(explorer):
    text = words(explorer.html)
    assert "Working alone, a member keeps R$550 a month after costs." in text
    assert "In a group of 10, she keeps R$825: R$275 more." in text
    assert "selling together (R$135), then producing together (R$80), then buying together (R$60)" in text
    assert "too few for an order of 100 pieces" in text and "2 orders a month" in text
    assert "R$15 a month instead of R$150" in text


def test_chart_is_light_labelled_and_described():
    svg = comparison_chart_svg(simulate(DEFAULTS))
    assert len(svg.encode()) < 8 * 1024
    assert svg.startswith("<svg") and 'viewBox="0 0 320 ' in svg and 'width="100%"' in svg
    assert "href" not in svg and "url(" not in svg and svg.count("http") == 1  # only the xmlns
    assert 'role="img"' in svg and "<title>" in svg
    assert re.search(r'aria-label="[^"]*R\$550[^"]*R\$825[^"]*R\$275 more', svg)
    # Text labels on every bar, so colour is never the only signal.
    for label in ("Alone", "Together", "Buying", "Producing", "Selling", "R$1,080", "R$255", "R$135"):
        assert f">{label}<" in svg
    assert 'font-size="13"' in svg


def test_bar_groups_svg_handles_zero_and_negative_values():
    svg = bar_groups_svg("Nothing to show.", [("Group", [("A", 0, "R$0", "#000"), ("B", -5, "−R$5", "#000")])])
    assert "<rect" not in svg and ">R$0<" in svg and ">−R$5<" in svg
    assert "<title>Nothing to show.</title>" in svg


def test_controls_are_labelled(explorer):
    controls = [c for c in explorer.widget.children if not isinstance(c, widgets.HTML)]
    assert len(controls) == 6
    assert all(c.description.strip() for c in controls)
    names = " ".join(c.description for c in controls)
    for word in ("Members", "Bulk discount", "Order size", "Stall cost", "Pieces", "Fund"):
        assert word in names
    assert "Fixed: own sales R$1,000" in explorer.widget.children[6].value


def test_panel_shows_defaults(explorer):
    text = panel_text(explorer)
    assert 'aria-live="polite"' in explorer.widget.results.value
    assert "she keeps R$825: R$275 more" in text
    assert "Net income R$550 R$825 R$275" in text
    assert "8 of them in 12 months" in text
    assert "<svg" in explorer.widget.chart.value


def test_changing_members_updates_panel_and_chart(explorer):
    explorer.widget.members.value = 2
    text = panel_text(explorer)
    assert "In a group of 2, she keeps R$625: R$75 more." in text
    assert "It needs 5 members or more" in text  # for the bulk price
    assert "It needs 4 members" in text  # for an order
    assert ">R$625<" in explorer.widget.chart.value
    explorer.widget.members.value = 1
    assert "she keeps R$550: the same." in panel_text(explorer)


def test_changing_the_other_sliders(explorer):
    explorer.widget.discount.value = 0
    assert "no bulk discount" in panel_text(explorer)
    explorer.widget.order_size.value = 500  # 10 members × 25 pieces = 250: too few
    assert "still too few" in panel_text(explorer) and "It needs 20 members" in panel_text(explorer)
    explorer.widget.stall.value = 300
    assert "R$30 a month instead of R$300" in panel_text(explorer)
    explorer.widget.contribution.value = 0
    assert "cannot lend R$300 to anyone" in panel_text(explorer)


def test_impossible_input_shows_message_not_traceback(explorer):
    explorer.widget.capacity.value = 0  # allowed by the number box (min 0), impossible in the model
    value = explorer.widget.results.value
    assert 'role="alert"' in value
    text = panel_text(explorer)
    assert "Please check the numbers: Pieces a member can make must be a number greater than 0" in text
    assert "Traceback" not in text and explorer.widget.chart.value == ""
    explorer.widget.members.value = 3  # other changes while the input is impossible: still no exception
    assert "Pieces a member can make" in panel_text(explorer)
    explorer.widget.capacity.value = 25  # fixed: the results come back
    assert "In a group of 3" in panel_text(explorer)
    assert "<svg" in explorer.widget.chart.value


def test_other_inputs():
    display = network_enterprise_explorer(replace(DEFAULTS, members=80, capacity=250),
                                          replace(FUND_DEFAULTS, contribution=0))
    assert display.widget.members.max >= 80
    assert "already fill 2 orders" in display.html
    assert "cannot lend" in display.text


def test_formatting():
    assert reais(1000) == "R$1,000" and reais(-1000) == "R$1,000" and reais(37.5) == "R$37.50"
    assert signed_reais(-100) == "−R$100" and signed_reais(-0.001) == "R$0" and signed_reais(5) == "R$5"
    assert signed_money(-2.5, "₹") == "−₹2.50"


@settings(max_examples=60, deadline=None)
@given(members=st.integers(1, 50), discount=st.floats(0, 60), order=st.integers(10, 1000),
       stall=st.floats(0, 1000), capacity=st.floats(0, 10_000), contribution=st.floats(0, 10_000))
def test_any_control_values_update_without_raising(members, discount, order, stall, capacity, contribution):
    panel = network_enterprise_explorer().widget
    panel.members.value, panel.discount.value, panel.order_size.value = members, discount, order
    panel.stall.value, panel.capacity.value, panel.contribution.value = stall, capacity, contribution
    if capacity == 0:
        assert panel.results.value.startswith('<div role="alert"><p><b>Please check the numbers: ')
        assert panel.chart.value == ""
    else:
        assert "Working alone, a member keeps" in panel.results.value
        chart = panel.chart.value
        assert chart.startswith("<svg") and chart.endswith("</svg>") and len(chart.encode()) < 8 * 1024
