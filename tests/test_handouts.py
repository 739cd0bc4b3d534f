"""Printable handouts, answer keys and the whole book as one PDF, read back with pypdf.

Every chapter and case study gets a handout that shows its title, discussion questions and quiz
but none of the right answers' feedback, and an answer key with every right answer. The whole
book PDF has one bookmark per page of the table of contents.
"""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from sse_course.book.chapters import read_chapter
from sse_course.delivery.handouts import (
    BOOK_PDF,
    book_pdf,
    handout_sources,
    main,
    make_handouts,
    offline_context,
    read_handout,
)
from sse_course.quiz.bank import load_bank

from .conftest import ROOT, toc_pages

pytestmark = pytest.mark.browser

SOURCES = handout_sources(ROOT)
HANDOUT_BUDGET_BYTES = 150 * 1024


def squeeze(text: str) -> str:
    """Text as compared here: no white space at all (PDF text breaks lines and may drop or add
    spaces), lower case, ligatures and typographic quotes undone."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ad": ""}))
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def first_words(markdown: str, n: int = 5) -> str:
    """The first words of a MyST item, as a reader sees them, stopping before any role whose
    shown text this test cannot know (a bare {doc} link shows the target page's title)."""
    text = re.sub(r"\s*\{cite(?::\w+)?\}`[^`]*`", "", markdown)
    text = re.sub(r"\{[\w:-]+\}`([^`<]+?)\s*<[^>]*>`", r"\1", text)
    text = re.sub(r"\{term\}`([^`]+)`", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    words = []
    for word in text.split()[:n]:
        if "{" in word or "`" in word:
            break
        words.append(word.strip("*_"))
    return " ".join(words)


def page_id(path: Path) -> str:
    return path.stem


@pytest.fixture(scope="module")
def context(browser):
    """An offline context of the session's Chromium (a second Playwright cannot start inside it)."""
    context = offline_context(browser)
    yield context
    context.close()


@pytest.fixture(scope="module")
def handouts(tmp_path_factory, context) -> Path:
    out = tmp_path_factory.mktemp("handouts")
    make_handouts(out, ROOT, context=context)
    assert context.refused == []
    return out


def test_every_chapter_and_case_study_has_a_handout():
    names = {path.stem for path in SOURCES}
    assert "what-is-sse" in names, "the model chapter has no handout"
    assert any(path.suffix == ".ipynb" for path in SOURCES), "no case-study notebook has a handout"


@pytest.mark.parametrize("source", SOURCES, ids=page_id)
def test_handout_shows_the_chapter_and_its_quiz_but_no_answers(handouts, source):
    handout, key = handouts / f"{source.stem}.pdf", handouts / f"{source.stem}-answer-key.pdf"
    for pdf in (handout, key):
        assert len(PdfReader(pdf).pages) >= 1
        assert pdf.stat().st_size <= HANDOUT_BUDGET_BYTES, f"{pdf.name} weighs {pdf.stat().st_size // 1024} KB"
    raw = pdf_text(handout)
    assert not re.search(r"\{[\w:-]+\}`", raw), f"{handout.name} shows MyST markup"
    text, key_text = squeeze(raw), squeeze(pdf_text(key))
    chapter = read_chapter(source)
    title = re.search(r"^#\s+(.+)$", chapter.source, re.M).group(1)
    assert squeeze(first_words(title, 12)) in text, f"{handout.name} lacks the title {title!r}"
    for part in ("Learning objectives", "Discussion questions", "Key takeaways"):
        for item in chapter.items(part):
            words = first_words(item)
            assert squeeze(words) in text, f"{handout.name} lacks the {part.lower()} item starting {words!r}"
    for bank_id in chapter.quizzes():
        for question in load_bank(ROOT / "sse_course" / "quizzes" / f"{bank_id}.yml").questions:
            prompt = " ".join(question.prompt.split()[:6])
            assert squeeze(prompt) in text, f"{handout.name} lacks the question {question.id!r}"
            for option in question.options:
                assert squeeze(option.text) in text, f"{handout.name} lacks an option of {question.id!r}"
            for feedback in right_feedback(question):
                # The key has it (so the comparison works) and the handout does not.
                assert squeeze(feedback) in key_text, f"{key.name} lacks the feedback of {question.id!r}"
                assert squeeze(feedback) not in text, f"{handout.name} gives away the answer to {question.id!r}"


def right_feedback(question) -> list[str]:
    if question.type in ("single", "multiple"):
        return [o.feedback for o in question.options if o.correct]
    if question.type == "true_false":
        return [question.feedback_true if question.answer else question.feedback_false]
    return [question.feedback_correct]


def right_answers(question) -> list[str]:
    if question.type in ("single", "multiple"):
        return [o.text for o in question.options if o.correct]
    if question.type == "true_false":
        return ["Answer: True" if question.answer else "Answer: False"]
    number = question.answer
    return ["Answer: " + (str(int(number)) if float(number).is_integer() else str(number))]


@pytest.mark.parametrize("source", SOURCES, ids=page_id)
def test_answer_key_gives_every_right_answer(handouts, source):
    key_text = squeeze(pdf_text(handouts / f"{source.stem}-answer-key.pdf"))
    chapter = read_chapter(source)
    title = re.search(r"^#\s+(.+)$", chapter.source, re.M).group(1)
    assert squeeze(first_words(title, 12)) in key_text
    for bank_id in chapter.quizzes():
        for question in load_bank(ROOT / "sse_course" / "quizzes" / f"{bank_id}.yml").questions:
            for answer in right_answers(question):
                assert squeeze(answer) in key_text, f"the answer key of {source.stem} lacks {answer!r} ({question.id})"


def test_handout_glossary_words_have_their_definitions(handouts):
    """The model chapter links glossary words: its handout lists them with their definitions."""
    source = next(path for path in SOURCES if path.stem == "what-is-sse")
    handout = read_handout(source, ROOT)
    assert handout.terms, "the model chapter links no glossary word"
    text = squeeze(pdf_text(handouts / "what-is-sse.pdf"))
    for term in handout.terms:
        assert squeeze(term.names[0]) in text
        assert squeeze(first_words(term.definition, 4)) in text, f"no definition of {term.names[0]!r}"


def built_title(html_file: Path) -> str:
    page = html_file.read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    heading = re.sub(r'<a class="headerlink".*?</a>', "", heading, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", heading)).strip()


def page_number(reader: PdfReader, bookmark) -> int:
    """The page a bookmark opens (pypdf gives None for a bookmark that points nowhere)."""
    number = reader.get_destination_page_number(bookmark)
    assert number is not None, f"the bookmark {bookmark.title!r} points to no page"
    return number


@pytest.mark.build
def test_whole_book_pdf_has_a_bookmark_and_the_title_of_every_page(built_book, tmp_path, context):
    result = book_pdf(built_book, tmp_path / BOOK_PDF, ROOT, context=context)
    assert result.refused == [], f"printing the book tried to reach other hosts: {result.refused}"
    reader = PdfReader(result.path)
    pages = toc_pages(ROOT)
    outline = reader.outline
    assert len(outline) == len(pages), f"{len(outline)} bookmarks for {len(pages)} pages of the table of contents"
    starts = [page_number(reader, entry) for entry in outline]
    assert starts == sorted(starts) and len(set(starts)) == len(starts), "bookmarks out of order"
    for entry, start, end, page in zip(outline, starts, starts[1:] + [len(reader.pages)], pages, strict=True):
        title = built_title(built_book / f"{page}.html")
        assert squeeze(entry.title) == squeeze(title), f"bookmark {entry.title!r} for {page} ({title!r})"
        text = squeeze("".join(reader.pages[i].extract_text() for i in range(start, end)))
        assert squeeze(title) in text, f"{BOOK_PDF} lacks the title of {page} on its pages"


def test_the_command_says_to_build_the_book_first(tmp_path, capsys):
    assert main([str(tmp_path / "out"), "--html-dir", str(tmp_path / "no-book")]) == 1
    assert "Build it first (make book)" in capsys.readouterr().err
