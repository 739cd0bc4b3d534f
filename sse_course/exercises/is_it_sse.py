"""Exercise "Is it SSE?" (exercises/is-it-sse.ipynb, Part 2): three sorting tasks.

The organisations are made-up examples, not real ones. The reasons follow the ILO slides of
2021 (the three features; a group needs democratic control to be in the SSE) and the ILO
definition of 2022 (four principles); see book/what-is-sse.md and book/principles-and-values.md.
"""

from __future__ import annotations

from sse_course.exercises.classification import ClassificationTask, Item
from sse_course.i18n.lazy import made_in_english
from sse_course.i18n.runtime import gettext as _


def _is_it_sse() -> ClassificationTask:
    sse, not_sse = _("SSE"), _("not SSE")
    return ClassificationTask(
        _("Is it part of the SSE?"),
        (sse, not_sse),
        {
            _(
                "Twenty women who embroider at home buy thread together and elect their leaders, one member one vote"
            ): Item(
                sse,
                _(
                    "They produce goods, they have economic and social aims, and the members control the group "
                    "democratically: all three features."
                ),
            ),
            _("A family company pays home-based workers by the piece and keeps all the profit"): Item(
                not_sse,
                _(
                    "The owners control the company and keep the profit. The workers have no say, so the "
                    "feature of democratic ownership and control is missing."
                ),
            ),
            _(
                "Members of a society pay a small amount each month, and the society helps a member's family after a death"
            ): Item(sse, _("This is a mutual benefit society: members help each other and decide together.")),
            _(
                "A social enterprise with a good aim sells workers' products, but only its founder decides how it is run"
            ): Item(
                not_sse,
                _(
                    "A good social aim is not enough. The ILO slides of 2021 say that a social enterprise "
                    "without democratic control by its members is not part of the SSE, and the ILO's 2022 "
                    "definition asks for democratic and/or participatory governance. Here the members have "
                    "no say at all."
                ),
            ),
            _(
                "A trader buys rugs from home-based workers in the villages and sells them in the city for his own profit"
            ): Item(not_sse, _("The trader works for his own profit; the workers do not own or control the business.")),
        },
    )


IS_IT_SSE = made_in_english(_is_it_sse)


def _which_form() -> ClassificationTask:
    return ClassificationTask(
        _("Which form is it?"),
        (_("cooperative"), _("self-help group"), _("mutual benefit society"), _("association of informal workers")),
        {
            _("Garment workers own a shop together that buys raw materials in bulk and sells to members"): Item(
                _("cooperative"),
                _(
                    "An enterprise owned and democratically controlled by its members to meet their "
                    "common needs is a cooperative. This one is a producers' supply cooperative: the "
                    "garment workers own it to buy their inputs, like SEWA's Dura Sundari."
                ),
            ),
            _("Twelve neighbours meet every week, save a little each, and lend the savings to each other"): Item(
                _("self-help group"), _("A small group that saves and lends together is a self-help group.")
            ),
            _("Members pay in every month, and the fund pays part of a member's hospital bill"): Item(
                _("mutual benefit society"),
                _("Sharing the cost of risks such as illness is what a mutual benefit society does."),
            ),
            _("Home-based workers across a city join to ask the city council for recognition as workers"): Item(
                _("association of informal workers"),
                _(
                    "Speaking for informal workers to the authorities is the work of an association of informal workers."
                ),
            ),
        },
    )


WHICH_FORM = made_in_english(_which_form)


def _which_principle() -> ClassificationTask:
    return ClassificationTask(
        _("Which ILO principle does this practice break?"),
        (
            _("voluntary cooperation and mutual aid"),
            _("democratic and/or participatory governance"),
            _("autonomy and independence"),
            _("people and social purpose before capital"),
        ),
        {
            _("A landlord tells the women in his houses that they must join the group"): Item(
                _("voluntary cooperation and mutual aid"),
                _("Nobody should be forced to join: cooperation in the SSE is voluntary."),
            ),
            _("The manager decides everything; the members never vote and are never asked"): Item(
                _("democratic and/or participatory governance"),
                _("Members must take part in decisions, for example by voting at a general assembly."),
            ),
            _("A local politician chooses the group's leaders and tells them what to do"): Item(
                _("autonomy and independence"),
                _("An SSE organisation governs itself; outsiders, including politicians, do not control it."),
            ),
            _("All the surplus goes to the one person who lent the group money to start"): Item(
                _("people and social purpose before capital"),
                _("Surpluses should serve the members and the social purpose, not only the person who put in capital."),
            ),
        },
    )


WHICH_PRINCIPLE = made_in_english(_which_principle)
