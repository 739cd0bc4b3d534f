"""The diversified-income model (PATAMABA-WISE, illustrative ₱): hand-worked examples and properties."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sse_course.formatting import percent
from sse_course.i18n.languages import languages
from sse_course.i18n.runtime import speaking
from sse_course.models.diversified_income import (
    DEFAULT_SHOCK,
    DEFAULTS,
    FIELD_LABELS,
    LINES,
    SCENARIOS,
    GroupInputs,
    Shock,
    monthly_income,
    scenarios,
    simulate,
    single_line_years,
)
from sse_course.models.errors import ModelInputError

# ---- hand-worked examples ---------------------------------------------------------------------


def test_defaults_by_hand():
    # 24,000 + 18,000 + 18,000 + 24,000 + 36,000 = ₱120,000 a month, shared by 10 members.
    assert DEFAULTS.total == 120_000
    assert DEFAULTS.lines_made == LINES
    assert DEFAULTS.income("garments") == 36_000
    assert DEFAULT_SHOCK.months == (4, 5, 6)


def test_default_comparison_by_hand():
    result = simulate()
    d, s = result.diversified, result.single
    # Garments (36,000) and rugs and doormats (18,000) stop in months 4 to 6: 120,000 − 54,000.
    assert d.monthly == (120_000,) * 3 + (66_000,) * 3 + (120_000,) * 6
    assert (d.lowest, d.lowest_month, d.highest, d.gap) == (66_000, 4, 120_000, 54_000)
    assert d.year_total == 9 * 120_000 + 3 * 66_000 == 1_278_000
    # Per member 6,600; household food 7,700 less the kitchen's 1,500 = 6,200; ₱400 left
    # (₱1,100 short without the kitchen and garden).
    assert d.per_member[3] == 6600
    assert d.lowest_after_food == 400
    assert d.lowest_after_food_without_kitchen == -1100
    # The garments-only group earns the same 120,000 from garments alone, and nothing in months 4 to 6.
    assert s.name == "Garments only" and s.lines == ("garments",)
    assert s.monthly == (120_000,) * 3 + (0,) * 3 + (120_000,) * 6
    assert (s.lowest, s.gap, s.year_total) == (0, 120_000, 1_080_000)
    assert s.lowest_after_food == -6200


def test_scenarios_by_hand():
    table = {
        label: (c.diversified.lowest, c.single.lowest, c.diversified.lowest_after_food, c.single.lowest_after_food)
        for label, c in scenarios()
    }
    assert [label for label, _ in SCENARIOS] == list(table)
    assert table == {
        "Nothing": (120_000, 120_000, 5800, 5800),
        "Garments, rugs and doormats": (66_000, 0, 400, -6200),
        "Bakery and food products": (72_000, 120_000, 1000, 5800),  # the shock misses garments
        "All five lines": (0, 0, -6200, -6200),
    }


@pytest.mark.parametrize(
    "shock, diversified, single",
    [
        (Shock({"garments", "rugs"}, 4, 3, 0.5), 93_000, 60_000),  # half of 54,000 lost; half of 120,000
        (Shock({"garments"}, 1, 12), 84_000, 0),  # a year-long shock: flat, but low
        (Shock({"food"}, 12, 1), 96_000, 120_000),  # the last month only
        (Shock(set(), 1, 12), 120_000, 120_000),  # no line hit
        (Shock(LINES, 5, 0), 120_000, 120_000),  # lasts no month
        (Shock(LINES, 5, 2, 0.0), 120_000, 120_000),  # loses nothing
    ],
)
def test_other_shocks_by_hand(shock, diversified, single):
    result = simulate(DEFAULTS, shock)
    assert (result.diversified.lowest, result.single.lowest) == (diversified, single)


def test_year_long_shock_has_no_gap():
    d = simulate(DEFAULTS, Shock({"garments"}, 1, 12)).diversified
    assert d.gap == 0 and d.lowest == 84_000 and d.lowest_month == 1


def test_single_line_years_have_the_same_total():
    years = single_line_years(DEFAULTS, DEFAULT_SHOCK)
    assert list(years) == list(LINES)
    assert all(year.normal == 120_000 for year in years.values())
    assert {line: year.lowest for line, year in years.items()} == {
        "bakery": 120_000,
        "homecare": 120_000,
        "rugs": 0,
        "food": 120_000,
        "garments": 0,
    }


def test_inputs_are_normalised():
    inputs = GroupInputs(
        line_income={"bakery": 1000, "food": 500.0}, single_line="food", members=4.0, food_cost=300, kitchen_saving=300
    )
    assert inputs.line_income == (
        ("bakery", 1000.0),
        ("homecare", 0.0),
        ("rugs", 0.0),
        ("food", 500.0),
        ("garments", 0.0),
    )
    assert inputs.lines_made == ("bakery", "food")
    assert inputs.members == 4 and isinstance(inputs.members, int)
    assert hash(inputs)  # frozen and hashable
    shock = Shock(["food", "food"], 2.0, 3.0, 1)
    assert shock.stopped == frozenset({"food"}) and (shock.start, shock.length, shock.loss) == (2, 3, 1.0)
    assert hash(shock)
    assert Shock((), 10, 3).months == (10, 11, 12)  # a shock may run to the end of month 12


def test_messages_are_plain_english():
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, members=-3)
    assert str(caught.value) == "Members must be a whole number of at least 1 (you gave -3)."
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, line_income={"bakery": -500.0})
    assert str(caught.value) == "Bakery income must be a number of ₱0 or more a month (you gave -500)."
    assert caught.value.field == "line_income" and isinstance(caught.value, ValueError)
    with pytest.raises(ModelInputError) as caught:
        Shock({"garments"}, 10, 6)
    assert str(caught.value) == (
        "Shock length: a shock that starts in month 10 must end by month 12, "
        "so it can last at most 3 months (you gave 6)."
    )
    with pytest.raises(ModelInputError) as caught:
        Shock({"cheese"}, 1, 1)
    assert "'cheese' is not a product line" in str(caught.value) and "garments" in str(caught.value)
    with pytest.raises(ModelInputError) as caught:
        DEFAULTS.income("cheese")
    assert caught.value.field == "line_income"
    with pytest.raises(ModelInputError) as caught:
        Shock({"garments"}, 1, 1, 1.5)  # English writes 100%, no space before the sign
    assert str(caught.value) == (
        "Income lost in the lines hit must be a share from 0 to 1, that is 0% to 100% (you gave 150%)."
    )


@pytest.mark.parametrize("code", [lang.code for lang in languages() if not lang.is_source])
def test_a_share_out_of_range_is_explained_with_the_language_s_percentages(code):
    """The translations keep their own percent form (numbers.json): 150% in Portuguese and
    Spanish, 150 % (a no-break space) in French; none is left in English."""
    with speaking(code), pytest.raises(ModelInputError) as caught:
        Shock({"garments"}, 1, 1, 1.5)
    message = str(caught.value)
    assert "must be a share" not in message and percent(150, code) in message and percent(100, code) in message


# ---- properties -------------------------------------------------------------------------------

money = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)


@st.composite
def group_inputs(draw):
    income = draw(st.dictionaries(st.sampled_from(LINES), money, min_size=1))
    if sum(income.values()) <= 0:
        income[draw(st.sampled_from(LINES))] = draw(st.floats(min_value=1, max_value=1e7))
    food = draw(st.floats(min_value=0, max_value=1e5))
    return GroupInputs(
        line_income=income,
        single_line=draw(st.sampled_from(LINES)),
        members=draw(st.integers(1, 1000)),
        food_cost=food,
        kitchen_saving=food * draw(st.floats(min_value=0, max_value=1)),
    )


@st.composite
def shocks(draw):
    start = draw(st.integers(1, 12))
    return Shock(
        stopped=draw(st.frozensets(st.sampled_from(LINES))),
        start=start,
        length=draw(st.integers(0, 13 - start)),
        loss=draw(st.floats(min_value=0, max_value=1)),
    )


@given(group_inputs(), shocks())
def test_diversified_worst_month_is_never_below_the_worst_single_line_group(inputs, shock):
    # Same total income, spread over lines or earned from one line, under the same shock.
    diversified = simulate(inputs, shock).diversified
    singles = single_line_years(inputs, shock)
    assert diversified.lowest >= min(year.lowest for year in singles.values())
    assert all(year.normal == diversified.normal for year in singles.values())


@given(group_inputs(), shocks())
def test_diversified_income_is_never_more_volatile_than_the_most_volatile_single_line(inputs, shock):
    diversified = simulate(inputs, shock).diversified
    assert diversified.gap <= max(year.gap for year in single_line_years(inputs, shock).values())


@given(group_inputs(), shocks())
def test_diversified_group_never_does_worse_than_its_single_product_twin_when_both_are_hit(inputs, shock):
    result = simulate(inputs, shock)
    if inputs.single_line in shock.stopped:
        assert result.diversified.lowest >= result.single.lowest
        assert result.diversified.year_total >= result.single.year_total


@given(group_inputs(), shocks())
def test_with_no_shock_income_is_flat(inputs, shock):
    for calm in (replace(shock, stopped=frozenset()), replace(shock, length=0), replace(shock, loss=0.0)):
        result = simulate(inputs, calm)
        for group in (result.diversified, result.single):
            assert group.monthly == (inputs.total,) * 12
            assert group.gap == 0 and group.lowest == group.highest == inputs.total
            assert group.year_total == pytest.approx(12 * inputs.total)


@given(group_inputs(), shocks())
def test_shock_lowers_only_its_months_and_never_below_zero(inputs, shock):
    for group in (simulate(inputs, shock).diversified, simulate(inputs, shock).single):
        for month, income in zip(range(1, 13), group.monthly, strict=True):
            assert 0 <= income <= inputs.total
            if month not in shock.months:
                assert income == inputs.total


@given(group_inputs(), shocks(), st.floats(min_value=0, max_value=1))
def test_a_deeper_shock_never_raises_income(inputs, shock, extra):
    deeper = replace(shock, loss=min(1.0, shock.loss + extra))
    before, after = simulate(inputs, shock), simulate(inputs, deeper)
    for a, b in ((before.diversified, after.diversified), (before.single, after.single)):
        assert all(y <= x for x, y in zip(a.monthly, b.monthly, strict=True))


@given(group_inputs(), shocks(), st.floats(min_value=0, max_value=1))
def test_kitchen_saving_never_lowers_income_after_food(inputs, shock, share):
    result = simulate(inputs, shock)
    for group in (result.diversified, result.single):
        assert all(w >= wo for w, wo in zip(group.after_food, group.after_food_without_kitchen, strict=True))
    # A saving between the current one and the whole food cost (the sum can round one step above it).
    larger = inputs.kitchen_saving + share * (inputs.food_cost - inputs.kitchen_saving)
    bigger = replace(inputs, kitchen_saving=min(larger, inputs.food_cost))
    more = simulate(bigger, shock)
    assert all(b >= a for a, b in zip(result.diversified.after_food, more.diversified.after_food, strict=True))
    assert all(b >= a for a, b in zip(result.single.after_food, more.single.after_food, strict=True))


@given(group_inputs(), shocks())
def test_outcome_identities(inputs, shock):
    d = simulate(inputs, shock).diversified
    assert d.monthly == monthly_income(inputs.line_income, shock)
    assert d.year_total == pytest.approx(sum(d.monthly))
    assert d.lowest == d.monthly[d.lowest_month - 1] == min(d.monthly)
    assert d.gap == d.highest - d.lowest >= 0
    for income, share, left in zip(d.monthly, d.per_member, d.after_food, strict=True):
        assert share == pytest.approx(income / inputs.members)
        assert left == pytest.approx(share - (inputs.food_cost - inputs.kitchen_saving), abs=1e-6)


not_finite = st.sampled_from([math.nan, math.inf, -math.inf])
not_whole = st.floats(min_value=0.01, max_value=1e6).filter(lambda v: not v.is_integer())
GROUP_BAD = {
    "line_income": st.one_of(
        st.floats(max_value=-1e-9).map(lambda v: {"bakery": 100, "food": v}),  # negative income
        not_finite.map(lambda v: {"garments": v}),
        st.just({"cheese": 100}),
        st.just({"bakery": 100, None: 5}),  # unknown line
        st.just({}),
        st.just({"bakery": 0, "food": 0.0}),  # nothing earned
        st.just({"bakery": True}),
        st.just({"bakery": "100"}),
        st.just("bakery"),
        st.just(12),
        st.just([("bakery", 1, 2)]),
    ),
    "single_line": st.one_of(st.just("cheese"), st.just("Garments"), st.just(None), st.just(3)),
    "members": st.one_of(st.integers(max_value=0), not_finite, not_whole, st.just(True), st.just("ten")),
    "food_cost": st.one_of(st.floats(max_value=-1e-9), not_finite, st.just(True), st.just("7700")),
    "kitchen_saving": st.one_of(
        st.floats(max_value=-1e-9), not_finite, st.just(None), st.floats(min_value=7700.01, max_value=1e9)
    ),  # more than the food cost
}
SHOCK_BAD = {
    "stopped": st.one_of(st.just("garments"), st.just({"cheese"}), st.just([None]), st.just(5)),
    "start": st.one_of(
        st.integers(max_value=0), st.integers(min_value=13), not_whole, not_finite, st.just(True), st.just("4")
    ),
    "length": st.one_of(
        st.integers(max_value=-1), st.integers(min_value=10), not_whole, not_finite, st.just(None)
    ),  # with start 4, 10 or more months run past month 12
    "loss": st.one_of(
        st.floats(max_value=-1e-9), st.floats(min_value=1.000001), not_finite, st.just("half"), st.just(True)
    ),
}


def _expected_words(field: str) -> str:
    return "income" if field == "line_income" else FIELD_LABELS[field].lower()


@given(st.sampled_from(sorted(GROUP_BAD)).flatmap(lambda f: st.tuples(st.just(f), GROUP_BAD[f])))
def test_impossible_group_inputs_raise_a_message_naming_the_field(case):
    field, value = case
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULTS, **{field: value})
    assert caught.value.field == field
    assert _expected_words(field) in str(caught.value).lower()


@given(st.sampled_from(sorted(SHOCK_BAD)).flatmap(lambda f: st.tuples(st.just(f), SHOCK_BAD[f])))
def test_impossible_shocks_raise_a_message_naming_the_field(case):
    field, value = case
    with pytest.raises(ModelInputError) as caught:
        replace(DEFAULT_SHOCK, **{field: value})
    assert caught.value.field == field
    assert _expected_words(field) in str(caught.value).lower()
