"""The in-browser notebooks (the book's lite/ site, sse_course/lite) in Chromium with every
request to another host blocked, as a learner with no internet meets them: each case study runs
top to bottom without an error, its explorer is live widgets whose results follow the inputs, an
impossible input gets the plain message, and the quiz checks an answer. One browser context for
all of them, so Pyodide and JupyterLab's files are fetched once, as a learner's browser caches them.
"""

from __future__ import annotations

import gzip
import time

import pytest

from sse_course.devtools.browser import block_other_hosts
from sse_course.lite.build import notebook_url
from sse_course.lite.notebook_ui import (
    CASE_STUDIES,
    answer_first_question,
    change,
    error_outputs,
    run_all_cells,
    type_number,
    widget_cell,
    widget_problems,
)

pytestmark = [pytest.mark.browser, pytest.mark.build]

# What a learner's browser downloads to open the first notebook and run it, gzip-compressed as a
# web server sends it (make workshop's server sends the files as they are: see the report).
FIRST_LOAD_BUDGET_GZIP = 12 * 1024 * 1024


@pytest.fixture(scope="module")
def lite(browser, site):
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.outside = []
    page.fetched = {}
    block_other_hosts(page, page.outside)
    page.on("response", lambda response: page.fetched.setdefault(response.url, response))
    page.base = site + "lite/"
    yield page
    context.close()


def open_and_run(page, path: str) -> float:
    started = time.perf_counter()
    page.goto(page.base + notebook_url(path))
    run_all_cells(page)
    return time.perf_counter() - started


def test_first_notebook_loads_from_local_files_within_budget(lite):
    seconds = open_and_run(lite, CASE_STUDIES[0].notebook)
    sizes = {}
    for url, response in list(lite.fetched.items()):
        try:
            body = response.body()
        except Exception:  # a redirect or an aborted request has no body
            continue
        sizes[url] = len(gzip.compress(body, compresslevel=6))
    total = sum(sizes.values())
    heaviest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
    print(f"first notebook: {total / 1024 / 1024:.1f} MB gzip in {len(sizes)} files, all cells run in {seconds:.0f} s")
    assert lite.outside == [], f"the in-browser notebooks asked other hosts for: {lite.outside}"
    assert total <= FIRST_LOAD_BUDGET_GZIP, f"{total / 1024 / 1024:.1f} MB gzip; heaviest: {heaviest}"


@pytest.mark.parametrize("case", CASE_STUDIES, ids=lambda case: case.notebook.split("/")[-1])
def test_case_study_runs_in_the_browser_with_live_widgets(lite, case):
    open_and_run(lite, case.notebook)
    assert error_outputs(lite) == []
    explorer = widget_cell(lite, "_explorer()")
    assert widget_problems(explorer) == []
    before = explorer.inner_text()
    change(explorer, case.change)
    lite.wait_for_function(
        "([el, before]) => el.innerText !== before", arg=[explorer.element_handle(), before], timeout=10_000
    )
    if case.impossible is not None:
        type_number(explorer, *case.impossible)
        explorer.get_by_role("alert").wait_for(timeout=10_000)
        assert "Please check the numbers" in explorer.get_by_role("alert").inner_text()
    quiz = widget_cell(lite, "Quiz(")
    assert widget_problems(quiz) == []
    assert answer_first_question(quiz).strip()
    assert lite.outside == []
