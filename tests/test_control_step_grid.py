"""Every control of every explorer starts on its step grid (min + a whole number of steps). A
slider whose value is off the grid snaps to the next step as soon as a front end draws it, so
the explorer would contradict the text beside it (WISE's "Pads sold a month": min 1, step 10,
value 300 showed 301). And a slider's value reads as the course writes numbers in the notebook's
language: a slider by 5 reads "20", not "20.00" (ATEMDO's discount and stall cost read like money
to the cent), and 1200 pads read "1.200" in Portuguese and "1 200" in French."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import ipywidgets as widgets
import pytest

from sse_course.apps.case_comparison import comparison_explorer
from sse_course.apps.collective_purchase import collective_purchase_explorer
from sse_course.apps.controls import control_in
from sse_course.apps.diversified_income import diversified_income_explorer
from sse_course.apps.network_enterprise import network_enterprise_explorer
from sse_course.apps.pad_enterprise import pad_enterprise_explorer
from sse_course.display import DualDisplay
from sse_course.formatting import quantity
from sse_course.i18n.languages import languages
from sse_course.i18n.runtime import speaking

EXPLORERS: list[Callable[[], DualDisplay]] = [
    collective_purchase_explorer,
    pad_enterprise_explorer,
    network_enterprise_explorer,
    diversified_income_explorer,
    comparison_explorer,
]
# Sliders snap to their grid when drawn. (Number boxes do not; their up and down arrows step
# from the box's minimum, which for some is a far-off bound that only lets the model explain a
# negative number.)
STEPPED = (widgets.IntSlider, widgets.FloatSlider)


def controls(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from controls(child)


@pytest.mark.parametrize("explorer", EXPLORERS, ids=lambda f: f.__name__)
def test_every_slider_value_sits_on_its_step_grid(explorer):
    sliders = [c for c in controls(explorer().widget) if isinstance(c, STEPPED)]
    off = []
    for slider in sliders:
        steps = (slider.value - slider.min) / slider.step
        if not math.isclose(steps, round(steps), abs_tol=1e-9) or slider.max < slider.value:
            off.append(f"{slider.description!r}: value {slider.value}, min {slider.min}, step {slider.step}")
    assert not off, "off the step grid (a front end would move them): " + "; ".join(off)


def test_the_explorers_have_sliders():
    assert sum(isinstance(c, STEPPED) for f in EXPLORERS for c in controls(f().widget)) >= 10


def rows(widget):
    """The explorer's rows: each slider with the words that show its value beside it."""
    for child in widget.children:
        if isinstance(child, widgets.HBox) and isinstance(control_in(child), STEPPED):
            yield child


@pytest.mark.parametrize("code", [lang.code for lang in languages()])
@pytest.mark.parametrize("explorer", EXPLORERS, ids=lambda f: f.__name__)
def test_every_slider_shows_its_value_beside_it_as_its_language_writes_numbers(explorer, code):
    """Not the widget's own readout, which the front end writes with d3's English marks in every
    language ("1200" or "1,200.5" on a French page): the value, as the course writes numbers in
    the notebook's language, follows the slider (a slider by 5 reads "20", not "20.00")."""
    with speaking(code):
        panel = explorer().widget
    sliders = [c for c in controls(panel) if isinstance(c, STEPPED)]
    shown = {id(control_in(row)): row.children[1] for row in rows(panel)}
    assert sorted(shown) == sorted(id(s) for s in sliders), "a slider without its value beside it"
    for slider in sliders:
        words = shown[id(slider)]
        assert isinstance(words, widgets.Label) and not slider.readout, slider.description
        for value in (slider.value, slider.max, slider.min):
            slider.value = value
            assert words.value == quantity(slider.value, code), f"{code} {slider.description!r}: {words.value!r}"
            if float(slider.step).is_integer():
                assert not re.search(r"[.,]\d{1,2}$", words.value), f"{slider.description!r} reads {words.value!r}"


#: What a learner sees beside the sliders that reach four digits, in each language.
FOUR_DIGITS = {"en": "1,200", "pt_BR": "1.200", "es": "1.200", "fr": "1\u202f200"}


@pytest.mark.parametrize("code", FOUR_DIGITS)
def test_a_four_digit_slider_value_is_grouped_as_its_language_groups_thousands(code):
    with speaking(code):
        pads = pad_enterprise_explorer().widget
        network = network_enterprise_explorer().widget
    for panel, slider in ((pads, pads.pads), (network, network.order_size), (network, network.stall)):
        slider.value = 1200 if slider.max >= 1200 else 1000
        words = next(row.children[1] for row in rows(panel) if control_in(row) is slider)
        expected = FOUR_DIGITS[code] if slider.value == 1200 else FOUR_DIGITS[code].replace("2", "0")
        assert words.value == expected, f"{code} {slider.description!r}: {words.value!r}"
