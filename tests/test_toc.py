"""Nothing is lost between the files and the book: every page is in _toc.yml, every entry of
_toc.yml exists, and every figure and quiz bank is used by a page."""

from __future__ import annotations

from sse_course.book.chapters import read_chapter
from sse_course.book.toc import ROOT, page_file, toc_pages
from sse_course.i18n.markdown import is_translation

PAGE_FOLDERS = ("book", "notebooks", "exercises")
PAGES = toc_pages()


def page_files():
    for folder in PAGE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            # exercises/learner/ holds generated copies of exercise pages for learners, not pages.
            if (
                path.suffix in {".md", ".ipynb"}
                and path.name != "README.md"
                and not {".ipynb_checkpoints", "learner"} & set(path.relative_to(ROOT).parts)
                and not is_translation(path)  # atemdo.pt-BR.ipynb: a page of the edition in its language
            ):
                yield path


def pages():
    return [read_chapter(page_file(ROOT, p)) for p in PAGES]


def test_every_toc_entry_exists():
    missing = [p for p in PAGES if not page_file(ROOT, p).exists()]
    assert not missing, f"_toc.yml lists pages that do not exist: {missing}"


def test_every_page_file_is_in_the_toc():
    orphans = [str(p.relative_to(ROOT)) for p in page_files() if str(p.relative_to(ROOT).with_suffix("")) not in PAGES]
    assert not orphans, f"pages missing from _toc.yml (they would not be built): {orphans}"


def test_every_figure_is_used_by_a_page():
    sources = "\n".join(page.source for page in pages())
    figures = [p for folder in PAGE_FOLDERS for p in (ROOT / folder).rglob("figures/*") if p.is_file()]
    unused = [str(p.relative_to(ROOT)) for p in figures if f"figures/{p.name}" not in sources]
    assert not unused, f"figures no page shows: {unused}"


def test_every_quiz_bank_is_used_by_a_page():
    used = {bank for page in pages() for bank in page.quizzes()}
    banks = {p.stem for p in (ROOT / "sse_course" / "quizzes").glob("*.yml")}
    assert not banks - used, f"quiz banks no page shows: {sorted(banks - used)}"
