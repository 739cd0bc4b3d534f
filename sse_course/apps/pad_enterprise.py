"""Explore a reusable-pad enterprise (Aster, Tadelech and Friends, Ethiopia): a widget in Jupyter,
a table and charts in the book.

All figures are ILLUSTRATIVE, in Ethiopian birr (Br); see :mod:`sse_course.models.pad_enterprise`.
In the explorer the buyer pays the enterprise's community price for a reusable pad, so one price
control shows both sides: what the members earn and what the buyer spends.
"""

from __future__ import annotations

import math
from dataclasses import replace
from html import escape

import ipywidgets as widgets

from sse_course.apps.charts import HALO, Plot, nice_step, svg_chart, svg_text, value_range
from sse_course.apps.controls import control_options, number_box, slider
from sse_course.apps.explorer import ModelExplorer
from sse_course.apps.html import bullet_list, html_table, paragraphs, results_panel, static_page, text_table
from sse_course.apps.words import signed_words
from sse_course.display import DualDisplay
from sse_course.formatting import is_zero, money, percent, quantity, rounded, signed_money
from sse_course.i18n.runtime import gettext as _
from sse_course.models.pad_enterprise import (
    BUYER_DEFAULTS,
    DEFAULT_PRICES,
    DEFAULTS,
    BreakEven,
    BuyerInputs,
    BuyerYear,
    EnterpriseInputs,
    Month,
    PriceRow,
    average_price,
    break_even,
    buyer_year,
    costing,
    month,
    month_without_ngo_orders,
    outcomes_by_price,
    surplus_at,
)


def table_caption() -> str:
    return _("Illustrative results at three community prices (Br a month)")


def illustrative_note() -> str:
    return _(
        "All figures are made up for the example, in Ethiopian birr (Br): plausible sizes, "
        "not the real prices or accounts of Aster, Tadelech and Friends Enterprise."
    )


def headers() -> tuple[str, ...]:
    # Four short columns fit a 360 px phone. The NGO price, the volume and the mix stay as in the
    # inputs; they are said once in a sentence (assumptions_text) instead of repeated in columns.
    return (_("Price"), _("Break-even"), _("Income per member"), _("Pay per hour"))


# The charts' font size: a little larger than common.svg_chart's 11, for the labels of points.
CHART_FONT = 12


# ---- formatting ---------------------------------------------------------------------------------


def birr(amount: float) -> str:
    """``Br 1,000`` for whole amounts, ``Br 36.50`` otherwise (no sign; say it in words)."""
    return money(amount, "ETB")


def surplus_words(amount: float) -> str:
    """``surplus Br 1,000``, ``loss Br 1,000`` or ``Br 0 (breaks even)``."""
    return signed_words(amount, birr)


def pads_text(pads: float) -> str:
    words = _("{count} pad") if rounded(pads) == 1 else _("{count} pads")
    return words.format(count=quantity(pads))


def percent_text(value: float) -> str:
    return percent(value)


# ---- sentences ----------------------------------------------------------------------------------


def costing_text(inputs: EnterpriseInputs) -> str:
    """The cost of one pad, part by part, and the price with the margin."""
    c = costing(inputs)
    return _(
        "Cost of one pad: {cost} = materials {materials} + labour {labour} ({minutes} minutes at {rate} an hour) "
        "+ overheads {share} ({overheads} ÷ {pads}). With a {margin} margin the price would be {price} a pad."
    ).format(
        cost=birr(c.unit_cost),
        materials=birr(c.materials),
        labour=birr(c.labour),
        minutes=quantity(inputs.minutes_per_pad),
        rate=birr(inputs.hourly_rate),
        share=birr(c.overhead_share),
        overheads=birr(inputs.monthly_overheads),
        pads=pads_text(inputs.pads_per_month),
        margin=percent_text(inputs.margin_percent),
        price=birr(c.price_with_margin),
    )


def income_text(result: Month, members: int) -> str:
    """What each member takes home in the month, in words."""
    if result.income_per_member < 0:
        return _(
            "Each member: nothing. The sales do not pay for the materials and overheads; each of the "
            "{members} members would have to put in {amount}."
        ).format(members=quantity(members), amount=birr(result.income_per_member))
    if result.pay_per_hour is None:
        return _("Each member: {amount} for no work (no pads are made).").format(amount=birr(result.income_per_member))
    return _("Each member: {amount} for {hours} hours of work, {pay} an hour.").format(
        amount=birr(result.income_per_member), hours=quantity(result.hours_per_member), pay=birr(result.pay_per_hour)
    )


