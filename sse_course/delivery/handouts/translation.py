"""The sources a handout reads, in another language, from the same catalogues the book's build
translates (``locales/<code>/LC_MESSAGES/<page>.po``): never a second copy of the text.

- a chapter (``book/x.md``): its MyST with every block its catalogue translates in the language
  (``translate_markdown``, as the translated notebooks are made);
- a case study or an exercise (``.ipynb``): its generated translation beside it
  (``notebooks/atemdo.pt-BR.ipynb``, made from the same catalogues);
- a bare ``{doc}`target``` link is given the target page's translated title as its text, as
  Sphinx shows it in the edition (the handouts would otherwise print the English title).

English (``None`` or ``"en"``) reads the sources as they are.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from sse_course.book import myst
from sse_course.book.chapters import Chapter, read_chapter
from sse_course.book.toc import ROOT, page_file
from sse_course.i18n.languages import Language, language
from sse_course.i18n.markdown import Catalogue, translate_markdown, translated_path

_BARE_DOC = re.compile(r"\{doc\}`(?P<target>[^`<>]+)`")


def edition_language(code: str | None) -> Language | None:
    """The language of a translated edition, or None for English (the sources as they are)."""
    if code is None:
        return None
    found = language(code)
    return None if found.is_source else found


def page_name(path: Path, root: Path = ROOT) -> str:
    """``book/what-is-sse`` for ``root/book/what-is-sse.md``."""
    return path.resolve().relative_to(root.resolve()).with_suffix("").as_posix()


@functools.cache
def page_catalogue(root: Path, page: str, code: str) -> Catalogue:
    """The translations of ``page`` (``book/what-is-sse``) in ``code`` (empty if it has none)."""
    return Catalogue.read(root / "locales" / code / "LC_MESSAGES" / f"{page}.po")


def translate(root: Path, page: str, code: str | None, english: str) -> str:
    """``english`` (a block of ``page``) in ``code`` as its catalogue has it; English if none."""
    lang = edition_language(code)
    if lang is None:
        return english
    return page_catalogue(root, page, lang.code).translate(english) or english


def read_page(path: Path, root: Path = ROOT, code: str | None = None) -> Chapter:
    """The page at ``path`` (its English source) as a :class:`Chapter` in ``code``; its ``path``
    stays the English file's, so that figures and links are found from its folder."""
    lang = edition_language(code)
    if lang is None:
        return read_chapter(path)
    chapter = _translated_chapter(path, root, lang)
    chapter.source = _titled_doc_links(chapter.source, path.parent, root, lang)
    return chapter


def _translated_chapter(path: Path, root: Path, lang: Language) -> Chapter:
    if path.suffix == ".ipynb":
        translated = translated_path(path, lang)
        if not translated.is_file():
            raise FileNotFoundError(f"{translated} is missing: run `make translations`")
        chapter = read_chapter(translated)
        chapter.path = path
        return chapter
    chapter = read_chapter(path)
    chapter.source = translate_markdown(
        chapter.source, page_catalogue(root, page_name(path, root), lang.code).translate
    )
    return chapter


def _titled_doc_links(source: str, page_dir: Path, root: Path, lang: Language) -> str:
    def titled(match: re.Match) -> str:
        target = (page_dir / match["target"].strip()).resolve()
        if (
            not target.is_relative_to(root.resolve())
            or not (target_file := page_file(root, page_name(target, root))).is_file()
        ):
            return match.group(0)
        title = myst.title(_translated_chapter(target_file, root, lang).source)
        return f"{{doc}}`{myst.plain_inline(title)} <{match['target']}>`" if title else match.group(0)

    return _BARE_DOC.sub(titled, source)
