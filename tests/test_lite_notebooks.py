"""The in-browser site's copies of the notebooks (sse_course/lite/notebooks.py) read well in
JupyterLite, which shows MyST raw: roles become words, directives headings or images, and each
figure is inlined, so that it shows on a learner's first visit too."""

from __future__ import annotations

import base64
import json
import re

from sse_course.book.toc import ROOT
from sse_course.lite.notebooks import site_copy

RAW_MYST = re.compile(r"\{[\w:-]+\}`|^(`{3,}|:{3,})\{", re.M)


def markdown(path) -> list[str]:
    return [cell["source"] for cell in json.loads(site_copy(path))["cells"] if cell["cell_type"] == "markdown"]


def test_atemdo_s_figure_directive_becomes_an_inlined_image_with_its_caption():
    text = "\n".join(markdown(ROOT / "notebooks" / "atemdo.ipynb"))
    image = re.search(r"!\[A diagram in two columns[^\]]*\]\(data:image/svg\+xml;base64,([^)]+)\)", text)
    assert image, "the figure is not an inlined image"
    figure = (ROOT / "notebooks" / "figures" / "atemdo-working-together.svg").read_bytes()
    assert base64.b64decode(image[1]) == figure
    assert "*Three ways of working together, compared with working alone.*" in text


def test_a_translated_notebook_inlines_its_figure_in_its_language():
    text = "\n".join(markdown(ROOT / "notebooks" / "atemdo.pt-BR.ipynb"))
    image = re.search(r"!\[[^\]]*\]\(data:image/svg\+xml;base64,([^)]+)\)", text)
    assert image, "the figure is not an inlined image"
    figure = base64.b64decode(image[1]).decode()
    assert ">Sozinha<" in figure and ">Juntas<" in figure
    assert ">Alone<" not in figure


def test_an_exercise_s_fences_become_headings_and_its_links_titles():
    text = "\n".join(markdown(ROOT / "exercises" / "is-it-sse.ipynb"))
    assert "### Exercise: Is it part of the SSE?" in text
    assert "**Solution**" in text and "**How to do the exercises**" in text
    assert "{doc}" not in text and "“" in text  # a linked chapter by its title, in quotes
    assert not RAW_MYST.search(text)


def test_the_code_cells_are_kept_as_they_are():
    path = ROOT / "notebooks" / "sewa-dura-sundari.ipynb"
    original = [c["source"] for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    copied = [c["source"] for c in json.loads(site_copy(path))["cells"] if c["cell_type"] == "code"]
    assert copied == original
