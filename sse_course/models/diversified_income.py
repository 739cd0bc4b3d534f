"""Diversified product lines and a community kitchen (modelled on PATAMABA-WISE, the Philippines).

PATAMABA-WISE, in Angono, is an organisation of home-based workers with a community-based model. It makes
several products (bakery, homecare products, rugs and doormats, food products, garments) and later
started a community kitchen and urban gardening. This module asks what such choices do in a bad
year, month by month:

* A shock, such as a lockdown, stops some product lines for some months (fully or partly).
* A *single-product group* earns all its income from one line; a *diversified group* earns the
  same total from several lines. How low does each group fall in its worst month? How far apart
  are its best and worst months? How much does it earn in the year?
* A community kitchen and urban garden lower the food bill of each member's household. What does a
  member have left after paying for her household's food?

Variability is measured by the *gap between the best and the worst month* (the range): in plain
words, how far income can fall below a good month.

ALL NUMBERS ARE MADE UP FOR THE EXAMPLE (illustrative), in Philippine pesos (₱) per month, over one
year of 12 months: the sources give no figure of PATAMABA-WISE. Each default below says why its size
is plausible; the household's food bill follows the Philippine Statistics Authority's food threshold
(references.bib: psa2023foodthreshold).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sse_course.formatting import money
from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import gettext as _

from .checks import InputChecks, is_number, shown, store
from .errors import ModelInputError

#: The product lines PATAMABA-WISE presented in January 2022, in a fixed order.
LINES: tuple[str, ...] = ("bakery", "homecare", "rugs", "food", "garments")

#: The learner-facing name of each product line.
LINE_LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "bakery": _("Bakery"),
        "homecare": _("Homecare products"),
        "rugs": _("Rugs and doormats"),
        "food": _("Food products"),
        "garments": _("Garments"),
    }
)

#: The months of the modelled year.
MONTHS: tuple[int, ...] = tuple(range(1, 13))

#: The learner-facing name of each input, used in error messages and labels.
FIELD_LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "line_income": _("Income of a product line"),
        "single_line": _("The single-product group's line"),
        "members": _("Members"),
        "food_cost": _("Household food cost per member"),
        "kitchen_saving": _("Kitchen and garden saving"),
        "stopped": _("Lines that stop"),
        "start": _("Shock start month"),
        "length": _("Shock length"),
        "loss": _("Income lost in the lines hit"),
    }
)


# ---- validation -------------------------------------------------------------------------------

_check = InputChecks(FIELD_LABELS, show=shown)


def _pesos(field: str, value: Any, label: str | None = None) -> float:
    """Return ``value`` as a finite float of at least 0, or raise ModelInputError naming ``field``."""
    return _check.number(
        field, value, what=_("a number of {zero} or more a month").format(zero=money(0, "PHP")), label=label
    )


def _line(field: str, value: Any) -> str:
    """A known product line, or ModelInputError naming ``field`` and listing the lines."""
    if not isinstance(value, str) or value not in LINES:
        raise ModelInputError(
            _("{label}: {value} is not a product line of the model. The lines are: {lines}.").format(
                label=FIELD_LABELS[field], value=shown(value), lines=", ".join(LINES)
            ),
            field,
        )
    return value


def _line_income(value: Any) -> tuple[tuple[str, float], ...]:
    """Check the income of each line; return it for every line in LINES order (0 if not given)."""
    field = "line_income"
    if not isinstance(value, Mapping):
        pairs = value
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise ModelInputError(
                _("{label}: give a table of line → ₱ a month (you gave {value}).").format(
                    label=FIELD_LABELS[field], value=shown(value)
                ),
                field,
            )
        try:
            value = dict(pairs)
        except (TypeError, ValueError):
            raise ModelInputError(
                _("{label}: give (line, ₱ a month) pairs (you gave {value}).").format(
                    label=FIELD_LABELS[field], value=shown(pairs)
                ),
                field,
            ) from None
    for line in value:
        _line(field, line)
    income = {
        line: _pesos(field, value.get(line, 0), label=_("{line} income").format(line=LINE_LABELS[line]))
        for line in LINES
    }
    if sum(income.values()) <= 0:
        raise ModelInputError(
            _("{label}: at least one line must earn more than {zero} a month (every line earns {zero}).").format(
                label=FIELD_LABELS[field], zero=money(0, "PHP")
            ),
            field,
        )
    return tuple(income.items())


def _stopped(value: Any) -> frozenset[str]:
    field = "stopped"
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise _check.must_be(field, _("a list of product lines, maybe empty"), value)
    return frozenset(_line(field, line) for line in value)


# ---- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupInputs:
    """The diversified group, its single-product twin, and its members' food (illustrative ₱).

    ``line_income`` may be given as a mapping ``{line: ₱ a month}``; lines not given earn ₱0. It is
    stored as ``(line, ₱)`` pairs for every line in :data:`LINES` order. Invalid values raise
    :class:`ModelInputError` when the object is created.
    """

    line_income: tuple[tuple[str, float], ...]  #: each line's income in a normal month (₱, >= 0)
    single_line: str  #: the one line the single-product group makes (it earns the same total)
    members: int  #: members who share the group's income (whole number, at least 1)
    food_cost: float  #: what each member's household spends on food a month without the kitchen and garden (₱, >= 0)
    kitchen_saving: float  #: what the kitchen and garden save each member's household a month (₱, 0 to food_cost)

    def __post_init__(self) -> None:
        checked: dict[str, Any] = {
            "line_income": _line_income(self.line_income),
            "single_line": _line("single_line", self.single_line),
            "members": _check.whole("members", self.members),  # at most checks.LARGEST_WHOLE
            "food_cost": _pesos("food_cost", self.food_cost),
            "kitchen_saving": _pesos("kitchen_saving", self.kitchen_saving),
        }
        if checked["kitchen_saving"] > checked["food_cost"]:
            raise ModelInputError(
                _("{label} cannot be more than the food cost of {food} a month (you gave {value}).").format(
                    label=FIELD_LABELS["kitchen_saving"],
                    food=money(checked["food_cost"], "PHP"),
                    value=shown(self.kitchen_saving),
                ),
                "kitchen_saving",
            )
        store(self, checked)

    @property
    def total(self) -> float:
        """The group's income in a normal month: the sum of its lines (₱)."""
        return sum(income for _, income in self.line_income)

    def income(self, line: str) -> float:
        """One line's income in a normal month (₱)."""
        return dict(self.line_income)[_line("line_income", line)]

    @property
    def lines_made(self) -> tuple[str, ...]:
        """The lines that earn more than ₱0, in :data:`LINES` order."""
        return tuple(line for line, income in self.line_income if income > 0)


