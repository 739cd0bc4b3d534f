"""The editions in the built pages (listed in ``_config.yml``'s extensions).

- A language menu among the page's header buttons, on every page of every edition: each item
  opens **the same page** in that language (relative links, so it works over http, from file://
  and from the zip). The English book is the site's root; an edition is its folder ``<tag>/``.
- In an edition, the launch buttons (Binder, Colab, JupyterHub, in your browser) open the
  page's notebook in that language (``notebooks/atemdo.pt-BR.ipynb``), and the in-browser one
  uses the English book's ``lite/`` site, which holds every language's notebooks.
- In an edition, the welcome page says it was translated by the course team and not yet
  reviewed by a native-speaking trainer, and how to send corrections.
- After the English build, the site's root page (``index.html``) lets a newcomer choose a language.
"""

from __future__ import annotations

import gettext
import html
import io
import os
import re
import unicodedata
from pathlib import Path

from docutils import nodes
from sphinx import addnodes

from sse_course.book.colab import colab_path
from sse_course.i18n.languages import Language, language
from sse_course.i18n.runtime import pgettext

#: The languages built in this run, set by the course's build for each of its builds; a book built
#: without it (a test's sample book, the learner edition) has no other languages to link.
EDITIONS_VARIABLE = "SSE_COURSE_EDITIONS"
MENU_LABEL = "language-menu"
WELCOME = "book/welcome"


def built_languages() -> list[Language]:
    """English and the editions this run builds, in the registry's order."""
    named = os.environ.get(EDITIONS_VARIABLE, "")
    return [language("en"), *(language(code) for code in named.split(",") if code)]


def page_in(target: Language, here: Language, pagename: str) -> str:
    """The relative address, from ``pagename`` in ``here``'s edition, of the same page in ``target``'s."""
    up = "../" * pagename.count("/") + ("" if here.is_source else "../")
    folder = "" if target.is_source else f"{target.tag}/"
    return f"{up}{folder}{pagename}.html"


def language_menu(here: Language, pagename: str) -> dict:
    """The header button group: the page in every built language, this one marked as current."""
    buttons = [
        {
            "type": "link",
            "text": lang.name + (" ✓" if lang == here else ""),
            "url": page_in(lang, here, pagename),
            "tooltip": lang.name,
            "label": f"language-{lang.tag}",
        }
        for lang in built_languages()
    ]
    return {
        "type": "group",
        "tooltip": pgettext("language menu", "Language: read this page in another language", here.code),
        "icon": "fas fa-language",
        "buttons": buttons,
        "label": MENU_LABEL,
    }


# A language menu item as the theme writes it (a launch-style link, which opens a new tab).
_MENU_LINK = re.compile(
    r'<a href="(?P<href>[^"]*)" target="_blank"\s+class="btn btn-sm btn-language-(?P<tag>[A-Za-z-]+) '
)


#: The phone's language list: plain links, shown only where the header has no room for the menu.
PHONE_LIST_CLASS = "sse-languages"
# Where a page's own content starts: an article, or the search page's box.
_CONTENT_START = re.compile(r'<article class="bd-article">|<div class="bd-search-container">')


def phone_language_list(here: Language, pagename: str) -> str:
    """The page in every built language as a line of links (sse-header.css shows it at 600 px
    or narrower, where the header's menu is hidden): no dropdown, so no script."""
    current = ' aria-current="page"'
    links = " ".join(
        f'<a href="{page_in(lang, here, pagename)}" lang="{lang.tag}" hreflang="{lang.tag}"'
        f"{current if lang == here else ''}>{html.escape(lang.name)}</a>"
        for lang in built_languages()
    )
    label = pgettext("language menu", "Language: read this page in another language", here.code)
    return f'<nav class="{PHONE_LIST_CLASS} d-print-none" aria-label="{html.escape(label)}">{links}</nav>'


def fix_language_links(app, exception) -> None:
    """The menu's links open the page in the same tab, say which language they lead to
    (``hreflang``, ``lang``: a screen reader reads "Français" in French), and the current
    language is marked for assistive technology as well as by its tick. Every page, the search
    page and the index too, gets the phone's language list at the start of its content."""
    if exception is not None or app.builder.format != "html" or len(built_languages()) < 2:
        return
    here = language(app.config.language or "en")

    def fixed(match: re.Match) -> str:
        current = ' aria-current="page"' if match["tag"] == here.tag else ""
        return (
            f'<a href="{match["href"]}" hreflang="{match["tag"]}" lang="{match["tag"]}"{current}\n'
            f'class="btn btn-sm btn-language-{match["tag"]} '
        )

    for page in Path(app.outdir).rglob("*.html"):
        if page.relative_to(app.outdir).parts[0] in {"lite", *(lang.tag for lang in built_languages())}:
            continue
        text = page.read_text(encoding="utf-8")
        new = _MENU_LINK.sub(fixed, text)
        start = _CONTENT_START.search(new)
        if start and f'<nav class="{PHONE_LIST_CLASS}' not in new:  # not twice (an incremental build)
            pagename = page.relative_to(app.outdir).with_suffix("").as_posix()
            new = new[: start.end()] + phone_language_list(here, pagename) + new[start.end() :]
        if new != text:
            page.write_text(new, encoding="utf-8")


