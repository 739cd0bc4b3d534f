"""Probe: odd pages for the book's quiz directive. Each mistake stops the build with a message
that names the page and the bank, never "Exception occurred" and a traceback. One small Sphinx
project (the dummy builder: only reading runs the directive) holds every case."""

from __future__ import annotations

import subprocess
import sys

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
    (source / "conf.py").write_text('extensions = ["myst_parser", "sse_course.sphinx_ext"]\nlanguage = "en"\n'
                                    'suppress_warnings = ["toc.not_included"]\n')
    for name, body in PAGES.items():
        (source / f"{name}.md").write_text(f"# {name}\n\n{body}", encoding="utf-8")
    (source / "bomb.yml").write_text(ALIAS_BOMB, encoding="utf-8")
    (source / "Bad_Name.yml").write_text(bank_path("tensions").read_text(encoding="utf-8"), encoding="utf-8")
    (source / "what-is-sse.yml").write_text(bank_path("what-is-sse").read_text(encoding="utf-8"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "sphinx", "-b", "dummy", "-q", "--keep-going", str(source),
                           str(source / "_out")], capture_output=True, text=True, timeout=120)
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
    assert "no words for the language 'xx'" in error


def test_a_path_as_language_is_an_error_not_a_crash(build_log):
    (error,) = errors_on(build_log, "path-language")
    assert "is not a language code" in error


def test_a_hostile_local_bank_is_refused_by_name(build_log):
    assert any("bomb.yml: not valid YAML: anchors" in line for line in build_log.splitlines())
    assert any("Bad_Name.yml: the file name is the bank's id" in line for line in build_log.splitlines())
