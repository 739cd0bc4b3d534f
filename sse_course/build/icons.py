"""Light icons: cut the theme's Font Awesome fonts down to the icons the book uses.

The theme draws its icons with Font Awesome: a 1.5 MB script (530 KiB compressed), which the
book does not load (see ``sphinx_ext.py``), and three webfonts of ~150 KiB each, which the
theme's stylesheet loads as soon as a page shows one icon. After the build, this module finds
every icon the built pages and stylesheets use and rewrites the copied fonts in ``_static`` to
hold only those glyphs (a few KiB). The theme's own files are not touched.
Font Awesome Free: icons CC BY 4.0, fonts SIL OFL 1.1 (https://fontawesome.com/license/free).
"""

from __future__ import annotations

import re
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONT_DIR = Path("_static") / "vendor" / "fontawesome" / "webfonts"
# Font Awesome's glyphs live in the Unicode private use area.
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
CSS_ESCAPE = re.compile(r'content:\s*"\\(f[0-9a-f]{3})"')
ICON_RULE = re.compile(r"((?:\.fa-[a-z0-9-]+:before,?)+)\{content:\"\\(f[0-9a-f]{3})\"\}")
ICON_CLASS = re.compile(r"\bfa-([a-z0-9]+(?:-[a-z0-9]+)*)\b")
NOT_ICONS = {"solid", "regular", "brands", "lg", "sm", "xs", "fw", "2x", "3x", "classic"}


class IconError(RuntimeError):
    """A page uses an icon that the theme's stylesheet does not define."""


def icon_codes(theme_css: str) -> dict[str, int]:
    """Map each Font Awesome class name (``bars``) to its code point, from the theme's CSS."""
    codes = {}
    for selectors, code in ICON_RULE.findall(theme_css):
        for name in re.findall(r"\.fa-([a-z0-9-]+):before", selectors):
            codes[name] = int(code, 16)
    return codes


def icons_in_pages(html_dir: Path) -> set[str]:
    names: set[str] = set()
    for page in html_dir.rglob("*.html"):
        if "_static" in page.relative_to(html_dir).parts:  # theme templates, not pages
            continue
        names |= set(ICON_CLASS.findall(page.read_text(encoding="utf-8", errors="replace")))
    return names - NOT_ICONS


def needed_code_points(html_dir: Path) -> set[int]:
    """Every glyph a page can show: icons named in the pages plus icons the stylesheets use
    directly (admonition icons, theme decorations)."""
    static = html_dir / "_static"
    theme_css = (static / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    codes = icon_codes(theme_css)
    used = icons_in_pages(html_dir)
    unknown = sorted(name for name in used if name not in codes)
    if unknown:
        raise IconError(f"pages use Font Awesome icons the theme does not define: {', '.join(unknown)}")
    points = {codes[name] for name in used}
    for css in static.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        text = ICON_RULE.sub("", text)  # the full icon catalogue is not "used"
        points |= {ord(char) for char in PRIVATE_USE.findall(text)}
        points |= {int(code, 16) for code in CSS_ESCAPE.findall(text)}
    return points


def subset_fonts(html_dir: Path) -> dict[str, tuple[int, int]]:
    """Rewrite the built book's Font Awesome fonts to the needed glyphs.
    Returns {font file: (bytes before, bytes after)}."""
    points = needed_code_points(html_dir)
    sizes = {}
    for font_path in sorted((html_dir / FONT_DIR).glob("fa-*")):
        if font_path.suffix not in (".woff2", ".ttf"):
            continue
        before = font_path.stat().st_size
        font = TTFont(font_path)
        keep = points & set(font.getBestCmap())
        options = subset.Options()
        options.flavor = "woff2" if font_path.suffix == ".woff2" else None
        options.layout_features = []
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=keep)
        subsetter.subset(font)
        font.flavor = options.flavor
        font.save(font_path)
        sizes[font_path.name] = (before, font_path.stat().st_size)
    return sizes
