"""The course as a SCORM 1.2 package, for organisations that run an LMS such as Moodle.

    python -m sse_course.delivery.scorm [--html-dir _build/html] [OUT.zip]

``OUT.zip`` (default ``_build/sse-course-scorm12.zip``; ``make scorm``) holds, at its root:

- ``imsmanifest.xml``: one organisation with an item per part of the book, and in each part one
  SCO per page that has a quiz or is an exercise (progress_index.py finds them). The LMS launches
  a SCO with ``?sse-scorm=`` and the page's activities; the welcome page is an asset item first.
- the IMS/ADL schemas the manifest names (``scorm_schemas/``, see its README);
- the built English book, offline as ever, with ``_static/sse-scorm.js`` added to every page: when
  the LMS's SCORM 1.2 API is there, a SCO's quiz scores go to it (score, status, commit); when it
  is not, the page behaves exactly as in the book.

The package is English only (its manifest, quizzes and titles are the English book's): it leaves
out the editions in other languages (``<tag>/``, about 6 MB each), the root page that chooses a
language (``index.html``; the LMS opens the welcome page), and each page's language menu, whose
links would lead to pages the package does not have.

The zip is written as ``OUT.zip.part`` and renamed at the end; a failure removes the part file.
"""

from __future__ import annotations

import argparse
import posixpath
import re
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import yaml

from sse_course.book.toc import ROOT, read_toc
from sse_course.build.progress_index import activity_index
from sse_course.delivery.bundle import _files
from sse_course.delivery.offline_copy import element_end
from sse_course.i18n.languages import languages
from sse_course.i18n.sphinx import MENU_LABEL, PHONE_LIST_CLASS

DEFAULT_OUT = Path("_build") / "sse-course-scorm12.zip"
DEFAULT_HTML_DIR = Path("_build") / "html"
SCHEMAS = Path(__file__).resolve().parent / "scorm_schemas"
SCRIPT = Path(__file__).resolve().parents[1] / "static" / "sse-scorm.js"
SCRIPT_NAME = "_static/sse-scorm.js"

CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{CP} imscp_rootv1p1p2.xsd {ADLCP} adlcp_rootv1p2.xsd"
_HEAD_END = re.compile(r"</head>", re.I)
_LANGUAGE_MENU = re.compile(rf'<div class="dropdown dropdown-{MENU_LABEL}"[^>]*>')
# The phone's line of the same links (a <nav> of plain links, never nested).
_PHONE_LANGUAGES = re.compile(rf'<nav class="{PHONE_LIST_CLASS}[ "][^>]*>.*?</nav>', re.S)
ROOT_PAGE = "index.html"  # the language chooser (sse_course/i18n/sphinx.py)


class ScormError(RuntimeError):
    pass


def _identifier(text: str) -> str:
    """An xsd:ID made from a page name: book/what-is-sse -> book-what-is-sse."""
    return re.sub(r"[^A-Za-z0-9_.-]", "-", text)


def manifest(files: list[str], title: str, root: Path = ROOT) -> str:
    """imsmanifest.xml for the book's ``files`` (paths inside the package)."""
    ElementTree.register_namespace("", CP)
    ElementTree.register_namespace("adlcp", ADLCP)
    ElementTree.register_namespace("xsi", XSI)

    def element(parent, tag, text=None, namespace=CP, **attributes):
        node = ElementTree.SubElement(parent, f"{{{namespace}}}{tag}", attributes)
        node.text = text
        return node

    top = ElementTree.Element(
        f"{{{CP}}}manifest", {"identifier": "sse-course", "version": "1.0", f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION}
    )
    metadata = element(top, "metadata")
    element(metadata, "schema", "ADL SCORM")
    element(metadata, "schemaversion", "1.2")
    organizations = element(top, "organizations", default="sse-course-org")
    organization = element(organizations, "organization", identifier="sse-course-org")
    element(organization, "title", title)
    resources = element(top, "resources")
    shared = "book-files"

    def resource(identifier: str, href: str, scormtype: str) -> None:
        res = element(resources, "resource", identifier=identifier, type="webcontent", href=href)
        res.set(f"{{{ADLCP}}}scormtype", scormtype)
        element(res, "file", href=href)
        element(res, "dependency", identifierref=shared)

    welcome = read_toc(root)["root"] + ".html"
    start = element(organization, "item", identifier="item-welcome", identifierref="res-welcome")
    element(start, "title", "Welcome")
    resource("res-welcome", welcome, "asset")
    for number, (caption, pages) in enumerate(activity_index(root), start=1):
        part = element(organization, "item", identifier=f"part-{number}")
        element(part, "title", caption)
        for page in pages:
            name = _identifier(page.docname)
            launch = ",".join(
                f"{a.kind}:{a.id}" + (f":{a.total}" if a.total is not None else "") for a in page.activities
            )
            item = element(
                part, "item", identifier=f"item-{name}", identifierref=f"res-{name}", parameters=f"?sse-scorm={launch}"
            )
            element(item, "title", page.title)
            resource(f"res-{name}", page.docname + ".html", "sco")
    assets = element(resources, "resource", identifier=shared, type="webcontent")
    assets.set(f"{{{ADLCP}}}scormtype", "asset")
    for name in files:
        element(assets, "file", href=name)
    ElementTree.indent(top)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(top, encoding="unicode") + "\n"


