"""Figures that carry data are generated from their source module and stay in step with it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from sse_course.book.toc import ROOT
from sse_course.figures import modules

MODULES = modules()


@pytest.mark.parametrize("module", MODULES, ids=[m.__name__.rsplit(".", 1)[1] for m in MODULES])
def test_committed_figure_matches_its_generator(module):
    committed = (ROOT / module.OUTPUT).read_text(encoding="utf-8")
    assert committed == module.svg(), f"{module.OUTPUT} is out of date: run python -m sse_course.figures"


@pytest.mark.parametrize("module", MODULES, ids=[m.__name__.rsplit(".", 1)[1] for m in MODULES])
def test_figure_is_valid_svg_with_a_title(module):
    root = ET.fromstring(module.svg())
    assert root.tag.endswith("svg")
    titles = [el for el in root if el.tag.endswith("title")]
    assert titles and titles[0].text.strip(), f"{module.OUTPUT}: an SVG needs a <title> for screen readers"
