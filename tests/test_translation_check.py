"""The translators' checker (sse_course/i18n/check.py) on entries of the course's own catalogues:
it lets a faithful translation through, in each language's way of writing numbers, and names what a
translation changed that must not change (a citation key, a link's target, a number, a placeholder)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from sse_course.i18n.check import check_files, entry_problems, main

# Entries of locales/<code>/LC_MESSAGES/book/*.po, as the book's English has them.
CASE_STUDY = (
    "Dura Sundari in India is a cooperative that SEWA's garment workers own and manage themselves "
    "({doc}`case study <../notebooks/sewa-dura-sundari>`)."
)
WORKING_CAPITAL = (
    "In this made-up example, 15 members paying ₱100 a month raise ₱1,500 a month, so ₱9,000 of working "
    "capital takes 6 months. The group could start smaller, or look for a loan, as the webinar's lesson on "
    "working capital suggests {cite:p}`hni2022webinarreport`."
)
SEWA = "By its own count, it had 1,734,195 members in 18 states of India in 2019 {cite:p}`sewa-membership`."


def test_a_kept_role_with_translated_visible_text_passes():
    translation = (
        "Dura Sundari, na Índia, é uma cooperativa que as costureiras da SEWA possuem e administram "
        "({doc}`estudo de caso <../notebooks/sewa-dura-sundari>`)."
    )
    assert entry_problems(CASE_STUDY, translation, "pt_BR") == []


def test_a_changed_role_target_fails():
    translation = "Dura Sundari ({doc}`estudo de caso <../notebooks/sewa-dura-sundari-pt>`)."
    [problem] = entry_problems(CASE_STUDY, translation, "pt_BR")
    assert problem.startswith("roles:") and "../notebooks/sewa-dura-sundari" in problem


def test_a_changed_citation_key_fails_and_names_both_keys():
    translation = SEWA.replace("sewa-membership", "sewa-membros").replace("1,734,195", "1.734.195")
    [problem] = entry_problems(SEWA, translation, "pt_BR")
    assert "{cite:p}`sewa-membership`" in problem and "{cite:p}`sewa-membros`" in problem


def test_a_glossary_term_may_be_translated():
    english = "Members of {term}`cooperatives <cooperative>` share the {term}`surplus`."
    translation = "As sócias das {term}`cooperativas <cooperativa>` dividem as {term}`sobras`."
    assert entry_problems(english, translation, "pt_BR") == []
    dropped = "As sócias das cooperativas dividem as {term}`sobras`."
    assert entry_problems(english, dropped, "pt_BR") == ["roles: the English has {term}, the translation has not"]


@pytest.mark.parametrize(
    ("language", "translation"),
    [
        (
            "pt_BR",
            "Neste exemplo inventado, 15 sócias pagando ₱\u00a0100 por mês juntam ₱\u00a01.500 por mês; assim, ₱\u00a09.000 "
            "de capital de giro levam 6 meses {cite:p}`hni2022webinarreport`.",
        ),
        (
            "es",
            "En este ejemplo inventado, 15 socias que pagan ₱100 al mes juntan ₱1.500 al mes; así, ₱9.000 "
            "de capital de trabajo tardan 6 meses {cite:p}`hni2022webinarreport`.",
        ),
        (
            "fr",
            "Dans cet exemple inventé, 15 membres qui paient 100\u00a0₱ par mois réunissent 1\u202f500\u00a0₱ "
            "par mois ; ainsi, 9\u202f000\u00a0₱ de fonds de roulement demandent 6 mois {cite:p}`hni2022webinarreport`.",
        ),
    ],
)
def test_numbers_written_the_languages_way_pass(language, translation):
    assert entry_problems(WORKING_CAPITAL, translation, language) == []


def test_thousands_grouped_with_plain_spaces_are_the_same_numbers_but_may_break_a_line():
    translation = (
        "Dans cet exemple inventé, 15 membres qui paient 100 ₱ par mois réunissent 1 500 ₱ par mois ; "
        "ainsi, 9\u00a0000 ₱ de fonds de roulement demandent 6 mois {cite:p}`hni2022webinarreport`."
    )
    assert entry_problems(WORKING_CAPITAL, translation, "fr") == [
        "money and percentages: write '100\\xa0₱', not '100 ₱'",
        "money and percentages: write '1\\u202f500\\xa0₱', not '1 500 ₱'",
        "money and percentages: write '9\\u202f000\\xa0₱', not '9\\xa0000 ₱'",
    ]


def test_1200_written_in_portuguese_passes_and_a_different_number_fails():
    assert entry_problems("Members earn R$1,200 a month.", "As sócias ganham R$\u00a01.200 por mês.", "pt_BR") == []
    [problem] = entry_problems("Members earn R$1,200 a month.", "As sócias ganham R$\u00a01.300 por mês.", "pt_BR")
    assert (
        problem
        == "numbers: the English has 1200, the translation has not; the translation has 1300, the English has not"
    )


def test_an_english_number_left_in_a_portuguese_translation_is_a_different_number():
    # 1,200 read the Portuguese way is one point two
    [problem] = entry_problems("Members earn R$1,200 a month.", "As sócias ganham R$\u00a01,200 por mês.", "pt_BR")
    assert problem.startswith("numbers:") and "1.2" in problem


def test_decimals_and_dates_keep_their_values():
    assert entry_problems("12.5% of 1,200.50", "12,5\u00a0% de 1\u202f200,50", "fr") == []
    assert entry_problems("on 28 January 2022", "em 28 de janeiro de 2022", "pt_BR") == []
    [problem] = entry_problems("on 28 January 2022", "el 27 de enero de 2022", "es")
    assert "28" in problem and "27" in problem


def test_a_quotation_kept_in_english_beside_its_translation_passes():
    english = 'The ILO says that "close to 65 per cent" of the 260 million are in Asia.'
    translation = (
        'A OIT diz que "close to 65 per cent" (em português: "perto de 65 por cento") dos 260 milhões estão na Ásia.'
    )
    assert entry_problems(english, translation, "pt_BR") == []
    french = "L’OIT dit que « close to 65 per cent » (en français : « près de 65 pour cent ») des 260 millions…"
    assert entry_problems(english, french, "fr") == []
    # single quotes in the English (not the apostrophe of "ILO's"), kept inside the French sentence
    english = "The ILO's own figure is 'more than 166 million'. Working it out from 65% gives a little more."
    french = (
        "Le chiffre de l'OIT est 'more than 166 million' (« plus de 166 millions »). "
        "Le calcul à partir de 65\u00a0% donne un peu plus."
    )
    assert entry_problems(english, french, "fr") == []
    # a number left written the English way inside a French quotation is a different number
    [problem] = entry_problems('They said "1,200 members".', "Elles ont dit « 1,200 membres ».", "fr")
    assert problem.startswith("numbers:")


def test_the_translation_beside_a_kept_english_quotation_keeps_its_placeholders():
    """The quotation's translation says all it says: the number the program fills in too. The
    French once wrote "(plus de ... millions)" beside "(more than {ilo} million)": the placeholder
    was still there, in the English words kept, so only this check sees it missing."""
    english = 'The ILO says "close to 65 per cent ... (more than {ilo} million)": any answer from {ilo} is fine.'
    kept = '"close to 65 per cent ... (more than {ilo} million)"'
    right = f"L’OIT dit {kept} (« près de 65 pour cent ... (plus de {{ilo}} millions) ») : dès {{ilo}}, c’est bien."
    assert entry_problems(english, right, "fr") == []
    dropped = f"L’OIT dit {kept} (« près de 65 pour cent ... (plus de ... millions) ») : dès {{ilo}}, c’est bien."
    assert entry_problems(english, dropped, "fr") == [
        "placeholders: beside a kept English quotation, the English has {ilo}, the translation has not"
    ]
    # A quotation of a placeholder alone needs no translation beside it.
    assert entry_problems("You ticked “{option}”.", "Vous avez coché « {option} ».", "fr") == []


@pytest.mark.parametrize(
    ("english", "translation", "kind"),
    [
        ("Score: {correct} of {total} correct.", "Pontuação: {correct} de {totl}.", "placeholders"),
        (
            "See [the video](https://youtu.be/gBKYf4qt1vw?t=19).",
            "Veja [o vídeo](https://youtu.be/gBKYf4qt1vw).",
            "link targets",
        ),
        (":::{admonition} Made up\n:class: tip\nText", ":::{note} Inventado\n:class: tip\nTexto", "directives"),
        ("Press <kbd>Enter</kbd>.", "Aperte Enter.", "HTML tags"),
    ],
)
def test_each_kind_of_markup_that_changed_is_named(english, translation, kind):
    problems = entry_problems(english, translation, "pt_BR")
    assert [problem.split(":")[0] for problem in problems] == [kind]


def po_file(path, entries, language="pt_BR"):
    catalog = Catalog(locale=language)
    for english, translation in entries:
        catalog.add(english, translation)
    with path.open("wb") as file:
        write_po(file, catalog)
    return path


def test_the_command_reports_each_problem_with_its_line_and_fails(tmp_path):
    po = po_file(
        tmp_path / "page.po",
        [(CASE_STUDY, "Dura Sundari ({doc}`estudo de caso <../notebooks/sewa-dura-sundari>`)."), (SEWA, "Em 2019.")],
    )
    result = subprocess.run(
        [sys.executable, "-m", "sse_course.i18n.check", str(po)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{po}:") and "roles: the English has {cite:p}`sewa-membership`" in lines[0]
    assert "numbers: the English has 1734195, 18" in lines[1]
    assert lines[-1] == f"2 problems in {po}"


def test_the_command_passes_a_good_file_and_skips_fuzzy_and_untranslated_entries(tmp_path, capsys):
    po = po_file(tmp_path / "page.po", [(SEWA, SEWA.replace("1,734,195", "1 734 195")), ("Not yet.", "")], "fr")
    with po.open("a", encoding="utf-8") as file:
        file.write('\n#, fuzzy\nmsgid "Page 2 of 3"\nmsgstr "Page 4 sur 5"\n')
    assert check_files([po]) == []
    assert main([str(po)]) == 0
    assert capsys.readouterr().out.strip() == f"no problems in {po}"


def test_a_file_that_is_not_a_po_file_or_a_language_babel_lacks_is_a_clear_error(tmp_path, capsys):
    missing = tmp_path / "missing.po"
    assert main([str(missing)]) == 2
    assert f"cannot read {missing}" in capsys.readouterr().err
    po = po_file(tmp_path / "page.po", [("One", "Um")])
    assert main(["--language", "xx_YY", str(po)]) == 2
    assert "'xx_YY' is not a language Babel knows" in capsys.readouterr().err


def test_an_english_example_of_another_languages_way_keeps_its_numbers_but_not_its_money_form():
    english = "A currency sign before the number is fine (R$ 1.200, Br 50)."
    # The numbers are the English's; the form is not French's (a number box's hint, which lists
    # what a learner may type, is left out of that check by its context: the test below).
    assert entry_problems(english, "Le signe de la monnaie avant le nombre convient (R$ 1.200, Br 50).", "fr") == [
        "money and percentages: write '50\\xa0Br', not 'Br 50'"
    ]
    assert (
        entry_problems(english, "Pode pôr o símbolo da moeda antes do número (R$\u00a01.200, Br\u00a050).", "pt_BR")
        == []
    )
    problem, form = entry_problems(english, "Le signe de la monnaie convient (R$ 1.300, Br 50).", "fr")
    assert problem.startswith("numbers:") and form.startswith("money and percentages:")


def test_a_number_boxs_hint_may_show_a_sign_before_or_after(tmp_path):
    english = "Type only the number. A currency sign before or after it is fine (R$ 1.200, Br 50, 75 %)."
    catalog = Catalog(locale="fr")
    catalog.add(
        english,
        "Tapez le nombre. Le signe avant ou après convient (R$ 1.200, Br 50, 75 %).",
        context="quiz:amount_hint",
    )
    catalog.add("Br 50 a day", "Br 50 par jour")
    po = tmp_path / "sse_course.po"
    with po.open("wb") as file:
        write_po(file, catalog)
    [problem] = check_files([po])
    assert problem.context == "" and problem.message == "money and percentages: write '50\\xa0Br', not 'Br 50'"
