"""Exercises in the book's pages, with no kernel (issue 16, part 1).

Every task of the six exercises is data with one source (its Python definition, listed in
sse_course/exercises/catalogue.py), rendered into the page at build time and checked there by
static/sse-exercise.js. The page and the notebook's Python checks mark every row of
tests/exercise_answers.json alike. On the built book, at 360 px and by keyboard only, each task
answered right and wrong gives feedback in a live region; a canvas prints as a one-page PDF; a
corrupted store, or one broken task, leaves the page working; progress is recorded; axe finds no
serious or critical violation; and nothing is requested from another host.
"""

from __future__ import annotations

import json
import re
import subprocess
from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.canvas import Canvas
from sse_course.exercises.catalogue import EXERCISES, task, task_json
from sse_course.exercises.classification import ClassificationTask
from sse_course.exercises.html import exercise_words, render_task_html, unit_words_in
from sse_course.formatting import amount_with_currency, localised
from sse_course.i18n.languages import languages
from sse_course.i18n.lazy import speaking
from sse_course.i18n.markdown import english_notebooks
from sse_course.i18n.units import UNIT_WORDS, unit_words

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "sse_course" / "static"
SCRIPTS = [STATIC / "sse-numbers.js", STATIC / "sse-exercise.js"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Each row: exercise, task, answer, and the page's language (English without it).
ROWS = [
    (exercise, name, answer, rest[0] if rest else "en")
    for exercise, name, answer, *rest in json.loads(
        (Path(__file__).parent / "exercise_answers.json").read_text(encoding="utf-8")
    )["rows"]
]
TASK_FENCE = re.compile(r"```\{exercise-task\} (\S+) (\S+)\n```")


def notebook_tasks(exercise: str) -> list[tuple[str, str]]:
    notebook = json.loads((ROOT / "exercises" / f"{exercise}.ipynb").read_text(encoding="utf-8"))
    text = "\n".join("".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown")
    return TASK_FENCE.findall(text)


# ---- One source: the catalogue, the notebooks and the page read the same tasks ------------------


def test_every_exercise_notebook_shows_each_of_its_tasks_once_in_the_book():
    notebooks = sorted(p.stem for p in english_notebooks(ROOT / "exercises"))
    assert sorted(EXERCISES) == notebooks
    for exercise, (_, title, names) in EXERCISES.items():
        assert notebook_tasks(exercise) == [(exercise, name) for name in names], exercise
        # The title progress records carry is the page's own heading.
        notebook = json.loads((ROOT / "exercises" / f"{exercise}.ipynb").read_text(encoding="utf-8"))
        assert "".join(notebook["cells"][0]["source"]).startswith(f"# Exercise: {title}\n"), exercise


def test_expected_values_on_the_page_are_the_models_not_typed_in():
    from sse_course.models import pad_enterprise as wise

    data = task_json("case-study-calculations", "DECENT_PRICE")
    assert data["expected"] == wise.costing(wise.DEFAULTS).unit_cost
    assert f'"expected":{data["expected"]!r}'.replace("'", "") in render_task_html(
        "case-study-calculations", "DECENT_PRICE"
    )


def test_a_changed_task_gets_a_new_version_so_old_answers_are_dropped():
    base = task_json("is-it-sse", "IS_IT_SSE")
    again = task_json("is-it-sse", "IS_IT_SSE")
    assert base["version"] == again["version"] and len(base["version"]) == 12
    changed = ClassificationTask("T", ("a", "b"), {})
    versions = {task_json(e, n)["version"] for e, (_, _, names) in EXERCISES.items() for n in names}
    assert len(versions) == sum(len(names) for _, _, names in EXERCISES.values())
    assert changed.to_json() != task("is-it-sse", "IS_IT_SSE").to_json()


def test_task_text_is_escaped_in_the_page_and_cannot_close_its_script():
    html = render_task_html("is-it-sse", "IS_IT_SSE")
    payload = html.split('class="sse-exercise-data">')[1].split("</script>")[0]
    assert "<" not in payload and json.loads(payload)["task"] == "IS_IT_SSE"


def test_number_boxes_say_what_to_type_and_which_forms_are_read():
    html = render_task_html("home-based-workers", "IN_ASIA_PACIFIC")
    assert "Your answer, in millions" in html
    assert "150 million and 150,000,000 are read as 150" in html
    assert "R$ 1.200, Br 50" in html and "1,200" in html


NUMBER_TASKS = [(e, n) for e, (_, _, names) in EXERCISES.items() for n in names if isinstance(task(e, n), NumericTask)]


@pytest.mark.parametrize("code", [lang.code for lang in languages()])
def test_number_boxes_name_their_unit_in_the_page_language(code):
    """Issue 15: a French box is "Votre réponse, en membres", not "en members", and its data
    carries the words the notebook's checks say (UNIT_WORDS), for the script's feedback."""
    units, words = unit_words_in(code), exercise_words(code)
    with speaking(code):
        assert units == dict(UNIT_WORDS)
    if code != "en":
        assert units["members"] != "members" and units["million"] != "million"  # translated
    for exercise, name in NUMBER_TASKS:
        unit = task(exercise, name).unit
        shown = words["millions"] if unit == "million" else units[unit]
        html = render_task_html(exercise, name, code)
        assert f">{escape(words['answer_in'].format(unit=shown))}</label>" in html, (exercise, name)
        assert f'<span class="sse-exercise-unit">{escape(shown)}</span>' in html, (exercise, name)
        payload = json.loads(html.split('class="sse-exercise-data">')[1].split("</script>")[0])
        # The words the script reads and says: those the language changes (the others are the English's).
        assert payload["words"]["units"] == {unit: word for unit, word in units.items() if word != unit}


# ---- The page and Python mark every answer alike ------------------------------------------------


def python_marks(exercise: str, name: str, answer: Any, code: str = "en") -> dict[str, Any]:
    with speaking(code):
        return _python_marks(exercise, name, answer)


def _python_marks(exercise: str, name: str, answer: Any) -> dict[str, Any]:
    found = task(exercise, name)
    if isinstance(found, ClassificationTask):
        report = found.check(dict(zip(found.items, answer, strict=True)))
        return {"statuses": [f.status for _, f in report.items], "messages": [f.message for _, f in report.items]}
    if isinstance(found, NumericTask):
        feedback = found.check(answer)
        words = feedback.message if feedback.status in ("correct", "incorrect") else ""
        return {"status": feedback.status, "message": words, "hint": feedback.hint}
    assert isinstance(found, Canvas)
    result = found.check(answer)
    return {"problems": len(result.problems), "derived": [list(pair) for pair in result.derived()]}


PAGE_MARKS = """([rows, payloads]) => rows.map(([exercise, name, answer, code]) => {
    const data = payloads[exercise + "/" + name + "/" + code];
    const E = window.SSEExercise;
    if (data.kind === "classification") {
        const marks = data.items.map((item, i) => E.checkItem(data, item, answer[i]));
        return {statuses: marks.map(m => m.status),
                messages: marks.map(m => (m.status === "correct" || m.status === "incorrect") ? m.message : null)};
    }
    if (data.kind === "numeric") {
        const m = E.checkNumber(data, answer, data.words);
        const shown = m.status === "correct" || m.status === "incorrect";
        return {status: m.status, message: shown ? m.message : "", hint: m.hint || ""};
    }
    const result = E.checkCanvas(data, answer, data.words);
    const derived = result.problems.length || !data.derived ? [] : E.derived[data.derived](result.values, data.words);
    return {problems: result.problems.length, derived: derived};
})"""


@pytest.mark.browser
def test_the_page_and_python_mark_every_row_of_the_shared_table_alike(browser):
    payloads = {}
    for exercise, name, _, code in ROWS:
        html = render_task_html(exercise, name, code)
        payloads[f"{exercise}/{name}/{code}"] = json.loads(
            html.split('class="sse-exercise-data">')[1].split("</script>")[0]
        )
    page = browser.new_page()
    try:
        page.set_content(
            "<!doctype html><meta charset=utf-8>" + "".join(f"<script>{s.read_text()}</script>" for s in SCRIPTS)
        )
        marks = page.evaluate(PAGE_MARKS, [ROWS, payloads])
    finally:
        page.close()
    differ = []
    for (exercise, name, answer, code), on_page in zip(ROWS, marks, strict=True):
        in_python = python_marks(exercise, name, answer, code)
        if "messages" in in_python:  # blank and odd answers: the same status, in the page's own words
            in_python["messages"] = [
                m if s in ("correct", "incorrect") else None
                for s, m in zip(in_python["statuses"], in_python["messages"], strict=True)
            ]
        if on_page != in_python:
            differ.append((exercise, name, answer, code, in_python, on_page))
    assert not differ, f"the page and Python mark these answers differently: {differ}"
    statuses = {s for m in marks for s in m.get("statuses", [m.get("status")])}
    assert {"correct", "incorrect", "blank", "invalid"} <= statuses  # the table holds every kind


WRITE_NUMBERS = """([words, values, signs]) => values.map(([value, places]) => {
    const E = window.SSEExercise, amount = E.money(value, places, words);
    return [amount, signs.map(sign => E.withCurrency(sign, amount, words))];
})"""


@pytest.mark.browser
@pytest.mark.parametrize("code", [lang.code for lang in languages()])
def test_the_page_writes_numbers_and_money_as_python_does_in_every_language(browser, code):
    """The feedback and the canvas's summary on a French page say 1 200,50 and 38,50 R$, as the
    notebook's checks do, not 1,200.50 and R$ 38.50 (the script had English marks only)."""
    html = render_task_html("business-plan", "BUSINESS_PLAN", code)
    words = json.loads(html.split('class="sse-exercise-data">')[1].split("</script>")[0])["words"]
    values: list[tuple[float, int]] = [
        (0, 0),
        (5, 0),
        (36.5, 2),
        (1200, 0),
        (1200.5, 2),
        (12_000, 0),
        (1_234_567.891, 2),
        (-36.5, 2),
    ]
    signs = ["R$", "Br", "₹", "₱", "pesos", ""]
    page = browser.new_page()
    try:
        page.set_content(
            "<!doctype html><meta charset=utf-8>" + "".join(f"<script>{s.read_text()}</script>" for s in SCRIPTS)
        )
        on_page = page.evaluate(WRITE_NUMBERS, [words, values, signs])
    finally:
        page.close()
    in_python = []
    for value, places in values:
        amount = localised(f"{value:,.{places}f}", code)
        in_python.append([amount, [amount_with_currency(sign, amount, code) for sign in signs]])
    assert on_page == in_python
    if code == "fr":
        assert on_page[4] == ["1\u202f200,50", ["1\u202f200,50\u00a0R$", "1\u202f200,50\u00a0Br", *on_page[4][1][2:]]]


# The page scripts in Node, on a RegExp that refuses the "u" flag and \p{} as browsers before
# Chrome 64, Firefox 78 and Safari 11.1 do (sse_course/static stays ES5 for old phones).
OLD_REGEXP = """
const vm = require("vm"), fs = require("fs");
const [words, signs, ...scripts] = JSON.parse(fs.readFileSync(0, "utf8"));
function OldRegExp(pattern, flags) {
  if (String(flags || "").indexOf("u") >= 0) throw new SyntaxError("Invalid flags: " + flags);
  return new RegExp(pattern, flags);
}
const context = { RegExp: OldRegExp, document: { readyState: "complete", querySelectorAll: () => [] } };
context.window = context;
vm.createContext(context);
for (const script of scripts) vm.runInContext(fs.readFileSync(script, "utf8"), context);
console.log(JSON.stringify(signs.map((sign) => context.SSEExercise.withCurrency(sign, "36,50", words))));
"""


@pytest.mark.parametrize("code", ["es", "fr"])
def test_money_with_a_currency_is_written_by_a_browser_without_unicode_regexps(code):
    """The canvas's summary writes "Br 36,50" and "₹36,50" in Spanish (CLDR's currency spacing:
    a space unless the sign ends in a symbol). Its test of "a symbol" used \\p{S}, which an older
    phone's browser cannot compile: the summary threw there instead of showing the amounts."""
    html = render_task_html("business-plan", "BUSINESS_PLAN", code)
    words = json.loads(html.split('class="sse-exercise-data">')[1].split("</script>")[0])["words"]
    signs = ["R$", "Br", "₹", "₱", "pesos", "$"]
    run = subprocess.run(
        ["node", "-e", OLD_REGEXP],
        input=json.dumps([words, signs, *map(str, SCRIPTS)]),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [amount_with_currency(sign, "36,50", code) for sign in signs]


# ---- The built book, as a learner on a 360 px phone meets it, by keyboard only -----------------

# Every record the page sends to window.SSEProgress (sse-progress.js, or a stand-in until it lands),
# and print() as a no-op that counts: the test prints with page.pdf(), as "save as PDF" does.
WATCH = """(() => {
  window.__records = []; window.__printed = 0;
  window.print = () => { window.__printed += 1; };
  const wrap = (progress) => {
    if (!progress || progress.__watched) return progress;
    const record = progress.record;
    progress.record = function (kind, id, info) {
      window.__records.push([kind, id, info]);
      return typeof record === "function" ? record.apply(progress, arguments) : undefined;
    };
    progress.__watched = true;
    return progress;
  };
  let current = wrap({record: null});
  Object.defineProperty(window, "SSEProgress", {configurable: true, get: () => current, set: (v) => { current = wrap(v); }});
})();"""

CANVAS_ANSWERS = {
    (e, n): a
    for e, n, a, code in ROWS
    if code == "en" and isinstance(a, dict) and a and python_marks(e, n, a)["problems"] == 0
}


def page_url(site: str, exercise: str) -> str:
    return f"{site}exercises/{exercise}.html"


def section(page, exercise: str, name: str):
    return page.locator(f'section.sse-exercise[data-exercise="{exercise}"][data-task="{name}"]')


def focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def choose(page, choices: list[str], wanted: str) -> None:
    """In the focused select: back to "(choose)", then down to ``wanted``."""
    page.keyboard.press("Home")
    for _ in range(choices.index(wanted) + 1):
        page.keyboard.press("ArrowDown")


def live_text(box) -> str:
    """The words of a feedback box, a line per paragraph, after checking that it is announced."""
    assert box.get_attribute("aria-live") == "polite" and box.get_attribute("role") == "status"
    lines = box.locator("p, li").all_inner_texts()
    return "\n".join(lines) if lines else box.inner_text()


def answer_classification(page, root, data: dict, picks: list[str]) -> None:
    selects = root.locator("select")
    selects.first.focus()
    for n, pick in enumerate(picks):
        assert focused_id(page) == selects.nth(n).get_attribute("id")
        choose(page, data["choices"], pick)
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "sse-exercise-check"
    page.keyboard.press("Enter")


def do_classification(page, exercise: str, name: str, data: dict) -> None:
    root = section(page, exercise, name)
    items, total = data["items"], len(data["items"])
    wrong = [next(c for c in data["choices"] if c != item["answer"]) for item in items]
    answer_classification(page, root, data, wrong)
    boxes = root.locator(".sse-exercise-feedback")
    for n, item in enumerate(items):
        text = live_text(boxes.nth(n))
        assert text.startswith("✗ Not yet.") and f"The answer is not “{wrong[n]}”" in text and item["why"] in text
    assert (
        live_text(root.locator(".sse-exercise-score"))
        == f"{data['title']}: 0 of {total} correct. Read the feedback and try again."
    )
    answer_classification(page, root, data, [item["answer"] for item in items])
    for n, item in enumerate(items):
        assert live_text(boxes.nth(n)) == f"✓ Correct.\n{item['why']}"
    assert live_text(root.locator(".sse-exercise-score")) == f"{data['title']}: all {total} correct. Well done!"


def right_text(data: dict) -> str:
    """The right answer as a person might type it: with the unit, grouped, or in millions."""
    expected = data["expected"]
    if data["unit"] == "million":
        return f"{expected * 1_000_000:,.0f}"  # 167,500,000 in a box in millions
    if data["unit"] == "%":
        return f"{expected:.1f} %"
    return f"{expected:,.2f} {data['unit']}"


def do_numeric(page, exercise: str, name: str, data: dict) -> None:
    root = section(page, exercise, name)
    box = root.locator(".sse-exercise-feedback")
    field = root.locator("input")
    field.focus()
    page.keyboard.type(f"{data['expected'] + data['tolerance'] + 10:g}")
    page.keyboard.press("Enter")
    text = live_text(box)
    assert text.startswith("✗ Not yet.") and "is too high." in text and f"Hint: {data['hint']}" in text
    page.keyboard.press("Control+A")
    page.keyboard.type(f"{data['expected'] - data['tolerance'] - 10:g}")
    page.keyboard.press("Enter")
    assert "is too low." in live_text(box)
    page.keyboard.press("Control+A")
    page.keyboard.type("sixty")
    page.keyboard.press("Enter")
    assert live_text(box).startswith("? Please check how you wrote your answer.")
    page.keyboard.press("Control+A")
    page.keyboard.type(right_text(data))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "sse-exercise-check"
    page.keyboard.press("Enter")
    assert live_text(box) == f"✓ Correct.\n{data['explanation']}"


def do_canvas(page, exercise: str, name: str, data: dict, tmp_path: Path) -> None:
    root = section(page, exercise, name)
    box = root.locator(".sse-exercise-feedback")
    root.locator("button[type=submit]").focus()
    page.keyboard.press("Enter")  # nothing filled in: every required field is asked for
    text = live_text(box)
    required = [f for f in data["fields"] if f["required"]]
    assert text.startswith("? Please fix these before you print:")
    assert all(f"Fill in “{f['label']}”." in text for f in required)
    assert root.locator(".sse-exercise-print").is_hidden()
    answers = CANVAS_ANSWERS[(exercise, name)]
    root.locator("input, select").first.focus()
    for field in data["fields"]:
        assert focused_id(page).endswith("-" + field["key"])
        value = answers.get(field["key"], "")
        if field["kind"] == "choice":
            choose(page, field["choices"], value)
        else:
            page.keyboard.type(value)
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert live_text(box).startswith("✓ Your canvas is complete.")
    expected = task(exercise, name).check(answers)
    summary = root.locator(".sse-exercise-summary").inner_text()
    for label, words in expected.derived():
        assert f"{label}\t{words}" in summary
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "sse-exercise-print"
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1
    pdf = PdfReader(BytesIO(page.pdf(format="A4")))
    printed = " ".join((p.extract_text() or "") for p in pdf.pages)
    flat = " ".join(printed.split())
    assert len(pdf.pages) == 1, f"the summary prints on {len(pdf.pages)} pages"
    assert data["title"] in flat and answers["group"] in flat
    for _label, words in expected.derived():
        assert " ".join(words.split()) in flat
    assert "Check my canvas" not in flat and "Choose an answer" not in flat  # only the summary
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".sse-exercise-print-copy").count() == 0


def axe_serious(page) -> list[str]:
    # At the top of the page, as a learner arrives: the theme's "Back to top" button fades in and
    # out while the page scrolls, and axe measures its contrast mid-fade (the theme's, not ours).
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_function(
        "() => { const b = document.getElementById('pst-back-to-top');"
        " return !b || getComputedStyle(b).display === 'none'; }"
    )
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['html'][:120]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("exercise", list(EXERCISES))
def test_every_task_works_on_a_phone_by_keyboard_and_is_kept(touch_phone, site, exercise, tmp_path):
    page = touch_phone
    page.add_init_script(WATCH)
    page.goto(page_url(site, exercise))
    names = EXERCISES[exercise][2]
    for name in names:
        expect_ready = section(page, exercise, name)
        expect_ready.and_(page.locator(".is-ready")).wait_for()
        assert expect_ready.locator(".sse-exercise-nojs").is_hidden()
    for name in names:
        data = task_json(exercise, name)
        kind = data["kind"]
        if kind == "classification":
            do_classification(page, exercise, name, data)
        elif kind == "numeric":
            do_numeric(page, exercise, name, data)
        else:
            do_canvas(page, exercise, name, data, tmp_path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at 360 px"
    records = page.evaluate("window.__records")
    total = sum(len(task_json(exercise, n).get("items", [0])) for n in names)
    assert records and all(kind == "exercise" and rid == exercise for kind, rid, _ in records)
    assert records[-1][2] == {"score": total, "total": total, "title": EXERCISES[exercise][1]}
    assert not axe_serious(page)
    # The answers are kept on this device: after a reload the page shows them, checked.
    page.reload()
    first = section(page, exercise, names[0])
    first.and_(page.locator(".is-ready")).wait_for()
    assert "✓" in first.locator(".sse-exercise-feedback").first.inner_text()
    # A second visit that checks one task records the whole exercise: the tasks checked on the
    # first visit count from their saved answers.
    last = section(page, exercise, names[-1])
    last.and_(page.locator(".is-ready")).wait_for()
    last.locator(".sse-exercise-check").press("Enter")
    records = page.evaluate("window.__records")
    assert records and records[-1][2] == {"score": total, "total": total, "title": EXERCISES[exercise][1]}
    # Projector mode empties the page in front of a group, and gives the answers back after.
    projector = "(on) => document.dispatchEvent(new CustomEvent('sse-projector', {detail: {on}}))"
    page.evaluate(projector, True)
    shown = page.locator(".sse-exercise-feedback, .sse-exercise-score").all_inner_texts()
    assert not any(text.strip() for text in shown)
    assert all(
        v == ""
        for v in page.locator(".sse-exercise select, .sse-exercise input").evaluate_all("cs => cs.map(c => c.value)")
    )
    page.evaluate(projector, False)
    assert "✓" in first.locator(".sse-exercise-feedback").first.inner_text()
    stored = json.loads(page.evaluate(f"localStorage.getItem('sse-exercise/v1/{exercise}')"))
    assert {n: stored[n]["version"] for n in names} == {n: task_json(exercise, n)["version"] for n in names}
    assert page.outside == []


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("code", ["fr", "es"])
def test_an_editions_number_box_names_its_unit_in_that_language(touch_phone, site, code):
    """Issue 15: on the French page, "170,50 millions, c’est trop haut", as the notebook says,
    not "170,50 million"; "375 socias" on the Spanish page is read, and so is an English
    "375 members" a learner copied."""
    page, lang = touch_phone, next(lang for lang in languages() if lang.code == code)
    units = unit_words_in(code)
    cases = [
        ("home-based-workers", "IN_ASIA_PACIFIC", ["170,5"], [f"167,5 {units['million']}", "167,5 million"]),
        (
            "case-study-calculations",
            "BREAK_EVEN_MEMBERS",
            ["400", f"350 {units['members']}"],
            [f"375 {units['members']}", "375 members"],
        ),
    ]
    for exercise, name, wrongs, rights in cases:
        page.goto(f"{site}{lang.tag}/exercises/{exercise}.html")
        root = section(page, exercise, name)
        root.and_(page.locator(".is-ready")).wait_for()
        box, field = root.locator(".sse-exercise-feedback"), root.locator("input")
        with speaking(code):
            found = task(exercise, name)
            unit = unit_words(found.unit)
            for typed in [*wrongs, *rights]:
                field.fill(typed)
                field.press("Enter")
                expected = found.check(typed)
                assert expected.message in live_text(box), (typed, live_text(box))
                if typed in wrongs:
                    assert f" {unit}" in expected.message and not expected.correct, expected.message
                else:
                    assert expected.correct
    assert units["million"] in ("millions", "millones") and units["members"] in ("membres", "socias")


JUNK_STORE = "{not json"  # junk; tests/test_probe_stored_answers.py tries many more kinds on the quiz


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("exercise", list(EXERCISES))
def test_a_corrupted_store_or_one_broken_task_leaves_the_page_working(touch_phone, site, built_book, exercise):
    page = touch_phone
    names = EXERCISES[exercise][2]
    url = page_url(site, exercise)
    page.goto(url)
    # Junk, an answer to an older version of each task, and answers of the wrong shape.
    old = {n: {"version": "000000000000", "answer": ["SSE"] * 9 if n != "SHARE_OF_WOMEN" else "56"} for n in names}
    odd = {n: {"version": task_json(exercise, n)["version"], "answer": {"a": [1, {"b": None}]}} for n in names}
    # Each page gets two of the three kinds, so every kind is tried on four pages (time in make test).
    kinds = [JUNK_STORE, json.dumps(old), json.dumps(odd)]
    turn = list(EXERCISES).index(exercise)
    for store in (kinds[turn % 3], kinds[(turn + 1) % 3]):
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [f"sse-exercise/v1/{exercise}", store])
        page.reload()
        for name in names:
            root = section(page, exercise, name)
            root.and_(page.locator(".is-ready")).wait_for()
            assert root.locator(".sse-exercise-feedback").evaluate_all("boxes => boxes.every(b => !b.textContent)"), (
                store
            )
            assert all(
                v in ("", None) for v in root.locator("select, input").evaluate_all("cs => cs.map(c => c.value)")
            )
    # One task's data broken in the page: it stays as it is with its note, the others run.
    html = (built_book / "exercises" / f"{exercise}.html").read_text(encoding="utf-8")
    marker = 'class="sse-exercise-data">'
    start = html.index(marker) + len(marker)
    broken = html[:start] + '{"kind": "classification", "items": 5' + html[html.index("</script>", start) :]
    page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=broken))
    page.reload()
    first = section(page, exercise, names[0])
    assert first.locator(".sse-exercise-nojs").is_visible()
    for name in names[1:]:
        section(page, exercise, name).and_(page.locator(".is-ready")).wait_for()
    if len(names) > 1:  # the next task still checks
        data = task_json(exercise, names[1])
        {"classification": do_classification, "numeric": do_numeric}.get(data["kind"], lambda *a: None)(
            page, exercise, names[1], data
        )
    assert page.outside == []


@pytest.mark.build
@pytest.mark.browser
def test_a_solution_opens_by_keyboard_and_its_code_has_a_copy_button(touch_phone, site):
    """The solutions' toggles and the code's copy buttons come from two extensions' scripts,
    which the build minifies (light/scripts.py): they must still work."""
    page = touch_phone
    page.goto(page_url(site, "home-based-workers"), wait_until="networkidle")
    solution = page.locator(".solution.dropdown").first
    code = solution.locator("div.highlight").first
    assert code.is_hidden(), "a solution is open before the learner asks for it"
    solution.locator("button.toggle-button").first.focus()
    page.keyboard.press("Enter")
    code.wait_for(state="visible")
    assert solution.locator("button.copybtn").count() >= 1, "the solution's code has no copy button"
