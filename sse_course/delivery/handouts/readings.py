"""The readings of the session plans, printed in the handouts.

A session plan names a reading as a quoted title followed by the page it is on::

    the part "Homeworkers and home-based workers: two words, two meanings" of {doc}`../home-based-workers`
    the parts "An umbrella for many kinds of organisation" and "Three features ..." of {doc}`../what-is-sse`
    "What we know" and the table "Illustrative outcomes by number of members" of the case study {doc}`...`

A title is a heading of that page, or the caption of a table or figure on it, or the caption of a
table that a case study's code draws (``GENERATED_TABLES``). The handout of that page prints
each reading whole, with its tables and figures, in black and white, so that a trainer with no
laptop can read from it. A plan that names a reading its page does not have is an error.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path

from sse_course.book import myst
from sse_course.book.chapters import read_chapter
from sse_course.book.toc import ROOT, page_file

from .translation import edition_language, read_page

PLANS = Path("book") / "trainers" / "session-plans.md"

# "A" and the table "B" of {doc}`page` (the quotes before "of" or "in" and a {doc} link).
_NAMED = re.compile(
    r'(?P<titles>"[^"]+"(?:(?:,|\s+and)(?:\s+the\s+(?:table|figure|part))?\s+"[^"]+")*)'
    r"\s+(?:of|in)\s+(?:the\s+case\s+study\s+)?\{doc\}`(?P<target>[^`<]+)`"
)
_FENCE = re.compile(
    r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[\w-]+)\}[ \t]*(?P<arg>[^\n]*)\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S
)
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.+?)\s*$", re.M)
_OPTION = re.compile(r"^:(?P<key>[\w-]+):[ \t]*(?P<value>.*)$", re.M)
_LABEL = re.compile(r"^\([\w-]+\)=[ \t]*$", re.M)


def _collective_purchase_table() -> str:
    from sse_course.apps.collective_purchase import illustrative_note, outcomes_table_html
    from sse_course.models.collective_purchase import DEFAULTS

    return outcomes_table_html(DEFAULTS) + f'<p class="note">{escape(illustrative_note())}</p>'


# Tables that a case study's code draws (no Markdown holds them): caption -> (page, HTML maker).
GENERATED_TABLES = {
    "Illustrative outcomes by number of members": ("notebooks/sewa-dura-sundari", _collective_purchase_table),
}


# Where the handout puts the heading "To read together", so that it prints on the page of the
# first reading's heading and first paragraph (html.py fills the first slot, empties the others).
LEAD_SLOT = "<!-- lead -->"


@dataclass(frozen=True)
class Reading:
    plan: str  # the heading of the plan that names it
    page: str  # as in _toc.yml: book/home-based-workers
    title: str  # as the plan writes it


def plan_readings(root: Path = ROOT) -> list[Reading]:
    """Every reading that a session plan names, in the order the plans name them (none in a
    course with no trainers' section, such as the learner edition)."""
    if not (root / PLANS).is_file():
        return []
    text = (root / PLANS).read_text(encoding="utf-8")
    found: list[Reading] = []
    plan = ""
    base = (root / PLANS).parent
    for block in re.split(r"^(?=## )", text, flags=re.M):
        if block.startswith("## "):
            plan = block.splitlines()[0][3:].strip()
        flat = " ".join(block.split())
        for match in _NAMED.finditer(flat):
            target = (base / match["target"].strip()).resolve().relative_to(root.resolve()).as_posix()
            for title in re.findall(r'"([^"]+)"', match["titles"]):
                reading = Reading(plan, target, title)
                if reading not in found:
                    found.append(reading)
    return found


def _section_index(source: str, title: str) -> int | None:
    """The place, among the page's headings, of the heading ``title``."""
    return next(
        (i for i, m in enumerate(_HEADING.finditer(source)) if myst.plain_inline(m["title"]).lower() == title.lower()),
        None,
    )


def _section_at(source: str, index: int) -> tuple[int, str, str]:
    """(level, heading, body) of the section under the page's ``index``-th heading."""
    headings = list(_HEADING.finditer(source))
    m = headings[index]
    level = len(m["hashes"])
    end = next((h.start() for h in headings[index + 1 :] if len(h["hashes"]) <= level), len(source))
    return level, myst.plain_inline(m["title"]), source[m.end() : end]


def _enclosing_section(source: str, at: int) -> int:
    """The place of the heading of the section (level 2 or deeper) that holds the character at ``at``."""
    headings = [(i, m) for i, m in enumerate(_HEADING.finditer(source)) if m.start() <= at and len(m["hashes"]) >= 2]
    if not headings:
        raise ValueError(f"a table or figure that a session plan names is in no section: {source[at : at + 60]!r}")
    return headings[-1][0]


def _reading_index(reading: Reading, source: str) -> int:
    """The place of the heading of the section that holds the reading, in the page's English source."""
    found = _section_index(source, reading.title)
    if found is not None:
        return found
    caption = next(
        (
            m
            for m in _FENCE.finditer(source)
            if m["name"] in ("list-table", "figure", "table") and _caption(m).lower().startswith(reading.title.lower())
        ),
        None,
    )
    if caption is None:
        raise ValueError(
            f'{PLANS}: the plan "{reading.plan}" names the reading "{reading.title}", '
            f"but {reading.page} has no section, table or figure of that name"
        )
    return _enclosing_section(source, caption.start())


def reading_html(reading: Reading, root: Path = ROOT, language: str | None = None) -> str:
    """The reading as print HTML: its heading, text, tables and figures, in ``language`` (the
    section is found by its English title, then taken from the translated page: a translation
    keeps the page's headings one for one)."""
    if reading.title in GENERATED_TABLES:
        page, make = GENERATED_TABLES[reading.title]
        if page == reading.page:
            return f'<section class="reading">\n<div class="keep">{LEAD_SLOT}</div>\n{make()}</section>\n'
    path = page_file(root, reading.page)
    index = _reading_index(reading, read_chapter(path).source)
    level, heading, body = _section_at(read_page(path, root, language).source, index)
    lang = edition_language(language)
    html = _blocks(body, path.parent, level, lang.code if lang else "en").lstrip()
    first = html.index("</p>") + len("</p>") if html.startswith("<p>") else 0
    return (
        f'<section class="reading">\n<div class="keep">{LEAD_SLOT}<h3>{escape(heading)}</h3>\n{html[:first]}</div>\n'
        f"{html[first:]}</section>\n"
    )


def page_readings(page: str, root: Path = ROOT) -> list[Reading]:
    """The readings the plans name on ``page``, each once (a table's section is printed once)."""
    return [r for r in plan_readings(root) if r.page == page]


def readings_html(page: str, root: Path = ROOT, language: str | None = None) -> str:
    """Every reading of ``page`` as print HTML, each section once, in the page's order (a table
    that code draws comes last), in ``language``."""
    readings = page_readings(page, root)
    if not readings:
        return ""
    source = read_page(page_file(root, page), root, language).source
    placed: dict[str, int] = {}
    for reading in readings:
        html = reading_html(reading, root, language)
        heading = re.search(r"<h3>(.*?)</h3>", html)
        at = _heading_position(source, unescape(heading[1])) if heading else len(source)
        placed.setdefault(html, at)
    return "".join(sorted(placed, key=placed.__getitem__))


def _heading_position(source: str, title: str) -> int:
    return next(
        (m.start() for m in _HEADING.finditer(source) if myst.plain_inline(m["title"]).lower() == title.lower()),
        len(source),
    )


def _caption(match: re.Match) -> str:
    if match["name"] == "figure":
        return myst.plain_inline(_without_options(match["body"]))
    return myst.plain_inline(match["arg"])


def _without_options(body: str) -> str:
    return _OPTION.sub("", body).strip()


def _markdown_html(text: str, page_dir: Path) -> str:
    from .html import _markdown

    text = _LABEL.sub("", text)
    return _markdown().render(myst.plain_roles(text, page_dir))


def _cells(body: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in _without_options(body).splitlines():
        if line.startswith("* - "):
            rows.append([line[4:].strip()])
        elif line.startswith("  - ") and rows:
            rows[-1].append(line[4:].strip())
        elif line.strip() and rows:
            rows[-1][-1] += " " + line.strip()
    return rows


def _table(match: re.Match, page_dir: Path) -> str:
    from .html import inline_html

    header_rows = int(dict(_OPTION.findall(match["body"])).get("header-rows", 0))
    rows = _cells(match["body"])
    html = f"<table><caption>{inline_html(match['arg'], page_dir)}</caption>"
    for i, row in enumerate(rows):
        tag = "th" if i < header_rows else "td"
        html += "<tr>" + "".join(f"<{tag}>{inline_html(cell, page_dir)}</{tag}>" for cell in row) + "</tr>"
    return html + "</table>\n"


def _figure(match: re.Match, page_dir: Path, code: str = "en") -> str:
    """A figure, its words in the language ``code`` (sse_course/i18n/figures.py)."""
    from sse_course.i18n.figures import figure_in

    from .html import inline_html

    image = (page_dir / match["arg"].strip()).resolve()
    options = dict(_OPTION.findall(match["body"]))
    kind = "svg+xml" if image.suffix == ".svg" else image.suffix.lstrip(".")
    drawn = figure_in(code, image.relative_to(ROOT)) if image.is_relative_to(ROOT) else None
    data = base64.b64encode(drawn.encode() if drawn is not None else image.read_bytes()).decode("ascii")
    return (
        f'<figure><img src="data:image/{kind};base64,{data}" alt="{escape(options.get("alt", ""))}">'
        f"<figcaption>{inline_html(_without_options(match['body']), page_dir)}</figcaption></figure>\n"
    )


def _blocks(body: str, page_dir: Path, level: int, code: str = "en") -> str:
    """A section's body as print HTML: text, sub-headings, tables, figures (in the language
    ``code``) and boxes."""
    html, at = "", 0
    for match in _FENCE.finditer(body):
        html += _text(body[at : match.start()], page_dir, level)
        at = match.end()
        if match["name"] == "list-table":
            html += _table(match, page_dir)
        elif match["name"] == "figure":
            html += _figure(match, page_dir, code)
        elif match["name"] in ("admonition", "note", "tip", "warning", "important"):
            title = match["arg"].strip() or match["name"].capitalize()
            html += (
                f'<div class="reading-box"><p class="reading-box-title">{escape(myst.plain_inline(title))}</p>\n'
                f"{_blocks(_OPTION.sub('', match['body']), page_dir, level, code)}</div>\n"
            )
        # quizzes, code and other directives are not printed
    return html + _text(body[at:], page_dir, level)


def _text(text: str, page_dir: Path, level: int) -> str:
    def heading(m: re.Match) -> str:
        depth = min(6, 3 + len(m["hashes"]) - level)
        return f"\n<h{depth}>{escape(myst.plain_inline(m['title']))}</h{depth}>\n"

    parts, at = [], 0
    for m in _HEADING.finditer(text):
        parts.append(_markdown_html(text[at : m.start()], page_dir))
        parts.append(heading(m))
        at = m.end()
    parts.append(_markdown_html(text[at:], page_dir))
    return "".join(parts)
