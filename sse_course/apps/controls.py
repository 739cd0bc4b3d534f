"""The explorers' ipywidgets controls: number boxes and sliders that fit a phone's screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets


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
    reads "20", not "20.00"), with thousands grouped as the course writes them ("1,000")."""
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


def readout_format(step: float) -> str:
    """The d3 format of a slider's readout: the decimals of ``step`` (0.25: two), thousands grouped."""
    decimals = 0 if float(step).is_integer() else len(f"{step:g}".split(".")[-1])
    return f",.{decimals}f"
