"""The My progress page's words in each edition (a fresh tester's finding 9, stop 14): an activity's
kind is said once ("Exercice : calculs…", not "Exercice: Exercice : calculs…"), with the language's
colon (French puts a no-break space before it), and a count takes the form its number needs
("1 activité sur 6 faite", "3 activités sur 6 faites"), chosen by the language's plural rule."""

from __future__ import annotations

import gettext

import pytest

from sse_course.build.progress_index import index_json
from sse_course.build.progress_pages import COUNTED, activity_label, counted_words, words
from sse_course.i18n.catalogues import read_catalog
from sse_course.i18n.languages import LOCALES, languages

from .conftest import ROOT

pytestmark = pytest.mark.editions

TRANSLATED = [lang.code for lang in languages() if not lang.is_source]


def said(word: dict, **values) -> str:
    """What the page script shows: the form the rule gives the counted number, filled in."""
    rule = gettext.c2py(word["plural"])
    return word["forms"][rule(values[word["count"]])].format(**values)


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_count_is_a_plural_entry_with_every_form_of_the_language_translated(code):
    catalog = read_catalog(LOCALES / code / "LC_MESSAGES" / "sse_course.po")
    for key, (_, one, other) in COUNTED.items():
        message = catalog.get((one, other), context=f"progress:{key}")
        assert message is not None, f"progress:{key} is not in {code}'s catalogue as a plural entry"
        assert isinstance(message.string, tuple) and len(message.string) == catalog.num_plurals, key
        assert all(message.string) and not message.fuzzy, key


@pytest.mark.parametrize(
    ("code", "key", "values", "expected"),
    [
        ("fr", "part_summary", {"done": 1, "total": 6}, "1 activité sur 6 faite"),
        ("fr", "part_summary", {"done": 0, "total": 1}, "0 activité sur 1 faite"),
        ("fr", "part_summary", {"done": 3, "total": 6}, "3 activités sur 6 faites"),
        (
            "fr",
            "quiz_partly",
            {"answered": 1, "total": 8, "score": 0},
            "commencé : 1 question sur 8 répondue, bonnes réponses : 0",
        ),
        ("fr", "imported", {"count": 1}, "Votre progression a été chargée depuis le fichier : 1 activité."),
        ("es", "imported", {"count": 1}, "Su progreso se cargó desde el archivo: 1 actividad."),
        ("es", "imported", {"count": 0}, "Su progreso se cargó desde el archivo: 0 actividades."),
        ("pt_BR", "imported", {"count": 1}, "Seu progresso foi carregado do arquivo: 1 atividade."),
        ("en", "imported", {"count": 1}, "Your progress was loaded from the file: 1 activity."),
        ("en", "part_summary", {"done": 1, "total": 6}, "1 of 6 activities done"),
    ],
)
def test_a_count_takes_the_form_its_number_needs(code, key, values, expected):
    assert said(counted_words(code)[key], **values) == expected


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_every_activity_on_my_progress_says_its_kind_once(code):
    page_words = words(code)
    labels = [
        (activity["kind"], activity_label(activity["kind"], activity["title"], page_words))
        for part in index_json(ROOT, "book/my-progress", code)["parts"]
        for page in part["pages"]
        for activity in page["activities"]
    ]
    assert len(labels) > 20
    for kind, label in labels:
        word = page_words[kind].casefold()
        assert label.casefold().count(word) == 1, label
    # the tester's three: the exercise page's title names its kind already
    exercises = [label for kind, label in labels if kind == "exercise"]
    assert all(label.casefold().startswith(page_words["exercise"].casefold()) for label in exercises)
    if code == "fr":
        assert any(label.startswith("Quiz\u00a0: Vérifiez") for _, label in labels)
        assert not any(label.startswith(("Quiz: ", "Exercice: ")) for _, label in labels)


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
@pytest.mark.parametrize("done, total", [(0, 5), (1, 5), (3, 5), (5, 5)])
def test_the_pages_written_part_summary_is_what_the_script_writes(code, done, total):
    """The My progress page is written for a device with nothing stored (layout shift), and the
    script then writes the same line for the learner's progress: the two must agree."""
    from sse_course.build.progress_pages import _part_summary

    written = _part_summary(done, total, words(code), code)
    scripted = said(counted_words(code)["part_summary"], done=done, total=total)
    assert written.split(" \u2014 ")[0] == scripted
