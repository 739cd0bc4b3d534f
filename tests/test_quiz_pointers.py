"""A quiz sends the learner back to the page it sits on: every question checks one of that page's
learning objectives, and every feedback says 'See "<section title>"' with a section (or box, or
table) the page really has, so that renaming a heading or cutting an objective cannot leave a
dead pointer."""

from __future__ import annotations

import re

import pytest

from sse_course.book.chapters import chapter_files, read_chapter
from sse_course.book.toc import ROOT, toc_pages
from sse_course.quiz.bank import load_bank

PAGES = [read_chapter(path) for path in chapter_files(ROOT, toc_pages())]
PAGES_WITH_QUIZZES = [page for page in PAGES if page.quizzes()]
# 'See "Title"', 'See the table in "Title"', 'See the end of "Title"', ...
_POINTER = re.compile(r'\bSee\b[^".]*"([^"]+)"')


def headings(page) -> set[str]:
    """What a learner can find on the page by its title: headings, and the titles of boxes
    (admonitions) and tables."""
    titles = re.findall(r"^#+\s+(.+?)\s*$", page.source, re.M)
    titles += re.findall(r"^[`:]{3,}\{(?:admonition|list-table)\}\s+(.+?)\s*$", page.source, re.M)
    return {re.sub(r"[*_`]", "", title).strip() for title in titles}


def feedbacks(question) -> list[str]:
    if question.type in ("single", "multiple"):
        return [option.feedback for option in question.options]
    if question.type == "true_false":
        return [question.feedback_true, question.feedback_false]
    if question.type == "matching":
        return [item.feedback for item in question.items]
    return [question.feedback_correct, question.feedback_incorrect]


def page_id(page):
    return page.path.stem


def test_pointers_are_found_in_feedback():
    """The pattern reads the forms the banks use, so the test below checks something."""
    found = _POINTER.findall('Not quite. See the table in "Who are home-based workers?". See "Lessons".')
    assert found == ["Who are home-based workers?", "Lessons"]


@pytest.mark.parametrize("page", PAGES_WITH_QUIZZES, ids=page_id)
def test_feedback_points_to_sections_the_page_has(page):
    sections = headings(page)
    dead = [
        f"{bank_id}: {question.id}: {title!r}"
        for bank_id in page.quizzes()
        for question in load_bank(bank_id).questions
        for text in feedbacks(question)
        for title in _POINTER.findall(text)
        if title not in sections
    ]
    assert not dead, f"{page.path.name} has no section called: " + "; ".join(dead)


@pytest.mark.parametrize("page", PAGES_WITH_QUIZZES, ids=page_id)
def test_every_feedback_points_to_a_section(page):
    """Right or wrong, the learner is told where to read again."""
    bare = [
        f"{bank_id}: {question.id}: {text[:50]!r}..."
        for bank_id in page.quizzes()
        for question in load_bank(bank_id).questions
        for text in feedbacks(question)
        if not _POINTER.search(text)
    ]
    assert not bare, f"{page.path.name}: feedback that names no section: " + "; ".join(bare)


@pytest.mark.parametrize("page", PAGES_WITH_QUIZZES, ids=page_id)
def test_every_question_checks_an_objective_the_page_has(page):
    count = len(page.items("Learning objectives"))
    stray = [
        f"{bank_id}: {question.id} (objective {question.objective})"
        for bank_id in page.quizzes()
        for question in load_bank(bank_id).questions
        if question.objective is not None and not 1 <= question.objective <= count
    ]
    assert not stray, f"{page.path.name} has {count} objectives, but questions check others: " + "; ".join(stray)
