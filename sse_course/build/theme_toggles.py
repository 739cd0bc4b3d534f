"""The phone menu: make the sidebar buttons a reader can see the ones that open the sidebars.

pydata-sphinx-theme 0.17 puts its own "Site navigation" and "On this page" buttons in the top
header, and sphinx-book-theme 1.3 puts its ☰ and "Contents" buttons in the article header. The
book theme hides the header's pair at every width, but pydata's script wires only the *first*
``.primary-toggle`` and ``.secondary-toggle`` on the page (``document.querySelector``): the
hidden ones. So on a phone the visible ☰ only showed its tooltip and the sidebar dialog never
opened (pydata-sphinx-theme issue #2451). The book theme's own script (collapse the sidebar on
wide screens) has the same ``querySelector`` and missed the visible button too.

The fix: the header template without the two hidden buttons. Then the only ``.primary-toggle``
and ``.secondary-toggle`` are the visible ones, and both themes' scripts find them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pydata_sphinx_theme

HEADER_TEMPLATE = (
    Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "sections" / "header.html"
)
HIDDEN_TOGGLE = re.compile(
    r'\s*<button class="pst-navbar-icon sidebar-toggle (?:primary|secondary)-toggle"[^>]*>.*?</button>', re.S
)
# Where the course's template loader looks it up (sphinx_ext._add_paths).
TEMPLATE_NAME = Path("sections") / "header.html"


def header_without_hidden_toggles() -> str:
    """The theme's header template without its two sidebar buttons (see the module's docstring)."""
    header = HEADER_TEMPLATE.read_text(encoding="utf-8")
    trimmed, found = HIDDEN_TOGGLE.subn("", header)
    if found != 2:
        raise RuntimeError(
            f"{HEADER_TEMPLATE}: expected the theme's two hidden sidebar buttons, found {found}; "
            "the theme changed: check whether the phone menu still needs sse_course/build/theme_toggles.py"
        )
    return trimmed
