"""How easy each translated page is to read, by a measure made for its language where textstat
has one, and how long its sentences are beside the English (issue 15: "sentence length kept as
short as the English").

- Spanish: Fernández Huerta's reading ease (textstat ``fernandez_huerta``).
- French: Kandel and Moles' adaptation of Flesch (textstat's ``flesch_reading_ease`` with the
  language set to French uses their constants: 207 − 1.015 × words per sentence − 73.6 ×
  syllables per word).
- Portuguese: textstat 0.7.8 has no measure made for Portuguese, so only the sentence length
  is reported and checked.

A page is measured on its running text (``Chapter.prose``: no headings, tables, code or
citations), the English source translated block by block with the page's catalogue.

    python -m sse_course.i18n.readability      # a table per language
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import textstat

from sse_course.book.chapters import Chapter, read_chapter
from sse_course.book.toc import ROOT, page_file, toc_pages
from sse_course.i18n.languages import Language, languages
from sse_course.i18n.markdown import BOOK_LOCALES, Catalogue, translate_markdown

#: Pages with little running text to measure (lists of terms, references, forms).
NOT_PROSE = {"book/glossary", "book/references", "book/sources", "book/my-progress", "book/certificate"}


def _fernandez_huerta(text: str) -> float:
    textstat.set_lang("es")
    return textstat.fernandez_huerta(text)


def _kandel_moles(text: str) -> float:
    textstat.set_lang("fr")
    return textstat.flesch_reading_ease(text)


#: language code -> (the measure's name, the measure); higher is easier for both.
MEASURES: dict[str, tuple[str, Callable[[str], float]]] = {
    "es": ("Fernández Huerta", _fernandez_huerta),
    "fr": ("Kandel–Moles", _kandel_moles),
}


@dataclass(frozen=True)
class Reading:
    page: str
    translated_share: float  # of the page's entries
    words_per_sentence: float
    english_words_per_sentence: float
    sentences: int
    english_sentences: int
    score: float | None = None  # by the language's measure, if textstat has one

    @property
    def sentence_ratio(self) -> float:
        return self.words_per_sentence / self.english_words_per_sentence


def words_per_sentence(text: str, code: str) -> float:
    textstat.set_lang({"pt_BR": "pt"}.get(code, code))
    return textstat.words_per_sentence(text)


def sentence_count(text: str, code: str) -> int:
    textstat.set_lang({"pt_BR": "pt"}.get(code, code))
    return textstat.sentence_count(text)


def translated_chapter(page: str, lang: Language, root: Path = ROOT) -> tuple[Chapter, float]:
    """The page in ``lang`` (English where not translated yet), and the share of it translated."""
    english = read_chapter(page_file(root, page))
    catalogue = Catalogue.read(BOOK_LOCALES / lang.code / "LC_MESSAGES" / f"{page}.po")
    total = _entries(BOOK_LOCALES / lang.code / "LC_MESSAGES" / f"{page}.po")
    share = len(catalogue.strings) / total if total else 0.0
    return Chapter(english.path, translate_markdown(english.source, catalogue.translate)), share


def _entries(po: Path) -> int:
    from sse_course.i18n.catalogues import progress

    return progress([po]).entries if po.is_file() else 0


def reading(page: str, lang: Language, root: Path = ROOT) -> Reading:
    english = read_chapter(page_file(root, page)).prose()
    chapter, share = translated_chapter(page, lang, root)
    text = chapter.prose()
    measure = MEASURES.get(lang.code)
    try:
        score = measure[1](text) if measure else None
        wps, english_wps = words_per_sentence(text, lang.code), words_per_sentence(english, "en")
        return Reading(
            page, share, wps, english_wps, sentence_count(text, lang.code), sentence_count(english, "en"), score
        )
    finally:
        textstat.set_lang("en")


def prose_pages(root: Path = ROOT) -> list[str]:
    return [page for page in toc_pages(root) if page not in NOT_PROSE and not page.startswith("book/trainers/")]


def report(lang: Language, root: Path = ROOT) -> str:
    name = MEASURES[lang.code][0] if lang.code in MEASURES else "no measure for the language in textstat"
    lines = [
        f"{lang.name} ({lang.code}): {name}",
        f"{'page':42} {'done':>5} {'score':>6} {'words/sentence':>15} {'English':>8}",
    ]
    for page in prose_pages(root):
        r = reading(page, lang, root)
        score = f"{r.score:6.1f}" if r.score is not None else "     -"
        lines.append(
            f"{page:42} {r.translated_share:5.0%} {score} {r.words_per_sentence:15.1f} {r.english_words_per_sentence:8.1f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    for language_ in languages():
        if not language_.is_source:
            print(report(language_), end="\n\n")
    sys.exit(0)
