"""Costing a product made by hand, whatever it is: the cost of one item when the makers pay
themselves a decent hourly rate, a price with a margin on top, the break-even sales, and the
surplus at a given volume.

Costs are of two kinds. *Variable costs* are paid for every item made: materials, and the
makers' labour at the hourly rate. *Fixed costs* (overheads) are paid every month whatever the
number of items: rent, machine upkeep, transport. Used by the WISE Ethiopia case
(``pad_enterprise``, whose items are reusable pads) and by the business-plan exercise (any
product a learner's group makes).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import gettext as _

from .checks import InputChecks, store

FIELD_LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "materials_per_item": _("Materials for one item"),
        "minutes_per_item": _("Minutes of work for one item"),
        "hourly_rate": _("Hourly rate"),
        "monthly_overheads": _("Fixed costs a month"),
        "items_per_month": _("Items sold a month"),
        "margin_percent": _("Margin"),
        "price": _("Price"),
    }
)

_check = InputChecks(FIELD_LABELS)


@dataclass(frozen=True)
class ProductCosts:
    """What one month of making a product costs (in any currency). Invalid values raise
    :class:`ModelInputError` when the object is created."""

    materials_per_item: float  #: materials in one item (>= 0)
    minutes_per_item: float  #: minutes of work for one item (>= 1)
    hourly_rate: float  #: pay for an hour of work that the makers call decent (>= 0)
    monthly_overheads: float  #: fixed costs a month, whatever the output (>= 0)
    items_per_month: float  #: items sold in a month (> 0)
    margin_percent: float = 0  #: % added on top of the cost of one item to set a price (>= 0)

    def __post_init__(self) -> None:
        store(
            self,
            {
                "materials_per_item": _check.number("materials_per_item", self.materials_per_item),
                # At least 1 minute: nothing is made faster, and the pay per hour stays finite.
                "minutes_per_item": _check.number("minutes_per_item", self.minutes_per_item, minimum=1),
                "hourly_rate": _check.number("hourly_rate", self.hourly_rate),
                "monthly_overheads": _check.number("monthly_overheads", self.monthly_overheads),
                "items_per_month": _check.number("items_per_month", self.items_per_month, inclusive=False),
                "margin_percent": _check.number("margin_percent", self.margin_percent),
            },
        )


@dataclass(frozen=True)
class Costing:
    """The cost of one item and a price with the margin on top."""

    materials: float  #: materials per item
    labour: float  #: minutes per item / 60 × hourly rate
    overhead_share: float  #: monthly overheads / items a month
    variable_cost: float  #: materials + labour: paid for every item made
    unit_cost: float  #: materials + labour + overhead share
    price_with_margin: float  #: unit cost × (1 + margin / 100)


def labour_per_item(costs: ProductCosts) -> float:
    """The makers' pay for the time one item takes, at their hourly rate."""
    return costs.minutes_per_item / 60 * costs.hourly_rate


def variable_cost(costs: ProductCosts) -> float:
    """What every item costs to make: materials + labour at the hourly rate."""
    return costs.materials_per_item + labour_per_item(costs)


def costing(costs: ProductCosts) -> Costing:
    """The cost of one item at this month's volume, and the price with the margin on top."""
    labour = labour_per_item(costs)
    variable = costs.materials_per_item + labour
    share = costs.monthly_overheads / costs.items_per_month
    unit = variable + share
    return Costing(
        materials=costs.materials_per_item,
        labour=labour,
        overhead_share=share,
        variable_cost=variable,
        unit_cost=unit,
        price_with_margin=unit * (1 + costs.margin_percent / 100),
    )


@dataclass(frozen=True)
class BreakEvenPoint:
    """The sales a month at which all costs are covered at ``price``, or None when there is none."""

    price: float  #: the price of one item used
    variable_cost: float  #: materials + labour per item
    overheads: float  #: fixed costs a month
    contribution: float  #: price − variable cost: what one sale leaves towards the overheads
    items: float | None  #: overheads / contribution; None when price <= variable cost
    whole_items: int | None  #: ``items`` rounded up to a whole item; None when there is no break-even

    @property
    def defined(self) -> bool:
        return self.items is not None


def break_even_point(costs: ProductCosts, price: float) -> BreakEvenPoint:
    """Items a month needed to pay the overheads: overheads / (price − variable cost).

    When the price is at or below the variable cost, every sale adds to the loss: there is no
    break-even volume, and ``items`` is ``None``."""
    price = _check.number("price", price, inclusive=False)
    variable = variable_cost(costs)
    overheads = costs.monthly_overheads
    contribution = price - variable
    # A contribution so small that overheads / contribution overflows is no break-even either.
    if contribution <= 0 or not math.isfinite(overheads / contribution):
        return BreakEvenPoint(price, variable, overheads, contribution, None, None)
    items = overheads / contribution
    # Rounded up to a whole item, but 200.0000000001 (a rounding error) is 200 items, not 201;
    # with any overheads to pay, at least 1 item. Both steps keep the answer falling as the price rises.
    whole = max(math.ceil(items - 1e-9), 1 if overheads > 0 else 0)
    return BreakEvenPoint(price, variable, overheads, contribution, items, whole)


def surplus_at(costs: ProductCosts, price: float, items: float) -> float:
    """The surplus (negative: a loss) with ``items`` sold a month at ``price`` each, after
    materials, the makers' pay and the overheads."""
    return items * (price - variable_cost(costs)) - costs.monthly_overheads
