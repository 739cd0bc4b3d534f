"""The launch menu's logos are decorative: each button names its service in words beside its logo.

sphinx-book-theme writes each logo's ``alt`` as the button's text and the word "logo" (its
macro ``render_inner_html``: ``alt="{{ translate(text) }} {{ translate("logo") }}"``), so a
screen reader said "Binder logo Binder" for the Binder button, and a translated edition's
"Exécuter dans le navigateur logo" and "Binder logo" were English word order or English words
(its catalogues have no "logo" in Portuguese, Spanish or French). The button's text beside the
logo already names it, so the logo is decorative and its right text is none (``alt=""``, WCAG's
technique H67): screen readers skip it and say the button's name once, in every language.

The course's copy of the macros is found before the theme's: the theme imports them as
``../macros/buttons.html`` from its components folder, and Sphinx's loader joins that name to the
course's templates folder (sphinx_ext._add_paths), so the copy is written to ``macros/buttons.html``
beside that folder.
"""

from __future__ import annotations

from pathlib import Path

import sphinx_book_theme

BUTTON_MACROS = Path(sphinx_book_theme.__file__).parent / "theme" / "sphinx_book_theme" / "macros" / "buttons.html"
#: Where the theme's components ask for the macros (article-header-buttons.html).
IMPORTED_AS = "../macros/buttons.html"
THEME_ALT = '<img alt="{{ translate(text) }} {{ translate("logo") }}"'
DECORATIVE = '<img alt=""'


def button_macros_with_decorative_logos() -> str:
    """The book theme's button macros, each logo with an empty ``alt`` (see the module's docstring)."""
    macros = BUTTON_MACROS.read_text(encoding="utf-8")
    if macros.count(THEME_ALT) != 1:
        raise RuntimeError(
            f"{BUTTON_MACROS}: expected one logo written with {THEME_ALT!r}; the theme changed: update "
            "sse_course/build/launch_logos.py"
        )
    return macros.replace(THEME_ALT, DECORATIVE)
