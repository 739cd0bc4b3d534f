"""Drive a notebook in a Jupyter front end in Chromium (Playwright), as a learner would: run every
cell, then use the explorer and the quiz. Shared by the browser tests of the in-browser site
(tests/test_lite.py, with the checks of tests/notebook_checks.py), written for a real JupyterLab
too: both front ends are built from the same JupyterLab components, so the same selectors hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A kernel starts in about 30 s here when the machine is quiet; a loaded machine (or a cheap
# laptop) takes much longer. The waits are long, but each waits for what a learner sees.
RUN_TIMEOUT_MS = 600_000
ERROR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
RENDERED_MARKDOWN = ".jp-RenderedMarkdown, .myst"  # .myst: jupyterlab-myst's rendering
WIDGET_FAILURES = ("Loading widget", "model not found", "Error displaying widget")


@dataclass(frozen=True)
class ExplorerCheck:
    """What to try in a case study's explorer: a control whose change must change the results,
    and, where the explorer has one, a number box and a value the model refuses."""

    notebook: str
    change: str  # the control's label
    impossible: tuple[str, str] | None = None  # (number box label, value)


CASE_STUDIES = (
    ExplorerCheck("notebooks/sewa-dura-sundari.ipynb", "Running costs (₹ a month)", ("Shop price (₹ a unit)", "0")),
    ExplorerCheck("notebooks/wise-ethiopia.ipynb", "Overheads (Br a month)", ("Minutes of work per pad", "0")),
    ExplorerCheck(
        "notebooks/atemdo.ipynb", "Members working together", ("Pieces a member can make for big orders (a month)", "0")
    ),
    ExplorerCheck("notebooks/patamaba-wise.ipynb", "The single-product group makes", ("Members in each group", "0")),
    ExplorerCheck("notebooks/comparing-the-cases.ipynb", "Choose a challenge"),
)


def wait_for_idle_kernel(page) -> None:
    """Wait until the open notebook's kernel is connected and idle, as the status bar says
    ("Python 3 (ipykernel) | Idle"). Not the toolbar's execution indicator: it says "idle" before
    the notebook has a kernel at all, and cells run then are lost (they never get a result)."""
    page.wait_for_function(
        """() => [...document.querySelectorAll('.jp-StatusBar-Item')]
            .some(item => /^(?!No Kernel).+ \\| Idle$/.test(item.textContent.trim()))""",
        timeout=RUN_TIMEOUT_MS,
    )


def run_all_cells(page, code_cells: int) -> None:
    """Run every cell from the Run menu, once the notebook's ``code_cells`` code cells are all
    shown, and wait until each has an execution count. (Clicked too early, while the front end
    still shows its one empty cell, "Run All" runs that cell only, and the wait never ends.)"""
    page.wait_for_function(
        "n => document.querySelectorAll('.jp-Notebook .jp-CodeCell').length === n",
        arg=code_cells,
        timeout=RUN_TIMEOUT_MS,
    )
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).first.click()
    page.wait_for_function(
        """n => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
            return prompts.length === n && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        arg=code_cells,
        timeout=RUN_TIMEOUT_MS,
    )


def markdown_texts(page) -> list[str]:
    """The text of every rendered Markdown cell (JupyterLab's renderer, or jupyterlab-myst's)."""
    return page.locator(f".jp-MarkdownCell :is({RENDERED_MARKDOWN})").all_inner_texts()


def broken_images(page) -> list[str]:
    """The images of Markdown cells that did not load (a figure a learner would not see)."""
    return page.eval_on_selector_all(
        f".jp-MarkdownCell :is({RENDERED_MARKDOWN}) img",
        "images => images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt.slice(0, 60))",
    )


def run_code_cell(page, contains: str, source: str):
    """Replace the code of the cell whose code contains ``contains`` by ``source``, as a learner
    types it, run it (Shift+Enter) and return its output area."""
    sources = page.locator(".jp-CodeCell .jp-InputArea-editor").all_inner_texts()
    index = next(i for i, text in enumerate(sources) if contains in text)
    cell = page.locator(".jp-CodeCell").nth(index)  # by place: its code is about to change
    editor = cell.locator(".jp-InputArea-editor .cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(source)
    page.keyboard.press("Shift+Enter")
    return cell.locator(".jp-OutputArea")


def error_outputs(page) -> list[str]:
    return page.locator(ERROR_OUTPUT).all_inner_texts()


def widget_cell(page, text: str):
    """The output area of the code cell whose source contains ``text``."""
    return page.locator(".jp-CodeCell", has=page.locator(".jp-InputArea-editor", has_text=text)).locator(
        ".jp-OutputArea"
    )


def widget_problems(output) -> list[str]:
    """What is wrong with a widget output: no widget drawn, or a placeholder or error instead."""
    text = output.inner_text()
    problems = [f"shows {words!r}" for words in WIDGET_FAILURES if words.lower() in text.lower()]
    if output.locator(".jupyter-widgets").count() == 0:
        problems.append("has no widget")
    return problems


def control(output, label: str):
    """The widget whose label is ``label``."""
    return output.locator(
        ".jupyter-widgets.widget-inline-hbox",
        has=output.page.locator(".widget-label", has_text=re.compile("^" + re.escape(label) + "$")),
    )


def change(output, label: str) -> None:
    """Change a control as a learner would: a number typed, a slider moved with the keyboard, or
    another option chosen."""
    widget = control(output, label).first
    box = widget.locator("input[type=number]")
    if box.count():
        value = float(box.input_value() or 0)
        box.fill(f"{value * 2 + 1:g}")
        box.press("Enter")
        return
    choice = widget.locator("select")
    if choice.count():
        # By position: an option's text as the front end shows it need not be its label
        # exactly (JupyterLab's Dropdown has options Playwright cannot find by label).
        current = choice.evaluate("s => s.selectedIndex")
        choice.select_option(index=1 if current == 0 else 0)
        return
    handle = widget.locator(".noUi-handle, [role=slider]").first
    handle.focus()
    handle.press("ArrowRight")


def type_number(output, label: str, value: str) -> None:
    box = control(output, label).first.locator("input[type=number]")
    box.fill(value)
    box.press("Enter")


def answer_first_question(output) -> str:
    """Choose the first option of the quiz's first question, press "Check answer", and return the feedback."""
    button = output.locator("button", has_text=re.compile(r"^Check answer$")).first
    question = button.locator("xpath=..")  # the question's box: prompt, choices, Check, feedback
    question.locator("input[type=radio], input[type=checkbox]").first.check(timeout=10_000)
    button.click(timeout=10_000)
    feedback = button.locator("xpath=following-sibling::*[1]")
    feedback.locator("p").first.wait_for(timeout=10_000)
    return feedback.inner_text()
