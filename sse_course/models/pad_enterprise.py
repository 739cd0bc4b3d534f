"""A small producer cooperative that makes washable, reusable sanitary pads (modelled on Aster,
Tadelech and Friends Enterprise, Ethiopia, which Tadelech Weldesembet of WISE helped create).

The enterprise sells mainly to community members (small, regular purchases) and to NGOs (larger,
irregular orders). This module answers four questions its members might ask:

* **Costing and pricing.** What does one pad cost to make, if the members pay themselves a decent
  hourly rate, and what price covers that cost with a margin on top?
* **Break-even.** How many pads a month must be sold so that the members earn that hourly rate and
  the overheads (rent, machine upkeep) are paid? There is no such number when the price does not
  even cover the materials and labour of one pad.
* **Sales channels.** What do the members earn in a month with a given mix of community and NGO
  sales, and what happens if the NGO orders stop?
* **The buyer's side.** What does a woman spend in a year on reusable pads compared with
  disposable ones, and how many disposable pads does she not throw away?

Costs are of two kinds. *Variable costs* are paid for every pad made: materials, and the members'
labour at the hourly rate. *Fixed costs* (overheads) are paid every month whatever the number of
pads: rent and machine upkeep. Members share equally what is left of the sales after materials and
overheads: their pay for their hours plus any surplus.

ALL NUMBERS ARE MADE UP FOR THE EXAMPLE (illustrative), in Ethiopian birr (Br). The sources give no
price, cost, sales or membership figure for the enterprise: each default below says why its size is
plausible; none is its real accounts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sse_course.formatting import money, quantity
from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import gettext as _

from . import costing as costing_model
from .checks import InputChecks, store
from .costing import Costing

#: The learner-facing name of each input, used in error messages and labels.
FIELD_LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        # the enterprise
        "materials_per_pad": _("Materials per pad"),
        "minutes_per_pad": _("Minutes of work per pad"),
        "hourly_rate": _("Hourly rate"),
        "monthly_overheads": _("Monthly overheads"),
        "pads_per_month": _("Pads sold a month"),
        "margin_percent": _("Margin"),
        "community_price": _("Community price"),
        "ngo_price": _("NGO price"),
        "ngo_share_percent": _("NGO share"),
        "members": _("Members"),
        # the buyer
        "pads_per_cycle": _("Disposable pads used per period"),
        "cycles_per_year": _("Periods a year"),
        "disposable_price": _("Price of a disposable pad"),
        "reusable_pads": _("Reusable pads in a set"),
        "reusable_price": _("Price of a reusable pad"),
        "lifetime_years": _("Life of a reusable pad in years"),
        "washing_cost_per_cycle": _("Soap for washing per period"),
        # a price given to break_even()
        "price": _("Price"),
    }
)

_check = InputChecks(FIELD_LABELS)


# ---- the enterprise ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EnterpriseInputs:
    """What the enterprise looks like in one month (illustrative, Br).

    Invalid values raise :class:`ModelInputError` when the object is created.
    """

    materials_per_pad: float  #: Br of cloth, waterproof layer, thread and snaps in one pad (>= 0)
    minutes_per_pad: float  #: minutes of members' work to cut and sew one pad (>= 1)
    hourly_rate: float  #: Br an hour the members decide is decent pay for their work (>= 0)
    monthly_overheads: float  #: Br a month for rent and machine upkeep, whatever the output (>= 0)
    pads_per_month: float  #: pads sold in a month, both channels together (> 0)
    margin_percent: float  #: % added on top of the cost of one pad to set a price (>= 0)
    community_price: float  #: Br a pad paid by community members (> 0)
    ngo_price: float  #: Br a pad paid by NGOs for their larger orders (> 0)
    ngo_share_percent: float  #: % of the pads sold that go to NGOs (0 to 100)
    members: int  #: members who make the pads and share the income (whole number, >= 1)

    def __post_init__(self) -> None:
        store(
            self,
            {
                "materials_per_pad": _check.number("materials_per_pad", self.materials_per_pad),
                # At least 1 minute: no pad is cut and sewn faster, and the pay per hour stays finite.
                "minutes_per_pad": _check.number("minutes_per_pad", self.minutes_per_pad, minimum=1),
                "hourly_rate": _check.number("hourly_rate", self.hourly_rate),
                "monthly_overheads": _check.number("monthly_overheads", self.monthly_overheads),
                # Divided into the month's overheads: a vanishing count would make the cost per pad infinite.
                "pads_per_month": _check.number("pads_per_month", self.pads_per_month, inclusive=False, divisor=True),
                "margin_percent": _check.number("margin_percent", self.margin_percent),
                "community_price": _check.number("community_price", self.community_price, inclusive=False),
                "ngo_price": _check.number("ngo_price", self.ngo_price, inclusive=False),
                "ngo_share_percent": _check.number("ngo_share_percent", self.ngo_share_percent, maximum=100),
                "members": _check.whole("members", self.members),
            },
        )


#: Illustrative defaults (Br). None is a real figure of Aster, Tadelech and Friends Enterprise.
DEFAULTS = EnterpriseInputs(
    # Br 20 of cloth, a waterproof layer, thread and snaps for one pad: made up; a third of the
    # community price, as the cloth is the biggest cost of a pad.
    materials_per_pad=20,
    # 30 minutes to cut, sew and finish one pad by machine: made up; a pad is small, but it has
    # several layers and snaps.
    minutes_per_pad=30,
    # Br 40 an hour: made up; the pay the members choose for an hour of their work. The model asks
    # which price pays it, so that the members, not the market, decide what their time is worth.
    hourly_rate=40,
    # Br 3,000 a month: Br 2,000 rent for a small workroom + Br 1,000 machine upkeep; made up, as
    # much as 75 hours of the members' pay.
    monthly_overheads=3000,
    # 300 pads a month: 30 hours of sewing a month for each of 5 members (5 × 30 × 2 pads an hour);
    # made up, part-time work next to their other work.
    pads_per_month=300,
    # 20 % on top of the cost: made up; a surplus for hard times and new machines.
    margin_percent=20,
    # Br 60 a pad to community members: the cost of Br 50 plus the 20 % margin.
    community_price=60,
    # Br 50 a pad to NGOs: made up; at cost, a lower price for a bigger order.
    ngo_price=50,
    # Half of the pads go to NGOs: made up; the sources name the two channels but not the mix.
    ngo_share_percent=50,
    # 5 members: made up; a small producer cooperative; the real number is not in the sources.
    members=5,
)

#: Community prices (Br a pad) shown in the book's table, the NGO price staying as in the inputs.
DEFAULT_PRICES: tuple[float, ...] = (50, 60, 70)


def product_costs(inputs: EnterpriseInputs) -> costing_model.ProductCosts:
    """The enterprise's month as the general costing model sees it: a pad is one item."""
    return costing_model.ProductCosts(
        materials_per_item=inputs.materials_per_pad,
        minutes_per_item=inputs.minutes_per_pad,
        hourly_rate=inputs.hourly_rate,
        monthly_overheads=inputs.monthly_overheads,
        items_per_month=inputs.pads_per_month,
        margin_percent=inputs.margin_percent,
    )


