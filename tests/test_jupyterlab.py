"""The notebooks in a real JupyterLab, as a self-learner runs them after the README's steps: the
pinned JupyterLab and jupyterlab-myst (requirements.lock) on 127.0.0.1, driven in Chromium with
every request to another host blocked. Each case study runs top to bottom without an error, its
Markdown shows no raw MyST, its explorer is live widgets whose results follow the inputs, an
impossible input gets the plain message, and the quiz checks an answer; an exercise checks the
number a learner types; a notebook saved after running and reopened the next day (a new kernel,
not run yet) says how to start its explorer and quiz instead of "model not found". The same
checks as the in-browser site's (tests/test_lite.py).

One JupyterLab server and one browser context for the whole module. Every wait is for what a
learner would see (the kernel idle, a cell's result), up to ``RUN_TIMEOUT_MS``, which only a real
hang reaches.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from sse_course.devtools.jupyterlab import jupyterlab
from sse_course.display import FALLBACK_CLASS, WIDGET_MIME
from sse_course.lite.notebook_ui import (
    CASE_STUDIES,
    RUN_TIMEOUT_MS,
    WIDGET_FAILURES,
    run_all_cells,
    wait_for_idle_kernel,
    widget_cell,
)

from .conftest import offline_page
from .notebook_checks import EXERCISE, check_case_study, check_exercise

pytestmark = [pytest.mark.browser]


@pytest.fixture(scope="module")
def server():
    with jupyterlab() as lab:
        yield lab


@pytest.fixture(scope="module")
def lab(browser, server):
    yield from offline_page(browser, viewport={"width": 1200, "height": 900})


def shut_down_kernels(server) -> None:
    """End every kernel, as closing JupyterLab for the day does (and so that the notebooks run
    one after another do not keep a kernel each on a small machine)."""
    for session in server.api("sessions"):
        server.api(f"sessions/{session['id']}", method="DELETE")


def open_notebook(page, server, path: str) -> int:
    """Open ``path`` alone in JupyterLab, with a new kernel; wait until that kernel is idle.
    Returns the number of its code cells."""
    shut_down_kernels(server)
    page.goto(server.url(path))
    wait_for_idle_kernel(page)
    cells = json.loads((server.root / path).read_text(encoding="utf-8"))["cells"]
    return sum(cell["cell_type"] == "code" for cell in cells)


def open_and_run(page, server, path: str) -> None:
    run_all_cells(page, open_notebook(page, server, path))
    wait_for_idle_kernel(page)


@pytest.mark.parametrize("case", CASE_STUDIES, ids=lambda case: case.notebook.split("/")[-1])
def test_case_study_runs_in_jupyterlab_with_live_widgets_and_plain_markdown(lab, server, case):
    open_and_run(lab, server, case.notebook)
    check_case_study(lab, case)
    assert lab.outside == []


def test_an_exercise_checks_the_number_a_learner_types_in_jupyterlab(lab, server):
    open_and_run(lab, server, EXERCISE)
    check_exercise(lab)
    assert lab.outside == []


def test_a_saved_notebook_reopened_later_says_how_to_start_its_widgets(lab, server):
    case = CASE_STUDIES[0]
    open_and_run(lab, server, case.notebook)
    outputs = {name: widget_cell(lab, code) for name, code in (("explorer", "_explorer()"), ("quiz", "Quiz("))}
    for output in outputs.values():
        # Live: the widget only; the line for a notebook that has not run is hidden.
        assert output.locator(f".{FALLBACK_CLASS}").first.is_hidden()
    lab.keyboard.press("Control+s")
    lab.locator(".jp-mod-current.jp-mod-dirty").wait_for(state="detached", timeout=RUN_TIMEOUT_MS)
    saved = json.loads((server.root / case.notebook).read_text(encoding="utf-8"))
    assert any(WIDGET_MIME in output.get("data", {}) for cell in saved["cells"] for output in cell.get("outputs", []))

    # The next day: JupyterLab reopens the saved notebook with a new kernel; nothing has run.
    open_notebook(lab, server, case.notebook)
    # What the widgets' front end shows for a widget whose model has gone (the problem itself):
    lab.wait_for_function(
        """() => [...document.querySelectorAll('.jp-OutputArea-output.jupyter-widgets')]
            .filter(output => output.textContent.includes('model not found')).length >= 2""",
        timeout=RUN_TIMEOUT_MS,
    )
    for name, output in outputs.items():
        output.scroll_into_view_if_needed()  # what is visible: offscreen cells are not drawn
        line = f"Run this cell (Shift+Enter) to start the {name}."
        expect(output).to_contain_text(line, use_inner_text=True, timeout=RUN_TIMEOUT_MS)
        seen = output.inner_text()
        assert [words for words in WIDGET_FAILURES if words.lower() in seen.lower()] == [], f"the {name}: {seen!r}"

    # The same notebook from someone else (not signed on this computer): JupyterLab does not draw
    # its widget outputs, but their static HTML, under the line.
    saved["metadata"]["sent_by"] = "a friend"
    friend = case.notebook.replace(".ipynb", "-from-a-friend.ipynb")
    (server.root / friend).write_text(json.dumps(saved), encoding="utf-8")
    open_notebook(lab, server, friend)
    for name, output in outputs.items():
        output.scroll_into_view_if_needed()
        line = f"Run this cell (Shift+Enter) to start the {name}."
        expect(output).to_contain_text(line, use_inner_text=True, timeout=RUN_TIMEOUT_MS)
        seen = output.inner_text()
        assert [words for words in WIDGET_FAILURES if words.lower() in seen.lower()] == [], f"the {name}: {seen!r}"
        assert len(seen) > 2 * len(line), f"the {name}'s static result is not shown: {seen!r}"
    assert lab.locator(".jp-OutputArea-output.jp-mod-trusted").count() == 0
    assert lab.outside == []


def test_a_translated_case_study_shows_its_figure_in_its_language(lab, server):
    """A self-learner on Binder or a JupyterHub opens the Portuguese notebook: its figure is the
    one drawn in Portuguese (notebooks/figures/pt-BR/), not the English one."""
    shut_down_kernels(server)
    lab.goto(server.url("notebooks/atemdo.pt-BR.ipynb"))  # the figure needs no kernel: no wait for one
    figure = lab.locator("img[src*='atemdo-working-together']")
    lab.locator(".jp-Notebook .jp-MarkdownCell").first.wait_for(timeout=RUN_TIMEOUT_MS)
    for _ in range(40):  # offscreen cells are not drawn: scroll down until the figure's is
        if figure.count():
            break
        lab.locator(".jp-WindowedPanel-outer").first.evaluate("panel => panel.scrollBy(0, 600)")
        lab.wait_for_timeout(100)
    shown = "img[src*='atemdo-working-together']"
    lab.wait_for_function(  # drawn, and its file loaded (jupyterlab-myst may draw the cell twice)
        "shown => [...document.querySelectorAll(shown)].some(image => image.complete && image.naturalWidth > 0)",
        arg=shown,
        timeout=RUN_TIMEOUT_MS,
    )
    drawn = lab.evaluate("shown => fetch(document.querySelector(shown).src).then(response => response.text())", shown)
    assert ">Sozinha<" in drawn and ">Juntas<" in drawn and ">Alone<" not in drawn
    assert lab.outside == []
