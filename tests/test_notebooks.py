"""The notebooks are saved so that nbval's checks mean something and the repository stays light,
and every case study ends with a quiz that exists."""

from __future__ import annotations

import nbformat
import pytest

from sse_course.book.chapters import quiz_calls
from sse_course.devtools.notebooks import is_checked
from sse_course.quiz.bank import load_bank

from .conftest import ROOT

ALL = sorted(p for folder in ("notebooks", "exercises") for p in (ROOT / folder).rglob("*.ipynb")
             if ".ipynb_checkpoints" not in p.parts)
# Learner versions of exercises start clean (tests/test_exercises.py); the rest keep checked outputs.
LEARNER = [p for p in ALL if p.parent.name == "learner"]
NOTEBOOKS = [p for p in ALL if p not in LEARNER]
CASE_STUDIES = [p for p in NOTEBOOKS if p.parent.name == "notebooks"]


def ids(paths):
    return [p.stem for p in paths]


def test_there_is_a_case_study():
    assert CASE_STUDIES


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_checked_cells_keep_their_outputs_and_nothing_else_does(path):
    # nbval skips the comparison for a cell saved without output: such a check could never fail.
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    checked = [c for c in code if is_checked(c)]
    assert checked, f"{path.name}: no cell is marked # NBVAL_CHECK_OUTPUT"
    for cell in checked:
        assert cell.outputs and cell.execution_count, (
            f"{path.name}: a checked cell has no saved output; run "
            f"python -m sse_course.devtools.notebooks {path.relative_to(ROOT)}")
    heavy = [c.source.splitlines()[0] for c in code if not is_checked(c) and c.outputs]
    assert not heavy, f"{path.name}: unchecked cells saved with outputs: {heavy}"
    assert "widgets" not in notebook.metadata, f"{path.name}: saved widget state"


@pytest.mark.parametrize("path", CASE_STUDIES, ids=ids(CASE_STUDIES))
def test_case_study_ends_with_a_valid_quiz(path):
    notebook = nbformat.read(path, as_version=4)
    last = [c for c in notebook.cells if c.cell_type == "code"][-1]
    banks = quiz_calls(last.source)
    assert banks, f"{path.name}: the last code cell does not show a Quiz(...)"
    assert len(load_bank(banks[0]).questions) >= 6


@pytest.mark.parametrize("path", LEARNER, ids=ids(LEARNER))
def test_learner_versions_are_saved_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    assert not [c for c in notebook.cells if c.cell_type == "code" and (c.outputs or c.execution_count)]


@pytest.mark.parametrize("path", ALL, ids=ids(ALL))
def test_no_markdown_cell_is_indented_into_a_code_block(path):
    # Text indented by four spaces is shown as code, not as prose (a slip of notebook-writing scripts).
    notebook = nbformat.read(path, as_version=4)
    indented = [c.source[:40] for c in notebook.cells if c.cell_type == "markdown" and c.source.startswith("    ")]
    assert not indented, f"{path.name}: Markdown shown as code: {indented}"


@pytest.mark.parametrize("path", CASE_STUDIES, ids=ids(CASE_STUDIES))
def test_case_study_links_the_chapters_it_illustrates(path):
    text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    for chapter in ("forms-of-sse-organisations", "principles-and-values", "challenges-and-lessons"):
        assert f"{{doc}}`../book/{chapter}`" in text, f"{path.name} does not link the chapter {chapter}"
