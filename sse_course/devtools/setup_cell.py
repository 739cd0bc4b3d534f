"""Rewrite the Colab setup cell of every notebook from _config.yml's ``repository.url``
(see sse_course/book/setup_cell.py). Only that cell's code changes; a notebook without one
gets it as its first code cell, after the title.

    python -m sse_course.devtools.setup_cell          # rewrite the cells that differ
    python -m sse_course.devtools.setup_cell --check  # list them, change nothing
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from sse_course.book.setup_cell import TAG, is_setup_cell, notebooks_with_setup, setup_source_for
from sse_course.book.toc import ROOT


def main(args: list[str], root: Path = ROOT) -> int:
    check = "--check" in args
    stale = []
    for path in notebooks_with_setup(root):
        notebook = nbformat.read(path, as_version=4)
        expected = setup_source_for(notebook, root)
        cells = [cell for cell in notebook.cells if is_setup_cell(cell)]
        if cells and all(cell.source == expected for cell in cells):
            continue
        stale.append(path)
        if check:
            continue
        if cells:
            for cell in cells:
                cell.source = expected
        else:
            cell = nbformat.v4.new_code_cell(expected, metadata={"tags": [TAG]})
            first_code = next((i for i, c in enumerate(notebook.cells) if c.cell_type == "code"), len(notebook.cells))
            notebook.cells.insert(first_code, cell)
        nbformat.write(notebook, path)
    for path in stale:
        print(f"{'differs' if check else 'rewrote'}: {path.relative_to(root)}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
