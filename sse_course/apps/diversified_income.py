"""Explore diversified product lines in a shock (PATAMABA-WISE): a widget in Jupyter, tables in the book.

All figures are ILLUSTRATIVE, in Philippine pesos (₱) per month; see
:mod:`sse_course.models.diversified_income`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from html import escape

import ipywidgets as widgets

from sse_course.apps.charts import HALO, Plot, nice_step, svg_chart, svg_text
from sse_course.apps.controls import control_options
from sse_course.apps.explorer import ModelExplorer
from sse_course.apps.html import bullet_list, html_table, paragraphs, results_panel, static_page, text_table
from sse_course.apps.words import and_list
from sse_course.display import DualDisplay
from sse_course.formatting import is_zero, money
from sse_course.models.checks import LARGEST_NUMBER, LARGEST_WHOLE
from sse_course.models.diversified_income import (
    DEFAULT_SHOCK,
    DEFAULTS,
    LINE_LABELS,
    LINES,
    MONTHS,
    SCENARIOS,
    Comparison,
    GroupInputs,
    GroupYear,
    Shock,
    scenarios,
    simulate,
    single_line_years,
    single_name,
)

ILLUSTRATIVE_NOTE = (
    "All figures are made up for the example, in Philippine pesos (₱) a month: plausible "
    "sizes, not PATAMABA-WISE's real incomes."
)
INCOME_CAPTION = "Illustrative group income in the worst month (₱)"
AFTER_FOOD_CAPTION = "Illustrative money left per member after food in the worst month (₱, with the kitchen and garden)"


# ---- formatting -------------------------------------------------------------------------------


def balance_words(amount: float, currency: str, left: str = "left", short: str = "short") -> str:
    """A balance in words, so its sign never depends on colour: ``₱200 left``, ``₱300 short``
    (``currency``: a code such as ``"PHP"`` or its symbol)."""
    shown = money(amount, currency)
    if is_zero(amount):
        return f"{shown} {left} (just enough)"
    return f"{shown} {left}" if amount > 0 else f"{shown} {short}"


def month_span_words(months: Sequence[int]) -> str:
    """``month 4``, ``months 4 to 6``, or ``no month`` for consecutive month numbers."""
    if not months:
        return "no month"
    return f"month {months[0]}" if len(months) == 1 else f"months {months[0]} to {months[-1]}"


def pesos(amount: float) -> str:
    """``₱1,000`` for whole amounts, ``₱36.50`` otherwise (no sign; see :func:`left_words`)."""
    return money(amount, "PHP")


def left_words(amount: float) -> str:
    """What a member has after food: ``₱200 left``, ``₱2,000 short`` or ``₱0 left (just enough)``."""
    return balance_words(amount, "PHP")


def member_words(amount: float, would: bool = False) -> str:
    """A member's position after food as a verb phrase: ``has ₱200 left``, ``is ₱2,000 short``
    (``would have …``, ``would be …`` with ``would``)."""
    words = left_words(amount)
    if words.endswith("short"):
        return f"{'would be' if would else 'is'} {words}"
    return f"{'would have' if would else 'has'} {words}"


def has_effect(shock: Shock) -> bool:
    """Whether the shock takes any income away from a line that might earn some."""
    return bool(shock.months and shock.stopped and shock.loss > 0)


def shock_words(shock: Shock) -> str:
    """The shock in one sentence, e.g. ``Rugs and doormats, and garments stop in months 4 to 6.``"""
    if not has_effect(shock):
        return "No shock: every line earns its normal income all year."
    names = [LINE_LABELS[line] for line in LINES if line in shock.stopped]
    hit = and_list([names[0]] + [n.lower() for n in names[1:]])
    verb = "stops" if len(names) == 1 else "stop"
    if shock.loss < 1:
        verb = (f"loses {shock.loss:.0%} of its" if len(names) == 1 else f"lose {shock.loss:.0%} of their") + " income"
    return f"{hit} {verb} in {month_span_words(shock.months)}."


def single_label(inputs: GroupInputs) -> str:
    """``Garments only``: the single-product group's name."""
    return single_name(inputs.single_line)


