"""The case studies' short print-outs of a model's result, in the language the course speaks.

A case-study notebook calls its model, then prints what it found in a few lines
(``print(network_summary(simulate(DEFAULTS)))``), before the explorer: the learner sees how the
model is called and what it returns. The lines are written here, not in the notebook's cell, so a
translated notebook prints them in its language, with numbers and money in its form
(:mod:`sse_course.formatting`), as its explorer's tables do. Each function returns the text; the
notebook prints it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sse_course.apps.collective_purchase import rupees
from sse_course.apps.diversified_income import left_words, pesos
from sse_course.apps.network_enterprise import MECHANISM_NAMES, reais
from sse_course.apps.pad_enterprise import birr
from sse_course.formatting import quantity, signed_money
from sse_course.i18n.runtime import gettext as _
from sse_course.i18n.runtime import pgettext
from sse_course.models.collective_purchase import MAX_MEMBERS, PurchaseOutcome
from sse_course.models.costing import Costing
from sse_course.models.diversified_income import Comparison
from sse_course.models.network_enterprise import FundOutcome, NetworkOutcome
from sse_course.models.pad_enterprise import BreakEven, BuyerYear, Month

#: The context of every label of a print-out, for its translators (pgettext needs it literal).
#: A label ends with its language's colon (French: "Ventes :"); values line up after the
#: longest label by themselves.
CONTEXT = "print-out"


def aligned(rows: Sequence[tuple[str, str]], indent: str = "") -> list[str]:
    """``label   value`` lines, the values in one column two spaces after the longest label
    (a label of its own, with no value, is a line as it is)."""
    width = max((len(label) for label, value in rows if value), default=0) + 2
    return [f"{indent}{label.ljust(width)}{value}".rstrip() if value else f"{indent}{label}" for label, value in rows]


def network_summary(outcome: NetworkOutcome) -> str:
    """One member's month alone and together (ATEMDO), then the gain of each way of working
    together."""
    alone, together = outcome.alone, outcome.together
    rows = [
        (_("Sales"), quantity(alone.sales), quantity(together.sales)),
        (_("Costs"), quantity(alone.costs), quantity(together.costs)),
        (_("Net income"), quantity(alone.net_income), quantity(together.net_income)),
    ]
    headers = ("", _("Alone"), _("Together"))
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(3)]
    table = [
        f"{first.ljust(widths[0])}  {a.rjust(widths[1])}  {b.rjust(widths[2])}".rstrip()
        for first, a, b in (headers, *rows)
    ]
    gains = [
        (pgettext("print-out", "{way}:").format(way=MECHANISM_NAMES[way]), reais(gain))
        for way, gain in outcome.gains.items()
    ]
    gains.append((pgettext("print-out", "Total:"), reais(outcome.gain)))
    return "\n".join(
        [
            pgettext("print-out", "One member, one month (R$)"),
            *table,
            "",
            pgettext("print-out", "Gain from working together:"),
            *aligned(gains, "  "),
        ]
    )


def fund_summary(fund: FundOutcome) -> str:
    """The revolving fund's loans, month by month six to a line, and how many members borrowed."""
    loans, months = fund.loans_by_month, _("Months")
    lines = [months + "  " + pgettext("print-out", "Loans each month")]
    for start in range(0, len(loans), 6):
        half = loans[start : start + 6]
        span = f"{start + 1}-{start + len(half)}"
        lines.append(f"{span.ljust(len(months))}  " + " ".join(quantity(n) for n in half))
    lines.append(
        pgettext("print-out", "Members who borrowed: {served} of {members}").format(
            served=quantity(fund.members_served), members=quantity(fund.members)
        )
    )
    return "\n".join(lines)


