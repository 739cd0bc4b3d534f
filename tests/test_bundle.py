"""The offline workshop bundle: the zip holds what a trainer needs and a folder to share with
learners that holds no answer; the book inside it works from the disk in Chromium with every
network request blocked, and offers nothing that needs the internet without saying so. The
in-browser notebooks' site is in it once; served by the workshop server, both books' "Run in your
browser" buttons open that book's own notebook, and from the disk they say they need the server."""

from __future__ import annotations

import json
import re
import threading
import zipfile
from collections import defaultdict
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Response

from sse_course.delivery.bundle import LEARNERS, START_HERE, START_HERE_FOR_LEARNERS, TOP, make_bundle, start_here
from sse_course.delivery.chromium import block_other_hosts
from sse_course.delivery.offline_copy import LINK_MARK_CLASS, NOTE_CLASS
from sse_course.delivery.workshop import SHARED_LITE, default_folder, make_server
from sse_course.devtools.learner import solution_notebooks
from sse_course.quiz.bank import load_bank

from .conftest import EDITIONS, ROOT, toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]


@pytest.fixture(scope="module")
def bundle(built_book, learner_book, tmp_path_factory):
    out = tmp_path_factory.mktemp("bundle") / "sse-course-offline.zip"
    made = make_bundle(out, built_book, ROOT, learner_html=learner_book)
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
        f"{LEARNERS}/START-HERE.md",
        f"{LEARNERS}/book/index.html",
        "sse_course/__init__.py",
        "sse_course/quiz/bank.py",
        "sse_course/static/sse-quiz.js",
    ]
    expected += [f"book/{page}.html" for page in toc_pages(ROOT)]
    expected += [p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks").glob("*.ipynb")]
    # Every figure the notebooks show, the translated notebooks' too (notebooks/figures/<tag>/).
    expected += [p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks" / "figures").rglob("*") if p.is_file()]
    expected += [p.relative_to(ROOT).as_posix() for p in (ROOT / "sse_course" / "quizzes").glob("*.yml")]
    exercises = sorted((ROOT / "exercises").glob("*.ipynb"))
    assert exercises, "no exercise to check"
    for exercise in exercises:
        expected += [f"exercises/{exercise.name}", f"exercises/learner/{exercise.name}"]
    missing = [name for name in expected if f"{TOP}/{name}" not in names]
    assert not missing, f"the zip lacks {missing}"
    assert any(name.endswith(".ipynb") for name in names if name.startswith(f"{TOP}/notebooks/"))
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".map"))]
    # requirements.txt pins every version of the lock, nothing unpinned. Without the lock's
    # hashes (issue 17: with them pip refuses the packages only Windows and macOS need; see
    # tests/test_start_here.py).
    pins = re.findall(r"^([\w.\-\[\],]+==[\w.+!\-]+) \\$", (ROOT / "requirements.lock").read_text(), re.M)
    lines = [line for line in requirements.splitlines() if line and not line.startswith("#")]
    assert pins and lines == pins, "requirements.txt must pin exactly what the lock pins"