def reading(comparison: Comparison, inputs: GroupInputs) -> list[str]:
    """The results in plain sentences: the worst month of each group, then what a member has after food."""
    d, s = comparison.diversified, comparison.single
    single = s.name.lower()
    when = "in the worst month"
    if d.lowest == d.normal and s.lowest == s.normal:
        when = "in any month"
        cause = (
            "With no shock"
            if not has_effect(comparison.shock)
            else "The shock takes nothing from the lines these groups make:"
        )
        lines = [f"{cause} both groups earn {pesos(d.normal)} every month."]
    elif d.lowest == s.lowest:
        lines = [
            f"In the worst month both groups earned only {pesos(d.lowest)}: the shock hit every line the "
            "diversified group makes, so spreading the work did not help."
        ]
    elif d.lowest > s.lowest:
        lines = [
            f"In the worst month the diversified group still earned {pesos(d.lowest)}, "
            f"the single-product group ({single}) {pesos(s.lowest)}."
        ]
    else:
        worst = min(single_line_years(inputs, comparison.shock).values(), key=lambda g: g.lowest)
        lines = [
            f"In the worst month the diversified group earned {pesos(d.lowest)}, "
            f"the single-product group ({single}) {pesos(s.lowest)}.",
            f"This time the shock missed the single-product group's line. But a group that made only "
            f"{LINE_LABELS[worst.lines[0]].lower()} would have earned {pesos(worst.lowest)}: spreading "
            "the work makes the worst month less bad; it does not always earn the most.",
        ]
    lines.append(
        f"After paying for food {when}, a member of the diversified group "
        f"{member_words(d.lowest_after_food)}; a member of the single-product group "
        f"{member_words(s.lowest_after_food)}."
    )
    if inputs.kitchen_saving > 0:
        lines.append(
            f"The community kitchen and garden save each member's household {pesos(inputs.kitchen_saving)} a month. "
            f"Without them, the diversified group's member "
            f"{member_words(d.lowest_after_food_without_kitchen, would=True)}."
        )
    return lines


def assumptions_text(inputs: GroupInputs) -> str:
    """The inputs in one sentence."""
    lines = and_list(
        [f"{LINE_LABELS[line].lower()} {pesos(income)}" for line, income in inputs.line_income if income > 0]
    )
    return (
        f"The diversified group earns, in a normal month: {lines}; in all {pesos(inputs.total)}. "
        f"The single-product group earns the same {pesos(inputs.total)} from "
        f"{LINE_LABELS[inputs.single_line].lower()} only. Each group has {inputs.members:,} members; "
        f"food for each member's household costs {pesos(inputs.food_cost)} a month, and the community "
        f"kitchen and garden save her household {pesos(inputs.kitchen_saving)} of it."
    )


# ---- chart ------------------------------------------------------------------------------------

DIVERSIFIED_STYLE = 'stroke="#1f5f8b" stroke-width="4"'
SINGLE_STYLE = 'stroke="#b03a2e" stroke-width="2" stroke-dasharray="6 4"'


