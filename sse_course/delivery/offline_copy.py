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

NEEDS_INTERNET = " (needs the internet)"
NOTE_CLASS = "sse-offline-note"
LINK_MARK_CLASS = "sse-needs-internet"
RUN_IT_FROM_THE_FOLDER = (
    "To change the numbers or write your answers, open the notebook in Jupyter on a laptop: the "
    "file <code>START-HERE.md</code>, in the course folder, says how."
)
RUN_IT_WITH_THE_TRAINER = (
    "To change the numbers or write your answers, you need the notebook in Jupyter on a laptop: ask your trainer."
)

_LAUNCH_DROPDOWN = re.compile(r'<div class="dropdown dropdown-launch-buttons"[^>]*>')
_DIV_TAG = re.compile(r"<div\b|</div\s*>")
_ARTICLE = re.compile(r'<article class="bd-article"[^>]*>')
_ARTICLE_END = re.compile(r"</article\s*>")
_H1_END = re.compile(r"</h1\s*>")
# Words that send the reader to the launch button or to a service online.
_SPEAKS_OF_ONLINE = re.compile(r"Online button|page live|\bBinder\b|\bColab\b|JupyterHub")
_EXTERNAL_LINK = re.compile(r'<a\b[^>]*\bhref="https?://[^"]*"[^>]*>.*?</a\s*>', re.S | re.I)


def _without_element(html: str, start: re.Match) -> str:
    """``html`` without the <div> that opens at ``start`` (nested divs included)."""
    depth = 0
    for tag in _DIV_TAG.finditer(html, start.start()):
        depth += -1 if tag.group().startswith("</") else 1
        if depth == 0:
            return html[: start.start()] + html[tag.end() :]
    raise ValueError("the launch button's <div> is never closed: is this a page of the built book?")


def without_launch_buttons(html: str) -> tuple[str, bool]:
    """The page without its launch buttons, and whether it had any."""
    found = False
    while start := _LAUNCH_DROPDOWN.search(html):
        html = _without_element(html, start)
        found = True
    return html, found


def mark_external_links(html: str) -> str:
    return _EXTERNAL_LINK.sub(lambda m: f'{m.group()}<span class="{LINK_MARK_CLASS}">{NEEDS_INTERNET}</span>', html)


def offline_note(for_learners: bool) -> str:
    run_it = RUN_IT_WITH_THE_TRAINER if for_learners else RUN_IT_FROM_THE_FOLDER
    return (
        f'<div class="note admonition {NOTE_CLASS}" role="note">'
        '<p class="admonition-title">With no internet</p>'
        "<p>You can read this page with no internet. The Online button (Binder, Colab) needs the internet, "
        f"so this copy of the course leaves it out. {run_it}</p></div>"
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
    """A built page as the offline zip carries it (see the module's docstring)."""
    html, had_launch_buttons = without_launch_buttons(html)
    speaks_of_online = bool(_SPEAKS_OF_ONLINE.search(_article_text(html)))
    html = mark_external_links(html)
    if had_launch_buttons or speaks_of_online:
        html = _with_note(html, offline_note(for_learners))
    return html
