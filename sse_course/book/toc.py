"""The book's structure, read from _toc.yml: the one reader of the table of contents, and the one
place that knows where the checkout is (``ROOT``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

#: The checkout: the folder that holds _config.yml, _toc.yml, book/ and sse_course/.
ROOT = Path(__file__).resolve().parents[2]
TOC = "_toc.yml"


@dataclass(frozen=True)
class Part:
    caption: str
    #: The part's chapters in order, as in _toc.yml (book/what-is-sse).
    pages: tuple[str, ...]


#: What a copy of the book's sources leaves out: build output, tools' caches, the git folder
#: (the learner edition and each language's edition copy the sources, sse_course/*/editions.py).
NOT_SOURCES = frozenset(
    {"_build", ".venv", ".git", "node_modules", ".pytest_cache", ".hypothesis", "reports", ".ipynb_checkpoints"}
)


def read_toc(root: Path = ROOT) -> dict[str, Any]:
    """_toc.yml as data."""
    return yaml.safe_load((root / TOC).read_text(encoding="utf-8"))


def write_toc(toc: dict[str, Any], root: Path) -> None:
    """Write ``toc`` as ``root``'s _toc.yml (the learner edition drops a part)."""
    (root / TOC).write_text(yaml.safe_dump(toc, sort_keys=False, allow_unicode=True), encoding="utf-8")


def toc_parts(root: Path = ROOT) -> list[Part]:
    """Each part of _toc.yml with its chapters."""
    return [
        Part(part["caption"], tuple(entry["file"] for entry in part.get("chapters", [])))
        for part in read_toc(root).get("parts", [])
    ]


def toc_pages(root: Path = ROOT) -> list[str]:
    """Every page in _toc.yml in reading order, as a path without suffix (book/what-is-sse)."""
    toc = read_toc(root)
    pages = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                pages.append(entry["file"])
            walk(entry.get("sections"))
            walk(entry.get("chapters"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return pages


def page_file(root: Path, page: str) -> Path:
    """The source of a page of _toc.yml (``book/what-is-sse``): its .md, or else its .ipynb."""
    md = root / f"{page}.md"
    return md if md.exists() else root / f"{page}.ipynb"
