"""The contract every explorer keeps, checked once for the five of them (the four case-study
models and the case comparison), then the pieces of ``sse_course/apps/`` and ``sse_course/formatting.py`` they share.

The contract: the book's static HTML has the explorer's note, tables with a caption and headers,
and light, self-contained charts with a title; the DualDisplay gives the widget to Jupyter and
that HTML to the book; every control is labelled; changing a control changes the results; an
impossible input shows the model's plain "Please check the numbers" message, never a traceback,
and the results come back when it is fixed. What each explorer shows is tested in its own file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape, unescape
from html.parser import HTMLParser
from types import ModuleType
from typing import Any

import ipywidgets as widgets
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.apps import (
    case_comparison,
    collective_purchase,
    diversified_income,
    network_enterprise,
    pad_enterprise,
)
from sse_course.apps.charts import bar_groups_svg
from sse_course.apps.controls import control_in
from sse_course.apps.words import and_list, signed_words
from sse_course.display import WIDGET_MIME, DualDisplay
from sse_course.formatting import signed_money
from sse_course.models.checks import SMALLEST_DIVISOR
from sse_course.models.diversified_income import LINES


@dataclass(frozen=True)
class Explorer:
    """What the contract needs to know of one explorer."""

    name: str
    module: ModuleType
    make: Callable[[], DualDisplay]
    note: str  #: the note the book and the panel show: where the figures come from
    css_class: str
    columns: tuple[int, ...]  #: header columns of each table in the static HTML, at most 4 to fit a phone
    charts: int  #: SVG charts in the static HTML
    chart_widgets: tuple[str, ...]  #: the widget's HTML panels that hold the charts
    controls: int  #: the widget's controls (children that are not HTML)
    change: tuple[str, Any]  #: a control and a value that must change the results


EXPLORERS = [
    Explorer(
        "collective purchase",
        collective_purchase,
        collective_purchase.collective_purchase_explorer,
        note=collective_purchase.illustrative_note(),
        css_class="sse-collective-purchase",
        columns=(4,),
        charts=1,
        chart_widgets=("chart",),
        controls=5,
        change=("members", 50),
    ),
    Explorer(
        "diversified income",
        diversified_income,
        diversified_income.diversified_income_explorer,
        note=diversified_income.illustrative_note(),
        css_class="sse-diversified-income",
        columns=(3, 3),
        charts=1,
        chart_widgets=("chart",),
        controls=5 + 1 + 5 + 3 + 3,  # incomes, single line, hit lines, shock, members and food
        change=("loss", 50),
    ),
    Explorer(
        "network enterprise",
        network_enterprise,
        network_enterprise.network_enterprise_explorer,
        note=network_enterprise.illustrative_note(),
        css_class="sse-network-enterprise",
        columns=(4, 4),
        charts=1,
        chart_widgets=("chart",),
        controls=6,
        change=("members", 2),
    ),
    Explorer(
        "pad enterprise",
        pad_enterprise,
        pad_enterprise.pad_enterprise_explorer,
        note=pad_enterprise.illustrative_note(),
        css_class="sse-pad-enterprise",
        columns=(4,),
        charts=2,
        chart_widgets=("chart", "buyer_chart"),
        controls=16,
        change=("hourly_rate", 60),
    ),
    Explorer(
        "case comparison",
        case_comparison,
        case_comparison.comparison_explorer,
        note=case_comparison.sources_note(),
        css_class="sse-case-comparison",
        columns=(3, 2),
        charts=0,
        chart_widgets=(),
        controls=1,
        change=("choice", "raw-materials"),
    ),
]
MODELS = EXPLORERS[:4]  # the explorers of a model, whose figures are illustrative


def by_name(explorers):
    return pytest.mark.parametrize("spec", explorers, ids=[e.name for e in explorers])


def words(html: str) -> str:
    """Text without tags, entities decoded as a reader sees them, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def panel_text(display: DualDisplay) -> str:
    """The explorer's results panel as a reader sees it (no tags, single spaces)."""
    return words(display.widget.results.value)


