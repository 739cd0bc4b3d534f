"""Every page of the built book is valid HTML: the W3C Nu HTML validator (npm vnu-jar, run with
the system's Java) finds no error on any of them."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document

from sse_course.build.html_validity import redirect_page, unique_exercise_ids

from .conftest import ROOT, toc_pages

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def validate(paths) -> list[str]:
    """The validator's errors for ``paths``, one line each (one Java start for all of them)."""
    java = shutil.which("java")
    assert java, "The HTML validator needs Java: run .ci/install-system-deps (or apt-get install default-jre-headless)"
    assert VNU.is_file(), "The HTML validator is missing: run `make check` (npm ci installs vnu-jar)"
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout", *map(str, paths)],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stdout)["messages"]
    assert result.returncode == (1 if messages else 0), result.stderr
    return [f"{m['url'].removeprefix('file:')}:{m.get('lastLine', '?')}: {m['message']}" for m in messages]


@pytest.mark.build
def test_every_built_page_is_valid_html(built_book):
    # The book's pages. Not lite/: JupyterLite's own app pages (sse_course/lite), which we do not
    # write; tests/test_lite.py checks them as a learner uses them.
    pages = sorted(
        p for p in built_book.rglob("*.html") if not {"_static", "lite"} & set(p.relative_to(built_book).parts)
    )
    assert len(pages) > len(toc_pages()), "fewer pages than the table of contents lists"
    errors = validate(pages)
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors)


def exercise_page(*parents: tuple[str, str]) -> nodes.document:
    """A page with one exercise or solution per (parent id, body id), as sphinx-exercise makes them."""
    document = new_document("page", get_default_settings(Parser))
    for parent_id, body_id in parents:
        box = nodes.container(ids=[parent_id] if parent_id else [])
        box += nodes.section(ids=[body_id])
        document += box
    return document


def section_ids(document: nodes.document) -> list[str]:
    return [id_ for section in document.findall(nodes.section) for id_ in section["ids"]]


def test_each_exercise_and_solution_body_gets_an_id_of_its_own():
    page = exercise_page(
        ("ex-a", "exercise-content"),
        ("ex-a-solution", "solution-content"),
        ("ex-b", "exercise-content"),
        ("ex-b-solution", "solution-content"),
    )
    unique_exercise_ids(None, page, "page")
    assert section_ids(page) == ["ex-a-content", "ex-a-solution-content", "ex-b-content", "ex-b-solution-content"]


def test_bodies_whose_parent_has_no_id_are_numbered_and_other_ids_are_kept():
    page = exercise_page(("", "exercise-content"), ("", "exercise-content"), ("intro", "a-heading"))
    unique_exercise_ids(None, page, "page")
    assert section_ids(page) == ["exercise-content", "exercise-content-2", "a-heading"]


def test_the_redirect_page_escapes_its_title_and_goes_to_the_first_page():
    page = redirect_page("book/welcome.html", 'Solidarity & "care"', "en")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert '<meta http-equiv="refresh" content="0; url=book/welcome.html">' in page
    assert "<title>Solidarity &amp; &quot;care&quot;</title>" in page


def test_an_editions_redirect_page_names_its_language_by_its_bcp47_tag():
    # Sphinx's pt_BR is not a valid lang value (the W3C validator: "pt_br" is not a language subtag).
    assert '<html lang="pt-BR">' in redirect_page("book/welcome.html", "Economia", "pt_BR")
