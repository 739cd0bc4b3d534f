"""The notebooks the Colab buttons open (sse_course/devtools/colab_notebooks.py): one for every
notebook with a book page, in every language, up to date; what Colab would show raw or missing is
not in them (MyST, a figure linked by a relative path); their code is their notebook's, cell for cell."""

from __future__ import annotations

import json
import re

from sse_course.book.colab import colab_path
from sse_course.book.toc import ROOT
from sse_course.devtools import colab_notebooks
from sse_course.i18n.languages import translated_languages

from .notebook_checks import RAW_MYST

#: A Markdown image and where it points.
IMAGE = re.compile(r"!\[[^\]]*\]\((?P<src>[^)\s]+)\)")
#: An image in a notebook as the book reads it: a Markdown image or a MyST figure.
FIGURE = re.compile(r"!\[[^\]]*\]\([^)\s]+\)|^(`{3,}|:{3,})\{figure\}", re.M)


def _cells(path, kind):
    return [
        "".join(cell["source"]) for cell in json.loads(path.read_text("utf-8"))["cells"] if cell["cell_type"] == kind
    ]


def test_every_colab_copy_is_up_to_date():
    out_of_date = colab_notebooks.stale()
    assert not out_of_date, f"run `make translations` (python -m sse_course.devtools.colab_notebooks): {out_of_date}"


def test_every_notebook_with_a_colab_button_has_a_copy_in_every_language():
    copies = {path.relative_to(ROOT).as_posix() for path in (ROOT / "colab").rglob("*.ipynb")}
    english = [p for p in colab_notebooks.sources() if p.stem.count(".") == 0]
    assert len(english) >= 10  # five case studies and the exercises
    for notebook in english:
        name = notebook.relative_to(ROOT).with_suffix("").as_posix()
        wanted = {colab_path(f"{name}.ipynb")} | {
            colab_path(f"{name}.{lang.tag}.ipynb") for lang in translated_languages()
        }
        assert wanted <= copies, wanted - copies


def test_a_colab_copy_has_no_raw_myst_and_every_figure_inside_it():
    for source in colab_notebooks.sources():
        copy = ROOT / colab_path(source.relative_to(ROOT).as_posix())
        for text in _cells(copy, "markdown"):
            raw = RAW_MYST.search(text)
            assert raw is None, (copy.name, raw.group(0))
            for image in IMAGE.finditer(text):
                assert image["src"].startswith("data:image/"), (copy.name, image["src"][:60])


def test_every_figure_of_a_notebook_is_in_its_colab_copy():
    shown = 0
    for source in colab_notebooks.sources():
        copy = ROOT / colab_path(source.relative_to(ROOT).as_posix())
        figures = len(FIGURE.findall("".join(_cells(source, "markdown"))))
        assert len(IMAGE.findall("".join(_cells(copy, "markdown")))) == figures, copy
        shown += figures
    assert shown >= 16  # four case studies have a figure, in four languages


def test_a_colab_copy_runs_its_notebooks_code():
    for source in colab_notebooks.sources():
        copy = ROOT / colab_path(source.relative_to(ROOT).as_posix())
        assert _cells(copy, "code") == _cells(source, "code"), copy


def test_the_check_finds_a_stale_a_missing_and_a_left_over_copy(tmp_path):
    for folder in colab_notebooks.NOTEBOOK_FOLDERS:
        (tmp_path / folder).mkdir()
    (tmp_path / "notebooks" / "a.ipynb").write_bytes((ROOT / "notebooks" / "atemdo.ipynb").read_bytes())
    (tmp_path / "notebooks" / "figures").symlink_to(ROOT / "notebooks" / "figures")
    assert colab_notebooks.main(["--check"], tmp_path) == 1  # missing
    assert colab_notebooks.main([], tmp_path) == 0 and colab_notebooks.main(["--check"], tmp_path) == 0
    copy = tmp_path / "colab" / "notebooks" / "a.ipynb"
    copy.write_text(copy.read_text("utf-8").replace("ATEMDO", "ATMEDO"), encoding="utf-8")
    assert colab_notebooks.stale(tmp_path) == [copy]
    (tmp_path / "colab" / "notebooks" / "gone.ipynb").write_text("{}", encoding="utf-8")
    assert colab_notebooks.main([], tmp_path) == 0
    assert not (tmp_path / "colab" / "notebooks" / "gone.ipynb").exists() and colab_notebooks.stale(tmp_path) == []
