"""Explore collective purchasing (SEWA's Dura Sundari): a widget in Jupyter, a table in the book.

All figures are ILLUSTRATIVE, in Indian rupees (₹) per month; see
:mod:`sse_course.models.collective_purchase`.
"""

from __future__ import annotations

import math
from dataclasses import replace
from html import escape

import ipywidgets as widgets

from sse_course.apps.charts import Plot, nice_step, svg_chart, svg_text, value_range
from sse_course.apps.controls import control_options, number_box
from sse_course.apps.explorer import ModelExplorer
from sse_course.apps.html import bullet_list, html_table, results_panel, static_page, text_table
from sse_course.apps.words import signed_words
from sse_course.display import DualDisplay
from sse_course.formatting import money, quantity, signed_money
from sse_course.i18n.runtime import gettext as _
from sse_course.models.collective_purchase import (
    DEFAULT_SIZES,
    DEFAULTS,
    MAX_MEMBERS,
    PurchaseInputs,
    PurchaseOutcome,
    break_even_members,
    outcomes_by_size,
    simulate,
)


def table_caption() -> str:
    return _("Illustrative outcomes by number of members (₹ per month)")


def illustrative_note() -> str:
    return _(
        "All figures are made up for the example, in Indian rupees (₹) per month: plausible "
        "sizes, not Dura Sundari's real prices or accounts."
    )


def headers() -> tuple[str, ...]:
    # Four short columns fit a 360 px phone. The saving per member does not depend on the size of
    # the cooperative, so it is said once in a sentence (saving_sentence) instead of repeated in a column.
    return (_("Members"), _("Units a month"), _("Bulk price"), _("Result for the cooperative"))


# ---- formatting -------------------------------------------------------------------------------


def rupees(amount: float) -> str:
    """``₹1,000`` for whole amounts, ``₹36.50`` otherwise (no sign; see :func:`surplus_words`)."""
    return money(amount, "INR")


def units_text(units: float) -> str:
    return quantity(units)


def surplus_words(surplus: float) -> str:
    """The surplus in words, so the sign never depends on colour: ``surplus ₹1,000``/``loss ₹1,000``."""
    return signed_words(surplus, rupees)


def break_even_words(members: int | None, max_members: int) -> str:
    """One sentence on the break-even membership."""
    if members is None:
        return _("The cooperative does not cover its costs with any number of members up to {largest}.").format(
            largest=quantity(max_members)
        )
    return _("The cooperative covers its costs from {members} members.").format(members=quantity(members))


def tiers_text(inputs: PurchaseInputs) -> str:
    """The wholesale price tiers in one line, e.g. ``₹45 a unit from 0 units; ₹40 from 500 …``."""
    return "; ".join(
        _("{price} a unit from {units} units").format(price=rupees(price), units=units_text(low))
        for low, price in inputs.bulk_tiers
    )


def _row(outcome: PurchaseOutcome) -> tuple[str, ...]:
    return (
        quantity(outcome.members),
        units_text(outcome.total_units),
        rupees(outcome.bulk_unit_price),
        surplus_words(outcome.surplus),
    )


def saving_sentence(inputs: PurchaseInputs) -> str:
    """What each member saves; the same at every membership size."""
    saving = simulate(inputs).saving_per_member
    if saving < 0:
        return _("Each member pays {amount} a month more than in the shop, whatever the size.").format(
            amount=rupees(saving)
        )
    return _(
        "At every size, each member saves {amount} a month. What changes with size is the result for the cooperative."
    ).format(amount=rupees(saving))


# ---- chart ------------------------------------------------------------------------------------


def _chart_sizes(inputs: PurchaseInputs, max_members: int) -> list[int]:
    """Memberships where the surplus line can bend: both ends and either side of each tier start.

    Within a price tier the surplus grows by the same amount per member (a straight line), so
    plotting these points alone draws the chart exactly.
    """
    sizes = {1, max_members}
    for low, _price in inputs.bulk_tiers[1:]:
        if low / inputs.need_per_member < max_members:
            first = max(1, math.ceil(low / inputs.need_per_member))
            sizes.update({first, max(1, first - 1)})
    return sorted(n for n in sizes if n <= max_members)


