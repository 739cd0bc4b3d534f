"""Write the notebooks that the book's Colab buttons open (``colab/notebooks/atemdo.ipynb``, in
every language), from the notebooks beside the book's pages.

Colab renders neither MyST (a figure's ``{figure}`` fence and every ``{cite:p}`` showed raw) nor
an image the notebook links relatively (Colab opens the file alone, not its folder), nor a cell
attachment (googlecolab/colabtools#3836). The in-browser site has the same three limits, so the
Colab copy is the in-browser site's copy (:func:`sse_course.lite.notebooks.site_copy`): the same
cells, plain Markdown, each figure put in as a ``data:`` URL. Binder and a JupyterHub open the
notebooks themselves: their JupyterLab has jupyterlab-myst and the notebook's folder.

    python -m sse_course.devtools.colab_notebooks           # write every Colab copy
    python -m sse_course.devtools.colab_notebooks --check   # exit 1 if one is missing, stale or left over
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sse_course.book.colab import COLAB, colab_path
from sse_course.book.toc import ROOT
from sse_course.lite.notebooks import site_copy

#: The folders whose notebooks have a book page, and so a Colab button.
NOTEBOOK_FOLDERS = ("notebooks", "exercises")


def sources(root: Path = ROOT) -> list[Path]:
    """Every notebook a page's Colab button opens: the English ones and their translations."""
    return sorted(path for folder in NOTEBOOK_FOLDERS for path in (root / folder).glob("*.ipynb"))


def copies(root: Path = ROOT) -> dict[Path, str]:
    """Each Colab copy's path and its text."""
    return {root / colab_path(path.relative_to(root).as_posix()): site_copy(path) for path in sources(root)}


def _out_of_date(wanted: dict[Path, str]) -> list[Path]:
    return [path for path, text in wanted.items() if not path.is_file() or path.read_text("utf-8") != text]


def _left_over(root: Path, wanted: dict[Path, str]) -> list[Path]:
    """Files in the folder that no notebook makes (its notebook was renamed or removed)."""
    return [path for path in sorted((root / COLAB).rglob("*")) if path.is_file() and path not in wanted]


def stale(root: Path = ROOT) -> list[Path]:
    """The copies that are missing or differ from what their notebook makes, and any file in the
    folder that no notebook makes."""
    wanted = copies(root)
    return _out_of_date(wanted) + _left_over(root, wanted)


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description="Write the notebooks the Colab buttons open.")
    parser.add_argument("--check", action="store_true", help="exit 1 if a Colab copy is out of date")
    options = parser.parse_args(argv)
    if options.check:
        out_of_date = stale(root)
        for path in out_of_date:
            print(f"out of date: {path.relative_to(root)} (run python -m sse_course.devtools.colab_notebooks)")
        return 1 if out_of_date else 0
    wanted = copies(root)  # each notebook made plain once, for both the removals and the writes
    for path in _left_over(root, wanted):
        path.unlink()
        print(f"removed {path.relative_to(root)}")
    for path in _out_of_date(wanted):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
