"""Every chapter and case-study notebook meets the course standard: objectives, takeaways,
discussion questions, a quiz that covers every objective, citations that resolve, plain language."""

from __future__ import annotations

import re
import statistics

import pytest
import textstat

from sse_course.devtools.book import ROOT, toc_pages
from sse_course.devtools.chapters import chapter_files, read_chapter
from sse_course.quiz.bank import load_bank

CHAPTERS = chapter_files(ROOT, toc_pages())
BIB_KEYS = set(re.findall(r"^@\w+\{([^,]+),", (ROOT / "references.bib").read_text(encoding="utf-8"), re.M))
MAX_MEDIAN_GRADE = 9


def ids(paths):
    return [p.stem for p in paths]


def test_the_book_has_chapters():
    assert CHAPTERS, "no chapter in _toc.yml"


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_chapter_has_objectives_takeaways_and_discussion_questions(path):
    chapter = read_chapter(path)
    objectives = chapter.items("Learning objectives")
    assert 3 <= len(objectives) <= 5, f"{path.name}: {len(objectives)} learning objectives (want 3-5)"
    assert chapter.items("Key takeaways"), f"{path.name}: no key takeaways"
    questions = chapter.items("Discussion questions")
    assert 2 <= len(questions) <= 4, f"{path.name}: {len(questions)} discussion questions (want 2-4)"


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_chapter_quiz_has_six_questions_covering_every_objective(path):
    chapter = read_chapter(path)
    quizzes = chapter.quizzes()
    assert quizzes, f"{path.name}: no quiz"
    questions = [q for name in quizzes for q in load_bank(name).questions]
    assert len(questions) >= 6, f"{path.name}: {len(questions)} quiz questions (want 6 or more)"
    objectives = range(1, len(chapter.items("Learning objectives")) + 1)
    covered = {q.objective for q in questions}
    missing = [n for n in objectives if n not in covered]
    assert not missing, f"{path.name}: no quiz question checks objective(s) {missing}"
    assert len({q.type for q in questions}) >= 3, f"{path.name}: quiz mixes fewer than 3 question types"


@pytest.mark.parametrize("path", CHAPTERS, ids=ids(CHAPTERS))
def test_chapter_cites_sources_that_exist(path):
    keys = read_chapter(path).citation_keys()
    assert keys, f"{path.name}: cites nothing"
    assert keys <= BIB_KEYS, f"{path.name}: unknown citation keys {sorted(keys - BIB_KEYS)}"


def test_chapters_are_in_plain_language():
    grades = {p.stem: textstat.flesch_kincaid_grade(read_chapter(p).prose()) for p in CHAPTERS}
    assert statistics.median(grades.values()) <= MAX_MEDIAN_GRADE, grades
