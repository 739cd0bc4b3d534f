"""``make translations``: every catalogue refreshed from the English, and what changed, by language.

Two kinds of catalogue, both gettext PO files a translator opens in Poedit or Weblate:

- ``locales/<code>/LC_MESSAGES/``: the pages of the book, notebooks included, one PO per page
  (Sphinx's gettext builder, then sphinx-intl). The book's build reads them. And ``figures.po``:
  the words drawn inside the book's SVG figures (:mod:`sse_course.i18n.figures`), which an
  edition's source gets its figures from; ``references.po``: the references' words that are
  not names or titles (:mod:`sse_course.build.citations`); ``booktheme.po``: the book theme's
  words the pages show (``BOOK_THEME_WORDS``).
- ``sse_course/locales/<code>/LC_MESSAGES/``: what the package itself shows, in a kernel too:
  ``quizzes/<bank>.po`` for each quiz bank, ``sse_course.po`` for the interface and the
  explorers. They are compiled to ``.mo`` files next to them (Python's gettext reads those), which
  are committed, so that a kernel installed from the repository speaks every language.

Entries whose English changed come back fuzzy (sphinx-intl and Babel keep the old translation as
a suggestion); a released language must have none (tests/test_translations.py).
"""

from __future__ import annotations

import argparse
import importlib
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pydata_sphinx_theme
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from sphinx_intl import basic as sphinx_intl

from sse_course.book.toc import ROOT
from sse_course.build import citations
from sse_course.i18n.banks import bank_messages
from sse_course.i18n.figures import DOMAIN as FIGURES_DOMAIN
from sse_course.i18n.figures import template as figures_template
from sse_course.i18n.languages import LOCALES as PACKAGE_LOCALES
from sse_course.i18n.languages import Language, languages
from sse_course.i18n.numbers import write_number_styles
from sse_course.i18n.runtime import DOMAIN
from sse_course.strict_yaml import DataFileError, read_data_file

BOOK_LOCALES = ROOT / "locales"
PACKAGE = ROOT / "sse_course"
BANK_DIR = PACKAGE / "quizzes"
PO_WIDTH = 76  # sphinx-intl's, so that both kinds of catalogue look the same to a translator

#: The interface's tables of English words (sse_course/i18n/interface.py): where (the first part
#: of each entry's context, ``quiz:check``) and the module attribute holding the table, or a
#: function returning it. A new table of words the course shows is added here.
INTERFACE_TABLES = (
    ("quiz", "sse_course.quiz.strings:english_strings"),
    ("handouts", "sse_course.delivery.handouts.html:english_strings"),
    ("progress", "sse_course.build.progress_pages:WORDS"),
    ("progress-page", "sse_course.build.progress_pages:PAGE_WORDS"),
    ("exercise", "sse_course.exercises.html:WORDS"),
    ("site", "sse_course.build.site_words:WORDS"),
    ("lite", "sse_course.lite.sphinx:WORDS"),
    ("offline-save", "sse_course.light.sphinx:SAVE_WORDS"),
    ("toc", "sse_course.light.pages:TOC_WORDS"),
    ("durations", "sse_course.build.durations:WORDS"),
    ("offline-copy", "sse_course.delivery.offline_copy:WORDS"),
    ("manifest", "sse_course.light.offline:MANIFEST_WORDS"),
    ("lms-export", "sse_course.quiz.export:WORDS"),
    ("workshop", "sse_course.delivery.workshop:WORDS"),
    ("cases", "sse_course.cases:case_words"),
)
#: The interface's words about a number of things (interface.counted_forms): gettext plural
#: entries, each table's key -> (the placeholder that counts, English singular, English plural).
COUNTED_TABLES = (("progress", "sse_course.build.progress_pages:COUNTED"),)
#: How the package's Python marks its words: gettext("…"), pgettext("context", "…"), _("…")
#: (sse_course/i18n/runtime.py), read by Babel's extractor.
KEYWORDS = {"gettext": None, "pgettext": ((1, "c"), 2), "_": None}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def book_templates(out: Path, root: Path = ROOT) -> None:
    """The pages' text as POT files in ``out`` (one per page), from Sphinx's gettext builder."""
    from jupyter_book.sphinx import build_sphinx

    overrides = {
        "latex_individualpages": False,
        "external_toc_path": "_toc.yml",
        "project": "sse-hbw-course",
        "version": "",
        "gettext_compact": False,
        "gettext_uuid": False,
        "gettext_location": False,
        "gettext_last_translator": "",
    }
    status = build_sphinx(
        root,
        out,
        noconfig=True,
        path_config=str(root / "_config.yml"),
        confoverrides=overrides,
        doctreedir=out.parent / ".doctrees-gettext",
        builder="gettext",
        quiet=True,
        warningiserror=True,
    )
    if status != 0:
        raise SystemExit(f"the gettext build of the book failed ({status}): run `make book` to see why")
    add_exercise_titles(out, root)
    add_card_sheet_titles(out, root)


