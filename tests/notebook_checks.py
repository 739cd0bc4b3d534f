"""The checks a learner's session makes of a notebook in a Jupyter front end (shared by
tests/test_lite.py, the in-browser site, and tests/test_jupyterlab.py, a real JupyterLab): the
notebook has already been run (sse_course.lite.notebook_ui.run_all_cells)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from sse_course.lite.notebook_ui import (
    ExplorerCheck,
    answer_first_question,
    broken_images,
    change,
    error_outputs,
    markdown_texts,
    run_code_cell,
    type_number,
    widget_cell,
    widget_problems,
)

# MyST that a front end shows raw: a role, or a directive's fence.
RAW_MYST = re.compile(r"\{[\w:-]+\}`|^(`{3,}|:{3,})\{", re.M)
EXERCISE = "exercises/learner/case-study-calculations.ipynb"


def check_case_study(page, case: ExplorerCheck) -> None:
    """No error; Markdown with no raw MyST and every figure shown; a live explorer whose results
    follow a changed input and whose impossible input gets the plain message; a quiz that checks."""
    assert error_outputs(page) == []
    texts = markdown_texts(page)
    assert texts and [text for text in texts if RAW_MYST.search(text)] == []
    assert broken_images(page) == [], "a figure did not load"
    explorer = widget_cell(page, "_explorer()")
    assert widget_problems(explorer) == []
    before = explorer.inner_text()
    change(explorer, case.change)
    # The locator, not an element handle: JupyterLab's windowed notebook may render the cell anew.
    expect(explorer).not_to_have_text(before, timeout=30_000)
    if case.impossible is not None:
        box, value = case.impossible
        type_number(explorer, box, value)
        alert = explorer.get_by_role("alert")
        alert.wait_for(timeout=10_000)
        message = alert.inner_text()
        assert "Please check the numbers" in message
        # The message names the box by the start of its label, and the number as it was typed.
        named = re.search(r"Please check the numbers: (.+?) must be", message)
        assert named and box.startswith(named[1]), f"{message!r} does not name the box {box!r}"
        assert f"(you gave {value})" in message
    quiz = widget_cell(page, "Quiz(")
    assert widget_problems(quiz) == []
    assert answer_first_question(quiz).strip()


def check_exercise(page) -> None:
    """The learner version of the case-study exercise: a number typed into an answer cell is
    checked, right and wrong."""
    assert error_outputs(page) == []
    right = run_code_cell(page, "BREAK_EVEN_MEMBERS.check", "members = 375\nBREAK_EVEN_MEMBERS.check(members)")
    right.get_by_text("✓ Correct.").wait_for(timeout=60_000)
    wrong = run_code_cell(page, "BREAK_EVEN_MEMBERS.check", "members = 300\nBREAK_EVEN_MEMBERS.check(members)")
    wrong.get_by_text("✗ Not yet.").wait_for(timeout=60_000)
    assert "300 members is too low" in wrong.inner_text()
