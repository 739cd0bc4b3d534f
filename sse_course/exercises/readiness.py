"""Exercise "Is our group ready to work together?" (exercises/cooperative-readiness.ipynb, Part 5).

A planning canvas built on the webinar's lessons (organising first; a business plan; working
capital; governance; markets). It is validated, not graded. Numbers are the learner's own.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from sse_course.exercises.canvas import Canvas, Field

ACTIVITIES = ("buy together", "produce together", "sell together", "save and lend", "several of these")
DECISIONS = (
    "one member, one vote at a general assembly",
    "an elected committee that reports to members",
    "we have not decided yet",
)


def _enough_members(values: Mapping[str, Any]) -> str | None:
    if values["members"] < 2:
        return "A group needs at least two members: check “How many members”."
    return None


def _months_to_raise(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """How long the members' own contributions take to raise the working capital."""
    monthly = values["members"] * values["contribution"]
    need = values["working_capital"]
    if need == 0:
        text = "You need no working capital to start."
    elif monthly == 0:
        text = "Contributions are 0, so the working capital must come from elsewhere: see your source above."
    else:
        text = f"{math.ceil(need / monthly)} months of contributions ({monthly:,.0f} a month from all members)."
    return [("Time to raise the working capital from contributions alone", text)]


READINESS = Canvas(
    "Our cooperative-readiness canvas",
    [
        Field("group", "Name of our group"),
        Field("members", "How many members", "whole", minimum=1, maximum=100_000),
        Field("common_need", "The need we share"),
        Field("activity", "What we will do together", "choice", choices=ACTIVITIES),
        Field("products", "Our products or services"),
        Field("buyers", "Who will buy them"),
        Field("decisions", "How we will decide", "choice", choices=DECISIONS),
        Field("currency", "Our currency (for example Br, ₱, R$, ₹)"),
        Field("contribution", "Each member's contribution a month", "number", minimum=0, maximum=1_000_000, money=True),
        Field(
            "working_capital",
            "Working capital we need to start",
            "number",
            minimum=0,
            maximum=1_000_000_000,
            money=True,
        ),
        Field("capital_source", "Where the working capital will come from"),
        Field("first_steps", "Our first three steps"),
        Field("support", "Support we need (training, legal help, finance)", required=False),
    ],
    rules=[_enough_members],
    derived=_months_to_raise,
)
