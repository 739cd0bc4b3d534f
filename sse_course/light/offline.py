"""The course as a web app that reads offline: a manifest, icons and a versioned service worker.

Written into the built site after every HTML build:

- ``manifest.webmanifest`` and two icons, so Android Chrome offers "Add to home screen" (over
  https, e.g. GitHub Pages).
- ``sse-sw.js``, from the template ``sse-sw.js`` next to this file, with this build's version
  (a hash of every file a reader can save), the assets every page needs (``SHELL``), and the
  whole course (``FILES``). By default the worker keeps only the pages a reader opens; the
  welcome page's "Save the whole course" button asks it to fetch ``FILES``. A new build is a new
  version: the new worker fetches again, from the new build, whatever the reader had kept, and
  only then deletes the old copy, so old and new pages never mix.
- The welcome page's "about N MB" is measured here (gzip, what a host like GitHub Pages sends).

The worker never handles ``lite/`` (the notebooks' JupyterLite site has its own), and the page
script (``static/sse-offline.js``) registers nothing under file://, in a frame (a SCORM package
in an LMS), or on a page with ``<meta name="sse-offline" content="off">``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from pathlib import Path

from sse_course.i18n.interface import translated
from sse_course.i18n.languages import languages

HERE = Path(__file__).resolve().parent
SW_TEMPLATE = HERE / "sse-sw.js"
SW_NAME = "sse-sw.js"
MANIFEST_NAME = "manifest.webmanifest"
ICON_SIZES = (192, 512)
THEME_COLOUR = "#1b5e20"
# The editions in other languages, in folders of the English site (sse_course/i18n/editions.py):
# each has its own worker, manifest and "whole course" of its own pages.
EDITIONS = tuple(f"{lang.tag}/" for lang in languages() if not lang.is_source)
# Paths (from the site root) the service worker leaves alone.
NOT_HANDLED = ("lite/", *EDITIONS)
# What a reader needs offline; sources, translations of the theme's UI, source maps and
# fonts the browsers never pick (woff2 is used) are not saved.
SAVED_SUFFIXES = {
    ".html",
    ".css",
    ".js",
    ".svg",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".woff2",
    ".webmanifest",
    ".ipynb",
    ".md",
    ".pdf",
    ".zip",
}
NOT_SAVED_DIRS = ("_sources/", "_static/locales/", "lite/", "_downloads/", *EDITIONS)
NOT_SAVED_FILES = {SW_NAME, "_static/webpack-macros.html", "_static/sbt-webpack-macros.html"}
ASSET_URL = re.compile(r'(?:href|src)="([^"#]+)"')
SIZE_TEXT = re.compile(r'(<span class="sse-offline-size">)[^<]*(</span>)')


def course_files(html_dir: Path) -> list[str]:
    """Every file of the course a reader may want offline, as paths from the site root."""
    files = []
    for path in sorted(html_dir.rglob("*")):
        relative = path.relative_to(html_dir).as_posix()
        if (
            path.is_file()
            and path.suffix in SAVED_SUFFIXES
            and relative not in NOT_SAVED_FILES
            and not relative.startswith(NOT_SAVED_DIRS)
        ):
            files.append(relative)
    return files


def shell_files(html_dir: Path, pages: list[str]) -> list[str]:
    """The stylesheets, scripts and fonts the pages load (as the pages ask for them, with their
    ``?v=`` query), so that a page read once opens offline with its styles."""
    shell = set()
    for page in pages:
        if not page.endswith(".html"):
            continue
        base = "/" + page
        text = (html_dir / page).read_text(encoding="utf-8")
        for url in ASSET_URL.findall(text):
            if "://" in url or url.startswith(("data:", "mailto:", "javascript:")):
                continue
            resolved = _resolve(base, url)
            if (
                resolved
                and resolved.split("?")[0].startswith("_static/")
                and resolved.split("?")[0].endswith((".css", ".js", ".woff2"))
            ):
                shell.add(resolved)
    # The icon fonts, which the stylesheets (not the pages) ask for.
    shell.update(p.relative_to(html_dir).as_posix() for p in (html_dir / "_static").rglob("*.woff2"))
    return sorted(shell)


def _resolve(base: str, url: str) -> str | None:
    from urllib.parse import urljoin

    joined = urljoin("http://site" + base, url)
    return joined[len("http://site/") :] if joined.startswith("http://site/") else None


def gzip_size(html_dir: Path, files: list[str]) -> int:
    return sum(len(gzip.compress((html_dir / name).read_bytes(), compresslevel=6)) for name in files)


def megabytes(size: int) -> str:
    return f"{max(size / 1_000_000, 0.1):.1f}"


def fill_in_size(html_dir: Path, size: int):
    """A page fix (see pages.fix_pages) that writes the course's size into the welcome page."""
    text = megabytes(size)

    def fix(page_text: str, page: Path, html_dir: Path) -> str:
        return SIZE_TEXT.sub(rf"\g<1>{text}\g<2>", page_text)

    return fix


