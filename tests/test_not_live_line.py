"""A notebook saved after running and reopened later (a new kernel, not run yet) has lost its
widgets: where an explorer or a quiz was, a learner must read how to start it, not "model not
found" (sse_course/display.py). In a live kernel the line is hidden by the widget itself; the
book never shows it. The same in every language the course speaks. The browser half of this is
tests/test_jupyterlab.py (a real JupyterLab, a notebook saved and reopened)."""

from __future__ import annotations

import re

import IPython.display
import ipywidgets as widgets
import pytest

from sse_course.apps.pad_enterprise import pad_enterprise_explorer
from sse_course.build.static_renderer import NOT_LIVE_OUTPUT
from sse_course.display import FALLBACK_CLASS, NO_TEX, WIDGET_MIME
from sse_course.i18n.languages import languages
from sse_course.i18n.runtime import gettext
from sse_course.quiz import Quiz

EXPLORER_LINE = "Run this cell (Shift+Enter) to start the explorer."
QUIZ_LINE = "Run this cell (Shift+Enter) to start the quiz."


def shown(thing) -> list[dict]:
    """The outputs a notebook cell saves for ``thing`` as its last line: the mime bundles it
    displays, in order (IPython's display() is replaced by a recorder for the call)."""
    bundles: list[dict] = []

    def record(bundle, raw=False):
        assert raw, "a bundle displayed as it is"
        bundles.append(bundle)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IPython.display, "display", record)
        thing._ipython_display_()
    return bundles


def own_class(html: str) -> str:
    opening = re.match(r'<div class="([^"]+)"', html)
    assert opening, html
    classes = opening[1].split()
    assert classes[0] == FALLBACK_CLASS
    return classes[1]


@pytest.mark.parametrize(
    ("make", "line"), [(pad_enterprise_explorer, EXPLORER_LINE), (lambda: Quiz("wise-ethiopia"), QUIZ_LINE)]
)
def test_the_line_comes_first_and_the_live_widget_hides_it(make, line):
    display = make()
    note, widget = shown(display)
    assert note["text/plain"] == line and f"<p>{line}</p>" in note["text/html"]
    assert NO_TEX in note["text/html"]
    assert WIDGET_MIME not in note
    own = own_class(note["text/html"])
    # The widget's output: the widget, with the book's static HTML and the plain text beside it.
    assert widget["text/html"] == display.html and widget["text/plain"] == display.text
    shown_widget = widgets.Widget.widgets[widget[WIDGET_MIME]["model_id"]]
    hider, explorer = shown_widget.children
    assert explorer is display.widget
    assert hider.value == f"<style>.{own} {{ display: none; }}</style>" and hider.layout.display == "none"
    # The line's own style hides only the placeholder in the output right after it.
    assert f".jp-OutputArea-child:has(.{own}) + .jp-OutputArea-child" in note["text/html"]


def test_each_display_has_a_class_of_its_own():
    """A cell run again (or two explorers) must not hide another cell's line."""
    first, second = (own_class(shown(pad_enterprise_explorer())[0]["text/html"]) for _ in range(2))
    assert first != second


def test_the_book_leaves_the_line_out_but_not_the_static_html():
    note, widget = shown(pad_enterprise_explorer())
    assert NOT_LIVE_OUTPUT.match(note["text/html"])
    assert not NOT_LIVE_OUTPUT.match(widget["text/html"])


@pytest.mark.parametrize("lang", [lang for lang in languages() if not lang.is_source], ids=lambda lang: lang.code)
def test_the_line_is_in_every_language(lang):
    for line in (EXPLORER_LINE, QUIZ_LINE):
        translated = gettext(line, lang.code)
        assert translated != line and ("Shift" in translated or "Maj" in translated), (lang.code, translated)
    assert shown(Quiz("wise-ethiopia", lang.code))[0]["text/plain"] == gettext(QUIZ_LINE, lang.code)
