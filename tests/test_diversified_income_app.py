"""The diversified-income explorer: what its widget, static HTML and plain text show (illustrative ₱).
The contract every explorer keeps (note, tables, charts, display, messages) is in test_explorers.py."""

from __future__ import annotations

import re
from dataclasses import replace

import ipywidgets as widgets
import pytest

from sse_course.apps.diversified_income import (
    balance_words,
    diversified_income_explorer,
    income_chart_svg,
    left_words,
    month_span_words,
    shock_words,
)
from sse_course.models.diversified_income import DEFAULTS, LINES, Shock, simulate

from .test_explorers import panel_text


@pytest.fixture
def explorer():
    return diversified_income_explorer()


def test_static_html_and_text(explorer):
    page = explorer.html
    assert "<caption>Illustrative group income in the worst month (₱), shocks in months 4 to 6</caption>" in page
    assert "<caption>Illustrative money left per member after food in the worst month" in page
    assert page.count('<th scope="col">What stops</th>') == 2
    assert '<th scope="col">Diversified group</th><th scope="col">Garments only</th>' in page
    # The default shock: garments and rugs and doormats stop in months 4 to 6.
    assert '<th scope="row">Garments, rugs and doormats</th><td>₱66,000</td><td>₱0</td>' in page
    assert '<th scope="row">Bakery and food products</th><td>₱72,000</td><td>₱120,000</td>' in page
    assert '<th scope="row">Garments, rugs and doormats</th><td>₱400 left</td><td>₱6,200 short</td>' in page
    assert (
        "In the worst month the diversified group still earned ₱66,000, the single-product group (garments only) ₱0."
    ) in page
    text = explorer.text
    assert re.search(r"Garments, rugs and doormats\s+₱66,000\s+₱0", text)
    assert re.search(r"Garments, rugs and doormats\s+₱400 left\s+₱6,200 short", text)
    assert "still earned ₱66,000" in text


def test_chart_is_described():
    svg = income_chart_svg(simulate())
    assert 'viewBox="0 0 360 250"' in svg
    assert re.search(r'aria-label="[^"]*Diversified group: worst month ₱66,000', svg)
    assert re.search(r'aria-label="[^"]*Garments only: worst month ₱0', svg)
    # The two groups differ in words, line pattern and marker, not only in colour.
    assert "Diversified group (solid line, dots)" in svg and "Garments only (dashed line, squares)" in svg
    assert 'stroke-dasharray="6 4"' in svg
    assert "Diversified: ₱66,000" in svg and "Garments only: ₱0" in svg
    assert ">shock<" in svg
    assert svg.count(">₱") >= 3  # labelled grid lines


def test_chart_when_both_lines_are_the_same():
    svg = income_chart_svg(simulate(DEFAULTS, Shock((), 1, 0)))
    assert "Both groups: ₱120,000 every month" in svg and ">shock<" not in svg
    svg = income_chart_svg(simulate(DEFAULTS, Shock(LINES, 4, 3)))
    assert "Both groups: ₱0" in svg


def test_controls_have_headings(explorer):
    headings = [c.value for c in explorer.widget.children if isinstance(c, widgets.HTML)][:3]
    assert all(h.startswith("<p><b>") for h in headings)


def test_panel_shows_defaults(explorer):
    text = panel_text(explorer)
    assert "Rugs and doormats, and garments stop in months 4 to 6." in text
    assert "Normal month, both groups: ₱120,000 (₱12,000 per member)" in text
    assert "Worst month: diversified ₱66,000; garments only ₱0" in text
    assert "Gap between the best and the worst month: diversified ₱54,000; garments only ₱120,000" in text
    assert "Income in the year: diversified ₱1,278,000; garments only ₱1,080,000" in text
    assert "diversified ₱400 left; garments only ₱6,200 short" in text
    assert "In the worst month the diversified group still earned ₱66,000" in text


def test_changing_the_lines_hit_updates_panel_and_chart(explorer):
    panel = explorer.widget
    panel.hit["garments"].value = False
    assert "Worst month: diversified ₱102,000; garments only ₱120,000" in panel_text(explorer)
    assert "a group that made only rugs and doormats would have earned ₱0" in panel_text(explorer)
    assert "Diversified: ₱102,000" in panel.chart.value
    panel.hit["rugs"].value = False
    assert "With no shock both groups earn ₱120,000 every month." in panel_text(explorer)


def test_changing_the_shock_updates_panel(explorer):
    panel = explorer.widget
    panel.loss.value = 50
    assert "lose 50% of their income" in panel_text(explorer)
    assert "Worst month: diversified ₱93,000; garments only ₱60,000" in panel_text(explorer)
    panel.length.value = 6
    assert "Income in the year: diversified ₱1,278,000; garments only ₱1,080,000" in panel_text(explorer)
    panel.start.value = 11  # the shock must end by month 12: the length slider follows
    assert panel.length.max == 2 and panel.length.value == 2
    assert "months 11 to 12" in panel_text(explorer)
    panel.single.value = "bakery"
    assert "Worst month: diversified ₱93,000; bakery only ₱120,000" in panel_text(explorer)
    assert "Bakery only (dashed line, squares)" in panel.chart.value


def test_changing_food_numbers_updates_panel(explorer):
    panel = explorer.widget
    panel.saving.value = 0
    assert "diversified ₱1,100 short" in panel_text(explorer)
    assert "kitchen and garden save" not in panel_text(explorer)
    panel.members.value = 5
    assert "diversified ₱5,500 left" in panel_text(explorer)  # 66,000 / 5 − 7,700


def test_no_income_and_no_members_are_explained(explorer):
    panel = explorer.widget
    for box in panel.incomes.values():
        box.value = 0
    assert "at least one line must earn more than ₱0" in panel_text(explorer)
    panel.incomes["food"].value = 1000
    panel.members.value = 0
    assert "Members must be a whole number of at least 1 (you gave 0)." in panel_text(explorer)


def test_other_inputs():
    display = diversified_income_explorer(replace(DEFAULTS, single_line="bakery"), Shock({"bakery"}, 10, 3, 0.5))
    assert display.widget.length.max == 3 and display.widget.loss.value == 50
    assert '<th scope="col">Bakery only</th>' in display.html
    assert "Bakery loses 50% of its income in months 10 to 12." in display.html
    assert "Bakery only" in display.text


def test_formatting():
    assert balance_words(-2000, "₱") == "₱2,000 short" and balance_words(0.001, "₱") == "₱0 left (just enough)"
    assert left_words(200) == "₱200 left" and left_words(2.5) == "₱2.50 left"
    assert month_span_words(()) == "no month" and month_span_words((4,)) == "month 4"
    assert month_span_words((4, 5, 6)) == "months 4 to 6"
    assert shock_words(Shock((), 1, 3)) == "No shock: every line earns its normal income all year."
    assert shock_words(Shock({"food", "bakery"}, 2, 1)) == "Bakery and food products stop in month 2."
