"""How myst-nb renders notebooks into the static book (``nb_render_plugin`` in _config.yml).

The book is static: a widget's Python callbacks never run there, and every notebook output that
has a widget also carries a static HTML rendering (see ``display.py``). So the saved widget
state is not embedded in the page, and no widget manager is loaded: that state can weigh more
than the page itself, and the manager would come from a CDN.
"""

from __future__ import annotations

from myst_nb.core.render import NbElementRenderer


class StaticBookRenderer(NbElementRenderer):
    def render_nb_finalise(self, metadata: dict) -> None:
        """myst-nb's default embeds the notebook's ipywidgets state here; the book needs none."""
