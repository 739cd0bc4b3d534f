"""One exercise task as accessible HTML for the static book, checked in the page without a kernel.

The task's controls are real form controls (label, select, input), so they work with a keyboard
and a screen reader; ``static/sse-exercise.js`` checks them against the task's data (the same
:meth:`to_json` the catalogue exports, in a ``<script type="application/json">``), gives feedback
in ARIA live regions and keeps answers on the device. Every piece of text is escaped here and
inserted with ``textContent`` by the script.
"""

from __future__ import annotations

from html import escape
from typing import Any

from sse_course.exercises.catalogue import task_json
from sse_course.formatting import style_for_scripts
from sse_course.i18n.interface import translated
from sse_course.i18n.units import unit_words_in
from sse_course.quiz.html import script_safe_json
from sse_course.quiz.strings import interface_strings

# What marks an exercise task in a page: the build adds the exercise script to pages holding it.
EXERCISE_MARKER = 'class="sse-exercise"'

# Every word of the exercise pages, in English (an edition's pages: in its language, contexts
# exercise:<key> of the sse_course catalogue). The page script's words are the ones it says when it
# checks an answer; they are the same sentences as the Python checks' (sse_course/exercises/), so a
# page and a notebook say the same. {placeholders} are filled in by the script.
WORDS = {
    "needs_javascript": "To check your answers here, this page needs JavaScript. "
    "You can also do the exercise in Jupyter.",
    "kept_here": "Your answers are kept only on this device, in this browser. Nothing is sent anywhere.",
    "your_answer": "Your answer",
    "choose": "(choose)",
    "classification_how": "Choose an answer for each item, then press Check. You can change your answers and "
    "check again.",
    "check": "Check",
    "numeric_how": "Type your answer in the box, then press Check (or Enter).",
    "answer_in": "Your answer, in {unit}",
    "millions": "millions",
    "canvas_how": "Fill in every field, then press Check my canvas. When it is complete, you can print it or "
    "save it as a PDF. It is not graded.",
    "may_leave_empty": "(you may leave this empty)",
    "check_canvas": "Check my canvas",
    "print": "Print or save as PDF",
    # The page script's (static/sse-exercise.js)
    "label_correct": "\u2713 Correct.",
    "label_incorrect": "\u2717 Not yet.",
    "label_blank": "\u2026 Not answered yet.",
    "label_invalid": "? Please check how you wrote your answer.",
    "hint": "Hint: {hint}",
    "choose_one_of": "Choose one of: {choices}.",
    "not_a_choice": "That is not one of the choices. Choose one of: {choices}.",
    "answer_is_not": "The answer is not \u201c{choice}\u201d. {why}",
    "all_correct": "{title}: all {total} correct. Well done!",
    "some_correct": "{title}: {correct} of {total} correct. Read the feedback and try again.",
    "type_in_unit": "Type your answer in {unit}.",
    "too_high": "{number} {unit} is too high.",
    "too_low": "{number} {unit} is too low.",
    "fill_in": "Fill in \u201c{label}\u201d.",
    "field_choose_one_of": "\u201c{label}\u201d: choose one of: {choices}.",
    "field_problem": "\u201c{label}\u201d: {problem}",
    "not_whole": "\u201c{label}\u201d: {number} is not a whole number: write a count such as {example}.",
    "too_small": "\u201c{label}\u201d: {number} is too small: it should be at least {minimum}.",
    "too_large": "\u201c{label}\u201d: {number} is too large: it should be at most {maximum}.",
    "price_too_low": "Your price ({price}) does not cover the materials and the pay for one item ({cost}): every "
    "sale would lose money. Raise the price, or find cheaper materials or a quicker way to make it.",
    "too_few_members": "A group needs at least two members: check \u201cHow many members\u201d.",
    "unit_cost": "Cost of one item (materials, pay and a share of fixed costs)",
    "break_even": "Items to sell each month to cover all costs (break-even)",
    "surplus_a_month": "Surplus (or loss) a month at the sales you expect, after paying members",
    "loss_of": "loss of {amount}",
    "no_working_capital": "You need no working capital to start.",
    "no_contributions": "Contributions are 0, so the working capital must come from elsewhere: see your source above.",
    "months_of_contributions": "{months} months of contributions ({monthly} a month from all members).",
    "time_to_raise": "Time to raise the working capital from contributions alone",
    "not_filled_in": "(not filled in)",
    "canvas_note": "Made with the SSE course planning canvas. It is not graded: discuss it with your group.",
    "fix_these": "? Please fix these before you print:",
    "canvas_complete": "\u2713 Your canvas is complete. Read it below, then print it or save it as a PDF.",
}
# The words the page script says, by kind of task (each task's data carries its own kind's).
LABELS = ("label_correct", "label_incorrect", "label_blank", "label_invalid", "hint")
SCRIPT_WORDS = {
    "classification": (*LABELS, "choose_one_of", "not_a_choice", "answer_is_not", "all_correct", "some_correct"),
    "numeric": (*LABELS, "type_in_unit", "too_high", "too_low"),
    "canvas": (
        "fill_in",
        "field_choose_one_of",
        "field_problem",
        "not_whole",
        "too_small",
        "too_large",
        "price_too_low",
        "too_few_members",
        "unit_cost",
        "break_even",
        "surplus_a_month",
        "loss_of",
        "no_working_capital",
        "no_contributions",
        "months_of_contributions",
        "time_to_raise",
        "not_filled_in",
        "canvas_note",
        "fix_these",
        "canvas_complete",
    ),
}
# The number reader's (sse-numbers.js) words, from the quiz's.
NUMBER_WORDS = ("type_number", "not_a_number", "number_ambiguous")


