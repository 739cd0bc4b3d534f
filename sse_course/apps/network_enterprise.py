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
from sse_course.formatting import is_zero, money, percent, quantity, signed_money
from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import gettext as _
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


def illustrative_note() -> str:
    return _(
        "All figures are made up for the example, in Brazilian reais (R$) per month: plausible "
        "sizes, not ATEMDO's real prices or accounts."
    )


def sizes_caption() -> str:
    return _("Net income per member by group size (illustrative R$ a month)")


def sizes_headers() -> tuple[str, ...]:
    return (_("Members"), _("Alone"), _("Together"), _("Gain"))


def account_headers() -> tuple[str, ...]:
    return (_("Per month"), _("Alone"), _("Together"), _("Gain"))


#: Fill colours of the chart's bars. Every bar also has a text label, so colour is never the only signal.
ALONE_FILL, TOGETHER_FILL, GAIN_FILL = "#9e9e9e", "#1f5f8b", "#2e7d32"

#: The mechanisms' names (the model's English keys) as a learner reads them now.
MECHANISM_NAMES: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "Buying together": _("Buying together"),
        "Producing together": _("Producing together"),
        "Selling together": _("Selling together"),
    }
)
#: Short names of the mechanisms, for the chart's narrow label column.
SHORT_NAMES: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {"Buying together": _("Buying"), "Producing together": _("Producing"), "Selling together": _("Selling")}
)


# ---- formatting -------------------------------------------------------------------------------


def reais(amount: float) -> str:
    """``R$1,000`` for whole amounts, ``R$37.50`` otherwise (no sign)."""
    return money(amount, "BRL")


def signed_reais(amount: float) -> str:
    return signed_money(amount, "BRL")


def members_words(n: int) -> str:
    return _("1 member") if n == 1 else _("{count} members").format(count=quantity(n))


# ---- what the model's outcome says in words ------------------------------------------------------


def _ranked_gains(outcome: NetworkOutcome) -> list[tuple[str, float]]:
    return sorted(outcome.gains.items(), key=lambda item: -item[1])


def summary_sentence(outcome: NetworkOutcome) -> str:
    """Alone against together, in one or two sentences."""
    alone, together = outcome.alone.net_income, outcome.together.net_income
    values = {"alone": signed_reais(alone), "members": quantity(outcome.members), "together": signed_reais(together)}
    if is_zero(outcome.gain):
        return _(
            "Working alone, a member keeps {alone} a month after costs. In a group of {members}, she keeps "
            "{together}: the same."
        ).format(**values)
    names = MECHANISM_NAMES
    ranked = [
        _("{mechanism} ({amount})").format(mechanism=names[name].lower(), amount=reais(gain))
        for name, gain in _ranked_gains(outcome)
        if not is_zero(gain)
    ]
    parts = ranked[0] if len(ranked) == 1 else _(", then ").join(ranked)
    return _(
        "Working alone, a member keeps {alone} a month after costs. In a group of {members}, she keeps "
        "{together}: {gain} more. The gain comes from {parts}."
    ).format(**values, gain=reais(outcome.gain), parts=parts)


def buying_sentence(inputs: NetworkInputs, outcome: NetworkOutcome) -> str:
    if outcome.price_together >= outcome.price_alone:
        if inputs.bulk_discount == 0:
            return _("Buying together: the supplier gives no bulk discount, so it saves nothing.")
        if outcome.price_alone < inputs.retail_price:
            return _("Buying together: each member already buys enough alone for the bulk price.")
        return _(
            "Buying together: the group buys {units} units a month, but the bulk price starts at {minimum} units. "
            "It needs {members} or more."
        ).format(
            units=quantity(outcome.group_units),
            minimum=quantity(inputs.bulk_minimum),
            members=members_words(outcome.members_for_bulk_price),
        )
    return _(
        "Buying together: the group buys {units} units a month, enough for the bulk price of {together} a unit "
        "instead of {alone}."
    ).format(
        units=quantity(outcome.group_units), together=reais(outcome.price_together), alone=reais(outcome.price_alone)
    )