def income_chart_svg(comparison: Comparison) -> str:
    """An inline SVG line chart of both groups' income, month by month (illustrative ₱).

    The diversified group is a thick solid line with dots, the single-product group a thin dashed
    line with open squares; a legend and labels at each worst month say which is which in words,
    so colour is never the only signal. The shock's months are a grey band labelled "shock".
    """
    d, s = comparison.diversified, comparison.single
    shock = comparison.shock
    top_value = max(d.highest, s.highest, 1e-9)
    step = nice_step(top_value * 1.15)
    # The plot area inside a 360 × 250 viewBox: months 1 to 12 at the middle of their slots, ₱0 up.
    plot = Plot(
        left=64,
        right=346,
        top=50,
        bottom=196,
        x_low=0.5,
        x_high=len(MONTHS) + 0.5,
        low=0,
        high=math.ceil(top_value * 1.15 / step) * step,
    )
    x, y, left, top, bottom = plot.x, plot.y, plot.left, plot.top, plot.bottom
    parts = []
    if has_effect(shock):
        x0, x1 = x(shock.months[0] - 0.5), x(shock.months[-1] + 0.5)
        parts.append(f'<rect x="{x0:.1f}" y="{top}" width="{x1 - x0:.1f}" height="{bottom - top}" fill="#ececec"/>')
        parts.append(svg_text((x0 + x1) / 2, top + 13, "shock", extra=' font-style="italic"'))
    parts.append(plot.grid(step, pesos, stroke="#ccc"))
    parts += [svg_text(x(m), bottom + 14, str(m)) for m in MONTHS]
    parts.append(svg_text((left + plot.right) / 2, bottom + 30, "Month of the year"))
    parts.append(plot.y_title("Income a month (₱)", x=11))
    parts.append(f'<path d="{plot.path(zip(MONTHS, d.monthly, strict=True))}" fill="none" {DIVERSIFIED_STYLE}/>')
    parts += [
        f'<circle cx="{x(m):.1f}" cy="{y(v):.1f}" r="3.5" fill="#1f5f8b"/>'
        for m, v in zip(MONTHS, d.monthly, strict=True)
    ]
    parts.append(f'<path d="{plot.path(zip(MONTHS, s.monthly, strict=True))}" fill="none" {SINGLE_STYLE}/>')
    parts += [
        f'<rect x="{x(m) - 3.5:.1f}" y="{y(v) - 3.5:.1f}" width="7" height="7" fill="none" stroke="#b03a2e" '
        f'stroke-width="1.5"/>'
        for m, v in zip(MONTHS, s.monthly, strict=True)
    ]
    # Legend above the plot: a sample of each line and its name.
    parts.append(
        f'<path d="M{left} 12 h28" {DIVERSIFIED_STYLE}/><circle cx="{left + 14}" cy="12" r="3.5" fill="#1f5f8b"/>'
        + svg_text(left + 34, 16, "Diversified group (solid line, dots)", "start")
    )
    parts.append(
        f'<path d="M{left} 30 h28" {SINGLE_STYLE}/><rect x="{left + 10.5}" y="26.5" width="7" height="7" '
        'fill="none" stroke="#b03a2e" stroke-width="1.5"/>'
        + svg_text(left + 34, 34, f"{s.name} (dashed line, squares)", "start")
    )
    parts.append(_worst_month_labels(d, s, plot))
    description = (
        f"Line chart of each group's income, month by month, over 12 months (illustrative ₱). "
        f"{shock_words(shock)} Diversified group: worst month {pesos(d.lowest)}, year "
        f"{pesos(d.year_total)}. {s.name}: worst month {pesos(s.lowest)}, year {pesos(s.year_total)}."
    )
    return svg_chart(description, "".join(parts), height=250)


def _worst_month_labels(d: GroupYear, s: GroupYear, plot: Plot) -> str:
    """Text at each group's worst month (or one label if both lines are the same), kept apart."""
    top, bottom = plot.top, plot.bottom

    def spot(group: GroupYear) -> tuple[float, float]:
        month = group.lowest_month if group.gap > 0 else MONTHS[-1]
        return plot.x(month), plot.y(group.lowest)

    if d.monthly == s.monthly:
        marks = [("Both groups: " + pesos(d.lowest) + ("" if d.gap else " every month"), *spot(d))]
    else:
        marks = [(f"Diversified: {pesos(d.lowest)}", *spot(d)), (f"{s.name}: {pesos(s.lowest)}", *spot(s))]
        marks.sort(key=lambda mark: -mark[2])  # the lower point (larger y) first
    placed: list[tuple[str, float, float]] = []
    for words, px, py in marks:
        ly = py + 17 if not placed else py - 9  # the lower point's label below it, the other above
        if ly > bottom - 3:
            ly = py - 9
        if ly < top + 11:
            ly = py + 17
        for _, _, other in placed:
            if abs(ly - other) < 13:
                ly = other - 13 if other - 13 >= top + 11 else other + 13
        placed.append((words, px, ly))
    out = []
    for words, px, ly in placed:
        anchor = "end" if px > (plot.left + plot.right) / 2 else "start"
        out.append(svg_text(px + (6 if anchor == "start" else -6), ly, words, anchor, HALO))
    return "".join(out)


# ---- static renderings ------------------------------------------------------------------------


