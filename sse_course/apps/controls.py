"""The explorers' ipywidgets controls: number boxes and sliders that fit a phone's screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from sse_course.i18n.languages import language as find_language
from sse_course.i18n.runtime import current_language


def control_options() -> dict[str, Any]:
    """The style and layout of every control: its whole description shown, and no wider than the
    screen (a phone too). Pass them on as ``**control_options()``."""
    return {"style": {"description_width": "initial"}, "layout": widgets.Layout(width="auto", max_width="100%")}


def number_box(description: str, value: float, maximum: float, step: float, tooltip: str) -> widgets.BoundedFloatText:
    """A number box up to ``maximum`` (or ``value``, if larger). It takes negative numbers too, so
    that the model, not the box, says why -5 or 0 is impossible: a box from 0 would silently turn
    a typed -5 into 0."""
    largest = max(maximum, value)
    return widgets.BoundedFloatText(
        value=value,
        min=-largest,
        max=largest,
        step=step,
        description=description,
        tooltip=tooltip,
        **control_options(),
    )


def slider(
    kind: Callable[..., widgets.Widget],
    description: str,
    value: float,
    low: float,
    high: float,
    step: float,
    tooltip: str,
) -> widgets.Widget:
    """A slider of ``kind`` (``widgets.IntSlider``, ``widgets.FloatSlider``) from ``low`` to ``high``
    (or ``value``, if larger). Its readout shows as many decimals as its step has (a slider by 5
    reads "20", not "20.00"), with thousands grouped as English writes them ("1,000"); in
    another language, see :func:`readout_format`."""
    return kind(
        value=value,
        min=low,
        max=max(high, value),
        step=step,
        description=description,
        tooltip=tooltip,
        readout_format=readout_format(step),
        **control_options(),
    )


def readout_format(step: float, language: str | None = None) -> str:
    """The d3 format of a slider's readout: the decimals of ``step`` (0.25: two), thousands grouped
    in English. The front end formats a readout with d3, which writes numbers the English way
    only (a comma between thousands, a point before decimals), and a readout cannot be given
    another language's marks. So in another language (default: the one the course speaks now)
    the readout groups nothing: "1000", where "1,000" would read as one in Portuguese, Spanish
    or French (each of which writes 1.000 or 1 000: docs/translations/numbers.md). (No explorer has a slider with a fractional step,
    which would show a decimal point there; tests/test_control_step_grid.py checks it.)"""
    decimals = 0 if float(step).is_integer() else len(f"{step:g}".split(".")[-1])
    grouped = "," if find_language(language or current_language()).is_source else ""
    return f"{grouped}.{decimals}f"
