"""Write the notebooks in every language but English, from the English ones and the pages'
catalogues (sse_course/i18n/markdown.py explains the rules), and the figures they show, drawn in
their language (``notebooks/figures/<tag>/wise-price.svg``, from ``figures.po``:
sse_course/i18n/figures.py).

A translated notebook links its language's figure, so Binder, a JupyterHub, Colab's copy and the
in-browser site show it, as the edition's page does. The figures are in a folder per language
(``figures/pt-BR/``) rather than beside the English ones (``wise-price.pt-BR.svg``): the English
folder stays the figures' one source (the figures' catalogue is made from every SVG in it), a
figure keeps its file name in every language, and a language's figures are one folder.

    python -m sse_course.devtools.translated_notebooks           # write every translated notebook
    python -m sse_course.devtools.translated_notebooks --check   # exit 1 if one is out of date
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import sys
from pathlib import Path

import nbformat

from sse_course.book.setup_cell import is_setup_cell, language_lines
from sse_course.book.toc import ROOT
from sse_course.devtools.learner import CHECK_MARKER, LEARNER, learner_notebook
from sse_course.i18n.figures import FIGURE_FOLDERS, catalogue_path, read_catalogue, translated_figures
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


def figure_folder(english_figure: Path, lang: Language) -> Path:
    """``notebooks/figures/wise-price.svg`` -> ``notebooks/figures/pt-BR/wise-price.svg``."""
    return english_figure.parent / lang.tag / english_figure.name


def language_figures(root: Path, lang: Language) -> dict[Path, str]:
    """Every figure drawn in ``lang`` (its English figure's path in ``root`` -> the SVG), from
    the figures' catalogue; none if the language has no figures' catalogue yet (a new draft)."""
    po = catalogue_path(lang.code, root)
    if not po.is_file():
        return {}
    return {root / figure.path: figure.svg for figure in translated_figures(lang.code, read_catalogue(po), root)}


def link_translated_figures(
    notebook: nbformat.NotebookNode, folder: Path, drawn: dict[Path, str], lang: Language
) -> set[Path]:
    """Point each image and figure of ``notebook`` (in ``folder``) that is one of the course's
    figures at its drawing in ``lang``; returns the English figures it shows."""
    shown: set[Path] = set()

    def relative(path: Path) -> str:
        return Path(os.path.relpath(path, folder)).as_posix()

    for english in drawn:
        link = re.compile(rf"(?<=[(\s]){re.escape(relative(english))}(?=[)\s]|$)", re.M)
        for cell in notebook.cells:
            if cell.cell_type == "markdown" and link.search(cell.source):
                cell.source = link.sub(relative(figure_folder(english, lang)), cell.source)
                shown.add(english)
    return shown


def _normalised(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        cell.pop("id", None)
    return notebook


def generate(
    root: Path = ROOT, languages: tuple[Language, ...] | None = None
) -> tuple[dict[Path, nbformat.NotebookNode], dict[Path, str]]:
    """Every translated notebook (path -> notebook) of ``languages`` (default: every language but
    English, drafts too: a draft's notebooks are in the repository, run under nbval, and fill in
    as its catalogues do), and every figure they show in their language (path -> SVG)."""
    out: dict[Path, nbformat.NotebookNode] = {}
    figures: dict[Path, str] = {}
    for lang in languages if languages is not None else translated_languages(include_drafts=True):
        drawn = language_figures(root, lang)
        for folder in SOURCES:
            for english in english_notebooks(root / folder):
                docname = f"{folder}/{english.stem}"
                catalogue = Catalogue.read(root / "locales" / lang.code / "LC_MESSAGES" / f"{docname}.po")
                notebook = translated_notebook(
                    nbformat.read(english, as_version=4), catalogue, lang, f"{docname}.ipynb"
                )
                for figure in link_translated_figures(notebook, english.parent, drawn, lang):
                    figures[figure_folder(figure, lang)] = drawn[figure]
                out[translated_path(english, lang)] = notebook
                if folder == "exercises":
                    learner = learner_notebook(notebook, translated_path(english, lang).name, language=lang.code)
                    learner.metadata["sse_course"]["language"] = lang.code
                    out[translated_path(root / LEARNER.relative_to(ROOT) / english.name, lang)] = learner
    return out, figures


def stale(root: Path = ROOT, languages: tuple[Language, ...] | None = None) -> list[Path]:
    """The translated notebooks and figures that differ from what the generator makes (or are
    missing)."""
    notebooks, figures = generate(root, languages)
    return (
        [
            path
            for path, notebook in notebooks.items()
            if not path.is_file() or _normalised(nbformat.read(path, as_version=4)) != _normalised(notebook)
        ]
        + [path for path, svg in figures.items() if not path.is_file() or path.read_text(encoding="utf-8") != svg]
        + left_over(figures, root, languages)
    )


def left_over(figures: dict[Path, str], root: Path = ROOT, languages: tuple[Language, ...] | None = None) -> list[Path]:
    """The translated figures in the repository that no translated notebook shows any more."""
    found = []
    for lang in languages if languages is not None else translated_languages(include_drafts=True):
        for folder in FIGURE_FOLDERS:
            found += [path for path in sorted((root / folder / lang.tag).glob("*.svg")) if path not in figures]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the translated notebooks.")
    parser.add_argument("--check", action="store_true", help="exit 1 if a translated notebook is out of date")
    options = parser.parse_args(argv)
    if options.check:
        out_of_date = stale()
        for path in out_of_date:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if out_of_date else 0
    notebooks, figures = generate()
    for path in left_over(figures):
        path.unlink()
        print(f"removed {path.relative_to(ROOT)}")
    for path, svg in figures.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(svg, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    for path, notebook in notebooks.items():
        nbformat.write(notebook, path)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