def producing_sentence(inputs: NetworkInputs, outcome: NetworkOutcome) -> str:
    size, each = quantity(inputs.order_size), quantity(inputs.capacity)
    if outcome.orders_alone:
        words = (
            _(
                "Producing together: a member alone can already fill {orders} order of {size} pieces. The group fills {group}."
            )
            if outcome.orders_alone == 1
            else _(
                "Producing together: a member alone can already fill {orders} orders of {size} pieces. "
                "The group fills {group}."
            )
        )
        return words.format(orders=quantity(outcome.orders_alone), size=size, group=quantity(outcome.orders_together))
    if not outcome.orders_together:
        return _(
            "Producing together: alone, a member makes {each} pieces, too few for an order of {size} pieces. "
            "The group makes {pooled}: still too few. It needs {members}."
        ).format(
            each=each,
            size=size,
            pooled=quantity(outcome.pooled_capacity),
            members=members_words(outcome.members_for_an_order),
        )
    words = (
        _(
            "Producing together: alone, a member makes {each} pieces, too few for an order of {size} pieces. "
            "Together the group makes {pooled} pieces: {orders} order a month, {income} for each member."
        )
        if outcome.orders_together == 1
        else _(
            "Producing together: alone, a member makes {each} pieces, too few for an order of {size} pieces. "
            "Together the group makes {pooled} pieces: {orders} orders a month, {income} for each member."
        )
    )
    return words.format(
        each=each,
        size=size,
        pooled=quantity(outcome.pooled_capacity),
        orders=quantity(outcome.orders_together),
        income=reais(outcome.together.order_income),
    )


