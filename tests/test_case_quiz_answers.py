"""The case-study quizzes' numeric answers are the models' own results, so a change to a model's
made-up defaults cannot leave a quiz marking the model's answer wrong (or a wrong one right)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sse_course.models import collective_purchase as sewa
from sse_course.models import diversified_income as patamaba
from sse_course.models import network_enterprise as atemdo
from sse_course.models import pad_enterprise as wise
from sse_course.quiz.bank import load_bank

# (bank, question id) -> what the model says, for the numbers the question's prompt gives.
MODEL_ANSWERS = {
    ("sewa-dura-sundari", "saving-for-fifteen-spools"): lambda: (
        sewa.simulate(replace(sewa.DEFAULTS, need_per_member=15)).saving_per_member
    ),
    ("sewa-dura-sundari", "break-even-after-a-pay-rise"): lambda: sewa.break_even_members(
        replace(sewa.DEFAULTS, running_costs=16_000)
    ),
    ("patamaba-wise", "worst-month-garments-stop"): lambda: (
        patamaba.simulate(patamaba.DEFAULTS, patamaba.Shock({"garments"}, 4, 3)).diversified.lowest
    ),
    ("patamaba-wise", "left-after-household-food"): lambda: patamaba.simulate().diversified.lowest_after_food,
    ("atemdo", "stall-saving-five"): lambda: (
        atemdo.DEFAULTS.stall_cost - atemdo.stall_share(atemdo.DEFAULTS.stall_cost, 5)
    ),
    ("atemdo", "order-pay-five"): lambda: atemdo.simulate(replace(atemdo.DEFAULTS, members=5)).together.order_income,
    ("wise-ethiopia", "cost-at-a-higher-rate"): lambda: wise.costing(replace(wise.DEFAULTS, hourly_rate=60)).unit_cost,
    ("wise-ethiopia", "break-even-after-rent-rise"): lambda: (
        wise.break_even(replace(wise.DEFAULTS, monthly_overheads=3600)).whole_pads
    ),
    ("wise-ethiopia", "buyer-saving-in-a-year"): lambda: wise.buyer_year(wise.BUYER_DEFAULTS).saving,
}
CASE_BANKS = ("sewa-dura-sundari", "patamaba-wise", "atemdo", "wise-ethiopia")


def question(bank_id: str, question_id: str):
    return next(q for q in load_bank(bank_id).questions if q.id == question_id)


@pytest.mark.parametrize("bank_id, question_id", sorted(MODEL_ANSWERS))
def test_numeric_answer_is_the_models_result(bank_id, question_id):
    q = question(bank_id, question_id)
    expected = MODEL_ANSWERS[bank_id, question_id]()
    assert abs(q.answer - expected) <= q.tolerance, (q.answer, expected)
    # The prompt gives the numbers the model used, and the feedback shows the result.
    assert f"{expected:,.0f}" in q.feedback_correct


@pytest.mark.parametrize("bank_id", CASE_BANKS)
def test_every_numeric_question_of_a_case_bank_is_checked_against_its_model(bank_id):
    numeric = {q.id for q in load_bank(bank_id).questions if q.type == "numeric"}
    assert numeric and numeric <= {qid for bank, qid in MODEL_ANSWERS if bank == bank_id}


@pytest.mark.parametrize("bank_id", (*CASE_BANKS, "comparing-the-cases"))
def test_the_right_option_is_not_always_in_the_same_place(bank_id):
    places = [
        next(i for i, o in enumerate(q.options) if o.correct)
        for q in load_bank(bank_id).questions
        if q.type == "single"
    ]
    assert len(set(places)) >= 2, places
