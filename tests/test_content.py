"""Every chapter and case-study notebook meets the course standard: objectives, takeaways,
discussion questions, a quiz that covers every objective, citations that resolve, plain language.
The checks themselves live in sse_course.devtools.standard, so authors can run them on a page."""

from __future__ import annotations

import statistics

import pytest

from sse_course.book.chapters import chapter_files, read_chapter
from sse_course.book.toc import ROOT, toc_pages
from sse_course.devtools import standard

CHAPTERS = chapter_files(ROOT, toc_pages())
BIB_KEYS = standard.bib_keys()
MAX_MEDIAN_GRADE = 9


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


def test_chapters_are_in_plain_language():
    grades = {p.stem: round(standard.grade(read_chapter(p)), 1) for p in CHAPTERS}
    assert statistics.median(grades.values()) <= MAX_MEDIAN_GRADE, grades
