"""The interface in other languages (issue 15): every word the quiz, exercise, progress and
certificate pages, the handouts, the scripts, the Moodle export and the workshop server show comes
from the sse_course catalogue in the edition's language; English stays as it was; a translation
keeps every placeholder; and an answer saved in one language is kept in another."""

from __future__ import annotations

import json
import re
import string

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from sse_course.build.progress_pages import WORDS as PROGRESS_WORDS
from sse_course.build.progress_pages import words as progress_words
from sse_course.build.site_words import WORDS as SITE_WORDS
from sse_course.build.site_words import words_script
from sse_course.delivery.handouts.html import english_strings as english_handout_strings
from sse_course.delivery.handouts.html import handout_strings
from sse_course.delivery.workshop import qr_page
from sse_course.exercises import catalogue
from sse_course.exercises.html import WORDS as EXERCISE_WORDS
from sse_course.exercises.html import exercise_words, render_task_html
from sse_course.i18n import runtime
from sse_course.i18n.catalogues import interface_template, read_catalog
from sse_course.i18n.languages import LOCALES, languages
from sse_course.light.pages import fix_page
from sse_course.light.sphinx import save_box
from sse_course.quiz import strings
from sse_course.quiz.bank import load_bank
from sse_course.quiz.export import gift, moodle_xml
from sse_course.quiz.html import question_version, render_bank_html
from sse_course.quiz.strings import english_strings, interface_strings

pytestmark = pytest.mark.editions  # `make check-editions`; `make check` leaves these out

TRANSLATED = [lang.code for lang in languages() if not lang.is_source]
CATALOGUES = [LOCALES / code / "LC_MESSAGES" / "sse_course.po" for code in TRANSLATED]


def quiz_payload(html: str) -> dict:
    return json.loads(re.search(r'class="sse-quiz-data">(.*?)</script>', html, re.S).group(1))


@pytest.mark.parametrize(
    ("code", "check", "true"),
    [
        ("pt_BR", "Verificar resposta", "Verdadeiro"),
        ("es", "Comprobar respuesta", "Verdadero"),
        ("fr", "Vérifier la réponse", "Vrai"),
    ],
)
def test_a_languages_quiz_words_come_out_translated(code, check, true):
    words = interface_strings(code)
    assert words["check"] == check and words["answer_true"] == true
    assert set(words) == set(english_strings())


def test_a_language_may_be_named_by_its_tag_too():
    assert interface_strings("pt-BR") == interface_strings("pt_BR")


def test_english_is_the_source_unchanged():
    assert interface_strings("en") == english_strings()
    assert interface_strings("en")["check"] == "Check answer"
    assert handout_strings("en") == english_handout_strings()
    assert progress_words("en") == PROGRESS_WORDS and progress_words(None) == PROGRESS_WORDS
    assert json.loads(words_script("en").removeprefix("window.SSEWords=").rstrip(";\n")) == SITE_WORDS


def test_the_language_of_the_moment_is_the_default():
    runtime.use_language("es")
    try:
        assert interface_strings()["check"] == "Comprobar respuesta"
        assert handout_strings()["answer"] == "Respuesta: {answer}"
    finally:
        runtime.use_language("en")
    assert interface_strings()["check"] == "Check answer"


@pytest.mark.parametrize("read", [interface_strings, handout_strings, progress_words, save_box])
@pytest.mark.parametrize("code", ["xx", "de", "../../quizzes/what-is-sse"])
def test_a_language_the_course_does_not_have_is_a_clear_error(read, code):
    with pytest.raises(ValueError, match=re.escape(f"the course has no language {code!r} (it has: en, ")):
        read(code)


def test_a_language_given_as_something_else_than_a_code_is_a_clear_error():
    with pytest.raises(ValueError, match="is not a language code"):
        interface_strings(["fr"])


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("po", CATALOGUES, ids=TRANSLATED)
def test_every_translation_keeps_every_placeholder_of_its_english(po):
    checked = 0
    for message in read_catalog(po):
        if message.id and message.string and not message.fuzzy:
            english, translation = str(message.id), str(message.string)
            assert placeholders(translation) == placeholders(english), (message.context, english, translation)
            # and the program can fill it in as it fills in the English
            values = {name: "x" for name in placeholders(english)}
            assert english.format(**values) and translation.format(**values)
            checked += 1
    assert checked >= len(interface_strings("en")), f"{po}: translated entries are missing"


