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
from sse_course.models import costing as costing_model

CHANNELS = ("community and neighbours", "shops and traders", "organisations and NGOs", "online", "several of these")


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
        return (
            f"Your price ({values['price']:,.2f}) does not cover the materials and the pay for one item "
            f"({costing_model.variable_cost(inputs):,.2f}): every sale would lose money. Raise the price, "
            "or find cheaper materials or a quicker way to make it."
        )
    return None


def _costing_lines(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    inputs, currency = _inputs(values), values["currency"]
    cost = costing_model.costing(inputs)
    point = costing_model.break_even_point(inputs, values["price"])
    surplus = costing_model.surplus_at(inputs, values["price"], values["sales"])
    return [
        ("Cost of one item (materials, pay and a share of fixed costs)", f"{currency} {cost.unit_cost:,.2f}"),
        ("Items to sell each month to cover all costs (break-even)", f"{point.whole_items:,}"),
        (
            "Surplus (or loss) a month at the sales you expect, after paying members",
            f"{currency} {surplus:,.2f}" if surplus >= 0 else f"loss of {currency} {-surplus:,.2f}",
        ),
    ]


BUSINESS_PLAN = Canvas(
    "Our one-page business plan",
    [
        Field("group", "Name of our group"),
        Field("product", "Our product"),
        Field("buyers", "Who will buy it", "choice", choices=CHANNELS),
        Field("why_us", "Why they will buy from us"),
        Field("members", "Members who make it", "whole", minimum=1, maximum=100_000),
        Field("currency", "Our currency (for example Br, ₱, R$, ₹)"),
        Field("price", "Price of one item", "number", minimum=0.01, maximum=10_000_000, money=True),
        Field("materials", "Materials for one item", "number", minimum=0, maximum=10_000_000, money=True),
        Field("minutes", "Minutes of work for one item", "number", minimum=1, maximum=100_000, unit="minutes"),
        Field(
            "hourly_rate",
            "Pay for an hour of work that we call decent",
            "number",
            minimum=0,
            maximum=10_000_000,
            money=True,
        ),
        Field(
            "fixed_costs",
            "Fixed costs a month (rent, machines, transport)",
            "number",
            minimum=0,
            maximum=1e9,
            money=True,
        ),
        Field("sales", "Items we expect to sell each month", "number", minimum=1, maximum=10_000_000),
        Field("risk", "The biggest risk, and what we will do about it"),
    ],
    rules=[_price_covers_materials_and_pay],
    derived=_costing_lines,
)