def month_text(result: Month) -> str:
    return _("{pads} ({community} to community members, {ngo} to NGOs): sales {sales}, {result}.").format(
        pads=pads_text(result.pads),
        community=quantity(result.community_pads),
        ngo=quantity(result.ngo_pads),
        sales=birr(result.revenue),
        result=surplus_words(result.surplus),
    )


def no_ngo_text(inputs: EnterpriseInputs) -> str:
    result = month_without_ngo_orders(inputs)
    if result.income_per_member < 0:
        words = _(
            "If the NGO orders stop: {pads} a month, sales {sales}, {result}; each member would have to put in {amount}."
        )
    else:
        words = _("If the NGO orders stop: {pads} a month, sales {sales}, {result}; each member gets {amount}.")
    return words.format(
        pads=pads_text(result.pads),
        sales=birr(result.revenue),
        result=surplus_words(result.surplus),
        amount=birr(result.income_per_member),
    )


def buyer_text(year: BuyerYear) -> str:
    if year.saving >= 0:
        words = _(
            "A buyer's year: disposable pads cost {disposable}, reusable pads {reusable}; reusable pads save "
            "her {saving} a year, and she throws away {avoided} fewer disposable pads."
        )
    else:
        words = _(
            "A buyer's year: disposable pads cost {disposable}, reusable pads {reusable}; reusable pads cost "
            "her {saving} a year more, and she throws away {avoided} fewer disposable pads."
        )
    return words.format(
        disposable=birr(year.disposable_cost),
        reusable=birr(year.reusable_cost),
        saving=birr(year.saving),
        avoided=quantity(year.disposable_pads_avoided),
    )


def reading(inputs: EnterpriseInputs, year: BuyerYear | None = None) -> str:
    """The results in plain words: do the members earn the rate they set, and do they depend on
    the NGO orders? And, if given, is a reusable pad a good deal for the buyer?"""
    now, without = month(inputs), month_without_ngo_orders(inputs)
    rate = birr(inputs.hourly_rate)
    if now.surplus > 0 and not is_zero(now.surplus):
        words = [
            _(
                "The sales pay for the materials, the overheads and the members' time at {rate} an hour, "
                "and leave {surplus} for the members to share or save."
            ).format(rate=rate, surplus=birr(now.surplus))
        ]
    elif is_zero(now.surplus):
        words = [
            _("The sales just pay for the materials, the overheads and the members' time at {rate} an hour.").format(
                rate=rate
            )
        ]
    elif now.income_per_member >= 0:
        words = [
            _(
                "The members earn less than the {rate} an hour they set: the price or the number of pads "
                "is too low to pay for their time."
            ).format(rate=rate)
        ]
    else:
        words = [_("The sales do not even pay for the materials and the overheads: the enterprise loses money.")]
    if inputs.ngo_share_percent > 0:
        if without.surplus < 0 <= now.surplus or (without.surplus < 0 and is_zero(now.surplus)):
            words.append(_("Without the NGO orders it would make a loss: it depends on them."))
        elif without.surplus >= 0 and now.ngo_pads > 0:
            words.append(
                _(
                    "Without the NGO orders it still covers its costs, but each member earns {without} instead of {now}."
                ).format(without=birr(without.income_per_member), now=birr(max(now.income_per_member, 0)))
            )
    if year is not None:
        words.append(
            _("For a buyer, reusable pads are cheaper over a year.")
            if year.saving > 0
            else _("For a buyer, reusable pads are not cheaper over a year at this price.")
        )
    return " ".join(words)


