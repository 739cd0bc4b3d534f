"""The course's own script (``static/sse-theme.js``) in place of the theme's three.

pydata-sphinx-theme loads Bootstrap's script (81 KB, 23 KiB gzip: tooltips, Popper, every
Bootstrap component) and its own (16 KB), and sphinx-book-theme one more. Their set-up, run as
each page is parsed, read the page's layout several times (the sidebar's scroll, the header's
height, which boxes scroll), so the browser laid out the whole page inside their task: on a long
chapter the longest tasks of the load, and most of its blocking time on a slow phone (issue 14).
The book uses a few of their features: the colour button, search, three header menus, the
sidebar buttons, "back to top", "on this page". ``sse-theme.js`` does those, measuring nothing
while the page loads.

- The theme's asset macros (``static/webpack-macros.html``, found before the theme's own; the
  course's copy also leaves out Font Awesome's script, see ``sphinx_ext._add_paths``) load
  neither of pydata-sphinx-theme's scripts, nor preload them.
- The book theme's script is dropped from each page's scripts (``html-page-context``).
- Their files are removed from the built site, so the offline zip and the "save the whole
  course" download do not carry them.
"""

from __future__ import annotations

import re
from pathlib import Path

from sse_course.build.theme_templates import cut

#: The theme's two scripts: the preloads in ``head_js_preload`` and the tags in ``body_post``.
THEME_SCRIPT_TAGS = re.compile(
    r'[ \t]*<(?:link rel="preload" as="script" href|script defer src)='
    r"\"\{\{ pathto\('_static/scripts/(?:bootstrap|pydata-sphinx-theme)\.js', 1\) \}\}\?digest=[0-9a-f]+\""
    r" ?/?>(?:</script>)?\n?"
)
BOOK_THEME_SCRIPT = "scripts/sphinx-book-theme.js"
#: The theme's script files, which no page loads: removed from the built site.
UNUSED_FILES = (
    "_static/scripts/bootstrap.js*",
    "_static/scripts/pydata-sphinx-theme.js*",
    "_static/scripts/sphinx-book-theme.js*",
)


def macros_without_theme_scripts(macros: str, path: Path) -> str:
    """The theme's asset macros (the text of ``path``) without its four script tags."""
    return cut(
        THEME_SCRIPT_TAGS,
        macros,
        4,
        path,
        "the theme's 2 script preloads and 2 script tags",
        "update sse_course/build/theme_scripts.py (and check sse-theme.js)",
    )


def drop_book_theme_script(app, pagename, templatename, context, doctree) -> None:
    scripts = context.get("script_files")
    if scripts is not None:
        context["script_files"] = [js for js in scripts if BOOK_THEME_SCRIPT not in str(js)]


def remove_unused_files(html_dir: Path) -> None:
    for pattern in UNUSED_FILES:
        for unused in html_dir.glob(pattern):
            unused.unlink()
