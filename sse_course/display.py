"""One output, two renderings: a live widget for Jupyter and static HTML for the book; and, above
it, a line for the notebook saved after running and reopened later.

Jupyter (Lab, Notebook, Colab, JupyterHub, Binder) shows the richest type it can, the widget.
The static book cannot run a widget's Python callbacks, so `_config.yml` tells myst-nb to prefer
``text/html`` in HTML builds (``nb_mime_priority_overrides``). One call in a notebook therefore
works in both places.

A saved notebook keeps the widget's output, but not the widget: reopened with a new kernel, the
widgets' front end shows "Error displaying widget: model not found" (or "Loading widget..." for
ever), and ipywidgets has no fallback of its own. So a cell shows two outputs: first a line,
"Run this cell (Shift+Enter) to start the explorer", in an element with a class of its own (a
new one each time the cell runs), then the widget. The live widget carries a hidden HTML widget
whose ``<style>`` hides that element: while the widget is live, a learner sees only the widget;
once it has gone, the style has gone with it and the line shows. This works in every front end
that draws widgets (JupyterLab, Notebook 7, Voila, Colab), because an HTML widget's value goes
into the page as it is. What each front end does with the widget's place once it has gone:

- a notebook the learner saved is trusted (signed): JupyterLab and Notebook 7 pick the widget's
  output, and the line's own ``<style>`` (kept in a trusted output) hides their "model not
  found" placeholder (the next output, words with no element in them);
- a notebook not signed on this computer (as cloned, or from someone else) is untrusted: the
  widget's output is not drawn at all, its static HTML is, under the line; the sanitizer drops
  the line's ``<style>`` but keeps its class (JupyterLab's sanitizer allows ``class`` on every
  element), so the live widget can still hide it.

The book (sse_course/build/static_renderer.py) leaves the line out: its page is never live.
"""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from sse_course.i18n.runtime import gettext

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

#: The class of the line shown while a widget is not live; each output has one more class, its own.
FALLBACK_CLASS = "sse-not-live"


class DualDisplay:
    """Display a widget in a live kernel and ``html`` in the static book.

    ``html`` must be a complete, already-escaped HTML fragment.
    """

    def __init__(self, widget: Any, html: str, text: str, not_live: str | None = None) -> None:
        if not html.strip():
            raise ValueError("DualDisplay needs a non-empty static HTML rendering")
        self.widget = widget
        self.html = html
        self.text = text
        #: The line shown where the widget was, in a notebook reopened before it has run again.
        self.not_live = not_live or gettext("Run this cell (Shift+Enter) to start the explorer.")

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, Any]:
        bundle = dict(self.widget._repr_mimebundle_(include=include, exclude=exclude) or {})
        bundle["text/html"] = self.html
        # text/plain is what a terminal or a plain-text export shows.
        bundle["text/plain"] = self.text
        return bundle

    def _ipython_display_(self) -> None:
        """The line for a notebook that has not run, then the widget (which hides the line)."""
        import ipywidgets as widgets
        from IPython.display import display

        own = f"sse-{uuid.uuid4().hex[:12]}"
        display(not_live_bundle(self.not_live, own), raw=True)
        hider = widgets.HTML(f"<style>.{own} {{ display: none; }}</style>", layout=widgets.Layout(display="none"))
        shown = DualDisplay(widgets.VBox([hider, self.widget]), self.html, self.text, self.not_live)
        display(shown._repr_mimebundle_(), raw=True)


def not_live_bundle(line: str, own: str) -> dict[str, str]:
    """The output that says how to start a widget, with the class ``own`` that its live widget hides.

    Its ``<style>`` counts only where the output is trusted (a notebook the learner saved): it
    hides JupyterLab's and Notebook 7's placeholder for a widget that has gone: the next output,
    when it holds only words and no element (a live widget always holds its elements)."""
    placeholder = f".jp-OutputArea-child:has(.{own}) + .jp-OutputArea-child .jp-OutputArea-output:not(:has(*))"
    html = (
        f'<div class="{FALLBACK_CLASS} {own} {NO_TEX}"><p>{escape(line)}</p>'
        f"<style>{placeholder} {{ display: none; }}</style></div>"
    )
    return {"text/html": html, "text/plain": line}


#: The class that keeps every front end's MathJax off an HTML output: JupyterLab and Colab
#: typeset the text between two ``$`` signs as maths ("R$15 … R$150" became
#: "R*15insteadofR*150"). ``mathjax_ignore`` is MathJax 3's (JupyterLab, Notebook 7),
#: ``tex2jax_ignore`` MathJax 2's (Colab, classic Notebook). Money goes in elements with it.
NO_TEX = "tex2jax_ignore mathjax_ignore"
