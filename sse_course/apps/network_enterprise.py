"""Explore working alone or together (ATEMDO, Brazil): a widget in Jupyter, tables and a chart in the book.

All figures are ILLUSTRATIVE, in Brazilian reais (R$) per month; see
:mod:`sse_course.models.network_enterprise`.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

import ipywidgets as widgets

from sse_course.apps.charts import Bar, bar_groups_svg
from sse_course.apps.controls import number_box, slider
from sse_course.apps.explorer import ModelExplorer
from sse_course.apps.html import bullet_list, html_table, paragraphs, results_panel, static_page, text_table
from sse_course.display import DualDisplay
from sse_course.formatting import is_zero, money, quantity, signed_money
from sse_course.models.network_enterprise import (
    DEFAULT_SIZES,
    DEFAULTS,
    FUND_DEFAULTS,
    FundInputs,
    FundOutcome,
    NetworkInputs,
    NetworkOutcome,
    outcomes_by_size,
    revolving_fund,
    simulate,
)

ILLUSTRATIVE_NOTE = (
    "All figures are made up for the example, in Brazilian reais (R$) per month: plausible "
    "sizes, not ATEMDO's real prices or accounts."
)
SIZES_CAPTION = "Net income per member by group size (illustrative R$ a month)"
SIZES_HEADERS = ("Members", "Alone", "Together", "Gain")
ACCOUNT_HEADERS = ("Per month", "Alone", "Together", "Gain")

#: Fill colours of the chart's bars. Every bar also has a text label, so colour is never the only signal.
ALONE_FILL, TOGETHER_FILL, GAIN_FILL = "#9e9e9e", "#1f5f8b", "#2e7d32"

#: Short names of the mechanisms, for the chart's narrow label column.
SHORT_NAMES = {"Buying together": "Buying", "Producing together": "Producing", "Selling together": "Selling"}


# ---- formatting -------------------------------------------------------------------------------


def reais(amount: float) -> str:
    """``R$1,000`` for whole amounts, ``R$37.50`` otherwise (no sign)."""
    return money(amount, "BRL")


def signed_reais(amount: float) -> str:
    return signed_money(amount, "BRL")


def members_words(n: int) -> str:
    return "1 member" if n == 1 else f"{n:,} members"


# ---- what the model's outcome says in words ------------------------------------------------------


def _ranked_gains(outcome: NetworkOutcome) -> list[tuple[str, float]]:
    return sorted(outcome.gains.items(), key=lambda item: -item[1])


def summary_sentence(outcome: NetworkOutcome) -> str:
    """Alone against together, in one or two sentences."""
    alone, together = outcome.alone.net_income, outcome.together.net_income
    first = (
        f"Working alone, a member keeps {signed_reais(alone)} a month after costs. "
        f"In a group of {outcome.members:,}, she keeps {signed_reais(together)}"
    )
    if is_zero(outcome.gain):
        return first + ": the same."
    ranked = [f"{name.lower()} ({reais(gain)})" for name, gain in _ranked_gains(outcome) if not is_zero(gain)]
    parts = ranked[0] if len(ranked) == 1 else ", then ".join(ranked)
    return f"{first}: {reais(outcome.gain)} more. The gain comes from {parts}."


def buying_sentence(inputs: NetworkInputs, outcome: NetworkOutcome) -> str:
    if outcome.price_together >= outcome.price_alone:
        if inputs.bulk_discount == 0:
            return "Buying together: the supplier gives no bulk discount, so it saves nothing."
        if outcome.price_alone < inputs.retail_price:
            return "Buying together: each member already buys enough alone for the bulk price."
        return (
            f"Buying together: the group buys {quantity(outcome.group_units)} units a month, but the bulk price "
            f"starts at {quantity(inputs.bulk_minimum)} units. It needs "
            f"{members_words(outcome.members_for_bulk_price)} or more."
        )
    return (
        f"Buying together: the group buys {quantity(outcome.group_units)} units a month, enough for the bulk "
        f"price of {reais(outcome.price_together)} a unit instead of {reais(outcome.price_alone)}."
    )


def producing_sentence(inputs: NetworkInputs, outcome: NetworkOutcome) -> str:
    order, each = f"an order of {inputs.order_size:,} pieces", quantity(inputs.capacity)
    if outcome.orders_alone:
        return (
            f"Producing together: a member alone can already fill {outcome.orders_alone:,} "
            f"order{'s' if outcome.orders_alone > 1 else ''} of {inputs.order_size:,} pieces. "
            f"The group fills {outcome.orders_together:,}."
        )
    if not outcome.orders_together:
        return (
            f"Producing together: alone, a member makes {each} pieces, too few for {order}. "
            f"The group makes {quantity(outcome.pooled_capacity)}: still too few. "
            f"It needs {members_words(outcome.members_for_an_order)}."
        )
    orders = f"{outcome.orders_together:,} order{'s' if outcome.orders_together > 1 else ''}"
    return (
        f"Producing together: alone, a member makes {each} pieces, too few for {order}. "
        f"Together the group makes {quantity(outcome.pooled_capacity)} pieces: {orders} a month, "
        f"{reais(outcome.together.order_income)} for each member."
    )


def selling_sentence(outcome: NetworkOutcome) -> str:
    return (
        f"Selling together: one shared stall costs each member {reais(outcome.together.stall)} "
        f"a month instead of {reais(outcome.alone.stall)}."
    )


def reading(inputs: NetworkInputs, outcome: NetworkOutcome) -> list[str]:
    """The results in plain words: the summary, then one sentence per mechanism."""
    return [
        summary_sentence(outcome),
        buying_sentence(inputs, outcome),
        producing_sentence(inputs, outcome),
        selling_sentence(outcome),
    ]


def fund_sentence(fund_inputs: FundInputs, fund: FundOutcome) -> str:
    """The optional revolving fund in one sentence."""
    start = (
        f"Optional, a solidarity revolving fund: if each of {fund.members:,} members pays "
        f"{reais(fund_inputs.contribution)} a month, "
    )
    if not fund.members_served:
        return start + f"the fund cannot lend {reais(fund_inputs.loan_size)} to anyone in {fund_inputs.months} months."
    return (
        start + f"the fund can lend {reais(fund_inputs.loan_size)} to {fund.members_served:,} of them in "
        f"{fund_inputs.months} months (first loan in month {fund.first_loan_month}), "
        f"repaid over {fund_inputs.repay_months} months with no interest."
    )


def assumptions_text(inputs: NetworkInputs) -> str:
    """The inputs in two sentences."""
    return (
        f"Each member sells {reais(inputs.own_sales)} of her own products a month and needs "
        f"{quantity(inputs.material_need)} units of raw material at {reais(inputs.retail_price)} a unit in a shop; "
        f"from {quantity(inputs.bulk_minimum)} units the supplier gives {quantity(inputs.bulk_discount)}% off. "
        f"Buyers order {quantity(inputs.order_size)} pieces at a time and pay {reais(inputs.order_margin)} a piece "
        f"after materials; each member can make {quantity(inputs.capacity)} pieces a month for them. "
        f"A stall costs {reais(inputs.stall_cost)} a month."
    )


# ---- tables and chart -------------------------------------------------------------------------


def account_caption(outcome: NetworkOutcome) -> str:
    return f"One member's month, alone and in a group of {outcome.members:,} (illustrative R$)"


def account_rows(outcome: NetworkOutcome) -> list[tuple[str, ...]]:
    """Alone, together and the gain for her, line by line; the gain on a cost is what she saves."""
    alone, together = outcome.alone, outcome.together
    lines = [
        ("Own sales", alone.own_sales, together.own_sales, together.own_sales - alone.own_sales),
        ("Big orders", alone.order_income, together.order_income, together.order_income - alone.order_income),
        ("Raw materials", alone.materials, together.materials, alone.materials - together.materials),
        ("Stall", alone.stall, together.stall, alone.stall - together.stall),
        ("Net income", alone.net_income, together.net_income, outcome.gain),
    ]
    return [(name, signed_reais(a), signed_reais(t), signed_reais(g)) for name, a, t, g in lines]


def account_table_html(outcome: NetworkOutcome) -> str:
    return html_table(account_caption(outcome), ACCOUNT_HEADERS, account_rows(outcome))


def size_rows(inputs: NetworkInputs, sizes=DEFAULT_SIZES) -> list[tuple[str, ...]]:
    return [
        (f"{o.members:,}", signed_reais(o.alone.net_income), signed_reais(o.together.net_income), signed_reais(o.gain))
        for o in outcomes_by_size(inputs, sizes)
    ]


def sizes_table_html(inputs: NetworkInputs, sizes=DEFAULT_SIZES) -> str:
    return html_table(SIZES_CAPTION, SIZES_HEADERS, size_rows(inputs, sizes))


def comparison_chart_svg(outcome: NetworkOutcome) -> str:
    """Bars of sales, costs and net income alone and together, then the gain from each mechanism."""
    alone, together = outcome.alone, outcome.together

    def pair(a: float, t: float) -> list[Bar]:
        return [("Alone", a, signed_reais(a), ALONE_FILL), ("Together", t, signed_reais(t), TOGETHER_FILL)]

    groups = [
        ("Sales", pair(alone.sales, together.sales)),
        ("Costs", pair(alone.costs, together.costs)),
        ("Net income (what she keeps)", pair(alone.net_income, together.net_income)),
        (
            "Gain from each way of working together",
            [(SHORT_NAMES[name], gain, signed_reais(gain), GAIN_FILL) for name, gain in outcome.gains.items()],
        ),
    ]
    description = (
        f"Bar chart for one member, per month, illustrative R$. {summary_sentence(outcome)} "
        f"Sales: {signed_reais(alone.sales)} alone, {signed_reais(together.sales)} together. "
        f"Costs: {signed_reais(alone.costs)} alone, {signed_reais(together.costs)} together."
    )
    return bar_groups_svg(description, groups)


# ---- static renderings ------------------------------------------------------------------------


def static_html(inputs: NetworkInputs = DEFAULTS, fund_inputs: FundInputs = FUND_DEFAULTS, sizes=DEFAULT_SIZES) -> str:
    """The book's rendering: note, assumptions, one member's account, chart, reading, sizes, fund."""
    outcome = simulate(inputs)
    fund_inputs = replace(fund_inputs, members=inputs.members)
    first, *details = reading(inputs, outcome)
    sizes_words = (
        f"Alone, a member keeps {signed_reais(outcome.alone.net_income)} a month whatever the size "
        "of the group. Together, the gain grows with the group, but not evenly: an order is shared "
        "only when the group can fill it."
    )
    return static_page(
        "sse-network-enterprise",
        ILLUSTRATIVE_NOTE,
        paragraphs([assumptions_text(inputs)])
        + f"{account_table_html(outcome)}{comparison_chart_svg(outcome)}"
        + paragraphs([first])
        + bullet_list(details)
        + sizes_table_html(inputs, sizes)
        + paragraphs([sizes_words])
        + paragraphs([fund_sentence(fund_inputs, revolving_fund(fund_inputs))]),
    )


def static_text(inputs: NetworkInputs = DEFAULTS, fund_inputs: FundInputs = FUND_DEFAULTS, sizes=DEFAULT_SIZES) -> str:
    """Plain-text tables and reading, for terminals and text exports."""
    outcome = simulate(inputs)
    fund_inputs = replace(fund_inputs, members=inputs.members)
    return "\n".join(
        [
            account_caption(outcome),
            *text_table(ACCOUNT_HEADERS, account_rows(outcome)),
            "",
            *reading(inputs, outcome),
            "",
            SIZES_CAPTION,
            *text_table(SIZES_HEADERS, size_rows(inputs, sizes)),
            "",
            fund_sentence(fund_inputs, revolving_fund(fund_inputs)),
            "(" + ILLUSTRATIVE_NOTE + ")",
        ]
    )


# ---- the live widget --------------------------------------------------------------------------


def results_html(inputs: NetworkInputs, fund_inputs: FundInputs) -> str:
    """The results panel: the account table, the reading and the fund sentence."""
    outcome = simulate(inputs)
    first, *details = reading(inputs, outcome)
    fund = fund_sentence(fund_inputs, revolving_fund(fund_inputs))
    return results_panel(
        f"<p><b>{escape(first)}</b></p>{account_table_html(outcome)}" + bullet_list(details) + paragraphs([fund]),
        ILLUSTRATIVE_NOTE,
    )


class NetworkExplorer(ModelExplorer):
    """Sliders and number boxes for the model's main inputs, a results panel and a chart."""

    def __init__(self, inputs: NetworkInputs = DEFAULTS, fund_inputs: FundInputs = FUND_DEFAULTS) -> None:
        self.inputs, self.fund_inputs = inputs, fund_inputs
        self.members = slider(
            widgets.IntSlider,
            "Members working together",
            inputs.members,
            1,
            50,
            1,
            "Number of members who buy, produce and sell together",
        )
        self.discount = slider(
            widgets.FloatSlider,
            "Bulk discount (% off the shop price)",
            inputs.bulk_discount,
            0,
            60,
            5,
            "How much less the supplier charges for a big order of raw material",
        )
        self.order_size = slider(
            widgets.IntSlider,
            "Order size (pieces)",
            inputs.order_size,
            10,
            1000,
            10,
            "Pieces a buyer orders at a time, to deliver by the end of the month",
        )
        self.stall = slider(
            widgets.FloatSlider,
            "Stall cost (R$ a month)",
            inputs.stall_cost,
            0,
            1000,
            10,
            "Monthly cost of one market stall or online shop",
        )
        self.capacity = number_box(
            "Pieces a member can make for big orders (a month)",
            inputs.capacity,
            10_000,
            5,
            "Pieces one member can make in a month, besides her own products",
        )
        self.contribution = number_box(
            "Fund (optional): each member pays (R$ a month)",
            fund_inputs.contribution,
            10_000,
            5,
            "What each member pays into the solidarity revolving fund",
        )
        self.results = widgets.HTML()
        self.chart = widgets.HTML()
        self.charts = (self.chart,)
        fixed = widgets.HTML(
            "<p><small>"
            + escape(
                f"Fixed: own sales {reais(inputs.own_sales)} a month; {quantity(inputs.material_need)} units of raw "
                f"material at {reais(inputs.retail_price)} a unit, bulk price from {quantity(inputs.bulk_minimum)} "
                f"units; {reais(inputs.order_margin)} a piece from big orders; fund loans of "
                f"{reais(fund_inputs.loan_size)}, repaid over {fund_inputs.repay_months} months."
            )
            + "</small></p>"
        )
        controls = [self.members, self.discount, self.order_size, self.stall, self.capacity, self.contribution]
        self.assemble(controls, controls + [fixed, self.results, self.chart])

    def current_inputs(self) -> tuple[NetworkInputs, FundInputs]:
        """The inputs the controls show now (raises ModelInputError if they are impossible)."""
        inputs = replace(
            self.inputs,
            members=self.members.value,
            bulk_discount=self.discount.value,
            order_size=self.order_size.value,
            stall_cost=self.stall.value,
            capacity=self.capacity.value,
        )
        fund = replace(self.fund_inputs, members=self.members.value, contribution=self.contribution.value)
        return inputs, fund

    def show(self, inputs_and_fund: tuple[NetworkInputs, FundInputs]) -> None:
        inputs, fund = inputs_and_fund
        self.results.value = results_html(inputs, fund)
        self.chart.value = comparison_chart_svg(simulate(inputs))


def network_enterprise_explorer(
    inputs: NetworkInputs = DEFAULTS, fund_inputs: FundInputs = FUND_DEFAULTS
) -> DualDisplay:
    """The explorer: a live widget in Jupyter, tables and a chart in the static book (illustrative R$)."""
    return DualDisplay(
        NetworkExplorer(inputs, fund_inputs), static_html(inputs, fund_inputs), static_text(inputs, fund_inputs)
    )
