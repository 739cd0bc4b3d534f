"""The base class of every case-study explorer: its controls, results panel and charts, and
the update cycle that shows the model's plain message instead of results for impossible input."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import ipywidgets as widgets

from sse_course.apps.controls import with_its_value
from sse_course.apps.html import error_html
from sse_course.models.errors import ModelInputError


class ModelExplorer(widgets.VBox):
    """An explorer of a model: controls, a results panel (``self.results``) and ``self.charts``.

    A subclass makes its controls and HTML widgets, then calls :meth:`assemble`. On every change
    :meth:`update` reads the controls (:meth:`current_inputs`, which the model checks) and shows the
    results (:meth:`show`), or, if an input is impossible, the model's plain message instead of
    the results, and no chart.
    """

    results: widgets.HTML
    charts: tuple[widgets.HTML, ...] = ()

    def assemble(self, controls: Iterable[widgets.Widget], children: Sequence[widgets.Widget]) -> None:
        """Watch ``controls``, lay out ``children`` one under another (each slider with its value
        beside it, in the language of the moment: :func:`with_its_value`), and show the first results."""
        for control in controls:
            control.observe(self.update, names="value")
        super().__init__([with_its_value(child) for child in children])
        self.update()

    def current_inputs(self) -> Any:
        """The model's inputs the controls show now (raises ModelInputError if they are impossible)."""
        raise NotImplementedError

    def show(self, inputs: Any) -> None:
        """Fill the results panel and the charts for possible ``inputs``."""
        raise NotImplementedError

    def update(self, _change=None) -> None:
        """Recompute the results and the charts; show a plain message instead if an input is impossible."""
        try:
            inputs = self.current_inputs()
        except ModelInputError as problem:
            self.results.value = error_html(problem)
            for chart in self.charts:
                chart.value = ""
            return
        self.show(inputs)