#: Pages without the menu: left out when its dropdown needed Bootstrap's script (23 KiB gzip), which
#: would have put a search there over the 100 KiB budget. No page loads Bootstrap now (the course's
#: sse-theme.js runs the menus: sse_course/build/theme_scripts.py), so they could have it again.
WITHOUT_MENU = {"search", "genindex"}


def add_language_menu(app, pagename, templatename, context, doctree) -> None:
    if len(built_languages()) < 2 or pagename in WITHOUT_MENU:
        return
    here = language(app.config.language or "en")
    context.setdefault("header_buttons", []).append(language_menu(here, pagename))


#: The launch services whose buttons the book theme names "Launch on <service>" (its catalogues
#: have no "Launch on" in Portuguese, Spanish or French, so an edition's buttons said it in English).
LAUNCH_SERVICES = ("Binder", "JupyterHub", "Colab")


def point_launch_buttons(app, pagename, templatename, context, doctree) -> None:
    """The launch buttons open the page's notebook in the edition's language, the Colab button
    its Colab copy (sse_course/book/colab.py); in an edition their names (a tooltip, and what a
    screen reader says) are in its language."""
    here = language(app.config.language or "en")
    if Path(app.env.doc2path(pagename)).suffix != ".ipynb":
        return
    english = f"{pagename}.ipynb"
    notebook = english if here.is_source else f"{pagename}.{here.tag}.ipynb"
    for group in context.get("header_buttons", []):
        if group.get("label") != "launch-buttons":
            continue
        if not here.is_source:
            group["tooltip"] = pgettext("launch buttons", "Open this page's notebook to run it", here.code)
        for button in group["buttons"]:
            url = button["url"].replace(english, notebook)
            if button.get("text") == "Colab":
                url = url.replace(f"/{notebook}", f"/{colab_path(notebook)}")
            if button.get("label") == "run-in-browser" and not here.is_source:  # the English site, one folder up
                url = "../" + url
            button["url"] = url
            if button.get("text") in LAUNCH_SERVICES and not here.is_source:
                words = pgettext("launch buttons", "Open this notebook on {service}", here.code)
                button["tooltip"] = words.format(service=button["text"])


class CourseThemeWords(gettext.GNUTranslations):
    """The course's ``booktheme.po`` (i18n/catalogues.BOOK_THEME_WORDS), then the theme's own."""


