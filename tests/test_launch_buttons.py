"""Launch and download buttons come from the one repository setting in _config.yml. Built with
a sample repository and JupyterHub, every notebook page links Binder, Colab and the hub's
nbgitpuller exactly where the notebook lives, and offers its .ipynb for download."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from sse_course.book.toc import ROOT, toc_pages
from sse_course.build.command import build_book

SAMPLE_REPOSITORY = "https://github.com/example-org/sse-course"
SAMPLE_HUB = "https://hub.example.org"
NOTEBOOK_PAGES = [p for p in toc_pages() if (ROOT / f"{p}.ipynb").exists()]


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory) -> Path:
    """The book built for the sample repository (notebooks not executed: only the buttons matter)."""
    out = tmp_path_factory.mktemp("sample-build")
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["repository"]["url"] = SAMPLE_REPOSITORY
    config["launch_buttons"]["jupyterhub_url"] = SAMPLE_HUB
    config["execute"]["execute_notebooks"] = "off"
    (out / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = build_book(ROOT, "--config", str(out / "_config.yml"), "--path-output", str(out), strict=False)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    return out / "_build" / "html"


def links(page: Path) -> set[str]:
    return {html.unescape(href) for href in re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8"))}


def test_the_book_has_notebook_pages():
    assert len(NOTEBOOK_PAGES) >= 5


@pytest.mark.build
@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_notebook_page_links_binder_colab_and_jupyterhub(sample_build, page):
    found = links(sample_build / f"{page}.html")
    path = f"{page}.ipynb"
    assert f"https://mybinder.org/v2/gh/example-org/sse-course/main?urlpath=lab/tree/{path}" in found
    # Colab opens the notebook's copy made for it (sse_course/devtools/colab_notebooks.py).
    assert f"https://colab.research.google.com/github/example-org/sse-course/blob/main/colab/{path}" in found
    assert (
        f"{SAMPLE_HUB}/hub/user-redirect/git-pull?repo=https%3A//github.com/example-org/sse-course"
        f"&urlpath=lab/tree/sse-course/{path}&branch=main"
    ) in found


@pytest.mark.build
@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_notebook_page_offers_its_notebook_for_download(sample_build, page):
    page_file = sample_build / f"{page}.html"
    downloads = [href for href in links(page_file) if href.endswith(".ipynb") and "_sources" in href]
    assert downloads and (page_file.parent / downloads[0]).resolve().is_file()


@pytest.mark.build
def test_chapter_pages_offer_print_to_pdf(sample_build):
    assert "window.print()" in (sample_build / "book" / "what-is-sse.html").read_text(encoding="utf-8")
