"""The names one case study goes by, in one table.

A case is named after its organisation in the book (``sewa-dura-sundari``: its notebook, its quiz
bank and its id in data/cases.yml) and after its mechanism in the code (``collective_purchase``:
its model in sse_course/models/ and its explorer in sse_course/apps/), and code that uses several
models at once calls it by a short name (``sewa``). tests/test_cases.py checks every name here
against the files it names, so a new case study is added here first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CaseNames:
    case: str  #: its id in data/cases.yml; also notebooks/<case>.ipynb and quizzes/<case>.yml
    mechanism: str  #: sse_course/models/<mechanism>.py and sse_course/apps/<mechanism>.py
    short: str  #: what code calls its model when it imports several: ``import ... as <short>``

    @property
    def notebook(self) -> str:
        """``notebooks/<notebook>.ipynb``"""
        return self.case

    @property
    def bank(self) -> str:
        """The quiz bank at the end of its notebook: ``sse_course/quizzes/<bank>.yml``."""
        return self.case

    @property
    def model_module(self) -> str:
        return f"sse_course.models.{self.mechanism}"

    @property
    def app_module(self) -> str:
        return f"sse_course.apps.{self.mechanism}"


#: The four case studies, in the book's order.
CASE_NAMES: tuple[CaseNames, ...] = (
    CaseNames("patamaba-wise", mechanism="diversified_income", short="patamaba"),
    CaseNames("sewa-dura-sundari", mechanism="collective_purchase", short="sewa"),
    CaseNames("atemdo", mechanism="network_enterprise", short="atemdo"),
    CaseNames("wise-ethiopia", mechanism="pad_enterprise", short="wise"),
)


def names_of(case_or_mechanism: str) -> CaseNames:
    """The names of a case, looked up by any of its names (``sewa``, ``collective_purchase``, ...)."""
    for names in CASE_NAMES:
        if case_or_mechanism in (names.case, names.mechanism, names.short):
            return names
    known = ", ".join(names.case for names in CASE_NAMES)
    raise KeyError(f"no case study is called {case_or_mechanism!r} (the cases: {known})")
