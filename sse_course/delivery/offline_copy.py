"""The built book's pages as the offline zip carries them: nothing on a page offers what needs the
internet without saying so.

- The launch button (the rocket, "Online": Binder, Colab, JupyterHub) is left out: it only opens
  other websites.
- A page that has that button, or speaks of it ("open this page live", "the Online button",
  Binder, Colab), gets a note under its title: it needs the internet, and how to run the notebook
  without it (from the course folder, or, in the learners' folder, by asking the trainer).
- Every link to another website is followed by "(needs the internet)".

The bundle applies ``offline_page`` to each HTML file as it copies it; the built book in
``_build/html`` is not changed.
"""

from __future__ import annotations

import re
from html import escape

from sse_course.i18n.interface import translated
from sse_course.i18n.languages import language as find_language

# What the zip's copy says, in English; a page of an edition gets it in the page's language (its
# <html lang>, contexts offline-copy:<key> of the sse_course catalogue). {file} is START-HERE.md.
WORDS = {
    "needs_internet": "(needs the internet)",
    "title": "With no internet",
    "can_read": "You can read this page with no internet. The Online button (Binder, Colab) needs the internet, "
    "so this copy of the course leaves it out.",
    "run_from_folder": "To change the numbers or write your answers, open the notebook in Jupyter on a laptop: the "
    "file {file}, in the course folder, says how.",
    "run_with_trainer": "To change the numbers or write your answers, you need the notebook in Jupyter on a laptop: "
    "ask your trainer.",
    "run_button": "The Run button opens this notebook in your web browser when the book comes from the workshop "
    "server: {where}.",
    "ask_for_server": "ask your trainer for the address of the workshop server",
    "start_server": "start the workshop server on one laptop: the file {file} says how",
}
START_HERE = "<code>START-HERE.md</code>"
_HTML_LANG = re.compile(r'<html\b[^>]*\blang="([^"]+)"')


def _words(language: str | None) -> dict[str, str]:
    """The notes' words in ``language``, as HTML (escaped, START-HERE.md as code)."""
    said = {key: escape(text, quote=False) for key, text in translated("offline-copy", WORDS, language or "en").items()}
    return {key: text.replace("{file}", START_HERE) for key, text in said.items()}


def _page_language(html: str) -> str:
    """The page's language (its ``<html lang>``), English if it names none the course has."""
    found = _HTML_LANG.search(html)
    try:
        return find_language(found.group(1)).code if found else "en"
    except ValueError:
        return "en"


NEEDS_INTERNET = " " + WORDS["needs_internet"]
NOTE_CLASS = "sse-offline-note"
LINK_MARK_CLASS = "sse-needs-internet"
RUN_IT_FROM_THE_FOLDER = _words("en")["run_from_folder"]
RUN_IT_WITH_THE_TRAINER = _words("en")["run_with_trainer"]

_LAUNCH_DROPDOWN = re.compile(r'<div class="dropdown dropdown-launch-buttons"[^>]*>')
_DIV_TAG = re.compile(r"<div\b|</div\s*>")
_ARTICLE = re.compile(r'<article class="bd-article"[^>]*>')
_ARTICLE_END = re.compile(r"</article\s*>")
_H1_END = re.compile(r"</h1\s*>")
# Words that send the reader to the launch button or to a service online.
_SPEAKS_OF_ONLINE = re.compile(r"Online button|page live|\bBinder\b|\bColab\b|JupyterHub")
# The in-browser notebooks' item of the launch menu (sse_course/lite/sphinx.py), and any other item.
RUN_IN_BROWSER_CLASS = "btn-run-in-browser"
_ONLINE_ITEM = re.compile(r'<li\b[^>]*>(?:(?!</li\s*>).)*?\bhref="https?://(?:(?!</li\s*>).)*</li\s*>', re.S | re.I)
_EXTERNAL_LINK = re.compile(r'<a\b[^>]*\bhref="https?://[^"]*"[^>]*>.*?</a\s*>', re.S | re.I)


def element_end(html: str, start: re.Match) -> int:
    """Where the <div> that opens at ``start`` ends (nested divs included)."""
    depth = 0
    for tag in _DIV_TAG.finditer(html, start.start()):
        depth += -1 if tag.group().startswith("</") else 1
        if depth == 0:
            return tag.end()
    raise ValueError("a <div> (a launch or language menu) is never closed: is this a page of the built book?")


def _without_online_items(menu: str) -> str:
    """A launch menu with only its in-browser item: the items that open other websites go."""
    return _ONLINE_ITEM.sub("", menu)


def without_launch_buttons(html: str) -> tuple[str, bool]:
    """The page without its launch buttons to other websites, and whether it had any. The
    "Run in your browser" item (sse_course/lite) stays: the workshop server serves it from the
    laptop, and on a book opened from the disk its script says it needs that server."""
    found = False
    at = 0
    while start := _LAUNCH_DROPDOWN.search(html, at):
        end = element_end(html, start)
        kept = (
            _without_online_items(html[start.start() : end])
            if RUN_IN_BROWSER_CLASS in html[start.start() : end]
            else ""
        )
        html = html[: start.start()] + kept + html[end:]
        at = start.start() + len(kept)
        found = True
    return html, found


def mark_external_links(html: str, language: str | None = None) -> str:
    mark = " " + _words(language)["needs_internet"]
    return _EXTERNAL_LINK.sub(lambda m: f'{m.group()}<span class="{LINK_MARK_CLASS}">{mark}</span>', html)


def offline_note(for_learners: bool, language: str | None = None) -> str:
    words = _words(language)
    run_it = words["run_with_trainer"] if for_learners else words["run_from_folder"]
    return (
        f'<div class="note admonition {NOTE_CLASS}" role="note">'
        f'<p class="admonition-title">{words["title"]}</p>'
        f"<p>{words['can_read']} {run_it}</p></div>"
    )


def run_in_browser_note(for_learners: bool, language: str | None = None) -> str:
    words = _words(language)
    where = words["ask_for_server"] if for_learners else words["start_server"]
    return (
        f'<div class="note admonition {NOTE_CLASS}" role="note">'
        f'<p class="admonition-title">{words["title"]}</p>'
        f"<p>{words['can_read']} {words['run_button'].replace('{where}', where)}</p></div>"
    )


def _with_note(html: str, note: str) -> str:
    article = _ARTICLE.search(html)
    if article is None:
        raise ValueError('no <article class="bd-article">: is this a page of the built book?')
    title_end = _H1_END.search(html, article.end())
    at = title_end.end() if title_end else article.end()
    return html[:at] + note + html[at:]


def _article_text(html: str) -> str:
    """What the page itself says: its article, without the header, sidebars and scripts."""
    article = _ARTICLE.search(html)
    if article is None:
        return ""
    end = _ARTICLE_END.search(html, article.end())
    return html[article.end() : end.start() if end else len(html)]


def offline_page(html: str, for_learners: bool = False) -> str:
    """A built page as the offline zip carries it (see the module's docstring), its notes in the
    page's language."""
    language = _page_language(html)
    html, had_launch_buttons = without_launch_buttons(html)
    speaks_of_online = bool(_SPEAKS_OF_ONLINE.search(_article_text(html)))
    html = mark_external_links(html, language)
    if RUN_IN_BROWSER_CLASS in html:
        html = _with_note(html, run_in_browser_note(for_learners, language))
    elif had_launch_buttons or speaks_of_online:
        html = _with_note(html, offline_note(for_learners, language))
    return html