def test_start_here_says_what_to_open_and_how_to_run_the_notebooks(unzipped):
    text = (unzipped / "START-HERE.md").read_text(encoding="utf-8")
    # The book's editions in other languages (the tests build them all) each get their line.
    editions = [(lang, False) for lang in EDITIONS]
    assert text == start_here(False, START_HERE, editions), "the zip's START-HERE.md is the tested one"
    # Every file it names, by its path in the zip, is there (tests/test_start_here.py reads the rest).
    named = re.findall(rf"`{TOP}/([\w./-]+\.html)`", text)
    assert f"{LEARNERS}/book/index.html" in text and "book/book/trainers/session-plans.html" in named
    assert [path for path in named if not (unzipped / path).is_file()] == []
    learners = (unzipped / LEARNERS / "START-HERE.md").read_text(encoding="utf-8")
    assert learners == start_here(False, START_HERE_FOR_LEARNERS, editions)
    assert (unzipped / LEARNERS / "book" / "index.html").is_file()
    for needed in (
        "book/index.html",
        f"{LEARNERS}/book/index.html",
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
        # The zip's first page: the reader chooses her language (English here).
        page.goto((book / "index.html").as_uri())
        page.locator('a[lang="en"]').click()
        page.wait_for_url("**/book/welcome.html")
        assert page.get_by_role("heading", level=1).first.is_visible()
        # The page is styled and scripted from the disk: the theme's CSS and the quiz script load.
        # (Asset URLs may carry a ?v= version: the book's one stylesheet always does.)
        files = [url.split("?")[0] for url in loaded]
        assert any(url.endswith(".css") for url in files) and any(url.endswith(".js") for url in files)
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


def solution_texts() -> list[str]:
    """The first line of each explanation in the exercise solutions: a learner must never meet one."""
    return [
        cell.source.split("\n")[0][:60]
        for path in solution_notebooks()
        for cell in nbformat.read(path, as_version=4).cells
        if "solution" in cell.metadata.get("tags", []) and "{solution" not in cell.source and cell.source.strip()
    ]


def texts(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8", errors="replace")
        for path in folder.rglob("*")
        if path.is_file() and path.suffix in {".html", ".js", ".ipynb", ".md", ".txt", ".json"}
    }


def test_the_folder_for_learners_holds_no_answer_and_no_trainers_page(unzipped):
    learners = unzipped / LEARNERS
    files = [path.relative_to(learners).as_posix() for path in learners.rglob("*") if path.is_file()]
    assert "book/index.html" in files and "START-HERE.md" in files
    assert [f for f in files if "answer-key" in f or "/trainers/" in f or f.endswith("sse-course.pdf")] == []
    solutions = solution_texts()
    assert solutions, "no solution text to look for"
    whole = "\n".join(texts(unzipped / "book").values())
    assert all(solution in whole for solution in solutions[:3]), "the search must be able to find a solution"
    for name, text in texts(learners).items():
        leaked = [solution for solution in solutions if solution in text]
        assert not leaked, f"{LEARNERS}/{name} shows exercise solutions: {leaked[:2]}"
        assert "Solution to" not in text, f"{LEARNERS}/{name} has a solution"
        assert not re.search(r'href="[^"]*trainers/', text), f"{LEARNERS}/{name} links the trainers' pages"


# What Chromium sees on a page: launch buttons and links to other websites that a reader can see,
# whether each such link says it needs the internet, and the note.
LOOK = """() => {
  const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)
      && getComputedStyle(e).visibility !== "hidden";
  // The launch menu may stay for "Run in your browser" (served by the workshop server), never
  // with an item that opens another website.
  const online = [...document.querySelectorAll('.dropdown-launch-buttons')]
    .filter((menu) => menu.querySelector('a[href^="http"]'));
  const launch = [...online, ...document.querySelectorAll(
      '[aria-label*="Launch" i], a[href*="mybinder.org"], a[href*="colab.research"]')]
    .filter(visible).map((e) => e.outerHTML.slice(0, 120));
  const run = [...document.querySelectorAll('.dropdown-launch-buttons .sse-button-word')]
    .filter(visible).map((e) => e.textContent);
  const unmarked = [...document.querySelectorAll('a[href^="http"]')]
    .filter((a) => new URL(a.href).host !== location.host && visible(a))
    .filter((a) => { const next = a.nextElementSibling;
      return !(next && next.classList.contains("LINK_MARK") && visible(next)
               && next.textContent.includes("needs the internet")); })
    .map((a) => a.href);
  const note = [...document.querySelectorAll(".NOTE")].filter(visible).map((e) => e.innerText);
  const article = document.querySelector("article.bd-article");
  return {launch, run, unmarked, note, speaks: /Online button|page live|Binder|Colab/.test(article.innerText)};
}""".replace("LINK_MARK", LINK_MARK_CLASS).replace("NOTE", NOTE_CLASS)


def test_no_page_of_the_zip_offers_the_internet_without_saying_so(unzipped, laptop):
    """Every page of the trainer's book, and the learners' pages that speak of notebooks, from the
    disk at 1280 x 800 (the laptop fixture fails the test if a page requests another host)."""
    errors: list[str] = []
    laptop.on("pageerror", lambda error: errors.append(str(error)))
    books = [(unzipped / "book", False), (unzipped / LEARNERS / "book", True)]
    notes = runs = 0
    for book, for_learners in books:
        pages = [page for page in toc_pages(ROOT) if (book / f"{page}.html").is_file()]
        assert len(pages) > 20 and (for_learners or "book/trainers/session-plans" in pages)
        if for_learners:  # the same code made both books: where the learners' note differs is enough
            pages = [page for page in pages if page.startswith(("notebooks/", "exercises/", "book/welcome"))]
        for page in pages:
            laptop.goto((book / f"{page}.html").as_uri())
            seen = laptop.evaluate(LOOK)
            where = f"{book.relative_to(unzipped)}/{page}.html"
            assert seen["launch"] == [], f"{where} shows a launch button: {seen['launch']}"
            assert seen["run"] in ([], ["Run"]), f"{where}: the in-browser notebooks' button says {seen['run']}"
            runs += len(seen["run"])
            assert seen["unmarked"] == [], f"{where} links other websites without a word: {seen['unmarked']}"
            assert len(seen["note"]) <= 1, f"{where} has {len(seen['note'])} notes"
            if seen["speaks"]:
                assert seen["note"], f"{where} speaks of the Online button and has no note"
            for note in seen["note"]:
                notes += 1
                assert "needs the internet" in note
                assert ("ask your trainer" in note) == for_learners, f"{where}: {note}"
    assert notes >= 10, "the notebook and exercise pages of both books have the note"
    assert runs >= 10, "the case studies and exercises of both books keep their Run in your browser button"
    assert errors == [], f"script errors in the offline book: {errors}"


def test_the_in_browser_site_is_in_the_zip_once(bundle):
    """JupyterLab, Pyodide and the kernel's wheels are the same for both books: one copy, whole, in
    the learners' book (the folder learners are given); the trainer's book keeps its notebooks."""
    with zipfile.ZipFile(bundle) as archive:
        infos = archive.infolist()
    names = {info.filename for info in infos}
    copies = defaultdict(list)
    for info in infos:
        if "/lite/" in info.filename and info.file_size >= 64 * 1024:
            copies[(info.CRC, info.file_size)].append(info.filename)
    twice = [found for found in copies.values() if len(found) > 1]
    assert twice == [], f"the zip holds the in-browser site's files more than once: {twice[:3]}"
    assert [name for name in names if name.endswith("/pyodide.asm.wasm")] == [
        f"{TOP}/{SHARED_LITE.as_posix()}/static/pyodide/pyodide.asm.wasm"
    ]
    assert f"{TOP}/{SHARED_LITE.as_posix()}/index.html" in names
    trainers = {name.split("/")[3] for name in names if name.startswith(f"{TOP}/book/lite/")}
    assert trainers == {"api", "files"}
    for exercise in sorted((ROOT / "exercises").glob("*.ipynb")):
        assert f"{TOP}/book/lite/files/exercises/{exercise.name}" in names
    lite = sum(info.compress_size for info in infos if "/lite/" in info.filename)
    print(
        f"\nthe in-browser site in the zip: {lite / 1024 / 1024:.1f} MB of {bundle.stat().st_size / 1024 / 1024:.1f} MB"
    )


@pytest.fixture
def served(unzipped):
    """Start the zip's workshop server on a book of the unzipped folder; yields its base URL."""
    servers = []

    def serve(folder: Path) -> str:
        server, url = make_server(folder, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return url

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def solution_cells(notebook: bytes) -> int:
    return sum("solution" in cell["metadata"].get("tags", []) for cell in json.loads(notebook)["cells"])


# (the book as the trainer serves it, whether its exercises' notebooks have the solutions)
SERVED_BOOKS = [(None, False), ("book", True)]  # None: the server's default, the learners' book


@pytest.mark.parametrize(("folder", "with_solutions"), SERVED_BOOKS, ids=["learners-book", "trainers-book"])
def test_from_the_served_zip_the_run_button_opens_the_book_s_own_notebook(
    unzipped, served, browser, folder, with_solutions
):
    book = unzipped / folder if folder else default_folder(unzipped)
    assert (book == unzipped / "book") == with_solutions
    base = served(book)
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    outside: list[str] = []
    errors: list[tuple[int, str]] = []
    notebooks: list[Response] = []  # every answer with a notebook the site fetched

    def answered(response: Response) -> None:
        if response.status >= 400 and "/lite/" in response.url:  # (the book's own pages: not this test's)
            errors.append((response.status, response.url))
        if "/lite/files/" in response.url:
            notebooks.append(response)

    block_other_hosts(context, outside)
    context.on("response", answered)
    try:
        for page_path in ("exercises/is-it-sse", f"{EDITIONS[0].tag}/exercises/is-it-sse"):
            page = context.new_page()
            page.goto(base + page_path + ".html")
            button = page.locator("a.btn-run-in-browser")
            with context.expect_page() as opened:
                button.evaluate("link => link.click()")  # inside the closed launch menu
            lite = opened.value
            notebook = (button.get_attribute("href") or "").split("path=")[1]
            assert lite.url == f"{base}lite/notebooks/index.html?path={notebook}", lite.url
            own = (book / "lite" / "files" / notebook).read_bytes()
            cells = sum(cell["cell_type"] == "code" for cell in json.loads(own)["cells"])
            lite.wait_for_function(
                "n => document.querySelectorAll('.jp-Notebook .jp-CodeCell').length === n", arg=cells
            )
            # (The site cancels some of its fetches of the notebook; those bodies are empty.)
            fetched = {r.body() for r in notebooks if r.url.split("?")[0].endswith(f"/lite/files/{notebook}")}
            assert fetched - {b""} == {own}, f"{page_path}: the site did not open this book's {notebook}"
            assert (solution_cells(own) > 0) == with_solutions, f"{notebook}: solutions {solution_cells(own)}"
            lite.close()
            page.close()
    finally:
        context.close()
    assert outside == [] and errors == [], f"the served zip answered {errors} (other hosts: {outside})"
    # From the disk, the same button says that the notebooks need the workshop server.
    page = browser.new_page()
    page.goto((book / "exercises" / "is-it-sse.html").as_uri())
    assert "needs the workshop server" in page.locator("a.btn-run-in-browser").inner_text()
    page.close()
