"""Exercise "Policy and support" (exercises/policy-and-support.ipynb, Part 3).

The kinds of support follow the ILO slides of 2021 (a network of support institutions: government
entities, legal services, training and mentorship, financial support). The instruments and dates
follow the fact register: C177 (1996), R193 (2002), R204 (2015), the ILC conclusions of June 2022,
UN resolution A/RES/77/281 (18 April 2023).
"""

from __future__ import annotations

from sse_course.exercises.canvas import Canvas, Field
from sse_course.exercises.classification import ClassificationTask, Item
from sse_course.i18n.lazy import made_in_english
from sse_course.i18n.runtime import gettext as _


def _who_can_help() -> ClassificationTask:
    return ClassificationTask(
        _("Which kind of support meets this need?"),
        (_("government entity"), _("legal services"), _("training and mentorship"), _("financial support")),
        {
            _("We want to register our group as a cooperative, but we do not understand the forms"): Item(
                _("legal services"), _("Registering, by-laws and contracts are legal questions: a legal service helps.")
            ),
            _("We need a loan to buy two sewing machines for the group"): Item(
                _("financial support"),
                _(
                    "Money for equipment or working capital comes from financial support, such "
                    "as a cooperative bank, a savings group or a fund."
                ),
            ),
            _("Our new leaders do not know how to keep the accounts or run a meeting"): Item(
                _("training and mentorship"),
                _(
                    "Skills for leaders and members come from training and mentoring, "
                    "for example with the ILO's Think.COOP or Start.COOP."
                ),
            ),
            _("We want the city to include home-based workers in its plan for local businesses"): Item(
                _("government entity"), _("Policies and plans are made by government bodies: the group speaks to them.")
            ),
        },
    )


WHO_CAN_HELP = made_in_english(_who_can_help)


def _what_kind_of_text() -> ClassificationTask:
    return ClassificationTask(
        _("What kind of text is it?"),
        (_("Convention"), _("Recommendation"), _("resolution"), _("conclusions")),
        {
            _("The Home Work Convention, 1996 (No. 177)"): Item(
                _("Convention"), _("A Convention is a treaty: a country that ratifies it must apply it.")
            ),
            _("No. 193 (2002) on the promotion of cooperatives"): Item(
                _("Recommendation"), _("No. 193 is a Recommendation: it guides countries, and nobody ratifies it.")
            ),
            _("No. 204 (2015) on the transition from the informal to the formal economy"): Item(
                _("Recommendation"), _("No. 204 is a Recommendation too; it names cooperatives and SSE units.")
            ),
            _("A/RES/77/281, adopted by the UN General Assembly on 18 April 2023"): Item(
                _("resolution"), _("The UN General Assembly adopted a resolution to promote the SSE.")
            ),
            _(
                "The text agreed at the end of the ILC's general discussion in June 2022, with the definition of the SSE"
            ): Item(_("conclusions"), _("A general discussion ends with conclusions (adopted with a resolution).")),
        },
    )


WHAT_KIND_OF_TEXT = made_in_english(_what_kind_of_text)


def _ecosystem_map() -> Canvas:
    return Canvas(
        _("Our support ecosystem"),
        [
            Field("group", _("Our group")),
            Field("place", _("Where we work (town or district)")),
            Field("government", _("A government body that can help us")),
            Field("legal", _("Where we can get legal help")),
            Field("training", _("Who can train or mentor us")),
            Field("finance", _("Where we can get money (savings, loans, grants)")),
            Field(
                "biggest_gap",
                _("The support we miss most"),
                "choice",
                choices=(
                    _("government entity"),
                    _("legal services"),
                    _("training and mentorship"),
                    _("financial support"),
                ),
            ),
            Field("first_step", _("Our first step to get it")),
        ],
    )


ECOSYSTEM_MAP = made_in_english(_ecosystem_map)
