"""The network-enterprise explorer (ATEMDO): what its widget, static HTML and plain text show
(illustrative R$). The contract every explorer keeps (note, tables, charts, display, messages) is
in test_explorers.py."""

from __future__ import annotations

import re
from dataclasses import replace

import ipywidgets as widgets
import pytest

from sse_course.apps.controls import control_in
from sse_course.apps.network_enterprise import comparison_chart_svg, network_enterprise_explorer, reais, signed_reais
from sse_course.models.network_enterprise import DEFAULTS, FUND_DEFAULTS, simulate

from .test_explorers import panel_text, words


@pytest.fixture
def explorer():
    return network_enterprise_explorer()


def test_static_html_and_text(explorer):
    page = explorer.html
    assert "Brazilian reais" in page
    assert "<caption>One member&#x27;s month, alone and in a group of 10 (illustrative R$)</caption>" in page
    assert "<caption>Net income per member by group size (illustrative R$ a month)</caption>" in page
    assert '<th scope="col">Alone</th><th scope="col">Together</th>' in page
    assert '<th scope="row">Net income</th><td>R$550</td><td>R$825</td><td>R$275</td>' in page
    assert '<th scope="row">25</th><td>R$550</td><td>R$850</td><td>R$300</td>' in page
    assert "8 of them in 12 months" in page
    text = explorer.text
    assert re.search(r"Net income\s+R\$550\s+R\$825\s+R\$275", text)
    assert "R$275 more" in text and "8 of them" in text


def test_static_reading_in_plain_words(explorer):
    text = words(explorer.html)
    assert "Working alone, a member keeps R$550 a month after costs." in text
    assert "In a group of 10, she keeps R$825: R$275 more." in text
    assert "selling together (R$135), then producing together (R$80), then buying together (R$60)" in text
    assert "too few for an order of 100 pieces" in text and "2 orders a month" in text
    assert "R$15 a month instead of R$150" in text


def test_chart_is_labelled_and_described():
    svg = comparison_chart_svg(simulate(DEFAULTS))
    assert svg.startswith("<svg") and 'viewBox="0 0 320 ' in svg
    assert re.search(r'aria-label="[^"]*R\$550[^"]*R\$825[^"]*R\$275 more', svg)
    # Text labels on every bar, so colour is never the only signal.
    for label in ("Alone", "Together", "Buying", "Producing", "Selling", "R$1,080", "R$255", "R$135"):
        assert f">{label}<" in svg
    assert 'font-size="13"' in svg


def test_controls_are_named(explorer):
    controls = [control_in(c) for c in explorer.widget.children if not isinstance(c, widgets.HTML)]
    names = " ".join(c.description for c in controls)
    for word in ("Members", "Bulk discount", "Order size", "Stall cost", "Pieces", "Fund"):
        assert word in names
    assert "Fixed: own sales R$1,000" in explorer.widget.children[6].value


def test_panel_shows_defaults(explorer):
    text = panel_text(explorer)
    assert "she keeps R$825: R$275 more" in text
    assert "Net income R$550 R$825 R$275" in text
    assert "8 of them in 12 months" in text


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


def test_other_inputs():
    display = network_enterprise_explorer(
        replace(DEFAULTS, members=80, capacity=250), replace(FUND_DEFAULTS, contribution=0)
    )
    assert display.widget.members.max >= 80
    assert "already fill 2 orders" in display.html
    assert "cannot lend" in display.text


def test_formatting():
    assert reais(1000) == "R$1,000" and reais(-1000) == "R$1,000" and reais(37.5) == "R$37.50"
    assert signed_reais(-100) == "−R$100" and signed_reais(-0.001) == "R$0" and signed_reais(5) == "R$5"