def control(panel: widgets.Widget, path: str) -> widgets.Widget:
    """A control by its attribute, or ``incomes.bakery`` for an entry of a dict of controls."""
    name, _, key = path.partition(".")
    found = getattr(panel, name)
    return found[key] if key else found


def svgs(html: str) -> list[str]:
    return re.findall(r"<svg.*?</svg>", html, re.S)


class Page(HTMLParser):
    """Checks that every element is closed in order (SVG shapes too: ``<rect .../>``), and records
    each table's caption, column headers and rows, and the links."""

    VOID = {"br"}  # the only element without an end tag that the explorers write

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.tables: list[dict] = []
        self.links: list[str] = []
        self._text = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.open.append(tag)
        if tag == "table":
            self.tables.append({"caption": "", "cols": 0, "rows": 0, "row_headers": 0})
        elif tag == "th" and ("scope", "col") in attrs:
            self.tables[-1]["cols"] += 1
        elif tag == "th" and ("scope", "row") in attrs:
            self.tables[-1]["row_headers"] += 1
        elif tag == "tr" and "tbody" in self.open:
            self.tables[-1]["rows"] += 1
        elif tag == "a":
            self.links.append(dict(attrs)["href"])
        self._text = ""

    def handle_data(self, data):
        self._text += data

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, f"</{tag}> closes another element"
        if tag == "caption":
            self.tables[-1]["caption"] = self._text


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.open == []
    return page


# ---- the book's static HTML and the DualDisplay -----------------------------------------------


@by_name(EXPLORERS)
def test_display_gives_the_widget_to_jupyter_and_static_html_to_the_book(spec):
    display = spec.make()
    assert isinstance(display.widget, widgets.VBox)
    bundle = display._repr_mimebundle_()
    assert WIDGET_MIME in bundle
    assert bundle["text/html"] == display.html == spec.module.static_html()
    assert bundle["text/plain"] == display.text == spec.module.static_text()
    assert "<" not in bundle["text/plain"]


@by_name(EXPLORERS)
def test_static_html_is_well_formed_and_starts_with_its_note(spec):
    html = spec.make().html
    parse(html)
    assert html.startswith(f'<div class="{spec.css_class}"><p><em>{escape(spec.note)}</em></p>')
    assert html.endswith("</div>")


@by_name(MODELS)
def test_model_figures_are_said_to_be_illustrative(spec):
    # In plain words: "made up for the example", not the hard word "illustrative" (issue 10).
    assert "made up for the example" in spec.note.lower()
    assert "made up for the example" in spec.make().html.lower()


@by_name(EXPLORERS)
def test_static_tables_have_a_caption_and_headers_and_fit_a_phone(spec):
    tables = parse(spec.make().html).tables
    assert tuple(t["cols"] for t in tables) == spec.columns
    for table in tables:
        assert table["caption"].strip()
        assert table["cols"] <= 4  # short columns that fit a 360 px phone
        assert table["rows"] >= 1 and table["row_headers"] == table["rows"]  # each row named by its first cell


@by_name(EXPLORERS)
def test_static_charts_are_light_self_contained_and_described(spec):
    charts = svgs(spec.make().html)
    assert len(charts) == spec.charts
    for svg in charts:
        assert len(svg.encode()) < 8 * 1024
        assert 'width="100%"' in svg and 'role="img"' in svg
        assert "href" not in svg and "url(" not in svg
        assert svg.count("http") == 1  # only the xmlns
        assert svg.count("<title>") == 1
        title = re.search(r"<title>(.*?)</title>", svg).group(1)
        assert title.strip() and f'aria-label="{title}"' in svg  # screen readers hear what the title says
        assert min(int(size) for size in re.findall(r'font-size="(\d+)"', svg)) >= 11  # readable on a phone


# ---- the live widget --------------------------------------------------------------------------


@by_name(EXPLORERS)
def test_controls_are_labelled(spec):
    panel = spec.make().widget
    controls = [control_in(c) for c in panel.children if not isinstance(c, widgets.HTML)]
    assert len(controls) == spec.controls
    assert all(c.description.strip() for c in controls)