@dataclass(frozen=True)
class Shock:
    """A shock such as a lockdown: some lines lose income for some months of the year.

    ``stopped`` may be any iterable of line names; it is stored as a frozenset. The shock's months
    are ``start`` to ``start + length − 1`` and must lie within months 1 to 12. ``length`` 0, no
    line stopped, or ``loss`` 0 all mean: no shock.
    """

    stopped: frozenset[str]  #: the lines the shock hits
    start: int  #: the first month of the shock (1 to 12)
    length: int  #: how many months it lasts (0 to 13 − start)
    loss: float = 1.0  #: share of a hit line's income lost in those months: 1 = it stops, 0.5 = half

    def __post_init__(self) -> None:
        stopped = _stopped(self.stopped)
        start = _check.whole("start", self.start, maximum=12, what=_("a whole month from 1 to 12"))
        length = _check.whole(
            "length", self.length, minimum=0, maximum=12, what=_("a whole number of months from 0 to 12")
        )
        if start + length - 1 > 12:
            raise ModelInputError(
                _(
                    "{label}: a shock that starts in month {start} must end by month 12, so it can last at most "
                    "{longest} months (you gave {length})."
                ).format(label=FIELD_LABELS["length"], start=start, longest=13 - start, length=length),
                "length",
            )
        if not is_number(self.loss) or not 0 <= self.loss <= 1:
            if is_number(self.loss):  # the share as a percentage, the % placed as the language places it
                words = _("{label} must be a share from 0 to 1, that is 0% to 100% (you gave {value}%).")
                given = shown(self.loss * 100)
            else:
                words = _("{label} must be a share from 0 to 1, that is 0% to 100% (you gave {value}).")
                given = shown(self.loss)
            raise ModelInputError(words.format(label=FIELD_LABELS["loss"], value=given), "loss")
        store(self, {"stopped": stopped, "start": start, "length": length, "loss": float(self.loss)})

    @property
    def months(self) -> tuple[int, ...]:
        """The months the shock lasts (empty when its length is 0)."""
        return tuple(range(self.start, self.start + self.length))


