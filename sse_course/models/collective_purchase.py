"""Collective purchase of raw materials by a producers' supply cooperative (modelled on SEWA's Dura Sundari).

Dura Sundari is a cooperative owned by home-based garment producers to supply their inputs. It buys
thread and other raw materials in bulk and sells them to its members below the local shop price. This module answers
three questions a member might ask:

* How much does each member save a month by buying from the cooperative?
* Does the cooperative cover its costs (a surplus) or not (a loss)?
* How many members must buy together before it breaks even?

ALL NUMBERS ARE MADE UP FOR THE EXAMPLE (illustrative), in Indian rupees (₹) per month: the sources
give no figure of Dura Sundari. Each default below says why its size is plausible; the storekeeper's
pay is checked against Gujarat's legal minimum wage (references.bib: gujarat2023minimumwages).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise
from numbers import Integral
from typing import Any

from sse_course.formatting import plain_number
from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import gettext as _

from .checks import InputChecks, is_number, shown, store
from .errors import ModelInputError

#: The learner-facing name of each input, used in error messages and labels (in the language of
#: the moment).
FIELD_LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "members": _("Members"),
        "need_per_member": _("Need per member"),
        "retail_price": _("Shop price"),
        "member_price": _("Member price"),
        "bulk_tiers": _("Bulk price tiers"),
        "running_costs": _("Running costs"),
    }
)

_check = InputChecks(FIELD_LABELS)


def _tiers(value: Any) -> tuple[tuple[float, float], ...]:
    """Check the bulk price tiers and return them as a tuple of (min_units, unit_price) floats."""

    def fail(message: str) -> ModelInputError:
        return ModelInputError(message, "bulk_tiers")

    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise _check.must_be("bulk_tiers", _("a list of (minimum units, price per unit) pairs"), value)
    tiers = []
    for tier in value:
        pair = tuple(tier) if isinstance(tier, Iterable) and not isinstance(tier, (str, bytes)) else ()
        if len(pair) != 2:
            raise _check.must_be("bulk_tiers", _("(minimum units, price per unit) pairs"), tier)
        low, price = pair
        if not (is_number(low) and is_number(price)):
            raise fail(
                _("{label} must contain only ordinary numbers (you gave {tier}).").format(
                    label=FIELD_LABELS["bulk_tiers"], tier=repr(tier)
                )
            )
        if price <= 0:
            raise fail(
                _("{label} must have prices greater than 0 (you gave {price} for {units} units).").format(
                    label=FIELD_LABELS["bulk_tiers"], price=shown(price), units=shown(low)
                )
            )
        tiers.append((float(low), float(price)))
    if not tiers:
        raise fail(
            _("{label} must contain at least one tier, starting at 0 units (you gave none).").format(
                label=FIELD_LABELS["bulk_tiers"]
            )
        )
    if tiers[0][0] != 0:
        raise fail(
            _("{label} must start at 0 units (the first tier starts at {units}).").format(
                label=FIELD_LABELS["bulk_tiers"], units=plain_number(tiers[0][0])
            )
        )
    for (low, _price), (high, _next_price) in pairwise(tiers):
        if high <= low:
            raise fail(
                _("{label} must list minimum units in increasing order ({high} comes after {low}).").format(
                    label=FIELD_LABELS["bulk_tiers"], high=plain_number(high), low=plain_number(low)
                )
            )
    return tuple(tiers)


@dataclass(frozen=True)
class PurchaseInputs:
    """What the cooperative and its members look like in one month (illustrative, ₹).

    Invalid values raise :class:`ModelInputError` when the object is created; a whole-number float
    for ``members`` is stored as an int and the tiers are stored as a tuple of float pairs.
    """

    members: int  #: number of members buying through the cooperative (whole number, at least 1)
    need_per_member: float  #: units (spools or kg of thread) each member needs a month (> 0)
    retail_price: float  #: price of one unit in the local shop (> 0)
    member_price: float  #: price the cooperative charges its members per unit (> 0)
    bulk_tiers: tuple[tuple[float, float], ...]  #: (min_units, unit_price) the wholesaler charges
    running_costs: float  #: the cooperative's fixed monthly costs: rent, storekeeper, transport (>= 0)

    def __post_init__(self) -> None:
        store(
            self,
            {
                "members": _check.whole("members", self.members),
                "need_per_member": _check.number(
                    "need_per_member", self.need_per_member, inclusive=False, divisor=True
                ),
                "retail_price": _check.number("retail_price", self.retail_price, inclusive=False),
                "member_price": _check.number("member_price", self.member_price, inclusive=False),
                "bulk_tiers": _tiers(self.bulk_tiers),
                "running_costs": _check.number("running_costs", self.running_costs),
            },
        )


#: Illustrative defaults (₹ per month), made up for the example. None is Dura Sundari's real figure.
DEFAULTS = PurchaseInputs(
    # 400 members: made up. Enough garment workers in one city to buy in bulk, yet few enough to
    # meet and decide together; tiny next to SEWA's 1.7 million members (2019).
    members=400,
    # 10 units (spools of thread) a month: made up; a home-based stitcher who sews most days uses
    # several spools a week.
    need_per_member=10,
    # ₹50 a unit in the local shop: made up; the price every other price is compared with.
    retail_price=50,
    # ₹44 to members: made up; 12 % below the shop, a saving a member notices on every spool.
    member_price=44,
    # Wholesale prices fall with the monthly order (₹45, ₹40 from 1,000 units, ₹36 from 5,000):
    # made up; a small order gets almost the shop price, a large one about a quarter off.
    bulk_tiers=((0, 45), (1000, 40), (5000, 36)),
    # ₹15,000 a month: ₹5,000 rent for a small store room (made up), ₹7,000 for a storekeeper 4 hours
    # a day (Gujarat's minimum basic wage for unskilled work in a city, before the allowance, was
    # ₹452 a day from April 2023, and a part-timer of up to 4 hours gets at least half: about ₹5,900
    # for 26 days; ₹7,000 leaves room for the allowance and the rises since) and ₹3,000 to hire a
    # small goods vehicle a few times a month (made up).
    running_costs=15_000,
)

#: The largest membership break_even_members tries unless told otherwise.
MAX_MEMBERS = 100_000

#: Membership sizes shown in the book's table of outcomes.
DEFAULT_SIZES: tuple[int, ...] = (100, 200, 300, 375, 400, 500)


@dataclass(frozen=True)
class PurchaseOutcome:
    """One month of collective purchasing (illustrative ₹; a negative surplus is a loss)."""

    members: int  #: number of members buying
    total_units: float  #: members × need per member
    bulk_unit_price: float  #: wholesale price per unit for that total quantity
    saving_per_member: float  #: (retail price − member price) × need per member
    revenue: float  #: what members pay the cooperative
    purchase_cost: float  #: what the cooperative pays the wholesaler
    surplus: float  #: revenue − purchase cost − running costs (negative means a loss)
    covers_costs: bool  #: True when the surplus is 0 or more


def _bulk_price(tiers: tuple[tuple[float, float], ...], units: float) -> float:
    """Price of the highest tier whose minimum is at most ``units``."""
    return tiers[bisect_right([low for low, _ in tiers], units) - 1][1]


def simulate(inputs: PurchaseInputs) -> PurchaseOutcome:
    """Work out one month's saving, revenue, costs and surplus (illustrative figures).

    The surplus is computed as ``total_units × (member_price − bulk_unit_price) − running_costs``,
    which equals ``revenue − purchase_cost − running_costs``; written this way it rises steadily with
    the number of members inside each price tier, which :func:`break_even_members` relies on.
    """
    units = inputs.members * inputs.need_per_member
    price = _bulk_price(inputs.bulk_tiers, units)
    surplus = units * (inputs.member_price - price) - inputs.running_costs
    return PurchaseOutcome(
        members=inputs.members,
        total_units=units,
        bulk_unit_price=price,
        saving_per_member=(inputs.retail_price - inputs.member_price) * inputs.need_per_member,
        revenue=inputs.member_price * units,
        purchase_cost=price * units,
        surplus=surplus,
        covers_costs=surplus >= 0,
    )


def _covers(inputs: PurchaseInputs, members: int) -> bool:
    """Whether ``members`` members cover the costs, everything else unchanged."""
    return simulate(replace(inputs, members=members)).covers_costs


def _first_members_reaching(units: float, need: float, limit: int) -> int:
    """Smallest n >= 1 with n × need >= units, or ``limit`` if that is larger than ``limit``."""
    estimate = units / need
    if not estimate <= limit:  # also catches an overflow to infinity
        return limit
    n = max(1, math.ceil(estimate))
    while n > 1 and (n - 1) * need >= units:  # correct any rounding in the division
        n -= 1
    while n * need < units:
        n += 1
    return min(n, limit)


def break_even_members(inputs: PurchaseInputs, max_members: int = MAX_MEMBERS) -> int | None:
    """Smallest number of members (1 to ``max_members``) whose surplus is 0 or more, else ``None``.

    Everything but the number of members stays as in ``inputs``. Within one bulk price tier the
    cooperative earns a fixed margin (member price − tier price) on every unit, so there it needs
    ``running_costs / (need_per_member × margin)`` members, rounded up. A bigger tier can break even
    with fewer members than a smaller one's formula says, so every tier is checked and the smallest
    answer wins. With the illustrative defaults the answer is 375 members.
    """
    if isinstance(max_members, bool) or not isinstance(max_members, Integral) or max_members < 1:
        raise ModelInputError(
            _("The largest membership to try must be a whole number of at least 1 (you gave {value}).").format(
                value=repr(max_members)
            )
        )
    need, tiers = inputs.need_per_member, inputs.bulk_tiers
    beyond = max_members + 1
    best: int | None = None
    for index, (low, price) in enumerate(tiers):
        first = _first_members_reaching(low, need, beyond)  # first membership in this tier
        if index + 1 < len(tiers):
            last = _first_members_reaching(tiers[index + 1][0], need, beyond) - 1
        else:
            last = max_members
        last = min(last, max_members)
        if first > last:
            continue
        margin = inputs.member_price - price
        if margin <= 0:  # no gain from more members: the tier's smallest membership is its best
            candidate = first if _covers(inputs, first) else None
        else:
            per_member = need * margin  # what one more member adds to the surplus
            estimate = inputs.running_costs / per_member if per_member > 0 else math.inf
            n = min(max(first, math.ceil(estimate)), last + 1) if estimate <= last else last + 1
            while n > first and _covers(inputs, n - 1):  # correct any rounding in the division
                n -= 1
            while n <= last and not _covers(inputs, n):
                n += 1
            candidate = n if n <= last else None
        if candidate is not None and (best is None or candidate < best):
            best = candidate
    return best


def outcomes_by_size(inputs: PurchaseInputs, sizes: Iterable[int] = DEFAULT_SIZES) -> list[PurchaseOutcome]:
    """One outcome per membership size in ``sizes``, everything else as in ``inputs``."""
    return [simulate(replace(inputs, members=size)) for size in sizes]
