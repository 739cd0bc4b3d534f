"""The Colab setup cell: the first code cell of every notebook (case studies, exercises and
their learner versions), which installs the course package where it is missing (Colab).

Its text is made here from ``repository.url`` in _config.yml, the one setting every launch
button is built from, so a fork that changes the URL gets cells that install its own package:
run ``python -m sse_course.devtools.setup_cell`` to rewrite them; tests/test_notebooks.py fails
while a notebook's cell differs from :func:`setup_source`.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from sse_course.book.toc import ROOT

#: The first line of the setup cell: how the cell is found in a notebook.
FIRST_LINE = "# Setup. Binder, JupyterHub and a local install already have the course package."
#: Its tag: the built book does not show it.
TAG = "remove-cell"
#: The folders whose notebooks start with the setup cell.
NOTEBOOK_DIRS = ("notebooks", "exercises", "exercises/learner")


def repository_url(root: Path = ROOT) -> str:
    """``repository.url`` from ``root``'s _config.yml, without a trailing slash."""
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    url = (config.get("repository") or {}).get("url")
    if not url:
        raise ValueError(f"{root / '_config.yml'}: repository.url is not set; the Colab setup cell needs it")
    return str(url).rstrip("/")


def setup_source(root: Path = ROOT) -> str:
    """The setup cell's code, installing the package from the book's repository."""
    return (
        f"{FIRST_LINE}\n"
        "# Colab does not, so install it there first.\n"
        "try:\n"
        "    import sse_course\n"
        "except ImportError:\n"
        f'    %pip install --quiet "sse-course @ git+{repository_url(root)}"'
    )


def language_lines(code: str) -> str:
    """What a translated notebook's setup cell adds: the course package speaks its language."""
    return f'from sse_course.i18n.runtime import use_language\nuse_language("{code}")'


def notebook_language(notebook) -> str:
    """The language a notebook is in (a translation says so in its metadata)."""
    return notebook.get("metadata", {}).get("sse_course", {}).get("language", "en")


def setup_source_for(notebook, root: Path = ROOT) -> str:
    """The setup cell ``notebook`` must start with: in a translation, it sets the language too."""
    code = notebook_language(notebook)
    return setup_source(root) + ("" if code == "en" else f"\n{language_lines(code)}")


def is_setup_cell(cell) -> bool:
    return cell.get("cell_type") == "code" and cell.get("source", "").startswith(FIRST_LINE)


def notebooks_with_setup(root: Path = ROOT) -> list[Path]:
    """Every notebook that must start with the setup cell."""
    return sorted(path for folder in NOTEBOOK_DIRS for path in (root / folder).glob("*.ipynb"))
