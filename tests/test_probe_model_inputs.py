"""Probe: every case-study model with odd and extreme inputs. Each input is either refused with a
plain ModelInputError or accepted; an accepted input gives only finite results, and every model
call takes under 100 ms (CPU time, so that a loaded machine does not fail it)."""

from __future__ import annotations

import dataclasses
import math
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sse_course.models import collective_purchase as cp
from sse_course.models import diversified_income as di
from sse_course.models import network_enterprise as ne
from sse_course.models import pad_enterprise as pe
from sse_course.models.checks import LARGEST_NUMBER, LARGEST_WHOLE, is_number
from sse_course.models.errors import ModelInputError

ODD_NUMBERS = [
    0,
    0.0,
    -0.0,
    5e-324,
    1e-300,
    1e-9,
    1e-6,
    0.5,
    1,
    99.999,
    100,
    100.0001,
    1e6,
    LARGEST_NUMBER,
    LARGEST_NUMBER + 1,
    1e15,
    1e308,
    -1e308,
    -1,
    float("nan"),
    float("inf"),
    float("-inf"),
    10**400,
    -(10**400),
    10**5000,
    True,
    None,
    "12",
    1.5,
]
NUMBER = st.one_of(
    st.sampled_from(ODD_NUMBERS),
    st.floats(min_value=0, max_value=LARGEST_NUMBER),
    st.integers(min_value=-10, max_value=LARGEST_WHOLE + 10),
)

# Each model's inputs, with the calls a learner's explorer or notebook makes on them.
MODELS = {
    "collective purchase": (cp.DEFAULTS, lambda i: (cp.simulate(i), cp.break_even_members(i), cp.outcomes_by_size(i))),
    "network": (ne.DEFAULTS, lambda i: (ne.simulate(i), ne.outcomes_by_size(i))),
    "revolving fund": (ne.FUND_DEFAULTS, lambda i: ne.revolving_fund(i)),
    "pad enterprise": (
        pe.DEFAULTS,
        lambda i: (
            pe.costing(i),
            pe.break_even(i),
            pe.month(i),
            pe.channel_pads(i),
            pe.month_without_ngo_orders(i),
            pe.outcomes_by_price(i),
        ),
    ),
    "pad buyer": (pe.BUYER_DEFAULTS, lambda i: pe.buyer_year(i)),
    "diversified income": (di.DEFAULTS, lambda i: (di.simulate(i), di.scenarios(i))),
}


def numbers_in(result: Any, seen=None):
    """Every number in a result: dataclass fields and properties, tuples, lists and dicts."""
    if isinstance(result, bool) or result is None or isinstance(result, str):
        return
    if isinstance(result, (int, float)):
        yield result
    elif isinstance(result, dict):
        for value in result.values():
            yield from numbers_in(value)
    elif isinstance(result, (tuple, list, frozenset, set)):
        for value in result:
            yield from numbers_in(value)
    elif dataclasses.is_dataclass(result):
        names = [f.name for f in dataclasses.fields(result)]
        names += [n for n in dir(type(result)) if isinstance(getattr(type(result), n), property)]
        for name in names:
            yield from numbers_in(getattr(result, name))


def changed(defaults, draw):
    """The defaults with one to three numeric fields replaced by odd values."""
    fields = [f.name for f in dataclasses.fields(defaults) if isinstance(getattr(defaults, f.name), (int, float))]
    chosen = draw(st.lists(st.sampled_from(fields), min_size=1, max_size=3, unique=True))
    return {name: draw(NUMBER) for name in chosen}


