"""What a trainer takes away in each language (issue 15): the handouts and answer keys, the whole
book as a PDF, the Moodle export, the learner edition and the offline zip.

The sentences looked for come from the catalogues (the pages' PO files, the banks' compiled
catalogues), never written here, so the tests follow the translators' work: a sentence the
catalogue translates must be printed in the language, and its English must not be there.
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from sse_course.book import myst
from sse_course.book.chapters import read_chapter
from sse_course.delivery.bundle import LEARNERS, START_HERE, START_HERE_FOR_LEARNERS, TOP, make_bundle, start_here
from sse_course.delivery.handouts import (
    BOOK_PDF,
    answer_key_html,
    book_pdf,
    card_sets,
    card_sheet_html,
    exercise_key_html,
    exercise_sheet_html,
    exercise_sheets,
    handout_html,
    make_handouts,
    offline_context,
    read_handout,
)
from sse_course.delivery.handouts.translation import page_catalogue
from sse_course.devtools.learner import solution_notebooks
from sse_course.i18n.languages import Language
from sse_course.i18n.markdown import translated_path
from sse_course.i18n.runtime import speaking
from sse_course.quiz.bank import list_banks, load_bank
from sse_course.quiz.export import edition_directory, export_editions, unit_note

from .conftest import EDITIONS, ROOT

pytestmark = pytest.mark.editions  # `make check-editions`; `make check` leaves these out

#: The chapter whose handout and key are read back in every language.
CHAPTER = "book/home-based-workers"


def squeeze(text: str) -> str:
    """Text as compared in a PDF: no white space (PDF text breaks lines and may drop or add
    spaces), lower case, ligatures, typographic quotes and no-break spaces undone."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ad": ""}))
    return re.sub(r"\s+", "", text)


def plain(markdown: str) -> str:
    """A MyST sentence as a reader sees it printed (roles and links as their words)."""
    return re.sub(r"[*_`]", "", myst.plain_inline(markdown, ROOT / "book"))


def translated_pairs(page: str, lang: Language, english: list[str]) -> list[tuple[str, str]]:
    """(English, translation) of each of ``english`` (blocks of ``page``) that the page's
    catalogue translates into different words."""
    catalogue = page_catalogue(ROOT, page, lang.code)
    return [(e, t) for e in english if (t := catalogue.translate(e)) and plain(t) != plain(e)]


# ---- the Moodle export ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lms(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lms")
    export_editions(folder, ["en", *(lang.code for lang in EDITIONS)])
    return folder


def moodle(folder: Path) -> list[ET.Element]:
    return [q for q in ET.parse(folder / "all-quizzes.xml").getroot().iter("question") if q.get("type") != "category"]


def unmarked(text: str | None) -> str:
    return re.sub(r"</?p>", "", text or "")


def marks(question: ET.Element) -> list:
    """What Moodle marks: the question's kind, each answer's fraction and tolerance, the
    numbers and the matching pairs' count (never words)."""
    answers = [(a.get("fraction"), a.findtext("tolerance")) for a in question.findall("answer")]
    numbers = [a.findtext("text") for a in question.findall("answer") if question.get("type") == "numerical"]
    return [question.get("type"), question.findtext("idnumber"), answers, numbers, len(question.findall("subquestion"))]


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_each_languages_moodle_export_has_its_words_and_the_english_marks(lms, lang):
    folder = edition_directory(lms, lang.code)
    assert folder == lms / lang.tag and (folder / "all-quizzes.gift").is_file()
    english, translated = moodle(lms), moodle(folder)
    assert [marks(q) for q in translated] == [marks(q) for q in english], "a language changed what Moodle marks"
    by_id = {q.findtext("idnumber"): q for q in translated}
    changed = 0
    with speaking(lang.code):
        for bank_id in list_banks():
            source, bank = load_bank(bank_id, "en"), load_bank(bank_id, lang.code)
            for q, english_q in zip(bank.questions, source.questions, strict=True):
                text = unmarked(by_id[f"{bank_id}/{q.id}"].findtext("questiontext/text"))
                assert text == q.prompt + unit_note(q), f"{lang.code}: {bank_id}/{q.id} is not the bank's question"
                changed += q.prompt != english_q.prompt
    assert changed, f"no question of the {lang.name} export is in {lang.name}: are its banks' catalogues compiled?"


# ---- START-HERE -------------------------------------------------------------------------------


@pytest.mark.parametrize("template, folder", [(START_HERE, TOP), (START_HERE_FOR_LEARNERS, LEARNERS)])
def test_start_here_points_each_language_to_its_edition_in_that_language(template, folder):
    text = start_here(True, template, [(lang, True) for lang in EDITIONS])
    for lang in EDITIONS:
        line = next((line for line in text.splitlines() if f"{folder}/book/{lang.tag}/index.html" in line), None)
        assert line is not None, f"START-HERE does not say where the {lang.name} book is"
        assert line.startswith(f"- {lang.name}") and f"{folder}/handouts/{lang.tag}" in line
    assert "translated by the course team" in text
    assert "pt-BR" not in start_here(True, template), "a zip with English alone names no other language"