def income_summary(comparison: Comparison) -> str:
    """Both groups' year (PATAMABA-WISE): the worst month, the gap, the year's income and what a
    member has after food in the worst month, with the kitchen and without."""
    lines = [
        pgettext("print-out", "Normal month, both groups: {amount}").format(amount=pesos(comparison.diversified.normal))
    ]
    for group in (comparison.diversified, comparison.single):
        lines += [
            "",
            group.name,
            *aligned(
                [
                    (pgettext("print-out", "Worst month:"), pesos(group.lowest)),
                    (pgettext("print-out", "Gap best to worst:"), pesos(group.gap)),
                    (pgettext("print-out", "Year's income:"), pesos(group.year_total)),
                ],
                "  ",
            ),
            "  " + pgettext("print-out", "After food in the worst month,"),
            "  " + pgettext("print-out", "per member:"),
            *aligned(
                [
                    (pgettext("print-out", "with kitchen:"), left_words(group.lowest_after_food)),
                    (pgettext("print-out", "without kitchen:"), left_words(group.lowest_after_food_without_kitchen)),
                ],
                "    ",
            ),
        ]
    return "\n".join(lines)


def purchase_summary(outcome: PurchaseOutcome, break_even_members: int | None, max_members: int = MAX_MEMBERS) -> str:
    """The cooperative's month (Dura Sundari): units bought, the bulk price, a member's saving,
    the surplus and the membership from which it covers its costs (none up to ``max_members``,
    the largest group :func:`~sse_course.models.collective_purchase.break_even_members` tries)."""
    break_even = (
        pgettext("print-out", "none up to {largest} members").format(largest=quantity(max_members))
        if break_even_members is None
        else pgettext("print-out", "{count} members").format(count=quantity(break_even_members))
    )
    rows = [
        (
            pgettext("print-out", "Units bought:"),
            pgettext("print-out", "{count} a month").format(count=quantity(outcome.total_units)),
        ),
        (
            pgettext("print-out", "Bulk price:"),
            pgettext("print-out", "{amount} a unit").format(amount=rupees(outcome.bulk_unit_price)),
        ),
        (
            pgettext("print-out", "Member saves:"),
            pgettext("print-out", "{amount} a month").format(amount=signed_money(outcome.saving_per_member, "INR")),
        ),
        (
            pgettext("print-out", "Surplus:"),
            pgettext("print-out", "{amount} a month").format(amount=signed_money(outcome.surplus, "INR")),
        ),
        (pgettext("print-out", "Break-even at:"), break_even),
    ]
    return "\n".join(aligned(rows))


def pad_summary(cost: Costing, break_even: BreakEven, now: Month, without_ngos: Month, year: BuyerYear) -> str:
    """The pad enterprise (WISE): a pad's cost and price, the break-even, a member's income with
    and without the NGOs' orders, and a buyer's year."""
    pads = (
        pgettext("print-out", "none")
        if break_even.whole_pads is None
        else pgettext("print-out", "{count} pads a month").format(count=quantity(break_even.whole_pads))
    )
    a_month = pgettext("print-out", "{amount} a month")
    enterprise = aligned(
        [
            (pgettext("print-out", "Cost of a pad:"), birr(cost.unit_cost)),
            (pgettext("print-out", "With margin:"), birr(cost.price_with_margin)),
            (pgettext("print-out", "Break-even:"), pads),
            (pgettext("print-out", "Each member:"), a_month.format(amount=signed_money(now.income_per_member, "ETB"))),
            (
                "  " + pgettext("print-out", "if NGOs stop:"),
                a_month.format(amount=signed_money(without_ngos.income_per_member, "ETB")),
            ),
        ]
    )
    buyer = aligned(
        [
            (pgettext("print-out", "disposable:"), birr(year.disposable_cost)),
            (pgettext("print-out", "reusable:"), birr(year.reusable_cost)),
            (
                pgettext("print-out", "waste avoided:"),
                pgettext("print-out", "{count} pads").format(count=quantity(year.disposable_pads_avoided)),
            ),
        ],
        "  ",
    )
    return "\n".join([*enterprise, pgettext("print-out", "A buyer's year:"), *buyer])
