"""Light images (sse_course/light/images.py): SVG figures minified, raster images no bigger
than a 360 px phone needs, raster and SVG images with width and height set, so the page does
not jump when they arrive; the launch menus' logos load only when a menu opens."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from sse_course.light.images import (
    CONTENT_PIXELS,
    ICON_PIXELS,
    RASTERS,
    lazy_menu_icons,
    minify_svg,
    shrink_rasters,
    size_raster_tags,
    size_svg_tags,
)

SVG = """<?xml version="1.0" encoding="utf-8"?>
<!-- Created with a plotting library -->
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">
  <metadata>
    <rdf>made by a tool, 2 KB of it</rdf>
  </metadata>
  <g>
      <text x="1" y="20">Members
        together</text>
  </g>
</svg>
"""


def test_a_minified_svg_draws_the_same_text_and_is_smaller():
    small = minify_svg(SVG)
    assert len(small) < len(SVG)
    assert "<!--" not in small and "metadata" not in small
    assert not re.search(r"\n[ \t]", small)  # no indentation left
    words = " ".join(ET.fromstring(small.split("?>", 1)[1]).itertext()).split()
    assert words == ["Members", "together"]  # the line break between words stays a space
    assert minify_svg(small) == small


def test_a_raster_img_gets_width_and_height_and_others_are_left_alone(tmp_path):
    (tmp_path / "book").mkdir()
    Image.new("RGB", (64, 40), "white").save(tmp_path / "logo.png")
    page = tmp_path / "book" / "page.html"
    text = '<img src="../logo.png" alt="Logo"><img src="../fig.svg" alt="Figure"><img width="9" src="../logo.png">'
    fixed = size_raster_tags(text, page, tmp_path)
    # Made at twice the size they are shown, for sharp screens.
    assert '<img width="32" height="20" src="../logo.png" alt="Logo">' in fixed
    assert '<img src="../fig.svg" alt="Figure">' in fixed
    assert '<img width="9" src="../logo.png">' in fixed
    assert size_raster_tags(fixed, page, tmp_path) == fixed


def test_an_svg_figure_gets_the_width_and_height_of_its_view_box(tmp_path):
    (tmp_path / "_images").mkdir()
    (tmp_path / "book").mkdir()
    drawing = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 452.5" role="img"><title>t</title></svg>'
    (tmp_path / "_images" / "map.svg").write_text(drawing, encoding="utf-8")
    (tmp_path / "_images" / "bare.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    page = tmp_path / "book" / "page.html"
    text = (
        '<img alt="Map" src="../_images/map.svg" style="width: 100%;" />'
        '<img alt="Map" src="../_images/map.svg" />'
        '<img alt="Map" src="../_images/map.svg" style="border: 0" />'
        '<img alt="No box" src="../_images/bare.svg" />'
        '<img alt="Gone" src="../_images/missing.svg" />'
        '<img alt="Far" src="https://example.org/x.svg" />'
    )
    fixed = size_svg_tags(text, page, tmp_path)
    # As wide as its style says; with no style, as wide as the text, as the browser showed it.
    assert '<img width="360" height="452" alt="Map" src="../_images/map.svg" style="width: 100%;" />' in fixed
    assert '<img width="360" height="452" style="width: 100%;" alt="Map" src="../_images/map.svg" />' in fixed
    # A style that sets no width, a drawing with no viewBox, a missing or far file: left alone.
    for tag in text.split("/>")[2:-1]:
        assert tag + "/>" in fixed
    assert size_svg_tags(fixed, page, tmp_path) == fixed


def test_oversized_rasters_are_shrunk_for_a_phone(tmp_path):
    (tmp_path / "_images").mkdir()
    (tmp_path / "_static" / "images").mkdir(parents=True)
    Image.new("RGB", (2000, 1000), "white").save(tmp_path / "_images" / "photo.png")
    Image.new("RGB", (512, 512), "white").save(tmp_path / "_static" / "images" / "logo.png")
    Image.new("RGB", (300, 200), "white").save(tmp_path / "_images" / "small.png")
    shrink_rasters(tmp_path)
    with Image.open(tmp_path / "_images" / "photo.png") as photo:
        assert photo.size == (CONTENT_PIXELS, CONTENT_PIXELS // 2)
    with Image.open(tmp_path / "_static" / "images" / "logo.png") as logo:
        assert logo.size == (ICON_PIXELS, ICON_PIXELS)
    with Image.open(tmp_path / "_images" / "small.png") as small:
        assert small.size == (300, 200)


def test_only_the_menu_logos_load_lazily(tmp_path):
    text = '<img src="../_static/images/logo_colab.png"><img src="../_images/map.svg">'
    fixed = lazy_menu_icons(text, tmp_path / "page.html", tmp_path)
    assert fixed == '<img loading="lazy" src="../_static/images/logo_colab.png"><img src="../_images/map.svg">'


@pytest.mark.build
def test_the_built_books_images_are_minified_and_sized(built_book: Path):
    figures = sorted((built_book / "_images").glob("*.svg"))
    assert figures
    for svg in figures:
        text = svg.read_text(encoding="utf-8")
        assert "<!--" not in text and "<metadata" not in text, svg.name
        assert not re.search(r"\n[ \t]", text), f"{svg.name} is not minified"
        ET.fromstring(text.split("?>", 1)[-1])  # still a well-formed drawing
    unsized, too_big = [], []
    for page in sorted(built_book.rglob("*.html")):
        if {"_static", "lite", "_sources"} & set(page.relative_to(built_book).parts):
            continue
        for tag in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            src = re.search(r'\bsrc="([^"]+)"', tag)
            if not src or "://" in src.group(1) or not src.group(1).lower().endswith(RASTERS):
                continue
            if " width=" not in tag or " height=" not in tag:
                unsized.append(f"{page.name}: {tag}")
            with Image.open((page.parent / src.group(1)).resolve()) as image:
                if image.size[0] > CONTENT_PIXELS:  # as wide as a 360 px screen needs, twice over
                    too_big.append(f"{src.group(1)} {image.size}")
            if "_static/images/" in src.group(1) and 'loading="lazy"' not in tag:
                unsized.append(f"{page.name}: menu logo not lazy: {tag}")
    assert unsized == [] and too_big == []