#: Illustrative defaults (₱ a month), made up for the example. None is PATAMABA-WISE's real figure:
#: the sources give none.
DEFAULTS = GroupInputs(
    line_income=(
        # ₱24,000 a month from bread and cakes sold every day in the neighbourhood; made up.
        ("bakery", 24_000),
        # ₱18,000 a month from homecare products such as soap, sold to the same neighbours; made up.
        ("homecare", 18_000),
        # ₱18,000 a month from rugs and doormats sold at markets; made up.
        ("rugs", 18_000),
        # ₱24,000 a month from food products, which sell in every season; made up.
        ("food", 24_000),
        # ₱36,000 a month from sewing orders: the biggest line, as garment work is the home-based
        # work these women knew best; made up. Total: ₱120,000 a month, ₱12,000 per member.
        ("garments", 36_000),
    ),
    # The single-product group makes only garments and earns the same ₱120,000 a month from them.
    single_line="garments",
    # 10 members: a small community group whose members know each other; made up.
    members=10,
    # ₱7,700 a month for the food of a member's household of four: the Philippine Statistics
    # Authority's food threshold for 2023 (₱9,581 a month for a family of five, about ₱64 a person a
    # day) for four people over 30 days (4 × ₱64 × 30 = ₱7,680), rounded.
    food_cost=7700,
    # ₱1,500 a month, about a fifth of the household's food bill, saved by shared meals from the
    # kitchen on some days and vegetables from the garden instead of the market; made up.
    kitchen_saving=1500,
)

#: Illustrative default shock: a lockdown closes the markets for garments and for rugs and doormats
#: for three months (months 4 to 6); those two lines earn nothing in those months.
DEFAULT_SHOCK = Shock(stopped=frozenset({"garments", "rugs"}), start=4, length=3, loss=1.0)

#: The shocks the book's tables compare, labelled (in English: :data:`SCENARIO_LABELS` says them
#: in the language of the moment) by what stops: nothing, the default, the food lines, every line.
SCENARIOS: tuple[tuple[str, Shock], ...] = (
    ("Nothing", Shock(stopped=frozenset(), start=4, length=3)),
    ("Garments, rugs and doormats", DEFAULT_SHOCK),
    ("Bakery and food products", Shock(stopped=frozenset({"bakery", "food"}), start=4, length=3)),
    ("All five lines", Shock(stopped=frozenset(LINES), start=4, length=3)),
)
#: The scenarios' labels as a learner reads them now.
SCENARIO_LABELS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "Nothing": _("Nothing"),
        "Garments, rugs and doormats": _("Garments, rugs and doormats"),
        "Bakery and food products": _("Bakery and food products"),
        "All five lines": _("All five lines"),
    }
)