@by_name(EXPLORERS)
def test_results_are_announced_with_the_note(spec):
    panel = spec.make().widget
    assert panel.results.value.startswith('<div aria-live="polite">')
    assert panel.results.value.endswith(f"<p><small>{escape(spec.note)}</small></p></div>")
    for name in spec.chart_widgets:
        assert getattr(panel, name).value.startswith("<svg")


@by_name(EXPLORERS)
def test_changing_a_control_changes_the_results(spec):
    panel = spec.make().widget
    before = [panel.results.value] + [getattr(panel, name).value for name in spec.chart_widgets]
    path, value = spec.change
    control(panel, path).value = value
    after = [panel.results.value] + [getattr(panel, name).value for name in spec.chart_widgets]
    assert after[0] != before[0] and after[0].startswith('<div aria-live="polite">')
    assert after[1:] != before[1:] or not spec.chart_widgets
    assert all(chart.startswith("<svg") for chart in after[1:])


# An impossible input, step by step: (control, value, what the panel then says). While an input is
# impossible the panel starts with "Please check the numbers: " and those words; once every input
# is possible again, the panel has those words among its results.
IMPOSSIBLE = {
    "collective purchase": [
        ("member_price", 0, "Member price must be a number greater than 0", True),  # the box allows 0
        ("need", 0, "Need per member", True),  # still no exception while two inputs are impossible
        ("member_price", 44, "Need per member", True),
        ("need", 10, "surplus ₹1,000", False),  # back to a possible set: the results come back
    ],
    "diversified income": [
        ("incomes.bakery", -500, "Bakery income must be a number of ₱0 or more a month (you gave -500).", True),
        ("saving", 9000, "Bakery income", True),
        ("incomes.bakery", 24_000, "Kitchen and garden saving cannot be more than the food cost", True),
        ("saving", 1500, "still earned ₱66,000", False),
    ],
    "network enterprise": [
        ("capacity", 0, "Pieces a member can make must be a number greater than 0", True),
        ("members", 3, "Pieces a member can make", True),  # another change while it is impossible
        ("capacity", 25, "In a group of 3", False),
    ],
    "pad enterprise": [
        ("minutes", 0, "Minutes of work per pad must be a number of at least 1", True),
        ("lifetime", 0, "Minutes of work per pad", True),
        ("minutes", 30, "Life of a reusable pad", True),
        ("lifetime", 2, "surplus Br 1,500", False),
    ],
}


@by_name(MODELS)
def test_impossible_input_shows_a_plain_message_until_it_is_fixed(spec):
    panel = spec.make().widget
    charts = [getattr(panel, name) for name in spec.chart_widgets]
    for path, value, said, impossible in IMPOSSIBLE[spec.name]:
        control(panel, path).value = value
        results = panel.results.value
        if impossible:
            assert results.startswith('<div role="alert"><p><b>' + escape("Please check the numbers: " + said))
            assert "Traceback" not in results
            assert all(chart.value == "" for chart in charts)
        else:
            assert 'role="alert"' not in results and said in words(results)
            assert all(chart.value.startswith("<svg") for chart in charts)


def set_controls(panel, values: dict) -> None:
    """Set each control in ``values`` in turn; a shock's length at most what its start allows."""
    for path, value in values.items():
        if path == "length":  # the shock must end by month 12: the slider's maximum follows its start
            value = min(value, panel.length.max)
        control(panel, path).value = value


@dataclass(frozen=True)
class AnyValues:
    """Any values of some controls (``values``, set in that order), and which of them are impossible."""

    values: st.SearchStrategy
    impossible: Callable[[dict], bool]
    result: str  #: words the results panel shows when the inputs are possible