def selling_sentence(outcome: NetworkOutcome) -> str:
    return _("Selling together: one shared stall costs each member {together} a month instead of {alone}.").format(
        together=reais(outcome.together.stall), alone=reais(outcome.alone.stall)
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
    values = {
        "members": quantity(fund.members),
        "contribution": reais(fund_inputs.contribution),
        "loan": reais(fund_inputs.loan_size),
        "months": fund_inputs.months,
    }
    if not fund.members_served:
        return _(
            "Optional, a solidarity revolving fund: if each of {members} members pays {contribution} a month, "
            "the fund cannot lend {loan} to anyone in {months} months."
        ).format(**values)
    return _(
        "Optional, a solidarity revolving fund: if each of {members} members pays {contribution} a month, "
        "the fund can lend {loan} to {served} of them in {months} months (first loan in month {first}), "
        "repaid over {repay} months with no interest."
    ).format(
        **values,
        served=quantity(fund.members_served),
        first=fund.first_loan_month,
        repay=fund_inputs.repay_months,
    )


def assumptions_text(inputs: NetworkInputs) -> str:
    """The inputs in two sentences."""
    return _(
        "Each member sells {sales} of her own products a month and needs {need} units of raw material at "
        "{price} a unit in a shop; from {minimum} units the supplier gives {discount} off. Buyers order "
        "{size} pieces at a time and pay {margin} a piece after materials; each member can make {capacity} "
        "pieces a month for them. A stall costs {stall} a month."
    ).format(
        sales=reais(inputs.own_sales),
        need=quantity(inputs.material_need),
        price=reais(inputs.retail_price),
        minimum=quantity(inputs.bulk_minimum),
        discount=percent(inputs.bulk_discount),
        size=quantity(inputs.order_size),
        margin=reais(inputs.order_margin),
        capacity=quantity(inputs.capacity),
        stall=reais(inputs.stall_cost),
    )


# ---- tables and chart -------------------------------------------------------------------------


def account_caption(outcome: NetworkOutcome) -> str:
    return _("One member's month, alone and in a group of {members} (illustrative R$)").format(
        members=quantity(outcome.members)
    )


def account_rows(outcome: NetworkOutcome) -> list[tuple[str, ...]]:
    """Alone, together and the gain for her, line by line; the gain on a cost is what she saves."""
    alone, together = outcome.alone, outcome.together
    lines = [
        (_("Own sales"), alone.own_sales, together.own_sales, together.own_sales - alone.own_sales),
        (_("Big orders"), alone.order_income, together.order_income, together.order_income - alone.order_income),
        (_("Raw materials"), alone.materials, together.materials, alone.materials - together.materials),
        (_("Stall"), alone.stall, together.stall, alone.stall - together.stall),
        (_("Net income"), alone.net_income, together.net_income, outcome.gain),
    ]
    return [(name, signed_reais(a), signed_reais(t), signed_reais(g)) for name, a, t, g in lines]


def account_table_html(outcome: NetworkOutcome) -> str:
    return html_table(account_caption(outcome), account_headers(), account_rows(outcome))


def size_rows(inputs: NetworkInputs, sizes=DEFAULT_SIZES) -> list[tuple[str, ...]]:
    return [
        (
            quantity(o.members),
            signed_reais(o.alone.net_income),
            signed_reais(o.together.net_income),
            signed_reais(o.gain),
        )
        for o in outcomes_by_size(inputs, sizes)
    ]


def sizes_table_html(inputs: NetworkInputs, sizes=DEFAULT_SIZES) -> str:
    return html_table(sizes_caption(), sizes_headers(), size_rows(inputs, sizes))


def comparison_chart_svg(outcome: NetworkOutcome) -> str:
    """Bars of sales, costs and net income alone and together, then the gain from each mechanism."""
    alone, together = outcome.alone, outcome.together

    def pair(a: float, t: float) -> list[Bar]:
        return [(_("Alone"), a, signed_reais(a), ALONE_FILL), (_("Together"), t, signed_reais(t), TOGETHER_FILL)]

    short = SHORT_NAMES
    groups = [
        (_("Sales"), pair(alone.sales, together.sales)),
        (_("Costs"), pair(alone.costs, together.costs)),
        (_("Net income (what she keeps)"), pair(alone.net_income, together.net_income)),
        (
            _("Gain from each way of working together"),
            [(short[name], gain, signed_reais(gain), GAIN_FILL) for name, gain in outcome.gains.items()],
        ),
    ]
    description = _(
        "Bar chart for one member, per month, illustrative R$. {summary} Sales: {sales_alone} alone, "
        "{sales_together} together. Costs: {costs_alone} alone, {costs_together} together."
    ).format(
        summary=summary_sentence(outcome),
        sales_alone=signed_reais(alone.sales),
        sales_together=signed_reais(together.sales),
        costs_alone=signed_reais(alone.costs),
        costs_together=signed_reais(together.costs),
    )
    return bar_groups_svg(description, groups)


# ---- static renderings ------------------------------------------------------------------------


def static_html(inputs: NetworkInputs = DEFAULTS, fund_inputs: FundInputs = FUND_DEFAULTS, sizes=DEFAULT_SIZES) -> str:
    """The book's rendering: note, assumptions, one member's account, chart, reading, sizes, fund."""
    outcome = simulate(inputs)
    fund_inputs = replace(fund_inputs, members=inputs.members)
    first, *details = reading(inputs, outcome)
    sizes_words = _(
        "Alone, a member keeps {alone} a month whatever the size of the group. Together, the gain grows "
        "with the group, but not evenly: an order is shared only when the group can fill it."
    ).format(alone=signed_reais(outcome.alone.net_income))
    return static_page(
        "sse-network-enterprise",
        illustrative_note(),
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
            *text_table(account_headers(), account_rows(outcome)),
            "",
            *reading(inputs, outcome),
            "",
            sizes_caption(),
            *text_table(sizes_headers(), size_rows(inputs, sizes)),
            "",
            fund_sentence(fund_inputs, revolving_fund(fund_inputs)),
            "(" + illustrative_note() + ")",
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
        illustrative_note(),
    )


class NetworkExplorer(ModelExplorer):
    """Sliders and number boxes for the model's main inputs, a results panel and a chart."""

    def __init__(self, inputs: NetworkInputs = DEFAULTS, fund_inputs: FundInputs = FUND_DEFAULTS) -> None:
        self.inputs, self.fund_inputs = inputs, fund_inputs
        self.members = slider(
            widgets.IntSlider,
            _("Members working together"),
            inputs.members,
            1,
            50,
            1,
            _("Number of members who buy, produce and sell together"),
        )
        self.discount = slider(
            widgets.FloatSlider,
            _("Bulk discount (% off the shop price)"),
            inputs.bulk_discount,
            0,
            60,
            5,
            _("How much less the supplier charges for a big order of raw material"),
        )
        self.order_size = slider(
            widgets.IntSlider,
            _("Order size (pieces)"),
            inputs.order_size,
            10,
            1000,
            10,
            _("Pieces a buyer orders at a time, to deliver by the end of the month"),
        )
        self.stall = slider(
            widgets.FloatSlider,
            _("Stall cost (R$ a month)"),
            inputs.stall_cost,
            0,
            1000,
            10,
            _("Monthly cost of one market stall or online shop"),
        )
        self.capacity = number_box(
            _("Pieces a member can make for big orders (a month)"),
            inputs.capacity,
            10_000,
            5,
            _("Pieces one member can make in a month, besides her own products"),
        )
        self.contribution = number_box(
            _("Fund (optional): each member pays (R$ a month)"),
            fund_inputs.contribution,
            10_000,
            5,
            _("What each member pays into the solidarity revolving fund"),
        )
        self.results = widgets.HTML()
        self.chart = widgets.HTML()
        self.charts = (self.chart,)
        fixed = widgets.HTML(
            "<p><small>"
            + escape(
                _(
                    "Fixed: own sales {sales} a month; {need} units of raw material at {price} a unit, bulk price "
                    "from {minimum} units; {margin} a piece from big orders; fund loans of {loan}, repaid over "
                    "{repay} months."
                ).format(
                    sales=reais(inputs.own_sales),
                    need=quantity(inputs.material_need),
                    price=reais(inputs.retail_price),
                    minimum=quantity(inputs.bulk_minimum),
                    margin=reais(inputs.order_margin),
                    loan=reais(fund_inputs.loan_size),
                    repay=fund_inputs.repay_months,
                )
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
