"""The book shows no course machinery on case-study and exercise pages (issue 17): no
``from sse_course ...`` lines and no test markers above a table a reader cannot change. Jupyter
still has every line (the notebooks are not edited: the rule runs when the book is built)."""

from __future__ import annotations

import json

import pytest

from sse_course.build.notebook_code import shown_source

from .conftest import ROOT, toc_pages

NOTEBOOK_PAGES = [p for p in toc_pages() if (ROOT / f"{p}.ipynb").is_file()]


def test_course_machinery_is_hidden_and_markers_are_dropped():
    assert shown_source("from sse_course.apps.collective_purchase import explorer\n\nexplorer()") is None
    assert shown_source("# NBVAL_CHECK_OUTPUT\nimport sse_course\nprint(1)") is None
    assert shown_source("# NBVAL_CHECK_OUTPUT\nmembers = 75  # SOLUTION\nCHECK.check(members)") == (
        "members = 75\nCHECK.check(members)"
    )
    assert (
        shown_source("total = 3 * 4  # a comment a learner should read")
        == "total = 3 * 4  # a comment a learner should read"
    )


def test_the_notebooks_themselves_keep_their_code_for_jupyter():
    sewa = json.loads((ROOT / "notebooks" / "sewa-dura-sundari.ipynb").read_text(encoding="utf-8"))
    code = "".join("".join(c["source"]) for c in sewa["cells"] if c["cell_type"] == "code")
    assert "from sse_course.apps" in code and "# NBVAL_CHECK_OUTPUT" in code


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("path", [f"{p}.html" for p in NOTEBOOK_PAGES])
def test_a_reader_on_a_phone_sees_no_course_code_or_test_markers(browser, site, path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site + path)
    text = page.locator(".bd-article").inner_text()
    for leftover in ("from sse_course", "import sse_course", "NBVAL_", "# SOLUTION", "_explorer()", 'Quiz("'):
        assert leftover not in text, f"{path} shows {leftover!r}"
    # What the hidden code made is still there.
    assert page.locator(".bd-article .cell_output").count() >= 1
    if path.startswith("notebooks/"):
        assert page.locator(".sse-quiz").count() == 1, f"{path}: the quiz is gone"
    context.close()


@pytest.mark.build
@pytest.mark.browser
def test_the_sewa_page_shows_its_outcomes_table_without_the_code_that_made_it(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site + "notebooks/sewa-dura-sundari.html")
    table = page.locator("table", has_text="Illustrative outcomes by number of members")
    assert table.is_visible()
    assert page.locator(".cell_input").count() == 0
    context.close()
