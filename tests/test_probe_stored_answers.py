"""Probe: the page's quizzes with broken data and with whatever a browser may have stored. A quiz
that cannot start is left as plain questions and never stops the quizzes after it; a stored
answer of any shape is ignored or shown, never an error that stops the quiz."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sse_course.quiz.bank import Bank, Option, Question
from sse_course.quiz.html import render_bank_html

pytestmark = pytest.mark.browser

STATIC = Path(__file__).resolve().parent.parent / "sse_course" / "static"
# The number reader the quiz uses (sse-numbers.js), then the quiz script, as the build loads them.
SCRIPT = "\n".join((STATIC / name).read_text(encoding="utf-8") for name in ("sse-numbers.js", "sse-quiz.js"))


def bank(bank_id: str) -> Bank:
    return Bank(
        bank_id,
        f"Quiz {bank_id}",
        (
            Question("s", "single", "One?", options=(Option("A", True, "yes"), Option("B", False, "no"))),
            Question(
                "m",
                "multiple",
                "Some?",
                options=(Option("A", True, "y"), Option("B", True, "y"), Option("C", False, "n")),
            ),
            Question("t", "true_false", "True?", answer=True, feedback_true="yes", feedback_false="no"),
            Question("n", "numeric", "How many?", answer=60.0, feedback_correct="yes", feedback_incorrect="no"),
        ),
    )


def broken_data(html: str, data: object) -> str:
    start = html.index('<script type="application/json" class="sse-quiz-data">') + len(
        '<script type="application/json" class="sse-quiz-data">'
    )
    return html[:start] + json.dumps(data) + html[html.index("</script>", start) :]


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


def open_quizzes(page, sections: list[str]) -> None:
    page.set_content("<!doctype html><meta charset=utf-8><body>" + "".join(sections) + "</body>")
    page.add_script_tag(content=SCRIPT)


@pytest.mark.parametrize(
    "data",
    [
        {"bank": {"id": "b", "title": "T"}, "strings": {}},  # no questions
        {"bank": {"id": "b", "title": "T", "questions": None}, "strings": {}},
        {"bank": None},
        [],
        "text",
        7,
        {"bank": {"id": "b", "questions": [{"id": "s"}]}},
    ],
)
def test_a_quiz_that_cannot_start_never_stops_the_quizzes_after_it(page, data):
    first, third = render_bank_html(bank("first")), render_bank_html(bank("third"))
    second = broken_data(render_bank_html(bank("second")), data)
    open_quizzes(page, [first, second, third])
    assert page.locator("#sse-quiz-first.is-ready").count() == 1
    assert page.locator("#sse-quiz-third.is-ready").count() == 1
    third_quiz = page.locator("#sse-quiz-third")
    third_quiz.locator('[data-qid="n"] input').fill("60")
    third_quiz.locator('[data-qid="n"] .sse-quiz-check').click()
    assert "Correct." in third_quiz.locator('[data-qid="n"] .sse-quiz-feedback').inner_text()


STORED = [
    '{"s": 9, "m": "x", "t": "yes", "n": {"a": 1}}',
    '{"s": -1, "m": [99, -5, "a", null], "t": 0, "n": null}',
    '{"s": "0", "m": {"0": true}, "t": [], "n": 1e400}',
    '{"__proto__": {"s": 0}, "constructor": 1}',
    '{"n": "' + "9" * 5000 + '"}',
    "null",
    "[]",
    '"text"',
    "{not json",
    "1",
]


def test_any_stored_answers_leave_every_quiz_working(browser, tmp_path):
    from sse_course.devtools.browser import serve

    (tmp_path / "quiz.html").write_text(
        "<!doctype html><meta charset=utf-8><body>" + render_bank_html(bank("b")) + f"<script>{SCRIPT}</script></body>",
        encoding="utf-8",
    )
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        with serve(tmp_path) as base:
            for stored in STORED:
                page.goto(f"{base}quiz.html")
                page.evaluate("(value) => localStorage.setItem('sse-quiz/v1/b', value)", stored)
                page.reload()
                page.wait_for_selector(".sse-quiz.is-ready")
                page.locator('[data-qid="n"] input').fill("60")
                page.locator('[data-qid="n"] .sse-quiz-check').click()
                assert "Correct." in page.locator('[data-qid="n"] .sse-quiz-feedback').inner_text(), stored
                page.locator('[data-qid="s"] input').first.check()
                page.locator('[data-qid="s"] .sse-quiz-check').click()
                assert "Correct." in page.locator('[data-qid="s"] .sse-quiz-feedback').inner_text(), stored
    finally:
        page.close()
    assert not errors, errors
