"""What a handout shows, read from a page's source (its MyST, its quiz banks, the glossary),
not from the built book."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sse_course.book import myst
from sse_course.book.chapters import ListBlock, chapter_files, read_chapter
from sse_course.book.toc import ROOT, toc_pages
from sse_course.quiz.bank import Bank, load_bank

from .readings import readings_html
from .terms import Term, page_terms
from .translation import edition_language, page_name, read_page, translate

BOOK_PDF = "sse-course.pdf"  # the whole book as one PDF, beside the handouts
CARDS_PREFIX = "cards-"  # the card sheets: cards-is-it-sse.pdf (cards.py)


@dataclass
class Handout:
    """What a chapter's handout shows, read from its source."""

    path: Path  # the source file
    page: str  # as in _toc.yml: book/what-is-sse
    title: str  # plain text
    objectives: ListBlock
    takeaways: ListBlock
    discussion: ListBlock
    terms: list[Term]
    banks: list[Bank]
    # The parts of the page that the session plans read, as print HTML (readings.py).
    readings: str = ""

    @property
    def name(self) -> str:
        return Path(self.page).name


def read_handout(path: Path, root: Path = ROOT, language: str | None = None) -> Handout:
    """What the handout of the page at ``path`` shows, in ``language`` (default English): the
    page's text from its catalogue (translation.py), its quizzes in the language, the glossary's
    words of the English page with their names and definitions from the glossary's catalogue."""
    english = read_chapter(path)
    chapter = read_page(path, root, language)
    page = page_name(path, root)
    heading = myst.title(chapter.source)

    def block(title: str) -> ListBlock:
        return chapter.list_block(translate(root, page, language, title))

    glossary_page = "book/glossary"
    terms = [
        replace(
            term,
            names=tuple(translate(root, glossary_page, language, name) for name in term.names),
            definition=translate(root, glossary_page, language, term.definition),
        )
        for term in page_terms(english.source, root / f"{glossary_page}.md")
    ]
    return Handout(
        path=path,
        page=page,
        title=myst.plain_inline(heading) if heading else Path(page).name,
        objectives=block("Learning objectives"),
        takeaways=block("Key takeaways"),
        discussion=block("Discussion questions"),
        terms=terms,
        banks=[_bank(root, bank, language) for bank in english.quizzes()],
        readings=readings_html(page, root, language),
    )


def _bank(root: Path, bank: str, language: str | None) -> Bank:
    path = root / "sse_course" / "quizzes" / f"{bank}.yml"
    if edition_language(language) is None:
        return load_bank(path, "en")
    return load_bank(bank, language)  # the package's bank, in the language of its catalogue


def handout_sources(root: Path = ROOT, pages: list[str] | None = None) -> list[Path]:
    """The chapters (book/*.md) and case studies (notebooks/*.ipynb) of the table of contents."""
    pages = toc_pages(root) if pages is None else pages
    return [
        path
        for path in chapter_files(root, pages)
        if path.is_file()
        and (
            path.suffix == ".md"
            and path.parts[-2] == "book"
            or path.suffix == ".ipynb"
            and path.parts[-2] == "notebooks"
        )
    ]


def check_pdf_names(sources: list[Path]) -> None:
    """Refuse two sources that would write the same PDF (``book/x.md`` and ``notebooks/x.ipynb``
    both make ``x.pdf``; a page ``x-answer-key`` would replace x's answer key; a page
    ``cards-x`` could replace a card sheet): the second would silently replace the first."""
    made: dict[str, Path] = {BOOK_PDF: Path("(the whole book)")}
    for path in sources:
        if path.stem.startswith(CARDS_PREFIX):
            raise ValueError(
                f"{path}: a page whose name starts with {CARDS_PREFIX!r} would clash with the card sheets."
            )
        for name in (f"{path.stem}.pdf", f"{path.stem}-answer-key.pdf"):
            if name in made:
                raise ValueError(f"{path} and {made[name]} would both make {name}: rename one of them.")
            made[name] = path