def assumptions_text(inputs: EnterpriseInputs) -> str:
    """The inputs the table keeps fixed, in one sentence."""
    c = costing(inputs)
    return _(
        "Each pad takes {materials} of materials and {minutes} minutes of work, paid at {rate} an hour: "
        "{variable} a pad. Overheads (rent, machine upkeep) are {overheads} a month. {members} members sell "
        "{pads} a month, {share} of them to NGOs at {ngo_price} a pad."
    ).format(
        materials=birr(inputs.materials_per_pad),
        minutes=quantity(inputs.minutes_per_pad),
        rate=birr(inputs.hourly_rate),
        variable=birr(c.variable_cost),
        overheads=birr(inputs.monthly_overheads),
        members=quantity(inputs.members),
        pads=pads_text(inputs.pads_per_month),
        share=percent_text(inputs.ngo_share_percent),
        ngo_price=birr(inputs.ngo_price),
    )


def break_even_cell(result: BreakEven) -> str:
    return _("none") if result.whole_pads is None else pads_text(result.whole_pads)


def _row(row: PriceRow, space: str = " ") -> tuple[str, ...]:
    """One table row. In HTML, ``space="\u00a0"`` (a no-break space) keeps "Br 40" and "300 pads"
    on one line in a narrow column."""
    income = row.month.income_per_member
    per_hour = row.month.pay_per_hour
    cells = (
        birr(row.community_price),
        break_even_cell(row.break_even),
        birr(income) if income >= 0 else _("minus {amount}").format(amount=birr(income)),
        "-"
        if per_hour is None
        else (birr(per_hour) if per_hour >= 0 else _("minus {amount}").format(amount=birr(per_hour))),
    )
    return tuple(cell.replace(" ", space) for cell in cells)


# ---- charts -------------------------------------------------------------------------------------


