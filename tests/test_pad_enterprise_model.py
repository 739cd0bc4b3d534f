"""The reusable-pad enterprise model (Aster, Tadelech and Friends, illustrative Br): hand-worked
examples and properties."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sse_course.models.errors import ModelInputError
from sse_course.models.pad_enterprise import (
    BUYER_DEFAULTS,
    DEFAULT_PRICES,
    DEFAULTS,
    FIELD_LABELS,
    BuyerInputs,
    EnterpriseInputs,
    average_price,
    break_even,
    buyer_year,
    costing,
    labour_per_pad,
    month,
    month_without_ngo_orders,
    outcomes_by_price,
    surplus_at,
    variable_cost,
)

# ---- hand-worked examples ---------------------------------------------------------------------


def test_costing_by_hand():
    # 30 minutes at Br 40 an hour = Br 20 of labour; Br 3,000 / 300 pads = Br 10 of overheads.
    c = costing(DEFAULTS)
    assert (c.materials, c.labour, c.overhead_share) == (20, 20, 10)
    assert c.variable_cost == 40
    assert c.unit_cost == 50
    assert c.price_with_margin == pytest.approx(60)  # 50 × 1.2


def test_break_even_by_hand():
    # Half the pads at Br 60, half at Br 50: Br 55 on average; each pad leaves 55 − 40 = Br 15.
    assert average_price(DEFAULTS) == 55
    result = break_even(DEFAULTS)
    assert result.defined
    assert (result.price, result.variable_cost, result.overheads) == (55, 40, 3000)
    assert result.pads == 200 and result.whole_pads == 200  # 3,000 / 15
    assert "200 pads a month" in result.message
    assert surplus_at(DEFAULTS, 200) == 0
    assert surplus_at(DEFAULTS, 199) < 0


@pytest.mark.parametrize(
    "price, pads, whole",
    [
        (60, 150, 150),  # 3,000 / 20
        (70, 100, 100),  # 3,000 / 30
        (47, 3000 / 7, 429),  # 428.57… rounded up to a whole pad
        (41, 3000, 3000),  # Br 1 a pad towards the overheads
    ],
)
def test_break_even_at_a_given_price(price, pads, whole):
    result = break_even(DEFAULTS, price)
    assert result.pads == pytest.approx(pads)
    assert result.whole_pads == whole


@pytest.mark.parametrize("price", [40, 35, 0.5])
def test_no_break_even_when_price_does_not_cover_materials_and_labour(price):
    result = break_even(DEFAULTS, price)
    assert not result.defined
    assert result.pads is None and result.whole_pads is None
    assert "does not cover the materials and labour" in result.message
    assert "no break-even" in result.message


def test_break_even_without_overheads_is_zero_pads():
    result = break_even(replace(DEFAULTS, monthly_overheads=0))
    assert (result.pads, result.whole_pads) == (0, 0)


def test_month_by_hand():
    m = month(DEFAULTS)
    assert (m.community_pads, m.ngo_pads, m.pads) == (150, 150, 300)
    assert m.revenue == 16_500  # 150 × 60 + 150 × 50
    assert m.materials_cost == 6000  # 300 × 20
    assert m.labour_pay == 6000  # 300 × 20
    assert m.overheads == 3000
    assert m.surplus == 1500  # 16,500 − 6,000 − 6,000 − 3,000
    assert m.income_per_member == 1500  # (6,000 + 1,500) / 5
    assert m.hours_per_member == 30  # 300 × 30 minutes / 60 / 5
    assert m.pay_per_hour == 50


def test_month_without_ngo_orders_by_hand():
    m = month_without_ngo_orders(DEFAULTS)
    assert (m.community_pads, m.ngo_pads, m.pads) == (150, 0, 150)
    assert m.revenue == 9000
    assert m.surplus == 0  # 150 × (60 − 40) = 3,000 = the overheads
    assert m.income_per_member == 600  # (9,000 − 3,000 − 3,000) / 5
    assert m.hours_per_member == 15
    assert m.pay_per_hour == 40  # exactly the rate the members set


def test_only_ngo_sales_stopping():
    only_ngo = replace(DEFAULTS, ngo_share_percent=100)
    m = month_without_ngo_orders(only_ngo)
    assert m.pads == 0 and m.revenue == 0 and m.surplus == -3000
    assert m.pay_per_hour is None
    assert m.income_per_member == -600  # the overheads still have to be paid


def test_outcomes_by_price():
    rows = outcomes_by_price(DEFAULTS)
    assert [r.community_price for r in rows] == list(DEFAULT_PRICES)
    assert [r.break_even.whole_pads for r in rows] == [300, 200, 150]
    assert [r.month.income_per_member for r in rows] == [1200, 1500, 1800]
    assert [r.month.pay_per_hour for r in rows] == [40, 50, 60]


def test_buyer_year_by_hand():
    year = buyer_year(BUYER_DEFAULTS)
    assert year.disposable_cost == 900  # 15 × 12 × 5
    assert year.reusable_cost == 210  # 5 × 60 / 2 + 5 × 12
    assert year.saving == 690
    assert year.disposable_pads_avoided == 180  # 15 × 12
    assert year.reusable_pads_worn_out == 2.5  # 5 / 2


def test_inputs_are_normalised():
    inputs = replace(DEFAULTS, members=3.0, pads_per_month=250)
    assert inputs.members == 3 and isinstance(inputs.members, int)
    assert isinstance(inputs.pads_per_month, float)
    assert hash(inputs) and hash(BUYER_DEFAULTS)  # frozen and hashable


def test_message_is_plain_english():
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, community_price=0)
    assert str(caught.value) == "Community price must be a number greater than 0 (you gave 0)."
    assert isinstance(caught.value, ValueError)
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, ngo_share_percent=120)
    assert str(caught.value) == "NGO share must be a number from 0 to 100 (you gave 120)."
    with pytest.raises(ModelInputError) as caught:
        break_even(DEFAULTS, -5)
    assert caught.value.field == "price"


# ---- properties -------------------------------------------------------------------------------

money = st.floats(min_value=0, max_value=1000)
prices = st.floats(min_value=0.01, max_value=1000)

valid_inputs = st.builds(
    EnterpriseInputs,
    materials_per_pad=money,
    minutes_per_pad=st.floats(min_value=1, max_value=600),
    hourly_rate=st.floats(min_value=0, max_value=500),
    monthly_overheads=st.floats(min_value=0, max_value=100_000),
    pads_per_month=st.floats(min_value=0.5, max_value=10_000),
    margin_percent=st.floats(min_value=0, max_value=200),
    community_price=prices,
    ngo_price=prices,
    ngo_share_percent=st.floats(min_value=0, max_value=100),
    members=st.integers(min_value=1, max_value=200),
)

valid_buyers = st.builds(
    BuyerInputs,
    pads_per_cycle=st.floats(min_value=0, max_value=100),
    cycles_per_year=st.floats(min_value=0, max_value=24),
    disposable_price=money,
    reusable_pads=st.integers(min_value=1, max_value=50),
    reusable_price=money,
    lifetime_years=st.floats(min_value=0.1, max_value=20),
    washing_cost_per_cycle=money,
)


def key(result):
    """A break-even volume to compare: no break-even counts as more pads than any number."""
    return math.inf if result.pads is None else result.pads


@given(valid_inputs, prices, st.floats(min_value=0, max_value=1000))
def test_break_even_never_rises_when_the_price_rises(inputs, price, rise):
    lower, higher = break_even(inputs, price), break_even(inputs, price + rise)
    assert key(higher) <= key(lower)
    if lower.defined:
        assert lower.whole_pads is not None and higher.defined and higher.whole_pads is not None
        assert higher.whole_pads <= lower.whole_pads


@given(valid_inputs, st.floats(min_value=0, max_value=1000), st.floats(min_value=0, max_value=1000))
def test_break_even_never_rises_when_both_channel_prices_rise(inputs, rise_community, rise_ngo):
    dearer = replace(
        inputs, community_price=inputs.community_price + rise_community, ngo_price=inputs.ngo_price + rise_ngo
    )
    assert key(break_even(dearer)) <= key(break_even(inputs))


@given(valid_inputs, prices)
def test_break_even_is_undefined_exactly_when_price_does_not_cover_variable_cost(inputs, price):
    result = break_even(inputs, price)
    if price <= variable_cost(inputs):
        assert result.pads is None and result.whole_pads is None
        assert "no break-even" in result.message
    else:
        assert result.pads == inputs.monthly_overheads / (price - variable_cost(inputs))
        assert result.pads is not None and result.whole_pads is not None
        assert result.whole_pads >= result.pads - 1e-6
        assert "covers all its costs" in result.message


@given(valid_inputs)
def test_break_even_volume_covers_the_costs(inputs):
    result = break_even(inputs)
    assume(result.defined)
    assert result.pads is not None and result.whole_pads is not None
    assert result.whole_pads >= 0
    scale = inputs.monthly_overheads + result.pads * (average_price(inputs) + variable_cost(inputs)) + 1
    assert surplus_at(inputs, result.pads) == pytest.approx(0, abs=1e-9 * scale)
    assert surplus_at(inputs, result.whole_pads) >= -1e-9 * scale


@given(valid_inputs, st.floats(min_value=0, max_value=500))
def test_a_higher_hourly_rate_never_lowers_the_unit_cost(inputs, rise):
    dearer = replace(inputs, hourly_rate=inputs.hourly_rate + rise)
    assert costing(dearer).unit_cost >= costing(inputs).unit_cost
    assert costing(dearer).price_with_margin >= costing(inputs).price_with_margin
    assert key(break_even(dearer)) >= key(break_even(inputs))


@given(valid_inputs, st.floats(min_value=0, max_value=100_000))
def test_higher_overheads_never_lower_the_break_even(inputs, extra):
    dearer = replace(inputs, monthly_overheads=inputs.monthly_overheads + extra)
    assert key(break_even(dearer)) >= key(break_even(inputs))


@given(valid_inputs)
def test_costing_identities(inputs):
    c = costing(inputs)
    assert c.labour == labour_per_pad(inputs) >= 0
    assert c.variable_cost == c.materials + c.labour
    assert c.unit_cost == pytest.approx(c.variable_cost + inputs.monthly_overheads / inputs.pads_per_month)
    assert c.price_with_margin >= c.unit_cost >= c.variable_cost


@given(valid_inputs)
def test_selling_everything_at_the_price_with_margin_covers_all_costs(inputs):
    price = costing(inputs).price_with_margin
    assume(price > 0)
    at_cost_plus = month(replace(inputs, community_price=price, ngo_price=price))
    assert at_cost_plus.surplus >= -1e-9 * (at_cost_plus.revenue + inputs.monthly_overheads + 1)


@given(valid_inputs)
def test_month_identities(inputs):
    m = month(inputs)
    tolerance = 1e-9 * (m.revenue + m.materials_cost + m.labour_pay + m.overheads + 1)
    assert m.pads == pytest.approx(inputs.pads_per_month)
    assert m.ngo_pads == pytest.approx(inputs.pads_per_month * inputs.ngo_share_percent / 100)
    assert m.revenue == pytest.approx(
        m.community_pads * inputs.community_price + m.ngo_pads * inputs.ngo_price, abs=tolerance
    )
    assert m.surplus == pytest.approx(m.revenue - m.materials_cost - m.labour_pay - m.overheads, abs=tolerance)
    assert m.income_per_member * inputs.members == pytest.approx(m.labour_pay + m.surplus, abs=tolerance)
    assert m.surplus == pytest.approx(surplus_at(inputs, inputs.pads_per_month), abs=tolerance)
    # The members earn their hourly rate or more exactly when the month has no loss.
    if m.pay_per_hour is not None and abs(m.surplus) > tolerance:
        assert (m.pay_per_hour > inputs.hourly_rate) == (m.surplus > 0)


@given(valid_inputs)
def test_losing_the_ngo_orders_never_raises_sales_or_income(inputs):
    now, without = month(inputs), month_without_ngo_orders(inputs)
    assert without.ngo_pads == 0 and without.community_pads == now.community_pads
    assert without.revenue <= now.revenue
    assert without.overheads == now.overheads
    if inputs.ngo_price >= inputs.materials_per_pad:  # an NGO pad at least pays for its materials
        assert without.income_per_member <= now.income_per_member + 1e-9 * (now.revenue + 1)


@given(valid_buyers)
def test_waste_avoided_is_never_negative(buyer):
    year = buyer_year(buyer)
    assert year.disposable_pads_avoided >= 0
    assert year.reusable_pads_worn_out > 0
    assert year.disposable_cost >= 0 and year.reusable_cost >= 0
    assert year.saving == year.disposable_cost - year.reusable_cost


@given(valid_buyers, st.floats(min_value=0, max_value=20))
def test_a_longer_life_never_makes_reusable_pads_dearer(buyer, extra):
    longer = replace(buyer, lifetime_years=buyer.lifetime_years + extra)
    assert buyer_year(longer).reusable_cost <= buyer_year(buyer).reusable_cost


not_finite = st.sampled_from([math.nan, math.inf, -math.inf])
wrong_type = st.sampled_from([True, False, None, "ten", "10", [10]])
not_whole = st.floats(min_value=0.01, max_value=1e6).filter(lambda v: not v.is_integer())

ENTERPRISE_BAD = {
    "materials_per_pad": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "minutes_per_pad": st.one_of(st.floats(max_value=0.999), not_finite, wrong_type),
    "hourly_rate": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "monthly_overheads": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "pads_per_month": st.one_of(st.floats(max_value=0), not_finite, wrong_type),
    "margin_percent": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "community_price": st.one_of(st.floats(max_value=0), not_finite, wrong_type),
    "ngo_price": st.one_of(st.floats(max_value=0), not_finite, wrong_type),
    "ngo_share_percent": st.one_of(st.floats(max_value=-1e-9), st.floats(min_value=100.001), not_finite, wrong_type),
    "members": st.one_of(st.integers(max_value=0), not_finite, not_whole, wrong_type),
}
BUYER_BAD = {
    "pads_per_cycle": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "cycles_per_year": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "disposable_price": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "reusable_pads": st.one_of(st.integers(max_value=0), not_finite, not_whole, wrong_type),
    "reusable_price": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
    "lifetime_years": st.one_of(st.floats(max_value=0.0999), not_finite, wrong_type),
    "washing_cost_per_cycle": st.one_of(st.floats(max_value=-1e-9), not_finite, wrong_type),
}


def cases(bad):
    return st.sampled_from(sorted(bad)).flatmap(lambda f: st.tuples(st.just(f), bad[f]))


@given(cases(ENTERPRISE_BAD))
def test_impossible_enterprise_inputs_raise_a_message_naming_the_field(case):
    field, value = case
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, **{field: value})
    assert caught.value.field == field
    assert FIELD_LABELS[field] in str(caught.value)


@given(cases(BUYER_BAD))
def test_impossible_buyer_inputs_raise_a_message_naming_the_field(case):
    field, value = case
    with pytest.raises(ModelInputError) as caught:
        replace(BUYER_DEFAULTS, **{field: value})
    assert caught.value.field == field
    assert FIELD_LABELS[field] in str(caught.value)


@given(st.one_of(st.floats(max_value=0), not_finite, wrong_type.filter(lambda v: v is not None)))
def test_an_impossible_price_for_break_even_names_the_price(price):
    with pytest.raises(ModelInputError) as caught:
        break_even(DEFAULTS, price)
    assert caught.value.field == "price"
    assert "Price" in str(caught.value)


def test_every_field_has_a_label_and_a_bad_value():
    from dataclasses import fields

    assert {f.name for f in fields(EnterpriseInputs)} == set(ENTERPRISE_BAD)
    assert {f.name for f in fields(BuyerInputs)} == set(BUYER_BAD)
    assert set(ENTERPRISE_BAD) | set(BUYER_BAD) | {"price"} == set(FIELD_LABELS)
