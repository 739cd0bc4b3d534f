"""``make translations``: every catalogue refreshed from the English, and what changed, by language.

Two kinds of catalogue, both gettext PO files a translator opens in Poedit or Weblate:

- ``locales/<code>/LC_MESSAGES/``: the pages of the book, notebooks included, one PO per page
  (Sphinx's gettext builder, then sphinx-intl). The book's build reads them.
- ``sse_course/locales/<code>/LC_MESSAGES/``: what the package itself shows, in a kernel too:
  ``quizzes/<bank>.po`` for each quiz bank, ``sse_course.po`` for the interface and the
  explorers. They are compiled to ``.mo`` files next to them (Python's gettext reads those), which
  are committed, so that a kernel installed from the repository speaks every language.

Entries whose English changed come back fuzzy (sphinx-intl and Babel keep the old translation as
a suggestion); a released language must have none (tests/test_translations.py).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from sphinx_intl import basic as sphinx_intl

from sse_course.book.toc import ROOT
from sse_course.i18n.banks import bank_messages
from sse_course.i18n.languages import LOCALES as PACKAGE_LOCALES
from sse_course.i18n.languages import Language, languages
from sse_course.strict_yaml import DataFileError, read_data_file

BOOK_LOCALES = ROOT / "locales"
BANK_DIR = ROOT / "sse_course" / "quizzes"
PO_WIDTH = 76  # sphinx-intl's, so that both kinds of catalogue look the same to a translator


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


def bank_template(path: Path) -> Catalog:
    """One quiz bank's words as a catalogue (each entry's context names its question and field)."""
    data = read_data_file(path, DataFileError)
    catalog = Catalog(project="sse-hbw-course", charset="utf-8")
    for context, text in bank_messages(data):
        catalog.add(text, context=context)
    return catalog


def package_templates(out: Path) -> None:
    """What the package shows, as POT files in ``out``: a catalogue per quiz bank."""
    (out / "quizzes").mkdir(parents=True, exist_ok=True)
    for path in sorted(BANK_DIR.glob("*.yml")):
        _write_po(out / "quizzes" / f"{path.stem}.pot", bank_template(path))


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


def refresh(targets: Iterable[Language]) -> dict[str, tuple[Progress, Progress]]:
    """Make every template from the English, update every language's PO files from them, compile
    the package's; (before, after) per language."""
    targets = list(targets)
    before = {lang.code: progress(catalogue_files(lang)) for lang in targets}
    with tempfile.TemporaryDirectory(prefix="sse-gettext-") as scratch:
        book, package = Path(scratch) / "book" / "pot", Path(scratch) / "package"
        book_templates(book)
        package_templates(package)
        codes = [lang.code for lang in targets]
        sphinx_intl.update(str(BOOK_LOCALES), str(book), codes, line_width=PO_WIDTH, ignore_obsolete=True)
        sphinx_intl.update(str(PACKAGE_LOCALES), str(package), codes, line_width=PO_WIDTH, ignore_obsolete=True)
    for code in codes:
        compile_package_catalogues(code)
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
    options = parser.parse_args(argv)
    chosen = [
        lang for lang in languages() if not lang.is_source and (not options.languages or lang.code in options.languages)
    ]
    print(report(refresh(chosen)))


if __name__ == "__main__":
    main()