def profit_chart_svg(inputs: EnterpriseInputs, result: BreakEven | None = None, max_pads: float | None = None) -> str:
    """An inline SVG line chart of the monthly surplus against the pads sold a month, at the
    current mix of channels (illustrative Br). The zero line, the break-even volume (a circle) and
    the current volume (a square) are labelled in text, so colour is never the only signal."""
    if result is None:
        result = break_even(inputs)
    current = inputs.pads_per_month
    if max_pads is None:
        wanted = max(1.25 * current, 1.25 * (result.pads or 0), 100)
        max_pads = math.ceil(wanted / nice_step(wanted)) * nice_step(wanted)
    start, end = surplus_at(inputs, 0), surplus_at(inputs, max_pads)
    now = surplus_at(inputs, current)
    low, high, step = value_range([start, end, now, 0.0])
    # The plot area inside a 360 × 220 viewBox; pads from 0 to max_pads.
    plot = Plot(left=72, right=340, top=16, bottom=180, x_low=0, x_high=max_pads, low=low, high=high)

    def label(pads: float, value: float, words: str, above: bool) -> str:
        # Kept inside the plot area, 6 below its top, and inside the chart at the charts' font size.
        return plot.label(pads, value, words, above=above, below=16, headroom=-6, text_size=CHART_FONT)

    parts = [plot.grid(step, lambda value: signed_money(value, "ETB"))]  # in Br, "−" for a loss
    xstep = nice_step(max_pads)
    ticks = [xstep * i for i in range(int(max_pads // xstep) + 1)]
    parts += [svg_text(plot.x(t), plot.bottom + 15, quantity(t)) for t in ticks]
    zero = _("{zero} = break even").format(zero=birr(0))
    parts.append(plot.zero_line() + svg_text(plot.left + 4, plot.y(0) - 5, zero, "start"))
    line = plot.path([(0, start), (max_pads, end)])
    parts.append(f'<path d="{line}" fill="none" stroke="#1f5f8b" stroke-width="2"/>')
    if result.pads is not None and result.whole_pads is not None and result.pads <= max_pads:
        parts.append(plot.circle(result.pads, 0))
        words = _("break even: {pads}").format(pads=pads_text(result.whole_pads))
        parts.append(label(result.pads, 0, f"○ {words}", above=False))
    elif result.pads is None:
        # The line falls from left to right, so the top right of the plot is free.
        parts.append(
            svg_text(plot.right, plot.y(0) + 18, _("No break-even: price below"), "end", HALO)
            + svg_text(plot.right, plot.y(0) + 34, _("cost of materials and labour"), "end", HALO)
        )
    parts.append(plot.square(current, now))
    now_words = _("{pads}: {result}").format(pads=pads_text(current), result=surplus_words(now))
    parts.append(label(current, now, f"■ {now_words}", above=True))
    parts.append(svg_text((plot.left + plot.right) / 2, plot.bottom + 34, _("Pads sold a month")))
    parts.append(plot.y_title(_("Surplus a month (Br)")))
    if result.pads is None or result.whole_pads is None:  # both None, or neither
        be = _("There is no break-even: the price does not cover the materials and labour of a pad.")
    else:
        be = _("The enterprise covers its costs from {pads} a month.").format(pads=pads_text(result.whole_pads))
    description = _(
        "Line chart of the enterprise's monthly surplus (illustrative Br) against the pads sold a month, "
        "from 0 to {largest}, at an average price of {price} a pad. {break_even} With {pads}: {result}."
    ).format(
        largest=quantity(max_pads),
        price=birr(result.price),
        break_even=be,
        pads=pads_text(current),
        result=surplus_words(now),
    )
    return svg_chart(description, f'<g font-size="{CHART_FONT}">{"".join(parts)}</g>')


def buyer_chart_svg(year: BuyerYear) -> str:
    """An inline SVG bar chart of a buyer's yearly cost of disposable and reusable pads, each bar
    named and valued in text, with the disposable pads not thrown away said below."""
    width, left, longest = 360, 12, 240
    biggest = max(year.disposable_cost, year.reusable_cost, 1e-9)
    bars = [
        (_("Disposable pads"), year.disposable_cost, "#b03a2e"),
        (_("Reusable pads"), year.reusable_cost, "#1f5f8b"),
    ]
    parts = []
    for i, (name, cost, colour) in enumerate(bars):
        top = 22 + i * 50
        length = max(cost / biggest * longest, 1)
        parts.append(svg_text(left, top, name, "start", ' font-weight="bold"'))
        parts.append(f'<rect x="{left}" y="{top + 6}" width="{length:.1f}" height="18" fill="{colour}"/>')
        parts.append(svg_text(left + length + 6, top + 20, _("{amount} a year").format(amount=birr(cost)), "start"))
    avoided = quantity(year.disposable_pads_avoided)
    parts.append(
        svg_text(left, 128, _("{count} disposable pads a year not thrown away").format(count=avoided), "start")
    )
    if year.saving >= 0:
        words = _(
            "Bar chart of a buyer's yearly cost (illustrative Br): disposable pads {disposable}, reusable pads "
            "{reusable}; she saves {saving} a year. She throws away {avoided} fewer disposable pads a year."
        )
    else:
        words = _(
            "Bar chart of a buyer's yearly cost (illustrative Br): disposable pads {disposable}, reusable pads "
            "{reusable}; reusable pads cost her {saving} a year more. She throws away {avoided} fewer "
            "disposable pads a year."
        )
    description = words.format(
        disposable=birr(year.disposable_cost),
        reusable=birr(year.reusable_cost),
        saving=birr(year.saving),
        avoided=avoided,
    )
    return svg_chart(description, f'<g font-size="{CHART_FONT}">{"".join(parts)}</g>', width=width, height=140)


# ---- static renderings --------------------------------------------------------------------------


def _buyer_for(inputs: EnterpriseInputs, buyer: BuyerInputs) -> BuyerInputs:
    """The buyer pays the enterprise's community price for a reusable pad."""
    return replace(buyer, reusable_price=inputs.community_price)


def outcomes_table_html(inputs: EnterpriseInputs, prices=DEFAULT_PRICES) -> str:
    """An accessible HTML table of :func:`outcomes_by_price`, with a caption and column headers."""
    return html_table(table_caption(), headers(), (_row(r, "\u00a0") for r in outcomes_by_price(inputs, prices)))


def static_html(inputs: EnterpriseInputs = DEFAULTS, buyer: BuyerInputs = BUYER_DEFAULTS, prices=DEFAULT_PRICES) -> str:
    """The book's rendering: a note, the assumptions, the table, what happens without NGO orders,
    the profit chart, then the buyer's year and its chart."""
    year = buyer_year(_buyer_for(inputs, buyer))
    result = break_even(inputs)
    return static_page(
        "sse-pad-enterprise",
        illustrative_note(),
        paragraphs([assumptions_text(inputs), costing_text(inputs)])
        + outcomes_table_html(inputs, prices)
        + f"<p>{escape(result.message)} {escape(no_ngo_text(inputs))}</p>"
        + profit_chart_svg(inputs, result)
        + paragraphs([buyer_text(year)])
        + buyer_chart_svg(year),
    )


def static_text(inputs: EnterpriseInputs = DEFAULTS, buyer: BuyerInputs = BUYER_DEFAULTS, prices=DEFAULT_PRICES) -> str:
    """A compact plain-text version for terminals and text exports."""
    lines = text_table(headers(), [_row(r) for r in outcomes_by_price(inputs, prices)])
    year = buyer_year(_buyer_for(inputs, buyer))
    return "\n".join(
        [
            table_caption(),
            *lines,
            costing_text(inputs),
            break_even(inputs).message,
            no_ngo_text(inputs),
            buyer_text(year),
            "(" + illustrative_note() + ")",
        ]
    )


# ---- the live widget ----------------------------------------------------------------------------


def results_html(inputs: EnterpriseInputs, result: BreakEven, year: BuyerYear) -> str:
    """The results panel for one set of inputs."""
    now = month(inputs)
    items = [
        costing_text(inputs),
        _("Average price paid (community and NGOs): {price} a pad.").format(price=birr(average_price(inputs))),
        result.message,
        _("This month: {month}").format(month=month_text(now)),
        income_text(now, inputs.members)
        + " "
        + _("The rate you set: {rate} an hour.").format(rate=birr(inputs.hourly_rate)),
        no_ngo_text(inputs),
        buyer_text(year),
    ]
    plain = _("In plain words:")
    return results_panel(
        bullet_list(items) + f"<p><b>{escape(plain)}</b> {escape(reading(inputs, year))}</p>",
        illustrative_note(),
    )


class PadEnterpriseExplorer(ModelExplorer):
    """Controls for the model's inputs in three groups, a results panel and two charts that update
    on every change."""

    def __init__(self, inputs: EnterpriseInputs = DEFAULTS, buyer: BuyerInputs = BUYER_DEFAULTS) -> None:
        def heading(words: str) -> widgets.HTML:
            return widgets.HTML(f"<h4>{escape(words)}</h4>")

        # 1. The cost of one pad
        self.materials = number_box(
            _("Materials per pad (Br)"),
            inputs.materials_per_pad,
            10_000,
            1,
            _("Cloth, waterproof layer, thread and snaps for one pad"),
        )
        self.minutes = number_box(
            _("Minutes of work per pad"), inputs.minutes_per_pad, 600, 5, _("Time to cut, sew and finish one pad")
        )
        self.hourly_rate = slider(
            widgets.FloatSlider,
            _("Hourly rate (Br an hour)"),
            inputs.hourly_rate,
            0,
            200,
            5,
            _("The pay for one hour of work that the members call decent"),
        )
        self.overheads = number_box(
            _("Overheads (Br a month)"),
            inputs.monthly_overheads,
            1_000_000,
            100,
            _("Rent and machine upkeep each month, whatever the number of pads"),
        )
        self.margin = slider(
            widgets.FloatSlider,
            _("Margin on top of cost (%)"),
            inputs.margin_percent,
            0,
            100,
            5,
            _("The share added to the cost of a pad to set a price"),
        )
        # 2. Sales
        self.pads = widgets.IntSlider(
            value=round(inputs.pads_per_month),
            min=10,
            max=max(2000, round(inputs.pads_per_month)),
            step=10,
            description=_("Pads sold a month"),
            tooltip=_("Pads sold to community members and NGOs together"),
            **control_options(),
        )
        self.community_price = slider(
            widgets.FloatSlider,
            _("Community price (Br a pad)"),
            inputs.community_price,
            1,
            300,
            1,
            _("The price community members pay for one pad"),
        )
        self.ngo_price = number_box(
            _("NGO price (Br a pad)"),
            inputs.ngo_price,
            10_000,
            1,
            _("The price NGOs pay for one pad in their bigger orders"),
        )
        self.ngo_share = widgets.IntSlider(
            value=round(inputs.ngo_share_percent),
            min=0,
            max=100,
            step=5,
            description=_("NGO share of pads (%)"),
            tooltip=_("The share of the pads sold that go to NGOs"),
            **control_options(),
        )
        self.members = widgets.IntSlider(
            value=inputs.members,
            min=1,
            max=max(30, inputs.members),
            step=1,
            description=_("Members"),
            tooltip=_("Members who make the pads and share the income"),
            **control_options(),
        )
        # 3. A buyer's year
        self.pads_per_cycle = number_box(
            _("Disposable pads used per period"),
            buyer.pads_per_cycle,
            100,
            1,
            _("Disposable pads one woman uses in one period"),
        )
        self.cycles = number_box(_("Periods a year"), buyer.cycles_per_year, 24, 1, _("Periods in one year"))
        self.disposable_price = number_box(
            _("Price of a disposable pad (Br)"),
            buyer.disposable_price,
            1000,
            0.5,
            _("What one disposable pad costs in a shop"),
        )
        self.reusable_pads = widgets.BoundedIntText(
            value=buyer.reusable_pads,
            min=0,
            max=max(50, buyer.reusable_pads),
            step=1,
            description=_("Reusable pads in a set"),
            tooltip=_("Reusable pads she needs, washing them between uses"),
            **control_options(),
        )
        self.lifetime = number_box(
            _("Life of a reusable pad (years)"),
            buyer.lifetime_years,
            20,
            0.5,
            _("Years before a reusable pad wears out"),
        )
        self.washing = number_box(
            _("Soap for washing per period (Br)"),
            buyer.washing_cost_per_cycle,
            1000,
            1,
            _("Soap to wash the set in one period"),
        )

        self.results = widgets.HTML()
        self.chart = widgets.HTML()
        self.buyer_chart = widgets.HTML()
        self.charts = (self.chart, self.buyer_chart)
        self.controls = [
            self.materials,
            self.minutes,
            self.hourly_rate,
            self.overheads,
            self.margin,
            self.pads,
            self.community_price,
            self.ngo_price,
            self.ngo_share,
            self.members,
            self.pads_per_cycle,
            self.cycles,
            self.disposable_price,
            self.reusable_pads,
            self.lifetime,
            self.washing,
        ]
        self.assemble(
            self.controls,
            [
                heading(_("1. The cost of one pad")),
                *self.controls[:5],
                heading(_("2. Sales")),
                *self.controls[5:10],
                heading(_("3. A buyer's year (she pays the community price for a reusable pad)")),
                *self.controls[10:],
                self.results,
                self.chart,
                self.buyer_chart,
            ],
        )

    def current_inputs(self) -> tuple[EnterpriseInputs, BuyerInputs]:
        """The inputs the controls show now (raises ModelInputError if they are impossible)."""
        enterprise = EnterpriseInputs(
            materials_per_pad=self.materials.value,
            minutes_per_pad=self.minutes.value,
            hourly_rate=self.hourly_rate.value,
            monthly_overheads=self.overheads.value,
            pads_per_month=self.pads.value,
            margin_percent=self.margin.value,
            community_price=self.community_price.value,
            ngo_price=self.ngo_price.value,
            ngo_share_percent=self.ngo_share.value,
            members=self.members.value,
        )
        buyer = BuyerInputs(
            pads_per_cycle=self.pads_per_cycle.value,
            cycles_per_year=self.cycles.value,
            disposable_price=self.disposable_price.value,
            reusable_pads=self.reusable_pads.value,
            reusable_price=enterprise.community_price,
            lifetime_years=self.lifetime.value,
            washing_cost_per_cycle=self.washing.value,
        )
        return enterprise, buyer

    def show(self, inputs_and_buyer: tuple[EnterpriseInputs, BuyerInputs]) -> None:
        inputs, buyer = inputs_and_buyer
        result = break_even(inputs)  # once per change: the panel and the chart both show it
        year = buyer_year(buyer)
        self.results.value = results_html(inputs, result, year)
        self.chart.value = profit_chart_svg(inputs, result)
        self.buyer_chart.value = buyer_chart_svg(year)


def pad_enterprise_explorer(inputs: EnterpriseInputs = DEFAULTS, buyer: BuyerInputs = BUYER_DEFAULTS) -> DualDisplay:
    """The explorer: a live widget in Jupyter, a table and charts in the static book (illustrative Br)."""
    return DualDisplay(PadEnterpriseExplorer(inputs, buyer), static_html(inputs, buyer), static_text(inputs, buyer))
