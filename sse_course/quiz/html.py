"""Render a quiz bank as self-contained, accessible HTML for the static book.

The questions are real form controls (fieldset, legend, label), so they work with a keyboard
and a screen reader before any script runs. ``static/sse-quiz.js`` adds checking, feedback in
an ARIA live region, the score and saving answers in localStorage. Every piece of quiz text is
escaped here and inserted with ``textContent`` by the script: it is never run as HTML.
"""

from __future__ import annotations

import json
from html import escape

from .bank import Bank, Question, question_digest
from .numbers import in_millions
from .strings import interface_strings

# What marks a quiz in a page: the build adds the quiz script and links pointers on pages holding it.
QUIZ_MARKER = 'class="sse-quiz"'


def script_safe_json(data: object) -> str:
    """JSON that cannot close the <script> element it sits in, and is always valid JSON: NaN or
    infinity is an error here, not a quiz that silently never starts in the browser."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def question_version(question: Question) -> str:
    """What a saved answer to ``question`` must carry (``bank.question_digest``): the digest of its
    English, so that the same question has the same version in every language and a learner who
    changes language keeps her answers."""
    return question.version or question_digest(question)


# The interface words the page script (static/sse-quiz.js, with sse-numbers.js's error keys)
# reads from the page's data; the others are written into the HTML at build time. A reader on
# paid data downloads each page's data, so it holds only what the script uses
# (tests/test_quiz_rendering.py holds this list to the names in the scripts).
SCRIPT_STRINGS = (
    "correct",
    "incorrect",
    "score",
    "choose_one",
    "choose_some",
    "type_number",
    "not_a_number",
    "number_ambiguous",
    "ticked_option",
    "missed_option",
    "choose_each",
    "matched_right",
    "matched_wrong",
    "start_fresh_confirm",
    "start_fresh_yes",
    "start_fresh_no",
    "cleared",
)


def _bank_payload(bank: Bank) -> dict:
    data = bank.to_json()
    for question, shown in zip(bank.questions, data["questions"], strict=True):
        shown["version"] = question_version(question)
        del shown["prompt"]  # in the HTML already; the script never reads it
        if question.unit_words():  # a translated unit: what it is in English, for the number reader
            shown["units"] = question.unit_words()
        if "options" in shown:
            # An option's words are in the HTML already (its label): the script reads them there.
            # keep_last only matters when the build orders the options. (New dicts: to_json may
            # hand out the options' own.)
            shown["options"] = [
                {key: value for key, value in option.items() if key not in ("text", "keep_last")}
                for option in shown["options"]
            ]
    return data


def render_bank_html(bank: Bank, language: str | None = None) -> str:
    words = interface_strings(language)
    dom_id = escape(f"sse-quiz-{bank.id}")
    items = "\n".join(
        _question_html(bank.id, number, question, words) for number, question in enumerate(bank.questions, start=1)
    )
    payload = script_safe_json({"bank": _bank_payload(bank), "strings": {key: words[key] for key in SCRIPT_STRINGS}})
    return f"""<section {QUIZ_MARKER} id="{dom_id}" data-bank="{escape(bank.id)}" aria-labelledby="{dom_id}-title">
<p class="sse-quiz-title" id="{dom_id}-title">{escape(bank.title)}</p>
<p class="sse-quiz-note">{escape(words["saved_note"])}</p>
<p class="sse-quiz-nojs">{escape(words["needs_javascript"])}</p>
<ol class="sse-quiz-questions">
{items}
</ol>
<p class="sse-quiz-score" role="status" aria-live="polite"></p>
<button type="button" class="sse-quiz-reset" hidden>{escape(words["reset"])}</button>
<script type="application/json" class="sse-quiz-data">{payload}</script>
</section>"""


def _matching_html(name: str, question: Question, words: dict[str, str]) -> str:
    """One labelled list (a <select>) per item; each choice keeps its bank index as its value."""
    choices = "".join(f'<option value="{i}">{escape(text)}</option>' for i, text in question.ordered_choices())
    return "\n".join(
        f'<div class="sse-quiz-match"><label for="{name}--{n}">{escape(item.text)}</label>'
        f'<select id="{name}--{n}" name="{name}--{n}"><option value="">{escape(words["match_choose"])}</option>'
        f"{choices}</select></div>"
        for n, item in enumerate(question.items)
    )


def _question_html(bank_id: str, number: int, question: Question, words: dict[str, str]) -> str:
    name = escape(f"{bank_id}--{question.id}")
    if question.type == "matching":
        controls = _matching_html(name, question, words)
    elif question.type == "numeric":
        unit = f' <span class="sse-quiz-unit">{escape(question.unit)}</span>' if question.unit else ""
        controls = (
            f'<label class="sse-quiz-numeric">{escape(words["your_answer"])} '
            f'<input type="text" inputmode="decimal" autocomplete="off" name="{name}"></label>{unit}'
        )
    else:
        if question.type == "true_false":
            choices = [(1, words["answer_true"]), (0, words["answer_false"])]
        else:
            # Shown in the bank's shuffled order (quiz/order.py); each keeps its bank index as value.
            choices = [(i, question.options[i].text) for i in question.display_order()]
        kind = "checkbox" if question.type == "multiple" else "radio"
        controls = "\n".join(
            f'<label class="sse-quiz-option"><input type="{kind}" name="{name}" value="{escape(str(value))}"> '
            f"<span>{escape(text)}</span></label>"
            for value, text in choices
        )
    hint = f'<p class="sse-quiz-hint">{escape(words["choose_all"])}</p>' if question.type == "multiple" else ""
    if question.type == "matching":
        hint = f'<p class="sse-quiz-hint">{escape(words["match_each"])}</p>'
    if question.type == "numeric":  # how numbers are read (quiz/numbers.py), said where they are typed
        said = words["number_hint"] + (
            f" {words['millions_hint']}" if in_millions(question.english_unit or question.unit or "") else ""
        )
        hint = f'<p class="sse-quiz-hint" id="{name}--hint">{escape(said)}</p>'
        controls = controls.replace(f'name="{name}">', f'name="{name}" aria-describedby="{name}--hint">')
    label = escape(words["question_label"].format(n=number))
    return f"""<li class="sse-quiz-question" data-qid="{escape(question.id)}" data-type="{escape(question.type)}">
<fieldset>
<legend><span class="sse-quiz-number">{label}.</span> {escape(question.prompt)}</legend>
{hint}<div class="sse-quiz-controls">
{controls}
</div>
<button type="button" class="sse-quiz-check" hidden>{escape(words["check"])}</button>
<div class="sse-quiz-feedback" role="status" aria-live="polite"></div>
</fieldset>
</li>"""