def labour_per_pad(inputs: EnterpriseInputs) -> float:
    """The members' pay for the time one pad takes, at their hourly rate."""
    return costing_model.labour_per_item(product_costs(inputs))


def variable_cost(inputs: EnterpriseInputs) -> float:
    """What every pad costs to make: materials + labour at the hourly rate."""
    return costing_model.variable_cost(product_costs(inputs))


def costing(inputs: EnterpriseInputs) -> Costing:
    """The cost of one pad at this month's volume, and the price with the margin on top.

    With the illustrative defaults: Br 20 materials + Br 20 labour (30 minutes at Br 40 an hour)
    + Br 10 overheads (Br 3,000 / 300 pads) = Br 50, and Br 60 with a 20 % margin.
    """
    return costing_model.costing(product_costs(inputs))


def average_price(inputs: EnterpriseInputs) -> float:
    """The average price of a pad over both channels, weighted by the share of pads each buys."""
    share = inputs.ngo_share_percent / 100
    return (1 - share) * inputs.community_price + share * inputs.ngo_price


@dataclass(frozen=True)
class BreakEven:
    """The sales a month at which the enterprise covers all its costs, or why there is none."""

    price: float  #: the price per pad used (Br)
    variable_cost: float  #: materials + labour per pad (Br)
    overheads: float  #: fixed costs a month (Br)
    pads: float | None  #: overheads / (price − variable cost); None when price <= variable cost
    whole_pads: int | None  #: ``pads`` rounded up to a whole pad; None when there is no break-even
    message: str  #: one plain sentence saying the result, or why there is none

    @property
    def defined(self) -> bool:
        return self.pads is not None


