"""The network-enterprise model (ATEMDO, illustrative R$): hand-worked examples and properties."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sse_course.models.errors import ModelInputError
from sse_course.models.network_enterprise import (
    DEFAULT_SIZES,
    DEFAULTS,
    FIELD_LABELS,
    FUND_DEFAULTS,
    MECHANISMS,
    FundInputs,
    NetworkInputs,
    can_take_order,
    members_needed,
    orders_filled,
    outcomes_by_size,
    pooled_capacity,
    revolving_fund,
    simulate,
    stall_share,
    unit_price,
)

# ---- hand-worked examples ---------------------------------------------------------------------


def test_defaults_by_hand():
    outcome = simulate(DEFAULTS)
    # Alone: R$1,000 of sales; 20 units × R$15 = R$300 of material; her own stall R$150.
    assert (outcome.alone.sales, outcome.alone.costs, outcome.alone.net_income) == (1000, 450, 550)
    # Together: 10 × 20 = 200 units ≥ 100, so 20 % off: R$12 a unit, R$240. Capacity 10 × 25 = 250
    # pieces: 2 orders of 100 pieces × R$4 = R$800, R$80 each. The stall: R$150 / 10 = R$15.
    assert outcome.group_units == 200 and outcome.price_together == 12 and outcome.price_alone == 15
    assert outcome.pooled_capacity == 250 and outcome.orders_together == 2 and outcome.orders_alone == 0
    assert outcome.members_for_an_order == 4 and outcome.members_for_bulk_price == 5
    assert (outcome.together.sales, outcome.together.costs, outcome.together.net_income) == (1080, 255, 825)
    assert outcome.gains == {"Buying together": 60, "Producing together": 80, "Selling together": 135}
    assert outcome.gain == 275
    assert list(outcome.gains) == list(MECHANISMS)


@pytest.mark.parametrize(
    "members, net, buying, producing, selling",
    [
        (1, 550, 0, 0, 0),  # a group of one is the same as working alone
        (2, 625, 0, 0, 75),  # 40 units: no bulk price; 50 pieces: no order; stall R$75 each
        (4, 762.5, 0, 100, 112.5),  # 80 units: still no bulk price; 100 pieces: 1 order, R$400 / 4
        (5, 810, 60, 80, 120),  # 100 units: exactly the bulk minimum; 125 pieces: 1 order, R$400 / 5
        (8, 841.25, 60, 100, 131.25),  # 200 pieces: 2 orders, R$800 / 8
        (20, 852.5, 60, 100, 142.5),  # 500 pieces: 5 orders, R$2,000 / 20
        (25, 850, 60, 96, 144),  # 625 pieces: 6 orders, R$2,400 / 25; more members, less each
    ],
)
def test_group_sizes_by_hand(members, net, buying, producing, selling):
    outcome = simulate(replace(DEFAULTS, members=members))
    assert outcome.together.net_income == net
    assert outcome.gains == {"Buying together": buying, "Producing together": producing, "Selling together": selling}


def test_outcomes_by_size():
    outcomes = outcomes_by_size(DEFAULTS)
    assert [o.members for o in outcomes] == list(DEFAULT_SIZES)
    assert [o.together.net_income for o in outcomes] == [550, 625, 810, 825, 850]
    assert outcomes_by_size(DEFAULTS, [7])[0] == simulate(replace(DEFAULTS, members=7))


def test_unit_price_reuses_the_bulk_tiers():
    assert unit_price(DEFAULTS, 1) == 15 and unit_price(DEFAULTS, 4) == 15
    assert unit_price(DEFAULTS, 5) == 12 and unit_price(DEFAULTS, 500) == 12
    assert unit_price(replace(DEFAULTS, material_need=150), 1) == 12  # a big buyer gets it alone
    assert unit_price(replace(DEFAULTS, bulk_discount=0), 10) == 15


def test_a_member_who_can_fill_an_order_alone():
    outcome = simulate(replace(DEFAULTS, capacity=250))
    assert outcome.orders_alone == 2 and outcome.alone.order_income == 800
    assert outcome.orders_together == 25 and outcome.together.order_income == 1000  # 2,500 pieces
    assert outcome.members_for_an_order == 1


def test_helpers_by_hand():
    assert pooled_capacity([25, 40, 10]) == 75
    assert orders_filled(100, [25, 25, 25]) == 0 and orders_filled(100, [25] * 4) == 1
    assert orders_filled(100, [60, 60, 85]) == 2
    assert not can_take_order(100, [99]) and can_take_order(100, [50, 50])
    assert members_needed(100, 25) == 4 and members_needed(100, 30) == 4 and members_needed(100, 100) == 1
    assert members_needed(1, 0.3) == 4
    assert stall_share(150, 1) == 150 and stall_share(150, 10) == 15 and stall_share(0, 3) == 0


def test_inputs_are_normalised():
    inputs = replace(DEFAULTS, members=3.0, order_size=50.0)
    assert inputs.members == 3 and isinstance(inputs.members, int)
    assert inputs.order_size == 50 and isinstance(inputs.order_size, int)
    assert inputs.bulk_price == 12
    assert hash(inputs)  # frozen and hashable


def test_message_is_plain_english():
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, bulk_discount=100)
    assert str(caught.value) == "Bulk discount must be a number at least 0 and less than 100 (you gave 100)."
    assert caught.value.field == "bulk_discount"


def test_fund_defaults_by_hand():
    # 10 members pay R$10: R$100 a month. Month 3 has R$300: the first loan. Each loan is repaid
    # at R$50 a month from the next month, so the fund lends faster as repayments come in.
    fund = revolving_fund(FUND_DEFAULTS)
    assert fund.loans_by_month == (0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1)
    assert fund.members_served == 8 and fund.first_loan_month == 3
    assert fund.balances[:4] == (100, 200, 0, 150)  # month 4: 0 + 100 paid in + 50 repaid
    assert fund.paid_in == 1200
    assert fund.balances[-1] + fund.outstanding == fund.paid_in


def test_fund_edge_cases():
    never = revolving_fund(replace(FUND_DEFAULTS, contribution=0))
    assert never.members_served == 0 and never.first_loan_month is None and never.balances[-1] == 0
    rich = revolving_fund(replace(FUND_DEFAULTS, contribution=300))
    assert rich.loans_by_month[0] == 10 and rich.members_served == 10  # everyone borrows in month 1
    one_month = revolving_fund(replace(FUND_DEFAULTS, months=1, contribution=30))
    assert one_month.loans_by_month == (1,) and one_month.repaid == 0 and one_month.outstanding == 300


# ---- properties -------------------------------------------------------------------------------

money = st.floats(min_value=0, max_value=10_000)
positive = st.floats(min_value=0.01, max_value=10_000)

valid_inputs = st.builds(
    NetworkInputs,
    members=st.integers(min_value=1, max_value=500),
    own_sales=money,
    material_need=st.floats(min_value=0.1, max_value=1000),
    retail_price=positive,
    bulk_discount=st.floats(min_value=0, max_value=99.9),
    bulk_minimum=st.floats(min_value=0.1, max_value=100_000),
    capacity=st.floats(min_value=0.1, max_value=1000),
    order_size=st.integers(min_value=1, max_value=10_000),
    order_margin=st.floats(min_value=0, max_value=1000),
    stall_cost=money,
)
capacities = st.lists(st.floats(min_value=0, max_value=10_000), min_size=1, max_size=30)


@given(valid_inputs)
def test_buying_together_never_costs_more(inputs):
    # The bulk price is never above the shop price, so the saving is never negative.
    assert inputs.bulk_price <= inputs.retail_price
    outcome = simulate(inputs)
    assert outcome.price_together <= outcome.price_alone <= inputs.retail_price
    assert outcome.gains["Buying together"] >= 0
    if outcome.group_units >= inputs.bulk_minimum:
        assert outcome.price_together == inputs.bulk_price


@given(valid_inputs)
def test_identities_and_no_mechanism_makes_a_member_worse_off(inputs):
    outcome = simulate(inputs)
    for account in (outcome.alone, outcome.together):
        assert account.net_income == pytest.approx(account.sales - account.costs)
        assert account.own_sales == inputs.own_sales
    assert all(gain >= -1e-9 for gain in outcome.gains.values())
    assert outcome.gain == pytest.approx(sum(outcome.gains.values()), rel=1e-9, abs=1e-6)
    assert outcome.together.order_income <= inputs.capacity * inputs.order_margin * (1 + 1e-12)


@given(valid_inputs)
def test_the_bulk_price_needs_exactly_the_smallest_group_it_names(inputs):
    outcome = simulate(inputs)
    n = outcome.members_for_bulk_price
    assert (inputs.members >= n) == (outcome.group_units >= inputs.bulk_minimum)
    assert n * inputs.material_need >= inputs.bulk_minimum
    assert n == 1 or (n - 1) * inputs.material_need < inputs.bulk_minimum


@given(valid_inputs)
def test_a_group_of_one_is_working_alone(inputs):
    outcome = simulate(replace(inputs, members=1))
    assert outcome.together == outcome.alone and outcome.gain == 0


@given(capacities)
def test_pooled_capacity_is_at_least_the_largest_members(caps):
    assert pooled_capacity(caps) >= max(caps)


@given(capacities, st.integers(min_value=1, max_value=20_000))
def test_an_order_one_member_can_fill_the_group_can_fill(caps, order_size):
    if any(c >= order_size for c in caps):
        assert can_take_order(order_size, caps)
    count = orders_filled(order_size, caps)
    assert count * order_size <= pooled_capacity(caps) < (count + 1) * order_size
    assert count >= sum(orders_filled(order_size, [c]) for c in caps)  # pooling never loses an order


@given(st.integers(min_value=1, max_value=20_000), st.floats(min_value=0.5, max_value=10_000))
def test_members_needed_is_the_smallest_group_that_can_fill_an_order(order_size, capacity):
    n = members_needed(order_size, capacity)
    assert can_take_order(order_size, [capacity] * n)
    if n > 1:
        assert not can_take_order(order_size, [capacity] * (n - 1))


@given(money, st.integers(min_value=1, max_value=10_000), st.integers(min_value=1, max_value=10_000))
def test_more_members_never_raise_each_ones_stall_share(cost, fewer, more):
    assume(fewer <= more)
    assert stall_share(cost, more) <= stall_share(cost, fewer) <= cost


@given(valid_inputs, st.integers(min_value=1, max_value=500))
def test_more_members_never_raise_stall_or_material_costs(inputs, extra):
    small, big = simulate(inputs), simulate(replace(inputs, members=inputs.members + extra))
    assert big.together.stall <= small.together.stall
    assert big.together.materials <= small.together.materials


fund_inputs = st.builds(
    FundInputs,
    members=st.integers(min_value=1, max_value=200),
    contribution=st.floats(min_value=0, max_value=1000),
    loan_size=st.floats(min_value=1, max_value=10_000),
    repay_months=st.integers(min_value=1, max_value=24),
    months=st.integers(min_value=1, max_value=36),
)


@given(fund_inputs)
def test_the_fund_never_lends_what_it_does_not_have(fund_in):
    fund = revolving_fund(fund_in)
    assert len(fund.loans_by_month) == len(fund.balances) == fund_in.months
    assert all(balance >= 0 for balance in fund.balances)
    assert 0 <= fund.members_served <= fund_in.members
    assert fund.balances[-1] + fund.outstanding == pytest.approx(fund.paid_in, rel=1e-9, abs=1e-6)
    assert fund.paid_in == pytest.approx(fund_in.members * fund_in.contribution * fund_in.months)
    assert 0 <= fund.outstanding <= fund.members_served * fund_in.loan_size + 1e-6
    if fund.paid_in < fund_in.loan_size:
        assert fund.members_served == 0


@given(fund_inputs)
def test_the_fund_lends_as_soon_as_it_can(fund_in):
    # Every month that ends with more money than a loan has no one left waiting. (Strictly more:
    # the fund counts exactly, and a balance a hair below a loan may round up to it as a float.)
    fund = revolving_fund(fund_in)
    for month, balance in enumerate(fund.balances, 1):
        if balance > fund_in.loan_size:
            assert sum(fund.loans_by_month[:month]) == fund_in.members


# ---- impossible inputs ------------------------------------------------------------------------

not_finite = st.sampled_from([math.nan, math.inf, -math.inf])
not_numbers = st.sampled_from([True, False, None, "ten", [1]])


def below(value):
    return st.floats(max_value=value, exclude_max=True)


def at_most(value):
    return st.floats(max_value=value)


def not_whole(minimum):
    return st.one_of(
        st.integers(max_value=minimum - 1),
        not_finite,
        not_numbers,
        st.floats(min_value=0.01, max_value=1e6).filter(lambda v: not v.is_integer()),
    )


BAD_NETWORK = {
    "members": not_whole(1),
    "own_sales": st.one_of(below(0), not_finite, not_numbers),
    "material_need": st.one_of(at_most(0), not_finite, not_numbers),
    "retail_price": st.one_of(at_most(0), not_finite, not_numbers),
    "bulk_discount": st.one_of(below(0), st.floats(min_value=100), not_finite, not_numbers),
    "bulk_minimum": st.one_of(at_most(0), not_finite, not_numbers),
    "capacity": st.one_of(at_most(0), not_finite, not_numbers),
    "order_size": not_whole(1),
    "order_margin": st.one_of(below(0), not_finite, not_numbers),
    "stall_cost": st.one_of(below(0), not_finite, not_numbers),
}
BAD_FUND = {
    "members": not_whole(1),
    "contribution": st.one_of(below(0), not_finite, not_numbers),
    "loan_size": st.one_of(at_most(0), not_finite, not_numbers),
    "repay_months": not_whole(1),
    "months": not_whole(1),
}


def cases(bad):
    return st.sampled_from(sorted(bad)).flatmap(lambda f: st.tuples(st.just(f), bad[f]))


def check(make, field):
    with pytest.raises(ModelInputError) as caught:
        make()
    assert caught.value.field == field
    assert FIELD_LABELS[field] in str(caught.value)


@given(cases(BAD_NETWORK))
def test_impossible_network_inputs_name_the_field(case):
    field, value = case
    check(lambda: replace(DEFAULTS, **{field: value}), field)


@given(cases(BAD_FUND))
def test_impossible_fund_inputs_name_the_field(case):
    field, value = case
    check(lambda: replace(FUND_DEFAULTS, **{field: value}), field)


@pytest.mark.parametrize(
    "call, field",
    [
        (lambda: pooled_capacity([]), "capacities"),
        (lambda: pooled_capacity([10, -1]), "capacities"),
        (lambda: pooled_capacity([10, math.nan]), "capacities"),
        (lambda: pooled_capacity("25"), "capacities"),
        (lambda: orders_filled(0, [10]), "order_size"),
        (lambda: orders_filled(2.5, [10]), "order_size"),
        (lambda: can_take_order(100, [True]), "capacities"),
        (lambda: members_needed(100, 0), "capacity"),
        (lambda: members_needed(-5, 10), "order_size"),
        (lambda: stall_share(-1, 3), "stall_cost"),
        (lambda: stall_share(150, 0), "sharers"),
    ],
)
def test_impossible_helper_inputs_name_the_field(call, field):
    check(call, field)
