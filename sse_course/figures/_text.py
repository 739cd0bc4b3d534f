"""The words of a figure in one language, and how wide a line of them is drawn.

- :class:`Words`: a generated figure asks it for each phrase it draws, in English
  (``words("About {total} million", total=words.number(260))``); it gives the phrase in its
  language from the figures' catalogue, or records the English (what ``make translations`` puts in
  the catalogue: :attr:`Words.recorded`).
- :func:`line_width`: the width in px of a line of text at a font size, in DejaVu Sans (the copy
  matplotlib ships), the widest of the fonts the figures' ``system-ui`` may be drawn with. The
  tests check with it that every line of every figure, in every language, stays inside its box
  (:mod:`sse_course.i18n.figures`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from sse_course.formatting import localised, style
from sse_course.i18n.numbers import PLACEHOLDER

#: (figure's name, English) -> the translation, or None where the catalogue has none.
Translate = Callable[[str, str], "str | None"]


@cache
def _font(bold: bool) -> Any:
    """DejaVu Sans (or its bold) at 100 px, the copy matplotlib ships, read by Pillow."""
    import matplotlib
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), 100)


def line_width(text: str, size: float, bold: bool = False) -> float:
    """How wide ``text`` is drawn at ``size`` px, in px, in DejaVu Sans: the widest of the fonts
    a phone or a computer may draw ``system-ui`` with (Roboto, Segoe UI and San Francisco are
    narrower), so a line that fits in it fits everywhere."""
    return float(_font(bold).getlength(text)) * size / 100


class Words:
    """The words of one generated figure in one language (a course language's code).

    ``words(english, **values)`` is ``english`` with its ``{placeholders}`` filled in, in the
    language: from ``translate`` (the figures' catalogue), or the English where it has none.
    ``number`` and ``percent`` write a value as the language does (``7,9 %`` in French)."""

    def __init__(self, figure: str, code: str = "en", translate: Translate | None = None) -> None:
        self.figure, self.code, self._translate = figure, code, translate
        self.recorded: list[str] = []  # every English phrase asked for, in order

    def __call__(self, english: str, **values: object) -> str:
        if english not in self.recorded:
            self.recorded.append(english)
        said = self._translate(self.figure, english) if self._translate and self.code != "en" else None
        return (said or english).format(**values)

    def number(self, value: float) -> str:
        """``7.9`` as the language writes it (``7,9``); whole numbers as they are (``2019``)."""
        return localised(f"{value:g}" if isinstance(value, float) else str(value), self.code)

    def percent(self, value: float) -> str:
        """``56%`` as the language writes it (``56 %`` in French, with a no-break space)."""
        return style(self.code).percent.replace(PLACEHOLDER, self.number(value))
