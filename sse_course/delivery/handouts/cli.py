"""The command line: ``python -m sse_course.delivery.handouts [--html-dir DIR] [OUTDIR]``
(``--no-book`` for the handouts only, with no built book needed).

Every language the book is built in, in one run: English in ``OUTDIR``, each other edition in
``OUTDIR/<tag>/`` (``_build/handouts/pt-BR/``), its whole-book PDF from ``DIR/<tag>/``. The
languages are those ``make book`` builds (the released ones, and the drafts named in
``SSE_COURSE_DRAFT_LANGUAGES``); ``--language fr`` makes one language alone."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sse_course.book.toc import ROOT
from sse_course.delivery.chromium import serve
from sse_course.i18n.languages import DRAFTS_VARIABLE, Language, language, translated_languages

from .book_pdf import book_pdf
from .printing import chromium, make_handouts
from .sources import BOOK_PDF, check_pdf_names, handout_sources

DEFAULT_OUTDIR = Path("_build") / "handouts"
DEFAULT_HTML_DIR = Path("_build") / "html"


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sse_course.delivery.handouts",
        description="Printable handouts, answer keys and the whole book as one PDF.",
    )
    parser.add_argument(
        "outdir", nargs="?", type=Path, default=None, help=f"where to write the PDFs (default: {DEFAULT_OUTDIR})"
    )
    parser.add_argument(
        "--html-dir", type=Path, default=None, help=f"the built book, for {BOOK_PDF} (default: {DEFAULT_HTML_DIR})"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the course's folder (default: this checkout)")
    parser.add_argument("--no-book", action="store_true", help=f"make the handouts only, not {BOOK_PDF}")
    parser.add_argument(
        "--serve", action="store_true", help="open the built book from a local web server instead of file:// URLs"
    )
    parser.add_argument(
        "--language",
        action="append",
        default=None,
        help="make this language only (a code such as fr; may be repeated; default: every language the book is built in)",
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    outdir = args.outdir or root / DEFAULT_OUTDIR
    html_dir = args.html_dir or root / DEFAULT_HTML_DIR
    try:
        editions = [language(code) for code in args.language] if args.language else list(built_languages())
    except ValueError as unknown:
        print(unknown, file=sys.stderr)
        return 1
    for lang in editions:
        edition = edition_folder(html_dir, lang)
        if not args.no_book and not (edition / "index.html").is_file():
            how = (
                "make book" if lang.status != "draft" else f"{DRAFTS_VARIABLE}={lang.code} make book, as it is a draft"
            )
            print(
                f"No built book in {edition}. Build it first ({how}), pass --html-dir, "
                "or use --no-book for the handouts only.",
                file=sys.stderr,
            )
            return 1
    try:
        check_pdf_names(handout_sources(root))
    except ValueError as clash:
        print(clash, file=sys.stderr)
        return 1
    with chromium() as context:
        for lang in editions:
            _edition(context, args, root, edition_folder(outdir, lang), edition_folder(html_dir, lang), lang)
    return 0


def built_languages() -> tuple[Language, ...]:
    """English and every edition ``make book`` builds."""
    return (language("en"), *translated_languages())


def edition_folder(folder: Path, lang: Language) -> Path:
    """Where an edition's files are: English in ``folder``, another language in ``folder/<tag>``."""
    return folder if lang.is_source else folder / lang.tag


def _edition(context, args: argparse.Namespace, root: Path, outdir: Path, html_dir: Path, lang: Language) -> None:
    """One language's handouts, answer keys, card sheets and whole-book PDF."""
    started = time.perf_counter()
    written = make_handouts(outdir, root, context=context, language=lang.code)
    for path in written:
        print(f"{path}  {_size(path)}")
    print(f"{len(written)} handouts and answer keys ({lang.name}) in {time.perf_counter() - started:.1f} s")
    if not args.no_book:
        started = time.perf_counter()
        if args.serve:
            with serve(html_dir) as base:
                result = book_pdf(html_dir, outdir / BOOK_PDF, root, base_url=base, context=context, language=lang.code)
        else:
            result = book_pdf(html_dir, outdir / BOOK_PDF, root, context=context, language=lang.code)
        print(
            f"{result.path}  {_size(result.path)}  ({len(result.titles)} pages of the book, "
            f"one bookmark each) in {time.perf_counter() - started:.1f} s"
        )
        if result.refused:
            print(
                "Refused requests to other hosts (the book should make none):",
                *result.refused,
                sep="\n  ",
                file=sys.stderr,
            )
