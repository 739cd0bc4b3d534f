"""The interface's words in a language: an English table, each word translated through the
``sse_course`` catalogue with the context ``<where>:<key>`` (``quiz:check``, ``handouts:answer``).

Each part of the course keeps its English words in one table (a YAML file or a dict, with keys),
and reads them with :func:`translated`. ``make translations`` writes every table into
``sse_course.pot`` (``catalogues.INTERFACE_TABLES`` lists them), so a translator sees each word
with where it is shown, and the same words as a Python ``gettext("…")`` only once; a word a
catalogue lacks stays English.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

from sse_course.i18n import runtime
from sse_course.i18n.languages import language as find_language


def translated(where: str, english: Mapping[str, str], language: str | None = None) -> dict[str, str]:
    """``english`` (key -> words) in ``language`` (default: the language the course speaks now).
    Words the package's Python says too (``gettext("…")`` with no context: an exercise's feedback,
    which the page's script and the notebook's check both give) have that one translation, so a
    page and a notebook say the same. An unknown language is an error naming the languages there are."""
    code = find_language(language or runtime.current_language()).code
    if code == "en":
        return dict(english)
    return {key: _word(f"{where}:{key}", text, code) for key, text in english.items()}


def _word(context: str, english: str, code: str) -> str:
    said = runtime.pgettext(context, english, code)
    return said if said != english else runtime.gettext(english, code)


@cache
def english_table(path: Path) -> dict[str, str]:
    """A YAML table of English words (key: words), checked: every value a string."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValueError(f"{path}: must map each key to its English words (key: words)")
    return data
