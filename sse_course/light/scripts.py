"""Ship the course's own scripts minified, and the two that Sphinx extensions ship unminified.

The scripts in ``sse_course/static`` are written to be read, with long comments; a learner's
phone needs none of that. After each build the copies in the site's ``_static`` (fresh from the
sources, see ``build/sphinx_ext._refresh_static_files``) are minified with rjsmin, which only
drops comments and spaces: every name and string stays, so the CSS pruning still finds the
class names the scripts add, and minifying a minified file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import rjsmin

# Scripts the book's Sphinx extensions ship unminified (sphinx-copybutton, sphinx-togglebutton):
# on every page with code or a solution to open, 6 KiB gzip as shipped, 4 once minified.
EXTENSION_SCRIPTS = ("copybutton.js", "togglebutton.js")


def minify_course_scripts(html_dir: Path, sources: Path) -> tuple[int, int]:
    """Minify the site's copy of every script in ``sources``, and of :data:`EXTENSION_SCRIPTS`;
    return the bytes before and after."""
    before = after = 0
    for name in [source.name for source in sorted(sources.glob("*.js"))] + list(EXTENSION_SCRIPTS):
        shipped = html_dir / "_static" / name
        if not shipped.is_file():
            continue
        text = shipped.read_text(encoding="utf-8")
        small = rjsmin.jsmin(text, keep_bang_comments=True).strip() + "\n"
        before, after = before + len(text.encode()), after + len(small.encode())
        if small != text:
            shipped.write_text(small, encoding="utf-8")
    return before, after
