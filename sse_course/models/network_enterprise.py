"""Working alone or working together in a network of home-based workers (modelled on ATEMDO, Brazil).

ATEMDO's members produce and sell varied products. At a HomeNet International webinar in January
2022 its president said that they organise collectively: they buy raw materials together
(collective purchases), they produce in networks, and they sell together (collaborative
marketing). They also run solidarity revolving funds. This module compares, for one member and
one month, working alone with working together through these mechanisms:

1. **Buying together**: the group's order reaches a supplier's minimum for a bulk discount on raw
   materials. The bulk-price logic is :mod:`sse_course.models.collective_purchase`'s, reused here.
2. **Producing together**: buyers order big lots (``order_size`` pieces by the end of the month).
   A member alone can make ``capacity`` pieces; if that is fewer than one order, she cannot take
   any. Together the members pool their capacity and take as many whole orders as it fills.
3. **Selling together**: one stall or online shop whose cost is shared, instead of one each.
4. *Optional*: a **solidarity revolving fund** (:func:`revolving_fund`): members pay in every
   month, the fund lends for raw materials, and repayments are lent again.

ALL NUMBERS ARE MADE UP FOR THE EXAMPLE (illustrative), in Brazilian reais (R$) per month: the sources
give no figure of ATEMDO. Each default below says why its size is plausible; a member's own sales are
set against Brazil's minimum wage (references.bib: brazil2023minimumwage).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import gettext as _

from .checks import InputChecks, store
from .collective_purchase import PurchaseInputs
from .collective_purchase import simulate as simulate_purchase
from .errors import ModelInputError

#: The learner-facing name of each input, used in error messages and labels.
FIELD_LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "members": _("Members"),
        "own_sales": _("Sales of her own products"),
        "material_need": _("Raw material per member"),
        "retail_price": _("Shop price of raw material"),
        "bulk_discount": _("Bulk discount"),
        "bulk_minimum": _("Smallest bulk order"),
        "capacity": _("Pieces a member can make"),
        "order_size": _("Order size"),
        "order_margin": _("Earnings per piece"),
        "stall_cost": _("Stall cost"),
        "capacities": _("Pieces each member can make"),
        "sharers": _("Members sharing the stall"),
        "contribution": _("Monthly payment into the fund"),
        "loan_size": _("Loan size"),
        "repay_months": _("Months to repay"),
        "months": _("Months"),
    }
)

#: Mechanism names as learners read them, in the order the book shows them.
MECHANISMS: tuple[str, ...] = ("Buying together", "Producing together", "Selling together")


# ---- input checks -----------------------------------------------------------------------------

_check = InputChecks(FIELD_LABELS)
#: A network of home-based workers' groups, not a whole movement: the model works member by member.
MAX_MEMBERS = 10_000
#: Ten years, month by month.
MAX_MONTHS = 120


def _capacities(value: Any) -> tuple[float, ...]:
    """A non-empty list of capacities, each a number of at least 0."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise _check.must_be("capacities", _("a list of numbers"), value)
    values = tuple(value)
    if not values:
        raise ModelInputError(
            _("{label} must list at least one member (you gave none).").format(label=FIELD_LABELS["capacities"]),
            "capacities",
        )
    return tuple(_check.number("capacities", item, what=_("numbers of at least 0")) for item in values)


# ---- the three mechanisms, one small function each ---------------------------------------------


def pooled_capacity(capacities: Iterable[float]) -> float:
    """Pieces a group can make in a month: the sum of its members' capacities (each at least 0).

    ``math.fsum`` rounds the sum only once, so ``n`` members of capacity ``c`` pool exactly ``n * c``,
    the figure :func:`members_needed` works with.
    """
    return math.fsum(_capacities(capacities))


def orders_filled(order_size: int, capacities: Iterable[float]) -> int:
    """How many whole orders of ``order_size`` pieces the members' pooled capacity can fill."""
    size = _check.whole("order_size", order_size)
    return math.floor(Fraction(pooled_capacity(capacities)) / size)  # exact: no rounding at the edges


def can_take_order(order_size: int, capacities: Iterable[float]) -> bool:
    """Whether the members, working together, can fill one order of ``order_size`` pieces."""
    return orders_filled(order_size, capacities) >= 1


