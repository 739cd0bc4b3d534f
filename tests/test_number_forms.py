"""Money and percentages: one rule per language, the package's, in every translated text.

The explorers, the feedback and the generated figures write ``R$ 1.200`` / ``R$1.200`` /
``1 200 R$`` by the edition's CLDR locale (``numbers.json``); a translator's sentence on the same
page must write them the same way. The rule is read from ``numbers.json`` (through
:mod:`sse_course.formatting`), never from a second table here."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from sse_course.formatting import money, percent, style
from sse_course.i18n import catalogues, languages
from sse_course.i18n.check import NUMBER_FORMAT_EXAMPLES
from sse_course.i18n.number_forms import corrected, problems

pytestmark = pytest.mark.editions  # `make check-editions`; `make check` leaves these out

TRANSLATED = [lang for lang in languages.languages() if not lang.is_source]


def _translations(lang):
    """(file, line, msgstr) of every translated entry of every catalogue of ``lang``: the pages,
    notebooks and exercises, the trainers' pages and handouts, figures.po, the quiz banks and
    the package's interface. The number boxes' hints are left out: they list ways a learner may
    type a number ("R$ 1.200, Br 50, 75 %": a sign before or after is fine), not the course's."""
    for po in catalogues.catalogue_files(lang):
        with po.open("rb") as file:
            for message in read_po(file):
                if message.context in NUMBER_FORMAT_EXAMPLES:
                    continue
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                for string in strings:
                    if message.id and string:
                        yield po, message.lineno, string


@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_every_translation_writes_money_and_percentages_by_its_languages_rule(lang):
    wrong = [
        f"{po.relative_to(catalogues.ROOT)}:{line}: write {p.expected!r}, not {p.written!r}"
        for po, line, string in _translations(lang)
        for p in problems(string, lang.locale)
    ]
    assert not wrong, f"{len(wrong)} amounts or percentages against {lang.locale}'s rule:\n" + "\n".join(wrong[:30])


@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_the_rule_is_what_the_package_writes(lang):
    # What the checker asks of a translator is what the explorers show beside it.
    for value, currency in [(1200, "BRL"), (36.5, "ETB"), (12_000, "INR"), (200, "PHP")]:
        shown = money(value, currency, lang.locale)
        assert problems(f"Costs {shown}.", lang.locale) == []
        assert corrected(f"Costs {shown}.", lang.locale) == f"Costs {shown}."
    assert problems(f"About {percent(65, lang.locale)}.", lang.locale) == []


def test_each_language_writes_its_own_form():
    # pt_BR: sign first, no-break space; es_BO: sign first, against the number unless the sign
    # ends in a letter (CLDR's currency spacing), four digits grouped; fr: sign after.
    assert corrected("R$ 1200 e 56 %", "pt_BR") == "R$\u00a01.200 e 56%"
    assert corrected("R$ 1200, Br 50, ₹ 36,50 y 56 %", "es_BO") == "R$1.200, Br\u00a050, ₹36,50 y 56%"
    assert corrected("R$ 1 200, Br 50 et 56%", "fr") == "1\u202f200\u00a0R$, 50\u00a0Br et 56\u00a0%"
    assert corrected("R\\$ 10 al mes", "es_BO") == "R\\$10 al mes"  # a notebook's escaped $
    assert corrected("vous avez donné {value}%", "fr") == "vous avez donné {value}\u00a0%"


def test_only_the_form_changes_never_the_number():
    assert corrected("Br 36,50", "fr") == "36,50\u00a0Br"
    assert corrected("1.200,5 R$", "pt_BR") == "R$\u00a01.200,5"
    assert corrected("−R$ 100", "es_BO") == "−R$100"


def test_a_page_with_two_styles_is_found():
    found = problems("A explorer says R$\u00a01.200; the sentence says R$1200 and 56 %.", "pt_BR")
    assert [(p.written, p.expected) for p in found] == [("R$1200", "R$\u00a01.200"), ("56 %", "56%")]


def test_words_and_years_next_to_a_sign_are_left_alone():
    assert problems("En 2022, Brasil y Bradesco; 40 Brasileñas.", "es_BO") == []
    assert [(p.written, p.expected) for p in problems("son 3 Br", "es_BO")] == [("3 Br", "Br\u00a03")]
    assert style("es").decimal == ","  # the Spanish edition reads es_BO's marks


def test_a_sign_between_two_numbers_belongs_to_the_side_the_language_writes():
    # French writes the sign after the amount: "50 Br 3 fois" is 50 birr, three times, and right.
    # Read from the other side, it was flagged as "Br 3" and "corrected" into "50 3 Br fois".
    written = "Elle vend 50\u00a0Br 3 fois par mois."
    assert problems(written, "fr") == []
    assert corrected(written, "fr") == written
    assert problems("Ela paga R$\u00a050 3 vezes.", "pt_BR") == []  # the sign first: as before


# Words, numbers in each language's marks and signs, as a sentence has them: one space apart.
SENTENCE_PIECES = ["R$", "Br", "₹", "₱", "%", "1", "20", "1.200", "1 200", "1,5", "36,50", "{x}", "2022", "et", "por"]


@pytest.mark.parametrize("locale", ["pt_BR", "es_BO", "fr"])
@given(pieces=st.lists(st.sampled_from(SENTENCE_PIECES), min_size=1, max_size=6))
def test_a_corrected_text_is_by_the_rule_and_stays_as_it_is(locale, pieces):
    text = " ".join(pieces)
    once = corrected(text, locale)
    assert problems(once, locale) == [], (text, once)
    assert corrected(once, locale) == once, (text, once)
