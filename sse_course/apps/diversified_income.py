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
from sse_course.formatting import is_zero, money, percent, quantity
from sse_course.i18n.runtime import gettext as _
from sse_course.models.checks import LARGEST_NUMBER, LARGEST_WHOLE
from sse_course.models.diversified_income import (
    DEFAULT_SHOCK,
    DEFAULTS,
    LINE_LABELS,
    LINES,
    MONTHS,
    SCENARIO_LABELS,
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


def illustrative_note() -> str:
    return _(
        "All figures are made up for the example, in Philippine pesos (₱) a month: plausible "
        "sizes, not PATAMABA-WISE's real incomes."
    )


def income_caption() -> str:
    return _("Illustrative group income in the worst month (₱)")


def after_food_caption() -> str:
    return _("Illustrative money left per member after food in the worst month (₱, with the kitchen and garden)")


# ---- formatting -------------------------------------------------------------------------------


def balance_words(amount: float, currency: str) -> str:
    """A balance in words, so its sign never depends on colour: ``₱200 left``, ``₱300 short``
    (``currency``: a code such as ``"PHP"`` or its symbol)."""
    shown = money(amount, currency)
    if is_zero(amount):
        return _("{amount} left (just enough)").format(amount=shown)
    return (_("{amount} left") if amount > 0 else _("{amount} short")).format(amount=shown)


def month_span_words(months: Sequence[int]) -> str:
    """``month 4``, ``months 4 to 6``, or ``no month`` for consecutive month numbers."""
    if not months:
        return _("no month")
    if len(months) == 1:
        return _("month {month}").format(month=months[0])
    return _("months {first} to {last}").format(first=months[0], last=months[-1])


def pesos(amount: float) -> str:
    """``₱1,000`` for whole amounts, ``₱36.50`` otherwise (no sign; see :func:`left_words`)."""
    return money(amount, "PHP")


def left_words(amount: float) -> str:
    """What a member has after food: ``₱200 left``, ``₱2,000 short`` or ``₱0 left (just enough)``."""
    return balance_words(amount, "PHP")


def member_words(amount: float, would: bool = False) -> str:
    """A member's position after food as a verb phrase: ``has ₱200 left``, ``is ₱2,000 short``
    (``would have …``, ``would be …`` with ``would``)."""
    shown = pesos(amount)
    if is_zero(amount):
        phrase = _("would have {amount} left (just enough)") if would else _("has {amount} left (just enough)")
    elif amount > 0:
        phrase = _("would have {amount} left") if would else _("has {amount} left")
    else:
        phrase = _("would be {amount} short") if would else _("is {amount} short")
    return phrase.format(amount=shown)


def has_effect(shock: Shock) -> bool:
    """Whether the shock takes any income away from a line that might earn some."""
    return bool(shock.months and shock.stopped and shock.loss > 0)


def shock_words(shock: Shock) -> str:
    """The shock in one sentence, e.g. ``Rugs and doormats, and garments stop in months 4 to 6.``"""
    if not has_effect(shock):
        return _("No shock: every line earns its normal income all year.")
    labels = LINE_LABELS
    names = [labels[line] for line in LINES if line in shock.stopped]
    hit = and_list([names[0]] + [n.lower() for n in names[1:]])
    one = len(names) == 1
    if shock.loss < 1:
        words = (
            _("{lines} loses {share} of its income in {months}.")
            if one
            else _("{lines} lose {share} of their income in {months}.")
        )
    else:
        words = _("{lines} stops in {months}.") if one else _("{lines} stop in {months}.")
    return words.format(lines=hit, share=percent(round(shock.loss * 100)), months=month_span_words(shock.months))


def single_label(inputs: GroupInputs) -> str:
    """``Garments only``: the single-product group's name."""
    return single_name(inputs.single_line)


def reading(comparison: Comparison, inputs: GroupInputs) -> list[str]:
    """The results in plain sentences: the worst month of each group, then what a member has after food."""
    d, s = comparison.diversified, comparison.single
    single = s.name.lower()
    after = _(
        "After paying for food in the worst month, a member of the diversified group {diversified}; "
        "a member of the single-product group {single}."
    )
    if d.lowest == d.normal and s.lowest == s.normal:
        after = _(
            "After paying for food in any month, a member of the diversified group {diversified}; "
            "a member of the single-product group {single}."
        )
        if not has_effect(comparison.shock):
            first = _("With no shock both groups earn {amount} every month.")
        else:
            first = _(
                "The shock takes nothing from the lines these groups make: both groups earn {amount} every month."
            )
        lines = [first.format(amount=pesos(d.normal))]
    elif d.lowest == s.lowest:
        lines = [
            _(
                "In the worst month both groups earned only {amount}: the shock hit every line the "
                "diversified group makes, so spreading the work did not help."
            ).format(amount=pesos(d.lowest))
        ]
    elif d.lowest > s.lowest:
        lines = [
            _(
                "In the worst month the diversified group still earned {diversified}, "
                "the single-product group ({name}) {single}."
            ).format(diversified=pesos(d.lowest), name=single, single=pesos(s.lowest))
        ]
    else:
        worst = min(single_line_years(inputs, comparison.shock).values(), key=lambda g: g.lowest)
        lines = [
            _(
                "In the worst month the diversified group earned {diversified}, the single-product group ({name}) {single}."
            ).format(diversified=pesos(d.lowest), name=single, single=pesos(s.lowest)),
            _(
                "This time the shock missed the single-product group's line. But a group that made only "
                "{line} would have earned {amount}: spreading the work makes the worst month less bad; it "
                "does not always earn the most."
            ).format(line=LINE_LABELS[worst.lines[0]].lower(), amount=pesos(worst.lowest)),
        ]
    lines.append(after.format(diversified=member_words(d.lowest_after_food), single=member_words(s.lowest_after_food)))
    if inputs.kitchen_saving > 0:
        lines.append(
            _(
                "The community kitchen and garden save each member's household {saving} a month. "
                "Without them, the diversified group's member {without}."
            ).format(
                saving=pesos(inputs.kitchen_saving),
                without=member_words(d.lowest_after_food_without_kitchen, would=True),
            )
        )
    return lines


def assumptions_text(inputs: GroupInputs) -> str:
    """The inputs in one sentence."""
    labels = LINE_LABELS
    lines = and_list(
        [
            _("{line} {amount}").format(line=labels[line].lower(), amount=pesos(income))
            for line, income in inputs.line_income
            if income > 0
        ]
    )
    return _(
        "The diversified group earns, in a normal month: {lines}; in all {total}. "
        "The single-product group earns the same {total} from {single} only. Each group has {members} members; "
        "food for each member's household costs {food} a month, and the community "
        "kitchen and garden save her household {saving} of it."
    ).format(
        lines=lines,
        total=pesos(inputs.total),
        single=labels[inputs.single_line].lower(),
        members=quantity(inputs.members),
        food=pesos(inputs.food_cost),
        saving=pesos(inputs.kitchen_saving),
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
        parts.append(svg_text((x0 + x1) / 2, top + 13, _("shock"), extra=' font-style="italic"'))
    parts.append(plot.grid(step, pesos, stroke="#ccc"))
    parts += [svg_text(x(m), bottom + 14, str(m)) for m in MONTHS]
    parts.append(svg_text((left + plot.right) / 2, bottom + 30, _("Month of the year")))
    parts.append(plot.y_title(_("Income a month (₱)"), x=11))
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
        + svg_text(left + 34, 16, _("Diversified group (solid line, dots)"), "start")
    )
    parts.append(
        f'<path d="M{left} 30 h28" {SINGLE_STYLE}/><rect x="{left + 10.5}" y="26.5" width="7" height="7" '
        'fill="none" stroke="#b03a2e" stroke-width="1.5"/>'
        + svg_text(left + 34, 34, _("{name} (dashed line, squares)").format(name=s.name), "start")
    )
    parts.append(_worst_month_labels(d, s, plot))
    description = _(
        "Line chart of each group's income, month by month, over 12 months (illustrative ₱). "
        "{shock} Diversified group: worst month {lowest}, year {year}. "
        "{name}: worst month {single_lowest}, year {single_year}."
    ).format(
        shock=shock_words(shock),
        lowest=pesos(d.lowest),
        year=pesos(d.year_total),
        name=s.name,
        single_lowest=pesos(s.lowest),
        single_year=pesos(s.year_total),
    )
    return svg_chart(description, "".join(parts), height=250)


def _worst_month_labels(d: GroupYear, s: GroupYear, plot: Plot) -> str:
    """Text at each group's worst month (or one label if both lines are the same), kept apart."""
    top, bottom = plot.top, plot.bottom

    def spot(group: GroupYear) -> tuple[float, float]:
        month = group.lowest_month if group.gap > 0 else MONTHS[-1]
        return plot.x(month), plot.y(group.lowest)

    if d.monthly == s.monthly:
        both = _("Both groups: {amount}") if d.gap else _("Both groups: {amount} every month")
        marks = [(both.format(amount=pesos(d.lowest)), *spot(d))]
    else:
        marks = [
            (_("Diversified: {amount}").format(amount=pesos(d.lowest)), *spot(d)),
            (_("{name}: {amount}").format(name=s.name, amount=pesos(s.lowest)), *spot(s)),
        ]
        marks.sort(key=lambda mark: -mark[2])  # the lower point (larger y) first
    placed: list[tuple[str, float, float]] = []
    for words, px, py in marks:
        ly = py + 17 if not placed else py - 9  # the lower point's label below it, the other above
        if ly > bottom - 3:
            ly = py - 9
        if ly < top + 11:
            ly = py + 17
        for _words, _x, other in placed:
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
    return _(", shocks in {months}").format(months=spans.pop()) if len(spans) == 1 else ""


def scenario_rows(
    inputs: GroupInputs = DEFAULTS, shocks=SCENARIOS
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Rows of the two book tables: income in the worst month, and what a member has after food."""
    income: list[tuple[str, ...]] = []
    food: list[tuple[str, ...]] = []
    labels = SCENARIO_LABELS
    for english, comparison in scenarios(inputs, shocks):
        label = labels.get(english, english)  # a scenario of the caller's own keeps its words
        d, s = comparison.diversified, comparison.single
        income.append((label, pesos(d.lowest), pesos(s.lowest)))
        food.append((label, left_words(d.lowest_after_food), left_words(s.lowest_after_food)))
    return income, food


def table_headers(inputs: GroupInputs) -> tuple[str, str, str]:
    return (_("What stops"), _("Diversified group"), single_label(inputs))


def static_html(inputs: GroupInputs = DEFAULTS, shock: Shock = DEFAULT_SHOCK, shocks=SCENARIOS) -> str:
    """The book's rendering: a note, the assumptions, two tables over the scenarios, the reading and
    the chart at ``shock``."""
    income, food = scenario_rows(inputs, shocks)
    headers = table_headers(inputs)
    months = _common_months(shocks)
    comparison = simulate(inputs, shock)
    return static_page(
        "sse-diversified-income",
        illustrative_note(),
        paragraphs([assumptions_text(inputs)])
        + html_table(income_caption() + months, headers, income)
        + html_table(after_food_caption() + months, headers, food)
        + paragraphs(
            [
                _("The chart below shows one shock. {shock}").format(shock=shock_words(shock)),
                *reading(comparison, inputs),
            ]
        )
        + income_chart_svg(comparison),
    )


def static_text(inputs: GroupInputs = DEFAULTS, shock: Shock = DEFAULT_SHOCK, shocks=SCENARIOS) -> str:
    """Compact plain-text tables for terminals and text exports."""
    income, food = scenario_rows(inputs, shocks)
    headers = table_headers(inputs)
    months = _common_months(shocks)
    return "\n".join(
        [
            income_caption() + months,
            *text_table(headers, income),
            "",
            after_food_caption() + months,
            *text_table(headers, food),
            "",
            shock_words(shock),
            *reading(simulate(inputs, shock), inputs),
            "(" + illustrative_note() + ")",
        ]
    )


# ---- the live widget --------------------------------------------------------------------------


def results_html(comparison: Comparison, inputs: GroupInputs) -> str:
    """The results panel: the key numbers of both groups, then the plain reading."""
    d, s = comparison.diversified, comparison.single
    name = s.name.lower()
    items = [
        _("Shock: {shock}").format(shock=shock_words(comparison.shock)),
        _("Normal month, both groups: {amount} ({share} per member)").format(
            amount=pesos(d.normal), share=pesos(d.normal / inputs.members)
        ),
        _("Worst month: diversified {diversified}; {name} {single}").format(
            diversified=pesos(d.lowest), name=name, single=pesos(s.lowest)
        ),
        _("Gap between the best and the worst month: diversified {diversified}; {name} {single}").format(
            diversified=pesos(d.gap), name=name, single=pesos(s.gap)
        ),
        _("Income in the year: diversified {diversified}; {name} {single}").format(
            diversified=pesos(d.year_total), name=name, single=pesos(s.year_total)
        ),
        _("Per member after food in the worst month: diversified {diversified}; {name} {single}").format(
            diversified=left_words(d.lowest_after_food), name=name, single=left_words(s.lowest_after_food)
        ),
    ]
    return results_panel(bullet_list(items) + paragraphs(reading(comparison, inputs)), illustrative_note())


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

        labels = LINE_LABELS
        self.incomes = {
            line: pesos_box(
                _("{line} (₱ a month)").format(line=labels[line]),
                inputs.income(line),
                _("The diversified group's income from {line} in a normal month").format(line=labels[line].lower()),
            )
            for line in LINES
        }
        self.hit = {
            line: widgets.Checkbox(
                value=line in shock.stopped,
                description=labels[line],
                indent=False,
                layout=control_options()["layout"],
            )
            for line in LINES
        }
        self.start = widgets.IntSlider(
            value=shock.start, min=1, max=12, description=_("Shock starts in month"), **control_options()
        )
        self.length = widgets.IntSlider(
            value=shock.length,
            min=0,
            max=13 - shock.start,
            description=_("Shock lasts (months)"),
            **control_options(),
        )
        self.loss = widgets.IntSlider(
            value=round(shock.loss * 100),
            min=0,
            max=100,
            step=10,
            description=_("Income the lines hit lose (%)"),
            tooltip=_("100 %: the lines stop; 50 %: they earn half"),
            **control_options(),
        )
        self.single = widgets.Dropdown(
            options=[(labels[line], line) for line in LINES],
            value=inputs.single_line,
            description=_("The single-product group makes"),
            **control_options(),
        )
        self.members = widgets.BoundedIntText(
            value=inputs.members,
            min=0,
            max=LARGEST_WHOLE,
            description=_("Members in each group"),
            **control_options(),
        )
        self.food = pesos_box(
            _("Household food cost per member (₱ a month)"),
            inputs.food_cost,
            _("What each member's household spends on food in a month without the kitchen and garden"),
        )
        self.saving = pesos_box(
            _("Kitchen and garden saving per household (₱ a month)"),
            inputs.kitchen_saving,
            _("How much the community kitchen and urban garden lower each member's household food bill"),
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
                heading(_("The diversified group's product lines")),
                *self.incomes.values(),
                self.single,
                heading(_("The shock: which lines it hits, when, and how hard")),
                *self.hit.values(),
                self.start,
                self.length,
                self.loss,
                heading(_("Members and food")),
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
