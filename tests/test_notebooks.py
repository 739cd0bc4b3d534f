"""The notebooks are saved so that nbval's checks mean something and the repository stays light,
and every case study ends with a quiz that exists."""

from __future__ import annotations

import nbformat
import pytest
import yaml

from sse_course.book.chapters import quiz_calls
from sse_course.book.setup_cell import TAG, is_setup_cell, notebooks_with_setup, setup_source, setup_source_for
from sse_course.devtools.notebooks import is_checked
from sse_course.i18n.markdown import is_translation
from sse_course.quiz.bank import load_bank

from .conftest import ROOT

ALL = sorted(
    p
    for folder in ("notebooks", "exercises")
    for p in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)
# Learner versions of exercises start clean (tests/test_exercises.py); the rest keep checked outputs.
# Translations (atemdo.pt-BR.ipynb) are generated with no outputs (test_translations.py).
LEARNER = [p for p in ALL if p.parent.name == "learner"]
TRANSLATIONS = [p for p in ALL if is_translation(p) and p not in LEARNER]
NOTEBOOKS = [p for p in ALL if p not in LEARNER and p not in TRANSLATIONS]
CASE_STUDIES = [p for p in NOTEBOOKS if p.parent.name == "notebooks"]


@pytest.mark.parametrize("path", TRANSLATIONS, ids=[p.stem for p in TRANSLATIONS])
def test_a_translated_notebook_is_saved_without_outputs_or_checked_cells(path):
    """nbval runs a translation lax: its numbers are the English notebook's, whose checked
    cells hold them; its outputs are words in the language, made when it runs."""
    code = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    assert not [c for c in code if is_checked(c) or c.outputs], path.name


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
            f"python -m sse_course.devtools.notebooks {path.relative_to(ROOT)}"
        )
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


# ---- the Colab setup cell, made from _config.yml (sse_course/book/setup_cell.py) ------------------


def test_every_notebook_is_checked_for_its_setup_cell():
    assert notebooks_with_setup(ROOT) == ALL


@pytest.mark.parametrize("path", ALL, ids=[p.relative_to(ROOT).as_posix() for p in ALL])
def test_notebook_has_the_setup_cell_made_from_config(path):
    notebook = nbformat.read(path, as_version=4)
    cells = notebook.cells
    setup = [i for i, cell in enumerate(cells) if is_setup_cell(cell)]
    fix = "run python -m sse_course.devtools.setup_cell"
    assert len(setup) == 1, f"{path.name} has {len(setup)} setup cells, not 1; {fix}"
    cell = cells[setup[0]]
    assert cell.source == setup_source_for(notebook, ROOT), (
        f"{path.name}: the setup cell differs from _config.yml's; {fix}"
    )
    assert TAG in cell.metadata.get("tags", []), f"{path.name}: the setup cell must be hidden in the book ({TAG})"
    assert setup[0] == min(i for i, c in enumerate(cells) if c.cell_type == "code"), (
        f"{path.name}: the setup cell must be the first code cell"
    )


def test_setup_cell_installs_from_the_configured_repository(tmp_path):
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["repository"]["url"] = "https://github.com/example-org/sse-course/"
    (tmp_path / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    assert setup_source(tmp_path).endswith(
        '%pip install --quiet "sse-course @ git+https://github.com/example-org/sse-course"'
    )
    assert config["repository"]["url"].rstrip("/") not in setup_source(ROOT)


def test_setup_cell_command_rewrites_only_that_cell(tmp_path):
    from sse_course.devtools.setup_cell import main

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["repository"]["url"] = "https://github.com/example-org/sse-course"
    (tmp_path / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "notebooks").mkdir()
    copy = tmp_path / "notebooks" / CASE_STUDIES[0].name
    copy.write_bytes(CASE_STUDIES[0].read_bytes())
    assert main(["--check"], tmp_path) == 1
    assert main([], tmp_path) == 0 and main(["--check"], tmp_path) == 0
    before, after = nbformat.read(CASE_STUDIES[0], as_version=4).cells, nbformat.read(copy, as_version=4).cells
    assert len(before) == len(after)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a.source != b.source]
    assert len(changed) == 1 and is_setup_cell(after[changed[0]])
    assert "git+https://github.com/example-org/sse-course" in after[changed[0]].source
