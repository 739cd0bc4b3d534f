"""Exercise "Is it SSE?" (exercises/is-it-sse.ipynb, Part 2): three sorting tasks.

The organisations are made-up examples, not real ones. The reasons follow the ILO slides of
2021 (the three features; a group needs democratic control to be in the SSE) and the ILO
definition of 2022 (four principles); see book/what-is-sse.md and book/principles-and-values.md.
"""

from __future__ import annotations

from sse_course.exercises.classification import ClassificationTask, Item

SSE, NOT_SSE = "SSE", "not SSE"

IS_IT_SSE = ClassificationTask(
    "Is it part of the SSE?",
    (SSE, NOT_SSE),
    {
        "Twenty women who embroider at home buy thread together and elect their leaders, one member one vote": Item(
            SSE,
            "They produce goods, they have economic and social aims, and the members control the group "
            "democratically: all three features.",
        ),
        "A family company pays home-based workers by the piece and keeps all the profit": Item(
            NOT_SSE,
            "The owners control the company and keep the profit. The workers have no say, so the "
            "feature of democratic ownership and control is missing.",
        ),
        "Members of a society pay a small amount each month, and the society helps a member's family after a death": Item(
            SSE, "This is a mutual benefit society: members help each other and decide together."
        ),
        "A social enterprise with a good aim sells workers' products, but only its founder decides how it is run": Item(
            NOT_SSE,
            "A good social aim is not enough. The ILO slides of 2021 say that a social enterprise "
            "without democratic control by its members is not part of the SSE, and the ILO's 2022 "
            "definition asks for democratic and/or participatory governance. Here the members have "
            "no say at all.",
        ),
        "A trader buys rugs from home-based workers in the villages and sells them in the city for his own profit": Item(
            NOT_SSE, "The trader works for his own profit; the workers do not own or control the business."
        ),
    },
)

FORMS = ("cooperative", "self-help group", "mutual benefit society", "association of informal workers")

WHICH_FORM = ClassificationTask(
    "Which form is it?",
    FORMS,
    {
        "Garment workers own a shop together that buys raw materials in bulk and sells to members": Item(
            "cooperative",
            "An enterprise owned and democratically controlled by its members to meet their "
            "common needs is a cooperative. This one is a producers' supply cooperative: the "
            "garment workers own it to buy their inputs, like SEWA's Dura Sundari.",
        ),
        "Twelve neighbours meet every week, save a little each, and lend the savings to each other": Item(
            "self-help group", "A small group that saves and lends together is a self-help group."
        ),
        "Members pay in every month, and the fund pays part of a member's hospital bill": Item(
            "mutual benefit society", "Sharing the cost of risks such as illness is what a mutual benefit society does."
        ),
        "Home-based workers across a city join to ask the city council for recognition as workers": Item(
            "association of informal workers",
            "Speaking for informal workers to the authorities is the work of an association of informal workers.",
        ),
    },
)

PRINCIPLES = (
    "voluntary cooperation and mutual aid",
    "democratic and/or participatory governance",
    "autonomy and independence",
    "people and social purpose before capital",
)

WHICH_PRINCIPLE = ClassificationTask(
    "Which ILO principle does this practice break?",
    PRINCIPLES,
    {
        "A landlord tells the women in his houses that they must join the group": Item(
            "voluntary cooperation and mutual aid",
            "Nobody should be forced to join: cooperation in the SSE is voluntary.",
        ),
        "The manager decides everything; the members never vote and are never asked": Item(
            "democratic and/or participatory governance",
            "Members must take part in decisions, for example by voting at a general assembly.",
        ),
        "A local politician chooses the group's leaders and tells them what to do": Item(
            "autonomy and independence",
            "An SSE organisation governs itself; outsiders, including politicians, do not control it.",
        ),
        "All the surplus goes to the one person who lent the group money to start": Item(
            "people and social purpose before capital",
            "Surpluses should serve the members and the social purpose, not only the person who put in capital.",
        ),
    },
)