#: ```{exercise-start} Is it part of the SSE?``` : sphinx-exercise keeps a title as an attribute,
#: which Sphinx's gettext builder does not extract, so the pages' templates get them here.
EXERCISE_TITLE = re.compile(r"^[`:]{3,}\{exercise-start\}[ \t]+(?P<title>\S.*?)\s*$", re.M)


def add_exercise_titles(out: Path, root: Path = ROOT) -> None:
    """Each exercise's title, in its page's template (the translated notebooks take it from there,
    and the edition's page shows the translated notebook)."""
    for pot in sorted(out.rglob("*.pot")):
        notebook = root / pot.relative_to(out).with_suffix(".ipynb")
        if not notebook.is_file():
            continue
        cells = nbformat.read(notebook, as_version=4).cells
        titles = [m["title"] for c in cells if c.cell_type == "markdown" for m in EXERCISE_TITLE.finditer(c.source)]
        if not titles:
            continue
        _add_to_template(pot, titles, "The exercise's title.")


def add_card_sheet_titles(out: Path, root: Path = ROOT) -> None:
    """Each printed card sheet's title, in the template of the page that marks it (``% card sheet:
    Sorting cards``, a MyST comment, which Sphinx does not extract): the card sheets in another
    language take their titles from there (sse_course/delivery/handouts/cards.py)."""
    from sse_course.delivery.handouts.cards import sheet_titles

    for pot in sorted(out.rglob("*.pot")):
        page = root / pot.relative_to(out).with_suffix(".md")
        titles = sheet_titles(page.read_text(encoding="utf-8")) if page.is_file() else []
        if not titles:
            continue
        _add_to_template(pot, titles, "The title of a printed card sheet.")


def _add_to_template(pot: Path, words: list[str], comment: str) -> None:
    """``words`` that Sphinx does not extract, added to a page's template with a note for translators."""
    catalog = read_catalog(pot)
    for text in words:
        if text not in catalog:
            catalog.add(text, auto_comments=[comment])
    _write_po(pot, catalog)


#: The theme's own words (search box, "On this page", colour modes...): the theme translates them
#: into some languages; a language it lacks gets a catalogue of them among the pages'.
THEME_LOCALES = Path(pydata_sphinx_theme.__file__).parent / "locale"
THEME_TEMPLATE = THEME_LOCALES / "sphinx.pot"


def theme_lacks(lang: Language) -> bool:
    """Whether pydata-sphinx-theme has no words for ``lang`` (0.17 has none for Portuguese)."""
    return not any(
        (THEME_LOCALES / code / "LC_MESSAGES" / "sphinx.po").is_file() for code in (lang.code, lang.code[:2])
    )


#: Words on every page that no catalogue of the themes or of Sphinx translates: the book theme's
#: sidebar buttons and two navigation landmarks' names (written in English; the course's templates
#: mark them: build/theme_toggles.py), and the links Sphinx puts beside headings, figures,
#: tables and the glossary's terms (Sphinx 7.4 has no Spanish for them).
COURSE_THEME_WORDS = (
    "Toggle primary sidebar",
    "Toggle secondary sidebar",
    "Main",
    "Page",
    "Link to this heading",
    "Link to this image",
    "Link to this table",
    "Link to this code",
    "Link to this definition",
    "Link to this equation",
    "Link to this term",
)


def update_theme_catalogue(lang: Language, locales: Path = BOOK_LOCALES) -> None:
    """``locales/<code>/LC_MESSAGES/sphinx.po``: ``COURSE_THEME_WORDS``, and the theme's template
    for a language it lacks (Sphinx reads a book's own ``sphinx`` catalogue before its own and the
    theme's)."""
    po = locales / lang.code / "LC_MESSAGES" / "sphinx.po"
    template = read_catalog(THEME_TEMPLATE) if theme_lacks(lang) else Catalog(project="sse-hbw-course", charset="utf-8")
    for words in COURSE_THEME_WORDS:
        if words not in template:
            template.add(words, auto_comments=["Shown on every page (a button's or a link's name)."])
    catalog = read_catalog(po) if po.is_file() else Catalog(locale=lang.code, project="sse-hbw-course", charset="utf-8")
    catalog.update(template, update_creation_date=False)  # no new date when nothing changed
    _write_po(po, catalog)


