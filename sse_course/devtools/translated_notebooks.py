"""Write the notebooks in every language but English, from the English ones and the pages'
catalogues (sse_course/i18n/markdown.py explains the rules).

    python -m sse_course.devtools.translated_notebooks           # write every translated notebook
    python -m sse_course.devtools.translated_notebooks --check   # exit 1 if one is out of date
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import nbformat

from sse_course.book.setup_cell import is_setup_cell, language_lines
from sse_course.book.toc import ROOT
from sse_course.devtools.learner import CHECK_MARKER, LEARNER, learner_notebook
from sse_course.i18n.languages import Language, translated_languages
from sse_course.i18n.markdown import SOURCES, Catalogue, english_notebooks, translate_markdown, translated_path


def translated_notebook(
    english: nbformat.NotebookNode, catalogue: Catalogue, lang: Language, name: str
) -> nbformat.NotebookNode:
    """``english`` in ``lang``: Markdown from ``catalogue``; the setup cell sets the language."""
    notebook = copy.deepcopy(english)
    notebook.metadata["sse_course"] = {
        "generated_from": name,
        "language": lang.code,
        "note": "Translation: edit the English notebook or the catalogue, then run python -m sse_course.devtools.translated_notebooks",
    }
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = translate_markdown(cell.source, catalogue.translate)
        elif is_setup_cell(cell):
            cell.source = f"{cell.source}\n{language_lines(lang.code)}"
        if cell.cell_type == "code":
            # nbval runs the translation; the English notebook's checked outputs hold the numbers
            # (a translation's outputs are the same numbers in other words).
            cell.source = "\n".join(line for line in cell.source.split("\n") if line.strip() != CHECK_MARKER)
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
    return notebook


def _normalised(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        cell.pop("id", None)
    return notebook


def generate(root: Path = ROOT, languages: tuple[Language, ...] | None = None) -> dict[Path, nbformat.NotebookNode]:
    """Every translated notebook (path -> notebook) of ``languages`` (default: every language but
    English, drafts too: a draft's notebooks are in the repository, run under nbval, and fill in
    as its catalogues do)."""
    out: dict[Path, nbformat.NotebookNode] = {}
    for lang in languages if languages is not None else translated_languages(include_drafts=True):
        for folder in SOURCES:
            for english in english_notebooks(root / folder):
                docname = f"{folder}/{english.stem}"
                catalogue = Catalogue.read(root / "locales" / lang.code / "LC_MESSAGES" / f"{docname}.po")
                notebook = translated_notebook(
                    nbformat.read(english, as_version=4), catalogue, lang, f"{docname}.ipynb"
                )
                out[translated_path(english, lang)] = notebook
                if folder == "exercises":
                    learner = learner_notebook(notebook, translated_path(english, lang).name, language=lang.code)
                    learner.metadata["sse_course"]["language"] = lang.code
                    out[translated_path(root / LEARNER.relative_to(ROOT) / english.name, lang)] = learner
    return out


def stale(root: Path = ROOT, languages: tuple[Language, ...] | None = None) -> list[Path]:
    """The translated notebooks that differ from what the generator makes (or are missing)."""
    wanted = generate(root, languages)
    return [
        path
        for path, notebook in wanted.items()
        if not path.is_file() or _normalised(nbformat.read(path, as_version=4)) != _normalised(notebook)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the translated notebooks.")
    parser.add_argument("--check", action="store_true", help="exit 1 if a translated notebook is out of date")
    options = parser.parse_args(argv)
    if options.check:
        out_of_date = stale()
        for path in out_of_date:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if out_of_date else 0
    for path, notebook in generate().items():
        nbformat.write(notebook, path)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