def surplus_chart_svg(inputs: PurchaseInputs, break_even: int | None = None, max_members: int | None = None) -> str:
    """An inline SVG chart of the monthly surplus against the number of members (illustrative ₹).

    The zero line, the break-even membership (a circle) and the current membership (a square) are
    labelled in text, so colour is never the only signal. ``break_even`` defaults to
    :func:`break_even_members`; ``max_members`` to a range that shows both marked points.
    """
    if break_even is None:
        break_even = break_even_members(inputs)
    if max_members is None:
        max_members = max(300, math.ceil(1.25 * max(inputs.members, break_even or 0)))
    points = [(n, simulate(replace(inputs, members=n)).surplus) for n in _chart_sizes(inputs, max_members)]
    current = simulate(inputs)
    low, high, step = value_range([s for _, s in points] + [0.0, current.surplus])
    # The plot area inside a 360 × 220 viewBox; members from 1 (at least 1 apart) to max_members.
    plot = Plot(left=72, right=340, top=16, bottom=180, x_low=1, x_high=1 + max(max_members - 1, 1), low=low, high=high)
    parts = [plot.grid(step, lambda value: signed_money(value, "INR"))]  # in ₹, "−" for a loss
    xstep = max(1, int(nice_step(max_members)))
    parts += [svg_text(plot.x(n), plot.bottom + 14, quantity(n)) for n in range(xstep, max_members + 1, xstep)]
    zero = _("{zero} = break even").format(zero=rupees(0))
    parts.append(plot.zero_line() + svg_text(plot.right, plot.y(0) + 12, zero, "end"))
    parts.append(f'<path d="{plot.path(points)}" fill="none" stroke="#1f5f8b" stroke-width="2"/>')
    if break_even is not None and break_even <= max_members:
        at = simulate(replace(inputs, members=break_even)).surplus
        parts.append(plot.circle(break_even, at))
        words = _("break even: {members}").format(members=quantity(break_even))
        parts.append(plot.label(break_even, at, f"○ {words}", above=False))
    parts.append(plot.square(current.members, current.surplus))
    parts.append(
        plot.label(
            current.members,
            current.surplus,
            "■ "
            + _("{members} members: {result}").format(
                members=quantity(current.members), result=surplus_words(current.surplus)
            ),
            above=True,
        )
    )
    parts.append(svg_text((plot.left + plot.right) / 2, plot.bottom + 32, _("Number of members")))
    parts.append(plot.y_title(_("Surplus per month (₹)")))
    description = _(
        "Line chart of the cooperative's monthly surplus (illustrative ₹) against the number of members, "
        "from 1 to {largest}. {break_even} With {members} members: {result}."
    ).format(
        largest=quantity(max_members),
        break_even=break_even_words(break_even, max_members),
        members=quantity(current.members),
        result=surplus_words(current.surplus),
    )
    return svg_chart(description, "".join(parts))


# ---- static renderings ------------------------------------------------------------------------


def outcomes_table_html(inputs: PurchaseInputs, sizes=DEFAULT_SIZES) -> str:
    """An accessible HTML table of :func:`outcomes_by_size`, with a caption and column headers."""
    return html_table(table_caption(), headers(), map(_row, outcomes_by_size(inputs, sizes)))


def assumptions_text(inputs: PurchaseInputs) -> str:
    """The inputs other than membership, in one sentence."""
    return _(
        "Each member needs {units} units a month; the shop charges {shop} a unit and the cooperative "
        "{member}; running costs are {running} a month; wholesale prices: {tiers}."
    ).format(
        units=units_text(inputs.need_per_member),
        shop=rupees(inputs.retail_price),
        member=rupees(inputs.member_price),
        running=rupees(inputs.running_costs),
        tiers=tiers_text(inputs),
    )


def static_html(inputs: PurchaseInputs = DEFAULTS, sizes=DEFAULT_SIZES) -> str:
    """The book's rendering: a note, the assumptions, the table, the break-even sentence and the chart."""
    break_even = break_even_members(inputs)
    return static_page(
        "sse-collective-purchase",
        illustrative_note(),
        f"<p>{escape(assumptions_text(inputs))} {escape(saving_sentence(inputs))}</p>"
        f"{outcomes_table_html(inputs, sizes)}"
        f"<p>{escape(break_even_words(break_even, MAX_MEMBERS))}</p>"
        f"{surplus_chart_svg(inputs, break_even)}",
    )


