"""The in-browser notebooks (the book's lite/ site, sse_course/lite) in Chromium with every
request to another host blocked, as a learner with no internet meets them: each case study runs
top to bottom without an error, its explorer is live widgets whose results follow the inputs, an
impossible input gets the plain message, and the quiz checks an answer; an exercise checks the
number a learner types; the Markdown reads as plain text, figures included. One browser context
for all of them, so Pyodide and JupyterLab's files are fetched once, as a learner's browser
caches them; each notebook is opened once. Every file the site asks for is one it has: no
request gets a 404 (or any other error) from the server, while a notebook loads and runs.

What makes these waits reliable on a loaded machine: the kernel's start is waited for as long as
it takes (``RUN_TIMEOUT_MS``), and "Run All" is pressed only once the notebook's own cells are
shown (pressed while the front end still shows its first, empty cell, it ran that cell alone and
the wait for the others' results never ended).
"""

from __future__ import annotations

import gzip
import json
import time

import pytest

from sse_course.devtools.browser import block_other_hosts
from sse_course.i18n.markdown import english_notebooks
from sse_course.lite.build import notebook_url
from sse_course.lite.notebook_ui import CASE_STUDIES, error_outputs, run_all_cells

from .conftest import ROOT
from .notebook_checks import EXERCISE, RAW_MYST, check_case_study, check_exercise

pytestmark = [pytest.mark.browser, pytest.mark.build]

# What a learner's browser downloads to open the first notebook and run it, gzip-compressed as a
# web server sends it (make workshop's server does: sse_course/delivery/workshop.py).
FIRST_LOAD_BUDGET_GZIP = 12 * 1024 * 1024


@pytest.fixture(scope="module")
def lite(browser, site, built_book):
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.outside = []
    page.fetched = {}
    page.opened = {}  # notebook path -> seconds from opening to every cell run
    block_other_hosts(page, page.outside)
    page.on("response", lambda response: page.fetched.setdefault(response.url, response))
    page.errors = []  # (status, url) of every answer that was not a file the site has

    def answered(response) -> None:
        if response.status >= 400:
            page.errors.append((response.status, response.url))

    page.on("response", answered)
    page.base = site + "lite/"
    page.files = built_book / "lite" / "files"
    yield page
    context.close()


def code_cells(page, path: str) -> int:
    notebook = json.loads((page.files / path).read_text(encoding="utf-8"))
    return sum(cell["cell_type"] == "code" for cell in notebook["cells"])


def open_and_run(page, path: str) -> float:
    """Open ``path`` in the site and run all its cells, unless it is the notebook already open."""
    if path not in page.opened or page.current != path:
        started = time.perf_counter()
        page.goto(page.base + notebook_url(path))
        run_all_cells(page, code_cells(page, path))
        page.opened[path] = time.perf_counter() - started
        page.current = path
    return page.opened[path]


def test_the_site_s_notebooks_have_plain_markdown(built_book):
    raw = {}
    for path in sorted((built_book / "lite" / "files").rglob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        found = [m[0] for c in cells if c["cell_type"] == "markdown" for m in RAW_MYST.finditer("".join(c["source"]))]
        if found:
            raw[path.name] = found[:3]
    assert raw == {}, f"JupyterLite would show this MyST raw: {raw}"


def test_first_notebook_loads_from_local_files_within_budget(lite):
    seconds = open_and_run(lite, CASE_STUDIES[0].notebook)
    sizes, raw = {}, 0
    for url, response in list(lite.fetched.items()):
        try:
            body = response.body()
        except Exception:  # a redirect or an aborted request has no body
            continue
        sizes[url] = len(gzip.compress(body, compresslevel=6))
        raw += len(body)
    total = sum(sizes.values())
    heaviest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
    print(
        f"first notebook: {total / 1024 / 1024:.1f} MB gzip ({raw / 1024 / 1024:.1f} MB uncompressed) "
        f"in {len(sizes)} files, all cells run in {seconds:.0f} s"
    )
    assert lite.outside == [], f"the in-browser notebooks asked other hosts for: {lite.outside}"
    assert lite.errors == [], f"the in-browser notebooks asked for files the site does not have: {lite.errors}"
    assert total <= FIRST_LOAD_BUDGET_GZIP, f"{total / 1024 / 1024:.1f} MB gzip; heaviest: {heaviest}"


@pytest.mark.parametrize("case", CASE_STUDIES, ids=lambda case: case.notebook.split("/")[-1])
def test_case_study_runs_in_the_browser_with_live_widgets(lite, case):
    open_and_run(lite, case.notebook)
    check_case_study(lite, case)
    assert lite.outside == [] and lite.errors == []


def test_an_exercise_checks_the_number_a_learner_types(lite):
    open_and_run(lite, EXERCISE)
    check_exercise(lite)
    assert lite.outside == [] and lite.errors == []


# Every exercise with its solution (the learner versions are the same cells without the
# solutions; one of them is answered above): each runs top to bottom in Pyodide.
EXERCISES = [path.relative_to(ROOT).as_posix() for path in english_notebooks(ROOT / "exercises")]


@pytest.mark.parametrize("path", EXERCISES, ids=lambda path: path.split("/")[-1])
def test_every_exercise_runs_in_the_browser_without_an_error(lite, path):
    open_and_run(lite, path)
    assert error_outputs(lite) == [], f"{path} in the browser"
    assert lite.outside == []
