"""Exercise "Policy and support" (exercises/policy-and-support.ipynb, Part 3).

The kinds of support follow the ILO slides of 2021 (a network of support institutions: government
entities, legal services, training and mentorship, financial support). The instruments and dates
follow the fact register: C177 (1996), R193 (2002), R204 (2015), the ILC conclusions of June 2022,
UN resolution A/RES/77/281 (18 April 2023).
"""

from __future__ import annotations

from sse_course.exercises.canvas import Canvas, Field
from sse_course.exercises.classification import ClassificationTask, Item

SUPPORT_KINDS = ("government entity", "legal services", "training and mentorship", "financial support")

WHO_CAN_HELP = ClassificationTask(
    "Which kind of support meets this need?",
    SUPPORT_KINDS,
    {
        "We want to register our group as a cooperative, but we do not understand the forms": Item(
            "legal services", "Registering, by-laws and contracts are legal questions: a legal service helps."
        ),
        "We need a loan to buy two sewing machines for the group": Item(
            "financial support",
            "Money for equipment or working capital comes from financial support, such "
            "as a cooperative bank, a savings group or a fund.",
        ),
        "Our new leaders do not know how to keep the accounts or run a meeting": Item(
            "training and mentorship",
            "Skills for leaders and members come from training and mentoring, "
            "for example with the ILO's Think.COOP or Start.COOP.",
        ),
        "We want the city to include home-based workers in its plan for local businesses": Item(
            "government entity", "Policies and plans are made by government bodies: the group speaks to them."
        ),
    },
)

INSTRUMENT_KINDS = ("Convention", "Recommendation", "resolution", "conclusions")

WHAT_KIND_OF_TEXT = ClassificationTask(
    "What kind of text is it?",
    INSTRUMENT_KINDS,
    {
        "The Home Work Convention, 1996 (No. 177)": Item(
            "Convention", "A Convention is a treaty: a country that ratifies it must apply it."
        ),
        "No. 193 (2002) on the promotion of cooperatives": Item(
            "Recommendation", "No. 193 is a Recommendation: it guides countries, and nobody ratifies it."
        ),
        "No. 204 (2015) on the transition from the informal to the formal economy": Item(
            "Recommendation", "No. 204 is a Recommendation too; it names cooperatives and SSE units."
        ),
        "A/RES/77/281, adopted by the UN General Assembly on 18 April 2023": Item(
            "resolution", "The UN General Assembly adopted a resolution to promote the SSE."
        ),
        "The text agreed at the end of the ILC's general discussion in June 2022, with the definition of the SSE": Item(
            "conclusions", "A general discussion ends with conclusions (adopted with a resolution)."
        ),
    },
)

ECOSYSTEM_MAP = Canvas(
    "Our support ecosystem",
    [
        Field("group", "Our group"),
        Field("place", "Where we work (town or district)"),
        Field("government", "A government body that can help us"),
        Field("legal", "Where we can get legal help"),
        Field("training", "Who can train or mentor us"),
        Field("finance", "Where we can get money (savings, loans, grants)"),
        Field("biggest_gap", "The support we miss most", "choice", choices=SUPPORT_KINDS),
        Field("first_step", "Our first step to get it"),
    ],
)
