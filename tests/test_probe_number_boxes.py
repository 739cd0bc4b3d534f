"""Probe: the number boxes. Python (the Jupyter quiz and the exercise checks) and the page's
script read every row of tests/number_reading.json the same way, so a learner gets the same mark
everywhere, and a decimal comma is never silently read as a thousands separator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.html import unit_words_in
from sse_course.i18n.lazy import speaking
from sse_course.quiz.bank import Bank, Question
from sse_course.quiz.grading import AnswerError, grade, parse_number
from sse_course.quiz.html import render_bank_html
from sse_course.quiz.numbers import NumberError, read_amount
from sse_course.quiz.strings import interface_strings

TABLE = json.loads((Path(__file__).parent / "number_reading.json").read_text(encoding="utf-8"))["rows"]
STATIC = Path(__file__).resolve().parent.parent / "sse_course" / "static"
NUMBERS_SCRIPT = STATIC / "sse-numbers.js"  # the one reader, shared by quizzes and exercises
SCRIPT = STATIC / "sse-quiz.js"


def python_reading(text: str):
    try:
        return parse_number(text)
    except AnswerError as problem:
        return str(problem)


@pytest.mark.parametrize("text, expected", TABLE, ids=[repr(text) for text, _ in TABLE])
def test_python_reads_every_row_of_the_table(text, expected):
    assert python_reading(text) == expected


def test_every_error_has_words_for_the_learner():
    words = interface_strings()
    assert {e for _, e in TABLE if isinstance(e, str)} == {"type_number", "not_a_number", "number_ambiguous"}
    assert all(key in words for key in ("type_number", "not_a_number", "number_ambiguous", "number_hint"))


def table_bank() -> Bank:
    return Bank(
        "numbers",
        "Numbers",
        tuple(
            Question(
                f"r{i}",
                "numeric",
                f"Row {i}",
                answer=float(expected) if not isinstance(expected, str) else 0.0,
                feedback_correct="right",
                feedback_incorrect="wrong",
            )
            for i, (_, expected) in enumerate(TABLE)
        ),
    )


@pytest.mark.browser
def test_the_page_reads_every_row_of_the_table_like_python(browser):
    words = interface_strings()
    page = browser.new_page()
    try:
        page.set_content(
            f"<!doctype html><meta charset=utf-8><body>{render_bank_html(table_bank())}"
            f"<script>{NUMBERS_SCRIPT.read_text(encoding='utf-8')}</script>"
            f"<script>{SCRIPT.read_text(encoding='utf-8')}</script></body>"
        )
        page.wait_for_selector(".sse-quiz.is-ready")
        shown = page.evaluate(
            """(texts) => texts.map((text, i) => {
            const item = document.querySelector(`[data-qid="r${i}"]`);
            item.querySelector("input").value = text;
            item.querySelector(".sse-quiz-check").click();
            const box = item.querySelector(".sse-quiz-feedback");
            return [box.className, box.textContent];
        })""",
            [text for text, _ in TABLE],
        )
    finally:
        page.close()
    wrong = []
    for (text, expected), (classes, feedback) in zip(TABLE, shown, strict=True):
        if isinstance(expected, str):
            ok = "is-error" in classes and feedback == words[expected]
        else:
            ok = "is-correct" in classes
        if not ok:
            wrong.append((text, expected, feedback))
    assert not wrong, f"the page reads these differently from Python: {wrong}"


def test_the_page_tells_learners_how_numbers_are_read():
    html = render_bank_html(table_bank())
    hint = interface_strings()["number_hint"]
    assert html.count(f'-hint">{hint}</p>') == len(TABLE)
    assert 'aria-describedby="numbers--r0--hint"' in html and 'id="numbers--r0--hint"' in html


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20))
def test_python_never_crashes_or_returns_a_non_finite_number(text):
    value = python_reading(text)
    assert value in ("type_number", "not_a_number", "number_ambiguous") or value == value and abs(value) < 1e61


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_grouped_numbers_read_the_same_whichever_marks_the_learner_uses(number):
    english = f"{number:,.2f}"
    expected = float(f"{number:.2f}")
    assert parse_number(english) == expected
    assert parse_number(english.replace(",", " ")) == expected
    assert parse_number(english.replace(",", "_").replace(".", ",").replace("_", ".")) == expected


def test_a_decimal_comma_is_never_read_as_thousands():
    sixty = Question("q", "numeric", "P", answer=60.0, feedback_correct="y", feedback_incorrect="n")
    assert not grade(sixty, "6,0").correct
    with pytest.raises(AnswerError, match="not_a_number"):
        grade(sixty, "6,0,0")


# Each row: text, the box's unit, what it reads as, and the page's language (English without it).
AMOUNTS = [
    (text, unit, expected, rest[0] if rest else "en")
    for text, unit, expected, *rest in json.loads(
        (Path(__file__).parent / "number_reading.json").read_text(encoding="utf-8")
    )["amounts"]
]
AMOUNT_IDS = [f"{text!r} in {unit!r} ({code})" for text, unit, _, code in AMOUNTS]


def python_amount(text: str, unit: str, code: str = "en"):
    try:
        return read_amount(text, unit, unit_words_in(code))
    except NumberError as problem:
        return str(problem)


def test_the_table_reads_units_in_other_languages_too():
    assert {code for *_, code in AMOUNTS} == {"en", "fr", "es", "pt_BR"}


@pytest.mark.parametrize("text, unit, expected, code", AMOUNTS, ids=AMOUNT_IDS)
def test_python_reads_every_amount_of_the_table(text, unit, expected, code):
    assert python_amount(text, unit, code) == expected


def test_the_exercise_checks_read_amounts_by_the_same_rule():
    """An exercise's number box (NumericTask) reads what the table says, in the task's unit, in
    the language the notebook speaks."""
    for text, unit, expected, code in AMOUNTS:
        if isinstance(expected, str):
            continue
        task = NumericTask("t", expected=expected, unit=unit, hint="h", explanation="e")
        with speaking(code):
            assert task.check(text).status == "correct", (text, unit, code)


@pytest.mark.browser
def test_the_page_reads_every_amount_of_the_table_like_python(browser):
    page = browser.new_page()
    try:
        page.set_content(
            f"<!doctype html><meta charset=utf-8><script>{NUMBERS_SCRIPT.read_text(encoding='utf-8')}</script>"
        )
        shown = page.evaluate(
            """(rows) => rows.map(([text, unit, units]) => {
            const read = window.SSENumbers.readAmount(text, unit, units);
            return read.error || read.value;
        })""",
            [[text, unit, unit_words_in(code)] for text, unit, _, code in AMOUNTS],
        )
    finally:
        page.close()
    wrong = [
        (text, unit, code, expected, got)
        for (text, unit, expected, code), got in zip(AMOUNTS, shown, strict=True)
        if got != expected
    ]
    assert not wrong, f"the page reads these amounts differently from Python: {wrong}"


MILLIONS_ANSWERS = ["166", "166 million", "166,000,000", "166 000 000", "170 millions", "162.5"]


def millions_bank() -> Bank:
    return Bank(
        "millions",
        "Millions",
        tuple(
            Question(
                f"m{i}",
                "numeric",
                "How many million?",
                answer=166.0,
                tolerance=4,
                unit="million",
                feedback_correct="right",
                feedback_incorrect="wrong",
            )
            for i in range(len(MILLIONS_ANSWERS) + 1)
        ),
    )


def test_a_quiz_box_in_millions_says_what_to_type_and_reads_it_in_python():
    """Issue 17: "in millions: type 260", and 260 million or 260,000,000 are the same answer."""
    bank = millions_bank()
    assert interface_strings()["millions_hint"] in render_bank_html(bank)
    for text in MILLIONS_ANSWERS:
        assert grade(bank.questions[0], text).correct, text
    assert not grade(bank.questions[0], "16,600,000").correct  # 16.6 million: far too few


@pytest.mark.browser
def test_a_quiz_box_in_millions_reads_the_same_on_the_page(browser):
    page = browser.new_page()
    try:
        page.set_content(
            f"<!doctype html><meta charset=utf-8><body>{render_bank_html(millions_bank())}"
            f"<script>{NUMBERS_SCRIPT.read_text(encoding='utf-8')}</script>"
            f"<script>{SCRIPT.read_text(encoding='utf-8')}</script></body>"
        )
        page.wait_for_selector(".sse-quiz.is-ready")
        shown = page.evaluate(
            """(texts) => texts.map((text, i) => {
            const item = document.querySelector(`[data-qid="m${i}"]`);
            item.querySelector("input").value = text;
            item.querySelector(".sse-quiz-check").click();
            return item.querySelector(".sse-quiz-feedback").className;
        })""",
            [*MILLIONS_ANSWERS, "16,600,000"],
        )
    finally:
        page.close()
    assert ["is-correct" in c for c in shown] == [True] * len(MILLIONS_ANSWERS) + [False]
