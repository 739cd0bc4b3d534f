"""Facts about the book's structure, read from _toc.yml."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def toc_pages(root: Path = ROOT) -> list[str]:
    """Every page in _toc.yml in reading order, as a path without suffix (book/what-is-sse)."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
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
