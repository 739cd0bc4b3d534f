"""How the book writes its references (``references.bib``, sphinxcontrib-bibtex): two pybtex
styles, registered for ``_config.yml``'s ``bibtex_default_style`` and ``bibtex_tooltips_style``.

- ``sse`` (the reference lists): pybtex's ``plain`` style, the same words in the English book.
  In an edition, the words of a reference that are not names or titles are the language's:
  the kind of document and where it was published (``howpublished``: "News item, ILO"), the
  notes ("Launched 13 January 2021"), "Technical Report" and the "and" between authors, from
  ``locales/<code>/LC_MESSAGES/references.po`` (made from references.bib by ``make
  translations``: :func:`messages`), and the month and year in the language's way (Babel:
  "fev. de 2021"). Titles stay in their source language, as names do (issue 15).
- ``sse-tooltip`` (the title of each citation number, which also opens in place on a tap,
  ``sse-terms.js``): only what identifies the work, the authors, the year and the title. The
  notes and the kind of document are one tap away in the reference list. Chapter 1 has 52
  citation numbers: the whole references in their titles cost 1.6 to 1.9 KiB (gzip) on each
  chapter page; the short form made chapter 1 0.94 KiB (gzip) lighter in English and 1.10 KiB
  in each edition.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pybtex.plugin
from babel.dates import format_skeleton
from babel.messages.catalog import Catalog
from pybtex.database import Entry, parse_file
from pybtex.richtext import Text
from pybtex.style import FormattedEntry
from pybtex.style.formatting import toplevel
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.template import field as bib_field
from pybtex.style.template import names, optional, sentence

from sse_course.book.toc import ROOT

BIBLIOGRAPHY = ROOT / "references.bib"
DOMAIN = "references"
#: The fields whose words are translated, each a catalogue entry (the field's name is its context).
TRANSLATED_FIELDS = ("howpublished", "note", "address")
FIELD_KINDS = {
    "howpublished": "where or how it was published",
    "note": "a note after the reference",
    "address": "the place it was published: a city, written as the language writes it",
}
#: The style's own English words (context "style"): ``plain`` writes them.
STYLE_WORDS = {
    "Technical Report": "The kind of document of a report with no other kind given (pybtex's plain style).",
    "and": "Between the last two authors' names: “Arega Bazezew and Wubliker Chanie”.",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LATEX_SPECIAL = str.maketrans({"%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_"})


def plain_text(latex: str) -> str:
    """A field's value as a reader sees it (``50\\%`` -> ``50%``)."""
    return Text.from_latex(latex).render_as("text")


def messages(bibliography: Path = BIBLIOGRAPHY) -> Iterator[tuple[str, str, list[str]]]:
    """(context, English, notes) for every entry of the references' catalogue."""
    used: dict[tuple[str, str], list[str]] = {}
    for key, entry in parse_file(str(bibliography)).entries.items():
        for name in TRANSLATED_FIELDS:
            if name in entry.fields:
                used.setdefault((name, plain_text(entry.fields[name])), []).append(key)
    for (name, english), keys in used.items():
        kind = FIELD_KINDS[name]
        notes = [f"references.bib, {name} ({kind}) of: {', '.join(keys)}"]
        notes.append("Translate the words; keep names, titles, numbers and file names as they are.")
        yield name, english, notes
    for english, note in STYLE_WORDS.items():
        yield "style", english, [note]


def template(bibliography: Path = BIBLIOGRAPHY) -> Catalog:
    catalog = Catalog(project="sse-hbw-course", charset="utf-8")
    for context, english, notes in messages(bibliography):
        catalog.add(english, context=context, auto_comments=notes)
    return catalog


@dataclass
class Words:
    """The language the references are written in, and its catalogue's translations."""

    code: str = "en"
    locale: str = "en"
    table: dict[tuple[str, str], str] = field(default_factory=dict)

    def get(self, context: str, english: str) -> str:
        return self.table.get((context, english), english)


#: Set by the build for an edition (:func:`use_language`); the English book keeps the default.
LANGUAGE = Words()


def use_language(app) -> None:
    """The references in the build's language (Sphinx's ``builder-inited``)."""
    from babel.messages.pofile import read_po

    from sse_course.i18n.languages import language

    here = language(app.config.language or "en")
    if here.is_source:  # an English build after an edition's in the same process: English again
        LANGUAGE.code, LANGUAGE.locale, LANGUAGE.table = "en", "en", {}
        return
    po = ROOT / "locales" / here.code / "LC_MESSAGES" / f"{DOMAIN}.po"
    table = {}
    if po.is_file():
        with po.open("rb") as file:
            table = {
                (str(m.context), str(m.id)): str(m.string) for m in read_po(file) if m.id and m.string and not m.fuzzy
            }
    LANGUAGE.code, LANGUAGE.locale, LANGUAGE.table = here.code, here.locale, table


def _date_in(words: Words, entry: Entry) -> str | None:
    """The entry's month and year in the language's way, or None to leave them as they are."""
    month = entry.fields.get("month", "").strip().lower()[:3]
    year = entry.fields.get("year", "")
    if not (month in MONTHS and year.isdigit()):
        return None
    return format_skeleton("yMMM", datetime.date(int(year), MONTHS.index(month) + 1, 1), locale=words.locale)


def translated_entry(entry: Entry, words: Words) -> Entry:
    """A copy of ``entry`` whose words that are not names or titles are in ``words``' language
    (the original keeps its fields: the list's order and numbers come from it)."""
    fields = dict(entry.fields)
    for name in TRANSLATED_FIELDS:
        if name in fields:
            english = plain_text(fields[name])
            said = words.get(name, english)
            if said != english:
                fields[name] = said.translate(_LATEX_SPECIAL)
    if entry.type == "techreport" and "type" not in fields:
        fields["type"] = words.get("style", "Technical Report")
    date = _date_in(words, entry)
    if date:
        fields.pop("month", None)
        fields["year"] = date.translate(_LATEX_SPECIAL)
    copy = Entry(entry.type, fields=fields, persons=entry.persons)
    copy.key = entry.key
    return copy


class ReferenceStyle(PlainStyle):
    """pybtex's plain style; in an edition, its words in the edition's language."""

    def format_names(self, role, as_sentence=True):
        if LANGUAGE.code == "en":
            return super().format_names(role, as_sentence)
        word = LANGUAGE.get("style", "and")
        formatted = names(role, sep=", ", sep2=f" {word} ", last_sep=f" {word} ")
        return sentence[formatted] if as_sentence else formatted

    def format_entry(self, label, entry, bib_data=None):
        if LANGUAGE.code != "en":
            entry = translated_entry(entry, LANGUAGE)
        return super().format_entry(label, entry, bib_data)


class TooltipStyle(PlainStyle):
    """Authors, year, title: what identifies the work (no language's words but its names)."""

    def format_entry(self, label, entry, bib_data=None):
        context = {"entry": entry, "style": self, "bib_data": bib_data}
        template = toplevel[
            optional[sentence[names("author", sep=", "), optional[bib_field("year")]]],
            self.format_title(entry, "title"),
        ]
        return FormattedEntry(entry.key, template.format_data(context), label)


def register() -> None:
    pybtex.plugin.register_plugin("pybtex.style.formatting", "sse", ReferenceStyle, force=True)
    pybtex.plugin.register_plugin("pybtex.style.formatting", "sse-tooltip", TooltipStyle, force=True)


def setup(app):
    register()
    app.connect("builder-inited", use_language)
    return {"version": "0.1", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
