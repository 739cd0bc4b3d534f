"""The learner edition: the same book with every exercise's solution left out, for courses where
learners should try the exercises before they see the answers.

The "For trainers" part is left out (its facilitator notes answer the discussion questions), and
the exercise pages are built from their learner versions (devtools/learner.py), keeping the
numbered exercise directives so that the chapters' links still work. sphinx-exercise's own
``hide_solutions`` is set too, but it is not enough alone: in version 1.2.1 it drops only the
``solution-start`` directive, so the build fails on the orphan ``solution-end`` and the answer
cells between them would stay on the page.

In another language the learner edition starts from that language's edition source
(sse_course/i18n/editions.py: the English Markdown, which Sphinx translates from the pages'
catalogues, and the translated notebooks), and is built into ``_build/html/<tag>/`` of the
learner edition, as the full site has its editions. A paragraph that links a trainers' page is
changed here, so it is translated here first (from the same catalogue), and the words that
replace the link are the package's, in the language (context ``learner-edition``).

    python -m sse_course.devtools.editions     # or: make learner-edition: English and every
                                               # language make book builds
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path

import nbformat
import yaml

from sse_course.book.toc import NOT_SOURCES, ROOT, read_toc, write_toc
from sse_course.build.command import build_book
from sse_course.build.side_by_side import run_side_by_side
from sse_course.devtools.learner import learner_notebook
from sse_course.i18n.languages import Language, translated_languages
from sse_course.i18n.markdown import Catalogue, translate_markdown
from sse_course.i18n.runtime import pgettext

SOURCE = Path("_build") / "learner-edition-source"
OUTPUT = Path("_build") / "learner-edition"
# Where each other language's learner edition is built (its own execution cache), before it is
# copied into the English one's html/<tag>/.
EDITIONS_OUTPUT = OUTPUT / "editions"
TRAINERS_PART = "For trainers"
_TRAINERS_LINK = re.compile(r"\{doc\}`(?:(?P<text>[^`<]*?)\s*<)?[./]*(?:book/)?trainers/[^`>]*>?`")
_REF = re.compile(r"\{ref\}`(?:(?P<text>[^`<]*?)\s*<)?(?P<label>[\w-]+)>?`")
# A label and the heading it names: "(card-x)=" then "## Title".
_LABELLED_HEADING = re.compile(r"^\((?P<label>[\w-]+)\)=\s*\n#+\s+(?P<title>.+)$", re.M)
SKIP = shutil.ignore_patterns(*NOT_SOURCES, "learner")


def prepare_source(root: Path = ROOT, lang: Language | None = None) -> Path:
    """A copy of the book's sources (in ``lang``: of its edition's) with learner versions of the
    exercise pages and no trainers' pages."""
    if lang is None:
        source = root / SOURCE
        shutil.rmtree(source, ignore_errors=True)
        shutil.copytree(root, source, ignore=SKIP)
    else:
        from sse_course.i18n.editions import prepare_source as edition_source

        source = root / f"{SOURCE}-{lang.tag}"
        shutil.rmtree(source, ignore_errors=True)
        shutil.copytree(edition_source(lang, root), source)
        # The Jupyter learner versions (copied in for the edition's downloads) are no pages of it.
        shutil.rmtree(source / "exercises" / "learner", ignore_errors=True)
    code = lang.code if lang is not None else "en"
    for path in sorted((source / "exercises").glob("*.ipynb")):
        notebook = learner_notebook(nbformat.read(path, as_version=4), path.name, for_book=True)
        nbformat.write(notebook, path)
    # The trainers' section holds the answer guides to the discussion questions: not for learners.
    # An edition's captions are translated: the part is found by its place in the English table.
    english_captions = [part["caption"] for part in read_toc(root)["parts"]]
    toc = read_toc(source)
    toc["parts"] = [
        part for part, caption in zip(toc["parts"], english_captions, strict=True) if caption != TRAINERS_PART
    ]
    write_toc(toc, source)
    trainers_labels = {
        m["label"]: _translated(root, f"book/trainers/{page.stem}", lang, m["title"].strip())
        for page in (root / "book" / "trainers").glob("*.md")
        for m in _LABELLED_HEADING.finditer(page.read_text(encoding="utf-8"))
    }
    shutil.rmtree(source / "book" / "trainers")
    section = pgettext("learner-edition", "the trainers' section of the full edition", code)
    activity = pgettext("learner-edition", 'The activity "{title}" in the trainers\' section of the full edition', code)

    def ref_as_words(m: re.Match) -> str:
        if m["label"] not in trainers_labels:
            return m.group(0)
        return m["text"] or activity.format(title=trainers_labels[m["label"]])

    for page in (source / "book").glob("*.md"):  # links to the trainers' pages become plain words
        text = page.read_text(encoding="utf-8")
        if lang is not None:
            text = _links_translated(text, _catalogue(root, f"book/{page.stem}", lang), trainers_labels)
        text = _TRAINERS_LINK.sub(lambda m: m["text"] or section, text)
        page.write_text(_REF.sub(ref_as_words, text), encoding="utf-8")
    config = yaml.safe_load((source / "_config.yml").read_text(encoding="utf-8"))
    config["sphinx"]["config"]["hide_solutions"] = True
    config["title"] = pgettext("learner-edition", "{title} (learner edition)", code).format(title=config["title"])
    (source / "_config.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return source


def _catalogue(root: Path, page: str, lang: Language) -> Catalogue:
    return Catalogue.read(root / "locales" / lang.code / "LC_MESSAGES" / f"{page}.po")


def _translated(root: Path, page: str, lang: Language | None, english: str) -> str:
    return english if lang is None else _catalogue(root, page, lang).translate(english) or english


def _links_translated(text: str, catalogue: Catalogue, trainers_labels: dict[str, str]) -> str:
    """The blocks of a page that link a trainers' page, in the page's catalogue's language: the
    link is changed into words below, and Sphinx would no longer find the changed English in the
    catalogue. The other blocks stay English, for Sphinx to translate as in the full edition."""

    def links_trainers(english: str) -> bool:
        refs = (m["label"] in trainers_labels for m in _REF.finditer(english))
        return bool(_TRAINERS_LINK.search(english)) or any(refs)

    return translate_markdown(text, lambda english: catalogue.translate(english) if links_trainers(english) else None)


def build_learner_edition(
    root: Path = ROOT, lang: Language | None = None, environment: dict | None = None
) -> subprocess.CompletedProcess:
    """Build into ``root/_build/learner-edition/_build/html`` (``lang``: into its ``<tag>/``
    folder) with warnings as errors."""
    source = prepare_source(root, lang)
    if lang is None:
        return build_book(source, "--path-output", str(root / OUTPUT), environment=environment)
    output = root / EDITIONS_OUTPUT / lang.tag
    result = build_book(source, "--path-output", str(output), environment=environment)
    if result.returncode == 0:
        target = html_dir(root) / lang.tag
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(output / "_build" / "html", target)
    return result


def build_learner_editions(root: Path = ROOT, include_drafts: bool | None = None) -> list[subprocess.CompletedProcess]:
    """The English learner edition, then one in each language ``make book`` builds (drafts if
    ``include_drafts`` or named in SSE_COURSE_DRAFT_LANGUAGES), side by side, each with the
    language menu of the others. The English one first: each language's is copied into its html/."""
    from sse_course.i18n.sphinx import EDITIONS_VARIABLE

    editions = translated_languages(include_drafts)
    environment = {EDITIONS_VARIABLE: ",".join(lang.code for lang in editions)}
    english = build_learner_edition(root, environment=environment)
    if english.returncode != 0:
        return [english]
    return [english, *run_side_by_side([partial(build_learner_edition, root, lang, environment) for lang in editions])]


def html_dir(root: Path = ROOT) -> Path:
    return root / OUTPUT / "_build" / "html"


if __name__ == "__main__":
    for result in build_learner_editions():
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        if result.returncode != 0:
            sys.exit(result.returncode)
    print(f"The learner edition is built. Open file://{html_dir() / 'index.html'}")
