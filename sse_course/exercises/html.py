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
from sse_course.quiz.html import script_safe_json
from sse_course.quiz.strings import interface_strings

# What marks an exercise task in a page: the build adds the exercise script to pages holding it.
EXERCISE_MARKER = 'class="sse-exercise"'

NEEDS_JAVASCRIPT = "To check your answers here, this page needs JavaScript. You can also do the exercise in Jupyter."
KEPT_HERE = "Your answers are kept only on this device, in this browser. Nothing is sent anywhere."


def render_task_html(exercise: str, name: str) -> str:
    data = task_json(exercise, name)
    words = interface_strings()
    payload = {**data, "words": {key: words[key] for key in ("type_number", "not_a_number", "number_ambiguous")}}
    dom_id = escape(f"sse-ex-{exercise}-{name}")
    body = {"classification": _classification, "numeric": _numeric, "canvas": _canvas}[data["kind"]](dom_id, data)
    return f"""<section {EXERCISE_MARKER} id="{dom_id}" data-exercise="{escape(exercise)}" data-task="{escape(name)}" data-kind="{data["kind"]}" aria-labelledby="{dom_id}-title">
<p class="sse-exercise-title" id="{dom_id}-title">{escape(_title(data))}</p>
<p class="sse-exercise-nojs">{escape(NEEDS_JAVASCRIPT)}</p>
{body}
<p class="sse-exercise-note">{escape(KEPT_HERE)}</p>
<script type="application/json" class="sse-exercise-data">{script_safe_json(payload)}</script>
</section>"""


def _title(data: dict[str, Any]) -> str:
    if data["kind"] == "numeric":
        return "Your answer"
    return str(data["title"])


def _classification(dom_id: str, data: dict[str, Any]) -> str:
    choices = "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in data["choices"])
    items = "\n".join(
        f'<li class="sse-exercise-item"><label for="{dom_id}-{n}">{escape(item["text"])}</label>'
        f'<select id="{dom_id}-{n}" data-item="{n}"><option value="">(choose)</option>{choices}</select>'
        f'<div class="sse-exercise-feedback" role="status" aria-live="polite"></div></li>'
        for n, item in enumerate(data["items"])
    )
    return f"""<p class="sse-exercise-how">Choose an answer for each item, then press Check. You can change your answers and check again.</p>
<ol class="sse-exercise-items">
{items}
</ol>
<button type="button" class="sse-exercise-check">Check</button>
<p class="sse-exercise-score" role="status" aria-live="polite"></p>"""


def _numeric(dom_id: str, data: dict[str, Any]) -> str:
    unit = "millions" if data["unit"] == "million" else data["unit"]
    return f"""<p class="sse-exercise-how">Type your answer in the box, then press Check (or Enter).</p>
<p class="sse-exercise-number"><label for="{dom_id}-answer">Your answer, in {escape(unit)}</label>
<input type="text" inputmode="decimal" autocomplete="off" id="{dom_id}-answer" aria-describedby="{dom_id}-typing">
<span class="sse-exercise-unit">{escape(unit)}</span></p>
<p class="sse-exercise-typing" id="{dom_id}-typing">{escape(data["how_to_type"])}</p>
<button type="button" class="sse-exercise-check">Check</button>
<div class="sse-exercise-feedback" role="status" aria-live="polite"></div>"""


def _canvas(dom_id: str, data: dict[str, Any]) -> str:
    rows = []
    for field in data["fields"]:
        fid = f"{dom_id}-{escape(field['key'])}"
        label = escape(field["label"]) + ("" if field["required"] else " (you may leave this empty)")
        if field["kind"] == "choice":
            options = "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in field["choices"])
            control = (
                f'<select id="{fid}" name="{escape(field["key"])}"><option value="">(choose)</option>{options}</select>'
            )
        else:
            number = field["kind"] in ("number", "whole")
            mode = ' inputmode="decimal"' if number else ""
            control = f'<input type="text" id="{fid}" name="{escape(field["key"])}" autocomplete="off"{mode}>'
        rows.append(f'<p class="sse-exercise-field"><label for="{fid}">{label}</label>{control}</p>')
    fields = "\n".join(rows)
    return f"""<p class="sse-exercise-how">Fill in every field, then press Check my canvas. When it is complete, you can print it or save it as a PDF. It is not graded.</p>
<form class="sse-exercise-canvas" novalidate>
{fields}
<button type="submit" class="sse-exercise-check">Check my canvas</button>
</form>
<div class="sse-exercise-feedback" role="status" aria-live="polite"></div>
<div class="sse-exercise-summary" hidden></div>
<button type="button" class="sse-exercise-print" hidden>Print or save as PDF</button>"""