def _smallest_group(target: float, each: float) -> int:
    """Smallest n >= 1 with n × each >= target (each > 0), as the model's float arithmetic counts it.

    The exact quotient gives n; a float product can round up to the target one member earlier, and
    :func:`pooled_capacity` (n × each, rounded once) would then count that smaller group as enough.
    """
    n = max(1, math.ceil(Fraction(target) / Fraction(each)))
    if 1 < n <= 2**53 and (n - 1) * each >= target:
        n -= 1
    return n


def members_needed(order_size: int, capacity: float) -> int:
    """The smallest group of members, each able to make ``capacity`` pieces, that fills one order."""
    size = _check.whole("order_size", order_size)
    return _smallest_group(size, _check.number("capacity", capacity, inclusive=False, divisor=True))


def stall_share(stall_cost: float, sharers: int) -> float:
    """Each member's part of one stall's monthly cost, shared equally among ``sharers`` members."""
    cost = _check.number("stall_cost", stall_cost)
    return cost / _check.whole("sharers", sharers)


# ---- the whole model --------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkInputs:
    """One month of a network of home-based workers (illustrative R$).

    Invalid values raise :class:`ModelInputError` when the object is created; whole-number floats
    for ``members`` and ``order_size`` are stored as ints.
    """

    members: int  #: members working together (whole number, at least 1)
    own_sales: float  #: R$ a member earns a month selling her own products (>= 0), alone or together
    material_need: float  #: units of raw material (e.g. metres of cloth) a member needs a month (> 0)
    retail_price: float  #: R$ a unit in a shop, for a buyer of small amounts (> 0)
    bulk_discount: float  #: % off the shop price for a bulk order (0 or more, under 100)
    bulk_minimum: float  #: units an order must reach to get the bulk discount (> 0)
    capacity: float  #: pieces a member can make a month for big orders, besides her own products (> 0)
    order_size: int  #: pieces in one big order, to deliver by the end of the month (whole, >= 1)
    order_margin: float  #: R$ a member keeps per piece of a big order, after materials (>= 0)
    stall_cost: float  #: R$ a month for one market stall or online shop (>= 0)

    def __post_init__(self) -> None:
        store(
            self,
            {
                "members": _check.whole("members", self.members, maximum=MAX_MEMBERS),
                "own_sales": _check.number("own_sales", self.own_sales),
                "material_need": _check.number("material_need", self.material_need, inclusive=False, divisor=True),
                "retail_price": _check.number("retail_price", self.retail_price, inclusive=False),
                "bulk_discount": _check.number("bulk_discount", self.bulk_discount, below=100),
                "bulk_minimum": _check.number("bulk_minimum", self.bulk_minimum, inclusive=False),
                "capacity": _check.number("capacity", self.capacity, inclusive=False, divisor=True),
                "order_size": _check.whole("order_size", self.order_size),
                "order_margin": _check.number("order_margin", self.order_margin),
                "stall_cost": _check.number("stall_cost", self.stall_cost),
            },
        )

    @property
    def bulk_price(self) -> float:
        """R$ a unit once an order reaches the bulk minimum."""
        return self.retail_price * (1 - self.bulk_discount / 100)


#: Illustrative defaults (R$ per month), made up for the example. None is a figure of ATEMDO: the
#: sources give none.
DEFAULTS = NetworkInputs(
    # 10 members: made up; a group small enough to meet in one home and decide together.
    members=10,
    # R$1,000 a month from selling her own products: made up; less than Brazil's minimum wage
    # (R$1,412 a month from January 2024): a woman selling alone from home, part of the day, may
    # well earn less.
    own_sales=1000,
    # 20 units (e.g. metres of cloth) of raw material a month per member: made up; enough for the
    # pieces she sells in a month.
    material_need=20,
    # R$15 a unit in a local shop: made up; the price a buyer of a few metres pays.
    retail_price=15,
    # 20 % off for a bulk order: made up; a supplier can give it because one delivery replaces many.
    bulk_discount=20,
    # The supplier's bulk price starts at 100 units: made up; more than one member (20 units) buys
    # alone, so only a group reaches it.
    bulk_minimum=100,
    # 25 pieces a month for big orders, besides her own products: made up; about one piece a
    # working day.
    capacity=25,
    # Orders of 100 pieces (e.g. bags for a shop or an event): made up; four times one member's
    # capacity, so no member can fill one alone.
    order_size=100,
    # R$4 kept per piece of an order after materials: made up; a buyer of 100 pieces pays less per
    # piece than a buyer of one.
    order_margin=4,
    # R$150 a month for a stall at a weekly fair or an online shop's fees: made up; small next to
    # one member's sales, large enough that sharing it matters.
    stall_cost=150,
)

