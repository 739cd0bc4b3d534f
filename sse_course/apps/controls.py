"""The explorers' ipywidgets controls: number boxes and sliders that fit a phone's screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from sse_course.formatting import quantity
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
    (or ``value``, if larger). An explorer shows it with its value beside it, as the course writes
    numbers (:func:`with_its_value`), not with the widget's own readout."""
    return kind(
        value=value,
        min=low,
        max=max(high, value),
        step=step,
        description=description,
        tooltip=tooltip,
        readout=False,
        **control_options(),
    )


SLIDERS = (widgets.IntSlider, widgets.FloatSlider)


def with_its_value(control: widgets.Widget, locale: str | None = None) -> widgets.Widget:
    """A slider, and after it its value as the course writes numbers in ``locale`` (default: the
    language the course speaks now), updated as it moves: ``1,200`` in English, ``1.200`` in
    Portuguese and Spanish, ``1 200`` in French (sse_course.formatting). The widget's own readout
    cannot do it: the front end writes it with d3-format, which has English marks only, so it
    showed ``1200`` or ``1,200.5`` in every language (docs/translations/numbers.md). The
    slider's own readout goes; its description and tooltip stay its name for a screen reader, which
    hears its value from the slider itself (``aria-valuetext``), so the words beside it are plain
    text, not a live region that would say every step twice. On a screen too narrow for both, the
    value goes under the slider rather than past the screen's edge. Any other control comes back as it is.
    """
    if not isinstance(control, SLIDERS):
        return control
    code = locale or current_language()
    control.readout = False
    control.layout.flex = "1 1 auto"
    shown = widgets.Label(quantity(control.value, code), layout=widgets.Layout(flex="0 0 auto", margin="0 0 0 0.5em"))

    def follow(change: dict[str, Any]) -> None:
        shown.value = quantity(change["new"], code)

    control.observe(follow, names="value")
    return widgets.HBox(
        [control, shown],
        layout=widgets.Layout(width="auto", max_width="100%", align_items="center", flex_flow="row wrap"),
    )


def control_in(row: widgets.Widget) -> widgets.Widget:
    """The control of one row of an explorer: a slider shown with its value (:func:`with_its_value`),
    or the row itself."""
    if isinstance(row, widgets.HBox) and row.children and isinstance(row.children[0], SLIDERS):
        return row.children[0]
    return row