def put_course_theme_words_first(app) -> None:
    """The book theme's words from the course's ``locales/<code>/LC_MESSAGES/booktheme.po``
    first, the theme's catalogue after. Sphinx keeps the first catalogue registered for a domain
    (the theme's, in its setup) and adds a book's ``locale_dirs`` only as a fallback, so the
    theme's words ("Descarga esta pagina") would win over the course's."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from sphinx import locale

    from sse_course.i18n.catalogues import BOOK_THEME_DOMAIN

    here = language(app.config.language or "en")
    key = ("general", BOOK_THEME_DOMAIN)
    if here.is_source or isinstance(locale.translators.get(key), CourseThemeWords):
        return
    folders = [Path(app.srcdir, folder) for folder in app.config.locale_dirs]
    po = next(
        (f / here.code / "LC_MESSAGES" / f"{BOOK_THEME_DOMAIN}.po" for f in folders if (f / here.code).is_dir()), None
    )
    if po is None or not po.is_file():
        return
    with po.open("rb") as file:
        catalog = read_po(file)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # the translated entries only: an empty one falls back to the theme's
    compiled.seek(0)
    words = CourseThemeWords(compiled)
    theme = locale.translators.get(key)
    if theme is not None:
        words.add_fallback(theme)
    locale.translators[key] = words


def translate_search_placeholder(app, config) -> None:
    """The search box's words: Jupyter Book sets them in English ("Search this book..."), and the
    theme shows them as they are."""
    here = language(config.language or "en")
    if here.is_source:
        return
    words = pgettext("search box", "Search this book...", here.code)
    config.html_theme_options = {**config.html_theme_options, "search_bar_text": words}


def add_translation_notice(app, doctree, docname) -> None:
    """The edition's welcome page says who translated it, that no native-speaking trainer has
    reviewed it yet, and where to send corrections (before its first section's text)."""
    here = language(app.config.language or "en")
    if here.is_source or docname != WELCOME:
        return
    issues = f"{str(app.config.html_theme_options.get('repository_url', '')).rstrip('/')}/issues"
    notice = nodes.admonition(classes=["note", "sse-translation-notice"])
    notice += nodes.title(text=pgettext("translation notice", "About this translation", here.code))
    said = pgettext(
        "translation notice",
        "The course team translated this edition from the English. No native-speaking trainer has "
        "reviewed it yet. If you find a mistake or an unclear sentence, please tell us: write to "
        "the course team, or open an issue at {address}. Say the page and the sentence.",
        here.code,
    )
    # The address is a link (the catalogue's checker keeps {address} in every translation).
    before, found, after = said.partition("{address}")
    paragraph = nodes.paragraph()
    paragraph += nodes.Text(before)
    if found:
        paragraph += nodes.reference(issues, issues, refuri=issues)
    paragraph += nodes.Text(after)
    notice += paragraph
    section = next(iter(doctree.findall(nodes.section)), None)
    parent = section if section is not None else doctree
    title_index = next((i for i, child in enumerate(parent.children) if isinstance(child, nodes.title)), -1)
    parent.insert(title_index + 1, notice)


def collation_key(term: str) -> tuple[str, str]:
    """Where a glossary term goes in the alphabetical order of a Latin-script language: by its
    letters without accents or case first ("économie" beside "echo"), then with them. No
    collation library is installed (PyICU needs ICU's C++ libraries); this is the folding
    Sphinx's own ``:sorted:`` glossary uses, which puts Spanish "ñ" with "n"."""
    decomposed = unicodedata.normalize("NFKD", term.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^\w\s]", "", letters).strip(), unicodedata.normalize("NFC", term.casefold())


def sort_glossary(app, doctree) -> None:
    """An edition's glossary in the alphabetical order of its own terms (Sphinx's
    ``doctree-read``, after the page's translation): the English page lists its terms in English
    order, which a translation leaves as it was ("redevabilité, plaidoyer, association…")."""
    if language(app.config.language or "en").is_source:
        return
    for glossary in doctree.findall(addnodes.glossary):
        for definitions in glossary.findall(nodes.definition_list):
            items = [child for child in definitions.children if isinstance(child, nodes.definition_list_item)]
            if len(items) != len(definitions.children):
                continue  # something else among the terms: leave the list as it is
            first_term = {id(item): next(iter(item.findall(nodes.term)), item).astext() for item in items}
            definitions.children = sorted(items, key=lambda item: collation_key(first_term[id(item)]))


def root_page(languages: list[Language], start: str = WELCOME) -> str:
    """The site's first page: choose a language. Each link names its language in that language,
    and the line that asks is said in each language that translates it (each in its ``lang``)."""
    asked = []
    for lang in languages:
        # Translators: the site's first page, above the names of the languages of the course.
        words = pgettext("site root", "Choose your language.", lang.code)
        if lang.is_source or words != "Choose your language.":
            asked.append(f'<p lang="{lang.tag}">{html.escape(words)}</p>')
    ask = "\n".join(asked)
    items = "\n".join(
        f'<li><a href="{"" if lang.is_source else lang.tag + "/"}{start}.html" lang="{lang.tag}" hreflang="{lang.tag}">'
        f"{html.escape(lang.name)}</a></li>"
        for lang in languages
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Social and Solidarity Economy for home-based workers</title>
<style>body{{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}}
a{{display:block;padding:.75rem 0;font-size:1.25rem}}</style>
</head>
<body>
<main>
<h1>The Social and Solidarity Economy for home-based workers</h1>
{ask}
<ul>
{items}
</ul>
</main>
</body>
</html>
"""


def write_root_page(app, exception) -> None:
    """After the English build (an edition's build leaves the root alone)."""
    languages = built_languages()
    if exception is not None or app.builder.format != "html" or len(languages) < 2:
        return
    if not language(app.config.language or "en").is_source:
        return
    (Path(app.outdir) / "index.html").write_text(root_page(languages), encoding="utf-8")


def setup(app):
    app.connect("config-inited", translate_search_placeholder)
    app.connect("builder-inited", put_course_theme_words_first)  # after every extension's setup
    app.connect("doctree-resolved", add_translation_notice)
    app.connect("doctree-read", sort_glossary)
    # After the theme's launch buttons (501) and the in-browser button (502).
    app.connect("html-page-context", point_launch_buttons, priority=503)
    app.connect("html-page-context", add_language_menu, priority=503)
    # After the index.html redirect (400), before the light pages' steps that list every file.
    app.connect("build-finished", write_root_page, priority=401)
    app.connect("build-finished", fix_language_links, priority=402)
    return {"version": "0.1", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
