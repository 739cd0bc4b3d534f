"""The course's editions in other languages, built after the English one into ``_build/html/<tag>/``.

An edition is the English book's sources with the language's notebooks in place of the English
ones (``notebooks/atemdo.pt-BR.ipynb`` as ``notebooks/atemdo.ipynb``, so every page keeps its
address and the language menu can open the same page in another language) and its figures
drawn with the language's words (``book/figures/*.svg``, :mod:`sse_course.i18n.figures`), built by Sphinx with
``language`` set and the pages' catalogues in ``locales/``. Its explorers and quizzes speak the
language because the notebooks' setup cells and the build pass it on. It reuses the English
book's in-browser notebooks (``lite/``, which holds every language's notebooks) instead of
building its own.

    python -m sse_course.i18n.editions            # English and the released languages (= make book)
    SSE_COURSE_DRAFT_LANGUAGES=fr python -m ...   # and a draft, to try it
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path

import yaml

from sse_course.book.toc import NOT_SOURCES, ROOT, read_toc, write_toc
from sse_course.build.command import build_book
from sse_course.build.side_by_side import cores, run_side_by_side
from sse_course.i18n.figures import write_translated_figures
from sse_course.i18n.languages import Language, translated_languages
from sse_course.i18n.markdown import SOURCES, Catalogue, english_notebooks, is_translation, translated_path
from sse_course.i18n.runtime import pgettext

EDITIONS = Path("_build") / "editions"
HTML = Path("_build") / "html"
_SKIP = NOT_SOURCES | {"locales", "tests", ".mypy_cache", ".ruff_cache"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in _SKIP or (n.endswith(".ipynb") and is_translation(Path(n)))}


def english_root(source: Path) -> Path:
    """The English book's root for a book's sources: itself, or for an edition's sources
    (``<root>/_build/editions/<tag>/source``, :func:`prepare_source`) the root they were copied from."""
    source = source.resolve()
    if source.name == "source" and source.parent.parent.name == EDITIONS.name and source.parents[2].name == "_build":
        return source.parents[3]
    return source


def prepare_source(lang: Language, root: Path = ROOT) -> Path:
    """The sources of ``lang``'s edition, in ``_build/editions/<tag>/source``."""
    source = root / EDITIONS / lang.tag / "source"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(root, source, ignore=_ignore)
    for folder in (*SOURCES, "exercises/learner"):
        for english in english_notebooks(root / folder):
            translated = translated_path(english, lang)
            if not translated.is_file():
                raise SystemExit(f"{translated.relative_to(root)} is missing: run `make translations`")
            shutil.copyfile(translated, source / folder / english.name)
    _translate_toc_captions(source, lang, root)
    # The words drawn inside the figures, from locales/<code>/LC_MESSAGES/figures.po.
    write_translated_figures(source, lang.code, root)
    config = yaml.safe_load((source / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = lang.title or config["title"]
    # The footer's "By ...": the team's name in the language, as the translation notice names it.
    config["author"] = pgettext("book", "The SSE course team", lang.code)
    sphinx = config["sphinx"]["config"]
    sphinx.update(
        {
            "language": lang.code,
            "locale_dirs": [str(root / "locales")],
            "gettext_compact": False,
            # Translators write the language's own quotation marks and apostrophes (« », ’);
            # docutils' smart quotes would turn l'{term}`...` into l"...
            "smartquotes": False,
            # The edition's pages link the English book's in-browser notebooks (built once).
            "sse_lite_build": False,
        }
    )
    (source / "_config.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return source


def _translate_toc_captions(source: Path, lang: Language, root: Path) -> None:
    """The parts' captions in the sidebar. Sphinx extracts them with the root page's text, but
    sphinx-external-toc adds them after Sphinx has translated the page, so they are put in the
    edition's _toc.yml from the root page's catalogue here."""
    toc = read_toc(source)
    catalogue = Catalogue.read(root / "locales" / lang.code / "LC_MESSAGES" / f"{toc['root']}.po")
    for part in toc.get("parts", []):
        part["caption"] = catalogue.translate(part["caption"]) or part["caption"]
    write_toc(toc, source)


def build_edition(
    lang: Language, root: Path = ROOT, capture: bool = True, environment: dict | None = None
) -> subprocess.CompletedProcess:
    """Build ``lang``'s edition with warnings as errors and put it in ``_build/html/<tag>/``."""
    source = prepare_source(lang, root)
    output = str(root / EDITIONS / lang.tag)
    result = build_book(source, "--path-output", output, capture=capture, environment=environment)
    if result.returncode == 0:
        target = root / HTML / lang.tag
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(root / EDITIONS / lang.tag / "_build" / "html", target)
    return result


def build_editions(
    root: Path = ROOT, include_drafts: bool | None = None, capture: bool = True, environment: dict | None = None
) -> list[subprocess.CompletedProcess]:
    """Every edition to build (the released languages, and drafts if asked), side by side, one
    per core (sse_course/build/side_by_side.py); without ``capture``, each edition's output is
    printed whole when it ends."""
    languages = translated_languages(include_drafts)
    if not capture and languages:
        print(
            f"Building the editions in {', '.join(lang.tag for lang in languages)}, {cores()} at a time...", flush=True
        )
    builds = [partial(build_edition, lang, root, True, environment) for lang in languages]
    return run_side_by_side(builds, show_output=not capture)


if __name__ == "__main__":
    from sse_course.build.command import build_course

    sys.exit(build_course(capture=False).returncode)