@pytest.mark.parametrize("po", CATALOGUES, ids=TRANSLATED)
def test_the_catalogues_hold_every_interface_word_the_package_has(po):
    """make translations (python -m sse_course.i18n.catalogues --package-only) was run after the
    English last changed: each language's catalogue has every entry of the template."""
    have = {(message.context, message.id) for message in read_catalog(po) if message.id}
    wanted = {(message.context, message.id) for message in interface_template() if message.id}
    assert wanted - have == set(), "run: python -m sse_course.i18n.catalogues --package-only"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_interface_word_is_translated_in_each_language(code):
    words = {
        "quiz": interface_strings(code),
        "handouts": handout_strings(code),
        "progress": progress_words(code),
        "exercise": exercise_words(code),
    }
    english = {
        "quiz": english_strings(),
        "handouts": english_handout_strings(),
        "progress": PROGRESS_WORDS,
        "exercise": EXERCISE_WORDS,
    }
    same = [
        f"{where}:{key}"
        for where, table in words.items()
        for key, text in table.items()
        if text == english[where][key] and re.search(r"[a-z]{3}", text) and text not in ("Question {n}", "Menu")
    ]
    # Words that are the same in a language (Quiz in French, Correct., Exercice...) are few.
    assert len(same) <= 6, same


def test_a_word_a_catalogue_lacks_stays_english(tmp_path, monkeypatch):
    catalog = Catalog(locale="fr")
    catalog.add("Check answer", "Vérifier", context="quiz:check")
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "sse_course.mo").open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setattr(runtime, "LOCALES", tmp_path)
    runtime.translations.cache_clear()
    strings._strings.cache_clear()
    try:
        words = interface_strings("fr")
        assert words["check"] == "Vérifier" and words["reset"] == "Start fresh"
    finally:
        runtime.translations.cache_clear()
        strings._strings.cache_clear()


def test_the_exercise_page_speaks_the_editions_language_in_its_html_and_its_script():
    html = render_task_html("is-it-sse", "IS_IT_SSE", "fr")
    assert ">Vérifier</button>" in html and "(choisir)" in html
    data = json.loads(re.search(r'class="sse-exercise-data">(.*?)</script>', html, re.S).group(1))
    assert data["words"]["label_correct"] == "✓ Correct." and data["words"]["hint"] == "Indice : {hint}"
    english = render_task_html("is-it-sse", "IS_IT_SSE", "en")
    assert ">Check</button>" in english and "Choose one of: {choices}." in english


def test_the_scripts_words_file_is_in_the_editions_language():
    text = words_script("pt_BR")
    assert text.startswith("window.SSEWords=") and "<" not in text
    words = json.loads(text.removeprefix("window.SSEWords=").rstrip(";\n"))
    assert words["close"] == "Fechar" and set(words) == set(SITE_WORDS)


def test_the_moodle_export_and_the_workshop_page_speak_the_language():
    bank = load_bank("what-is-sse", "es")
    assert "$course$/top/ESS para trabajadoras a domicilio/" in moodle_xml([bank], "es")
    assert "$course$/top/SSE for home-based workers/" in gift([load_bank("what-is-sse", "en")], "en")
    page = qr_page("http://10.0.0.5:8000/", None, "fr").decode()
    assert '<html lang="fr">' in page and "Ouvrez le cours sur votre téléphone" in page
    assert '<html lang="en">' in qr_page("http://10.0.0.5:8000/", None).decode()


def test_the_progress_pages_and_offline_box_speak_the_language():
    assert progress_words("pt_BR")["reset"] == "Apagar todo o meu progresso"
    box = save_box("fr")
    assert "Garder tout le cours" in box and '<span class="sse-offline-size">?</span> Mo' in box


# ---- answers saved in one language are kept in another ---------------------------------------


def translated_bank_catalogue(tmp_path, bank_id: str, context: str, english: str, translation: str) -> None:
    catalog = Catalog(locale="fr")
    catalog.add(english, translation, context=context)
    folder = tmp_path / "fr" / "LC_MESSAGES" / "quizzes"
    folder.mkdir(parents=True)
    with (folder / f"{bank_id}.mo").open("wb") as file:
        write_mo(file, catalog)


def test_a_translated_question_carries_the_version_of_its_english(tmp_path, monkeypatch):
    english = load_bank("what-is-sse", "en")
    first = english.questions[0]
    translated_bank_catalogue(tmp_path, "what-is-sse", f"{first.id}.prompt", first.prompt, "Une question en français ?")
    monkeypatch.setattr(runtime, "LOCALES", tmp_path)
    runtime.translations.cache_clear()
    try:
        french = load_bank("what-is-sse", "fr")
    finally:
        runtime.translations.cache_clear()
    assert french.questions[0].prompt == "Une question en français ?"  # the translation is used
    for ours, theirs in zip(french.questions, english.questions, strict=True):
        assert question_version(ours) == question_version(theirs)
        assert ours.display_order() == theirs.display_order()
    shown = quiz_payload(render_bank_html(french, "fr"))["bank"]["questions"]
    assert [q["version"] for q in shown] == [question_version(q) for q in english.questions]


