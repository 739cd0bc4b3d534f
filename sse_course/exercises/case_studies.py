"""Exercise "Case-study calculations" (exercises/case-study-calculations.ipynb, Part 4).

Each task uses a case-study model at its ILLUSTRATIVE (made-up) defaults. The statements and the expected
answers are both worked out from the models, so a change to a model's defaults changes the
exercise with it (and nbval shows the new result). The statements and the tasks' words are in the
language of the moment: ``BREAK_EVEN_STATEMENT`` and the other ``*_STATEMENT`` names are made when
they are read (the notebook imports them after choosing its language).
"""

from __future__ import annotations

from collections.abc import Callable

from sse_course.apps.collective_purchase import rupees, tiers_text
from sse_course.apps.diversified_income import pesos
from sse_course.apps.network_enterprise import reais
from sse_course.apps.pad_enterprise import birr
from sse_course.exercises.calculation import NumericTask
from sse_course.formatting import quantity
from sse_course.i18n.lazy import made_in_english
from sse_course.i18n.runtime import gettext as _
from sse_course.models import collective_purchase as sewa
from sse_course.models import diversified_income as patamaba
from sse_course.models import network_enterprise as atemdo
from sse_course.models import pad_enterprise as wise

# ---- SEWA's Dura Sundari: the break-even membership --------------------------------------------

_S = sewa.DEFAULTS
_FOUND = sewa.break_even_members(_S)
assert _FOUND is not None, "the SEWA defaults must break even for this task to have an answer"
_BREAK_EVEN: int = _FOUND


def break_even_statement() -> str:
    return _(
        "Each member needs {need} units of thread a month. The wholesale price falls when the cooperative "
        "buys more: {tiers}. The cooperative sells to members at {price} a unit. Its running costs are "
        "{running} a month. From how many members does the cooperative cover its costs? (Made-up numbers.)"
    ).format(
        need=quantity(_S.need_per_member),
        tiers=tiers_text(_S),
        price=rupees(_S.member_price),
        running=rupees(_S.running_costs),
    )


def _break_even_members() -> NumericTask:
    return NumericTask(
        _("break-even membership"),
        expected=_BREAK_EVEN,
        unit="members",
        hint=_(
            "Work out what one member's purchases leave for the cooperative each month (member price "
            "minus wholesale price, times the units). Divide the running costs by it and round up. "
            "Check whether more members reach a lower wholesale price."
        ),
        explanation=_(
            "From {members} members the margin on members' purchases covers the running costs. "
            "With fewer, the cooperative makes a loss."
        ).format(members=_BREAK_EVEN),
    )


BREAK_EVEN_MEMBERS = made_in_english(_break_even_members)


# ---- WISE Ethiopia: a price that pays a decent hourly rate --------------------------------------

_W = wise.DEFAULTS


def decent_price_statement() -> str:
    return _(
        "One reusable pad needs {materials} of materials and {minutes} minutes of work. The members want "
        "{rate} an hour. Rent and machine upkeep cost {overheads} a month, and they make {pads} pads a month. "
        "What is the lowest price per pad that pays the hourly rate and covers all the costs, before any "
        "margin? (Made-up numbers, in birr.)"
    ).format(
        materials=birr(_W.materials_per_pad),
        minutes=quantity(_W.minutes_per_pad),
        rate=birr(_W.hourly_rate),
        overheads=birr(_W.monthly_overheads),
        pads=quantity(_W.pads_per_month),
    )


def _decent_price() -> NumericTask:
    cost = wise.costing(_W)
    return NumericTask(
        _("decent price"),
        expected=cost.unit_cost,
        unit="birr",
        tolerance=0.5,
        hint=_(
            "Add three things: the materials; the pay for the minutes of work (minutes ÷ 60 × the hourly "
            "rate); and the pad's share of the monthly costs (monthly costs ÷ pads a month)."
        ),
        explanation=_("Materials {materials} + work {labour} + share of costs {share} = {cost}.").format(
            materials=birr(cost.materials),
            labour=birr(cost.labour),
            share=birr(cost.overhead_share),
            cost=birr(cost.unit_cost),
        ),
    )


DECENT_PRICE = made_in_english(_decent_price)


# ---- PATAMABA-WISE: the worst month under a lockdown -------------------------------------------

_P = patamaba.DEFAULTS
_SHOCK = patamaba.DEFAULT_SHOCK


def lowest_month_statement() -> str:
    labels = patamaba.LINE_LABELS
    lines = ", ".join(
        _("{line} {amount}").format(line=labels[line].lower(), amount=pesos(income))
        for line, income in _P.line_income
        if income
    )
    names = [labels[line].lower() for line in patamaba.LINES if line in _SHOCK.stopped]
    stopped = (
        _("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1]) if len(names) > 1 else names[0]
    )
    return _(
        "In a normal month the group earns: {lines}. A lockdown stops {stopped} completely for {months} "
        "months. How much does the whole group earn in its worst month? (Made-up numbers, in pesos a month.)"
    ).format(lines=lines, stopped=stopped, months=_SHOCK.length)


def _lowest_month() -> NumericTask:
    lowest = patamaba.simulate(_P, _SHOCK).diversified.lowest
    return NumericTask(
        _("worst month"),
        expected=lowest,
        unit="pesos",
        hint=_("Add up the income of the lines that keep going during the lockdown."),
        explanation=_(
            "The lines that keep going still bring {amount}. A group that made only garments would earn "
            "nothing in those months."
        ).format(amount=pesos(lowest)),
    )


LOWEST_MONTH = made_in_english(_lowest_month)


# ---- ATEMDO: sharing a stall -------------------------------------------------------------------

_A = atemdo.DEFAULTS
_SAVING = _A.stall_cost - atemdo.stall_share(_A.stall_cost, _A.members)


def stall_share_statement() -> str:
    return _(
        "A stall at the market costs {cost} a month. A member who sells alone pays all of it. In a group of "
        "{members} members, they share one stall and split its cost equally. How much does each member save "
        "a month by sharing? (Made-up numbers, in reais.)"
    ).format(cost=reais(_A.stall_cost), members=_A.members)


def _stall_share() -> NumericTask:
    return NumericTask(
        _("stall saving"),
        expected=_SAVING,
        unit="reais",
        tolerance=0.5,
        hint=_(
            "First divide the stall's cost by the number of members: that is each one's share. Then "
            "take the share away from the full cost that a member alone pays."
        ),
        explanation=_("Each pays {share} instead of {cost}: a saving of {saving} a month.").format(
            share=reais(atemdo.stall_share(_A.stall_cost, _A.members)), cost=reais(_A.stall_cost), saving=reais(_SAVING)
        ),
    )


STALL_SHARE = made_in_english(_stall_share)


# ---- the statements, by the names the notebook prints ------------------------------------------

STATEMENTS: dict[str, Callable[[], str]] = {
    "BREAK_EVEN_STATEMENT": break_even_statement,
    "DECENT_PRICE_STATEMENT": decent_price_statement,
    "LOWEST_MONTH_STATEMENT": lowest_month_statement,
    "STALL_SHARE_STATEMENT": stall_share_statement,
}


def __getattr__(name: str) -> str:
    """``BREAK_EVEN_STATEMENT`` and the others: the statement in the language of the moment."""
    if name in STATEMENTS:
        return STATEMENTS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