#: The book theme's own words that the pages show, with a note for the translator. The theme
#: translates them (its ``booktheme`` catalogue), but not always well (its Spanish "Download this
#: page" is "Descarga esta pagina"), and a book's ``locale_dirs`` cannot override it (Sphinx
#: keeps the catalogue the theme registers first). So the course has its own
#: ``locales/<code>/LC_MESSAGES/booktheme.po``, which an edition reads before the theme's
#: (i18n/sphinx.py); an entry left empty shows the theme's words.
BOOK_THEME_DOMAIN = "booktheme"
BOOK_THEME_WORDS = {
    "Download this page": "The download menu's name (a tooltip; a screen reader says it).",
    "Download source file": "A download menu's item: the page's Markdown or notebook file.",
    "Download notebook file": "A download menu's item: the page's notebook (.ipynb).",
    "Print to PDF": "A download menu's item.",
    "Fullscreen mode": "A button's tooltip.",
    "Contents": "The heading of the page's list of sections.",
    "By": "In the footer, before the authors' name (the course team).",
}


def update_book_theme_catalogue(lang: Language, locales: Path = BOOK_LOCALES) -> None:
    """``locales/<code>/LC_MESSAGES/booktheme.po``: ``BOOK_THEME_WORDS``."""
    po = locales / lang.code / "LC_MESSAGES" / f"{BOOK_THEME_DOMAIN}.po"
    template = Catalog(project="sse-hbw-course", charset="utf-8")
    for words, note in BOOK_THEME_WORDS.items():
        template.add(words, auto_comments=[note])
    new = Catalog(locale=lang.code, project="sse-hbw-course", charset="utf-8", fuzzy=False)
    catalog = read_catalog(po) if po.is_file() else new
    catalog.update(template, update_creation_date=False)
    _write_po(po, catalog)


def bank_template(path: Path) -> Catalog:
    """One quiz bank's words as a catalogue (each entry's context names its question and field)."""
    data = read_data_file(path, DataFileError)
    catalog = Catalog(project="sse-hbw-course", charset="utf-8")
    for context, text in bank_messages(data):
        catalog.add(text, context=context)
    return catalog


def interface_tables() -> Iterator[tuple[str, str, dict[str, str]]]:
    """(where, the file it is in, key -> English words) for each of ``INTERFACE_TABLES``."""
    for where, target in INTERFACE_TABLES:
        module_name, _, name = target.partition(":")
        module = importlib.import_module(module_name)
        value = getattr(module, name)
        table = value() if callable(value) else value
        # The file the words are written in: a YAML file (the module's ENGLISH), or the module itself.
        path = Path(getattr(module, "ENGLISH", None) or module.__file__ or module_name)
        yield where, path.resolve().relative_to(ROOT).as_posix(), dict(table)


def counted_tables() -> Iterator[tuple[str, str, dict[str, tuple[str, str, str]]]]:
    """(where, the file it is in, key -> (counted placeholder, singular, plural)) for each of
    ``COUNTED_TABLES``."""
    for where, target in COUNTED_TABLES:
        module_name, _, name = target.partition(":")
        module = importlib.import_module(module_name)
        yield where, Path(module.__file__ or module_name).resolve().relative_to(ROOT).as_posix(), getattr(module, name)


def python_messages(package: Path = PACKAGE) -> Iterator[tuple[str | None, str, list[str], str]]:
    """(context, English, translators' comments, file) for every string the package's Python
    marks with ``gettext``, ``pgettext`` or ``_`` (with a literal string: others are not found)."""
    found = extract_from_dir(
        str(package),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
        directory_filter=lambda folder: "__pycache__" not in folder,
    )
    for filename, _lineno, message, comments, context in found:
        if isinstance(message, str) and message:
            yield context, message, list(comments), f"{package.name}/{Path(filename).as_posix()}"


