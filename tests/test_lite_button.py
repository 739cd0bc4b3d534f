"""Every case-study and exercise page has a "Run in your browser" button that opens its notebook
in the book's lite/ site in a new tab; opened from the disk (file://), where that site cannot
run, the button says the notebooks need the workshop server instead of failing silently."""

from __future__ import annotations

import html
import re

import pytest

from sse_course.lite.build import CONTENTS, notebook_url

from .conftest import ROOT, toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]
NOTEBOOK_PAGES = [p for p in toc_pages() if p.startswith(CONTENTS) and (ROOT / f"{p}.ipynb").exists()]


def test_there_are_case_study_and_exercise_pages():
    assert any(p.startswith("notebooks/") for p in NOTEBOOK_PAGES)
    assert any(p.startswith("exercises/") for p in NOTEBOOK_PAGES)


@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_page_links_its_notebook_in_the_lite_site_in_a_new_tab(built_book, page):
    source = (built_book / f"{page}.html").read_text(encoding="utf-8")
    link = re.search(r'<a href="([^"]+)" target="_blank"\s+class="[^"]*btn-run-in-browser', source)
    assert link, f"{page} has no Run in your browser button"
    target = html.unescape(link[1])
    assert target.endswith("lite/" + notebook_url(f"{page}.ipynb"))
    site_file = (built_book / page).parent / target.split("?")[0]
    assert site_file.resolve().is_file()
    assert (built_book / "lite" / "files" / f"{page}.ipynb").is_file()


def test_from_the_disk_the_button_says_it_needs_the_workshop_server(browser, built_book):
    page = browser.new_page()
    page.goto((built_book / f"{NOTEBOOK_PAGES[0]}.html").as_uri())
    button = page.locator("a.btn-run-in-browser")
    assert "needs the workshop server" in button.inner_text()
    button.evaluate("link => link.click()")  # inside the closed launch menu
    assert "workshop server" in page.get_by_role("alert").inner_text()
    assert page.url.startswith("file:")
    page.close()
