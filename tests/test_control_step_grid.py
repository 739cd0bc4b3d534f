"""Every control of every explorer starts on its step grid (min + a whole number of steps). A
slider whose value is off the grid snaps to the next step as soon as a front end draws it, so
the explorer would contradict the text beside it (WISE's "Pads sold a month": min 1, step 10,
value 300 showed 301). And a slider reads as the course writes numbers: a slider by 5 reads "20",
not "20.00" (ATEMDO's discount and stall cost read like money to the cent)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import ipywidgets as widgets
import pytest

from sse_course.apps.case_comparison import comparison_explorer
from sse_course.apps.collective_purchase import collective_purchase_explorer
from sse_course.apps.diversified_income import diversified_income_explorer
from sse_course.apps.network_enterprise import network_enterprise_explorer
from sse_course.apps.pad_enterprise import pad_enterprise_explorer
from sse_course.display import DualDisplay
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


def readout_decimals(readout_format: str) -> int:
    """How many decimals a slider's readout shows, from its d3 format ("d", ",d", ".2f", ",.0f")."""
    match = re.fullmatch(r",?(?:d|\.(\d+)f)", readout_format)
    assert match, f"unexpected readout format {readout_format!r}"
    return int(match[1] or 0)


@pytest.mark.parametrize("explorer", EXPLORERS, ids=lambda f: f.__name__)
def test_every_slider_reads_with_its_step_s_decimals(explorer):
    sliders = [c for c in controls(explorer().widget) if isinstance(c, STEPPED)]
    wrong = []
    for slider in sliders:
        decimals = 0 if float(slider.step).is_integer() else len(f"{slider.step:g}".split(".")[-1])
        shown = readout_decimals(slider.readout_format)
        if shown != decimals:
            wrong.append(f"{slider.description!r} (step {slider.step}) reads {shown} decimals, not {decimals}")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("code", [lang.code for lang in languages() if not lang.is_source])
@pytest.mark.parametrize("explorer", EXPLORERS, ids=lambda f: f.__name__)
def test_in_another_language_no_slider_reads_with_english_marks(explorer, code):
    """The front end writes a readout with d3's English marks only: "1,000" would read as one in
    Portuguese, Spanish or French, and "2.5" is not how they write two and a half. So in another
    language a readout groups nothing ("1000") and no slider has a fractional step."""
    with speaking(code):
        sliders = [c for c in controls(explorer().widget) if isinstance(c, STEPPED)]
    wrong = [
        f"{slider.description!r}: {slider.readout_format!r}, step {slider.step}"
        for slider in sliders
        if "," in slider.readout_format or not float(slider.step).is_integer()
    ]
    assert not wrong, f"{code}: readouts with English marks: " + "; ".join(wrong)