@pytest.mark.parametrize("model", MODELS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_input_is_refused_plainly_or_gives_finite_results_fast(model, data):
    defaults, run = MODELS[model]
    values = changed(defaults, data.draw)
    started = time.process_time()
    try:
        inputs = dataclasses.replace(defaults, **values)  # type: ignore[type-var]  # MODELS holds dataclass defaults
        result = run(inputs)
    except ModelInputError as problem:
        message = str(problem)
        assert message.endswith(").") and "(you gave " in message and len(message) < 300, message
        return
    finally:
        spent = time.process_time() - started
    assert spent < 0.1, f"{model} took {spent * 1000:.0f} ms for {values}"
    bad = [n for n in numbers_in(result) if abs(n) > 1e300 or not math.isfinite(n)]  # (an int may exceed floats)
    assert not bad, f"{model} gave {bad} for {values}"


@pytest.mark.parametrize("value", [10**400, -(10**400), 10**5000], ids=["400 digits", "-400 digits", "5000 digits"])
def test_a_huge_integer_is_not_a_number_and_gets_a_message(value):
    assert not is_number(value)
    with pytest.raises(ModelInputError, match="Members must be .* digits long"):
        dataclasses.replace(ne.DEFAULTS, members=value)
    with pytest.raises(ModelInputError, match="Sales of her own products must be .* digits long"):
        dataclasses.replace(ne.DEFAULTS, own_sales=value)


@pytest.mark.parametrize(
    "defaults, field, limit",
    [
        (ne.DEFAULTS, "members", ne.MAX_MEMBERS),
        (ne.FUND_DEFAULTS, "members", ne.MAX_MEMBERS),
        (ne.FUND_DEFAULTS, "months", ne.MAX_MONTHS),
        (ne.FUND_DEFAULTS, "repay_months", ne.MAX_MONTHS),
        (cp.DEFAULTS, "members", LARGEST_WHOLE),
        (pe.DEFAULTS, "members", LARGEST_WHOLE),
    ],
)
def test_counts_have_a_largest_value_with_a_plain_message(defaults, field, limit):
    dataclasses.replace(defaults, **{field: limit})
    with pytest.raises(ModelInputError, match=f"{limit:,}"):
        dataclasses.replace(defaults, **{field: limit + 1})


@pytest.mark.parametrize(
    "defaults, field", [(ne.DEFAULTS, "material_need"), (ne.DEFAULTS, "capacity"), (cp.DEFAULTS, "need_per_member")]
)
def test_tiny_quantities_the_models_divide_by_are_refused_with_a_plain_message(defaults, field):
    """5e-324 units a member made the members needed for the bulk price a 325-digit number."""
    with pytest.raises(ModelInputError, match="at least 0.000001"):
        dataclasses.replace(defaults, **{field: 5e-324})
    dataclasses.replace(defaults, **{field: 1e-6})


@pytest.mark.parametrize(
    "defaults, field",
    [
        (ne.DEFAULTS, "own_sales"),
        (cp.DEFAULTS, "running_costs"),
        (pe.DEFAULTS, "monthly_overheads"),
        (ne.FUND_DEFAULTS, "loan_size"),
    ],
)
def test_amounts_like_1e308_are_refused_with_a_plain_message(defaults, field):
    with pytest.raises(ModelInputError, match="at most 1,000,000,000"):
        dataclasses.replace(defaults, **{field: 1e308})


def _fund_month_by_month(inputs):
    """The fund as first written (every month re-counts every loan still being repaid): the
    reference the linear running sum must match."""
    from fractions import Fraction

    contribution, loan = Fraction(inputs.contribution), Fraction(inputs.loan_size)
    balance = Fraction(0)
    loans: list[Fraction] = []
    balances: list[Fraction] = []
    for month in range(inputs.months):
        due = sum(c for s, c in enumerate(loans) if s < month <= s + inputs.repay_months)
        balance += contribution * inputs.members + due * loan / inputs.repay_months
        new = min(inputs.members - sum(loans), math.floor(balance / loan))
        balance -= new * loan
        loans.append(new)
        balances.append(float(balance))
    return tuple(loans), tuple(balances)


@pytest.mark.parametrize(
    "members, contribution, loan, repay, months",
    [(10, 10, 300, 6, 12), (50, 25, 300, 3, 60), (7, 100, 250, 1, 24), (1, 1, 1000, 12, 120), (300, 30, 90, 120, 120)],
)
def test_the_fund_is_linear_and_gives_what_the_month_by_month_count_gives(members, contribution, loan, repay, months):
    inputs = ne.FundInputs(
        members=members, contribution=contribution, loan_size=loan, repay_months=repay, months=months
    )
    fund = ne.revolving_fund(inputs)
    assert (fund.loans_by_month, fund.balances) == _fund_month_by_month(inputs)
    largest = dataclasses.replace(inputs, members=ne.MAX_MEMBERS, months=ne.MAX_MONTHS)
    started = time.process_time()
    ne.revolving_fund(largest)
    assert time.process_time() - started < 0.1


# ---- the explorers' number boxes ----------------------------------------------------------------


def _number_controls(widget):
    import ipywidgets as widgets

    for child in getattr(widget, "children", ()):
        if isinstance(
            child,
            (
                widgets.FloatText,
                widgets.IntText,
                widgets.BoundedFloatText,
                widgets.BoundedIntText,
                widgets.IntSlider,
                widgets.FloatSlider,
            ),
        ):
            yield child
        yield from _number_controls(child)


@pytest.mark.parametrize("name", ["collective_purchase", "diversified_income", "network_enterprise", "pad_enterprise"])
def test_every_number_box_has_bounds_and_its_extremes_give_results_or_a_plain_message(name):
    import importlib

    import ipywidgets as widgets

    app = importlib.import_module(f"sse_course.apps.{name}")
    panel = getattr(app, f"{name}_explorer")().widget
    boxes = list(_number_controls(panel))
    assert boxes
    for box in boxes:
        assert not isinstance(box, (widgets.FloatText, widgets.IntText)), f"{box.description} has no bounds"
        assert box.max <= LARGEST_NUMBER, f"{box.description} goes past what the model takes"
        for extreme in (box.max, box.min):
            before = box.value
            box.value = extreme
            text = panel.results.value
            assert "Traceback" not in text and text, (box.description, extreme)
            box.value = before