def break_even(inputs: EnterpriseInputs, price: float | None = None) -> BreakEven:
    """Pads a month needed to pay the overheads: overheads / (price − variable cost).

    ``price`` defaults to :func:`average_price`. Each pad sold brings in ``price`` and costs its
    materials and labour; what is left (the *contribution* of one pad) pays the overheads. At the
    break-even volume the members earn exactly their hourly rate and nothing is left over. When
    the price is at or below the variable cost, every pad adds to the loss: there is no break-even
    volume, and ``pads`` is ``None`` with a message that says why. With the illustrative defaults
    the average price is Br 55 and the break-even volume 3,000 / (55 − 40) = 200 pads.
    """
    if price is None:
        price = average_price(inputs)
    else:
        price = _check.number("price", price, inclusive=False)
    point = costing_model.break_even_point(product_costs(inputs), price)
    if not point.defined:
        message = _(
            "At {price} a pad, the price does not cover the materials and labour of one pad ({cost}), so "
            "every pad sold adds to the loss. There is no break-even number of pads: raise the price or "
            "lower the cost of a pad."
        ).format(price=money(price, "ETB"), cost=money(point.variable_cost, "ETB"))
        return BreakEven(price, point.variable_cost, point.overheads, None, None, message)
    message = _(
        "At {price} a pad, the enterprise covers all its costs from {pads} pads a month (each pad leaves "
        "{contribution} towards overheads of {overheads})."
    ).format(
        price=money(price, "ETB"),
        pads=quantity(point.whole_items or 0),
        contribution=money(point.contribution, "ETB"),
        overheads=money(point.overheads, "ETB"),
    )
    return BreakEven(price, point.variable_cost, point.overheads, point.items, point.whole_items, message)


@dataclass(frozen=True)
class Month:
    """One month of sales and who gets what (illustrative Br; a negative surplus is a loss)."""

    community_pads: float  #: pads sold to community members
    ngo_pads: float  #: pads sold to NGOs
    pads: float  #: both together
    revenue: float  #: sales: community pads × community price + NGO pads × NGO price
    materials_cost: float  #: pads × materials per pad
    labour_pay: float  #: pads × labour per pad: the members' pay at their hourly rate
    overheads: float  #: rent and machine upkeep
    surplus: float  #: revenue − materials − labour pay − overheads (negative means a loss)
    income_per_member: float  #: (labour pay + surplus) / members = (revenue − materials − overheads) / members
    hours_per_member: float  #: pads × minutes per pad / 60 / members
    pay_per_hour: float | None  #: income per member / hours per member; None when no pads are made


def _month(inputs: EnterpriseInputs, community_pads: float, ngo_pads: float) -> Month:
    pads = community_pads + ngo_pads
    revenue = community_pads * inputs.community_price + ngo_pads * inputs.ngo_price
    materials = pads * inputs.materials_per_pad
    labour = pads * labour_per_pad(inputs)
    overheads = inputs.monthly_overheads
    shared = revenue - materials - overheads  # what the members take home together
    hours = pads * inputs.minutes_per_pad / 60 / inputs.members
    income = shared / inputs.members
    return Month(
        community_pads=community_pads,
        ngo_pads=ngo_pads,
        pads=pads,
        revenue=revenue,
        materials_cost=materials,
        labour_pay=labour,
        overheads=overheads,
        surplus=shared - labour,
        income_per_member=income,
        hours_per_member=hours,
        pay_per_hour=income / hours if hours > 0 else None,
    )


def channel_pads(inputs: EnterpriseInputs) -> tuple[float, float]:
    """(community pads, NGO pads) sold in the month."""
    ngo = inputs.pads_per_month * inputs.ngo_share_percent / 100
    return inputs.pads_per_month - ngo, ngo


def month(inputs: EnterpriseInputs) -> Month:
    """The month with both channels. With the illustrative defaults: 150 pads to community members
    at Br 60 and 150 to NGOs at Br 50 make Br 16,500 of sales, a surplus of Br 1,500, and Br 1,500
    for each of 5 members for 30 hours' work (Br 50 an hour)."""
    community, ngo = channel_pads(inputs)
    return _month(inputs, community, ngo)


def month_without_ngo_orders(inputs: EnterpriseInputs) -> Month:
    """The same month if the NGO orders stop: only the community pads are sold; overheads stay.

    With the illustrative defaults: 150 pads, Br 9,000 of sales, a surplus of Br 0 (the enterprise
    just breaks even) and Br 600 for each member.
    """
    community, _ = channel_pads(inputs)
    return _month(inputs, community, 0.0)


def surplus_at(inputs: EnterpriseInputs, pads: float) -> float:
    """The surplus (negative: a loss) with ``pads`` pads sold a month at the same channel mix."""
    return costing_model.surplus_at(product_costs(inputs), average_price(inputs), pads)


