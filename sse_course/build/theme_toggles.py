"""The phone menu: make the sidebar buttons a reader can see the ones that open the sidebars.

pydata-sphinx-theme 0.17 puts its own "Site navigation" and "On this page" buttons in the top
header, and sphinx-book-theme 1.3 puts its ☰ and "Contents" buttons in the article header. The
book theme hides the header's pair at every width, but pydata's script wires only the *first*
``.primary-toggle`` and ``.secondary-toggle`` on the page (``document.querySelector``): the
hidden ones. So on a phone the visible ☰ only showed its tooltip and the sidebar dialog never
opened (pydata-sphinx-theme issue #2451). The book theme's own script (collapse the sidebar on
wide screens) has the same ``querySelector`` and missed the visible button too.

The fix: the header template without the two hidden buttons. Then the only ``.primary-toggle``
and ``.secondary-toggle`` are the visible ones. (Since stop 14 the themes' scripts are not loaded
at all; the course's ``static/sse-theme.js`` wires the buttons: see theme_scripts.py.)

The book theme writes the visible buttons' titles (their only name, for a screen reader too) in
English, unmarked for translation: the course's copies of the two templates mark them, and each
language's ``locales/<code>/LC_MESSAGES/sphinx.po`` translates them (i18n/catalogues.py). So for
the names of two of its navigation landmarks, which a screen reader says too: the course's
table of contents ("Main") and the page's printed one ("Page").
"""

from __future__ import annotations

import re
from pathlib import Path

import pydata_sphinx_theme
import sphinx_book_theme

from sse_course.build.theme_templates import cut

HEADER_TEMPLATE = (
    Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "sections" / "header.html"
)
HIDDEN_TOGGLE = re.compile(
    r'\s*<button class="pst-navbar-icon sidebar-toggle (?:primary|secondary)-toggle"[^>]*>.*?</button>', re.S
)
# Where the course's template loader looks it up (sphinx_ext._add_paths).
TEMPLATE_NAME = Path("sections") / "header.html"
BOOK_THEME_COMPONENTS = Path(sphinx_book_theme.__file__).parent / "theme" / "sphinx_book_theme" / "components"
#: The visible sidebar buttons' titles, as the book theme writes them.
TOGGLE_TITLES = {
    "toggle-primary-sidebar.html": "Toggle primary sidebar",
    "toggle-secondary-sidebar.html": "Toggle secondary sidebar",
}


def header_without_hidden_toggles() -> str:
    """The theme's header template without its two sidebar buttons (see the module's docstring)."""
    return cut(
        HIDDEN_TOGGLE,
        HEADER_TEMPLATE.read_text(encoding="utf-8"),
        2,
        HEADER_TEMPLATE,
        "the theme's two hidden sidebar buttons",
        "check whether the phone menu still needs sse_course/build/theme_toggles.py",
    )


def toggles_with_translated_titles() -> dict[str, str]:
    """The book theme's two sidebar-button templates (name -> text), their titles marked for translation."""
    templates = {}
    for name, title in TOGGLE_TITLES.items():
        template = (BOOK_THEME_COMPONENTS / name).read_text(encoding="utf-8")
        if f'title="{title}"' not in template:
            raise RuntimeError(
                f"{BOOK_THEME_COMPONENTS / name}: no title {title!r}; the theme changed: update theme_toggles.py"
            )
        templates[name] = template.replace(f'title="{title}"', f'title="{{{{ _({title!r}) }}}}"')
    return templates


#: The book theme's templates whose landmarks' names it writes in English, and those names.
LANDMARK_NAMES = {
    BOOK_THEME_COMPONENTS / "sbt-sidebar-nav.html": "Main",
    BOOK_THEME_COMPONENTS.parent / "layout.html": "Page",
}


def landmarks_with_translated_names() -> dict[str, str]:
    """The book theme's templates (name -> text) with their navigation landmarks' names
    (``aria-label``) marked for translation."""
    templates = {}
    for path, name in LANDMARK_NAMES.items():
        template = path.read_text(encoding="utf-8")
        if template.count(f'aria-label="{name}"') != 1:
            raise RuntimeError(f"{path}: no aria-label {name!r}; the theme changed: update theme_toggles.py")
        templates[path.name] = template.replace(f'aria-label="{name}"', f'aria-label="{{{{ _({name!r}) }}}}"')
    return templates
