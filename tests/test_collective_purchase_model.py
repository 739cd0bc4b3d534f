"""The collective-purchase model (Dura Sundari, illustrative ₹): hand-worked examples and properties."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sse_course.models.collective_purchase import (
    DEFAULT_SIZES,
    DEFAULTS,
    FIELD_LABELS,
    PurchaseInputs,
    break_even_members,
    outcomes_by_size,
    simulate,
)
from sse_course.models.errors import ModelInputError

# ---- hand-worked examples ---------------------------------------------------------------------


def test_defaults_by_hand():
    # 400 members × 10 units = 4,000 units: the ₹40 tier. Revenue 44 × 4,000, cost 40 × 4,000.
    outcome = simulate(DEFAULTS)
    assert outcome.members == 400
    assert outcome.total_units == 4000
    assert outcome.bulk_unit_price == 40
    assert outcome.saving_per_member == 60  # (50 − 44) × 10
    assert outcome.revenue == 176_000
    assert outcome.purchase_cost == 160_000
    assert outcome.surplus == 1000  # 176,000 − 160,000 − 15,000
    assert outcome.covers_costs


def test_default_break_even_is_375():
    # Below 100 members the wholesale price (₹45) is above the member price (₹44): always a loss.
    # From 100 members (1,000 units) the margin is ₹4 a unit = ₹40 a member: 15,000 / 40 = 375 members.
    assert break_even_members(DEFAULTS) == 375
    assert not simulate(replace(DEFAULTS, members=374)).covers_costs
    assert simulate(replace(DEFAULTS, members=375)).surplus == 0


@pytest.mark.parametrize(
    "members, units, price, surplus",
    [
        (1, 10, 45, 440 - 450 - 15_000),
        (25, 250, 45, 11_000 - 11_250 - 15_000),  # loss ₹15,250
        (99, 990, 45, -990 - 15_000),  # the last member before the first discount
        (100, 1000, 40, 4000 - 15_000),  # exactly 1,000 units: the ₹40 tier applies
        (499, 4990, 40, 19_960 - 15_000),
        (500, 5000, 36, 40_000 - 15_000),  # exactly 5,000 units: the ₹36 tier applies
        (600, 6000, 36, 48_000 - 15_000),
    ],
)
def test_outcomes_by_hand(members, units, price, surplus):
    outcome = simulate(replace(DEFAULTS, members=members))
    assert (outcome.total_units, outcome.bulk_unit_price, outcome.surplus) == (units, price, surplus)
    assert outcome.covers_costs == (surplus >= 0)


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"running_costs": 0}, 100),  # any member in the ₹40 tier earns a margin
        ({"running_costs": 20_000}, 500),  # ₹40 tier would need 500 members, but 500 is already the ₹36 tier
        ({"running_costs": 48_000}, 600),  # ₹36 tier: margin ₹8 × 10 = ₹80 a member; 48,000 / 80 = 600
        ({"member_price": 46}, 250),  # ₹45 tier needs 1,500 (> 99); ₹40 tier: 15,000 / 60 = 250
        ({"member_price": 40}, 500),  # no margin in the ₹40 tier; ₹36 tier: 375 members, but from 500
        ({"member_price": 30}, None),  # below every wholesale price: never covers costs
        ({"need_per_member": 4, "running_costs": 1000}, 250),  # 1,000 units at 250 members; 250 × 16 = 4,000 ≥ 1,000
    ],
)
def test_break_even_by_hand(changes, expected):
    assert break_even_members(replace(DEFAULTS, **changes)) == expected


def test_break_even_respects_max_members():
    assert break_even_members(DEFAULTS, max_members=374) is None
    assert break_even_members(DEFAULTS, max_members=375) == 375
    with pytest.raises(ModelInputError):
        break_even_members(DEFAULTS, max_members=0)


def test_outcomes_by_size():
    outcomes = outcomes_by_size(DEFAULTS)
    assert [o.members for o in outcomes] == list(DEFAULT_SIZES)
    assert [o.surplus for o in outcomes] == [-11_000, -7000, -3000, 0, 1000, 25_000]
    assert outcomes_by_size(DEFAULTS, [7])[0] == simulate(replace(DEFAULTS, members=7))


def test_inputs_are_normalised():
    inputs = replace(DEFAULTS, members=3.0, bulk_tiers=[[0, 45], [500, 40]])
    assert inputs.members == 3 and isinstance(inputs.members, int)
    assert inputs.bulk_tiers == ((0.0, 45.0), (500.0, 40.0))
    assert hash(inputs)  # frozen and hashable


def test_message_is_plain_english():
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, members=-3)
    assert str(caught.value) == "Members must be a whole number of at least 1 (you gave -3)."
    assert isinstance(caught.value, ValueError)


# ---- properties -------------------------------------------------------------------------------

prices = st.floats(min_value=0.5, max_value=200, allow_nan=False)


@st.composite
def tiers(draw):
    lows = draw(st.lists(st.floats(min_value=1, max_value=20_000), max_size=3, unique=True))
    lows = [0.0] + sorted(lows)
    return tuple((low, draw(prices)) for low in lows)


valid_inputs = st.builds(
    PurchaseInputs,
    members=st.integers(min_value=1, max_value=2000),
    need_per_member=st.floats(min_value=0.1, max_value=100),
    retail_price=prices,
    member_price=prices,
    bulk_tiers=tiers(),
    running_costs=st.floats(min_value=0, max_value=50_000),
)


@given(valid_inputs)
def test_outcome_identities(inputs):
    outcome = simulate(inputs)
    assert outcome.total_units == inputs.members * inputs.need_per_member
    assert outcome.saving_per_member == (inputs.retail_price - inputs.member_price) * inputs.need_per_member
    assert outcome.surplus == pytest.approx(
        outcome.revenue - outcome.purchase_cost - inputs.running_costs, rel=1e-9, abs=1e-6
    )
    assert outcome.covers_costs == (outcome.surplus >= 0)
    eligible = [price for low, price in inputs.bulk_tiers if low <= outcome.total_units]
    assert outcome.bulk_unit_price == eligible[-1]


@given(valid_inputs)
def test_break_even_is_the_smallest_membership_that_covers_costs(inputs):
    n = break_even_members(inputs)
    if n is not None:
        assert 1 <= n <= 100_000
        assert simulate(replace(inputs, members=n)).covers_costs
        if n > 1:
            assert not simulate(replace(inputs, members=n - 1)).covers_costs


@settings(max_examples=50)
@given(valid_inputs)
def test_break_even_matches_a_plain_scan(inputs):
    limit = 400
    scan = next((n for n in range(1, limit + 1) if simulate(replace(inputs, members=n)).covers_costs), None)
    assert break_even_members(inputs, max_members=limit) == scan


@given(valid_inputs, st.floats(min_value=0, max_value=50_000))
def test_higher_running_costs_never_lower_break_even(inputs, extra):
    def key(n):
        return math.inf if n is None else n

    dearer = replace(inputs, running_costs=inputs.running_costs + extra)
    assert key(break_even_members(dearer)) >= key(break_even_members(inputs))


not_finite = st.sampled_from([math.nan, math.inf, -math.inf])
BAD_VALUES = {
    "members": st.one_of(
        st.integers(max_value=0),
        not_finite,
        st.just(True),
        st.just("ten"),
        st.floats(min_value=0.01, max_value=1e6).filter(lambda v: not v.is_integer()),
    ),
    "need_per_member": st.one_of(st.floats(max_value=0), not_finite, st.just(True), st.just("10")),
    "retail_price": st.one_of(st.floats(max_value=0), not_finite, st.just(False), st.just(None)),
    "member_price": st.one_of(st.floats(max_value=0), not_finite, st.just(True)),
    "running_costs": st.one_of(st.floats(max_value=-1e-9), not_finite, st.just(True)),
    "bulk_tiers": st.one_of(
        st.just(()),  # empty
        st.just(((500, 40), (2000, 36))),  # first tier not at 0
        st.just(((0, 45), (2000, 36), (500, 40))),  # unordered
        st.just(((0, 45), (500, 40), (500, 36))),  # not strictly increasing
        st.floats(max_value=0).map(lambda p: ((0, 45), (500, p))),  # price not above 0
        not_finite.map(lambda v: ((0, 45), (v, 40))),  # NaN or infinite minimum
        st.just(((0, 45, 1),)),
        st.just("cheap"),
        st.just(12),
    ),
}


@given(st.sampled_from(sorted(BAD_VALUES)).flatmap(lambda f: st.tuples(st.just(f), BAD_VALUES[f])))
def test_invalid_inputs_raise_a_message_naming_the_field(case):
    field, value = case
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, **{field: value})
    assert caught.value.field == field
    assert FIELD_LABELS[field] in str(caught.value)
