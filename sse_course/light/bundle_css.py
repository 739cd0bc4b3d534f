"""One stylesheet per page instead of eleven.

A chapter page linked eleven stylesheets, and the theme's ``theme.css`` then imported
``basic.css``: on a slow phone connection each is another request before the first paint.
After the stylesheets are cut (``prune_css``), they are joined, in the order the pages link
them and with ``@import`` inlined, into ``_static/styles/sse-styles.css``, and each page links
that one file (with a ``?v=`` hash of its content, so a new build is never served an old copy).
The separate files stay in the site for anything else that reads them.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
from pathlib import Path

BUNDLE = "_static/styles/sse-styles.css"
LINK_TAG = re.compile(r"[ \t]*<link\b[^>]*>\n?")
HREF = re.compile(r'\bhref="([^"]+)"')
IMPORT = re.compile(r'@import\s+(?:url\()?\s*["\']?([^"\')\s;]+)["\']?\s*\)?[^;]*;')
URL = re.compile(r'url\(\s*(["\']?)([^"\')]+)\1\s*\)')
CHARSET = re.compile(r'@charset\s+"[^"]*";')


def _is_stylesheet(tag: str) -> bool:
    return re.search(r'\brel="stylesheet"', tag) is not None


def _site_path(page: Path, html_dir: Path, href: str) -> str | None:
    if "://" in href or href.startswith(("/", "data:")):
        return None
    page_dir = page.parent.relative_to(html_dir).as_posix()
    path = posixpath.normpath(posixpath.join(page_dir, href.split("?")[0]))
    return path if path.startswith("_static/") and path.endswith(".css") else None


def page_stylesheets(text: str, page: Path, html_dir: Path) -> list[str]:
    sheets = []
    for tag in LINK_TAG.findall(text):
        href = HREF.search(tag)
        if _is_stylesheet(tag) and href:
            path = _site_path(page, html_dir, href.group(1))
            if path and path != BUNDLE:
                sheets.append(path)
    return sheets


def merge_order(order: list[str], sheets: list[str]) -> list[str]:
    """``order`` with any of ``sheets`` it lacks inserted after the sheet that precedes it."""
    order = list(order)
    previous = None
    for sheet in sheets:
        if sheet not in order:
            order.insert(order.index(previous) + 1 if previous else 0, sheet)
        previous = sheet
    return order


def _css_with_imports(html_dir: Path, path: str, seen: set[str]) -> str:
    if path in seen or not (html_dir / path).is_file():
        return ""
    seen.add(path)
    css = CHARSET.sub("", (html_dir / path).read_text(encoding="utf-8"))
    folder = posixpath.dirname(path)

    def inline(match: re.Match) -> str:
        return _css_with_imports(html_dir, posixpath.normpath(posixpath.join(folder, match.group(1))), seen)

    def rebase(match: re.Match) -> str:
        target = match.group(2).strip()
        if target.startswith(("data:", "#", "/")) or "://" in target:
            return match.group(0)
        absolute = posixpath.normpath(posixpath.join(folder, target))
        return f"url({posixpath.relpath(absolute, posixpath.dirname(BUNDLE))})"

    return URL.sub(rebase, IMPORT.sub(inline, css))


def write_bundle(html_dir: Path, state: Path, pages) -> str:
    """Write the joined stylesheet; returns the ``?v=`` hash. ``state`` keeps the link order
    between builds (an incremental build rewrites only some pages)."""
    order = json.loads(state.read_text(encoding="utf-8")) if state.is_file() else []
    for page in pages:
        order = merge_order(order, page_stylesheets(page.read_text(encoding="utf-8"), page, html_dir))
    order = [sheet for sheet in order if (html_dir / sheet).is_file()]
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(json.dumps(order, indent=1), encoding="utf-8")
    seen: set[str] = set()
    css = "\n".join(_css_with_imports(html_dir, sheet, seen) for sheet in order)
    (html_dir / BUNDLE).write_text(css, encoding="utf-8")
    return hashlib.sha256(css.encode("utf-8")).hexdigest()[:12]


def link_bundle(version: str):
    """A page fix (see pages.fix_pages): the page's stylesheet links become one link."""

    def fix(text: str, page: Path, html_dir: Path) -> str:
        root = os.path.relpath(html_dir, page.parent).replace(os.sep, "/")
        href = posixpath.join("" if root == "." else root, BUNDLE)
        tag = f'<link rel="stylesheet" href="{href}?v={version}" />\n'
        out, placed = [], False
        position = 0
        for match in LINK_TAG.finditer(text):
            found = HREF.search(match.group(0))
            path = _site_path(page, html_dir, found.group(1)) if found else None
            if not (_is_stylesheet(match.group(0)) and path):
                continue
            out.append(text[position : match.start()])
            if not placed:
                out.append(tag)
                placed = True
            position = match.end()
        out.append(text[position:])
        return "".join(out)

    return fix
