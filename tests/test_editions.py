"""The editions in other languages, as a reader and a trainer meet them (issue 15): every page
in its language, a language menu that opens the same page in each, notebooks and launch buttons
in the page's language, the translation notice, search in the language, quizzes that mark the
same answers right with the feedback in the language, and a root page to choose."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import pytest

from sse_course.book.colab import colab_path
from sse_course.exercises.catalogue import EXERCISES, task_json
from sse_course.exercises.html import exercise_words
from sse_course.i18n.catalogues import BOOK_THEME_DOMAIN, BOOK_THEME_WORDS, COURSE_THEME_WORDS
from sse_course.i18n.markdown import Catalogue, translated_path
from sse_course.i18n.runtime import pgettext
from sse_course.i18n.sphinx import LAUNCH_SERVICES, WITHOUT_MENU
from sse_course.quiz.bank import load_bank
from sse_course.quiz.grading import without_verdict
from sse_course.quiz.strings import interface_strings

from .conftest import EDITIONS, ROOT, toc_pages

pytestmark = pytest.mark.build

PAGES = [*toc_pages(), "search", "genindex"]
NOTEBOOK_PAGES = [p for p in toc_pages() if (ROOT / f"{p}.ipynb").is_file()]
MENU_LINK = re.compile(
    r'<a href="(?P<href>[^"]*)" hreflang="(?P<tag>[^"]+)" lang="[^"]+"(?P<current> aria-current="page")?'
)
EVERY_FOLDER = [("", "en"), *((f"{lang.tag}/", lang.tag) for lang in EDITIONS)]


def page_html(built_book: Path, folder: str, page: str) -> str:
    return (built_book / folder / f"{page}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("folder, tag", EVERY_FOLDER)
def test_every_page_says_its_language_and_links_the_same_page_in_every_other(built_book, folder, tag):
    wanted = {"en", *(lang.tag for lang in EDITIONS)}
    for page in PAGES:
        html = page_html(built_book, folder, page)
        assert re.search(rf'<html lang="{tag}"', html), f"{folder}{page}: <html lang> is not {tag}"
        links = {m["tag"]: m for m in MENU_LINK.finditer(html)}
        if page in WITHOUT_MENU:  # no menu there, so no Bootstrap script (the search stays light)
            assert links == {}, f"{folder}{page}"
            continue
        assert set(links) == wanted, f"{folder}{page}: the language menu links {sorted(links)}"
        assert [t for t, m in links.items() if m["current"]] == [tag], f"{folder}{page}: current language"
        for other, link in links.items():
            target = (built_book / folder / page).parent / link["href"]
            assert target.resolve().is_file(), f"{folder}{page}: the {other} link {link['href']} leads nowhere"
            expected = built_book / ("" if other == "en" else other) / f"{page}.html"
            assert target.resolve() == expected.resolve(), f"{folder}{page}: {other} opens another page"


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_an_edition_is_in_its_language_where_a_reader_looks_first(built_book, lang):
    welcome = page_html(built_book, f"{lang.tag}/", "book/welcome")
    assert "sse-translation-notice" in welcome
    assert "github.com/sse-course/sse-hbw-course/issues" in welcome  # where to send corrections
    options = (built_book / lang.tag / "_static" / "documentation_options.js").read_text(encoding="utf-8")
    assert f"LANGUAGE: '{lang.tag}'" in options  # Sphinx's search stems words in the language
    assert lang.title in unescape(welcome), "the book's title in the language"
    team = pgettext("book", "The SSE course team", lang.code)
    assert team in unescape(welcome) and "The SSE course team" not in welcome, "the footer's author in the language"
    english = page_html(built_book, "", "book/welcome")
    assert "sse-translation-notice" not in english


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_the_buttons_and_links_every_page_names_are_named_in_its_language(built_book, lang):
    """The names a screen reader says on every page, which no theme catalogue translates: the
    sidebar buttons' titles (the book theme writes them in English) and Sphinx's links beside
    headings, figures and tables (it lacks them in Spanish), from the edition's sphinx.po
    (i18n/catalogues.COURSE_THEME_WORDS); the search box's words, which Jupyter Book sets in
    English; and the launch buttons' names (the book theme's catalogues lack "Launch on")."""
    catalogue = Catalogue.read(ROOT / "locales" / lang.code / "LC_MESSAGES" / "sphinx.po")
    english = {*COURSE_THEME_WORDS, "Search this book...", "Launch interactive content"}
    english |= {f"Launch on {service}" for service in LAUNCH_SERVICES}
    seen = set()
    for page in toc_pages():
        html = page_html(built_book, f"{lang.tag}/", page)
        names = set(re.findall(r'(?:title|aria-label|placeholder)="([^"]*)"', html))
        assert not names & english, f"{lang.tag}/{page}: {sorted(names & english)} in English"
        seen |= names
    for words in ("Toggle primary sidebar", "Toggle secondary sidebar", "Link to this heading", "Link to this term"):
        assert catalogue.translate(words) in seen, f"{lang.code}: {words!r} is not on the pages in the language"
    assert pgettext("search box", "Search this book...", lang.code) in seen
    binder = pgettext("launch buttons", "Open this notebook on {service}", lang.code).format(service="Binder")
    assert binder in seen, f"{lang.code}: no launch button is named {binder!r}"


MENU_LOGO = re.compile(r'<span class="btn__icon-container">\s*(<img [^>]*>)')


@pytest.mark.parametrize("folder, tag", EVERY_FOLDER)
def test_the_launch_menus_logos_are_decorative_beside_the_words_that_name_each_button(built_book, folder, tag):
    """Each launch button names its service in words beside its logo ("Binder", "Exécuter dans le
    navigateur"): the logo's alt is empty, so a screen reader says the name once, not the theme's
    "Binder logo Binder" (nor "Exécuter dans le navigateur logo", English word order, in French)."""
    for page in NOTEBOOK_PAGES:
        html = page_html(built_book, folder, page)
        logos = MENU_LOGO.findall(html)
        assert len(logos) >= 2, f"{tag} {page}: no launch menu logos"
        named = [logo for logo in logos if 'alt=""' not in logo]
        assert not named, f"{tag} {page}: {named}"
        texts = re.findall(r'<span class="btn__text-container">([^<]+)</span>', html)
        assert "Binder" in texts and len(texts) >= len(logos), f"{tag} {page}: a logo without words beside it"


def book_theme_words(code: str) -> dict[str, str]:
    """What sphinx-book-theme's own catalogue says for ``BOOK_THEME_WORDS`` in ``code``."""
    from babel.messages.mofile import read_mo
    from sphinx_book_theme import get_html_theme_path

    folder = get_html_theme_path() / "static" / "locales"
    mo = next(folder / c / "LC_MESSAGES" / f"{BOOK_THEME_DOMAIN}.mo" for c in (code, code[:2]) if (folder / c).is_dir())
    with mo.open("rb") as file:
        return {m.id: str(m.string) for m in read_mo(file) if m.id in BOOK_THEME_WORDS and m.string}


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_the_book_themes_words_are_the_courses_where_the_theme_has_them_wrong(built_book, lang):
    """The book theme's Spanish "Download this page" is "Descarga esta pagina" (no accent), and its
    Portuguese footer said "De equipe do curso": the edition's own booktheme.po wins over the
    theme's catalogue, and no page shows the theme's word where the course has another."""
    course = Catalogue.read(ROOT / "locales" / lang.code / "LC_MESSAGES" / f"{BOOK_THEME_DOMAIN}.po")
    replaced = {
        english: theirs
        for english, theirs in book_theme_words(lang.code).items()
        if course.translate(english) and course.translate(english) != theirs
    }
    assert lang.code != "es" or replaced.get("Download this page") == "Descarga esta pagina"
    seen = set()
    for page in toc_pages():
        html = unescape(page_html(built_book, f"{lang.tag}/", page))
        names = set(re.findall(r'(?:title|aria-label)="([^"]*)"', html))
        footer = re.search(r'<p class="component-author">\s*(.*?)\s*</p>', html, re.S)
        assert footer, f"{lang.tag}/{page}: no footer naming the authors"
        shown = names | {footer[1].split()[0]} | set(re.findall(r"<h2> (.*?) </h2>", html))
        wrong = {english for english, theirs in replaced.items() if theirs in shown}
        assert not wrong, f"{lang.tag}/{page}: the theme's {sorted(replaced[w] for w in wrong)}"
        seen |= shown
    for english in ("Download this page", "By"):
        assert course.translate(english) in seen, f"{lang.code}: no page shows {course.translate(english)!r}"


@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_the_launch_buttons_open_the_notebook_in_the_pages_language(built_book, lang, page):
    html = page_html(built_book, f"{lang.tag}/", page)
    notebook = translated_path(ROOT / f"{page}.ipynb", lang).relative_to(ROOT).as_posix()
    assert (ROOT / notebook).is_file()
    binder = re.search(r'href="(https://mybinder\.org/[^"]+)"', html)
    colab = re.search(r'href="(https://colab\.research\.google\.com/[^"]+)"', html)
    assert binder and unquote(binder[1]).endswith(notebook), binder and binder[1]
    assert colab and colab[1].endswith("/" + colab_path(notebook)), colab and colab[1]
    assert (ROOT / colab_path(notebook)).is_file(), "Colab's copy of the notebook is in the repository"
    lite = re.search(r'href="([^"]*lite/[^"]+)"', html)
    assert lite and lite[1].startswith("../" * (page.count("/") + 1) + "lite/") and lite[1].endswith(notebook), lite
    assert (built_book / "lite" / "files" / notebook).is_file(), "the in-browser site has the notebook"


def test_the_site_root_lets_a_newcomer_choose_a_language(built_book):
    root = (built_book / "index.html").read_text(encoding="utf-8")
    for lang in EDITIONS:
        link = re.search(rf'<a href="([^"]+)" lang="{lang.tag}"', root)
        assert link and (built_book / link[1]).is_file(), lang.code
    assert re.search(r'<a href="book/welcome.html" lang="en"', root)


@pytest.mark.browser
@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_a_quiz_answered_in_an_edition_gives_its_feedback_in_that_language(touch_phone, site, lang):
    """The first question of the first chapter's quiz, answered wrong then right, in the edition;
    then the language menu opens the same page in English."""
    page = touch_phone
    path = f"{lang.tag}/book/home-based-workers.html"
    page.goto(site + path)
    quiz = page.locator(".sse-quiz").first
    bank = load_bank(quiz.get_attribute("data-bank"), lang.code)
    english = load_bank(bank.id, "en")
    question = next(q for q in bank.questions if q.type == "single")
    wrong = next(i for i, option in enumerate(question.options) if not option.correct)
    right = next(i for i, option in enumerate(question.options) if option.correct)
    item = quiz.locator(f'.sse-quiz-question[data-qid="{question.id}"]')
    assert question.prompt[:40] in item.locator("legend").first.inner_text()
    words = interface_strings(lang.code)
    for choice, verdict in ((wrong, words["incorrect"]), (right, words["correct"])):
        item.locator(f'input[value="{choice}"]').check()
        item.locator(".sse-quiz-check").click()
        feedback = item.locator(".sse-quiz-feedback").inner_text()
        # The verdict in the language, once, then the option's feedback without it.
        assert verdict in feedback, feedback
        assert without_verdict(question.options[choice].feedback, verdict)[:30] in feedback, feedback
        english_feedback = english.questions[bank.questions.index(question)].options[choice].feedback
        if english_feedback != question.options[choice].feedback:  # translated: the English is not shown
            assert english_feedback[:30] not in feedback
    page.set_viewport_size({"width": 1280, "height": 800})  # the menu is in the header from 601 px
    page.locator(".dropdown-language-menu button").click()
    page.locator('.dropdown-language-menu a[hreflang="en"]').click()
    page.wait_for_url(site + "book/home-based-workers.html")
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.browser
@pytest.mark.parametrize("lang", EDITIONS, ids=lambda lang: lang.code)
def test_an_exercise_answered_in_an_edition_gives_its_feedback_in_that_language(touch_phone, site, lang):
    """The first sorting task of "Is it SSE?", every item answered wrong, then right, in the edition:
    the verdicts, the reasons and the score are in the edition's language (its catalogue's words)."""
    page = touch_phone
    exercise, name = "is-it-sse", EXERCISES["is-it-sse"][2][0]
    data, english = task_json(exercise, name, lang.code), task_json(exercise, name, "en")
    assert data["version"] == english["version"]  # the same task: answers carry over between languages
    words, english_words = exercise_words(lang.code), exercise_words("en")
    page.goto(f"{site}{lang.tag}/exercises/{exercise}.html")
    root = page.locator(f'section.sse-exercise[data-exercise="{exercise}"][data-task="{name}"]')
    root.and_(page.locator(".is-ready")).wait_for()
    selects = root.locator("select")
    for picks, label in (
        ([next(c for c in data["choices"] if c != item["answer"]) for item in data["items"]], "label_incorrect"),
        ([item["answer"] for item in data["items"]], "label_correct"),
    ):
        for n, pick in enumerate(picks):
            selects.nth(n).select_option(label=pick)
        root.locator(".sse-exercise-check").click()
        feedback = root.locator(".sse-exercise-feedback").all_inner_texts()
        for item, text in zip(data["items"], feedback, strict=True):
            assert text.startswith(words[label]) and item["why"] in text, text
            if english_words[label] != words[label]:
                assert not text.startswith(english_words[label])
    assert data["title"] in root.locator(".sse-exercise-score").inner_text()
