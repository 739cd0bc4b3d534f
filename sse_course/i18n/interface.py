"""The interface's words in a language: an English table, each word translated through the
``sse_course`` catalogue with the context ``<where>:<key>`` (``quiz:check``, ``handouts:answer``).

Each part of the course keeps its English words in one table (a YAML file or a dict, with keys),
and reads them with :func:`translated`. ``make translations`` writes every table into
``sse_course.pot`` (``catalogues.INTERFACE_TABLES`` lists them), so a translator sees each word
with where it is shown, and the same words as a Python ``gettext("…")`` only once; a word a
catalogue lacks stays English.
"""

from __future__ import annotations

import re
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


#: English's plural rule, as a gettext Plural-Forms expression of ``n``.
ENGLISH_PLURAL = "(n != 1)"
_PLURAL_FORMS = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+)")


def counted(
    table: Mapping[str, tuple[str, str, str]], where: str, key: str, values: Mapping[str, int], language: str | None
) -> str:
    """``table[key]`` (see :func:`counted_forms`) with ``values`` in its placeholders, in the form
    ``language`` gives the number its first placeholder counts: what the page scripts write."""
    placeholder, one, other = table[key]
    code = find_language(language or runtime.current_language()).code
    n = values[placeholder]
    if code == "en":
        text = one if n == 1 else other
    else:
        text = runtime.translations(runtime.DOMAIN, code).npgettext(f"{where}:{key}", one, other, n)
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def counted_forms(
    table: Mapping[str, tuple[str, str, str]], where: str, language: str | None = None
) -> tuple[str, dict[str, list[str]]]:
    """A table of words about a number of things (key -> (the placeholder that counts, English
    singular, English plural); gettext plural entries with the context ``<where>:<key>``) in
    ``language``: the language's plural rule (its catalogue's Plural-Forms expression of ``n``)
    and, per key, its forms in that rule's order. A word the catalogue lacks stays English."""
    code = find_language(language or runtime.current_language()).code
    if code == "en":
        return ENGLISH_PLURAL, {key: [one, other] for key, (_, one, other) in table.items()}
    catalogue = runtime.translations(runtime.DOMAIN, code)
    found = _PLURAL_FORMS.search(catalogue.info().get("plural-forms", ""))
    if not found or not hasattr(catalogue, "plural"):
        return ENGLISH_PLURAL, {key: [one, other] for key, (_, one, other) in table.items()}
    count, rule = int(found.group(1)), found.group(2).strip()
    # A number the rule sends to each form, to ask the catalogue for that form.
    samples: dict[int, int] = {}
    for n in range(1000):
        samples.setdefault(catalogue.plural(n), n)
    forms = {}
    for key, (_, one, other) in table.items():
        said = [catalogue.npgettext(f"{where}:{key}", one, other, samples.get(i, 1)) for i in range(count)]
        forms[key] = said
    return rule, forms
