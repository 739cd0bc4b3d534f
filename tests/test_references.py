"""The references (references.bib, sse_course/build/citations.py): each citation number's title
(its tooltip, and what opens in place) is the authors, the year and the title only; an edition's
reference lists say the kind of document, the notes, "Technical Report", "and" and the dates in
its language, from its references.po; names and titles stay as they are everywhere, and the
English lists are pybtex's plain style, word for word."""

from __future__ import annotations

import datetime
import functools
import re
from html import unescape
from pathlib import Path

import pybtex.plugin
import pytest
from pybtex.database import parse_file
from pybtex.richtext import Text

from sse_course.build import citations
from sse_course.i18n.catalogues import read_catalog

from .conftest import EDITIONS, ROOT, toc_pages

pytestmark = pytest.mark.editions  # `make check-editions`; `make check` leaves these out

ENTRIES = parse_file(str(citations.BIBLIOGRAPHY)).entries
CITATION_TITLE = re.compile(r'<a class="reference internal" href="[^"]*references\.html#[^"]+" title="([^"]*)"')
LIST_ITEM = re.compile(r'<div class="citation" id="[^"]+" role="doc-biblioentry">(.*?)</div>', re.S)


@functools.cache
def english_words() -> dict[tuple[str, str], str]:
    """(context, English) -> English, for every word of the references that is not a name or a
    title: each field the catalogue translates, and the style's own words."""
    return {(context, english): english for context, english, _ in citations.messages()}


def plain(html: str) -> str:
    """The text a reader sees (a no-break space stays one: French writes "cours\u202f:")."""
    return re.sub(r"[ \t\r\n]+", " ", unescape(re.sub(r"<[^>]+>", "", html))).strip()


def reference_list(built_book: Path, folder: str) -> list[str]:
    page = (built_book / folder / "book" / "references.html").read_text(encoding="utf-8")
    return [plain(item) for item in LIST_ITEM.findall(page)]


def tooltips(built_book: Path, folder: str) -> dict[str, list[str]]:
    found = {}
    for page in toc_pages():
        html = (built_book / folder / f"{page}.html").read_text(encoding="utf-8")
        found[page] = [unescape(title) for title in CITATION_TITLE.findall(html)]
    return found


@functools.cache
def english_title(key: str) -> str:
    """A reference's title as the lists and tooltips write it (pybtex's plain style)."""
    return Text.from_latex(ENTRIES[key].fields["title"]).capitalize().render_as("text")


def test_the_english_reference_lists_are_pybtex_plain_word_for_word():
    citations.register()
    ours = pybtex.plugin.find_plugin("pybtex.style.formatting", "sse")()
    theirs = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")()
    assert citations.LANGUAGE.code == "en"
    for entry in theirs.sort(ENTRIES.values()):
        assert ours.format_entry("1", entry).text.render_as("html") == theirs.format_entry("1", entry).text.render_as(
            "html"
        )


def test_a_translated_entry_keeps_its_names_title_and_numbers():
    words = citations.Words("pt_BR", "pt_BR", {("style", "Technical Report"): "Relatório técnico"})
    report = ENTRIES["ilo2021workingfromhome"]
    translated = citations.translated_entry(report, words)
    assert translated.fields["type"] == "Relatório técnico" and translated.persons == report.persons
    assert translated.fields["title"] == report.fields["title"] and "type" not in report.fields
    slides = ENTRIES["esim2021slides"]
    assert citations.translated_entry(slides, words).fields["year"] == "ago. de 2021"
    assert slides.fields["year"] == "2021", "the list's order comes from the English entry"


@pytest.mark.build
def test_every_citation_number_s_title_is_authors_year_and_title_only(built_book):
    """The notes and the kind of document are one tap away, in the reference list: a chapter
    page does not carry them in every number's title."""
    notes = {english for (context, english) in english_words() if context in citations.TRANSLATED_FIELDS}
    english = tooltips(built_book, "")
    assert len(english["book/home-based-workers"]) >= 30
    titles = {english_title(key) for key in ENTRIES}
    for page, shown in english.items():
        for tooltip in shown:
            assert not [note for note in notes if note in tooltip], f"{page}: {tooltip!r}"
            # "Authors, year. Title." (pybtex adds the full stop unless the title ends in one, or "?")
            assert any(re.fullmatch(rf"(.+\. )?{re.escape(title)}\.?", tooltip) for title in titles), tooltip
    # Each edition's glossary is in its own alphabetical order, so its citations come in another order.
    in_any_order = {page: sorted(shown) for page, shown in english.items()}
    for lang in EDITIONS:
        edition = {page: sorted(shown) for page, shown in tooltips(built_book, f"{lang.tag}/").items()}
        assert edition == in_any_order, f"{lang.tag}: names and titles only, as in English"


