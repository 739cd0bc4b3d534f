"""Probe: the number boxes. Python (the Jupyter quiz and the exercise checks) and the page's
script read every row of tests/number_reading.json the same way, so a learner gets the same mark
everywhere, and a decimal comma is never silently read as a thousands separator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.quiz.bank import Bank, Question
from sse_course.quiz.grading import AnswerError, grade, parse_number
from sse_course.quiz.html import render_bank_html
from sse_course.quiz.strings import interface_strings

TABLE = json.loads((Path(__file__).parent / "number_reading.json").read_text(encoding="utf-8"))["rows"]
SCRIPT = Path(__file__).resolve().parent.parent / "sse_course" / "static" / "sse-quiz.js"


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
