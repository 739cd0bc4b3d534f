"""Learner versions of the exercise notebooks, generated from the solution notebooks.

The solution notebook ``exercises/<name>.ipynb`` is the only source. Its learner version
``exercises/learner/<name>.ipynb`` is made from it by these rules:

- a Markdown cell tagged ``solution`` (the sphinx-exercise ``solution-start``/``solution-end``
  fences and the worked explanation between them) is left out;
- in code, a line ending ``# SOLUTION`` keeps its name and loses its value: ``answer = 75  # SOLUTION``
  becomes ``answer = ...``, and ``"Item": "SSE",  # SOLUTION`` becomes ``"Item": ...,``;
- the lines from ``# BEGIN SOLUTION`` to ``# END SOLUTION`` become ``# Write your answer here.``;
- ``{exercise-start}`` fences become a heading, ``{exercise-end}`` fences go (Jupyter shows no
  directives); outputs, execution counts and nbval markers are cleared, so the learner starts clean.

The learner version must run without error before it is filled in: the checks answer ``...`` with
"not answered yet". ``tests/test_exercises.py`` fails when a learner version is out of date.

    python -m sse_course.devtools.learner           # write every learner version
    python -m sse_course.devtools.learner --check   # exit 1 if any is out of date
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat

from sse_course.book.myst import plain_markdown
from sse_course.book.toc import ROOT

EXERCISES = ROOT / "exercises"
LEARNER = EXERCISES / "learner"
TAG = "solution"
PROMPT = "# Write your answer here."
CHECK_MARKER = "# NBVAL_CHECK_OUTPUT"

_VALUE = re.compile(
    r"^(?P<keep>\s*(?:[\w.\[\]'\"]+\s*=|(?:'[^']*'|\"[^\"]*\")\s*:))\s*(?P<value>.+?)"
    r"(?P<comma>,?)\s*# SOLUTION\s*$"
)
_SOLUTION_FENCE = re.compile(r"\{solution(?:-start|-end)?\}")


class LearnerVersionError(ValueError):
    """A solution notebook that cannot be turned into a learner version safely."""


def learner_path(solution: Path) -> Path:
    return LEARNER / solution.name


def solution_notebooks() -> list[Path]:
    """The English solution notebooks (their translations' learner versions come from
    ``sse_course.devtools.translated_notebooks``, with the translation)."""
    return sorted(p for p in EXERCISES.glob("*.ipynb") if "." not in p.stem)


def learner_code(source: str, where: str) -> str:
    lines, out, inside = source.splitlines(), [], False
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped == "# BEGIN SOLUTION":
            inside = True
            out.append(line[: len(line) - len(line.lstrip())] + PROMPT)
        elif stripped == "# END SOLUTION":
            inside = False
        elif inside or stripped == CHECK_MARKER:
            continue
        elif line.rstrip().endswith("# SOLUTION"):
            match = _VALUE.match(line)
            if not match:
                raise LearnerVersionError(
                    f"{where}, line {number}: '# SOLUTION' must end a line such as "
                    "'answer = 75  # SOLUTION' or '\"Item\": \"SSE\",  # SOLUTION'"
                )
            out.append(f"{match['keep']} ...{match['comma']}")
        else:
            out.append(line)
    if inside:
        raise LearnerVersionError(f"{where}: '# BEGIN SOLUTION' without '# END SOLUTION'")
    return "\n".join(out)


def learner_markdown(source: str, language: str = "en") -> str:
    """Markdown that reads well in Jupyter, which shows MyST roles and directives as raw text
    (see :func:`sse_course.book.myst.plain_markdown`), its headings in ``language``."""
    return plain_markdown(source, EXERCISES, language)


def learner_notebook(
    solution: nbformat.NotebookNode, name: str, for_book: bool = False, language: str = "en"
) -> nbformat.NotebookNode:
    """The learner version. ``for_book`` keeps the exercise directives, for the learner edition
    of the book (numbered exercises that chapters link to), instead of turning them into headings;
    ``language`` is the notebook's (the headings made from the directives are in it)."""
    notebook = copy.deepcopy(solution)
    notebook.metadata.pop("widgets", None)
    notebook.metadata["sse_course"] = {
        "generated_from": f"exercises/{name}",
        "note": "Learner version: edit the solution notebook, then run python -m sse_course.devtools.learner",
    }
    cells = []
    for index, cell in enumerate(solution.cells, 1):
        where = f"{name}, cell {index}"
        tags = cell.get("metadata", {}).get("tags", [])
        if cell.cell_type == "markdown":
            if TAG in tags:
                continue
            if _SOLUTION_FENCE.search(cell.source):
                raise LearnerVersionError(
                    f"{where}: a solution directive in a cell not tagged '{TAG}' would show the answer to learners"
                )
            text = cell.source if for_book else learner_markdown(cell.source, language)
            if text:
                cells.append(nbformat.v4.new_markdown_cell(text, metadata=copy.deepcopy(cell.metadata)))
        elif cell.cell_type == "code":
            cells.append(
                nbformat.v4.new_code_cell(learner_code(cell.source, where), metadata=copy.deepcopy(cell.metadata))
            )
        else:
            cells.append(copy.deepcopy(cell))
    for cell in cells:
        cell.pop("id", None)
    notebook.cells = cells
    notebook.nbformat_minor = 4  # no cell ids: regenerating gives the same file, so drift shows
    return notebook


def render(solution: Path) -> str:
    """The learner version's file content."""
    notebook = learner_notebook(nbformat.read(solution, as_version=4), solution.name)
    return nbformat.writes(notebook) + "\n"


def main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the learner versions of the exercise notebooks.")
    parser.add_argument("--check", action="store_true", help="exit 1 if a learner version is out of date")
    check = parser.parse_args(args).check  # --help prints the usage and writes nothing
    stale = []
    for solution in solution_notebooks():
        target, text = learner_path(solution), render(solution)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(ROOT)))
            continue
        target.parent.mkdir(exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print("Out of date (run python -m sse_course.devtools.learner):", *stale, sep="\n  ")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
