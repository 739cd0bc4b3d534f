"""Images as light as they can be: SVG figures minified, raster images sized for a 360 px phone
(twice that many pixels, for sharp screens), raster and SVG images given width and height, so
the page does not jump when they arrive; the logos in the theme's menus load only when a menu opens."""

from __future__ import annotations

import os
import re
from pathlib import Path

RASTERS = (".png", ".jpg", ".jpeg", ".webp", ".gif")
# The theme's launch-button logos are shown 1em (16 px) high; content images at most 360 px wide.
ICON_DIR = "_static/images"
ICON_PIXELS = 32
CONTENT_PIXELS = 720
IMG_TAG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\bsrc="([^"]+)"')
STYLE = re.compile(r'\bstyle="([^"]*)"')


def minify_svg(text: str) -> str:
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"<metadata\b.*?</metadata>", "", text, flags=re.S)
    # Indentation goes; one line break stays where there was one, as text may need the space.
    return re.sub(r"\s*\n\s*", "\n", text).strip() + "\n"


def minify_svgs(html_dir: Path) -> tuple[int, int]:
    before = after = 0
    for svg in sorted((html_dir / "_images").glob("*.svg")):
        text = svg.read_text(encoding="utf-8")
        small = minify_svg(text)
        before, after = before + len(text.encode()), after + len(small.encode())
        if small != text:
            svg.write_text(small, encoding="utf-8")
    return before, after


def shrink_rasters(html_dir: Path) -> None:
    from PIL import Image

    for folder, limit in ((html_dir / ICON_DIR, ICON_PIXELS), (html_dir / "_images", CONTENT_PIXELS)):
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.suffix.lower() not in RASTERS:
                continue
            with Image.open(path) as image:
                if max(image.size) <= limit or getattr(image, "is_animated", False):
                    continue
                image.thumbnail((limit, limit) if folder.name == "images" else (limit, 10 * limit))
                image.save(path, optimize=True)


def size_raster_tags(text: str, page: Path, html_dir: Path) -> str:
    """A page fix (see pages.fix_pages): ``width``/``height`` on raster ``<img>`` tags, half the
    image's pixels (they are made at twice the size they are shown)."""
    from PIL import Image

    def fix(match: re.Match) -> str:
        tag = match.group(0)
        src = SRC.search(tag)
        if not src or " width=" in tag or "://" in src.group(1) or not src.group(1).lower().endswith(RASTERS):
            return tag
        path = Path(os.path.normpath(page.parent / src.group(1).split("?")[0]))
        if not path.is_file():
            return tag
        with Image.open(path) as image:
            width, height = (max(1, round(n / 2)) for n in image.size)
        return tag.replace("<img ", f'<img width="{width}" height="{height}" ', 1)

    return IMG_TAG.sub(fix, text)


VIEW_BOX = re.compile(r'<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"')


def size_svg_tags(text: str, page: Path, html_dir: Path) -> str:
    """A page fix: ``width``/``height`` on the figures' SVG ``<img>`` tags, from each drawing's
    viewBox. Without them a figure has no height until its file arrives, and then the rest of
    the page moves down (a layout shift of 0.4 on a chapter opened at its quiz). A drawing with
    only a viewBox is shown as wide as the text, as its ``style`` says or, with none, at 100%
    (what the browser did with no width given), its height in its proportions (sse-book.css)."""

    def fix(match: re.Match) -> str:
        tag = match.group(0)
        src = SRC.search(tag)
        if not src or " width=" in tag or "://" in src.group(1) or not src.group(1).lower().endswith(".svg"):
            return tag
        path = Path(os.path.normpath(page.parent / src.group(1).split("?")[0]))
        box = VIEW_BOX.search(path.read_text(encoding="utf-8")[:2000]) if path.is_file() else None
        if not box or not float(box.group(1)) or not float(box.group(2)):
            return tag
        width, height = (max(1, round(float(n))) for n in box.groups())
        style = STYLE.search(tag)
        if style and "width" not in style.group(1):
            return tag
        shown = "" if style else ' style="width: 100%;"'
        return tag.replace("<img ", f'<img width="{width}" height="{height}"{shown} ', 1)

    return IMG_TAG.sub(fix, text)


def lazy_menu_icons(text: str, page: Path, html_dir: Path) -> str:
    """A page fix: the launch and download menus' logos (``_static/images/``) load when the
    menu opens (``loading="lazy"`` images in a hidden menu are not fetched), not with the page."""

    def fix(match: re.Match) -> str:
        tag = match.group(0)
        src = SRC.search(tag)
        if not src or "_static/images/" not in src.group(1) or "loading=" in tag:
            return tag
        return tag.replace("<img ", '<img loading="lazy" ', 1)

    return IMG_TAG.sub(fix, text)
