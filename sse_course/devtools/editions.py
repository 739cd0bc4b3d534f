"""The learner edition: the same book with every exercise's solution left out, for courses where
learners should try the exercises before they see the answers.

The "For trainers" part is left out (its facilitator notes answer the discussion questions), and
the exercise pages are built from their learner versions (devtools/learner.py), keeping the
numbered exercise directives so that the chapters' links still work. sphinx-exercise's own
``hide_solutions`` is set too, but it is not enough alone: in version 1.2.1 it drops only the
``solution-start`` directive, so the build fails on the orphan ``solution-end`` and the answer
cells between them would stay on the page.

    python -m sse_course.devtools.editions     # or: make learner-edition
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import yaml

from sse_course.book.toc import ROOT, read_toc, write_toc
from sse_course.build.command import build_book
from sse_course.devtools.learner import learner_notebook

SOURCE = Path("_build") / "learner-edition-source"
OUTPUT = Path("_build") / "learner-edition"
TRAINERS_PART = "For trainers"
_TRAINERS_LINK = re.compile(r"\{doc\}`(?:(?P<text>[^`<]*?)\s*<)?[./]*(?:book/)?trainers/[^`>]*>?`")
_REF = re.compile(r"\{ref\}`(?:(?P<text>[^`<]*?)\s*<)?(?P<label>[\w-]+)>?`")
# A label and the heading it names: "(card-x)=" then "## Title".
_LABELLED_HEADING = re.compile(r"^\((?P<label>[\w-]+)\)=\s*\n#+\s+(?P<title>.+)$", re.M)
SKIP = shutil.ignore_patterns(
    "_build",
    ".venv",
    ".git",
    "node_modules",
    ".pytest_cache",
    ".hypothesis",
    "reports",
    ".ipynb_checkpoints",
    "learner",
)


def prepare_source(root: Path = ROOT) -> Path:
    """A copy of the book's sources with learner versions of the exercise pages."""
    source = root / SOURCE
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(root, source, ignore=SKIP)
    for path in sorted((source / "exercises").glob("*.ipynb")):
        notebook = learner_notebook(nbformat.read(path, as_version=4), path.name, for_book=True)
        nbformat.write(notebook, path)
    # The trainers' section holds the answer guides to the discussion questions: not for learners.
    toc = read_toc(source)
    toc["parts"] = [part for part in toc["parts"] if part["caption"] != TRAINERS_PART]
    write_toc(toc, source)
    trainers_labels = {
        m["label"]: m["title"].strip()
        for page in (source / "book" / "trainers").glob("*.md")
        for m in _LABELLED_HEADING.finditer(page.read_text(encoding="utf-8"))
    }
    shutil.rmtree(source / "book" / "trainers")

    def ref_as_words(m: re.Match) -> str:
        if m["label"] not in trainers_labels:
            return m.group(0)
        return (
            m["text"] or f'The activity "{trainers_labels[m["label"]]}" in the trainers\' section of the full edition'
        )

    for page in (source / "book").glob("*.md"):  # links to the trainers' pages become plain words
        text = page.read_text(encoding="utf-8")
        text = _TRAINERS_LINK.sub(lambda m: m["text"] or "the trainers' section of the full edition", text)
        page.write_text(_REF.sub(ref_as_words, text), encoding="utf-8")
    config = yaml.safe_load((source / "_config.yml").read_text(encoding="utf-8"))
    config["sphinx"]["config"]["hide_solutions"] = True
    config["title"] = f"{config['title']} (learner edition)"
    (source / "_config.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return source


def build_learner_edition(root: Path = ROOT) -> subprocess.CompletedProcess:
    """Build into ``root/_build/learner-edition/_build/html`` with warnings as errors."""
    source = prepare_source(root)
    return build_book(source, "--path-output", str(root / OUTPUT))


def html_dir(root: Path = ROOT) -> Path:
    return root / OUTPUT / "_build" / "html"


if __name__ == "__main__":
    result = build_learner_edition()
    print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
    if result.returncode == 0:
        print(f"The learner edition is built. Open file://{html_dir() / 'index.html'}")
    sys.exit(result.returncode)