def test_an_english_question_edited_gets_a_new_version_still():
    english = load_bank("what-is-sse", "en")
    question = english.questions[0]
    edited = type(question)(**{**vars(question), "prompt": question.prompt + " Think again."})
    assert question_version(edited) != question_version(question)


def test_an_exercise_task_has_the_version_of_its_english_in_every_language(monkeypatch):
    class SpeakingTask:
        """A task whose words follow the language of the moment, as translated tasks do."""

        def to_json(self):
            return {"kind": "numeric", "text": "Combien ?" if runtime.current_language() == "fr" else "How many?"}

    monkeypatch.setattr(catalogue, "task", lambda exercise, name: SpeakingTask())
    french, english = catalogue.task_json("is-it-sse", "X", "fr"), catalogue.task_json("is-it-sse", "X", "en")
    assert french["text"] == "Combien ?" and english["text"] == "How many?"
    assert french["version"] == english["version"]
    assert runtime.current_language() == "en"  # the language of the moment is given back


def test_the_table_of_contents_toggles_are_named_in_the_language(tmp_path):
    toggle = '<a class="reference internal" href="x.html">For trainers</a><details><summary>'
    page = tmp_path / "x.html"
    assert '<summary aria-label="Pages in For trainers">' in fix_page(toggle, page, tmp_path)
    assert '<summary aria-label="Pages dans For trainers">' in fix_page(toggle, page, tmp_path, "fr")


# ---- words the page's script and the notebook's Python both say: one entry, one translation ----


def test_a_tables_words_that_python_says_too_are_one_entry(monkeypatch):
    from sse_course.i18n import catalogues

    monkeypatch.setattr(
        catalogues, "python_messages", lambda: iter([(None, "Choose one of: {choices}.", [], "sse_course/x.py")])
    )
    monkeypatch.setattr(
        catalogues,
        "interface_tables",
        lambda: iter([("exercise", "sse_course/exercises/html.py", {"choose_one_of": "Choose one of: {choices}."})]),
    )
    monkeypatch.setattr(catalogues, "counted_tables", lambda: iter([]))
    [entry] = [message for message in catalogues.interface_template() if message.id]
    assert entry.context is None
    assert entry.auto_comments[:2] == ["sse_course/x.py", "sse_course/exercises/html.py"]
    assert entry.auto_comments[-1].startswith("Keep {choices} as written")


def test_a_word_without_its_own_translation_takes_the_one_python_has(tmp_path, monkeypatch):
    from sse_course.i18n.interface import translated

    catalog = Catalog(locale="fr")
    catalog.add("Choose one of: {choices}.", "Choisissez l’un de ces choix : {choices}.")
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "sse_course.mo").open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setattr(runtime, "LOCALES", tmp_path)
    runtime.translations.cache_clear()
    try:
        words = translated("exercise", {"choose_one_of": "Choose one of: {choices}.", "check": "Check"}, "fr")
    finally:
        runtime.translations.cache_clear()
    assert words == {"choose_one_of": "Choisissez l’un de ces choix : {choices}.", "check": "Check"}


def test_a_translation_is_kept_when_its_words_move_or_come_from_another_branch(tmp_path):
    from babel.messages.pofile import write_po

    from sse_course.i18n.catalogues import carry_translations

    def po(path, entries):
        catalog = Catalog(locale="fr")
        for context, english, translation in entries:
            catalog.add(english, translation, context=context)
        with path.open("wb") as file:
            write_po(file, catalog)
        return path

    old = read_catalog(po(tmp_path / "old.po", [("exercise:check", "Check", "Vérifier"), ("a", "Yes", "Oui")]))
    other = read_catalog(po(tmp_path / "other.po", [("b", "Yes", "Ouais"), ("c", "Close", "Fermer")]))
    new = po(tmp_path / "new.po", [(None, "Check", ""), ("a", "Yes", ""), (None, "Yes", ""), (None, "Close", "")])
    assert carry_translations(new, [old, other]) == 3
    got = {(m.context, m.id): m.string for m in read_catalog(new) if m.id}
    # moved from a context: taken; the same context: taken; two different translations of "Yes"
    # elsewhere: not guessed
    assert got == {(None, "Check"): "Vérifier", ("a", "Yes"): "Oui", (None, "Yes"): "", (None, "Close"): "Fermer"}


