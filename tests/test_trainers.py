"""The trainers' section: session plans whose timings add up, at least six activity cards tied to
chapters, facilitator notes that answer every discussion question of every chapter and case, one
list of group roles, a first plan whose materials list names what its rows use, and built pages
that are light and speak to a trainer, not to a developer."""

from __future__ import annotations

import gzip
import html
import os
import re

import pytest

from sse_course.book.chapters import chapter_files, read_chapter
from sse_course.book.toc import ROOT, toc_pages

TRAINERS = ROOT / "book" / "trainers"
PLANS = (TRAINERS / "session-plans.md").read_text(encoding="utf-8")
CARDS = (TRAINERS / "activity-cards.md").read_text(encoding="utf-8")
# The facilitator notes: a landing page and one page for each part of the course (issue 17: one
# page of every note weighed 26.8 KiB gzip, over the next-page budget).
NOTES_PAGES = sorted(TRAINERS.glob("facilitator-notes*.md"))
NOTES = "\n".join(path.read_text(encoding="utf-8") for path in NOTES_PAGES)
GUIDE = (TRAINERS / "facilitator-guide.md").read_text(encoding="utf-8")
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


def plan_90() -> str:
    return next(b for h, b in sections(PLANS, 2) if "(90 minutes)" in h)


def squeezed(text: str) -> str:
    return " ".join(text.lower().replace("*", "").split())


def test_the_90_minute_plans_materials_list_names_what_each_row_uses():
    # Issue 17: the rows used name cards and printed pages that the list did not name.
    body = plan_90()
    materials = squeezed(re.search(r"Materials to prepare\n(.*?)^::::", body, re.M | re.S).group(1))
    table = re.search(r"^```\{list-table\}.*?^```", body, re.M | re.S).group(0)
    rows = re.split(r"^\* - ", table.removesuffix("```"), flags=re.M)[2:]  # the header row left out
    for row in rows:
        used = row.split("\n  - ")[-1]
        for item in squeezed(used).split(", "):
            assert item in materials, (
                f"a row of the 90-minute plan uses {item!r}, which the materials list does not name"
            )


def test_the_90_minute_case_step_needs_no_laptop():
    # The SEWA table, copied on a flipchart, covered and revealed row by row.
    table = re.search(r"^```\{list-table\}.*?^```", plan_90(), re.M | re.S).group(0)
    case = next(row for row in re.split(r"^\* - ", table, flags=re.M) if "A case: buying together" in row)
    for needed in ("What we know", "Illustrative outcomes by number of members", "covered", "uncover the rows"):
        assert needed in " ".join(case.split()), f"the case step does not say {needed!r}"


def role_names(text: str) -> set[str]:
    return {name.strip().lower() for name in re.split(r",|\band\b", text) if name.strip()}


def test_the_plans_the_guide_and_the_cards_name_the_same_roles():
    # Issue 17: the plan listed four roles and the guide five.
    table = re.search(r":name: table-group-roles\n.*?^```", GUIDE, re.M | re.S).group(0)
    guide = {role.lower() for role in re.findall(r"^\* - (.+)$", table, re.M)[1:]}
    assert len(guide) == 5, guide
    cards = re.search(r"The roles are (.+?)\. The", " ".join(CARDS.split())).group(1)
    assert role_names(cards) == guide, f"activity cards: {cards}"
    named = re.findall(r"[Rr]ole cards \(([^)]+)\)", " ".join(PLANS.replace("*", "").split()))
    assert named, "no plan says which role cards to print"
    for roles in named:
        assert role_names(roles) == guide, f"session plans: role cards ({roles}), the guide: {sorted(guide)}"


def test_no_activity_is_called_a_game_twice():
    # "The cards for the {ref}`card-is-it-sse` game" read "Is it SSE? A sorting game game".
    titles = dict(re.findall(r"^\((card-[\w-]+)\)=\s*\n## (.+)$", CARDS, re.M))
    for path in sorted(TRAINERS.glob("*.md")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        for label, title in titles.items():
            last = title.split()[-1].lower()
            assert not re.search(rf"\{{ref\}}`{label}`\W*\s+{last}\b", text, re.I), (
                f"{path.name}: {label} ({title!r}) is followed by {last!r} again"
            )


TRAINER_PAGES = [page for page in toc_pages() if page.startswith("book/trainers/")]
# What a trainer with the offline zip cannot use: commands and paths of the course's developers.
DEVELOPER_TEXT = re.compile(
    r"\bmake (?:book|handouts|bundle|lms|learner-edition|test|check)\b|_build\b|python -m |\.venv\b"
)


def built_text(page: str, html_dir) -> str:
    source = (html_dir / f"{page}.html").read_text(encoding="utf-8")
    article = re.search(r"<article.*?</article>", source, re.S).group(0)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


@pytest.mark.build
@pytest.mark.parametrize("page", TRAINER_PAGES)
def test_trainers_pages_give_no_developer_commands(built_book, page):
    # Issue 17: `make bundle`, `make handouts` and `_build/html/index.html` on the trainers' pages,
    # and "Open the file index.html" where the zip has book/index.html.
    text = built_text(page, built_book)
    found = DEVELOPER_TEXT.findall(text)
    assert not found, f"{page} shows developer text: {found}"
    for at in (m.start() for m in re.finditer(r"index\.html", text)):
        before = text[max(0, at - 80) : at]
        assert before.endswith("book/") or "folder book" in before, (
            f"{page} says {text[max(0, at - 60) : at + 10]!r}: in the zip, index.html is in the folder book"
        )


PAGE_GZIP_BUDGET = 22 * 1024  # the light branch: keep a page's own HTML under ~22 KiB gzip


@pytest.mark.build
@pytest.mark.parametrize("page", TRAINER_PAGES)
def test_each_trainers_page_is_light(built_book, page):
    size = len(gzip.compress((built_book / f"{page}.html").read_bytes(), compresslevel=6))
    assert size <= PAGE_GZIP_BUDGET, f"{page}.html is {size / 1024:.1f} KiB gzip (budget 22 KiB)"


def test_the_facilitator_notes_pages_are_all_in_the_table_of_contents():
    listed = {page for page in TRAINER_PAGES}
    for path in NOTES_PAGES:
        assert f"book/trainers/{path.stem}" in listed, f"{path.name} is not in _toc.yml"


def test_a_plan_that_reads_from_a_page_names_the_part_it_reads():
    # Issue 17: "Read the first parts of ..." and "the table of three features" named no part that
    # a handout could carry; a quoted part is what the handouts print (tests/test_handouts.py).
    text = " ".join(PLANS.split())
    for match in re.finditer(r"\b(?:Read|read)\b(?P<what>[^.]*?)\{doc\}`(?P<page>[^`]+)`", text):
        if "{doc}" in match["what"]:
            continue
        assert '"' in match["what"], f"a plan reads from {match['page']} but names no part: {match.group(0)!r}"