def interface_template() -> Catalog:
    """The ``sse_course`` catalogue: every interface table's words (context ``where:key``) and
    every string the package's Python marks. Each entry says where it comes from, and which
    placeholders the program fills in."""
    catalog = Catalog(project="sse-hbw-course", charset="utf-8")
    for context, english, comments, source in python_messages():
        _add(catalog, english, context, source, comments)
    for where, source, table in interface_tables():
        for key, english in table.items():
            # The same words as a Python gettext("…") (an exercise's feedback, which the page's
            # script says too) are one entry: interface.translated reads that one.
            _add(catalog, english, None if catalog.get(english) else f"{where}:{key}", source)
    for where, source, counted in counted_tables():
        for key, (count, one, other) in counted.items():
            note = f"A form for each number of {{{count}}}, as the Plural-Forms header says."
            catalog.add((one, other), context=f"{where}:{key}", auto_comments=[source, note, *_placeholder_note(one)])
    return catalog


def _add(catalog: Catalog, english: str, context: str | None, source: str, comments: Iterable[str] = ()) -> None:
    existing = catalog.get(english, context=context)
    if existing is None:
        catalog.add(english, context=context, auto_comments=[*comments, source, *_placeholder_note(english)])
    elif source not in existing.auto_comments:
        existing.auto_comments.insert(len(existing.auto_comments) - len(_placeholder_note(english)), source)


def _placeholder_note(english: str) -> list[str]:
    names = list(dict.fromkeys(PLACEHOLDER.findall(english)))
    if not names:
        return []
    return ["Keep " + ", ".join(f"{{{name}}}" for name in names) + " as written: the program fills in each one."]


def package_templates(out: Path) -> None:
    """What the package shows, as POT files in ``out``: a catalogue per quiz bank, and
    ``sse_course.pot`` for the interface and the explorers."""
    (out / "quizzes").mkdir(parents=True, exist_ok=True)
    for path in sorted(BANK_DIR.glob("*.yml")):
        _write_po(out / "quizzes" / f"{path.stem}.pot", bank_template(path))
    _write_po(out / f"{DOMAIN}.pot", interface_template())


def _write_po(path: Path, catalog: Catalog) -> None:
    with path.open("wb") as file:
        write_po(file, catalog, width=PO_WIDTH, omit_header=False)


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def compile_package_catalogues(code: str, locales: Path = PACKAGE_LOCALES) -> list[Path]:
    """Every PO of ``code``'s package catalogues compiled to its .mo, without fuzzy entries
    (which would show an old translation of words that changed)."""
    written = []
    for po in sorted((locales / code / "LC_MESSAGES").rglob("*.po")):
        mo = po.with_suffix(".mo")
        with mo.open("wb") as file:
            write_mo(file, read_catalog(po), use_fuzzy=False)
        written.append(mo)
    return written


@dataclass(frozen=True)
class Progress:
    entries: int
    words: int
    translated: int
    fuzzy: int

    @property
    def untranslated(self) -> int:
        return self.entries - self.translated - self.fuzzy


def progress(pos: Iterable[Path]) -> Progress:
    """How far the translation in these PO files is (the header entry is not counted)."""
    entries = words = translated = fuzzy = 0
    for po in pos:
        for message in read_catalog(po):
            if not message.id:
                continue
            entries += 1
            words += len(str(message.id).split())
            if message.fuzzy:
                fuzzy += 1
            elif message.string:
                translated += 1
    return Progress(entries, words, translated, fuzzy)


def catalogue_files(lang: Language) -> list[Path]:
    """Every PO file of ``lang``: the pages' and the package's."""
    return sorted((BOOK_LOCALES / lang.code / "LC_MESSAGES").rglob("*.po")) + sorted(
        (PACKAGE_LOCALES / lang.code / "LC_MESSAGES").rglob("*.po")
    )


def carry_translations(po: Path, known: Iterable[Catalog]) -> int:
    """Fill the entries of ``po`` that have no translation (or only a fuzzy guess) with the
    translation ``known`` catalogues give the same English: in the same context first, else in
    any context if they give it one translation only. So a translation is not lost when its words
    move, from a table (``exercise:check``) to a Python gettext("…") or back, or when two branches
    each translated part of the catalogue. Returns how many entries it filled."""
    exact: dict[tuple[str | None, str], str] = {}
    anywhere: dict[str, set[str]] = {}
    for catalog in known:
        for message in catalog:
            if message.id and message.string and not message.fuzzy and isinstance(message.id, str):
                exact[(message.context, message.id)] = str(message.string)
                anywhere.setdefault(message.id, set()).add(str(message.string))
    catalog = read_catalog(po)
    filled = 0
    for message in catalog:
        if not message.id or not isinstance(message.id, str) or (message.string and not message.fuzzy):
            continue
        options = anywhere.get(message.id, set())
        found = exact.get((message.context, message.id)) or (next(iter(options)) if len(options) == 1 else None)
        if found:
            message.string = found
            message.flags.discard("fuzzy")
            message.previous_id = []
            filled += 1
    if filled:
        _write_po(po, catalog)
    return filled