def static_text(inputs: PurchaseInputs = DEFAULTS, sizes=DEFAULT_SIZES) -> str:
    """A compact plain-text table for terminals and text exports."""
    lines = text_table(headers(), [_row(o) for o in outcomes_by_size(inputs, sizes)])
    return "\n".join(
        [
            table_caption(),
            *lines,
            saving_sentence(inputs),
            break_even_words(break_even_members(inputs), MAX_MEMBERS),
            "(" + illustrative_note() + ")",
        ]
    )


# ---- the live widget --------------------------------------------------------------------------


def results_html(inputs: PurchaseInputs, break_even: int | None) -> str:
    """The results panel for one set of inputs and their break-even membership."""
    outcome = simulate(inputs)
    saving = rupees(outcome.saving_per_member)
    items = [
        _("Saving per member: {amount} a month (members pay more than in the shop)").format(amount=saving)
        if outcome.saving_per_member < 0
        else _("Saving per member: {amount} a month").format(amount=saving),
        _("Units bought by the cooperative: {units} a month").format(units=units_text(outcome.total_units)),
        _("Bulk price paid: {price} a unit").format(price=rupees(outcome.bulk_unit_price)),
        _("Cooperative result: {result} a month").format(result=surplus_words(outcome.surplus)),
        break_even_words(break_even, MAX_MEMBERS),
    ]
    return results_panel(bullet_list(items), illustrative_note())


class CollectivePurchaseExplorer(ModelExplorer):
    """Controls for the model's inputs, a results panel and a chart that update on every change."""

    def __init__(self, inputs: PurchaseInputs = DEFAULTS) -> None:
        self.tiers = inputs.bulk_tiers
        self.members = widgets.IntSlider(
            value=inputs.members,
            min=1,
            max=max(500, inputs.members),
            step=1,
            description=_("Members buying together"),
            tooltip=_("Number of members who buy through the cooperative"),
            **control_options(),
        )
        self.need = number_box(
            _("Need per member (units a month)"),
            inputs.need_per_member,
            1000,
            1,
            _("Units of thread each member needs in a month"),
        )
        self.retail = number_box(
            _("Shop price (₹ a unit)"), inputs.retail_price, 10_000, 1, _("Price of one unit in the local shop")
        )
        self.member_price = number_box(
            _("Member price (₹ a unit)"),
            inputs.member_price,
            10_000,
            1,
            _("Price the cooperative charges its members for one unit"),
        )
        self.running = number_box(
            _("Running costs (₹ a month)"),
            inputs.running_costs,
            1_000_000,
            100,
            _("Rent, a part-time storekeeper and transport each month"),
        )
        self.results = widgets.HTML()
        self.chart = widgets.HTML()
        self.charts = (self.chart,)
        fixed = _("Wholesale prices (fixed): {tiers}.").format(tiers=tiers_text(inputs))
        tiers = widgets.HTML(f"<p><small>{escape(fixed)}</small></p>")
        controls = [self.members, self.need, self.retail, self.member_price, self.running]
        self.assemble(controls, controls + [tiers, self.results, self.chart])

    def current_inputs(self) -> PurchaseInputs:
        """The inputs the controls show now (raises ModelInputError if they are impossible)."""
        return PurchaseInputs(
            members=self.members.value,
            need_per_member=self.need.value,
            retail_price=self.retail.value,
            member_price=self.member_price.value,
            bulk_tiers=self.tiers,
            running_costs=self.running.value,
        )

    def show(self, inputs: PurchaseInputs) -> None:
        break_even = break_even_members(inputs)  # once per change: the panel and the chart both show it
        self.results.value = results_html(inputs, break_even)
        self.chart.value = surplus_chart_svg(inputs, break_even)


def collective_purchase_explorer(inputs: PurchaseInputs = DEFAULTS) -> DualDisplay:
    """The explorer: a live widget in Jupyter, a table and chart in the static book (illustrative ₹)."""
    return DualDisplay(CollectivePurchaseExplorer(inputs), static_html(inputs), static_text(inputs))
