"""Exercise "Home-based workers: who and how many?" (exercises/home-based-workers.ipynb, Part 1).

The numbers are the ILO's estimates for 2019 from the report "Working from home: From
invisibility to decent work" (ILO, 2021; key ilo2021workingfromhome in references.bib): 147 million
women and 113 million men (also in seeds/2021-02-24_ilo-news_hni-launch-congress.txt); in Asia and
the Pacific, in the ILO's own words, "close to 65 per cent ... (more than 166 million)". The expected
answers are computed from them.
"""

from __future__ import annotations

from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.classification import ClassificationTask, Item
from sse_course.i18n.lazy import made_in_english
from sse_course.i18n.runtime import gettext as _

# ILO estimates for 2019, in millions of people.
WOMEN_MILLIONS = 147
MEN_MILLIONS = 113
HOME_BASED_WORKERS_MILLIONS = WOMEN_MILLIONS + MEN_MILLIONS  # 260
ASIA_PACIFIC_SHARE = 0.65  # "close to 65 per cent": a little under 65 %
ASIA_PACIFIC_ILO_MILLIONS = 166  # "more than 166 million": the ILO's count from exact numbers
# 65 % of the rounded 260 million gives 169 (millions); the ILO's exact count is a little over 166
# million. Every answer between the two is sensible, so the check accepts 166 to 169 (and the
# halves just outside them), and says both.
_ASIA_PACIFIC_FROM_SHARE = ASIA_PACIFIC_SHARE * HOME_BASED_WORKERS_MILLIONS  # 169


def _who_is_a_homeworker() -> ClassificationTask:
    homeworker, own_account = _("homeworker"), _("own-account home-based worker")
    return ClassificationTask(
        _("Homeworker or own-account?"),
        (homeworker, own_account),
        {
            _("Meena sews garments at home; a middleman brings the cloth and pays her for each piece"): Item(
                homeworker,
                _(
                    "She works at home for pay, for a middleman who decides what she makes: a homeworker "
                    "in the sense of the Home Work Convention (No. 177)."
                ),
            ),
            _("Ana bakes bread at home and sells it herself at the market"): Item(
                own_account,
                _(
                    "She has no employer or middleman and decides what to make and whom to sell to: she is "
                    "an independent, own-account home-based worker. The Convention's word 'homeworker' "
                    "leaves out only workers this independent; 'home-based worker' covers her."
                ),
            ),
            _("Lwam weaves baskets at home for a company that tells her the size and the colours"): Item(
                homeworker, _("The company specifies the product and pays her: that makes her a homeworker.")
            ),
            _("Siti makes doormats at home and sells them to the neighbours and shops she chooses"): Item(
                own_account, _("She chooses her buyers and sells her own products: an own-account home-based worker.")
            ),
        },
    )


WHO_IS_A_HOMEWORKER = made_in_english(_who_is_a_homeworker)


def _share_of_women() -> NumericTask:
    return NumericTask(
        _("share of women"),
        expected=100 * WOMEN_MILLIONS / HOME_BASED_WORKERS_MILLIONS,
        unit="%",
        tolerance=1,
        hint=_("Divide the number of women by the number of all home-based workers, then multiply by 100."),
        explanation=_(
            "147 ÷ 260 × 100 is about 56.5: more than half of all home-based workers are women. "
            "The ILO says 56%, because it works from exact numbers, not rounded millions."
        ),
    )


SHARE_OF_WOMEN = made_in_english(_share_of_women)


def _in_asia_pacific() -> NumericTask:
    return NumericTask(
        _("home-based workers in Asia and the Pacific"),
        expected=(ASIA_PACIFIC_ILO_MILLIONS + _ASIA_PACIFIC_FROM_SHARE) / 2,
        unit="million",
        tolerance=(_ASIA_PACIFIC_FROM_SHARE - ASIA_PACIFIC_ILO_MILLIONS) / 2 + 0.5,
        hint=_("65% means 65 out of every 100. Multiply 260 by 65, then divide by 100."),
        explanation=_(
            "65 × 260 ÷ 100 = {from_share}. But the ILO's own words are \"close to 65 per cent ... (more than "
            '{ilo} million)": the share is a little under 65%, so the count is a little under {from_share}. '
            "Any answer from {ilo} to {from_share} (millions) is sensible."
        ).format(from_share=f"{_ASIA_PACIFIC_FROM_SHARE:.0f}", ilo=ASIA_PACIFIC_ILO_MILLIONS),
    )


IN_ASIA_PACIFIC = made_in_english(_in_asia_pacific)