# ---- handouts, answer keys and the whole-book PDF ---------------------------------------------


@pytest.fixture(scope="module")
def context(browser):
    """An offline context of the session's Chromium (a second Playwright cannot start inside it)."""
    context = offline_context(browser)
    yield context
    context.close()


@pytest.fixture(scope="module")
def edition_handouts(tmp_path_factory, context) -> Path:
    """One chapter's handouts in every language, as make handouts writes them (with the
    exercise and card sheets, which every run makes)."""
    out = tmp_path_factory.mktemp("handouts")
    for lang in EDITIONS:
        make_handouts(out / lang.tag, ROOT, pages=[CHAPTER], context=context, language=lang.code)
    assert context.refused == []
    return out


def pdf_text(path: Path) -> str:
    return squeeze("".join(page.extract_text() for page in PdfReader(path).pages))


def assert_printed_in(lang: Language, text: str, pairs: list[tuple[str, str]], what: str) -> None:
    assert pairs, f"the catalogue of {CHAPTER} translates none of its {what} into {lang.name}"
    for english, translation in pairs:
        assert squeeze(plain(translation)) in text, f"{lang.code}: the {what} {translation[:60]!r} is not printed"
        assert squeeze(plain(english)) not in text, f"{lang.code}: the {what} {english[:60]!r} is printed in English"


def objectives() -> list[str]:
    return read_chapter(ROOT / f"{CHAPTER}.md").list_block("Learning objectives").items


def prompt_start(prompt: str) -> str:
    """The first words of a question (a page break of the PDF may come later, with its footer)."""
    return squeeze(" ".join(prompt.split()[:8]))


@pytest.mark.browser
@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_a_chapters_handout_and_key_are_in_each_language(edition_handouts, lang):
    name = CHAPTER.split("/")[-1]
    handout = pdf_text(edition_handouts / lang.tag / f"{name}.pdf")
    assert_printed_in(lang, handout, translated_pairs(CHAPTER, lang, objectives()), "objective")
    discussion = read_chapter(ROOT / f"{CHAPTER}.md").list_block("Discussion questions").items
    assert_printed_in(lang, handout, translated_pairs(CHAPTER, lang, discussion), "discussion question")
    key = pdf_text(edition_handouts / lang.tag / f"{name}-answer-key.pdf")
    (bank_id,) = read_chapter(ROOT / f"{CHAPTER}.md").quizzes()
    english, bank = load_bank(bank_id, "en"), load_bank(bank_id, lang.code)
    translated = [(e, q) for e, q in zip(english.questions, bank.questions, strict=True) if e.prompt != q.prompt]
    assert translated, f"the bank {bank_id} has no question in {lang.name}"
    for english_q, q in translated:
        assert prompt_start(q.prompt) in key and prompt_start(q.prompt) in handout, f"{lang.code}: {q.id}"
        assert prompt_start(english_q.prompt) not in key, f"{lang.code}: {q.id} is in English in the key"


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_the_book_pdf_of_each_edition_is_in_its_language(built_book, tmp_path, context, lang):
    """Two pages of each edition (the whole book, 36 pages, is printed by make handouts; its
    bookmarks are tested on the English book)."""
    pages = ["book/welcome", CHAPTER]
    made = book_pdf(built_book / lang.tag, tmp_path / BOOK_PDF, ROOT, context=context, language=lang.code, pages=pages)
    assert made.refused == []
    reader = PdfReader(made.path)
    title = myst.title(read_chapter(ROOT / f"{CHAPTER}.md").source)
    assert [entry.title for entry in reader.outline][1] == plain(
        page_catalogue(ROOT, CHAPTER, lang.code).translate(title)
    )
    text = squeeze("".join(page.extract_text() for page in reader.pages))
    assert_printed_in(lang, text, translated_pairs(CHAPTER, lang, objectives()), "objective")
    assert squeeze(lang.title) in text, f"the {lang.name} PDF's footer does not name the book in {lang.name}"


# ---- the learner edition ----------------------------------------------------------------------


def translated_solutions(lang: Language) -> list[str]:
    """The first words of each explanation in the translated exercise solutions."""
    return [
        cell.source.split("\n")[0][:40]
        for path in solution_notebooks()
        for cell in nbformat.read(translated_path(path, lang), as_version=4).cells
        if "solution" in cell.metadata.get("tags", []) and "{solution" not in cell.source and cell.source.strip()
    ]


@pytest.mark.build
@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_each_languages_learner_edition_has_no_solution_and_no_trainers_page(built_book, learner_book, lang):
    edition = learner_book / lang.tag
    pages = {p.relative_to(edition).as_posix(): p.read_text(encoding="utf-8") for p in edition.rglob("*.html")}
    assert f'<html lang="{lang.tag}"' in pages["book/welcome.html"], f"no {lang.name} learner edition"
    assert "exercises/is-it-sse.html" in pages and not [p for p in pages if p.startswith("book/trainers/")]
    solutions = translated_solutions(lang)
    full = (built_book / lang.tag / "exercises" / f"{solution_notebooks()[0].stem}.html").read_text(encoding="utf-8")
    assert solutions and solutions[0] in html.unescape(full), "the full edition must show the solution looked for"
    for name, page in pages.items():
        shown = html.unescape(page)
        assert not [s for s in solutions if s in shown], f"{lang.code}: {name} shows an exercise solution"
        assert not re.search(r'class="[^"]*\bsolution\b', page), f"{lang.code}: {name} has a solution block"
        assert not re.search(r'href="[^"]*trainers/', page), f"{lang.code}: {name} links the trainers' pages"