floats = st.floats
ANY_VALUES = {
    "collective purchase": AnyValues(
        st.fixed_dictionaries(
            {
                "members": st.integers(1, 500),
                "need": floats(0, 1000),
                "retail": floats(0, 10_000),
                "member_price": floats(0, 10_000),
                "running": floats(0, 1_000_000),
            }
        ),
        # A need below checks.SMALLEST_DIVISOR is refused in words (it made member counts of 325 digits).
        lambda v: v["need"] < SMALLEST_DIVISOR or 0 in (v["retail"], v["member_price"]),
        "Cooperative result: ",
    ),
    "diversified income": AnyValues(
        st.fixed_dictionaries(
            {
                **{
                    path: strategy
                    for line in LINES
                    for path, strategy in (
                        (f"incomes.{line}", floats(-1e6, 1e6, allow_nan=False)),
                        (f"hit.{line}", st.booleans()),
                    )
                },
                "start": st.integers(1, 12),
                "length": st.integers(0, 12),
                "loss": st.integers(0, 100),
                "members": st.integers(-5, 500),
                "food": floats(-1e4, 1e5, allow_nan=False),
                "saving": floats(-1e4, 1e5, allow_nan=False),
                "single": st.sampled_from(LINES),
            }
        ),
        lambda v: (
            min(v[f"incomes.{line}"] for line in LINES) < 0
            or sum(v[f"incomes.{line}"] for line in LINES) <= 0
            or v["members"] < 1
            or v["food"] < 0
            or v["saving"] < 0
            or v["saving"] > v["food"]
        ),
        "Worst month: diversified ",
    ),
    "network enterprise": AnyValues(
        st.fixed_dictionaries(
            {
                "members": st.integers(1, 50),
                "discount": floats(0, 60),
                "order_size": st.integers(10, 1000),
                "stall": floats(0, 1000),
                "capacity": floats(0, 10_000),
                "contribution": floats(0, 10_000),
            }
        ),
        lambda v: v["capacity"] < SMALLEST_DIVISOR,
        "Working alone, a member keeps",
    ),
    "pad enterprise": AnyValues(
        st.fixed_dictionaries(
            {
                "hourly_rate": floats(0, 200),
                "minutes": floats(0, 600),
                "materials": floats(0, 10_000),
                "community_price": floats(1, 300),
                "ngo_price": floats(0, 10_000),
                "ngo_share": st.integers(0, 100),
                "pads": st.integers(1, 2000),
                "lifetime": floats(0, 20),
            }
        ),
        lambda v: v["minutes"] < 1 or v["ngo_price"] == 0 or v["lifetime"] < 0.1,
        "This month: ",
    ),
}


@by_name(MODELS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_control_values_update_without_raising(spec, data):
    case = ANY_VALUES[spec.name]
    values = data.draw(case.values)
    panel = spec.make().widget
    set_controls(panel, values)
    charts = [getattr(panel, name).value for name in spec.chart_widgets]
    if case.impossible(values):
        assert panel.results.value.startswith('<div role="alert"><p><b>Please check the numbers: ')
        assert all(chart == "" for chart in charts)
    else:
        assert case.result in panel.results.value
        for chart in charts:
            assert chart.startswith("<svg") and chart.endswith("</svg>") and len(chart.encode()) < 8 * 1024


# ---- the pieces in apps/ and formatting.py that the explorers share ----------------------------


def test_signed_money_and_signed_words():
    assert signed_money(-2.5, "₹") == "−₹2.50"
    assert signed_money(-0.001, "R$") == "R$0"  # never "−R$0"
    assert signed_words(5, lambda a: f"${abs(a):g}", "gain", "cost", "even") == "gain $5"


def test_and_list():
    assert and_list([]) == "" and and_list(["a"]) == "a" and and_list(["a", "b", "c"]) == "a, b and c"
    assert and_list(["Rugs and doormats", "garments"]) == "Rugs and doormats, and garments"


def test_bar_groups_svg_handles_zero_and_negative_values():
    svg = bar_groups_svg("Nothing to show.", [("Group", [("A", 0, "R$0", "#000"), ("B", -5, "−R$5", "#000")])])
    assert "<rect" not in svg and ">R$0<" in svg and ">−R$5<" in svg
    assert "<title>Nothing to show.</title>" in svg
