"""A page's MyST Markdown in another language, block by block, from the page's catalogue
(``locales/<code>/LC_MESSAGES/<page>.po``, the entries the book's build translates with), and
where the translated notebooks are: ``notebooks/atemdo.ipynb`` in Portuguese is
``notebooks/atemdo.pt-BR.ipynb``, beside it, so that its links and figures work as in the English
one. ``sse_course.devtools.translated_notebooks`` writes them.

Each paragraph, heading, list item, table cell, directive title and ``:alt:`` text the catalogue
has a translation of is replaced by it; everything else (code, markup around the blocks) stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po
from markdown_it.renderer import RendererHTML
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from sse_course.book.toc import ROOT
from sse_course.i18n.languages import Language

BOOK_LOCALES = ROOT / "locales"
#: The English notebooks that have translations: case studies and exercises (solution versions).
SOURCES = ("notebooks", "exercises")
_MARKDOWN = create_md_parser(MdParserConfig(enable_extensions={"colon_fence", "deflist"}), RendererHTML)
_DIRECTIVE = re.compile(r"^(?P<fence>\s*(?:`{3,}|:{3,}))\{(?P<name>[\w:-]+)\}(?P<title>.*)$")
_OPTION = re.compile(r"^(?P<key>:[\w-]+:)(?P<value>.*)$")
_UNESCAPED_DOLLAR = re.compile(r"(?<!\\)\$")
#: Options whose value is words for a reader.
TEXT_OPTIONS = (":alt:",)


def translated_path(english: Path, lang: Language) -> Path:
    """``notebooks/atemdo.ipynb`` -> ``notebooks/atemdo.pt-BR.ipynb``."""
    return english.with_name(f"{english.stem}.{lang.tag}{english.suffix}")


def is_translation(path: Path) -> bool:
    """Whether ``path`` is a generated translation (``atemdo.pt-BR.ipynb``), not an English notebook."""
    return "." in path.stem


def english_notebooks(folder: Path) -> list[Path]:
    """The English notebooks in ``folder`` (its generated translations left out)."""
    return sorted(p for p in folder.glob("*.ipynb") if not is_translation(p))


@dataclass
class Catalogue:
    """One page's translations (msgid with its line breaks as spaces -> msgstr), and which were used."""

    strings: dict[str, str]
    used: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, po: Path) -> Catalogue:
        if not po.is_file():
            return cls({})
        with po.open("rb") as file:
            catalog = read_po(file)
        return cls({str(m.id): str(m.string) for m in catalog if m.id and m.string and not m.fuzzy})

    def translate(self, english: str) -> str | None:
        key = english.replace("\n", " ").strip()
        found = self.strings.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def unused(self) -> list[str]:
        """Translations no block took. An image's alt text is an entry of its own for Sphinx and
        is also inside its paragraph's entry: used with that, it is not missed."""
        return sorted(k for k in set(self.strings) - self.used if not any(k in used for used in self.used))


def translate_markdown(source: str, translate: Callable[[str], str | None]) -> str:
    """``source`` (MyST Markdown) with every block ``translate`` knows in its other language."""
    lines = source.split("\n")
    in_place: list[tuple[int, str, str]] = []  # (line, English, translation): headings, table cells
    blocks: list[tuple[int, int, list[str]]] = []  # (first line, end, new lines)
    for token in _MARKDOWN.parse(source):
        if token.map is None:
            continue
        start, end = token.map
        if token.type in ("fence", "colon_fence") and _DIRECTIVE.match(lines[start]):
            blocks.append((start, end, _translated_directive(lines[start:end], translate)))
        elif token.type == "inline" and token.content.strip() and (new := translate(token.content)) is not None:
            if "\n" not in token.content:  # one line: a heading, a short paragraph, a table cell
                line = next(n for n in range(start, max(end, start + 1)) if token.content in lines[n])
                in_place.append((line, token.content, _escaped(new, lines[line])))
            else:  # a paragraph over several lines becomes one, after the first line's "- " or indent
                first = token.content.split("\n", 1)[0]
                prefix = lines[start][: lines[start].index(first)]
                blocks.append((start, end, [prefix + _escaped(new, "\n".join(lines[start:end]))]))
    for line, english, new in in_place:  # several cells of a table row share a line
        lines[line] = lines[line].replace(english, new, 1)
    for start, end, new_lines in sorted(blocks, reverse=True):  # from the end: earlier lines keep their numbers
        lines[start:end] = new_lines
    return "\n".join(lines)


def _escaped(new: str, english: str) -> str:
    """A ``$`` the English escaped (``R\\$``: Jupyter would typeset text between two as maths) is
    escaped in the translation too."""
    return _UNESCAPED_DOLLAR.sub(r"\\$", new) if "\\$" in english else new


def _translated_directive(block: list[str], translate: Callable[[str], str | None]) -> list[str]:
    """A fenced directive: its title, its text options and its body (MyST itself) translated."""
    opening = _DIRECTIVE.match(block[0])
    assert opening is not None
    title = opening["title"].strip()
    head = block[0]
    if title and (new_title := translate(title)) is not None:
        head = f"{opening['fence']}{{{opening['name']}}} {new_title}"
    closing = block[-1] if len(block) > 1 and block[-1].strip().startswith(opening["fence"].strip()[:3]) else None
    body = block[1:-1] if closing is not None else block[1:]
    options = []
    while body and (option := _OPTION.match(body[0].strip())):
        value = option["value"].strip()
        if option["key"] in TEXT_OPTIONS and (new_value := translate(value)) is not None:
            options.append(body[0].replace(value, new_value, 1))
        else:
            options.append(body[0])
        body = body[1:]
    translated_body = translate_markdown("\n".join(body), translate).split("\n") if body else []
    return [head, *options, *translated_body, *([closing] if closing is not None else [])]
