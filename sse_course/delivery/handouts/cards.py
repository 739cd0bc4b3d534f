"""Card sheets to print and cut out: the cards that a group holds in its hands during an activity
(sorting cards, role cards, event and date cards, ...), in large type, with no key.

The cards are written once, on the trainers' pages, and marked there with a MyST comment (which
the book does not show) on the line before their list or table::

    % card sheet: Sorting cards
    1. Twenty women embroider at home. ...

    % card sheet: Event cards (column 2)
    % card sheet: Date cards (column 1)
    ```{list-table} The events for the timeline walk

    % card sheet: Role cards (columns 1 and 2)      <- column 1 is the card's heading

Each activity of ``book/trainers/activity-cards.md`` with a marked list makes
``cards-<activity>.pdf``; the group roles of the facilitator guide, with a sheet of name cards,
make ``cards-roles-and-names.pdf``. Only the marked lists are read, so the trainer's key, which
is in the text around them, never reaches a card.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from sse_course.book import myst
from sse_course.book.chapters import parse_list
from sse_course.book.toc import ROOT
from sse_course.i18n.runtime import current_language

from .html import handout_strings, inline_html
from .sources import CARDS_PREFIX
from .translation import page_name, read_page, translate

ACTIVITIES = Path("book") / "trainers" / "activity-cards.md"
GUIDE = Path("book") / "trainers" / "facilitator-guide.md"
ROLES_AND_NAMES = CARDS_PREFIX + "roles-and-names"
NAME_CARDS = 8  # one sheet of name cards: copy it for a bigger group

_MARK = re.compile(r"^% card sheet: (?P<title>.+?)(?: \(columns? (?P<columns>\d+(?: and \d+)?)\))?[ \t]*$", re.M)
_ACTIVITY = re.compile(r"^\((?P<label>card-[\w-]+)\)=\s*\n## (?P<title>.+)$", re.M)
_TABLE = re.compile(r"^(?P<fence>`{3,})\{list-table\}[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S)


@dataclass(frozen=True)
class Card:
    heading: str  # HTML, may be ""
    text: str  # HTML


@dataclass(frozen=True)
class Sheet:
    title: str  # "Sorting cards"
    cards: tuple[Card, ...]
    blank: bool = False  # name cards: a line to write on


@dataclass(frozen=True)
class CardSet:
    name: str  # the PDF's name without .pdf: cards-is-it-sse
    title: str  # the activity: "Is it SSE? A sorting game"
    sheets: tuple[Sheet, ...]


def _table_rows(body: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in body.splitlines():
        if line.startswith("* - "):
            rows.append([line[4:].strip()])
        elif line.startswith("  - ") and rows:
            rows[-1].append(line[4:].strip())
        elif line.strip() and rows and not line.startswith(":"):
            rows[-1][-1] += " " + line.strip()
    options = dict(re.findall(r"^:([\w-]+):[ \t]*(.*)$", body, re.M))
    return rows[int(options.get("header-rows", 0)) :]


def _cards_after(text: str, end_of_marks: int, columns: str | None, page_dir: Path) -> tuple[Card, ...]:
    """The cards of the list or list-table that starts after the marks."""
    rest = text[end_of_marks:].lstrip("\n")
    if rest.startswith("```"):
        table = _TABLE.match(rest)
        if table is None:
            raise ValueError(f"a card sheet's table is not a closed list-table: {rest[:60]!r}")
        numbers = [int(n) - 1 for n in (columns or "1").split(" and ")]
        rows = _table_rows(table["body"])
        if len(numbers) == 1:
            return tuple(Card("", inline_html(row[numbers[0]], page_dir)) for row in rows)
        return tuple(
            Card(inline_html(row[numbers[0]], page_dir), inline_html(row[numbers[1]], page_dir)) for row in rows
        )
    block = re.split(r"\n\s*\n(?![ \t])", rest, maxsplit=1)[0]
    items = parse_list(block).items
    if not items:
        raise ValueError(f"a card sheet mark is not followed by a list or a table: {rest[:60]!r}")
    numbered = re.match(r"\d+[.)]\s", block) is not None
    return tuple(Card(f"{i}" if numbered else "", inline_html(item, page_dir)) for i, item in enumerate(items, start=1))


def sheet_titles(text: str) -> list[str]:
    """The titles of the card sheets that ``text`` (a page's MyST) marks, as written."""
    return [mark["title"] for mark in _MARK.finditer(text)]


def _sheets(text: str, page_dir: Path, title: Callable[[str], str] = str) -> list[Sheet]:
    """The sheets ``text`` marks; ``title`` gives a mark's title in the sheet's language."""
    sheets = []
    marks = list(_MARK.finditer(text))
    for i, mark in enumerate(marks):
        last = i  # consecutive marks (a table's two columns) share the block after the last one
        while last + 1 < len(marks) and not text[marks[last].end() : marks[last + 1].start()].strip():
            last += 1
        cards = _cards_after(text, marks[last].end(), mark["columns"], page_dir)
        sheets.append(Sheet(myst.plain_inline(title(mark["title"])), cards))
    return sheets


def card_sets(root: Path = ROOT, language: str | None = None) -> list[CardSet]:
    """Every card set: one for each activity with cards, then the roles and name cards (none in a
    course with no trainers' section, such as the learner edition), in ``language``: the cards'
    text and the sheets' titles from the pages' catalogues (a title is a comment of the page,
    which ``make translations`` puts in the page's catalogue, see ``i18n/catalogues.py``)."""
    activities, guide = root / ACTIVITIES, root / GUIDE
    if not activities.is_file() and not guide.is_file():
        return []

    def titles(page: Path) -> Callable[[str], str]:
        return functools.partial(translate, root, page_name(page, root), language)

    text = read_page(activities, root, language).source
    found = list(_ACTIVITY.finditer(text))
    sets = []
    for i, activity in enumerate(found):
        body = text[activity.end() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        sheets = _sheets(body, activities.parent, titles(activities))
        if sheets:
            name = CARDS_PREFIX + activity["label"].removeprefix("card-")
            sets.append(CardSet(name, myst.plain_inline(activity["title"]), tuple(sheets)))
    roles = _sheets(read_page(guide, root, language).source, guide.parent, titles(guide))
    if not roles:
        raise ValueError(f"{GUIDE} marks no role cards (% card sheet: Role cards ...)")
    words = handout_strings(language or current_language())
    names = Sheet(words["name_cards"], tuple(Card("", escape(words["name_card"])) for _ in range(NAME_CARDS)), True)
    sets.append(CardSet(ROLES_AND_NAMES, words["roles_and_names"], (*roles, names)))
    return sets


def card_sheet_html(cards: CardSet, course: str = "", language: str | None = None) -> str:
    """The card set as print HTML: each sheet starts on a new page, cards in a grid with dashed
    cutting lines, large type, black on white."""
    from .html import _document

    language = language or current_language()
    words = handout_strings(language)
    parts = [f"<h1>{escape(cards.title)}</h1>\n", f'<p class="note">{escape(words["cut_out"])}</p>\n']
    for sheet in cards.sheets:
        parts.append(f'<section class="sheet">\n<h2>{escape(sheet.title)}</h2>\n<div class="cards">\n')
        for card in sheet.cards:
            heading = f'<p class="card-heading">{card.heading}</p>' if card.heading else ""
            line = '<p class="card-line"></p>' if sheet.blank else ""
            parts.append(f'<div class="card">{heading}<p>{card.text}</p>{line}</div>\n')
        parts.append("</div>\n</section>\n")
    return _document(cards.title, course, "".join(parts), language).replace("</style>", CARD_CSS + "</style>", 1)


CARD_CSS = """
.sheet + .sheet { break-before: page; page-break-before: always; }
.sheet h2 { font-size: 12pt; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
.card { border: 1pt dashed #000; min-height: 58mm; padding: 6mm; font-size: 18pt; line-height: 1.3;
        break-inside: avoid; page-break-inside: avoid; box-sizing: border-box; }
.card p { margin: 0 0 4pt; }
.card-heading { font-size: 24pt; font-weight: bold; }
.card-line { border-bottom: 1pt solid #000; height: 22mm; }
"""