def _common_months(shocks: Iterable[tuple[str, Shock]]) -> str:
    spans = {month_span_words(shock.months) for _, shock in shocks if has_effect(shock)}
    return f", shocks in {spans.pop()}" if len(spans) == 1 else ""


def scenario_rows(
    inputs: GroupInputs = DEFAULTS, shocks=SCENARIOS
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Rows of the two book tables: income in the worst month, and what a member has after food."""
    income: list[tuple[str, ...]] = []
    food: list[tuple[str, ...]] = []
    for label, comparison in scenarios(inputs, shocks):
        d, s = comparison.diversified, comparison.single
        income.append((label, pesos(d.lowest), pesos(s.lowest)))
        food.append((label, left_words(d.lowest_after_food), left_words(s.lowest_after_food)))
    return income, food


def table_headers(inputs: GroupInputs) -> tuple[str, str, str]:
    return ("What stops", "Diversified group", single_label(inputs))


def static_html(inputs: GroupInputs = DEFAULTS, shock: Shock = DEFAULT_SHOCK, shocks=SCENARIOS) -> str:
    """The book's rendering: a note, the assumptions, two tables over the scenarios, the reading and
    the chart at ``shock``."""
    income, food = scenario_rows(inputs, shocks)
    headers = table_headers(inputs)
    months = _common_months(shocks)
    comparison = simulate(inputs, shock)
    return static_page(
        "sse-diversified-income",
        ILLUSTRATIVE_NOTE,
        paragraphs([assumptions_text(inputs)])
        + html_table(INCOME_CAPTION + months, headers, income)
        + html_table(AFTER_FOOD_CAPTION + months, headers, food)
        + paragraphs([f"The chart below shows one shock. {shock_words(shock)}", *reading(comparison, inputs)])
        + income_chart_svg(comparison),
    )


def static_text(inputs: GroupInputs = DEFAULTS, shock: Shock = DEFAULT_SHOCK, shocks=SCENARIOS) -> str:
    """Compact plain-text tables for terminals and text exports."""
    income, food = scenario_rows(inputs, shocks)
    headers = table_headers(inputs)
    months = _common_months(shocks)
    return "\n".join(
        [
            INCOME_CAPTION + months,
            *text_table(headers, income),
            "",
            AFTER_FOOD_CAPTION + months,
            *text_table(headers, food),
            "",
            shock_words(shock),
            *reading(simulate(inputs, shock), inputs),
            "(" + ILLUSTRATIVE_NOTE + ")",
        ]
    )


# ---- the live widget --------------------------------------------------------------------------


def results_html(comparison: Comparison, inputs: GroupInputs) -> str:
    """The results panel: the key numbers of both groups, then the plain reading."""
    d, s = comparison.diversified, comparison.single
    name = s.name.lower()
    items = [
        f"Shock: {shock_words(comparison.shock)}",
        f"Normal month, both groups: {pesos(d.normal)} ({pesos(d.normal / inputs.members)} per member)",
        f"Worst month: diversified {pesos(d.lowest)}; {name} {pesos(s.lowest)}",
        f"Gap between the best and the worst month: diversified {pesos(d.gap)}; {name} {pesos(s.gap)}",
        f"Income in the year: diversified {pesos(d.year_total)}; {name} {pesos(s.year_total)}",
        f"Per member after food in the worst month: diversified {left_words(d.lowest_after_food)}; "
        f"{name} {left_words(s.lowest_after_food)}",
    ]
    return results_panel(bullet_list(items) + paragraphs(reading(comparison, inputs)), ILLUSTRATIVE_NOTE)


class DiversifiedIncomeExplorer(ModelExplorer):
    """Controls for the groups, the shock and food; a results panel and a chart that update on every change."""

    def __init__(self, inputs: GroupInputs = DEFAULTS, shock: Shock = DEFAULT_SHOCK) -> None:
        def heading(words: str) -> widgets.HTML:
            return widgets.HTML(f"<p><b>{escape(words)}</b></p>")

        def pesos_box(description: str, value: float, tooltip: str) -> widgets.BoundedFloatText:
            # Down to minus the model's largest amount, not 0: a negative number typed by mistake
            # is explained, not silently changed; up to the largest amount the model takes.
            return widgets.BoundedFloatText(
                value=value,
                min=-LARGEST_NUMBER,
                max=LARGEST_NUMBER,
                step=500,
                description=description,
                tooltip=tooltip,
                **control_options(),
            )

        self.incomes = {
            line: pesos_box(
                f"{LINE_LABELS[line]} (₱ a month)",
                inputs.income(line),
                f"The diversified group's income from {LINE_LABELS[line].lower()} in a normal month",
            )
            for line in LINES
        }
        self.hit = {
            line: widgets.Checkbox(
                value=line in shock.stopped,
                description=LINE_LABELS[line],
                indent=False,
                layout=control_options()["layout"],
            )
            for line in LINES
        }
        self.start = widgets.IntSlider(
            value=shock.start, min=1, max=12, description="Shock starts in month", **control_options()
        )
        self.length = widgets.IntSlider(
            value=shock.length, min=0, max=13 - shock.start, description="Shock lasts (months)", **control_options()
        )
        self.loss = widgets.IntSlider(
            value=round(shock.loss * 100),
            min=0,
            max=100,
            step=10,
            description="Income the lines hit lose (%)",
            tooltip="100 %: the lines stop; 50 %: they earn half",
            **control_options(),
        )
        self.single = widgets.Dropdown(
            options=[(LINE_LABELS[line], line) for line in LINES],
            value=inputs.single_line,
            description="The single-product group makes",
            **control_options(),
        )
        self.members = widgets.BoundedIntText(
            value=inputs.members, min=0, max=LARGEST_WHOLE, description="Members in each group", **control_options()
        )
        self.food = pesos_box(
            "Household food cost per member (₱ a month)",
            inputs.food_cost,
            "What each member's household spends on food in a month without the kitchen and garden",
        )
        self.saving = pesos_box(
            "Kitchen and garden saving per household (₱ a month)",
            inputs.kitchen_saving,
            "How much the community kitchen and urban garden lower each member's household food bill",
        )
        self.results = widgets.HTML()
        self.chart = widgets.HTML()
        self.charts = (self.chart,)
        # The shock must end by month 12: a later start shortens the longest possible shock. This
        # observer is registered before the update below, so the update sees a possible length.
        self.start.observe(self._limit_length, names="value")
        controls = [
            *self.incomes.values(),
            *self.hit.values(),
            self.start,
            self.length,
            self.loss,
            self.single,
            self.members,
            self.food,
            self.saving,
        ]
        self.assemble(
            controls,
            [
                heading("The diversified group's product lines"),
                *self.incomes.values(),
                self.single,
                heading("The shock: which lines it hits, when, and how hard"),
                *self.hit.values(),
                self.start,
                self.length,
                self.loss,
                heading("Members and food"),
                self.members,
                self.food,
                self.saving,
                self.results,
                self.chart,
            ],
        )

    def _limit_length(self, change) -> None:
        self.length.max = 13 - change["new"]  # ipywidgets lowers the value too if it is above the new max

    def current_inputs(self) -> tuple[GroupInputs, Shock]:
        """The inputs and the shock the controls show now (raises ModelInputError if impossible)."""
        inputs = GroupInputs(
            line_income=tuple((line, box.value) for line, box in self.incomes.items()),
            single_line=self.single.value,
            members=self.members.value,
            food_cost=self.food.value,
            kitchen_saving=self.saving.value,
        )
        shock = Shock(
            stopped=frozenset(line for line, box in self.hit.items() if box.value),
            start=self.start.value,
            length=self.length.value,
            loss=self.loss.value / 100,
        )
        return inputs, shock

    def show(self, inputs_and_shock: tuple[GroupInputs, Shock]) -> None:
        inputs, shock = inputs_and_shock
        comparison = simulate(inputs, shock)
        self.results.value = results_html(comparison, inputs)
        self.chart.value = income_chart_svg(comparison)


def diversified_income_explorer(inputs: GroupInputs = DEFAULTS, shock: Shock = DEFAULT_SHOCK) -> DualDisplay:
    """The explorer: a live widget in Jupyter, tables and a chart in the static book (illustrative ₱)."""
    return DualDisplay(DiversifiedIncomeExplorer(inputs, shock), static_html(inputs, shock), static_text(inputs, shock))
