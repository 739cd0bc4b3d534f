"""Marking answers, the static HTML and the live widget: what a learner sees in each place."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sse_course.quiz import Quiz
from sse_course.quiz.bank import Bank, Option, Question, list_banks, load_bank
from sse_course.quiz.grading import AnswerError, grade, parse_number
from sse_course.quiz.html import render_bank_html
from sse_course.quiz.strings import interface_strings

SINGLE = Question(
    id="s",
    type="single",
    prompt="Pick",
    options=(Option("Right", True, "Because right."), Option("Wrong", False, "Because wrong.")),
)
MULTI = Question(
    id="m",
    type="multiple",
    prompt="Pick all",
    options=(Option("A", True, "A is in."), Option("B", True, "B is in."), Option("C", False, "C is out.")),
)
TF = Question(
    id="t",
    type="true_false",
    prompt="Sky is green",
    answer=False,
    feedback_true="No, it is not.",
    feedback_false="Right, it is not.",
)
NUM = Question(
    id="n",
    type="numeric",
    prompt="How much?",
    answer=60.0,
    tolerance=0.5,
    unit="rupees",
    feedback_correct="Yes, 60.",
    feedback_incorrect="Multiply 6 by 10.",
)
BANK = Bank(id="demo", title="Demo <quiz>", questions=(SINGLE, MULTI, TF, NUM))


def test_single_choice_gives_the_chosen_options_feedback():
    assert grade(SINGLE, 0).correct and grade(SINGLE, 0).feedback == ("Because right.",)
    assert not grade(SINGLE, 1).correct and grade(SINGLE, 1).feedback == ("Because wrong.",)


def test_multiple_select_needs_exactly_the_correct_set_and_explains_missed_options():
    assert grade(MULTI, {0, 1}).correct
    partial = grade(MULTI, {0})
    assert not partial.correct
    # Each option the learner ticked or missed, said as such (issue 17).
    assert [f.split(" \u2014 ")[0] for f in partial.feedback] == [
        "You ticked this: \u201cA\u201d",
        "You missed this: \u201cB\u201d",
    ]
    assert not grade(MULTI, {0, 1, 2}).correct


def test_true_false_and_numeric_with_tolerance_and_typed_text():
    assert grade(TF, False).correct and not grade(TF, True).correct
    assert grade(TF, True).feedback == ("No, it is not.",)
    assert grade(NUM, "60.4").correct and grade(NUM, " 1,000.0 ").correct is False
    # Money has two decimals, so 1,000 rupees is a thousand; with no unit it could be one (quiz/numbers.py).
    assert grade(NUM, " 1,000 ").correct is False and grade(NUM, "₹60").correct
    with pytest.raises(AnswerError, match="number_ambiguous"):  # one thousand, or one?
        grade(dataclasses.replace(NUM, unit=None), " 1,000 ")
    assert not grade(NUM, 61).correct and grade(NUM, 61).feedback == ("Multiply 6 by 10.",)


@pytest.mark.parametrize(
    "question, response, key",
    [
        (SINGLE, None, "choose_one"),
        (MULTI, set(), "choose_some"),
        (TF, None, "choose_one"),
        (NUM, "", "type_number"),
        (NUM, "sixty", "not_a_number"),
        (NUM, "nan", "not_a_number"),
    ],
)
def test_empty_or_unreadable_answers_ask_politely_instead_of_crashing(question, response, key):
    with pytest.raises(AnswerError) as problem:
        grade(question, response)
    assert str(problem.value) == key and key in interface_strings()


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9))
def test_numbers_typed_with_thousands_commas_read_the_same(value):
    assert parse_number(f"{value:,.2f}") == pytest.approx(float(f"{value:.2f}"))
    if abs(value) >= 1000:  # a comma and a point: which is the decimal mark is clear
        assert parse_number(f"{value:,.3f}") == pytest.approx(float(f"{value:.3f}"))


@pytest.mark.parametrize("typed", ["1.500", "12.500", "-999.125", "1,500"])
def test_one_mark_before_three_digits_is_asked_about_not_guessed(typed):
    """1.500 is one and a half in English and fifteen hundred in Brazil and Latin America."""
    with pytest.raises(AnswerError, match="number_ambiguous"):
        parse_number(typed)


def test_static_html_is_an_accessible_form_with_escaped_text_and_safe_data():
    html = render_bank_html(BANK)
    assert html.count("<fieldset>") == 4 and html.count("<legend>") == 4
    assert 'role="status" aria-live="polite"' in html
    assert "Demo &lt;quiz&gt;" in html and "Demo <quiz>" not in html
    data = re.search(r'<script type="application/json" class="sse-quiz-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in data  # nothing in the data can close the script element
    payload = json.loads(data)
    assert payload["bank"]["title"] == "Demo <quiz>"
    assert payload["strings"]["score"] == interface_strings()["score"]
    assert "saved_note" not in payload["strings"], "words written in the HTML are not sent twice"
    assert all("prompt" not in question for question in payload["bank"]["questions"])
    assert len(re.findall(r'type="radio" name="demo--s"', html)) == 2
    assert len(re.findall(r'type="checkbox" name="demo--m"', html)) == 3
    assert 'inputmode="decimal"' in html and "rupees" in html


def test_one_quiz_object_carries_the_widget_for_jupyter_and_html_for_the_book():
    bundle = Quiz(BANK)._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert 'class="sse-quiz"' in bundle["text/html"]
    assert bundle["text/plain"] == "Quiz: Demo <quiz> (4 questions)"


def test_the_widget_checks_answers_keeps_score_and_starts_again():
    widget = Quiz(BANK).widget
    single, multi, tf, num = widget.questions
    single.check()
    assert "Choose an answer first." in single.feedback.value and widget.results == {}
    single.control.index = 0
    single.check()
    assert "Correct." in single.feedback.value and "Because right." in single.feedback.value
    multi.control.children[2].value = True
    multi.check()
    assert "Not quite." in multi.feedback.value
    tf.control.index = 1  # "False"
    tf.check()
    num.control.value = "sixty"
    num.check()
    assert "Please type a number" in num.feedback.value
    num.control.value = "60"
    num.check()
    assert "Score: 3 of 4 correct." in widget.score.value
    widget.reset()
    assert widget.results == {} and single.control.index is None and num.control.value == ""
    assert "cleared" in widget.score.value


def test_widget_escapes_quiz_text():
    evil = Bank(id="x", title="<img src=x onerror=alert(1)>", questions=(SINGLE,))
    widget = Quiz(evil).widget
    assert "<img" not in widget.children[0].value


@pytest.mark.parametrize("bank_id", list_banks())
def test_every_course_quiz_marks_its_right_answers_correct_in_jupyter(bank_id):
    """The course's banks work in the Jupyter widget too (the book's quizzes are tested in Chromium)."""
    bank = load_bank(bank_id)
    widget = Quiz(bank_id).widget
    for question, item in zip(bank.questions, widget.questions, strict=True):
        # As a learner would: by the options' words, wherever the shuffle put them (quiz/order.py).
        right = [o.text for o in question.options if o.correct]
        if question.type == "single":
            item.control.index = list(item.control.options).index(right[0])
        elif question.type == "multiple":
            for box in item.control.children:
                box.value = box.description in right
        elif question.type == "true_false":
            item.control.index = 0 if question.answer else 1
        elif question.type == "matching":  # by each item's words, in its drop-down
            for match, dropdown in zip(question.items, item.dropdowns, strict=True):
                dropdown.label = match.answer
        else:
            item.control.value = f"{question.answer:g}"
        item.check()
        assert "Correct." in item.feedback.value, f"{bank_id}: {question.id}"
    total = len(bank.questions)
    assert f"Score: {total} of {total} correct." in widget.score.value


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 10**400, "1e400"])
def test_numbers_that_are_not_usable_ask_again_instead_of_crashing(value):
    with pytest.raises(AnswerError):
        parse_number(value)


def test_the_page_data_holds_every_word_the_quiz_scripts_read():
    """The page's data carries only SCRIPT_STRINGS: each word the scripts look up must be in it."""
    from sse_course.quiz.html import SCRIPT_STRINGS

    static = Path(__file__).resolve().parents[1] / "sse_course" / "static"
    scripts = (static / "sse-quiz.js").read_text(encoding="utf-8") + (static / "sse-numbers.js").read_text(
        encoding="utf-8"
    )
    looked_up = set(re.findall(r"\bwords\.(\w+)", scripts)) | set(re.findall(r'error: "(\w+)"', scripts))
    looked_up |= set(re.findall(r'words\[[^\]]*?"(\w+)"', scripts))
    looked_up |= {name for pair in re.findall(r'"(\w+)" : "(\w+)"', scripts) for name in pair}
    assert looked_up, "no word found in the scripts: the pattern is out of date"
    known = set(interface_strings())
    assert looked_up & known <= set(SCRIPT_STRINGS), sorted((looked_up & known) - set(SCRIPT_STRINGS))
    assert set(SCRIPT_STRINGS) <= known
