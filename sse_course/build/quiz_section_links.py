"""Quiz feedback that points to a section ("See 'Lessons from COVID-19'") links to it.

Authors point learners to the section that explains an idea by quoting its title. At build time
(Sphinx's ``doctree-read``, when the whole page is parsed) each quiz on a page gets a small map
from the quoted titles that are headings *of that page* to their anchors; ``static/sse-quiz.js``
turns those titles into links when it shows the feedback. A title that is not a heading of the
page (a typo, another page, a renamed section) stays plain text. The Jupyter widget shows the
same words, without links: there is no page to link to.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from docutils import nodes

from sse_course.quiz.html import QUIZ_MARKER, script_safe_json

QUIZ_DATA = re.compile(r'<script type="application/json" class="sse-quiz-data">(.*?)</script>', re.S)
# The same quotes sse-quiz.js looks for: English's, and the French editions' guillemets with the
# (no-break) space French puts inside them (« Ce que nous savons »).
QUOTES = (
    ('"', '"'),
    ("'", "'"),
    ("\u2018", "\u2019"),
    ("\u201c", "\u201d"),
    ("\u00ab\u00a0", "\u00a0\u00bb"),
    ("\u00ab\u202f", "\u202f\u00bb"),
    ("\u00ab ", " \u00bb"),
    ("\u00ab", "\u00bb"),
)


def page_headings(doctree: nodes.Node) -> dict[str, str]:
    """Each section title of a page and its anchor (the first section wins a repeated title)."""
    headings: dict[str, str] = {}
    for section in doctree.findall(nodes.section):
        if section.children and isinstance(section[0], nodes.title) and section["ids"]:
            headings.setdefault(section[0].astext().strip(), section["ids"][0])
    return headings


def _strings(data) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def pointed_sections(texts: Iterable[str], headings: dict[str, str]) -> dict[str, str]:
    """{title: "#anchor"} for each heading that some text quotes."""
    texts = list(texts)
    return {
        title: f"#{anchor}"
        for title, anchor in sorted(headings.items())
        if any(f"{left}{title}{right}" in text for text in texts for left, right in QUOTES)
    }


def with_section_links(quiz_html: str, headings: dict[str, str]) -> str:
    """The quiz HTML with its map of linkable sections, when its feedback points to any."""
    found = QUIZ_DATA.search(quiz_html)
    if not found:
        return quiz_html
    sections = pointed_sections(_strings(json.loads(found.group(1))), headings)
    if not sections:
        return quiz_html
    tag = f'<script type="application/json" class="sse-quiz-sections">{script_safe_json(sections)}</script>\n'
    end = quiz_html.rindex("</section>")
    return quiz_html[:end] + tag + quiz_html[end:]


def link_quiz_sections(app, doctree: nodes.document) -> None:
    """Sphinx ``doctree-read`` (the whole page is parsed): give each quiz its section links."""
    quizzes = [raw for raw in doctree.findall(nodes.raw) if QUIZ_MARKER in raw.astext()]
    if not quizzes:
        return
    headings = page_headings(doctree)
    for raw in quizzes:
        linked = with_section_links(raw.astext(), headings)
        if linked != raw.astext():
            raw.replace_self(nodes.raw("", linked, format=raw.get("format", "html"), classes=raw["classes"]))
