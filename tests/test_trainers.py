"""The trainers' section: session plans whose timings add up, at least six activity cards tied to
chapters, and facilitator notes that answer every discussion question of every chapter and case."""

from __future__ import annotations

import os
import re

import pytest

from sse_course.book.chapters import chapter_files, read_chapter
from sse_course.book.toc import ROOT, toc_pages

TRAINERS = ROOT / "book" / "trainers"
PLANS = (TRAINERS / "session-plans.md").read_text(encoding="utf-8")
CARDS = (TRAINERS / "activity-cards.md").read_text(encoding="utf-8")
NOTES = (TRAINERS / "facilitator-notes.md").read_text(encoding="utf-8")
CHAPTERS = chapter_files(ROOT, toc_pages())


def sections(text: str, level: int) -> list[tuple[str, str]]:
    """(heading, body up to the next heading of the same or a higher level)."""
    pattern = re.compile(rf"^#{{1,{level}}} (.+)$", re.M)
    found = [m for m in pattern.finditer(text) if text[m.start() :].startswith("#" * level + " ")]
    return [
        (m.group(1), text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)])
        for i, m in enumerate(found)
    ]


def minutes_in_tables(body: str) -> list[int]:
    """The first column ("Minutes") of every list-table in ``body``, header rows left out."""
    total = []
    for table in re.findall(r"^```\{list-table\}.*?^```", body, re.M | re.S):
        cells = re.findall(r"^\* - (.+)$", table, re.M)
        assert cells and cells[0].strip() == "Minutes", "a plan's table starts with a Minutes column"
        total += [int(cell) for cell in cells[1:]]
    return total


def plans() -> dict[str, tuple[int, list[int]]]:
    found = {}
    for level in (2, 3):
        for heading, body in sections(PLANS, level):
            stated = re.search(r"\((?:Day \d, )?(\d+) minutes\)", heading)
            if stated:
                found[heading] = (int(stated.group(1)), minutes_in_tables(body))
    return found


def test_there_are_plans_of_90_minutes_half_a_day_and_two_days():
    stated = [total for total, _ in plans().values()]
    assert 90 in stated and 210 in stated and stated.count(360) >= 2, stated


@pytest.mark.parametrize("heading", list(plans()))
def test_a_plans_timings_add_up_to_its_stated_length(heading):
    stated, minutes = plans()[heading]
    assert minutes and sum(minutes) == stated, f"{heading}: the activities add up to {sum(minutes)} minutes"


def test_the_90_minute_plan_runs_on_paper_without_jupyter():
    # Issue 10: the first introduction must work with book pages, printed handouts and activity
    # cards only; the longer plans may use the notebooks live.
    heading, body = next((h, b) for h, b in sections(PLANS, 2) if "(90 minutes)" in h)
    table = re.search(r"^```\{list-table\}.*?^```", body, re.M | re.S).group(0)
    for needs_a_computer in ("Jupyter", "slider", "laptop", "projector"):
        assert needs_a_computer.lower() not in table.lower().replace("(or on the projector)", ""), (
            f"{heading}: an activity needs {needs_a_computer!r}"
        )
    materials = re.search(r"Materials to prepare\n(.*?)^::::", body, re.M | re.S).group(1)
    assert "Jupyter is not needed" in materials
    for printed in (
        "handout",
        "answer key",
        "flipchart",
        "card-is-it-sse",
        "Illustrative outcomes by number of members",
    ):
        assert printed in materials, f"{heading}: the materials list does not name {printed!r}"
    two_days = "".join(b for h, b in sections(PLANS, 2) if "two-day" in h.lower() or "2 days" in h.lower())
    assert "../notebooks/" in two_days and "Jupyter" in two_days


def test_plans_use_chapters_notebooks_exercises_quizzes_and_activity_cards():
    for needed in ("{doc}`../", "../notebooks/", "{ref}`ex-", "{ref}`card-", "quiz"):
        assert needed in PLANS, f"no session plan uses {needed!r}"


def test_at_least_six_activity_cards_each_complete_and_tied_to_a_chapter():
    labels = re.findall(r"^\(card-[\w-]+\)=\s*\n## (.+)$", CARDS, re.M)
    assert len(labels) >= 6
    for heading, body in sections(CARDS, 2):
        for part in ("**Goal.**", "**Time.**", "**Group size.**", "**Materials.**", "**Steps.**", "**Links.**"):
            assert part in body, f"card '{heading}' has no {part}"
        assert re.search(r"\{doc\}`\.\./[\w-]+", body), f"card '{heading}' links no chapter"


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_facilitator_notes_answer_every_discussion_question(path):
    page = str(path.relative_to(ROOT).with_suffix(""))
    target = re.escape(os.path.relpath(page, "book/trainers"))
    notes = [body for _, body in sections(NOTES, 2) if re.search(rf"\{{doc\}}`(?:[^`<]*<)?{target}>?`", body)]
    assert notes, f"no facilitator notes link {page}"
    answers = notes[0].split("**Answers to the discussion questions.**")
    assert len(answers) == 2 and "**Common misunderstandings.**" in notes[0], f"{page}: notes are incomplete"
    numbered = re.findall(r"^\d+\. ", answers[1], re.M)
    questions = read_chapter(path).items("Discussion questions")
    assert len(numbered) == len(questions), f"{page}: {len(numbered)} answers for {len(questions)} questions"


def test_facilitator_notes_are_not_on_learner_pages():
    for path in CHAPTERS:
        assert "Answers to the discussion questions" not in read_chapter(path).source
