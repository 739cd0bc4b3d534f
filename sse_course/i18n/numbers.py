"""How each language writes numbers, money and percentages, from Babel's copy of the CLDR data.

A kernel must not need Babel (its wheel is about 10 MB, too much for the in-browser notebooks),
so ``make translations`` writes what Babel says into a small file,
``sse_course/locales/numbers.json`` (:func:`write_number_styles`), which
:mod:`sse_course.formatting` reads. ``tests/test_number_styles.py`` checks that the file is what
Babel says now. English is not in the file: the course's English style is its own (``₹1,000``,
``Br 1,000``), fixed in :mod:`sse_course.formatting`.

One thing CLDR says that Babel 2.18 does not carry: the *minimum grouping digits*. Spain's Spanish
(CLDR ``es.xml``: ``<minimumGroupingDigits>2</minimumGroupingDigits>``) groups thousands only from
five digits: ``1200`` but ``12.000``. It is kept here, in :data:`MINIMUM_GROUPING`. Latin America's
(``es_419``, the parent of ``es_BO``, the Spanish edition's locale) sets it back to 1: ``1.200``,
as ICU writes it. Another, CLDR's *currency spacing*, is applied by
:func:`sse_course.formatting.currency_pattern`. Why each edition has its locale:
``docs/translations/numbers.md``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sse_course.i18n.languages import LOCALES, languages

NUMBERS_FILE = LOCALES / "numbers.json"
#: CLDR's minimumGroupingDigits where it is not 1 (Babel does not read it), by CLDR locale; es_419
#: and its children (es_BO, es_AR, es_MX...) set it back to 1.
MINIMUM_GROUPING = {"es": 2}
#: Where the amount goes in a currency pattern.
PLACEHOLDER = "{amount}"


def _affixes(pattern: str) -> tuple[str, str]:
    """What comes before and after the number in a CLDR pattern's positive part."""
    from babel.numbers import parse_pattern

    parsed = parse_pattern(pattern)
    return parsed.prefix[0], parsed.suffix[0]


def number_style(locale: str) -> dict[str, Any]:
    """How the CLDR locale ``locale`` writes numbers, as Babel says (needs Babel).

    ``currency`` is the locale's standard currency pattern with ``¤`` for the currency's symbol
    and ``{amount}`` for the amount (``"¤\\u00a0{amount}"`` in pt_BR, ``"{amount}\\u00a0¤"`` in fr);
    ``percent`` the same for a percentage (``"{amount}\\u00a0%"`` in fr)."""
    from babel import Locale

    parsed = Locale.parse(locale)
    symbols = parsed.number_symbols[parsed.default_numbering_system]
    money_before, money_after = _affixes(parsed.currency_formats["standard"].pattern)
    percent_before, percent_after = _affixes(parsed.percent_formats[None].pattern)
    return {
        "decimal": symbols["decimal"],
        "group": symbols["group"],
        "minimum_grouping": MINIMUM_GROUPING.get(locale, 1),
        "currency": f"{money_before}{PLACEHOLDER}{money_after}",
        "percent": f"{percent_before}{PLACEHOLDER}{percent_after}",
    }


def number_styles() -> dict[str, dict[str, Any]]:
    """Every translated language's number style, by its CLDR locale (the registry's ``locale``),
    as Babel says now (needs Babel): what ``numbers.json`` must hold."""
    return {lang.locale: number_style(lang.locale) for lang in languages() if not lang.is_source}


def write_number_styles(path: Path = NUMBERS_FILE) -> Path:
    """Write :func:`number_styles` to ``path`` (``make translations`` calls this), special spaces
    written as ``\\u00a0`` escapes so that a reader of the file sees them."""
    text = json.dumps(number_styles(), ensure_ascii=True, indent=2, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def read_number_styles(path: Path = NUMBERS_FILE) -> dict[str, dict[str, Any]]:
    """The styles ``numbers.json`` holds (no Babel needed); an empty table if it is not there."""
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    print(write_number_styles())