@dataclass(frozen=True)
class PriceRow:
    """One row of the book's table: results at one community price."""

    community_price: float
    break_even: BreakEven
    month: Month


def outcomes_by_price(inputs: EnterpriseInputs, prices: Iterable[float] = DEFAULT_PRICES) -> list[PriceRow]:
    """Break-even and the month's results at each community price, everything else as in ``inputs``."""
    rows = []
    for price in prices:
        changed = replace(inputs, community_price=price)
        rows.append(PriceRow(changed.community_price, break_even(changed), month(changed)))
    return rows


# ---- the buyer --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuyerInputs:
    """One woman's use of pads in a year (illustrative, Br).

    Invalid values raise :class:`ModelInputError` when the object is created.
    """

    pads_per_cycle: float  #: disposable pads she would use in one period (>= 0)
    cycles_per_year: float  #: periods in a year (>= 0)
    disposable_price: float  #: Br for one disposable pad (>= 0)
    reusable_pads: int  #: reusable pads she needs in a set, washing them between uses (whole, >= 1)
    reusable_price: float  #: Br for one reusable pad (>= 0)
    lifetime_years: float  #: years a reusable pad lasts (>= 0.1)
    washing_cost_per_cycle: float  #: Br of soap to wash the set in one period (>= 0)

    def __post_init__(self) -> None:
        store(
            self,
            {
                "pads_per_cycle": _check.number("pads_per_cycle", self.pads_per_cycle),
                "cycles_per_year": _check.number("cycles_per_year", self.cycles_per_year),
                "disposable_price": _check.number("disposable_price", self.disposable_price),
                "reusable_pads": _check.whole("reusable_pads", self.reusable_pads),
                "reusable_price": _check.number("reusable_price", self.reusable_price),
                # At least 0.1 years (about 5 weeks): a pad that lasts less is not really reusable, and a
                # life of almost 0 years would make the yearly cost of a set endless.
                "lifetime_years": _check.number("lifetime_years", self.lifetime_years, minimum=0.1),
                "washing_cost_per_cycle": _check.number("washing_cost_per_cycle", self.washing_cost_per_cycle),
            },
        )


#: Illustrative defaults for the buyer (Br). None is a measured figure.
BUYER_DEFAULTS = BuyerInputs(
    # 15 disposable pads in one period: for example 3 a day for 5 days; made up.
    pads_per_cycle=15,
    # 12 periods a year: about one every four weeks, rounded down from 13 for simple sums.
    cycles_per_year=12,
    # Br 5 for one disposable pad: for example Br 50 for a pack of 10; made up.
    disposable_price=5,
    # A set of 5 reusable pads, washed and dried between uses: made up; enough to change 3 times a
    # day while others dry.
    reusable_pads=5,
    # Br 60 for one reusable pad: the community price of the enterprise model.
    reusable_price=60,
    # 2 years of use before a reusable pad wears out: made up; cloth washed every month wears thin.
    lifetime_years=2,
    # Br 5 of soap to wash the set in one period: made up; a little soap for a few washes.
    washing_cost_per_cycle=5,
)


@dataclass(frozen=True)
class BuyerYear:
    """A buyer's year with disposable pads and with reusable ones (illustrative Br)."""

    disposable_cost: float  #: pads per period × periods × price of a disposable pad
    reusable_cost: float  #: set × price / life in years + soap per period × periods
    saving: float  #: disposable cost − reusable cost (negative: reusable pads cost more)
    disposable_pads_avoided: float  #: disposable pads not thrown away: pads per period × periods (>= 0)
    reusable_pads_worn_out: float  #: reusable pads thrown away a year: set / life in years


def buyer_year(inputs: BuyerInputs) -> BuyerYear:
    """Compare a year of disposable and reusable pads. With the illustrative defaults: Br 900 a
    year for disposable pads, Br 210 for reusable ones (Br 150 for the set spread over 2 years +
    Br 60 of soap), and 180 disposable pads a year not thrown away."""
    disposable = inputs.pads_per_cycle * inputs.cycles_per_year * inputs.disposable_price
    reusable = (
        inputs.reusable_pads * inputs.reusable_price / inputs.lifetime_years
        + inputs.washing_cost_per_cycle * inputs.cycles_per_year
    )
    return BuyerYear(
        disposable_cost=disposable,
        reusable_cost=reusable,
        saving=disposable - reusable,
        disposable_pads_avoided=inputs.pads_per_cycle * inputs.cycles_per_year,
        reusable_pads_worn_out=inputs.reusable_pads / inputs.lifetime_years,
    )