# ---- outcomes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupYear:
    """One group's year under a shock (illustrative ₱; "after food" may be below 0: a shortfall)."""

    name: str  #: "Diversified group" or e.g. "Garments only", in the language of the moment
    lines: tuple[str, ...]  #: the lines it makes
    normal: float  #: its income in a month without shock
    monthly: tuple[float, ...]  #: its income in each of the 12 months
    lowest: float  #: its income in the worst month
    lowest_month: int  #: the first month with that income
    highest: float  #: its income in the best month
    gap: float  #: highest − lowest: how far income moves between the best and the worst month
    year_total: float  #: the sum of the 12 months
    per_member: tuple[float, ...]  #: each member's share of the income, month by month
    after_food: tuple[float, ...]  #: per member, minus food costs less the kitchen saving
    after_food_without_kitchen: tuple[float, ...]  #: per member, minus the full food costs

    @property
    def lowest_after_food(self) -> float:
        """What a member has left after food in the worst month, with the kitchen and garden."""
        return self.after_food[self.lowest_month - 1]

    @property
    def lowest_after_food_without_kitchen(self) -> float:
        return self.after_food_without_kitchen[self.lowest_month - 1]


@dataclass(frozen=True)
class Comparison:
    """The diversified group and the single-product group under the same shock."""

    shock: Shock
    diversified: GroupYear
    single: GroupYear


def monthly_income(line_income: Iterable[tuple[str, float]], shock: Shock) -> tuple[float, ...]:
    """Income in each month: the lines' total, less ``loss`` × the hit lines' income in shock months.

    The hit lines' income is summed in the same order as the total, from numbers of 0 or more, so
    in floating point it never exceeds the total: the comparisons the tests check hold exactly.
    """
    pairs = tuple(line_income)
    total = sum(income for _, income in pairs)
    hit = sum(income for line, income in pairs if line in shock.stopped)
    dip = total - shock.loss * hit
    months = set(shock.months)
    return tuple(dip if month in months else total for month in MONTHS)


def after_food(income: float, inputs: GroupInputs, with_kitchen: bool = True) -> float:
    """A member's share of the group's ``income`` less her household's food bill (₱ a month)."""
    food = inputs.food_cost - (inputs.kitchen_saving if with_kitchen else 0.0)
    return income / inputs.members - food


def group_year(name: str, line_income: Iterable[tuple[str, float]], shock: Shock, inputs: GroupInputs) -> GroupYear:
    """The year of a group with these lines (its members and food as in ``inputs``)."""
    pairs = tuple(line_income)
    monthly = monthly_income(pairs, shock)
    lowest = min(monthly)
    return GroupYear(
        name=name,
        lines=tuple(line for line, income in pairs if income > 0),
        normal=sum(income for _, income in pairs),
        monthly=monthly,
        lowest=lowest,
        lowest_month=monthly.index(lowest) + 1,
        highest=max(monthly),
        gap=max(monthly) - lowest,
        year_total=sum(monthly),
        per_member=tuple(m / inputs.members for m in monthly),
        after_food=tuple(after_food(m, inputs) for m in monthly),
        after_food_without_kitchen=tuple(after_food(m, inputs, with_kitchen=False) for m in monthly),
    )


def single_name(line: str) -> str:
    """``Garments only``: the name of the group that makes only ``line``."""
    return _("{line} only").format(line=LINE_LABELS[line])


def single_line_year(inputs: GroupInputs, line: str, shock: Shock) -> GroupYear:
    """The year of a group that earns the diversified group's whole total from ``line`` alone."""
    return group_year(single_name(line), ((_line("single_line", line), inputs.total),), shock, inputs)


def simulate(inputs: GroupInputs = DEFAULTS, shock: Shock = DEFAULT_SHOCK) -> Comparison:
    """Compare the diversified group with its single-product twin under ``shock`` (illustrative ₱)."""
    return Comparison(
        shock=shock,
        diversified=group_year(_("Diversified group"), inputs.line_income, shock, inputs),
        single=single_line_year(inputs, inputs.single_line, shock),
    )


def single_line_years(inputs: GroupInputs, shock: Shock) -> dict[str, GroupYear]:
    """One single-product group per line the diversified group makes, each with the same total."""
    return {line: single_line_year(inputs, line, shock) for line in inputs.lines_made}


def scenarios(
    inputs: GroupInputs = DEFAULTS, shocks: Iterable[tuple[str, Shock]] = SCENARIOS
) -> list[tuple[str, Comparison]]:
    """The comparison under each labelled shock (the book's table)."""
    return [(label, simulate(inputs, shock)) for label, shock in shocks]