#: Group sizes shown in the book's table.
DEFAULT_SIZES: tuple[int, ...] = (1, 2, 5, 10, 25)


@dataclass(frozen=True)
class MemberAccount:
    """One member's month (illustrative R$): what she sells, what she spends, what she keeps."""

    own_sales: float  #: sales of her own products
    order_income: float  #: her share of what big orders earn
    materials: float  #: what her raw materials cost
    stall: float  #: what she pays for a stall or online shop

    @property
    def sales(self) -> float:
        return self.own_sales + self.order_income

    @property
    def costs(self) -> float:
        return self.materials + self.stall

    @property
    def net_income(self) -> float:
        """Sales minus costs: what she keeps for her work."""
        return self.sales - self.costs


@dataclass(frozen=True)
class NetworkOutcome:
    """Working alone and working together compared for one member and one month (illustrative R$)."""

    members: int  #: members working together
    alone: MemberAccount  #: a member who buys, produces and sells on her own
    together: MemberAccount  #: the same member in the group
    group_units: float  #: units of raw material the group buys together
    price_alone: float  #: R$ a unit she pays buying alone
    price_together: float  #: R$ a unit the group pays (and passes on at cost)
    orders_alone: int  #: big orders she can fill alone in a month
    orders_together: int  #: big orders the group can fill in a month
    pooled_capacity: float  #: pieces the group can make in a month for big orders
    members_for_an_order: int  #: the smallest group that can fill one order
    members_for_bulk_price: int  #: the smallest group whose order reaches the bulk minimum

    @property
    def gains(self) -> dict[str, float]:
        """What each mechanism adds to her net income, by name (see :data:`MECHANISMS`)."""
        return {
            "Buying together": self.alone.materials - self.together.materials,
            "Producing together": self.together.order_income - self.alone.order_income,
            "Selling together": self.alone.stall - self.together.stall,
        }

    @property
    def gain(self) -> float:
        """How much more she keeps a month working together (negative would mean less)."""
        return self.together.net_income - self.alone.net_income


def unit_price(inputs: NetworkInputs, buyers: int) -> float:
    """R$ a unit when ``buyers`` members order their raw material together (1 = buying alone).

    Reuses the collective-purchase model: the supplier's price tiers are the shop price below the
    bulk minimum and the discounted price from it. The group passes the price on at cost, so the
    cooperative's own member price and running costs play no part here.
    """
    purchase = PurchaseInputs(
        members=buyers,
        need_per_member=inputs.material_need,
        retail_price=inputs.retail_price,
        member_price=inputs.retail_price,  # not used: only the wholesale price is read below
        bulk_tiers=((0, inputs.retail_price), (inputs.bulk_minimum, inputs.bulk_price)),
        running_costs=0,
    )
    return simulate_purchase(purchase).bulk_unit_price


def simulate(inputs: NetworkInputs) -> NetworkOutcome:
    """One member's month, alone and together (illustrative R$)."""
    n = inputs.members
    price_alone, price_together = unit_price(inputs, 1), unit_price(inputs, n)
    orders_alone = orders_filled(inputs.order_size, [inputs.capacity])
    orders_together = orders_filled(inputs.order_size, [inputs.capacity] * n)
    per_order = inputs.order_size * inputs.order_margin
    alone = MemberAccount(
        own_sales=inputs.own_sales,
        order_income=orders_alone * per_order,
        materials=inputs.material_need * price_alone,
        stall=stall_share(inputs.stall_cost, 1),
    )
    together = MemberAccount(
        own_sales=inputs.own_sales,
        order_income=orders_together * per_order / n,  # the group shares what its orders earn
        materials=inputs.material_need * price_together,
        stall=stall_share(inputs.stall_cost, n),
    )
    return NetworkOutcome(
        members=n,
        alone=alone,
        together=together,
        group_units=n * inputs.material_need,
        price_alone=price_alone,
        price_together=price_together,
        orders_alone=orders_alone,
        orders_together=orders_together,
        pooled_capacity=pooled_capacity([inputs.capacity] * n),
        members_for_an_order=members_needed(inputs.order_size, inputs.capacity),
        members_for_bulk_price=_smallest_group(inputs.bulk_minimum, inputs.material_need),
    )


