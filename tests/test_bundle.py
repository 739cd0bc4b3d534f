"""The offline workshop bundle: the zip holds what a trainer needs, and the book inside it works
from the disk in Chromium with every network request blocked."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from sse_course.delivery.bundle import TOP, make_bundle, start_here
from sse_course.quiz.bank import load_bank

from .conftest import ROOT, toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]


@pytest.fixture(scope="module")
def bundle(built_book, tmp_path_factory):
    out = tmp_path_factory.mktemp("bundle") / "sse-course-offline.zip"
    made = make_bundle(out, built_book, ROOT)
    print(f"\n{out.name}: {made.size / 1024 / 1024:.2f} MB, {len(made.names)} files")
    return out


@pytest.fixture(scope="module")
def unzipped(bundle, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(folder)
    return folder / TOP


def test_zip_holds_what_a_workshop_needs(bundle):
    with zipfile.ZipFile(bundle) as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        requirements = archive.read(f"{TOP}/requirements.txt").decode("utf-8")
    assert {name.split("/")[0] for name in names} == {TOP}, "the zip must unpack into one folder"
    expected = [
        "START-HERE.md",
        "requirements.txt",
        "pyproject.toml",
        "README.md",
        "book/index.html",
        "sse_course/__init__.py",
        "sse_course/quiz/bank.py",
        "sse_course/static/sse-quiz.js",
    ]
    expected += [f"book/{page}.html" for page in toc_pages(ROOT)]
    expected += [p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks").glob("*.ipynb")]
    expected += [p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks" / "figures").glob("*")]
    expected += [p.relative_to(ROOT).as_posix() for p in (ROOT / "sse_course" / "quizzes").glob("*.yml")]
    exercises = sorted((ROOT / "exercises").glob("*.ipynb"))
    assert exercises, "no exercise to check"
    for exercise in exercises:
        expected += [f"exercises/{exercise.name}", f"exercises/learner/{exercise.name}"]
    missing = [name for name in expected if f"{TOP}/{name}" not in names]
    assert not missing, f"the zip lacks {missing}"
    assert any(name.endswith(".ipynb") for name in names if name.startswith(f"{TOP}/notebooks/"))
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".map"))]
    # requirements.txt is the lock: every pinned line with its hashes, nothing unpinned.
    pins = [
        line
        for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    lines = [line for line in requirements.splitlines() if line and not line.startswith("#")]
    assert lines == pins
    requirements_only = [line for line in lines if not line.startswith(" ")]
    assert requirements_only and all(
        re.fullmatch(r"[\w.\-\[\],]+==[\w.+!\-]+ \\", line) for line in requirements_only
    ), "an unpinned requirement"
    assert "--require-hashes" in requirements


def test_start_here_says_what_to_open_and_how_to_run_the_notebooks(unzipped):
    text = (unzipped / "START-HERE.md").read_text(encoding="utf-8")
    for needed in (
        "book/index.html",
        "no internet",
        "pip install -r requirements.txt",
        "pip install -e .",
        "jupyter lab",
        "notebooks/",
        "exercises/",
        "exercises/learner/",
        "sse_course/",
    ):
        assert needed in text, f"START-HERE.md does not mention {needed!r}"
    assert "<!--" not in text
    assert "handouts/" not in text, "this bundle has no handouts, so START-HERE.md must not list them"
    assert "handouts/" in start_here(with_handouts=True)


def first_single_choice(book: Path):
    """The first page (in reading order) with a single-choice quiz question, preferring the model chapter."""
    pages = sorted(toc_pages(ROOT), key=lambda page: page != "book/what-is-sse")
    for page in pages:
        source = (book / f"{page}.html").read_text(encoding="utf-8")
        for bank_id in re.findall(r'class="sse-quiz"[^>]*data-bank="([\w-]+)"', source):
            for question in load_bank(ROOT / "sse_course" / "quizzes" / f"{bank_id}.yml").questions:
                if question.type == "single":
                    return page, bank_id, question
    pytest.fail("no page of the book has a single-choice quiz question")


def test_book_in_the_zip_works_from_the_disk_with_every_request_blocked(unzipped, browser):
    book = unzipped / "book"
    page_name, bank_id, question = first_single_choice(book)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    attempted, loaded, errors = [], [], []

    def route(request_route):
        url = request_route.request.url
        if url.startswith("file:"):
            loaded.append(url)
            request_route.continue_()
        else:  # anything else would need a network: block it and remember it
            attempted.append(url)
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto((book / "index.html").as_uri())
        page.wait_for_url("**/book/welcome.html")
        assert page.get_by_role("heading", level=1).first.is_visible()
        # The page is styled and scripted from the disk: the theme's CSS and the quiz script load.
        assert any(url.endswith(".css") for url in loaded) and any(url.endswith(".js") for url in loaded)
        # Go to the chapter through the sidebar, as a reader would.
        page.locator(f'nav a[href$="{Path(page_name).name}.html"]').first.click()
        page.wait_for_url(f"**/{page_name}.html")
        item = page.locator(f'.sse-quiz[data-bank="{bank_id}"] .sse-quiz-question[data-qid="{question.id}"]')
        right = next(i for i, option in enumerate(question.options) if option.correct)
        item.locator(f'input[value="{right}"]').check()
        item.locator(".sse-quiz-check").click()
        feedback = item.locator(".sse-quiz-feedback").inner_text()
        assert feedback.startswith("\u2713 Correct."), feedback
        assert question.options[right].feedback in feedback
    finally:
        context.close()
    assert attempted == [], f"the offline book tried to reach the network: {attempted}"
    assert errors == [], f"script errors in the offline book: {errors}"
