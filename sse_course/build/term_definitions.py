"""A glossary word, or a citation number, opens its meaning in place (issue 17).

A learner on a phone who stops at "governance" should not have to load the whole glossary page
over paid data, and lose her place, to read one line. At build time (Sphinx's
``html-page-context``) each page gets the plain definitions of the glossary terms *it links*, and
only those, as a small JSON block; ``static/sse-terms.js`` then makes each term link, and each
citation number (whose reference is already in its ``title``), open a small box under the line
with the meaning, a link to the full page, and a Close button. Without the script the links work
as before. Pages with neither terms nor citations load nothing.

Links to the glossary page without an anchor (notebooks write ``[governance](../book/glossary.md)``,
as a ``{term}`` role would show as raw text in Jupyter) are pointed at their term when their text
is a name of one, so they open in place too.
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path

from sse_course.book.glossary import GLOSSARY, Entry, entries
from sse_course.book.myst import plain_inline
from sse_course.quiz.html import script_safe_json

DATA_ID = "sse-term-data"
# A link to a glossary term: href="glossary.html#term-governance" or "../book/glossary.html#term-SSE".
TERM_LINK = re.compile(r'href="(?P<page>[^"#]*glossary\.html)#(?P<id>term-[^"]+)"')
# A link to the glossary page itself, and its text (notebooks): <a ... href="../book/glossary.html"><span ...>governance</span></a>
PAGE_LINK = re.compile(
    r'(?P<open><a [^>]*href="(?P<page>[^"#]*glossary\.html))(?P<close>"[^>]*>)(?P<text>.*?)</a>', re.S
)
CITATION = 'class="bibtex-citation"'
_TAG = re.compile(r"<[^>]+>")
_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})(?P<text>\S(?:.*?\S)?)\1")


def plain_definition(entry: Entry, glossary: Path = GLOSSARY) -> str:
    """An entry's definition as plain words: no citations, roles or Markdown marks."""
    return _EMPHASIS.sub(r"\g<text>", plain_inline(entry.definition, glossary.parent))


@functools.cache
def glossary_entries(glossary: Path, language: str = "en") -> tuple[Entry, ...]:
    """The glossary's entries, their names and definitions in ``language`` (from the glossary
    page's catalogue: an edition's glossary page is the English one translated by Sphinx)."""
    found = entries(glossary)
    if language == "en":
        return tuple(found)
    from sse_course.i18n.languages import language as find_language
    from sse_course.i18n.markdown import BOOK_LOCALES, Catalogue

    catalogue = Catalogue.read(BOOK_LOCALES / find_language(language).code / "LC_MESSAGES" / "book" / "glossary.po")
    return tuple(
        Entry(
            tuple(catalogue.translate(name) or name for name in entry.names),
            (),  # the aliases are English forms ("cooperatives" for "cooperative")
            catalogue.translate(entry.definition) or entry.definition,
        )
        for entry in found
    )


@functools.cache
def _entries_by_name(glossary: Path, language: str = "en") -> dict[str, Entry]:
    return {name.lower(): entry for entry in glossary_entries(glossary, language) for name in entry.names}


def _entry_for_text(text: str, glossary: Path, language: str = "en") -> Entry | None:
    words = " ".join(html.unescape(_TAG.sub("", text)).split())
    candidates = dict.fromkeys(_entries_by_name(glossary, language).values())
    return next((e for e in candidates if e.pattern().fullmatch(words)), None)


def anchor_page_links(body: str, term_ids: dict[str, str], glossary: Path = GLOSSARY, language: str = "en") -> str:
    """Point bare links to the glossary page at the term their text names (``term_ids``: a
    term's name in lower case -> its anchor)."""

    def anchored(match: re.Match) -> str:
        entry = _entry_for_text(match["text"], glossary, language)
        anchor = entry and term_ids.get(entry.name.lower())
        if not anchor:
            return match.group(0)
        return f"{match['open']}#{anchor}{match['close']}{match['text']}</a>"

    return PAGE_LINK.sub(anchored, body)


def definitions_used(
    body: str, term_names: dict[str, str], glossary: Path = GLOSSARY, language: str = "en"
) -> dict[str, dict[str, str]]:
    """{anchor: {"term": name, "text": plain definition}} for each glossary term the page links
    (``term_names``: an anchor -> the term's name as the glossary writes it)."""
    used: dict[str, dict[str, str]] = {}
    for match in TERM_LINK.finditer(body):
        anchor = match["id"]
        name = term_names.get(anchor)
        entry = name and _entries_by_name(glossary, language).get(name.lower())
        if entry and anchor not in used:
            used[anchor] = {"term": entry.name, "text": plain_definition(entry, glossary)}
    return used


def data_block(definitions: dict[str, dict[str, str]]) -> str:
    return f'<script type="application/json" id="{DATA_ID}">{script_safe_json(definitions)}</script>'


def add_term_definitions(app, pagename, templatename, context, doctree) -> None:
    """Called per page: embed the definitions of the terms the page links, and load the script
    and its stylesheet on pages that have a term or a citation to open."""
    body = context.get("body")
    if not body or pagename == "book/glossary":  # on the glossary page a term link is the definition
        return
    glossary = Path(app.srcdir) / "book" / "glossary.md"  # the book being built (a test builds others)
    definitions: dict[str, dict[str, str]] = {}
    if glossary.is_file():
        terms = app.env.get_domain("std")._terms  # {name in lower case: (page, anchor)}
        language = app.config.language or "en"
        body = anchor_page_links(body, {name: anchor for name, (_, anchor) in terms.items()}, glossary, language)
        definitions = definitions_used(body, {anchor: name for name, (_, anchor) in terms.items()}, glossary, language)
    if definitions:
        body += data_block(definitions)
    context["body"] = body
    if definitions or CITATION in body:
        app.add_css_file("sse-terms.css")
        app.add_js_file("sse-terms.js", loading_method="defer")
