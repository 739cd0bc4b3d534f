"""The command line: ``python -m sse_course.delivery.handouts [--html-dir DIR] [OUTDIR]``
(``--no-book`` for the handouts only, with no built book needed)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sse_course.book.toc import ROOT
from sse_course.delivery.chromium import serve

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
    args = parser.parse_args(argv)
    root = args.root.resolve()
    outdir = args.outdir or root / DEFAULT_OUTDIR
    html_dir = args.html_dir or root / DEFAULT_HTML_DIR
    if not args.no_book and not (html_dir / "index.html").is_file():
        print(
            f"No built book in {html_dir}. Build it first (make book), pass --html-dir, "
            "or use --no-book for the handouts only.",
            file=sys.stderr,
        )
        return 1
    try:
        check_pdf_names(handout_sources(root))
    except ValueError as clash:
        print(clash, file=sys.stderr)
        return 1
    started = time.perf_counter()
    with chromium() as context:
        written = make_handouts(outdir, root, context=context)
        for path in written:
            print(f"{path}  {_size(path)}")
        print(f"{len(written)} handouts and answer keys in {time.perf_counter() - started:.1f} s")
        if not args.no_book:
            started = time.perf_counter()
            if args.serve:
                with serve(html_dir) as base:
                    result = book_pdf(html_dir, outdir / BOOK_PDF, root, base_url=base, context=context)
            else:
                result = book_pdf(html_dir, outdir / BOOK_PDF, root, context=context)
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
    return 0
