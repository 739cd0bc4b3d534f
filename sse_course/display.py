"""One output, two renderings: a live widget for Jupyter and static HTML for the book.

Jupyter (Lab, Notebook, Colab, JupyterHub, Binder) shows the richest type it can, the widget.
The static book cannot run a widget's Python callbacks, so `_config.yml` tells myst-nb to prefer
``text/html`` in HTML builds (``nb_mime_priority_overrides``). One call in a notebook therefore
works in both places.
"""

from __future__ import annotations

from typing import Any

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


class DualDisplay:
    """Display a widget in a live kernel and ``html`` in the static book.

    ``html`` must be a complete, already-escaped HTML fragment.
    """

    def __init__(self, widget: Any, html: str, text: str) -> None:
        if not html.strip():
            raise ValueError("DualDisplay needs a non-empty static HTML rendering")
        self.widget = widget
        self.html = html
        self.text = text

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, Any]:
        bundle = dict(self.widget._repr_mimebundle_(include=include, exclude=exclude) or {})
        bundle["text/html"] = self.html
        # text/plain is what a terminal or a plain-text export shows.
        bundle["text/plain"] = self.text
        return bundle


#: The class that keeps every front end's MathJax off an HTML output: JupyterLab and Colab
#: typeset the text between two ``$`` signs as maths ("R$15 … R$150" became
#: "R*15insteadofR*150"). ``mathjax_ignore`` is MathJax 3's (JupyterLab, Notebook 7),
#: ``tex2jax_ignore`` MathJax 2's (Colab, classic Notebook). Money goes in elements with it.
NO_TEX = "tex2jax_ignore mathjax_ignore"