def version_of(html_dir: Path, files: list[str]) -> str:
    digest = hashlib.sha256(SW_TEMPLATE.read_bytes())
    for name in files:
        digest.update(name.encode("utf-8") + b"\0" + (html_dir / name).read_bytes())
    return digest.hexdigest()[:16]


def write_icons(html_dir: Path) -> list[dict]:
    """A plain, light icon drawn at build time: a white umbrella (the SSE is "an umbrella for
    many kinds of organisation", chapter 2) on the course's green."""
    from PIL import Image, ImageDraw

    icons = []
    for size in ICON_SIZES:
        image = Image.new("RGB", (size, size), THEME_COLOUR)
        draw = ImageDraw.Draw(image)
        unit = size / 16
        # Canopy, inside the safe zone of a maskable icon (the middle 80%).
        draw.pieslice([3 * unit, 3.5 * unit, 13 * unit, 13.5 * unit], 180, 360, fill="white")
        draw.rectangle([7.6 * unit, 8.4 * unit, 8.4 * unit, 12 * unit], fill="white")
        draw.arc([6 * unit, 11 * unit, 8.4 * unit, 13.2 * unit], 0, 180, fill="white", width=max(1, round(0.8 * unit)))
        name = f"_static/sse-icon-{size}.png"
        image.save(html_dir / name, optimize=True)
        icons.append({"src": name, "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any maskable"})
    return icons


# What a phone shows of the installed course, in English (an edition's: in its language, contexts
# manifest:<key> of the sse_course catalogue).
MANIFEST_WORDS = {
    "short_name": "SSE course",
    "description": "An open course on the social and solidarity economy for home-based workers. "
    "Pages you read stay on your phone.",
}


def write_manifest(html_dir: Path, title: str, start_page: str, language: str | None = None) -> None:
    words = translated("manifest", MANIFEST_WORDS, language or "en")
    manifest = {
        "name": title,
        "short_name": words["short_name"],
        "description": words["description"],
        "start_url": start_page,
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": write_icons(html_dir),
    }
    (html_dir / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write_service_worker(html_dir: Path, files: list[str], size: int, start_page: str) -> str:
    version = version_of(html_dir, files)
    settings = {
        "VERSION": version,
        "SHELL": shell_files(html_dir, files),
        "FILES": files,
        "COURSE_BYTES": size,
        "NOT_HANDLED": list(NOT_HANDLED),
        "START": start_page,
    }
    header = "".join(
        f"const {name} = {json.dumps(value, separators=(',', ':'))};\n" for name, value in settings.items()
    )
    template = SW_TEMPLATE.read_text(encoding="utf-8")
    (html_dir / SW_NAME).write_text(template.replace("/* BUILD SETTINGS */\n", header, 1), encoding="utf-8")
    return version
