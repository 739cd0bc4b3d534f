"""Every chapter and case-study notebook meets the course standard: objectives, takeaways,
discussion questions, a quiz that covers every objective, citations that resolve, plain language.
The checks themselves live in sse_course.devtools.standard, so authors can run them on a page."""

from __future__ import annotations

import statistics

import pytest

from sse_course.book.chapters import Chapter, chapter_files, read_chapter
from sse_course.book.toc import ROOT, toc_pages
from sse_course.devtools import standard

CHAPTERS = chapter_files(ROOT, toc_pages())
BIB_KEYS = standard.bib_keys()
MAX_MEDIAN_GRADE = 8


def ids(paths):
    return [p.stem for p in paths]


def test_the_book_has_chapters():
    assert CHAPTERS, "no chapter in _toc.yml"


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_chapter_has_objectives_takeaways_and_discussion_questions(path):
    assert not standard.structure_problems(read_chapter(path))


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_chapter_quiz_has_six_questions_covering_every_objective(path):
    assert not standard.quiz_problems(read_chapter(path))


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_chapter_cites_sources_that_exist(path):
    assert not standard.citation_problems(read_chapter(path), BIB_KEYS)


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_quiz_feedback_points_to_sections_that_exist(path):
    assert not standard.section_pointer_problems(read_chapter(path))


def test_chapters_are_in_plain_language():
    grades = {p.stem: round(standard.grade(read_chapter(p)), 1) for p in CHAPTERS}
    assert statistics.median(grades.values()) <= MAX_MEDIAN_GRADE, grades


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_chapter_explains_every_hard_word_at_its_first_use(path):
    assert not standard.vocabulary_problems(read_chapter(path))


def test_the_case_study_notebooks_are_checked_for_hard_words():
    assert any(p.suffix == ".ipynb" for p in CHAPTERS)


# ---- the vocabulary check itself ----------------------------------------------------------


def vocabulary(text):
    return standard.vocabulary_problems(Chapter(ROOT / "book" / "page.md", text))


def test_a_hard_word_used_without_explanation_is_reported_with_its_line_and_a_plainer_word():
    [problem] = vocabulary("Members share.\nThe group keeps its surplus in the bank.\n")
    assert "page.md: line 2: 'surplus'" in problem and "money left over after costs" in problem


@pytest.mark.parametrize(
    "text",
    [
        "The group keeps its {term}`surplus` in the bank. The surplus grows.",
        "The group keeps its surplus (money left over after costs) in the bank.",
        "*Governance* means how a group makes decisions.",
        "They support network consolidation. Consolidation means making links stronger.",
        "Reach scale, that is, grow. Their solidarity: people supporting each other.",
        "A person who sells through a middle person (an *intermediary*).",
        "Read the [solidarity](../book/glossary.md#term-solidarity) entry. Solidarity grows.",
        "Money to run day to day ({term}`working capital`). Working capital is short.",
        "They want to stand on their own feet, standing on their own feet.",
        "A share of the overheads. Overheads are costs that come every month.",
        "Democratic and/or participatory {term}`governance` (members take part in decisions).",
    ],
)
def test_a_hard_word_explained_at_its_first_use_or_inside_a_glossary_term_passes(text):
    assert not vocabulary(text)


@pytest.mark.parametrize(
    "text",
    [
        "The group keeps its surplus in the bank. Later, a {term}`surplus` is defined.",
        "The numbers are illustrative. They are made up.",
        "Members' autonomous groups decide. This is {term}`autonomy`.",
        "A small entity. Many entities work together.",
    ],
)
def test_a_later_link_or_definition_does_not_explain_the_first_use(text):
    assert len(vocabulary(text)) == 1


def test_a_pointer_to_a_missing_section_is_reported(tmp_path, monkeypatch):
    bank = tmp_path / "pointers.yml"
    bank.write_text(
        'title: "Check"\nquestions:\n  - id: one\n    type: true_false\n    prompt: "True?"\n    answer: true\n'
        '    feedback_true: \'Right. See "Real section" and "Lost section".\'\n'
        "    feedback_false: 'No. See the note \"A box\".'\n",
        encoding="utf-8",
    )
    page = Chapter(
        tmp_path / "page.md",
        f"# Page\n\n## Real section\n\n```{{admonition}} A box\nText\n```\n\n```{{quiz}} {bank}\n```\n",
    )
    assert standard.section_pointer_problems(page) == [
        "page.md: quiz "
        + str(bank)
        + ", question 'one': feedback points to \"Lost section\", which is not a section of the page"
    ]
