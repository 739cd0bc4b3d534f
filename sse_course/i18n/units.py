"""The units of the course's number boxes as a learner reads them: one table for the quizzes'
boxes and the exercises' (checks in a notebook, the book's exercise pages), so a translator sets
each unit's word once, in the package catalogue (``sse_course.po``).

The quiz banks and the exercises' tasks keep the English unit, which also says how an answer is
read ("million": in millions; "reais": money); the number readers (``quiz/numbers.py``,
``static/sse-numbers.js``) read a unit typed in the page's language as the English one, with
this table.
"""

from __future__ import annotations

from sse_course.i18n.lazy import TranslatedMapping
from sse_course.i18n.runtime import current_language, speaking
from sse_course.i18n.runtime import gettext as _

#: English unit -> its word in the language of the moment. A unit of a bank or a task must be
#: here (tests/test_unit_words.py), or a translation could not name it.
UNIT_WORDS: TranslatedMapping[str, str] = TranslatedMapping(
    lambda: {
        "members": _("members"),
        "birr": _("birr"),
        "pesos": _("pesos"),
        "reais": _("reais"),
        "rupees": _("rupees"),
        "million": _("million"),
        "minutes": _("minutes"),
        "pads": _("pads"),
        "%": "%",
    }
)


def unit_words(unit: str) -> str:
    """``unit`` in the language of the moment (a unit the table lacks as it is)."""
    return UNIT_WORDS.get(unit, unit)


def unit_words_in(language: str | None = None) -> dict[str, str]:
    """Each English unit -> its word in ``language`` (default: the language the course speaks now)."""
    with speaking(language or current_language()):
        return dict(UNIT_WORDS)
