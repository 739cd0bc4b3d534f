"""Probe: odd pages for the book's quiz directive. Each mistake stops the build with a message
that names the page and the bank, never "Exception occurred" and a traceback. One small Sphinx
project (the dummy builder: only reading runs the directive) holds every case."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .test_probe_banks import ALIAS_BOMB

PAGES = {
    "index": "```{quiz} what-is-sse\n```\n",
    "twice": "```{quiz} what-is-sse\n```\n\n```{quiz} what-is-sse\n:language: en\n```\n",
    "twice-by-path": "```{quiz} what-is-sse\n```\n\n```{quiz} what-is-sse.yml\n```\n",
    "unknown-language": "```{quiz} what-is-sse\n:language: xx\n```\n",
    "path-language": "```{quiz} what-is-sse\n:language: ../../quizzes/what-is-sse\n```\n",
    "bomb": "```{quiz} bomb.yml\n```\n",
    "bad-name": "```{quiz} Bad_Name.yml\n```\n",
    "two-banks": "```{quiz} what-is-sse\n```\n\n```{quiz} tensions\n```\n",
}


@pytest.fixture(scope="module")
def build_log(tmp_path_factory) -> str:
    from sse_course.quiz.bank import bank_path

    source = tmp_path_factory.mktemp("book")
    (source / "conf.py").write_text(
        'extensions = ["myst_parser", "sse_course.build.sphinx_ext"]\nlanguage = "en"\n'
        'suppress_warnings = ["toc.not_included"]\n'
    )
    for name, body in PAGES.items():
        (source / f"{name}.md").write_text(f"# {name}\n\n{body}", encoding="utf-8")
    (source / "bomb.yml").write_text(ALIAS_BOMB, encoding="utf-8")
    (source / "Bad_Name.yml").write_text(bank_path("tensions").read_text(encoding="utf-8"), encoding="utf-8")
    (source / "what-is-sse.yml").write_text(bank_path("what-is-sse").read_text(encoding="utf-8"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "dummy", "-q", "--keep-going", str(source), str(source / "_out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stdout + done.stderr


def errors_on(log: str, page: str) -> list[str]:
    return [line for line in log.splitlines() if f"/{page}.md:" in line and "ERROR" in line]


def test_no_page_crashes_the_build(build_log):
    assert "Exception occurred" not in build_log and "Traceback" not in build_log, build_log[-3000:]


def test_pages_with_one_of_each_bank_build_cleanly(build_log):
    assert errors_on(build_log, "index") == [] and errors_on(build_log, "two-banks") == []


@pytest.mark.parametrize("page", ["twice", "twice-by-path"])
def test_the_same_bank_twice_on_a_page_is_refused(build_log, page):
    (error,) = errors_on(build_log, page)
    assert "quiz bank 'what-is-sse' is already on this page" in error


def test_an_unknown_language_is_an_error_not_english(build_log):
    (error,) = errors_on(build_log, "unknown-language")
    assert "the course has no language 'xx' (it has: en, " in error


def test_a_path_as_language_is_an_error_not_a_crash(build_log):
    (error,) = errors_on(build_log, "path-language")
    assert "the course has no language '../../quizzes/what-is-sse'" in error


def test_a_hostile_local_bank_is_refused_by_name(build_log):
    assert any("bomb.yml: not valid YAML: anchors" in line for line in build_log.splitlines())
    assert any("Bad_Name.yml: the file name is the bank's id" in line for line in build_log.splitlines())


# ---- files that must never be overwritten without asking ---------------------------------------


def _complete_plan():
    from sse_course.exercises.readiness import READINESS

    values = {
        f.key: (f.choices[0] if f.kind == "choice" else 5 if f.kind in ("number", "whole") else "Ours")
        for f in READINESS.fields
    }
    result = READINESS.check(values)
    assert result.ok, result.problems
    return result


@pytest.mark.parametrize("name", ["business-plan.ipynb", "notes.txt", "plan", "plan.pdf", "README.md"])
def test_a_canvas_is_never_saved_over_a_notebook_or_another_kind_of_file(tmp_path, name):
    target = tmp_path / name
    target.write_text("the learner's work\n")
    with pytest.raises(ValueError, match="ends in .html"):
        _complete_plan().save(target)
    assert target.read_text() == "the learner's work\n"


def test_a_canvas_replaces_only_a_page_it_made_unless_asked(tmp_path):
    result = _complete_plan()
    own = result.save(tmp_path / "plan.html")
    result.save(own)  # saving again over its own page is fine
    other = tmp_path / "index.html"
    other.write_text("<p>someone else's page</p>\n")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        result.save(other)
    assert other.read_text() == "<p>someone else's page</p>\n"
    result.save(other, overwrite=True)
    assert "planning canvas" in other.read_text()
    (tmp_path / "folder.html").mkdir()
    with pytest.raises(FileExistsError):
        result.save(tmp_path / "folder.html", overwrite=True)


def test_two_pages_that_would_make_the_same_handout_are_refused(tmp_path):
    from sse_course.delivery.handouts import check_pdf_names, handout_sources, make_handouts

    (tmp_path / "book").mkdir()
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "book" / "x.md").write_text("# X\n")
    (tmp_path / "notebooks" / "x.ipynb").write_text("{}\n")
    (tmp_path / "book" / "y.md").write_text("# Y\n")
    (tmp_path / "book" / "y-answer-key.md").write_text("# Y key\n")
    with pytest.raises(ValueError, match="would both make x.pdf"):
        make_handouts(tmp_path / "out", tmp_path, ["book/x", "notebooks/x"])  # before Chromium starts
    with pytest.raises(ValueError, match="would both make y-answer-key.pdf"):
        check_pdf_names(handout_sources(tmp_path, ["book/y", "book/y-answer-key"]))
    assert not (tmp_path / "out").exists()


def test_the_course_has_no_two_pages_making_the_same_handout():
    from sse_course.delivery.handouts import check_pdf_names, handout_sources

    check_pdf_names(handout_sources())


def test_the_bench_builds_in_its_own_folder_and_deletes_only_that(monkeypatch, tmp_path):
    from sse_course.devtools import bench

    assert bench.BENCH_DIR.parent == bench.ROOT / "_build" and bench.HTML.is_relative_to(bench.BENCH_DIR)
    deleted: list[Path] = []
    commands: list[list[str]] = []
    monkeypatch.setattr(bench.shutil, "rmtree", lambda path, **kw: deleted.append(path))

    def build_book(source, *options, **kw):
        commands.append([str(source), *options])
        return subprocess.CompletedProcess(commands[-1], 0, "", "")

    monkeypatch.setattr(bench, "build_book", build_book)
    monkeypatch.setattr(bench, "notebook_times", lambda: [])
    monkeypatch.setattr(bench, "page_weights", lambda: [])
    monkeypatch.setattr(bench, "light_report", lambda html, pages: ([], []))  # no browser, no Lighthouse
    monkeypatch.setattr(bench, "ROOT", tmp_path)  # the report goes to tmp_path/reports
    bench.main()
    assert deleted == [bench.BENCH_DIR]
    assert all(command[command.index("--path-output") + 1] == str(bench.BENCH_DIR) for command in commands)
    assert len(commands) == 2