@pytest.mark.build
@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_an_editions_reference_list_says_its_words_in_its_language_and_keeps_the_titles(built_book, lang):
    po = ROOT / "locales" / lang.code / "LC_MESSAGES" / f"{citations.DOMAIN}.po"
    catalogue = {(m.context, m.id): str(m.string) for m in read_catalog(po) if m.id and not m.fuzzy}
    english_list, listed = reference_list(built_book, ""), reference_list(built_book, f"{lang.tag}/")
    assert len(listed) == len(english_list) == len(ENTRIES)
    text = "\n".join(listed)
    for context, english in english_words():
        said = catalogue.get((context, english))
        assert said and said != english, f"{lang.code}: {context} {english!r} is not translated"
        if context in citations.TRANSLATED_FIELDS:
            assert english not in text, f"{lang.tag}/book/references: {english!r} in English"
            assert Text.from_latex(said.translate(citations._LATEX_SPECIAL)).render_as("text") in text, said
    assert "Technical Report" not in text and catalogue[("style", "Technical Report")] in text
    # The same list, in the same order: the names before the first full stop, "and" translated.
    word = catalogue[("style", "and")]
    for theirs, ours in zip(english_list, listed, strict=True):
        entry = next(e for key, e in ENTRIES.items() if english_title(key) in theirs)
        authors = theirs.split("] ", 1)[1].split(". ", 1)[0]
        people = len(entry.persons.get("author", []))  # an "and" inside one name (a coalition's) stays
        expected = authors.replace(", and " if people > 2 else " and ", f" {word} ") if people > 1 else authors
        assert ours.split("] ", 1)[1].startswith(expected + ". "), ours
    for key, entry in ENTRIES.items():
        title = english_title(key)
        assert title in "\n".join(english_list) and title in text, f"{lang.tag}: the title of {key} changed"
        month, year = entry.fields.get("month"), entry.fields.get("year")
        if month and year:
            date = citations._date_in(citations.Words(lang.code, lang.locale), entry)
            assert date is not None and date in text, f"{lang.tag}: {key}'s date"
            if date != f"{month} {year}":  # Spanish writes "may 2015" too
                assert f"{month} {year}" not in text.replace(title, ""), f"{lang.tag}: {key}'s English date"


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_each_languages_references_catalogue_has_every_word_of_references_bib(lang):
    """A reference added or changed without `make translations` would show English words: the
    catalogue has an entry for each, and none for what references.bib no longer says."""
    wanted = {(context, english) for context, english in english_words()}
    po = ROOT / "locales" / lang.code / "LC_MESSAGES" / f"{citations.DOMAIN}.po"
    assert {(m.context, m.id) for m in read_catalog(po) if m.id} == wanted


def test_an_english_build_after_an_editions_writes_english_references():
    """The build's language is kept in a module global (citations.LANGUAGE): a build of the
    English book in the same process after an edition's must not keep the edition's words."""
    from types import SimpleNamespace

    def app(code):
        return SimpleNamespace(config=SimpleNamespace(language=code))

    try:
        citations.use_language(app("fr"))
        assert citations.LANGUAGE.code == "fr" and citations.LANGUAGE.table
        citations.use_language(app("en"))
        assert (citations.LANGUAGE.code, citations.LANGUAGE.locale, citations.LANGUAGE.table) == ("en", "en", {})
    finally:
        citations.LANGUAGE.code, citations.LANGUAGE.locale, citations.LANGUAGE.table = "en", "en", {}


@functools.cache
def rendered_lists() -> dict[str, dict[str, str]]:
    """Each reference as a reader sees it in the list, in English and in every edition (the
    style the build registers, without a build)."""
    from types import SimpleNamespace

    citations.register()
    style = pybtex.plugin.find_plugin("pybtex.style.formatting", "sse")()
    found = {}
    try:
        for code in ["en", *(lang.code for lang in EDITIONS)]:
            citations.use_language(SimpleNamespace(config=SimpleNamespace(language=code)))
            found[code] = {
                entry.key: style.format_entry("1", entry).text.render_as("text") for entry in ENTRIES.values()
            }
    finally:
        citations.LANGUAGE.code, citations.LANGUAGE.locale, citations.LANGUAGE.table = "en", "en", {}
    return found


def test_a_reference_shows_no_latex_its_sources_capitals_and_its_date_once():
    """A fresh tester's finding 20 (stop 14): "Decreto n\\textsuperscript o 11.864", "novembre
    2022, nov. 2022", "key points from the HNI webinar, 11 august 2021", "Homenet international"."""
    for code, entries in rendered_lists().items():
        for key, text in entries.items():
            assert "\\" not in text and "textsuperscript" not in text, f"{code} {key}: {text}"
            # the title as its source writes it (references.bib protects it with braces)
            title = Text.from_latex(ENTRIES[key].fields["title"]).render_as("text")
            assert title in text, f"{code} {key}: {text}"
            entry = ENTRIES[key]
            year, month = entry.fields.get("year", ""), entry.fields.get("month", "")
            # where it was published comes just before the date: it does not say the date too
            published = plain(citations.plain_text(entry.fields.get("howpublished", "")))
            assert not year or year not in published, f"{key}: the date is said twice"
            if month and year and code == "en":
                long = datetime.date(int(year), citations.MONTHS.index(month) + 1, 1).strftime("%B %Y")
                # (a day's date, "31 January 2022", says more than the entry's month)
                assert not re.search(rf"(?<!\d ){long}", text), f"{key}: {long} and {month} {year}"
    assert "Decreto nº 11.864" in rendered_lists()["en"]["brazil2023minimumwage"]
    assert "HomeNet International: about" in rendered_lists()["fr"]["hni2023website"]


@pytest.mark.parametrize(("code", "place"), [("fr", "Genève"), ("es", "Ginebra"), ("pt_BR", "Genebra")])
def test_an_editions_reference_names_the_place_in_its_language(code, place):
    entries = rendered_lists()[code]
    for key in ("ilo2021workingfromhome", "ilowiego2017cooperation"):
        assert ENTRIES[key].fields["address"] == "Geneva"
        assert f", {place}, " in entries[key] and "Geneva" not in entries[key], entries[key]
    assert "Geneva" in rendered_lists()["en"]["ilo2021workingfromhome"]
