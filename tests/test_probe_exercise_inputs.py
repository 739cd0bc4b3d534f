"""Probe: what a learner may type into an exercise's answer cells. Every answer is marked or gets
a message in words; none crashes, and none is silently read as another number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.exercises.answers import AnswerError, as_number
from sse_course.exercises.business_plan import BUSINESS_PLAN as PLAN
from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.readiness import READINESS

TASK = NumericTask("break even", expected=120, unit="members", hint="Divide.", explanation="120.", tolerance=0.5)


@pytest.mark.parametrize(
    "given_value",
    [10**5000, -(10**5000), "9" * 5000, "1" * 61, "x" * 5000],
    ids=["5000-digit int", "-5000-digit int", "5000 nines", "61 ones", "5000 letters"],
)
def test_a_huge_answer_gets_a_short_message(given_value):
    feedback = TASK.check(given_value)
    assert feedback.status == "invalid" and len(str(feedback)) < 300


@pytest.mark.parametrize(
    "text, expected",
    [
        ("R$ 120", 120),
        ("₹120", 120),
        ("120 rupees", 120),
        ("12.5 %", 12.5),
        ("Br 1 200", 1200),
        ("₱1,200.50", 1200.5),
        ("120,5 reais", 120.5),
        ("  $ 120  ", 120),
    ],
)
def test_units_around_a_number_are_taken_off(text, expected):
    assert as_number(text) == expected


@pytest.mark.parametrize("text", ["R$ 1 2 0", "1 2 0", "1$20", "12 0 rupees", "₹1₹2", "R$1,2,0"])
def test_a_number_broken_by_spaces_or_signs_is_not_read_as_another_number(text):
    with pytest.raises(AnswerError, match="is not a number"):
        as_number(text)


def test_an_ambiguous_comma_gets_the_question_in_words():
    # Not after a currency sign: money has two decimals, so "Br 1,500" is 1500 (quiz/numbers.py).
    with pytest.raises(AnswerError, match="Write 1500 or 1.5"):
        as_number("1,500 %")
    assert as_number("Br 1,500") == 1500


@pytest.mark.parametrize("canvas", [PLAN, READINESS], ids=["business plan", "readiness"])
@pytest.mark.parametrize("members", [1.5, "2.5", 0.999, "12,5"])
def test_members_must_be_a_whole_number_not_silently_truncated(canvas, members):
    values = canvas.blank()
    values["members"] = members
    result = canvas.check(values)
    assert any("“" in p and "is not a whole number" in p for p in result.problems), result.problems


@pytest.mark.parametrize("canvas", [PLAN, READINESS], ids=["business plan", "readiness"])
def test_whole_members_written_as_text_or_float_are_fine(canvas):
    for members in (12, 12.0, "12", " 12 "):
        values = canvas.blank()
        values["members"] = members
        assert not any("Members" in p and "whole" in p for p in canvas.check(values).problems)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(max_size=30), st.integers(), st.floats(), st.none(), st.booleans(), st.lists(st.integers(), max_size=2)
    )
)
def test_any_answer_is_marked_or_explained(answer):
    feedback = TASK.check(answer)
    assert feedback.status in ("correct", "incorrect", "invalid", "blank")
    assert len(str(feedback)) < 400


@pytest.mark.parametrize("answer", [1e265, -1e300, 1e15, "99999999999999999999999999999"])
def test_a_huge_wrong_answer_is_written_back_short(answer):
    feedback = TASK.check(answer)
    assert feedback.status == "incorrect" and len(feedback.message) < 60, feedback.message
