"""The language the course speaks in this kernel or build, and its translated strings.

A translated notebook's first cell calls ``use_language("pt_BR")``; the book's build of an edition
sets it too (and passes it where a page names its language). Text the package shows goes through
``gettext``/``pgettext`` here, which read the compiled catalogues in
``sse_course/locales/<code>/LC_MESSAGES/<domain>.mo`` with Python's own :mod:`gettext` (no
dependency in the kernel). A string a catalogue lacks stays English.
"""

from __future__ import annotations

import contextlib
import gettext as _gettext
import os
from collections.abc import Iterator
from functools import cache

from sse_course.i18n.languages import LOCALES, language

#: The domain of the interface's and the explorers' strings; quiz banks have one domain each
#: (``quizzes/<bank id>``).
DOMAIN = "sse_course"
# The language to start in, for a process that cannot call use_language (a build's kernel).
LANGUAGE_VARIABLE = "SSE_COURSE_LANGUAGE"

_current = {"code": os.environ.get(LANGUAGE_VARIABLE, "en") or "en"}


def use_language(code: str) -> None:
    """Speak ``code`` (``"pt_BR"``, ``"fr"``, or its tag ``"pt-BR"``) from now on."""
    _current["code"] = language(code).code


def current_language() -> str:
    """The code of the language the course speaks now (``"en"`` unless told otherwise)."""
    return language(_current["code"]).code


@cache
def translations(domain: str = DOMAIN, code: str | None = None) -> _gettext.NullTranslations:
    """The compiled catalogue of ``domain`` in ``code`` (default: the current language). English,
    or a catalogue not compiled yet, gives the English strings unchanged."""
    code = language(code or current_language()).code
    if code == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(domain, localedir=str(LOCALES), languages=[code], fallback=True)


def gettext(message: str, code: str | None = None) -> str:
    """``message`` in the current language (or ``code``)."""
    return translations(DOMAIN, code or current_language()).gettext(message)


def pgettext(context: str, message: str, code: str | None = None, domain: str = DOMAIN) -> str:
    """``message`` in the current language, told apart from the same English words elsewhere
    by ``context``."""
    return translations(domain, code or current_language()).pgettext(context, message)


@contextlib.contextmanager
def speaking(code: str | None) -> Iterator[None]:
    """Speak ``code`` (English if None) inside the block, then the language spoken before: for a
    tool that makes every edition's files in one run (handouts, the Moodle export)."""
    before = current_language()
    use_language(code or "en")
    try:
        yield
    finally:
        use_language(before)
