"""Exercise "Home-based workers: who and how many?" (exercises/home-based-workers.ipynb, Part 1).

The numbers are the ILO's estimates for 2019 from the report "Working from home: From
invisibility to decent work" (ILO, 2021; key ilo2021workingfromhome in references.bib): 147 million
women and 113 million men (also in seeds/2021-02-24_ilo-news_hni-launch-congress.txt), about 65% in
Asia and the Pacific. The expected answers are computed from them.
"""

from __future__ import annotations

from sse_course.exercises.calculation import NumericTask
from sse_course.exercises.classification import ClassificationTask, Item

# ILO estimates for 2019, in millions of people.
WOMEN_MILLIONS = 147
MEN_MILLIONS = 113
HOME_BASED_WORKERS_MILLIONS = WOMEN_MILLIONS + MEN_MILLIONS  # 260
ASIA_PACIFIC_SHARE = 0.65  # "about 65%"

HOMEWORKER, OWN_ACCOUNT = "homeworker", "own-account home-based worker"

WHO_IS_A_HOMEWORKER = ClassificationTask(
    "Homeworker or own-account?",
    (HOMEWORKER, OWN_ACCOUNT),
    {
        "Meena sews garments at home; a middleman brings the cloth and pays her for each piece": Item(
            HOMEWORKER,
            "She works at home for pay, for a middleman who decides what she makes: a homeworker "
            "in the sense of the Home Work Convention (No. 177).",
        ),
        "Ana bakes bread at home and sells it herself at the market": Item(
            OWN_ACCOUNT,
            "She has no employer or middleman: she is an own-account home-based worker. The "
            "Convention's word 'homeworker' does not cover her, but 'home-based worker' does.",
        ),
        "Lwam weaves baskets at home for a company that tells her the size and the colours": Item(
            HOMEWORKER, "The company specifies the product and pays her: that makes her a homeworker."
        ),
        "Rosa makes doormats at home and sells them to the neighbours and shops she chooses": Item(
            OWN_ACCOUNT, "She chooses her buyers and sells her own products: an own-account home-based worker."
        ),
    },
)

SHARE_OF_WOMEN = NumericTask(
    "share of women",
    expected=100 * WOMEN_MILLIONS / HOME_BASED_WORKERS_MILLIONS,
    unit="%",
    tolerance=1,
    hint="Divide the number of women by the number of all home-based workers, then multiply by 100.",
    explanation="147 ÷ 260 × 100 is about 56.5: more than half of all home-based workers are women. "
    "The ILO says 56%, because it works from exact numbers, not rounded millions.",
)

IN_ASIA_PACIFIC = NumericTask(
    "home-based workers in Asia and the Pacific",
    expected=ASIA_PACIFIC_SHARE * HOME_BASED_WORKERS_MILLIONS,
    unit="million",
    tolerance=1,
    hint="65% means 65 out of every 100. Multiply 260 by 65, then divide by 100.",
    explanation="0.65 × 260 = 169: about 169 million home-based workers live in Asia and the Pacific.",
)
