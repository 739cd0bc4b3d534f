"""Exercise "A one-page business plan" (exercises/business-plan.ipynb, Part 5).

A planning canvas for a product the learner's group makes. It is validated, not graded: the
numbers must make sense (a price that covers materials and pay), and the summary works out the
cost of one item and the break-even sales with the general costing model
(sse_course.models.costing), the one the WISE Ethiopia case uses for its pads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sse_course.exercises.canvas import Canvas, Field
from sse_course.formatting import amount_with_currency, localised
from sse_course.i18n.lazy import made_in_english
from sse_course.i18n.runtime import gettext as _
from sse_course.models import costing as costing_model


def _inputs(values: Mapping[str, Any]) -> costing_model.ProductCosts:
    return costing_model.ProductCosts(
        materials_per_item=values["materials"],
        minutes_per_item=values["minutes"],
        hourly_rate=values["hourly_rate"],
        monthly_overheads=values["fixed_costs"],
        items_per_month=values["sales"],
    )


def _price_covers_materials_and_pay(values: Mapping[str, Any]) -> str | None:
    inputs = _inputs(values)
    if values["price"] <= costing_model.variable_cost(inputs):
        return _(
            "Your price ({price}) does not cover the materials and the pay for one item ({cost}): every sale "
            "would lose money. Raise the price, or find cheaper materials or a quicker way to make it."
        ).format(
            price=localised(f"{values['price']:,.2f}"), cost=localised(f"{costing_model.variable_cost(inputs):,.2f}")
        )
    return None


def _costing_lines(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    inputs, currency = _inputs(values), values["currency"]
    cost = costing_model.costing(inputs)
    point = costing_model.break_even_point(inputs, values["price"])
    surplus = costing_model.surplus_at(inputs, values["price"], values["sales"])

    def amount(value: float) -> str:
        return amount_with_currency(currency, localised(f"{value:,.2f}"))

    return [
        (_("Cost of one item (materials, pay and a share of fixed costs)"), amount(cost.unit_cost)),
        (_("Items to sell each month to cover all costs (break-even)"), localised(f"{point.whole_items:,}")),
        (
            _("Surplus (or loss) a month at the sales you expect, after paying members"),
            amount(surplus) if surplus >= 0 else _("loss of {amount}").format(amount=amount(-surplus)),
        ),
    ]


def _business_plan() -> Canvas:
    return Canvas(
        _("Our one-page business plan"),
        [
            Field("group", _("Name of our group")),
            Field("product", _("Our product")),
            Field(
                "buyers",
                _("Who will buy it"),
                "choice",
                choices=(
                    _("community and neighbours"),
                    _("shops and traders"),
                    _("organisations and NGOs"),
                    _("online"),
                    _("several of these"),
                ),
            ),
            Field("why_us", _("Why they will buy from us")),
            Field("members", _("Members who make it"), "whole", minimum=1, maximum=100_000),
            Field("currency", _("Our currency (for example Br, ₱, R$, ₹)")),
            Field("price", _("Price of one item"), "number", minimum=0.01, maximum=10_000_000, money=True),
            Field("materials", _("Materials for one item"), "number", minimum=0, maximum=10_000_000, money=True),
            Field("minutes", _("Minutes of work for one item"), "number", minimum=1, maximum=100_000, unit="minutes"),
            Field(
                "hourly_rate",
                _("Pay for an hour of work that we call decent"),
                "number",
                minimum=0,
                maximum=10_000_000,
                money=True,
            ),
            Field(
                "fixed_costs",
                _("Fixed costs a month (rent, machines, transport)"),
                "number",
                minimum=0,
                maximum=1e9,
                money=True,
            ),
            Field("sales", _("Items we expect to sell each month"), "number", minimum=1, maximum=10_000_000),
            Field("risk", _("The biggest risk, and what we will do about it")),
        ],
        rules=[_price_covers_materials_and_pay],
        derived=_costing_lines,
    )


BUSINESS_PLAN = made_in_english(_business_plan)
