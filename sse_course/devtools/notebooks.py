"""Save a notebook with the outputs nbval checks, and nothing else.

nbval only compares a cell's output when the saved notebook holds an output for it. So a cell
marked ``# NBVAL_CHECK_OUTPUT`` must be saved *with* its output, or the check never fails. Every
other output (widgets, quizzes, charts) is cleared: it would only make the repository heavy, and
the book executes the notebooks anyway.

Run after editing a notebook:  .venv/bin/python -m sse_course.devtools.notebooks notebooks/*.ipynb
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

CHECK_MARK = "# NBVAL_CHECK_OUTPUT"
TIMEOUT_SECONDS = 120


def is_checked(cell) -> bool:
    return cell.cell_type == "code" and cell.source.lstrip().startswith(CHECK_MARK)


def keep_checked_outputs(notebook) -> None:
    """Clear every output except those of checked cells; drop saved widget state."""
    for cell in notebook.cells:
        if cell.cell_type == "code" and not is_checked(cell):
            cell.outputs = []
            cell.execution_count = None
    notebook.metadata.pop("widgets", None)


def refresh(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=TIMEOUT_SECONDS, resources={"metadata": {"path": str(path.parent)}}).execute()
    keep_checked_outputs(notebook)
    nbformat.write(notebook, path)


def main(paths: list[str]) -> None:
    if not paths:
        sys.exit(__doc__)
    for name in paths:
        refresh(Path(name))
        print(f"saved the checked outputs of {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