def exercise_words(language: str | None = None) -> dict[str, str]:
    """The exercise pages' words in ``language`` (default: the language the course speaks now)."""
    return translated("exercise", WORDS, language)


def render_task_html(exercise: str, name: str, language: str | None = None) -> str:
    """One task's HTML in ``language`` (a build passes its own; default: the language the course
    speaks now)."""
    data = task_json(exercise, name, language)
    words, quiz = exercise_words(language), interface_strings(language)
    said: dict[str, Any] = {key: words[key] for key in SCRIPT_WORDS[data["kind"]]}
    units = unit_words_in(language)
    if data["kind"] != "classification":
        said |= {key: quiz[key] for key in NUMBER_WORDS}
        # The script writes numbers in the page's language, as the Python checks do (formatting.py),
        # names the units as they do, and reads a unit typed in the page's language or in English.
        said["number_style"] = style_for_scripts(language)
        said["units"] = {unit: word for unit, word in units.items() if word != unit}  # the others read as they are
    payload = {**data, "words": said}
    dom_id = escape(f"sse-ex-{exercise}-{name}")
    render = {"classification": _classification, "numeric": _numeric, "canvas": _canvas}[data["kind"]]
    body = render(dom_id, data, words | {"units": units})
    return f"""<section {EXERCISE_MARKER} id="{dom_id}" data-exercise="{escape(exercise)}" data-task="{escape(name)}" data-kind="{data["kind"]}" aria-labelledby="{dom_id}-title">
<p class="sse-exercise-title" id="{dom_id}-title">{escape(_title(data, words))}</p>
<p class="sse-exercise-nojs">{escape(words["needs_javascript"])}</p>
{body}
<p class="sse-exercise-note">{escape(words["kept_here"])}</p>
<script type="application/json" class="sse-exercise-data">{script_safe_json(payload)}</script>
</section>"""


def _title(data: dict[str, Any], words: dict[str, str]) -> str:
    if data["kind"] == "numeric":
        return words["your_answer"]
    return str(data["title"])


def _classification(dom_id: str, data: dict[str, Any], words: dict[str, str]) -> str:
    choices = "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in data["choices"])
    items = "\n".join(
        f'<li class="sse-exercise-item"><label for="{dom_id}-{n}">{escape(item["text"])}</label>'
        f'<select id="{dom_id}-{n}" data-item="{n}"><option value="">{escape(words["choose"])}</option>{choices}</select>'
        f'<div class="sse-exercise-feedback" role="status" aria-live="polite"></div></li>'
        for n, item in enumerate(data["items"])
    )
    return f"""<p class="sse-exercise-how">{escape(words["classification_how"])}</p>
<ol class="sse-exercise-items">
{items}
</ol>
<button type="button" class="sse-exercise-check">{escape(words["check"])}</button>
<p class="sse-exercise-score" role="status" aria-live="polite"></p>"""


def _numeric(dom_id: str, data: dict[str, Any], words: dict[str, Any]) -> str:
    unit = words["millions"] if data["unit"] == "million" else words["units"].get(data["unit"], data["unit"])
    return f"""<p class="sse-exercise-how">{escape(words["numeric_how"])}</p>
<p class="sse-exercise-number"><label for="{dom_id}-answer">{escape(words["answer_in"].format(unit=unit))}</label>
<input type="text" inputmode="decimal" autocomplete="off" id="{dom_id}-answer" aria-describedby="{dom_id}-typing">
<span class="sse-exercise-unit">{escape(unit)}</span></p>
<p class="sse-exercise-typing" id="{dom_id}-typing">{escape(data["how_to_type"])}</p>
<button type="button" class="sse-exercise-check">{escape(words["check"])}</button>
<div class="sse-exercise-feedback" role="status" aria-live="polite"></div>"""


def _canvas(dom_id: str, data: dict[str, Any], words: dict[str, str]) -> str:
    rows = []
    for field in data["fields"]:
        fid = f"{dom_id}-{escape(field['key'])}"
        label = escape(field["label"]) + ("" if field["required"] else f" {escape(words['may_leave_empty'])}")
        if field["kind"] == "choice":
            options = "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in field["choices"])
            control = (
                f'<select id="{fid}" name="{escape(field["key"])}"><option value="">{escape(words["choose"])}</option>'
                f"{options}</select>"
            )
        else:
            number = field["kind"] in ("number", "whole")
            mode = ' inputmode="decimal"' if number else ""
            control = f'<input type="text" id="{fid}" name="{escape(field["key"])}" autocomplete="off"{mode}>'
        rows.append(f'<p class="sse-exercise-field"><label for="{fid}">{label}</label>{control}</p>')
    fields = "\n".join(rows)
    return f"""<p class="sse-exercise-how">{escape(words["canvas_how"])}</p>
<form class="sse-exercise-canvas" novalidate>
{fields}
<button type="submit" class="sse-exercise-check">{escape(words["check_canvas"])}</button>
</form>
<div class="sse-exercise-feedback" role="status" aria-live="polite"></div>
<div class="sse-exercise-summary" hidden></div>
<button type="button" class="sse-exercise-print" hidden>{escape(words["print"])}</button>"""