def refresh(
    targets: Iterable[Language], book_pages: bool = True, translations_from: Iterable[Path] = ()
) -> dict[str, tuple[Progress, Progress]]:
    """Make every template from the English, update every language's PO files from them, compile
    the package's; (before, after) per language. Without ``book_pages``, only the package's
    catalogues and the figures' (seconds: no build of the book). The interface's catalogue keeps every translation
    whose English is still there (``carry_translations``), also from ``translations_from`` (PO
    files of the same language, e.g. another branch's)."""
    targets = list(targets)
    before = {lang.code: progress(catalogue_files(lang)) for lang in targets}
    interface = {lang.code: PACKAGE_LOCALES / lang.code / "LC_MESSAGES" / f"{DOMAIN}.po" for lang in targets}
    extra = [read_catalog(path) for path in translations_from]
    known = {
        code: [read_catalog(po)] + [c for c in extra if c.locale and str(c.locale) == code]
        for code, po in interface.items()
        if po.is_file()
    }
    with tempfile.TemporaryDirectory(prefix="sse-gettext-") as scratch:
        book, package = Path(scratch) / "book" / "pot", Path(scratch) / "package"
        codes = [lang.code for lang in targets]
        if book_pages:
            book_templates(book)
            sphinx_intl.update(str(BOOK_LOCALES), str(book), codes, line_width=PO_WIDTH, ignore_obsolete=True)
        package_templates(package)
        sphinx_intl.update(str(PACKAGE_LOCALES), str(package), codes, line_width=PO_WIDTH, ignore_obsolete=True)
        # The figures' words: seconds, so also without book_pages (a figure is redrawn more
        # often than a page is written).
        drawn = Path(scratch) / "figures"
        drawn.mkdir()
        _write_po(drawn / f"{FIGURES_DOMAIN}.pot", figures_template())
        # The references' words that are not names or titles (sse_course/build/citations.py).
        _write_po(drawn / f"{citations.DOMAIN}.pot", citations.template())
        sphinx_intl.update(str(BOOK_LOCALES), str(drawn), codes, line_width=PO_WIDTH, ignore_obsolete=True)
        for code, catalogs in known.items():
            carry_translations(interface[code], catalogs)
    # Each language's marks for numbers and money, from Babel (a kernel reads numbers.json).
    write_number_styles()
    for lang in targets:
        if book_pages:
            update_theme_catalogue(lang)
            update_book_theme_catalogue(lang)
        compile_package_catalogues(lang.code)
    return {lang.code: (before[lang.code], progress(catalogue_files(lang))) for lang in targets}


def report(changes: dict[str, tuple[Progress, Progress]]) -> str:
    """A line per language: entries and words, translated, fuzzy (English changed) and new."""
    lines = [
        f"{'language':10} {'entries':>8} {'words':>7} {'translated':>11} {'fuzzy':>6} {'to do':>6}  since last run"
    ]
    for code, (old, new) in changes.items():
        lines.append(
            f"{code:10} {new.entries:8} {new.words:7} {new.translated:11} {new.fuzzy:6} {new.untranslated:6}"
            f"  {new.entries - old.entries:+d} entries, {new.fuzzy - old.fuzzy:+d} fuzzy"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="codes to refresh (default: every language but English)")
    parser.add_argument(
        "--package-only",
        action="store_true",
        help="only the package's catalogues (interface, explorers, quiz banks) and the figures', not the book's pages",
    )
    parser.add_argument(
        "--translations-from",
        nargs="+",
        type=Path,
        default=[],
        metavar="PO",
        help="sse_course.po files whose translations to keep as well (each for its Language header's language), "
        "e.g. another branch's after a merge",
    )
    options = parser.parse_args(argv)
    chosen = [
        lang for lang in languages() if not lang.is_source and (not options.languages or lang.code in options.languages)
    ]
    print(report(refresh(chosen, book_pages=not options.package_only, translations_from=options.translations_from)))


if __name__ == "__main__":
    main()
