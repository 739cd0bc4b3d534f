"""Ship the course's own scripts minified.

The scripts in ``sse_course/static`` are written to be read, with long comments; a learner's
phone needs none of that. After each build the copies in the site's ``_static`` (fresh from the
sources, see ``build/sphinx_ext._refresh_static_files``) are minified with rjsmin, which only
drops comments and spaces: every name and string stays, so the CSS pruning still finds the
class names the scripts add, and minifying a minified file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import rjsmin


def minify_course_scripts(html_dir: Path, sources: Path) -> tuple[int, int]:
    """Minify the site's copy of every script in ``sources``; return the bytes before and after."""
    before = after = 0
    for source in sorted(sources.glob("*.js")):
        shipped = html_dir / "_static" / source.name
        if not shipped.is_file():
            continue
        text = shipped.read_text(encoding="utf-8")
        small = rjsmin.jsmin(text, keep_bang_comments=True).strip() + "\n"
        before, after = before + len(text.encode()), after + len(small.encode())
        if small != text:
            shipped.write_text(small, encoding="utf-8")
    return before, after
