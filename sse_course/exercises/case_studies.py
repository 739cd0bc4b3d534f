"""Exercise "Case-study calculations" (exercises/case-study-calculations.ipynb, Part 4).

Each task uses a case-study model at its ILLUSTRATIVE (made-up) defaults. The statements and the expected
answers are both worked out from the models, so a change to a model's defaults changes the
exercise with it (and nbval shows the new result).
"""

from __future__ import annotations

from sse_course.apps.collective_purchase import rupees, tiers_text
from sse_course.apps.diversified_income import pesos
from sse_course.apps.network_enterprise import reais
from sse_course.apps.pad_enterprise import birr
from sse_course.exercises.calculation import NumericTask
from sse_course.formatting import quantity
from sse_course.models import collective_purchase as sewa
from sse_course.models import diversified_income as patamaba
from sse_course.models import network_enterprise as atemdo
from sse_course.models import pad_enterprise as wise

# ---- SEWA's Dura Sundari: the break-even membership --------------------------------------------

_S = sewa.DEFAULTS
BREAK_EVEN_STATEMENT = (
    f"Each member needs {quantity(_S.need_per_member)} units of thread a month. The wholesale price "
    f"falls when the cooperative buys more: {tiers_text(_S)}. The cooperative sells to members at "
    f"{rupees(_S.member_price)} a unit. Its running costs are {rupees(_S.running_costs)} a month. "
    "From how many members does the cooperative cover its costs? (Made-up numbers.)"
)
_BREAK_EVEN = sewa.break_even_members(_S)
assert _BREAK_EVEN is not None, "the SEWA defaults must break even for this task to have an answer"
BREAK_EVEN_MEMBERS = NumericTask(
    "break-even membership",
    expected=_BREAK_EVEN,
    unit="members",
    hint="Work out what one member's purchases leave for the cooperative each month (member price "
    "minus wholesale price, times the units). Divide the running costs by it and round up. "
    "Check whether more members reach a lower wholesale price.",
    explanation=f"From {_BREAK_EVEN} members the margin on members' purchases covers "
    "the running costs. With fewer, the cooperative makes a loss.",
)


# ---- WISE Ethiopia: a price that pays a decent hourly rate --------------------------------------

_W = wise.DEFAULTS
DECENT_PRICE_STATEMENT = (
    f"One reusable pad needs {birr(_W.materials_per_pad)} of materials and {quantity(_W.minutes_per_pad)} "
    f"minutes of work. The members want {birr(_W.hourly_rate)} an hour. Rent and machine upkeep cost "
    f"{birr(_W.monthly_overheads)} a month, and they make {quantity(_W.pads_per_month)} pads a month. "
    "What is the lowest price per pad that pays the hourly rate and covers all the costs, "
    "before any margin? (Made-up numbers, in birr.)"
)
DECENT_PRICE = NumericTask(
    "decent price",
    expected=wise.costing(_W).unit_cost,
    unit="birr",
    tolerance=0.5,
    hint="Add three things: the materials; the pay for the minutes of work (minutes ÷ 60 × the hourly "
    "rate); and the pad's share of the monthly costs (monthly costs ÷ pads a month).",
    explanation=f"Materials {birr(wise.costing(_W).materials)} + work {birr(wise.costing(_W).labour)} + "
    f"share of costs {birr(wise.costing(_W).overhead_share)} = {birr(wise.costing(_W).unit_cost)}.",
)


# ---- PATAMABA-WISE: the worst month under a lockdown -------------------------------------------

_P = patamaba.DEFAULTS
_SHOCK = patamaba.DEFAULT_SHOCK
_LINES = ", ".join(f"{patamaba.LINE_LABELS[line].lower()} {pesos(income)}" for line, income in _P.line_income if income)
_STOPPED = " and ".join(patamaba.LINE_LABELS[line].lower() for line in patamaba.LINES if line in _SHOCK.stopped)
LOWEST_MONTH_STATEMENT = (
    f"In a normal month the group earns: {_LINES}. A lockdown stops {_STOPPED} completely for "
    f"{_SHOCK.length} months. How much does the whole group earn in its worst month? "
    "(Made-up numbers, in pesos a month.)"
)
LOWEST_MONTH = NumericTask(
    "worst month",
    expected=patamaba.simulate(_P, _SHOCK).diversified.lowest,
    unit="pesos",
    hint="Add up the income of the lines that keep going during the lockdown.",
    explanation=f"The lines that keep going still bring {pesos(patamaba.simulate(_P, _SHOCK).diversified.lowest)}. "
    "A group that made only garments would earn nothing in those months.",
)


# ---- ATEMDO: sharing a stall -------------------------------------------------------------------

_A = atemdo.DEFAULTS
_SAVING = _A.stall_cost - atemdo.stall_share(_A.stall_cost, _A.members)
STALL_SHARE_STATEMENT = (
    f"A stall at the market costs {reais(_A.stall_cost)} a month. A member who sells alone pays all of "
    f"it. In a group of {_A.members} members, they share one stall and split its cost equally. How much "
    "does each member save a month by sharing? (Made-up numbers, in reais.)"
)
STALL_SHARE = NumericTask(
    "stall saving",
    expected=_SAVING,
    unit="reais",
    tolerance=0.5,
    hint="First divide the stall's cost by the number of members: that is each one's share. Then "
    "take the share away from the full cost that a member alone pays.",
    explanation=f"Each pays {reais(atemdo.stall_share(_A.stall_cost, _A.members))} instead of "
    f"{reais(_A.stall_cost)}: a saving of {reais(_SAVING)} a month.",
)