def outcomes_by_size(inputs: NetworkInputs, sizes: Iterable[int] = DEFAULT_SIZES) -> list[NetworkOutcome]:
    """One outcome per group size in ``sizes``, everything else as in ``inputs``."""
    return [simulate(replace(inputs, members=size)) for size in sizes]


# ---- optional: a solidarity revolving fund ------------------------------------------------------


@dataclass(frozen=True)
class FundInputs:
    """A solidarity revolving fund (illustrative R$): no interest, every loan repaid on time."""

    members: int  #: members paying in (whole number, at least 1)
    contribution: float  #: R$ each member pays into the fund every month (>= 0)
    loan_size: float  #: R$ lent to a member for raw materials (> 0)
    repay_months: int  #: equal monthly instalments, starting the month after the loan (whole, >= 1)
    months: int = 12  #: months simulated (whole, >= 1)

    def __post_init__(self) -> None:
        store(
            self,
            {
                "members": _check.whole("members", self.members, maximum=MAX_MEMBERS),
                "contribution": _check.number("contribution", self.contribution),
                "loan_size": _check.number("loan_size", self.loan_size, inclusive=False),
                "repay_months": _check.whole("repay_months", self.repay_months, maximum=MAX_MONTHS),
                "months": _check.whole("months", self.months, maximum=MAX_MONTHS),
            },
        )


#: Illustrative fund defaults (R$). None is a figure of ATEMDO.
FUND_DEFAULTS = FundInputs(
    members=DEFAULTS.members,
    # R$10 a month from each member: made up; 1 % of her own sales, a sum every member can pay.
    contribution=10,
    # R$300 a loan: one month of raw materials bought alone (20 units × R$15); made up.
    loan_size=300,
    # Repaid in 6 monthly instalments of R$50, with no interest: made up; an instalment of 5 % of her
    # sales leaves her enough to live on.
    repay_months=6,
)


@dataclass(frozen=True)
class FundOutcome:
    """A year (or ``months``) of the fund. Each member borrows at most once, in the order they ask."""

    members: int  #: members paying in
    loans_by_month: tuple[int, ...]  #: loans made in each month
    balances: tuple[float, ...]  #: money left in the fund at the end of each month (never below 0)
    paid_in: float  #: all members' payments over the period
    repaid: float  #: instalments paid back over the period
    outstanding: float  #: what borrowers still owe at the end

    @property
    def members_served(self) -> int:
        """Members who got a loan during the period."""
        return sum(self.loans_by_month)

    @property
    def first_loan_month(self) -> int | None:
        """The month (1 = the first) of the first loan, or ``None`` if no one could borrow."""
        return next((m for m, loans in enumerate(self.loans_by_month, 1) if loans), None)


def revolving_fund(inputs: FundInputs) -> FundOutcome:
    """Month by month: members pay in, borrowers repay, then the fund lends to as many members as it can.

    The money is counted exactly (fractions), so the fund never lends what it does not have and
    ``balance + outstanding = paid in`` holds to the cent.
    """
    contribution, loan = Fraction(inputs.contribution), Fraction(inputs.loan_size)
    instalment = loan / inputs.repay_months
    balance = paid_in = repaid = Fraction(0)
    loans: list[int] = []
    balances: list[float] = []
    due = 0  # loans still being repaid: made in the last repay_months months (kept as a running sum)
    for month in range(inputs.months):
        paid_in += contribution * inputs.members
        if month >= 1:
            due += loans[month - 1]
        if month - 1 - inputs.repay_months >= 0:
            due -= loans[month - 1 - inputs.repay_months]
        repaid += due * instalment
        balance += contribution * inputs.members + due * instalment
        waiting = inputs.members - sum(loans)
        new = min(waiting, math.floor(balance / loan))
        balance -= new * loan
        loans.append(new)
        balances.append(float(balance))
    outstanding = sum(loans) * loan - repaid
    return FundOutcome(
        members=inputs.members,
        loans_by_month=tuple(loans),
        balances=tuple(balances),
        paid_in=float(paid_in),
        repaid=float(repaid),
        outstanding=float(outstanding),
    )