# ---- the offline zip --------------------------------------------------------------------------


@pytest.mark.build
@pytest.mark.browser
def test_the_zip_holds_every_languages_book_learner_edition_and_handouts(built_book, learner_book, tmp_path):
    handouts = tmp_path / "handouts"
    for folder in (handouts, *(handouts / lang.tag for lang in EDITIONS)):  # as make handouts lays them out
        folder.mkdir(parents=True)
        (folder / "home-based-workers.pdf").write_bytes(b"%PDF-1.4 a handout")
        (folder / "home-based-workers-answer-key.pdf").write_bytes(b"%PDF-1.4 a key")
    made = make_bundle(tmp_path / "sse-course-offline.zip", built_book, ROOT, handouts, learner_html=learner_book)
    names = set(made.names)
    with zipfile.ZipFile(made.path) as archive:
        start = archive.read(f"{TOP}/START-HERE.md").decode("utf-8")
        learners_start = archive.read(f"{TOP}/{LEARNERS}/START-HERE.md").decode("utf-8")
    for lang in EDITIONS:
        for name in (
            f"book/{lang.tag}/index.html",
            f"book/{lang.tag}/{CHAPTER}.html",
            f"{LEARNERS}/book/{lang.tag}/{CHAPTER}.html",
            f"handouts/{lang.tag}/home-based-workers-answer-key.pdf",
            f"{LEARNERS}/handouts/{lang.tag}/home-based-workers.pdf",
        ):
            assert f"{TOP}/{name}" in names, f"the zip lacks {name}"
        assert f"{TOP}/{LEARNERS}/handouts/{lang.tag}/home-based-workers-answer-key.pdf" not in names
        assert (
            f"{TOP}/book/{lang.tag}/index.html" in start and f"{LEARNERS}/book/{lang.tag}/index.html" in learners_start
        )


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_every_printed_page_says_its_language_so_it_is_hyphenated_and_set_as_that_language(lang):
    handout = read_handout(ROOT / f"{CHAPTER}.md", ROOT, lang.code)
    sheet = exercise_sheets(ROOT, lang.code)[0]
    cards = card_sets(ROOT, lang.code)[0]
    with speaking(lang.code):
        printed = {
            "handout": handout_html(handout, "", lang.code),
            "answer key": answer_key_html(handout, "", lang.code),
            "exercise sheet": exercise_sheet_html(sheet, "", lang.code),
            "exercise key": exercise_key_html(sheet, "", lang.code),
            "card sheet": card_sheet_html(cards, "", lang.code),
        }
    for what, page in printed.items():
        assert f'<html lang="{lang.tag}">' in page, f"the {lang.name} {what} does not say its language"
    assert handout.title == plain(page_catalogue(ROOT, CHAPTER, lang.code).translate(handout_title()))


def handout_title() -> str:
    return myst.title(read_chapter(ROOT / f"{CHAPTER}.md").source) or ""


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_every_card_sheets_title_is_printed_in_each_language(lang):
    """A sheet's title is a MyST comment of its page (``% card sheet: Sorting cards``); the
    page's catalogue has it (``make translations``), so the printed sheet is in the language."""
    english, translated = card_sets(ROOT, "en"), card_sets(ROOT, lang.code)
    assert [cards.name for cards in english] == [cards.name for cards in translated]
    titles = [
        (e.title, t.title)
        for english_set, translated_set in zip(english, translated, strict=True)
        for e, t in zip(english_set.sheets, translated_set.sheets, strict=True)
    ]
    left = [e for e, t in titles if e == t]
    assert not left, f"{lang.code}: card sheets titled in English: {left}"
    for cards in translated:
        printed = card_sheet_html(cards, "", lang.code)
        for sheet in cards.sheets:
            assert f"<h2>{html.escape(sheet.title)}</h2>" in printed, f"{lang.code}: {cards.name}"


@pytest.mark.browser
@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_a_card_sheets_pdf_has_its_titles_in_each_language(edition_handouts, lang):
    english = {cards.name: cards for cards in card_sets(ROOT, "en")}
    for cards in card_sets(ROOT, lang.code):
        text = pdf_text(edition_handouts / lang.tag / f"{cards.name}.pdf")
        for sheet, english_sheet in zip(cards.sheets, english[cards.name].sheets, strict=True):
            assert squeeze(sheet.title) in text, f"{lang.code}: {cards.name}.pdf lacks {sheet.title!r}"
            assert squeeze(english_sheet.title) not in text, (
                f"{lang.code}: {cards.name}.pdf says {english_sheet.title!r}"
            )
