"""Small fixes to every built page, for weight and for accessibility.

While Sphinx writes a page (``html-page-context``):
- every script file loads with ``defer``, so none blocks the first paint;
- the copy-button, toggle and tab scripts load only on pages with code, toggles or tabs.

After the build (the theme's templates write these parts, so they are fixed in the output;
each fix is idempotent, so pages an incremental build did not rewrite stay right):
- Sphinx's search tools and the 100 KB search index load only on the search page, and there
  only when the reader searches (``LAZY_SEARCH``). With the theme's search-as-you-type off (the
  default), the search box on other pages only sends the reader to ``search.html?q=...``.
- The search button's label is its visible text ("Search Ctrl+K", "Recherche Ctrl+K"), not a
  different ``aria-label`` (axe: label-content-name-mismatch).
- Each sidebar toggle that opens a section's pages is named after the section (axe: summary-name).
- The theme's Bootstrap tooltip attributes go: no page loads Bootstrap (``build/theme_scripts.py``),
  and the buttons keep their ``title`` or ``aria-label``.
- The theme's first script sets the colour mode and theme the page will keep (``THEME_MODE``): the
  theme's script set them again once the page was parsed, from "" to "auto" and "light", and the
  browser worked out the style of the whole page again (about 1,000 elements, a tenth of the page's
  main-thread work after its first paint); the course's ``sse-theme.js`` leaves them as they are.
- The web app manifest, theme colour and offline script tags (see ``offline.py``).
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

from sphinx.builders.html._assets import _JavaScript

from sse_course.i18n.interface import translated
from sse_course.i18n.languages import languages

SEARCH_TOOLS = re.compile(
    r'\s*<script src="([^"]*_static/searchtools\.js)"></script>'
    r'\s*<script src="([^"]*_static/language_data\.js)"></script>'
    r'\s*<script src="([^"]*searchindex\.js)"></script>'
)
# On the search page the tools and the index load only when there is something to search for
# (``?q=``: the theme's search box and the page's own form both send the reader there). They are
# added once the page's deferred scripts have run, as ``searchtools.js`` needs ``doctools.js``;
# in this order, so that the index finds the tools ready. Without a query they do nothing.
LAZY_SEARCH = """
  <script>/* sse: search tools only for a search */document.addEventListener("DOMContentLoaded", () => {
    if (!new URLSearchParams(location.search).get("q")) return;
    for (const src of %s) {
      const script = document.createElement("script");
      script.src = src; script.async = false; document.head.appendChild(script);
    }
  });</script>"""
SEARCH_BUTTON_LABEL = re.compile(r'(<button class="btn search-button-field[^"]*"[^>]*?) aria-label="[^"]*"')
TOC_TOGGLE = re.compile(
    r'(<a class="[^"]*\breference internal[^"]*" href="[^"]*">((?:(?!</a>).)*)</a><details(?: open="open")?>)<summary>'
)
# Bootstrap's tooltips: the buttons' plain title (a browser's own tooltip) or aria-label stays. The
# menus' data-bs-toggle="dropdown" stays: sse-theme.js finds the menus by it.
TOOLTIP_ATTRIBUTES = re.compile(r'\s+data-bs-(?:placement="[^"]*"|toggle="tooltip"|title="[^"]*")')
# The theme's first script (layout.html) copies the saved mode and theme, or its default mode, ""
# when none is set, and left it to the theme's main script to set the mode to "auto" and the theme
# to the reader's system colours once the page was parsed. Here the first script sets the final
# ones (an unknown mode is "auto"; "auto" follows prefers-color-scheme), so that dark-mode readers
# see no light flash; sse-theme.js changes them only when the reader presses the colour button.
THEME_MODE = re.compile(
    r'document\.documentElement\.dataset\.mode = localStorage\.getItem\("mode"\) \|\| "([a-z]*)";\s*'
    r'document\.documentElement\.dataset\.theme = localStorage\.getItem\("theme"\) \|\| "[a-z]*";'
)
THEME_MODE_FINAL = (
    'try{{var m=localStorage.getItem("mode")||"{default}";if(m!=="light"&&m!=="dark")m="auto";'
    "var d=document.documentElement;d.dataset.mode=m;"
    'd.dataset.theme=m==="auto"?(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"):m}}catch(e){{}}'
)
HEAD_END = "</head>"
HEAD_MARK = '<link rel="manifest"'
# Not pages of this build: the in-browser site, and the editions in other languages (each of
# them is made light by its own build, in its own language).
SKIPPED_DIRS = {"_static", "_sources", "_downloads", "_images", "lite"} | {
    lang.tag for lang in languages() if not lang.is_source
}


def defer_scripts(app, pagename, templatename, context, doctree) -> None:
    scripts = context.get("script_files")
    if not scripts:
        return
    deferred = []
    for script in scripts:
        attributes = dict(getattr(script, "attributes", {}) or {})
        filename = getattr(script, "filename", script)
        if filename and "body" not in attributes and "async" not in attributes and attributes.get("type") != "module":
            attributes.setdefault("defer", "defer")
            script = _JavaScript(filename, priority=getattr(script, "priority", 500), **attributes)
        deferred.append(script)
    context["script_files"] = deferred


# Scripts every page gets, and what in a page needs them. A page without code blocks has no copy
# button, without toggles no toggle button, without tabs no tabs: there the script is dropped.
# A copy button is for code to copy: a code block, not the printed output of a cell (a case study's
# table in text), whose block has the class "output".
CODE_BLOCK = re.compile(r'class="(?![^"]*\boutput\b)[^"]*\bhighlight-')
SCRIPT_NEEDS = {
    "clipboard.min.js": CODE_BLOCK,
    "copybutton.js": CODE_BLOCK,
    "togglebutton.js": re.compile(r"toggle|dropdown"),
    "design-tabs.js": re.compile(r"sd-tab-set"),
}


def drop_unused_scripts(app, pagename, templatename, context, doctree) -> None:
    scripts, body = context.get("script_files"), context.get("body") or ""
    if not scripts:
        return
    context["script_files"] = [
        script
        for script in scripts
        if (name := Path(str(getattr(script, "filename", "") or "")).name) not in SCRIPT_NEEDS
        or SCRIPT_NEEDS[name].search(body)
    ]


# The name a screen reader gives a part's toggle in the table of contents, in English (an edition's:
# in its language, contexts toc:<key> of the sse_course catalogue).
TOC_WORDS = {"pages_in": "Pages in {title}", "this_section": "this section"}


def _toggle_namer(language: str | None):
    words = translated("toc", TOC_WORDS, language or "en")

    def toggle_name(match: re.Match) -> str:
        title = html.unescape(re.sub(r"<[^>]+>", "", match.group(2))).strip() or words["this_section"]
        label = html.escape(words["pages_in"].format(title=title), quote=True)
        return f'{match.group(1)}<summary aria-label="{label}">'

    return toggle_name


def head_tags(page: Path, html_dir: Path) -> str:
    root = os.path.relpath(html_dir, page.parent).replace(os.sep, "/")
    root = "" if root == "." else root + "/"
    return (
        f'<link rel="manifest" href="{root}manifest.webmanifest" />'
        f'<meta name="theme-color" content="#1b5e20" />'
        f'<link rel="apple-touch-icon" href="{root}_static/sse-icon-192.png" />'
        # Without an icon link, a browser asks the server for /favicon.ico: a 404 on every host.
        f'<link rel="icon" type="image/png" href="{root}_static/sse-icon-192.png" />\n'
    )


def fix_page(text: str, page: Path, html_dir: Path, language: str | None = None) -> str:
    if page.name != "search.html" or page.parent != html_dir:
        text = SEARCH_TOOLS.sub("", text)
    else:
        text = SEARCH_TOOLS.sub(lambda m: LAZY_SEARCH % json.dumps(list(m.groups())), text)
    text = THEME_MODE.sub(lambda m: THEME_MODE_FINAL.format(default=m.group(1)), text, count=1)
    text = TOOLTIP_ATTRIBUTES.sub("", text)
    text = SEARCH_BUTTON_LABEL.sub(r"\1", text)
    text = TOC_TOGGLE.sub(_toggle_namer(language), text)
    if HEAD_MARK not in text and HEAD_END in text:
        text = text.replace(HEAD_END, head_tags(page, html_dir) + HEAD_END, 1)
    return text


def book_pages(html_dir: Path):
    for page in sorted(html_dir.rglob("*.html")):
        if not SKIPPED_DIRS.intersection(page.relative_to(html_dir).parts[:-1]):
            yield page


# Where white space is the content: left exactly as built.
_KEEP_SPACES = re.compile(r"(<(pre|script|textarea|style)\b.*?</\2\s*>)", re.S | re.I)


def without_indentation(text: str, page: Path | None = None, html_dir: Path | None = None) -> str:
    """The page without the indentation and blank lines of the theme's templates (a line break
    stays wherever there was one, so the page reads the same); ``<pre>``, scripts, styles and text
    areas are left as they are. About 400 bytes gzip on a chapter."""
    parts = _KEEP_SPACES.split(text)
    # split() with two groups gives [text, whole, name, text, whole, name, ...]
    out = []
    for i, part in enumerate(parts):
        if i % 3 == 0:
            out.append(re.sub(r"\n[ \t]*(?:\n[ \t]*)*", "\n", part))
        elif i % 3 == 1:
            out.append(part)
    return "".join(out)


def fix_pages(html_dir: Path, *extra, language: str | None = None) -> int:
    """Apply the fixes (and any ``extra`` (text, page, html_dir) -> text functions) to every page, in
    the book's ``language``; returns how many files changed."""
    changed = 0
    for page in book_pages(html_dir):
        before = page.read_text(encoding="utf-8")
        after = without_indentation(fix_page(before, page, html_dir, language))
        for fix in extra:
            after = fix(after, page, html_dir)
        if after != before:
            page.write_text(after, encoding="utf-8")
            changed += 1
    return changed