def test_the_workshop_server_refuses_a_language_the_course_does_not_have(tmp_path, capsys):
    from sse_course.delivery.workshop import main

    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>x</title>", encoding="utf-8")
    assert main(["--language", "xx", "--address", "127.0.0.1", "--port", "0", str(tmp_path)]) == 1
    assert "the course has no language 'xx'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "about 2 hours 5 minutes"),
        ("pt_BR", "cerca de 2 horas e 5 minutos"),
        ("es", "aproximadamente 2 horas y 5 minutos"),
        ("fr", "environ 2 heures 5 minutes"),
    ],
)
def test_the_welcome_pages_durations_are_said_in_the_language(code, said):
    from sse_course.build.durations import minutes_words

    assert minutes_words(125, code) == said


def test_the_offline_copys_notes_speak_the_pages_language():
    from sse_course.delivery.offline_copy import offline_page

    page = (
        '<html lang="{tag}"><body><article class="bd-article"><h1>Atemdo</h1>'
        '<p>See <a href="https://example.org/">the report</a>; try it in Binder.</p></article></body></html>'
    )
    french = offline_page(page.format(tag="fr"), for_learners=True)
    assert "Sans internet" in french and "(il faut internet)" in french
    assert "demandez à votre formatrice ou formateur" in french
    portuguese = offline_page(page.format(tag="pt-BR"))
    assert "Sem internet" in portuguese and "o arquivo <code>START-HERE.md</code>, na pasta do curso" in portuguese
    english = offline_page(page.format(tag="en"))
    assert "With no internet" in english and "(needs the internet)" in english


def test_a_sphinx_build_in_a_language_writes_its_words_into_the_pages(tmp_path):
    """An edition's build (Sphinx's language = fr): the quiz, the exercise and the scripts' words
    are French, and the quiz's answers carry the English questions' versions."""
    import subprocess
    import sys

    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text(
        'extensions = ["myst_parser", "sse_course.build.sphinx_ext"]\nlanguage = "fr"\n'
        'html_theme = "pydata_sphinx_theme"\n',
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        "# Test\n\n```{quiz} what-is-sse\n```\n\n```{exercise-task} is-it-sse IS_IT_SSE\n```\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", str(source), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="sse-quiz-check" hidden>Vérifier la réponse' in page
    assert ">Vérifier</button>" in page and "(choisir)" in page
    assert "sse-words.js" in page
    words = (out / "_static" / "sse-words.js").read_text(encoding="utf-8")
    assert '"projector":"Projecteur"' in words
    versions = [q["version"] for q in quiz_payload(page)["bank"]["questions"]]
    assert versions == [question_version(q) for q in load_bank("what-is-sse", "en").questions]


def test_the_installed_courses_name_and_description_are_in_the_language(tmp_path):
    from sse_course.light.offline import MANIFEST_NAME, write_manifest

    (tmp_path / "_static").mkdir()
    write_manifest(tmp_path, "La economía social y solidaria", "book/welcome.html", "es")
    manifest = json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["short_name"] == "Curso de ESS" and manifest["description"].startswith("Un curso abierto")
    write_manifest(tmp_path, "The SSE", "book/welcome.html")
    assert json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))["short_name"] == "SSE course"


HINT_EXAMPLE = re.compile(r"(?:(?:R\$|Br|₹)[ \u00a0]?)?\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3})*(?:[ \u00a0]?(?:%|R\$|Br))?")


@pytest.mark.parametrize("code", [lang.code for lang in languages()])
def test_every_way_the_amount_hint_offers_to_type_a_number_is_read_as_that_number(code):
    """The hint beside every number box lists ways to type a number. Each must be read as the
    number it shows (or be asked about, as "1,200" is in a box that is not money): the French,
    Portuguese and Spanish hints offered "1.200", which such a box reads as 1.2 (one point is a
    decimal point: quiz/numbers.py, sse-numbers.js), so a learner who followed it was wrong."""
    from sse_course.quiz.numbers import NumberError, read_amount

    hint = interface_strings(code)["amount_hint"]
    examples = HINT_EXAMPLE.findall(hint)
    assert len(examples) >= 6, examples
    meant = {1200, 1200.5, 12.5, 50, 75}
    for unit in ("members", "%", "reais"):
        for example in examples:
            try:
                value = read_amount(example, unit)
            except NumberError as asked:
                assert str(asked) == "number_ambiguous" and unit != "reais", (code, unit, example)
                continue
            assert value in meant, f"{code}: {example!r} in a box in {unit} is read as {value}"