def with_scorm_script(html: str, page: str) -> str:
    """The page with sse-scorm.js added (deferred, at the end of its head)."""
    src = posixpath.relpath(SCRIPT_NAME, posixpath.dirname(page) or ".")
    tag = f'<script defer="defer" src="{src}"></script>\n'
    if not _HEAD_END.search(html):
        return html
    return _HEAD_END.sub(lambda m: tag + m.group(0), html, count=1)


def english_files(html_dir: Path) -> list[tuple[Path, str]]:
    """The built book's files that the English course uses: not the editions in other languages
    (``<tag>/``), nor the page that chooses one, nor a ``sse-scorm.js`` left in the book."""
    editions = {lang.tag for lang in languages() if not lang.is_source}
    return [
        (path, name)
        for path, name in _files(html_dir, [])
        if name not in (SCRIPT_NAME, ROOT_PAGE) and name.split("/")[0] not in editions
    ]


def without_language_menu(html: str) -> str:
    """The page without its language menu, nor the phone's line of languages (the package has one language)."""
    while start := _LANGUAGE_MENU.search(html):
        html = html[: start.start()] + html[element_end(html, start) :]
    return _PHONE_LANGUAGES.sub("", html)


def make_package(out: Path, html_dir: Path, root: Path = ROOT) -> list[str]:
    """Write the package; returns the names in the zip."""
    html_dir = Path(html_dir)
    if not (html_dir / "index.html").is_file():
        raise ScormError(f"No built book in {html_dir}: build it first (make book) or pass --html-dir.")
    out = Path(out)
    if out.resolve().is_relative_to(html_dir.resolve()):
        raise ScormError(f"{out} is inside {html_dir}, which goes into the package: write it somewhere else.")
    if out.is_dir():
        raise ScormError(f"{out} is a folder: give the package's file name, for example {out / DEFAULT_OUT.name}.")
    book = english_files(html_dir)
    names = [name for _, name in book] + [SCRIPT_NAME]
    title = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))["title"]
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            archive.writestr("imsmanifest.xml", manifest(sorted(names), title, root))
            for schema in sorted(SCHEMAS.glob("*.xsd")):
                archive.write(schema, schema.name)
            for path, name in book:
                if name.endswith(".html"):
                    page = without_language_menu(path.read_text(encoding="utf-8"))
                    archive.writestr(name, with_scorm_script(page, name))
                else:
                    archive.write(path, name)
            archive.write(SCRIPT, SCRIPT_NAME)
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ["imsmanifest.xml", *(s.name for s in SCHEMAS.glob("*.xsd")), *names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sse_course.delivery.scorm", description="The course as a SCORM 1.2 package for an LMS."
    )
    parser.add_argument("out", nargs="?", type=Path, default=None, help=f"the zip to write (default: {DEFAULT_OUT})")
    parser.add_argument("--html-dir", type=Path, default=None, help=f"the built book (default: {DEFAULT_HTML_DIR})")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    out = args.out or ROOT / DEFAULT_OUT
    try:
        names = make_package(out, args.html_dir or ROOT / DEFAULT_HTML_DIR)
    except ScormError as error:
        print(error, file=sys.stderr)
        return 1
    print(
        f"{out}: {out.stat().st_size / 1024 / 1024:.1f} MB, {len(names)} files "
        f'({time.perf_counter() - started:.1f} s). In Moodle: add an activity, "SCORM package", and upload it.'
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
