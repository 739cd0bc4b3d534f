"""Exercise "Is our group ready to work together?" (exercises/cooperative-readiness.ipynb, Part 5).

A planning canvas built on the webinar's lessons (organising first; a business plan; working
capital; governance; markets). It is validated, not graded. Numbers are the learner's own.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from sse_course.exercises.canvas import Canvas, Field
from sse_course.formatting import localised
from sse_course.i18n.lazy import made_in_english
from sse_course.i18n.runtime import gettext as _


def _enough_members(values: Mapping[str, Any]) -> str | None:
    if values["members"] < 2:
        return _("A group needs at least two members: check “{label}”.").format(label=_("How many members"))
    return None


def _months_to_raise(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """How long the members' own contributions take to raise the working capital."""
    monthly = values["members"] * values["contribution"]
    need = values["working_capital"]
    if need == 0:
        text = _("You need no working capital to start.")
    elif monthly == 0:
        text = _("Contributions are 0, so the working capital must come from elsewhere: see your source above.")
    else:
        text = _("{months} months of contributions ({monthly} a month from all members).").format(
            months=math.ceil(need / monthly), monthly=localised(f"{monthly:,.0f}")
        )
    return [(_("Time to raise the working capital from contributions alone"), text)]


def _readiness() -> Canvas:
    return Canvas(
        _("Our cooperative-readiness canvas"),
        [
            Field("group", _("Name of our group")),
            Field("members", _("How many members"), "whole", minimum=1, maximum=100_000),
            Field("common_need", _("The need we share")),
            Field(
                "activity",
                _("What we will do together"),
                "choice",
                choices=(
                    _("buy together"),
                    _("produce together"),
                    _("sell together"),
                    _("save and lend"),
                    _("several of these"),
                ),
            ),
            Field("products", _("Our products or services")),
            Field("buyers", _("Who will buy them")),
            Field(
                "decisions",
                _("How we will decide"),
                "choice",
                choices=(
                    _("one member, one vote at a general assembly"),
                    _("an elected committee that reports to members"),
                    _("we have not decided yet"),
                ),
            ),
            Field("currency", _("Our currency (for example Br, ₱, R$, ₹)")),
            Field(
                "contribution",
                _("Each member's contribution a month"),
                "number",
                minimum=0,
                maximum=1_000_000,
                money=True,
            ),
            Field(
                "working_capital",
                _("Working capital we need to start"),
                "number",
                minimum=0,
                maximum=1_000_000_000,
                money=True,
            ),
            Field("capital_source", _("Where the working capital will come from")),
            Field("first_steps", _("Our first three steps")),
            Field("support", _("Support we need (training, legal help, finance)"), required=False),
        ],
        rules=[_enough_members],
        derived=_months_to_raise,
    )


READINESS = made_in_english(_readiness)
