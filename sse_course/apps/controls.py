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
    """A number box from 0 to ``maximum`` (or ``value``, if larger). The model, not the box, says
    why a 0 is impossible where it is."""
    return widgets.BoundedFloatText(
        value=value,
        min=0,
        max=max(maximum, value),
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
    (or ``value``, if larger)."""
    return kind(
        value=value,
        min=low,
        max=max(high, value),
        step=step,
        description=description,
        tooltip=tooltip,
        **control_options(),
    )
