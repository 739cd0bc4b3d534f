"""The course standard for a learner page (chapter or case-study notebook), as lists of problems.

The content tests assert that each list is empty; authors run the same checks on their page
while writing it and get the readability grade that the closing note reports:

    python -m sse_course.devtools.standard book/forms.md notebooks/atemdo.ipynb
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import textstat

from sse_course.devtools.book import ROOT
from sse_course.devtools.chapters import Chapter, read_chapter
from sse_course.quiz.bank import load_bank

MAX_OBJECTIVES = 3  # few enough for a learner to keep in mind, each one checked by the quiz
MIN_QUIZ_QUESTIONS = 6
MIN_QUESTION_TYPES = 3


def bib_keys(root: Path = ROOT) -> set[str]:
    return set(re.findall(r"^@\w+\{([^,]+),", (root / "references.bib").read_text(encoding="utf-8"), re.M))


def structure_problems(chapter: Chapter) -> list[str]:
    """1-3 objectives, key takeaways, 2-4 discussion questions."""
    name, problems = chapter.path.name, []
    objectives = chapter.items("Learning objectives")
    if not 1 <= len(objectives) <= MAX_OBJECTIVES:
        problems.append(f"{name}: {len(objectives)} learning objectives (want 1-{MAX_OBJECTIVES})")
    if not chapter.items("Key takeaways"):
        problems.append(f"{name}: no key takeaways")
    questions = chapter.items("Discussion questions")
    if not 2 <= len(questions) <= 4:
        problems.append(f"{name}: {len(questions)} discussion questions (want 2-4)")
    return problems


def quiz_problems(chapter: Chapter) -> list[str]:
    """A quiz of 6 or more questions, of 3 or more types, that checks every objective."""
    name = chapter.path.name
    banks = chapter.quizzes()
    if not banks:
        return [f"{name}: no quiz"]
    questions = [q for bank in banks for q in load_bank(bank).questions]
    problems = []
    if len(questions) < MIN_QUIZ_QUESTIONS:
        problems.append(f"{name}: {len(questions)} quiz questions (want {MIN_QUIZ_QUESTIONS} or more)")
    covered = {q.objective for q in questions}
    missing = [n for n in range(1, len(chapter.items("Learning objectives")) + 1) if n not in covered]
    if missing:
        problems.append(f"{name}: no quiz question checks objective(s) {missing}")
    if len({q.type for q in questions}) < MIN_QUESTION_TYPES:
        problems.append(f"{name}: quiz mixes fewer than {MIN_QUESTION_TYPES} question types")
    return problems


def citation_problems(chapter: Chapter, known: set[str]) -> list[str]:
    keys = chapter.citation_keys()
    if not keys:
        return [f"{chapter.path.name}: cites nothing"]
    unknown = sorted(keys - known)
    return [f"{chapter.path.name}: unknown citation keys {unknown}"] if unknown else []


def grade(chapter: Chapter) -> float:
    """Flesch-Kincaid grade of the page's running text (the course keeps the median at 9 or below)."""
    return textstat.flesch_kincaid_grade(chapter.prose())


def main(paths: list[str]) -> int:
    known, failed = bib_keys(), False
    for path in paths:
        chapter = read_chapter(Path(path).resolve())
        problems = structure_problems(chapter) + quiz_problems(chapter) + citation_problems(chapter, known)
        failed |= bool(problems)
        print(f"{path}: grade {grade(chapter):.1f}", *([f"  - {p}" for p in problems] or ["  meets the standard"]), sep="\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
